"""French for the window (Qt catalogs): source text -> French; plurals as (one, many).

Filled into translations/qt/welcome_desk_fr.ts by tools/apply_qt_translations.py.
"""

FRENCH: dict[str, str | tuple[str, str]] = {
    # Administrative, appointments
    "not recorded": "non renseigné",
    "Visa:": "Visa :",
    "Visa valid until:": "Visa valable jusqu’au :",
    "VLS-TS validated on:": "VLS-TS validé le :",
    "Residence permit number:": "Numéro du titre de séjour :",
    "Residence permit valid until:": "Titre de séjour valable jusqu’au :",
    "A residence permit's expiry adds its renewal step to the checklist.":
        "La date d’expiration d’un titre de séjour ajoute l’étape de renouvellement à la liste.",
    "When": "Quand",
    "Where": "Où",
    "What for": "Objet",
    "Notes": "Notes",
    "When:": "Quand :",
    "Where:": "Où :",
    "What for:": "Objet :",
    "Notes:": "Notes :",
    "Add the appointment": "Ajouter le rendez-vous",
    "Say where the appointment is and what it is for.":
        "Indiquez où a lieu le rendez-vous et son objet.",
    # Checklist
    "Step": "Étape",
    "Status": "État",
    "Due": "Échéance",
    "Done": "Faite le",
    "%1 of %2 done": "%1 sur %2 faites",
    "No longer applies to this person (kept with its history).":
        "Ne concerne plus cette personne (conservée avec son historique).",
    "Overdue by %n day(s)": ("En retard de %n jour", "En retard de %n jours"),
    "Due in %n day(s)": ("Échéance dans %n jour", "Échéance dans %n jours"),
    "Due date set by hand": "Échéance fixée à la main",
    "Set due date": "Fixer l’échéance",
    "To bring:": "À apporter :",
    "Notes on this step (what was said, what is missing)":
        "Notes sur cette étape (ce qui a été dit, ce qui manque)",
    "Save notes": "Enregistrer les notes",
    "Due date:": "Échéance :",
    "Space: done / not done · 1: to do · 2: in progress · 3: done · 4: not applicable · "
    "5: blocked · Ctrl+R: record a visit":
        "Espace : faite / pas faite · 1 : à faire · 2 : en cours · 3 : faite · 4 : sans objet · "
        "5 : bloquée · Ctrl+R : noter une visite",
    "Blocked step": "Étape bloquée",
    "Why is this step blocked?\n%1": "Pourquoi cette étape est-elle bloquée ?\n%1",
    "Choose a step in the list.": "Choisissez une étape dans la liste.",
    "Status: %1": "État : %1",
    "done on %1": "faite le %1",
    "reason: %1": "motif : %1",
    "no longer applies to this person": "ne concerne plus cette personne",
    "Set the due date…": "Fixer l’échéance…",
    "Edit the notes…": "Modifier les notes…",
    # Import dialog
    "Column in the file": "Colonne du fichier",
    "Used as": "Utilisée comme",
    "Not used (ignored)": "Non utilisée (ignorée)",
    "Rows in the file:": "Lignes du fichier :",
    "New people:": "Nouvelles personnes :",
    "People updated:": "Personnes mises à jour :",
    "People unchanged:": "Personnes inchangées :",
    "Rows rejected:": "Lignes rejetées :",
    "No file chosen yet": "Aucun fichier choisi",
    "&Choose a file…": "&Choisir un fichier…",
    "The system the file's ids come from. Importing a file again with the same source updates "
    "the people it names instead of adding them twice.":
        "Le système d’où viennent les identifiants du fichier. Importer de nouveau un fichier de "
        "la même source met à jour les personnes qu’il nomme au lieu de les ajouter deux fois.",
    "&File:": "&Fichier :",
    "&Source of the ids:": "&Source des identifiants :",
    "First rows": "Premières lignes",
    "Columns": "Colonnes",
    "Preview": "Aperçu",
    "%1 rows; %2 columns recognised: %3.": "%1 lignes ; %2 colonnes reconnues : %3.",
    "Columns not used by the import, ignored: %1.":
        "Colonnes non utilisées par l’import, ignorées : %1.",
    "Every column of the file is used.": "Toutes les colonnes du fichier sont utilisées.",
    "Import newcomers": "Importer des nouveaux arrivants",
    "&Import": "&Importer",
    "Cancel the import": "Annuler l’import",
    "&Save the rejects…": "&Enregistrer les rejets…",
    "Choose the file to import": "Choisir le fichier à importer",
    "CSV or Excel (*.csv *.xlsx)": "CSV ou Excel (*.csv *.xlsx)",
    "All files (*)": "Tous les fichiers (*)",
    "Reading the file…": "Lecture du fichier…",
    "Checking every row…": "Vérification de chaque ligne…",
    "Give the source of the ids (the system they come from).":
        "Indiquez la source des identifiants (le système d’où ils viennent).",
    "Checking every row… %1 of %2": "Vérification de chaque ligne… %1 sur %2",
    "If you import now (checked without saving anything):":
        "Si vous importez maintenant (vérifié sans rien enregistrer) :",
    "Cancelling… nothing will be saved.": "Annulation… rien ne sera enregistré.",
    "The import was cancelled: nothing was saved.": "L’import a été annulé : rien n’a été enregistré.",
    "%1-rejects.csv": "%1-rejets.csv",
    "Save the rejected rows": "Enregistrer les lignes rejetées",
    "CSV (*.csv)": "CSV (*.csv)",
    "Choose another file: this one is the file imported.":
        "Choisissez un autre fichier : celui-ci est le fichier importé.",
    "The rejected rows are saved in %1.": "Les lignes rejetées sont enregistrées dans %1.",
    "The rejected rows could not be saved in %1: %2.":
        "Les lignes rejetées n’ont pas pu être enregistrées dans %1 : %2.",
    "Something went wrong (%1); the details are in the log.":
        "Un problème est survenu (%1) ; le détail est dans le journal.",
    "The import stopped: nothing was saved. %1": "L’import s’est arrêté : rien n’a été enregistré. %1",
    "%1 Nothing was saved.": "%1 Rien n’a été enregistré.",
    "Not used by the import": "Non utilisée par l’import",
    "%v of %m rows": "%v lignes sur %m",
    "Importing… The window stays usable; Cancel saves nothing.":
        "Import en cours… La fenêtre reste utilisable ; Annuler n’enregistre rien.",
    "Line": "Ligne",
    "Reasons": "Motifs",
    "The import is done: the file's valid rows are saved.":
        "L’import est terminé : les lignes valides du fichier sont enregistrées.",
    "The import is done: no row could be saved.":
        "L’import est terminé : aucune ligne n’a pu être enregistrée.",
    "These rows were left out. Correct them in the file, or save them and import the corrected "
    "rows again:":
        "Ces lignes ont été écartées. Corrigez-les dans le fichier, ou enregistrez-les et importez "
        "de nouveau les lignes corrigées :",
    "No row was rejected.": "Aucune ligne n’a été rejetée.",
    # Fields
    "External id": "Identifiant externe",
    "Family name": "Nom",
    "Given names": "Prénoms",
    "Date of birth": "Date de naissance",
    "Sex": "Sexe",
    "Email": "Courriel",
    "Phone": "Téléphone",
    "Category": "Catégorie",
    "Programme": "Programme",
    "Host unit": "Composante",
    "Arrival date": "Date d’arrivée",
    "Departure date": "Date de départ",
    "Preferred language": "Langue préférée",
    "Accompanying persons": "Accompagnants",
    "Kind": "Type",
    "Faculty or laboratory": "Faculté ou laboratoire",
    "Departure": "Départ",
    "+33 6 12 34 56 78": "06 12 34 56 78",
    "not stated": "non indiqué",
    "female (F)": "femme (F)",
    "male (M)": "homme (M)",
    "other or unspecified (X)": "autre ou non précisé (X)",
    "Type part of a country's name": "Tapez une partie du nom du pays",
    "choose…": "choisir…",
    "Identity and contact": "Identité et contact",
    "Stay": "Séjour",
    "not specified": "non précisé",
    # Person form
    "Field": "Champ",
    "Saved meanwhile": "Enregistré entre-temps",
    "Yours": "Votre saisie",
    "Their changes to fields you did not touch are now in the form. Where you both changed a "
    "field (in bold), your value is in the form: check it, then save again.":
        "Leurs changements sur les champs que vous n’avez pas touchés sont repris dans le "
        "formulaire. Là où vous avez tous deux changé un champ (en gras), votre valeur est dans "
        "le formulaire : vérifiez-la, puis enregistrez de nouveau.",
    "not known": "inconnue",
    "Already registered? These people have the same name and date of birth. Open one of them, "
    "or save this registration anyway.":
        "Déjà enregistré ? Ces personnes ont le même nom et la même date de naissance. Ouvrez "
        "l’une d’elles, ou enregistrez quand même cette inscription.",
    "&Open this person": "&Ouvrir cette personne",
    "Save &anyway": "Enregistrer &quand même",
    "Tick when the date is known": "Cochez quand la date est connue",
    "* required": "* obligatoire",
    "Register a newcomer": "Enregistrer un nouvel arrivant",
    "Edit %1": "Modifier %1",
    "What you typed is kept.": "Ce que vous avez saisi est conservé.",
    "Discard the changes you typed?": "Abandonner les changements saisis ?",
    # Dashboard, filters, main window
    "Person": "Personne",
    "Nationality": "Nationalité",
    "Arrival": "Arrivée",
    "Late by": "Retard",
    "Expires": "Expire le",
    "In": "Dans",
    "Arriving today": "Arrivent aujourd’hui",
    "Arriving in the next 7 days": "Arrivent dans les 7 prochains jours",
    "Late steps": "Étapes en retard",
    "Residence permits expiring": "Titres de séjour arrivant à expiration",
    "%1 people registered · %2 late steps for %3 people · today: %4":
        "%1 personnes enregistrées · %2 étapes en retard pour %3 personnes · aujourd’hui : %4",
    "No arrival": "Aucune arrivée",
    "%n day(s)": ("%n jour", "%n jours"),
    "No late step": "Aucune étape en retard",
    "No permit expiring": "Aucun titre n’expire bientôt",
    "All categories": "Toutes les catégories",
    "Arriving in": "Arrivant en",
    "With late steps": "Avec des étapes en retard",
    "Show:": "Afficher :",
    "Welcome Desk": "Welcome Desk",
    "Search by name, id or email (Ctrl+F)": "Rechercher par nom, identifiant ou courriel (Ctrl+F)",
    "Database: %1": "Base de données : %1",
    "&File": "&Fichier",
    "&New person…": "&Nouvelle personne…",
    "&Import a list…": "&Importer une liste…",
    "&Quit": "&Quitter",
    "&View": "&Affichage",
    "&Dashboard": "&Tableau de bord",
    "&People": "&Personnes",
    "&Find a person": "&Chercher une personne",
    "&Refresh": "&Actualiser",
    "&Help": "&Aide",
    "&Keyboard shortcuts": "&Raccourcis clavier",
    "&About Welcome Desk": "À &propos de Welcome Desk",
    "%n person(s) found": ("%n personne trouvée", "%n personnes trouvées"),
    "%n person(s) of %1": ("%n personne sur %1", "%n personnes sur %1"),
    "About Welcome Desk": "À propos de Welcome Desk",
    "Welcome Desk %1\nMaison Internationale — Université de Lille and City of Lille\n\n"
    "Database: %2":
        "Welcome Desk %1\nMaison Internationale — Université de Lille et Ville de Lille\n\n"
        "Base de données : %2",
    "Name": "Nom",
    "born %1": "naissance %1",
    "arrival %1": "arrivée %1",
    "&Edit this person…": "&Modifier cette personne…",
    "This person is no longer in the register.": "Cette personne n’est plus dans le registre.",
    # Healthcare, housing, history
    "Save": "Enregistrer",
    "European Health Insurance Card (EHIC)": "Carte européenne d’assurance maladie (CEAM)",
    "Complementary insurance (mutuelle)": "Complémentaire santé (mutuelle)",
    "GP (médecin traitant) declared": "Médecin traitant déclaré",
    "Social security:": "Sécurité sociale :",
    "EHIC valid until:": "CEAM valable jusqu’au :",
    "Who": "Qui",
    "What": "Quoi",
    "From": "De",
    "To": "À",
    "status": "état",
    "done date": "date de réalisation",
    "due date": "échéance",
    "reason blocked": "motif du blocage",
    "notes": "notes",
    "applies": "concerne",
    "yes": "oui",
    "no": "non",
    "Housing": "Logement",
    "Address": "Adresse",
    "Visale": "Visale",
    "Insurance": "Assurance",
    "CAF": "CAF",
    "Home insurance taken out": "Assurance habitation souscrite",
    "Kind:": "Type :",
    "Address:": "Adresse :",
    "From:": "Du :",
    "To:": "Au :",
    "Visale guarantee:": "Garantie Visale :",
    "CAF housing aid:": "Aide au logement CAF :",
    "New housing": "Nouveau logement",
    "Change this housing": "Modifier ce logement",
    # Person file
    "Close": "Fermer",
    "Back to the list (Esc)": "Retour à la liste (Échap)",
    "&Checklist": "&Démarches",
    "H&ousing": "&Logement",
    "H&ealthcare": "&Santé",
    "&Administrative": "&Administratif",
    "A&ppointments": "&Rendez-vous",
    "&Visits": "&Visites",
    "H&istory": "&Historique",
    "Loading…": "Chargement…",
    "The file could not be read.": "Le dossier n’a pas pu être lu.",
    "This person's file could not be read.": "Le dossier de cette personne n’a pas pu être lu.",
    "Saved.": "Enregistré.",
    "Unsaved changes": "Changements non enregistrés",
    "Changes in %1 are not saved. Leave them unsaved?":
        "Les changements de %1 ne sont pas enregistrés. Les abandonner ?",
    "%v of %m steps done": "Étapes faites : %v sur %m",
    "long-stay student visa (VLS-TS)": "visa long séjour étudiant (VLS-TS)",
    "talent passport – researcher": "passeport talent – chercheur",
    "talent passport – family": "passeport talent – famille",
    "short-stay visa": "visa court séjour",
    "Algerian residence certificate": "certificat de résidence algérien",
    "other visa": "autre visa",
    "no visa needed": "pas de visa nécessaire",
    "not requested": "non demandée",
    "requested": "demandée",
    "granted": "accordée",
    "refused": "refusée",
    "EU/EEA/Swiss": "UE/EEE/Suisse",
    "non-EU": "hors UE",
    "Arrival: %1": "Arrivée : %1",
    "Departure: %1": "Départ : %1",
    "No checklist": "Pas de liste des démarches",
    "Record a visit": "Noter une visite",
    "Note (optional)": "Note (facultative)",
    "Record": "Noter",
    "Visit of %1 — what was it for?": "Visite de %1 — quel en était l’objet ?",
    "Received by": "Reçu par",
    "Record a visit…": "Noter une visite…",
    "Ctrl+R": "Ctrl+R",
    "%n visit(s)": ("%n visite", "%n visites"),
    "This was changed meanwhile by someone else; it has been reloaded.":
        "Quelqu’un d’autre a modifié ceci entre-temps ; la fiche a été rechargée.",
    "Nothing was saved. %1": "Rien n’a été enregistré. %1",
    "Something went wrong ({kind}); the details are in the log file.":
        "Un problème est survenu ({kind}) ; le détail est dans le fichier journal.",
    # Demo offer
    "Empty database": "Base de données vide",
    "The database is empty. Add %1 fictitious newcomers to try the desk with?\n\n"
    "They are marked as demo people (ids DEMO-…).":
        "La base de données est vide. Ajouter %1 nouveaux arrivants fictifs pour essayer "
        "l’accueil ?\n\nIls sont marqués comme personnes de démonstration (identifiants DEMO-…).",
    "Adding demo newcomers…": "Ajout des nouveaux arrivants de démonstration…",
    "Cancel": "Annuler",
    "The demo newcomers could not be added: %1":
        "Les nouveaux arrivants de démonstration n’ont pas pu être ajoutés : %1",
    # Shortcuts
    "Find a person (or just start typing)": "Chercher une personne (ou commencer à taper)",
    "Enter": "Entrée",
    "Open the person selected": "Ouvrir la personne choisie",
    "Escape": "Échap",
    "Back to the list": "Retour à la liste",
    "Dashboard": "Tableau de bord",
    "People list": "Liste des personnes",
    "Import a list of arrivals": "Importer une liste d’arrivées",
    "Refresh": "Actualiser",
    "Record a counter visit (in the person file)": "Noter une visite au guichet (dans le dossier)",
    "Space": "Espace",
    "Tick or untick the step selected (in the checklist)":
        "Cocher ou décocher l’étape choisie (dans la liste des démarches)",
    "Set the step's status: to do, in progress, done, not applicable, blocked":
        "Changer l’état de l’étape : à faire, en cours, faite, sans objet, bloquée",
    "This list": "Cette liste",
    "Keyboard shortcuts": "Raccourcis clavier",
    "Keys": "Touches",
    "Action": "Action",
    # Welcome packs
    "Welcome pack…": "Livret d’accueil…",
    "Preview, save or print the welcome pack (Ctrl+P)":
        "Voir, enregistrer ou imprimer le livret d’accueil (Ctrl+P)",
    "Welcome &pack…": "&Livret d’accueil…",
    "Welcome packs for the &arrivals…": "Livrets d’accueil des &arrivées…",
    "Welcome packs for these arrivals…": "Livrets d’accueil pour ces arrivées…",
    "Welcome pack of the person: preview, save, print":
        "Livret d’accueil de la personne : voir, enregistrer, imprimer",
    "Welcome pack": "Livret d’accueil",
    "Welcome pack — %1": "Livret d’accueil — %1",
    "The pack is written in this language": "Le livret est rédigé dans cette langue",
    "&Language of the pack:": "&Langue du livret :",
    "Preparing the pack…": "Préparation du livret…",
    "Pages: %1": "Pages : %1",
    "&Save…": "&Enregistrer…",
    "&Print…": "&Imprimer…",
    "Save the welcome pack": "Enregistrer le livret d’accueil",
    "PDF documents (*.pdf)": "Documents PDF (*.pdf)",
    "The pack could not be saved in %1: %2.": "Le livret n’a pas pu être enregistré dans %1 : %2.",
    "Saved in %1.": "Enregistré dans %1.",
    "Print the welcome pack": "Imprimer le livret d’accueil",
    "Printing…": "Impression…",
    "Printing… page %1 of %2": "Impression… page %1 sur %2",
    "Sent to the printer (pages printed: %1).": "Envoyé à l’imprimante (pages imprimées : %1).",
    "The printer %1 could not be used; nothing was printed.":
        "L’imprimante %1 n’a pas pu être utilisée ; rien n’a été imprimé.",
    "The pack could not be printed (%1); the details are in the log.":
        "Le livret n’a pas pu être imprimé (%1) ; le détail est dans le journal.",
    "The welcome pack's data files cannot be used: %1 (folder %2)":
        "Les fichiers de données du livret d’accueil sont inutilisables : %1 (dossier %2)",
    "this person is no longer in the register": "cette personne n’est plus dans le registre",
    "the pack's data files cannot be used: %1":
        "les fichiers de données du livret sont inutilisables : %1",
    "the pack could not be made (%1; the details are in the log)":
        "le livret n’a pas pu être fait (%1 ; le détail est dans le journal)",
    "Welcome packs for the arrivals": "Livrets d’accueil des arrivées",
    "One PDF for each person arriving in the period, in their language or in the one you "
    "choose. Packs already in the folder are replaced.":
        "Un PDF pour chaque personne arrivant dans la période, dans sa langue ou dans celle que "
        "vous choisissez. Les livrets déjà présents dans le dossier sont remplacés.",
    "Arriving from:": "Arrivées du :",
    "to": "au",
    "%n person(s) arriving in this period.": (
        "%n personne arrive dans cette période.",
        "%n personnes arrivent dans cette période.",
    ),
    "Counting the arrivals…": "Comptage des arrivées…",
    "Nobody arrives in this period.": "Personne n’arrive dans cette période.",
    "The period ends before it starts.": "La période se termine avant de commencer.",
    "&Language:": "&Langue :",
    "Each person's own language": "La langue de chaque personne",
    "Folder:": "Dossier :",
    "No folder chosen yet": "Aucun dossier choisi",
    "&Choose…": "&Choisir…",
    "Folder for the welcome packs": "Dossier des livrets d’accueil",
    "&Make the packs": "&Faire les livrets",
    "Cancel the batch": "Arrêter la série",
    "&Open the folder": "&Ouvrir le dossier",
    "Making the welcome packs in %1…": "Préparation des livrets d’accueil dans %1…",
    "%1 of %2": "%1 sur %2",
    "Stopping… the packs already made are kept, the others will not be made.":
        "Arrêt en cours… les livrets déjà faits sont conservés, les autres ne seront pas faits.",
    "Packs written: %1 of %2.": "Livrets écrits : %1 sur %2.",
    "In the folder %1": "Dans le dossier %1",
    "Arrivals from %1 to %2 · %3": "Arrivées du %1 au %2 · %3",
    "The batch was cancelled: the packs already made are kept, the others were not made.":
        "La série a été arrêtée : les livrets déjà faits sont conservés, les autres n’ont pas "
        "été faits.",
    "Nobody arrives in this period: no pack made.":
        "Personne n’arrive dans cette période : aucun livret fait.",
    "Not made: %1": "Non faits : %1",
    "Why the pack was not made": "Pourquoi le livret n’a pas été fait",
    "No pack was made. %1": "Aucun livret n’a été fait. %1",
    # Statistics
    "&Statistics": "&Statistiques",
    "Statistics: arrivals by month, charts, tables and exports":
        "Statistiques : arrivées par mois, graphiques, tableaux et exports",
    "Arrivals per month": "Arrivées par mois",
    "EU and non-EU nationals": "Ressortissants de l’UE et hors UE",
    "Arrivals by category": "Arrivées par catégorie",
    "Top 10 nationalities": "Les 10 premières nationalités",
    "%1: %2": "%1 : %2",
    "%1%": "%1 %",
    "The first month counted (month/year)": "Le premier mois compté (mois/année)",
    "The last month counted (month/year)": "Le dernier mois compté (mois/année)",
    "F&rom": "&Du",
    "t&o": "a&u",
    "&Count again": "&Compter à nouveau",
    "Count with the register as it is now (F5)":
        "Compter d’après le registre tel qu’il est maintenant (F5)",
    "CSV…": "CSV…",
    "The table of the counts, for programs (CSV)":
        "Le tableau des effectifs, pour les logiciels (CSV)",
    "XLSX…": "XLSX…",
    "A workbook: one sheet per table (XLSX)": "Un classeur : une feuille par tableau (XLSX)",
    "PDF…": "PDF…",
    "A short report with the charts and tables (PDF)":
        "Un court rapport avec les graphiques et les tableaux (PDF)",
    "Export:": "Exporter :",
    "Arrivals &by:": "Arrivées &par :",
    "No counter visit recorded in these months.":
        "Aucun passage à l’accueil enregistré ces mois-ci.",
    "Charts": "Graphiques",
    "Tables": "Tableaux",
    "Checklists": "Démarches",
    "Counter visits": "Passages à l’accueil",
    "The last month is before the first: choose a range that ends later.":
        "Le dernier mois est avant le premier : choisissez une période qui finit plus tard.",
    "At most 120 months (ten years) at a time.": "Au plus 120 mois (dix ans) à la fois.",
    "Counting…": "Comptage…",
    "The statistics could not be counted. %1": "Les statistiques n’ont pas pu être comptées. %1",
    "Arrivals from %1 to %2: %3": "Arrivées (%1 – %2) : %3",
    "All arrivals": "Toutes les arrivées",
    "Total": "Total",
    "Month": "Mois",
    "Arrivals": "Arrivées",
    "With a checklist": "Avec une liste de démarches",
    "Steps done": "Étapes faites",
    "Share of the steps that apply which are done":
        "Part des étapes qui s’appliquent déjà faites",
    "Every step done": "Toutes les étapes faites",
    "People whose every step that applies is done":
        "Personnes dont toutes les étapes qui s’appliquent sont faites",
    "%1\n(median days)": "%1\n(jours, médiane)",
    "Median number of days from arrival until the step was done, among the people who have it done":
        "Nombre médian de jours entre l’arrivée et l’étape faite, parmi les personnes qui l’ont "
        "faite",
    "%1 of %2 steps": "%1 étapes sur %2",
    "People done: %1": "Personnes l’ayant faite : %1",
    "Purpose of the visit": "Objet du passage",
    "CSV files (*.csv)": "Fichiers CSV (*.csv)",
    "Excel workbooks (*.xlsx)": "Classeurs Excel (*.xlsx)",
    "Export the statistics": "Exporter les statistiques",
    "Writing %1…": "Écriture de %1…",
    "Written: %1": "Écrit : %1",
    "The file was not written (%1; the details are in the log).":
        "Le fichier n’a pas été écrit (%1 ; le détail est dans le journal).",
    # Pack batch: the folder and the files
    "the folder does not exist": "le dossier n’existe pas",
    "No pack can be written in %1: %2.": "Aucun livret ne peut être écrit dans %1 : %2.",
    "the file could not be written: %1": "le fichier n’a pas pu être écrit : %1",
    # Statistics: one month, no arrivals
    "No arrivals in %1.": "Aucune arrivée en %1.",
    "No arrivals from %1 to %2.": "Aucune arrivée (%1 – %2).",
    "Arrivals in %1: %2": "Arrivées en %1 : %2",
    # Audit trail: the person's history and the administrator's search
    "%1 (system user)": "%1 (utilisateur du système)",
    "(hidden)": "(masqué)",
    "Anonymised on": "Anonymisée le",
    "Source": "Source",
    "Value": "Valeur",
    "Checklist template edition": "Édition du modèle de liste",
    "Area": "Domaine",
    "Applies": "S’applique",
    "Reason blocked": "Motif du blocage",
    "Due date": "Échéance",
    "Opens on": "Ouverte le",
    "Done on": "Faite le",
    "Checklist": "Liste de démarches",
    "Visale guarantee": "Garantie Visale",
    "Home insurance": "Assurance habitation",
    "CAF housing aid": "Aide au logement de la CAF",
    "Social security": "Sécurité sociale",
    "EHIC valid until": "CEAM valable jusqu’au",
    "Visa": "Visa",
    "Visa valid until": "Visa valable jusqu’au",
    "VLS-TS validated on": "VLS-TS validé le",
    "Residence permit number": "Numéro du titre de séjour",
    "Residence permit valid until": "Titre de séjour valable jusqu’au",
    "User name": "Identifiant",
    "Role": "Rôle",
    "Password": "Mot de passe",
    "Active": "Actif",
    "Must change the password": "Doit changer de mot de passe",
    "Password changed": "Mot de passe changé",
    "Format": "Format",
    "People": "Personnes",
    "Registered": "Enregistrée",
    "Details changed": "Coordonnées modifiées",
    "Deleted": "Supprimée",
    "Anonymised": "Anonymisée",
    "Erased": "Effacée",
    "Personal data exported": "Données personnelles exportées",
    "Demo people added": "Personnes de démonstration ajoutées",
    "External id added": "Identifiant externe ajouté",
    "External id changed": "Identifiant externe modifié",
    "External id removed": "Identifiant externe retiré",
    "Checklist made": "Liste de démarches créée",
    "Checklist changed": "Liste de démarches modifiée",
    "Checklist removed": "Liste de démarches retirée",
    "Step “%1” added": "Étape « %1 » ajoutée",
    "Step “%1” updated": "Étape « %1 » mise à jour",
    "Step “%1” removed": "Étape « %1 » retirée",
    "Housing added": "Logement ajouté",
    "Housing changed": "Logement modifié",
    "Housing removed": "Logement retiré",
    "Healthcare recorded": "Santé renseignée",
    "Healthcare changed": "Santé modifiée",
    "Healthcare removed": "Santé retirée",
    "Papers recorded": "Papiers renseignés",
    "Papers changed": "Papiers modifiés",
    "Papers removed": "Papiers retirés",
    "Appointment added": "Rendez-vous ajouté",
    "Appointment changed": "Rendez-vous modifié",
    "Appointment removed": "Rendez-vous retiré",
    "Visit recorded": "Passage enregistré",
    "Visit changed": "Passage modifié",
    "Visit removed": "Passage retiré",
    "Staff account created": "Compte créé",
    "Staff account changed": "Compte modifié",
    "Signed in": "Connexion",
    "Sign-in refused": "Connexion refusée",
    "Setting changed": "Réglage modifié",
    "Added": "Ajout",
    "Changed": "Modification",
    "Removed": "Retrait",
    "Checklist step": "Étape de la liste",
    "Healthcare": "Santé",
    "Administrative papers": "Papiers administratifs",
    "Appointment": "Rendez-vous",
    "Visit": "Passage",
    "Staff account": "Compte du personnel",
    "Setting": "Réglage",
    "Kind of record": "Type de fiche",
    "Audit trail": "Journal des modifications",
    "Audit &trail…": "&Journal des modifications…",
    "Audit trail: every change, searched (administrators)":
        "Journal des modifications : toutes les modifications, avec recherche (administrateurs)",
    "A name, an address, a value…": "Un nom, une adresse, une valeur…",
    "Part of a staff member's name": "Une partie du nom d’un membre du personnel",
    "Any action": "Toute action",
    "Any kind of record": "Tout type de fiche",
    "Internal id": "Identifiant interne",
    "&Search": "&Rechercher",
    "&Text:": "&Texte :",
    "S&taff:": "&Personnel :",
    "Pe&rson:": "P&ersonne :",
    "A&ction:": "A&ction :",
    "&Kind:": "T&ype :",
    "At &most:": "Au &plus :",
    "&From:": "&Du :",
    "T&o:": "A&u :",
    "Before": "Avant",
    "After": "Après",
    "Searching…": "Recherche…",
    "Showing the latest %1 entries that match; older ones may exist: narrow the search or raise the limit.":
        "Seules les %1 dernières modifications trouvées sont affichées ; il peut y en avoir de plus anciennes : précisez la recherche ou relevez la limite.",
    "%n change(s) found.": ("%n modification trouvée.", "%n modifications trouvées."),
    "Showing the latest %1 changes only.": "Seules les %1 dernières modifications sont affichées.",
    "No change recorded yet.": "Aucune modification enregistrée pour l’instant.",
    # Personal data: a person's export and erasure, the retention rule
    "Export personal &data…": "Exporter les &données personnelles…",
    "E&rase this person…": "Effa&cer cette personne…",
    "&Administration": "&Administration",
    "Personal data &retention…": "&Conservation des données personnelles…",
    "Personal data": "Données personnelles",
    "Export everything held on this person, or erase them":
        "Exporter tout ce qui est conservé sur cette personne, ou l’effacer",
    "Erase this person": "Effacer cette personne",
    "Arrived on %1.": "Date d’arrivée : %1.",
    "External ids: %1.": "Identifiants externes : %1.",
    "<b>Everything the desk holds on this person is deleted</b>: their details, external ids, "
    "checklist and the history of its steps, housing, healthcare and administrative records, "
    "appointments and counter visits.":
        "<b>Tout ce que l’accueil conserve sur cette personne est supprimé</b> : son identité et "
        "ses coordonnées, ses identifiants externes, sa liste d’étapes et leur historique, ses "
        "fiches logement, santé et administratives, ses rendez-vous et ses visites au guichet.",
    "The audit trail keeps <b>only that an erasure happened</b> (when and by whom), not who the "
    "person was; their earlier entries keep who did what and when, without the values.":
        "Le journal des modifications garde <b>seulement qu’un effacement a eu lieu</b> (quand et "
        "par qui), pas qui était la personne ; ses entrées antérieures gardent qui a fait quoi et "
        "quand, sans les valeurs.",
    "<b>Backups made before still hold the person</b> until they rotate out (%1 daily and %2 "
    "weekly copies: about five weeks). Copies made by hand, and those kept before a migration "
    "or a restore (…-before-migration-…, …-before-restore-… in the backups folder), are never "
    "rotated: delete those made before this erasure, or keep them as protected as the "
    "database. A backup restored later brings them back: erase them again.":
        "<b>Les sauvegardes antérieures contiennent encore la personne</b> jusqu’à leur rotation "
        "(%1 copies quotidiennes et %2 hebdomadaires : environ cinq semaines). Les copies faites "
        "à la main et celles gardées avant une migration ou une restauration "
        "(…-before-migration-…, …-before-restore-… dans le dossier des sauvegardes) ne sont "
        "jamais supprimées automatiquement : effacez celles qui précèdent cet effacement, ou "
        "protégez-les autant que la base. Une sauvegarde restaurée plus tard la ramène : "
        "effacez-la de nouveau.",
    "<b>This cannot be undone.</b>": "<b>C’est définitif.</b>",
    "To confirm, type their family name (%1) or their number (%2):":
        "Pour confirmer, tapez son nom de famille (%1) ou son numéro (%2) :",
    "&Erase for good": "&Effacer définitivement",
    "Writing the personal data…": "Écriture des données personnelles…",
    "JSON, for another program (*.json)": "JSON, pour un autre logiciel (*.json)",
    "PDF document, for the person to read (*.pdf)":
        "Document PDF, lisible par la personne (*.pdf)",
    "Export everything held on %1": "Exporter tout ce qui est conservé sur %1",
    "Personal data exported": "Données personnelles exportées",
    "Personal data exported.": "Données personnelles exportées.",
    "Everything held on %1 was written to %2.":
        "Tout ce qui est conservé sur %1 a été écrit dans %2.",
    "The export could not be written to %1: %2.": "L’export n’a pas pu être écrit dans %1 : %2.",
    "Nothing was exported.": "Rien n’a été exporté.",
    "Erasing…": "Effacement…",
    "%1 (#%2) was erased.": "Effacement de %1 (#%2) terminé.",
    "Nobody was erased.": "Personne n’a été effacé.",
    "No.": "N°",
    "Personal data retention": "Conservation des données personnelles",
    "The people who left more than this many months ago are anonymised: their names, contact "
    "details, external ids, addresses, appointments and notes go; what the statistics count "
    "stays (dates, nationality, category, programme, host unit, age on arrival, steps and "
    "visits).":
        "Les personnes parties depuis plus de ce nombre de mois sont anonymisées : leurs noms, "
        "coordonnées, identifiants externes, adresses, rendez-vous et notes disparaissent ; ce que "
        "comptent les statistiques reste (dates, nationalité, catégorie, programme, composante, "
        "âge à l’arrivée, étapes et visites).",
    " months": " mois",
    "&Retention period:": "&Durée de conservation :",
    "Change the desk's &setting…": "Modifier le &réglage de l’accueil…",
    "Administration ▸ Settings": "Administration ▸ Réglages",
    "Only an administrator can anonymise them.": "Seul un administrateur peut les anonymiser.",
    "Looking for the people the rule reaches…": "Recherche des personnes que la règle atteint…",
    "%n person(s) left before %1: the rule anonymises them.": (
        "%n personne partie avant le %1 : la règle l’anonymise.",
        "%n personnes parties avant le %1 : la règle les anonymise.",
    ),
    "Nobody left before %1: the rule reaches no one today.":
        "Personne n’est parti avant le %1 : la règle n’atteint personne aujourd’hui.",
    "%n person(s) with no departure date arrived before %1: the rule does not reach them until "
    "their departure is recorded.": (
        "%n personne sans date de départ est arrivée avant le %1 : la règle ne l’atteint pas tant "
        "que son départ n’est pas enregistré.",
        "%n personnes sans date de départ sont arrivées avant le %1 : la règle ne les atteint pas "
        "tant que leur départ n’est pas enregistré.",
    ),
    "Everyone who arrived before then has a departure date recorded.":
        "Toutes les personnes arrivées avant cette date ont une date de départ enregistrée.",
    "(the desk's setting)": "(le réglage de l’accueil)",
    "(this time only: the desk's setting is %1 months)":
        "(cette fois seulement : le réglage de l’accueil est de %1 mois)",
    "&Anonymise %n person(s)…": ("&Anonymiser %n personne…", "&Anonymiser %n personnes…"),
    "Anonymise these people": "Anonymiser ces personnes",
    "Anonymise %n person(s) who left before %1?\n\nTheir names, contact details, external ids, "
    "addresses, appointments and notes are removed for good; what the statistics count stays. "
    "Backups made before still hold them until they rotate out.\n\nThis cannot be undone.": (
        "Anonymiser %n personne partie avant le %1 ?\n\nSes noms, coordonnées, identifiants "
        "externes, adresses, rendez-vous et notes sont supprimés définitivement ; ce que comptent "
        "les statistiques reste. Les sauvegardes antérieures la contiennent encore jusqu’à leur "
        "rotation.\n\nC’est définitif.",
        "Anonymiser %n personnes parties avant le %1 ?\n\nLeurs noms, coordonnées, identifiants "
        "externes, adresses, rendez-vous et notes sont supprimés définitivement ; ce que comptent "
        "les statistiques reste. Les sauvegardes antérieures les contiennent encore jusqu’à leur "
        "rotation.\n\nC’est définitif.",
    ),
    "Anonymising %n person(s)…": ("Anonymisation de %n personne…", "Anonymisation de %n personnes…"),
    "Anonymised %n person(s).": ("%n personne anonymisée.", "%n personnes anonymisées."),
    "Backups made before still hold them until they rotate out (%1 daily and %2 weekly copies).":
        "Les sauvegardes antérieures les contiennent encore jusqu’à leur rotation (%1 copies "
        "quotidiennes et %2 hebdomadaires).",
    # Staff accounts: the first start, the sign-in, passwords, accounts and settings
    "Welcome Desk — first start": "Welcome Desk — premier démarrage",
    "No staff account exists yet on this database. How should the desk open?":
        "Aucun compte du personnel n’existe encore dans cette base. Comment l’accueil doit-il "
        "s’ouvrir ?",
    "&Create the administrator account": "&Créer le compte administrateur",
    "Everyone signs in with their own account. The administrator adds the colleagues' accounts "
    "and chooses what each role may do: counter, adviser, coordinator, administrator.":
        "Chacun se connecte avec son propre compte. L’administrateur ajoute les comptes des "
        "collègues et choisit ce que chaque rôle peut faire : accueil, conseiller, coordinateur, "
        "administrateur.",
    "This PC is a &single desk: open without signing in":
        "Ce PC est un &poste unique : ouvrir sans connexion",
    "No accounts: whoever uses this computer works as administrator, under the computer's user "
    "name (%1). An administrator can turn sign-in on later in Administration › Settings.":
        "Pas de comptes : quiconque utilise cet ordinateur travaille en administrateur, sous le "
        "nom d’utilisateur de l’ordinateur (%1). Un administrateur peut activer la connexion plus "
        "tard dans Administration › Réglages.",
    "e.g. mdupont": "p. ex. mdupont",
    "e.g. Marie Dupont": "p. ex. Marie Dupont",
    "&User name:": "Nom d’&utilisateur :",
    "&Name (as colleagues know it):": "&Nom (tel que les collègues le connaissent) :",
    "Create and &open": "Créer et &ouvrir",
    "&Open without sign-in": "&Ouvrir sans connexion",
    "Sign in — Welcome Desk": "Connexion — Welcome Desk",
    "Maison Internationale — sign in with your staff account.":
        "Maison Internationale — connectez-vous avec votre compte du personnel.",
    "&Sign in": "&Se connecter",
    "&Password:": "&Mot de passe :",
    "Choose your new password to go on.": "Choisissez votre nouveau mot de passe pour continuer.",
    "Change my password": "Changer mon mot de passe",
    "%1, an administrator gave you a temporary password. Choose your own now: only you will "
    "know it.":
        "%1, un administrateur vous a donné un mot de passe provisoire. Choisissez le vôtre "
        "maintenant : vous seul le connaîtrez.",
    "&Current password:": "Mot de passe &actuel :",
    "&New password:": "&Nouveau mot de passe :",
    "At least %1 characters; not the user name; no space at the start or the end.":
        "Au moins %1 caractères ; pas le nom d’utilisateur ; pas d’espace au début ni à la fin.",
    "&Repeat it:": "&Répétez-le :",
    "The two passwords differ.": "Les deux mots de passe diffèrent.",
    "This password can be used.": "Ce mot de passe convient.",
    "Single desk": "Poste unique",
    "Without sign-in, anyone who can use this computer opens the desk as administrator, under "
    "the computer's user name (%1): the audit trail cannot tell colleagues apart. Choose it only "
    "for a desk that one person uses.\n\nOpen without signing in?":
        "Sans connexion, quiconque peut utiliser cet ordinateur ouvre l’accueil en administrateur, "
        "sous le nom d’utilisateur de l’ordinateur (%1) : le journal des modifications ne peut "
        "pas distinguer les collègues. Ne le choisissez que pour un poste utilisé par une seule "
        "personne.\n\nOuvrir sans connexion ?",
    "Single desk — no sign-in": "Poste unique — sans connexion",
    "Signed in: %1 (%2)": "Connecté : %1 (%2)",
    "%1 (%2)": "%1 (%2)",
    "Change my pass&word…": "Changer mon mot de &passe…",
    "Sign &out": "Se &déconnecter",
    "&Accounts…": "&Comptes…",
    "&Settings…": "&Réglages…",
    "Not allowed": "Non autorisé",
    "Your password was changed.": "Votre mot de passe a été changé.",
    "Staff accounts": "Comptes du personnel",
    "Last sign-in": "Dernière connexion",
    "&Add an account…": "&Ajouter un compte…",
    "Change the &role…": "Changer le &rôle…",
    "&Reset the password…": "Mot de passe &provisoire…",
    "Switch &off": "&Désactiver",
    "Switch &on": "&Réactiver",
    "Counter: find, register and receive people, tick their steps. Adviser: also records and "
    "welcome packs. Coordinator: also imports and statistics. Administrator: also accounts, "
    "settings and the audit trail.":
        "Accueil : trouver, enregistrer et recevoir les personnes, cocher leurs étapes. "
        "Conseiller : aussi les dossiers et les livrets d’accueil. Coordinateur : aussi les "
        "imports et les statistiques. Administrateur : aussi les comptes, les réglages et le "
        "journal des modifications.",
    "never": "jamais",
    "no — switched off": "non — désactivé",
    "Change the role": "Changer le rôle",
    "Role of %1:": "Rôle de %1 :",
    "Switch off an account": "Désactiver un compte",
    "Switch off the account of %1? They can no longer sign in; their name stays in the history "
    "of what they did. You can switch it on again.":
        "Désactiver le compte de %1 ? Cette personne ne pourra plus se connecter ; son nom reste "
        "dans l’historique de ce qu’elle a fait. Vous pourrez le réactiver.",
    "Add an account": "Ajouter un compte",
    "&First password:": "&Premier mot de passe :",
    "Ask for a new password at the first sign-in":
        "Demander un nouveau mot de passe à la première connexion",
    "R&ole:": "R&ôle :",
    "&Add": "&Ajouter",
    "Reset the password": "Réinitialiser le mot de passe",
    "A temporary password for %1 (%2). Give it to them in person: they choose their own at "
    "their next sign-in. A lock after wrong passwords is lifted too.":
        "Un mot de passe provisoire pour %1 (%2). Remettez-le en main propre : la personne "
        "choisira le sien à sa prochaine connexion. Un blocage après des mots de passe erronés "
        "est levé aussi.",
    "&Temporary password:": "Mot de passe &provisoire :",
    "&Reset": "&Réinitialiser",
    "Settings": "Réglages",
    "Opening the desk": "Ouverture de l’accueil",
    "Each member of staff &signs in with their own account":
        "Chaque membre du personnel &se connecte avec son propre compte",
    "Single &desk: open without signing in": "&Poste unique : ouvrir sans connexion",
    "Without sign-in, whoever uses this computer works as administrator under the computer's "
    "user name, and the history cannot tell colleagues apart. Changes apply at the next start.":
        "Sans connexion, quiconque utilise cet ordinateur travaille en administrateur sous le nom "
        "d’utilisateur de l’ordinateur, et l’historique ne peut pas distinguer les collègues. "
        "Les changements s’appliquent au prochain démarrage.",
    "No account exists yet: the next start asks for the administrator's.":
        "Aucun compte n’existe encore : le prochain démarrage demandera celui de "
        "l’administrateur.",
    "People who left longer ago than this are anonymised when the retention rule is applied; "
    "the statistics stay the same.":
        "Les personnes parties depuis plus longtemps sont anonymisées quand la règle de "
        "conservation est appliquée ; les statistiques restent les mêmes.",
    "&Keep people who left for:": "&Conserver les personnes parties pendant :",
    # File › Database…: the database this computer's desk opens
    "Data&base…": "&Base de données…",
    "Database": "Base de données",
    "This desk opened: %1": "Ce poste a ouvert : %1",
    "It was chosen by --database, which comes before this setting.":
        "Elle a été choisie par --database, qui passe avant ce réglage.",
    "It was chosen by WELCOME_DESK_DATABASE, which comes before this setting.":
        "Elle a été choisie par WELCOME_DESK_DATABASE, qui passe avant ce réglage.",
    "&Local file on this computer (the default)":
        "&Fichier local sur cet ordinateur (par défaut)",
    "&Server shared by several desks (PostgreSQL)":
        "&Serveur partagé par plusieurs postes (PostgreSQL)",
    "e.g. db.example.org": "p. ex. db.example.org",
    "&Host:": "&Hôte :",
    "P&ort:": "P&ort :",
    "&Database name:": "Nom de la &base :",
    "&User:": "&Utilisateur :",
    "Pass&word:": "&Mot de passe :",
    "&Test the connection": "&Tester la connexion",
    "The desk opens the chosen database at its next start.":
        "L’accueil ouvre la base choisie à son prochain démarrage.",
    "The desk opens the chosen database as soon as it is saved.":
        "L’accueil ouvre la base choisie dès qu’elle est enregistrée.",
    "No system keyring on this computer: leave the password empty and let the server know this desk another way (~/.pgpass, PGPASSWORD, its own authentication). A password is never written in a file.":
        "Pas de trousseau du système sur cet ordinateur : laissez le mot de passe vide et "
        "laissez le serveur reconnaître ce poste autrement (~/.pgpass, PGPASSWORD, sa propre "
        "authentification). Un mot de passe n’est jamais écrit dans un fichier.",
    "The password is kept in the system keyring, never in a file.":
        "Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier.",
    "kept in the system keyring": "gardé dans le trousseau du système",
    "Give the server's host and the database's name.":
        "Indiquez l’hôte du serveur et le nom de la base.",
    "Connecting to %1…": "Connexion à %1…",
    "The connection could not be tried (%1).": "La connexion n’a pas pu être essayée (%1).",
    "The connection works: the database %1 is ready.":
        "La connexion fonctionne : la base %1 est prête.",
    "Choose the &database…": "Choisir la &base de données…",
    "Saved: the desk opens %1 at its next start. Close the desk and start it again to work there.":
        "Enregistré : l’accueil ouvre %1 à son prochain démarrage. Fermez l’accueil et "
        "relancez-le pour y travailler.",
}
