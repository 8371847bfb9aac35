"""French for the staff messages: applied to the catalog by ``tools/apply_translations.py``."""

FRENCH = {
    "--people must be a whole number from 1 to {limit}, not '{value}'.":
        "--people doit être un nombre entier de 1 à {limit}, et non « {value} ».",
    "--seed must be a whole number, not '{value}'.":
        "--seed doit être un nombre entier, et non « {value} ».",
    "The demo data of this installation is damaged: {reason}":
        "Les données de démonstration de cette installation sont abîmées : {reason}",
    "{done} of {total} demo people added…": "{done} personnes de démonstration ajoutées sur {total}…",
    "Added 1 demo person.": "1 personne de démonstration ajoutée.",
    "Added {count} demo people.": "{count} personnes de démonstration ajoutées.",
    "fill the database with realistic fictitious newcomers":
        "remplir la base de nouveaux arrivants fictifs réalistes",
    "Add fictitious newcomers (names in their own scripts, nationalities, categories, programmes, host units and arrival waves like those of a large French university). Each run ADDS people: their external ids (source 'demo') continue after the highest DEMO-… id already in the database. Person n is always the same for a given seed, so adding 100 and then 100 more gives the same people as adding 200.":
        "Ajoute des nouveaux arrivants fictifs (noms dans leur propre écriture, nationalités, "
        "catégories, programmes, composantes et vagues d’arrivée comme celles d’une grande "
        "université française). Chaque exécution AJOUTE des personnes : leurs identifiants "
        "externes (source « demo ») continuent après le plus grand identifiant DEMO-… déjà présent. "
        "La personne n est toujours la même pour une graine donnée : en ajouter 100 puis 100 "
        "autres donne les mêmes personnes qu’en ajouter 200.",
    "how many people to add, 1 to {limit} (default: {default})":
        "combien de personnes ajouter, de 1 à {limit} (par défaut : {default})",
    "a whole number; the same seed gives the same people (default: {default})":
        "un nombre entier ; la même graine donne les mêmes personnes (par défaut : {default})",
    "open the desk window (the default)": "ouvrir la fenêtre de l’accueil (par défaut)",
    "open the window, wait until it shows data, print the start-up time and exit":
        "ouvrir la fenêtre, attendre qu’elle affiche des données, afficher le temps de démarrage "
        "et quitter",
    "No screen to open the window on (DISPLAY is not set). Use the commands (welcome-desk --help) or start it from a desktop session.":
        "Aucun écran où ouvrir la fenêtre (DISPLAY n’est pas défini). Utilisez les commandes "
        "(welcome-desk --help) ou lancez-la depuis une session de bureau.",
    "The source name must be 1 to {limit} characters long.":
        "Le nom de la source doit compter de 1 à {limit} caractères.",
    "The rejects file must not be the file being imported.":
        "Le fichier des rejets ne peut pas être le fichier importé.",
    "Cannot write the rejects file {path}: its folder does not exist.":
        "Impossible d’écrire le fichier des rejets {path} : son dossier n’existe pas.",
    "Cannot write the rejects file {path}: {reason}.":
        "Impossible d’écrire le fichier des rejets {path} : {reason}.",
    "Rejected rows written to {path}.": "Lignes rejetées écrites dans {path}.",
    "warning: {text}": "attention : {text}",
    "register or update newcomers from a CSV or XLSX file":
        "enregistrer ou mettre à jour des nouveaux arrivants depuis un fichier CSV ou XLSX",
    "CSV file with a header row, or XLSX": "fichier CSV avec une ligne d’en-tête, ou XLSX",
    "check the file and tell what would change, without saving anything":
        "vérifier le fichier et dire ce qui changerait, sans rien enregistrer",
    "write the rejected rows and their reasons here": "écrire ici les lignes rejetées et leurs motifs",
    "the system the file's ids come from; ids are unique per source (default: %(default)s)":
        "le système d’où viennent les identifiants du fichier ; un identifiant est unique dans "
        "sa source (par défaut : %(default)s)",
    "print the report as JSON": "afficher le compte rendu en JSON",
    "one welcome pack (PDF)": "un livret d’accueil (PDF)",
    "welcome packs for everyone arriving in a period":
        "les livrets d’accueil de tous les arrivants d’une période",
    "monthly arrival statistics": "statistiques mensuelles des arrivées",
    "copy the database to a file": "copier la base de données dans un fichier",
    "replace the database with a backup": "remplacer la base de données par une sauvegarde",
    "copy this database into an empty one": "copier cette base dans une base vide",
    "The '{command}' command is not available in this version yet.":
        "La commande « {command} » n’est pas encore disponible dans cette version.",
    "find people by name (any order, any accents), external id or email":
        "trouver des personnes par nom (dans n’importe quel ordre, avec ou sans accents), "
        "identifiant externe ou courriel",
    "at most N results (default %(default)s)": "au plus N résultats (par défaut %(default)s)",
    "print the results as JSON": "afficher les résultats en JSON",
    "--limit must be a whole number of 1 or more.": "--limit doit être un nombre entier d’au moins 1.",
    "Type something to search for.": "Saisissez quelque chose à rechercher.",
    "Nobody found.": "Personne n’a été trouvé.",
    "one person, with their records": "une personne, avec ses dossiers",
    "internal id or external id": "identifiant interne ou externe",
    "print the person as JSON": "afficher la personne en JSON",
    "language for names of countries and dates (default: messages')":
        "langue des noms de pays et des dates (par défaut : celle des messages)",
    "Unknown language code: {code}.": "Code de langue inconnu : {code}.",
    "Nobody has the id {reference}.": "Personne n’a l’identifiant {reference}.",
    "{count} people have the id {reference}; use the internal id: {ids}.":
        "{count} personnes ont l’identifiant {reference} ; utilisez l’identifiant interne : {ids}.",
    "Internal id": "Identifiant interne",
    "External ids": "Identifiants externes",
    "Nationality": "Nationalité",
    "Born": "Naissance",
    "Sex": "Sexe",
    "Category": "Catégorie",
    "category": "catégorie",
    "Programme": "Programme",
    "Host unit": "Composante",
    "Arrival": "Arrivée",
    "Departure": "Départ",
    "Email": "Courriel",
    "Phone": "Téléphone",
    "Preferred language": "Langue préférée",
    "Accompanying persons": "Accompagnants",
    "Cannot use the database {where}: {reason}.":
        "Impossible d’utiliser la base de données {where} : {reason}.",
    "The database {where} is busy (locked by another program); try again.":
        "La base de données {where} est occupée (verrouillée par un autre programme) ; réessayez.",
    "The file {where} is not a usable database (damaged or of another kind).":
        "Le fichier {where} n’est pas une base de données utilisable (abîmée ou d’un autre type).",
    "The database {where} cannot be written (read-only or no permission).":
        "Impossible d’écrire dans la base de données {where} (lecture seule ou droits insuffisants).",
    "The disk holding {where} is full.": "Le disque qui contient {where} est plein.",
    "The database {where} cannot be opened (the folder is missing or not allowed).":
        "Impossible d’ouvrir la base de données {where} (dossier absent ou non autorisé).",
    "The database {where} cannot be used: {detail}":
        "Impossible d’utiliser la base de données {where} : {detail}",
    "Welcome desk for incoming international students, teachers and researchers.":
        "Accueil des étudiants, enseignants et chercheurs internationaux.",
    "database file or SQLAlchemy URL (or WELCOME_DESK_DATABASE)":
        "fichier de base de données ou URL SQLAlchemy (ou WELCOME_DESK_DATABASE)",
    "language of messages (default: the system's, else French)":
        "langue des messages (par défaut : celle du système, sinon le français)",
    "Interrupted.": "Interrompu.",
    "student": "étudiant",
    "researcher": "chercheur",
    "teacher": "enseignant",
    "Erasmus+": "Erasmus+",
    "exchange student": "étudiant en échange",
    "bachelor's student": "étudiant en licence",
    "master's student": "étudiant en master",
    "PhD candidate": "doctorant",
    "post-doctoral researcher": "chercheur post-doctoral",
    "visiting researcher": "chercheur invité",
    "visiting professor": "professeur invité",
    "language assistant": "assistant de langue",
    "Erasmus Mundus": "Erasmus Mundus",
    "bilateral agreement": "accord bilatéral",
    "government scholarship": "bourse du gouvernement",
    "no programme": "hors programme",
    "The file {file} lacks the required columns: {columns}.":
        "Il manque au fichier {file} les colonnes obligatoires : {columns}.",
    "The file {file} has more than one column for {field}: {columns}.":
        "Le fichier {file} a plusieurs colonnes pour {field} : {columns}.",
    "The file {file} is not a CSV or XLSX file.": "Le fichier {file} n’est ni un CSV ni un XLSX.",
    "The file {file} is empty: it has no header row.":
        "Le fichier {file} est vide : il n’a pas de ligne d’en-tête.",
    "The file {file} does not exist.": "Le fichier {file} n’existe pas.",
    "The file {file} cannot be opened: {reason}.": "Impossible d’ouvrir le fichier {file} : {reason}.",
    "The file {file} is in the old Excel format (.xls); save it as .xlsx or CSV and try again.":
        "Le fichier {file} est dans l’ancien format Excel (.xls) ; enregistrez-le en .xlsx ou en "
        "CSV puis réessayez.",
    "The file {file} is neither UTF-8 nor Windows-1252 text.":
        "Le fichier {file} n’est un texte ni UTF-8 ni Windows-1252.",
    "The file {file} cannot be read as CSV (line {line}: {detail}).":
        "Impossible de lire le fichier {file} comme un CSV (ligne {line} : {detail}).",
    "The file {file} has a header row but no data rows.":
        "Le fichier {file} a une ligne d’en-tête mais aucune ligne de données.",
    "line {line}: {reasons}": "ligne {line} : {reasons}",
    "Columns not used by the import, ignored: {columns}.":
        "Colonnes non utilisées par l’import, ignorées : {columns}.",
    "{column}: required but empty": "{column} : obligatoire mais vide",
    "{column}: too long ({length} characters, at most {limit})":
        "{column} : trop long ({length} caractères, au plus {limit})",
    "{column}: '{value}' is not a date in the form YYYY-MM-DD or DD/MM/YYYY":
        "{column} : « {value} » n’est pas une date de la forme AAAA-MM-JJ ou JJ/MM/AAAA",
    "{column}: '{value}' is not a real date": "{column} : « {value} » n’est pas une date qui existe",
    "{column}: {value} is in the future": "{column} : {value} est dans le futur",
    "{column}: age at arrival would be {age}, not between {low} and {high}":
        "{column} : l’âge à l’arrivée serait de {age} ans, pas entre {low} et {high}",
    "{column}: '{value}' is not F, M or X": "{column} : « {value} » n’est ni F, ni M, ni X",
    "{column}: '{value}' is not a known country": "{column} : « {value} » n’est pas un pays connu",
    "{column}: '{value}' is not a valid email address":
        "{column} : « {value} » n’est pas une adresse électronique valide",
    "{column}: '{value}' is not a valid phone number (international +… or French)":
        "{column} : « {value} » n’est pas un numéro de téléphone valide (international +… ou "
        "français)",
    "{column}: '{value}' is not student, researcher or teacher":
        "{column} : « {value} » n’est ni étudiant, ni chercheur, ni enseignant",
    "{column}: {value} is before the arrival date {arrival}":
        "{column} : {value} est avant la date d’arrivée {arrival}",
    "{column}: '{value}' is not an ISO 639-1 language code":
        "{column} : « {value} » n’est pas un code de langue ISO 639-1",
    "{column}: '{value}' is not a whole number of 0 or more":
        "{column} : « {value} » n’est pas un nombre entier positif ou nul",
    "{column}: {value} is more than {limit}": "{column} : {value} dépasse {limit}",
    "{column}: '{value}' is already used on line {line}":
        "{column} : « {value} » est déjà utilisé à la ligne {line}",
    "values beyond the last column: {values} (a separator in an unquoted value?)":
        "valeurs au-delà de la dernière colonne : {values} (un séparateur dans une valeur sans "
        "guillemets ?)",
    "The workbook {file} has no worksheet.": "Le classeur {file} n’a aucune feuille.",
    "'{status}' is not a step status.": "« {status} » n’est pas un état d’étape.",
    "A step cannot be done on a future date ({date}).":
        "Une étape ne peut pas être faite à une date future ({date}).",
    "An appointment needs a place and a purpose.": "Un rendez-vous demande un lieu et un objet.",
    "An appointment needs a time with its time zone.":
        "Un rendez-vous demande une heure avec son fuseau horaire.",
    "Arrival and administrative": "Arrivée et démarches administratives",
    "CROUS residence": "Résidence CROUS",
    "Checklist ({name} {version}): {done} of {total} steps done":
        "Liste des démarches ({name} {version}) : {done} étapes faites sur {total}",
    "Checklist made from {name} {old}; newest edition: {new}.":
        "Liste établie d’après {name} {old} ; édition la plus récente : {new}.",
    "City life": "Vie dans la ville",
    "Healthcare": "Santé",
    "Housing": "Logement",
    "Nothing to change.": "Rien à changer.",
    "Nothing was changed; add --apply to apply these changes.":
        "Rien n’a été changé ; ajoutez --apply pour appliquer ces changements.",
    "Say what the visit was for.": "Indiquez l’objet de la visite.",
    "Say what to change: --status, --due or --notes.":
        "Indiquez ce qu’il faut changer : --status, --due ou --notes.",
    "Say why the step is blocked.": "Indiquez pourquoi l’étape est bloquée.",
    "Step '{key}' is now {status}.": "L’étape « {key} » est maintenant : {status}.",
    "Template copied to {folder}.": "Modèle copié dans {folder}.",
    "The checklist template cannot be used: {problem} (folder {folder})":
        "Le modèle de liste des démarches est inutilisable : {problem} (dossier {folder})",
    "The folder {folder} is not empty.": "Le dossier {folder} n’est pas vide.",
    "The housing ends before it starts.": "Le logement se termine avant de commencer.",
    "The notes are too long (at most {limit} characters).":
        "Les notes sont trop longues (au plus {limit} caractères).",
    "The reason is too long (at most {limit} characters).":
        "Le motif est trop long (au plus {limit} caractères).",
    "The visa cannot be validated before the arrival date.":
        "Le visa ne peut pas être validé avant la date d’arrivée.",
    "There is no person number {person}.": "Il n’y a pas de personne numéro {person}.",
    "There is no step number {step}.": "Il n’y a pas d’étape numéro {step}.",
    "There is no such housing record.": "Ce logement n’existe pas.",
    "This person has no checklist.": "Cette personne n’a pas de liste des démarches.",
    "This person's checklist has no step '{key}'.":
        "La liste des démarches de cette personne n’a pas d’étape « {key} ».",
    "This step was changed meanwhile by someone else; reload it and try again.":
        "Quelqu’un d’autre a modifié cette étape entre-temps ; rechargez-la et recommencez.",
    "Unknown visit purpose: {purposes}.": "Objet de visite inconnu : {purposes}.",
    "apply the changes shown": "appliquer les changements affichés",
    "blocked": "bloquée",
    "change a step of a person's checklist": "modifier une étape de la liste d’une personne",
    "check a template folder (default: the one in force)":
        "vérifier un dossier de modèle (par défaut : celui en vigueur)",
    "check or export the checklist template": "vérifier ou exporter le modèle de liste des démarches",
    "copy the template in force to DIR, to edit it":
        "copier le modèle en vigueur dans DIR, pour le modifier",
    "definitive number": "numéro définitif",
    "done": "faite",
    "done on {date}": "faite le {date}",
    "due {date}": "échéance {date}",
    "overdue": "en retard",
    "host family or relatives": "famille d’accueil ou proches",
    "in progress": "en cours",
    "not applicable": "sans objet",
    "not registered": "non inscrit",
    "other housing": "autre logement",
    "private rental": "location privée",
    "provisional number": "numéro provisoire",
    "replace the step's notes": "remplacer les notes de l’étape",
    "set the due date by hand": "fixer l’échéance à la main",
    "show (and apply) what the newest checklist template changes for a person":
        "montrer (et appliquer) ce que le modèle le plus récent change pour une personne",
    "temporary (hotel, hostel)": "temporaire (hôtel, auberge)",
    "the step's key (see show --json)": "la clé de l’étape (voir show --json)",
    "to do": "à faire",
    "when it was done (default today)": "date à laquelle elle a été faite (par défaut aujourd’hui)",
    "why it is blocked": "pourquoi elle est bloquée",
    "Changes applied: {count}.": "Changements appliqués : {count}.",
    "{field}: '{value}' is not one of {choices}.": "{field} : « {value} » n’est pas l’un de {choices}.",
    "{field}: too long (at most {limit} characters).":
        "{field} : trop long (au plus {limit} caractères).",
    "{folder}: template '{name}' version {version}, {steps} steps, no problem found.":
        "{folder} : modèle « {name} » version {version}, {steps} étapes, aucun problème trouvé.",
    "{option}: '{value}' is not a date YYYY-MM-DD.":
        "{option} : « {value} » n’est pas une date AAAA-MM-JJ.",
    "{title}: applies again": "{title} : s’applique de nouveau",
    "{title}: due {old} → {new}": "{title} : échéance {old} → {new}",
    "{title}: new step, due {due}": "{title} : nouvelle étape, échéance {due}",
    "{title}: no longer applies": "{title} : ne s’applique plus",
    "EU/EEA/Swiss": "UE/EEE/Suisse",
    "PostgreSQL support is not installed here: pip install 'welcome-desk[postgres]'.":
        "La prise en charge de PostgreSQL n’est pas installée ici : "
        "pip install 'welcome-desk[postgres]'.",
    "The database address {where} is not one this program can use.":
        "L’adresse de base de données {where} n’est pas utilisable par ce programme.",
    "The database server {where} cannot be reached; check the network and retry.":
        "Le serveur de base de données {where} est injoignable ; vérifiez le réseau et réessayez.",
    "The database {where} does not exist on its server.":
        "La base de données {where} n’existe pas sur son serveur.",
    "The database server {where} refused the user name or password.":
        "Le serveur de base de données {where} a refusé le nom d’utilisateur ou le mot de passe.",
    "The disk holding {where} could not be read or written.":
        "Le disque qui contient {where} n’a pas pu être lu ou écrit.",
    "it holds tables that are not a Welcome Desk database":
        "elle contient des tables qui ne sont pas celles de Welcome Desk",
    "it was written by a newer version of the program":
        "elle a été écrite par une version plus récente du programme",
    "{count} people have the id {reference}; give the internal id as #N: {ids}.":
        "{count} personnes ont l’identifiant {reference} ; donnez l’identifiant interne sous la "
        "forme #N : {ids}.",
    "Interrupted: the {count} demo people added before it are kept.":
        "Interrompu : les {count} personnes de démonstration ajoutées avant sont conservées.",
    # Registration and edit form (services/person_form.py, services/importing/rules.py)
    "{column}: '{value}' is not a known kind of student, researcher or teacher":
        "{column} : « {value} » n’est pas un type connu d’étudiant, de chercheur ou d’enseignant",
    "{column}: '{value}' does not go with the category '{category}'":
        "{column} : « {value} » ne correspond pas à la catégorie « {category} »",
    "There is no person number {person}; they may have been erased meanwhile.":
        "Il n’y a pas de personne numéro {person} ; elle a peut-être été effacée entre-temps.",
    "Someone else saved this person while you were editing (version {stored}, you started from version {expected}). Nothing was saved; both versions are kept for you to compare.":
        "Quelqu’un d’autre a enregistré cette personne pendant votre modification (version "
        "{stored} ; votre modification partait de la version {expected}). Rien n’a été "
        "enregistré ; les deux versions sont conservées pour que vous les compariez.",
    "Someone else saved this record while you were editing (version {stored}, you started from version {expected}). Nothing was saved; both versions are kept for you to compare.":
        "Quelqu’un d’autre a enregistré cette fiche pendant votre modification (version "
        "{stored} ; votre modification partait de la version {expected}). Rien n’a été "
        "enregistré ; les deux versions sont conservées pour que vous les compariez.",
    'The file {file} has a quote (") opened on line {line} and never closed: every line after it would be read as one value. Close or remove that quote and try again.':
        'Le fichier {file} a un guillemet (") ouvert à la ligne {line} et jamais fermé : toutes les lignes suivantes seraient lues comme une seule valeur. Fermez ou supprimez ce guillemet puis réessayez.',
    'The file {file} has a quoted value from line {line} to line {end} that holds whole rows: the quote (") opened on line {line} is probably a mistake. Fix it and try again.':
        'Le fichier {file} a une valeur entre guillemets de la ligne {line} à la ligne {end} qui contient des lignes entières : le guillemet (") ouvert à la ligne {line} est sans doute une erreur. Corrigez-le puis réessayez.',
    'The file {file} has a value starting on line {line} that runs on for more than {limit} characters: a quote (") is probably not closed. Fix it and try again.':
        'Le fichier {file} a une valeur commençant à la ligne {line} qui dépasse {limit} caractères : un guillemet (") n’est sans doute pas fermé. Corrigez-le puis réessayez.',
    'Cannot write the rejects file {path}: it is a folder.':
        'Impossible d’écrire le fichier des rejets {path} : c’est un dossier.',
    'line {line}: updated ({columns})': 'ligne {line} : mise à jour ({columns})',
    '{column}: not given, so the departure date on record ({value}) is kept, but it is before the new arrival date {arrival}; give the new departure date':
        '{column} : non donnée, la date de départ enregistrée ({value}) est donc gardée, mais elle est avant la nouvelle date d’arrivée {arrival} ; donnez la nouvelle date de départ',
    'Register or update newcomers from a CSV or XLSX file. A person already imported from the same source with the same id is updated: a filled cell replaces the stored value, an empty cell or a missing column keeps it (an import never erases what the desk typed). The report gives the counts first, then each updated line with the fields that change and each rejected line with its reasons; a dry run shows the same.':
        'Enregistre ou met à jour des nouveaux arrivants depuis un fichier CSV ou XLSX. Une personne déjà importée de la même source avec le même identifiant est mise à jour : une cellule remplie remplace la valeur enregistrée, une cellule vide ou une colonne absente la garde (un import n’efface jamais ce que l’accueil a saisi). Le compte rendu donne d’abord les totaux, puis chaque ligne mise à jour avec les champs qui changent et chaque ligne rejetée avec ses motifs ; un essai à blanc montre la même chose.',
    '{column}: {value} is too far in the future (more than {years} years from now)':
        '{column} : {value} est trop loin dans l’avenir (plus de {years} ans à partir d’aujourd’hui)',
    '{column}: {value} is too far in the past (before {earliest})':
        '{column} : {value} est trop loin dans le passé (avant le {earliest})',
    '{file}: rows read: {rows}; created: {created}; updated: {updated}; unchanged: {unchanged}; rejected: {rejected}.':
        '{file} : lignes lues : {rows} ; créations : {created} ; mises à jour : {updated} ; sans changement : {unchanged} ; rejets : {rejected}.',
    '{file}: dry run, nothing was saved; rows read: {rows}; would be created: {created}; would be updated: {updated}; unchanged: {unchanged}; rejected: {rejected}.':
        '{file} : essai à blanc, rien n’a été enregistré ; lignes lues : {rows} ; créations prévues : {created} ; mises à jour prévues : {updated} ; sans changement : {unchanged} ; rejets : {rejected}.',
    'Columns not used by the import, ignored: {columns} … and {more} more.':
        'Colonnes non utilisées par l’import, ignorées : {columns} … et {more} de plus.',
    '{file} is a folder, not a file: give the CSV or XLSX file to import.':
        '{file} est un dossier, pas un fichier : indiquez le fichier CSV ou XLSX à importer.',
    "{title}: to do again, due {due}": "{title} : à refaire, échéance {due}",
    # pack and packs commands
    "language of the pack ({languages}); default: the person's":
        "langue du livret ({languages}) ; par défaut : celle de la personne",
    "welcome packs for everyone arriving in a period, one PDF each":
        "livrets d’accueil de toutes les personnes arrivant sur une période, un PDF chacun",
    "one language for every pack; default: each person's":
        "une même langue pour tous les livrets ; par défaut : celle de chaque personne",
    "packs made at the same time (default: %(default)s, the machine's cores)":
        "livrets faits en même temps (par défaut : %(default)s, les cœurs de la machine)",
    "Packs are not made in '{code}'. Languages: {languages}.":
        "Les livrets ne sont pas faits en « {code} ». Langues : {languages}.",
    "The welcome pack's data files cannot be used: {problem} (folder {folder})":
        "Les fichiers de données du livret d’accueil sont inutilisables : {problem} "
        "(dossier {folder})",
    "{path} is a folder: give a file name.": "{path} est un dossier : donnez un nom de fichier.",
    "The folder of {path} does not exist.": "Le dossier de {path} n’existe pas.",
    "Cannot write {path}: {reason}.": "Impossible d’écrire {path} : {reason}.",
    "Welcome pack in {language} written to {path}.":
        "Livret d’accueil en {language} écrit dans {path}.",
    "Dates are written YYYY-MM-DD or DD/MM/YYYY: {dates}.":
        "Les dates s’écrivent AAAA-MM-JJ ou JJ/MM/AAAA : {dates}.",
    "The period ends before it starts.": "La période se termine avant de commencer.",
    "this person no longer exists": "cette personne n’existe plus",
    "the pack's data files cannot be used: {problem}":
        "les fichiers de données du livret sont inutilisables : {problem}",
    "the pack could not be made ({error}; details in the log)":
        "le livret n’a pas pu être fait ({error} ; détails dans le journal)",
    "--jobs needs a whole number of 1 or more.": "--jobs demande un nombre entier de 1 ou plus.",
    "Cannot make the folder {path}: {reason}.": "Impossible de créer le dossier {path} : {reason}.",
    "Nobody arrives in this period: no pack made.":
        "Personne n’arrive sur cette période : aucun livret fait.",
    "Packs made: {done} of {total}": "Livrets faits : {done} sur {total}",
    "{written} packs written to {folder}; {failed} could not be made.":
        "{written} livrets écrits dans {folder} ; {failed} n’ont pas pu être faits.",
    "check or export the welcome pack's data files":
        "vérifier ou exporter les fichiers de données du livret d’accueil",
    "check a folder of pack data files (default: the one in force)":
        "vérifier un dossier de fichiers de données du livret (par défaut : celui en vigueur)",
    "copy the pack data files in force to DIR, to edit them":
        "copier les fichiers de données du livret en vigueur dans DIR, pour les modifier",
    "Pack data files copied to {folder}.": "Fichiers de données du livret copiés dans {folder}.",
    "{folder}: {places} places, {events} events, {sections} guide sections, {links} websites; no problem found.":
        "{folder} : {places} lieux, {events} événements, {sections} rubriques du guide, "
        "{links} sites ; aucun problème trouvé.",
    # statistics
    "the first month": "le premier mois",
    "the last month (default: --month)": "le dernier mois (par défaut : --month)",
    "Months are written YYYY-MM, the last one not before the first: {months}.":
        "Les mois s’écrivent AAAA-MM, le dernier pas avant le premier : {months}.",
    "At most 120 months (ten years) at a time.": "Au plus 120 mois (dix ans) à la fois.",
    "{count} arrivals from {first} to {last}: statistics written to {path}.":
        "{count} arrivées de {first} à {last} : statistiques écrites dans {path}.",
    "Arrivals": "Arrivées",
    "EU / non-EU": "UE / hors UE",
    "World region": "Région du monde",
    "Faculty or laboratory": "Composante ou laboratoire",
    "Age at arrival": "Âge à l’arrivée",
    "Length of stay": "Durée du séjour",
    "under 18": "moins de 18 ans",
    "18–20": "18–20 ans",
    "21–24": "21–24 ans",
    "25–29": "25–29 ans",
    "30–34": "30–34 ans",
    "35–44": "35–44 ans",
    "45 and over": "45 ans et plus",
    "under 3 months": "moins de 3 mois",
    "3 to 5 months": "3 à 5 mois",
    "6 to 11 months": "6 à 11 mois",
    "12 to 23 months": "12 à 23 mois",
    "24 months or more": "24 mois ou plus",
    "EU, EEA or Swiss": "UE, EEE ou Suisse",
    "non-EU": "hors UE",
    "women": "femmes",
    "men": "hommes",
    "not specified (X)": "non précisé (X)",
    "Visa or residence permit": "Visa ou titre de séjour",
    "Social security": "Sécurité sociale",
    "Housing found": "Logement trouvé",
    "unknown": "inconnu",
    "Code": "Code",
    "Total": "Total",
    "Month": "Mois",
    "With a checklist": "Avec des démarches",
    "Steps that apply": "Démarches applicables",
    "Steps done": "Démarches faites",
    "Share of steps done": "Part des démarches faites",
    "People with every step done": "Personnes ayant tout fait",
    "{step}: median days from arrival": "{step} : jours médians depuis l’arrivée",
    "{step}: people done": "{step} : personnes l’ayant fait",
    "Purpose of the visit": "Objet de la visite",
    "Family name": "Nom",
    "Given names": "Prénoms",
    "Arrival date": "Date d’arrivée",
    "Departure date": "Date de départ",
    # the statistics report (PDF)
    "Arrivals in {month}": "Arrivées en {month}",
    "Arrivals from {first} to {last}": "Arrivées de {first} à {last}",
    "Statistics of the newcomers, by month of arrival · made on {day}":
        "Statistiques des nouveaux arrivants, par mois d’arrivée · établies le {day}",
    "Statistics of the newcomers": "Statistiques des nouveaux arrivants",
    "No arrivals in this period.": "Aucune arrivée sur cette période.",
    "No newcomer registered at the desk arrives in these months.":
        "Aucun nouvel arrivant enregistré à l’accueil n’arrive au cours de ces mois.",
    "arrivals": "arrivées",
    "from the EU, the EEA or Switzerland": "de l’UE, de l’EEE ou de Suisse",
    "from outside the EU, the EEA and Switzerland": "hors UE, EEE et Suisse",
    "of the checklist steps done": "des démarches faites",
    "Arrivals per month": "Arrivées par mois",
    "EU and non-EU": "UE et hors UE",
    "Most frequent nationalities": "Nationalités les plus fréquentes",
    "Tables: arrivals by month": "Tableaux : arrivées par mois",
    "Each table shows up to {count} months; the total is that of the whole period.":
        "Chaque tableau montre au plus {count} mois ; le total est celui de toute la période.",
    "Others ({count})": "Autres ({count})",
    "{dimension}: the {count} most frequent values, then the others":
        "{dimension} : les {count} valeurs les plus fréquentes, puis les autres",
    "Median days from arrival to the step": "Jours médians de l’arrivée à la démarche",
    "Checklists of the newcomers": "Démarches des nouveaux arrivants",
    "Figures of the people arriving in each month, as their checklists stand today. Median days: from the arrival date to the day the step was done, among the people who have done it.":
        "Chiffres des personnes arrivées chaque mois, selon l’état actuel de leurs démarches. "
        "Jours médians : de la date d’arrivée au jour où la démarche a été faite, parmi les "
        "personnes qui l’ont faite.",
    "Counter visits by purpose": "Visites à l’accueil par objet",
    "No counter visit in this period.": "Aucune visite à l’accueil sur cette période.",
    "Visits in the month of the visit. A visit with several purposes counts once for each of them.":
        "Visites comptées dans le mois de la visite. Une visite ayant plusieurs objets compte une "
        "fois pour chacun.",
    "Page {number} of {count}": "Page {number} sur {count}",
    # files
    "the file could not be written: {problem}": "le fichier n’a pas pu être écrit : {problem}",
    "Cannot write in {path}: {reason}.": "Impossible d’écrire dans {path} : {reason}.",
    "Packs written in {folder}: {written}; not made: {failed}.":
        "Livrets écrits dans {folder} : {written} ; non faits : {failed}.",
    "{path} is a file, not a folder.": "{path} est un fichier, pas un dossier.",
    "Cannot copy the files to {path}: {reason}.":
        "Impossible de copier les fichiers dans {path} : {reason}.",
    "the folder does not exist": "le dossier n’existe pas",
    "a file stands where a folder is expected": "un fichier est à la place d’un dossier",
    "it is a folder": "c’est un dossier",
    "permission denied": "accès refusé",
    "the disk is read-only": "le disque est en lecture seule",
    "the disk is full": "le disque est plein",
    "the disk quota is used up": "le quota du disque est épuisé",
    "a file of that name already exists": "un fichier de ce nom existe déjà",
    "the name is too long": "le nom est trop long",
    "the disk could not be read or written": "le disque n’a pas pu être lu ou écrit",
    # backups
    "it is not a SQLite database, or it is damaged":
        "ce n’est pas une base SQLite, ou elle est abîmée",
    "it is damaged (SQLite's integrity check failed)":
        "elle est abîmée (la vérification d’intégrité de SQLite a échoué)",
    "it is not a Welcome Desk database": "ce n’est pas une base de Welcome Desk",
    "it has no schema revision": "elle n’a pas de révision de schéma",
    "it was written by a newer version of the program (schema revision {revision})":
        "elle a été écrite par une version plus récente du programme (révision de schéma "
        "{revision})",
    "The daily backup of the database {where} could not be made: {reason}.":
        "La sauvegarde quotidienne de la base {where} n’a pas pu être faite : {reason}.",
    "SQLite reported {detail}": "SQLite a signalé {detail}",
    "an unexpected error ({detail}); see the log":
        "une erreur inattendue ({detail}) ; voir le journal",
    "The backup command copies SQLite database files; for PostgreSQL ({where}) use pg_dump.":
        "La commande backup copie des fichiers de base SQLite ; pour PostgreSQL ({where}), "
        "utilisez pg_dump.",
    "The restore command replaces SQLite database files; for PostgreSQL ({where}) use pg_restore or psql.":
        "La commande restore remplace des fichiers de base SQLite ; pour PostgreSQL ({where}), "
        "utilisez pg_restore ou psql.",
    "{path} already exists: a backup never replaces a file; give a new name.":
        "{path} existe déjà : une sauvegarde ne remplace jamais un fichier ; donnez un autre nom.",
    "Cannot restore from {path}: {reason}. The database was not changed.":
        "Impossible de restaurer depuis {path} : {reason}. La base n’a pas été modifiée.",
    "Copy the database to a new file while the desks go on working, then check the copy (SQLite's integrity check, the program's tables and schema revision).":
        "Copier la base dans un nouveau fichier pendant que les postes continuent de travailler, "
        "puis vérifier la copie (vérification d’intégrité de SQLite, tables et révision de "
        "schéma du programme).",
    "the new file (an existing file is never replaced)":
        "le nouveau fichier (un fichier existant n’est jamais remplacé)",
    "Check a backup, show what it holds and replace the database with it, after keeping a copy of the database in the backup folder. Asks for confirmation unless --yes.":
        "Vérifier une sauvegarde, montrer ce qu’elle contient et remplacer la base par elle, "
        "après avoir gardé une copie de la base dans le dossier des sauvegardes. Demande "
        "confirmation, sauf avec --yes.",
    "a file made by the backup command": "un fichier fait par la commande backup",
    "replace without asking": "remplacer sans demander",
    "0 people": "0 personne",
    "1 person": "1 personne",
    "{count} people": "{count} personnes",
    "There is no database file to work on.": "Il n’y a pas de fichier de base sur lequel travailler.",
    "There is no database at {where} to back up.": "Il n’y a pas de base à {where} à sauvegarder.",
    "Cannot back up the database {where}: {reason}.":
        "Impossible de sauvegarder la base {where} : {reason}.",
    "Backed up {people} ({size}, last change {when}) from {where} to {path}.":
        "Sauvegarde de {people} ({size}, dernière modification {when}) de {where} vers {path}.",
    "There is no database at {where} yet.": "Il n’y a pas encore de base à {where}.",
    "The database {where} cannot be read now: {reason}.":
        "La base {where} ne peut pas être lue actuellement : {reason}.",
    "The database {where} holds {people} now (last change {when}).":
        "La base {where} contient actuellement {people} (dernière modification {when}).",
    "A restore replaces the whole database: add --yes to confirm it when there is no terminal to ask on.":
        "Une restauration remplace toute la base : ajoutez --yes pour la confirmer quand aucun "
        "terminal ne permet de poser la question.",
    "Replace the database with this backup? [y/N] ": "Remplacer la base par cette sauvegarde ? [o/N] ",
    "There is no file {path}.": "Il n’y a pas de fichier {path}.",
    "{path} is the database itself.": "{path} est la base elle-même.",
    "Cannot read {path}: {reason}.": "Impossible de lire {path} : {reason}.",
    "Nothing was restored.": "Rien n’a été restauré.",
    "Restored {people} from {path} into {where}.": "Restauration de {people} depuis {path} dans {where}.",
    "The database as it was is kept in {path}.": "La base telle qu’elle était est gardée dans {path}.",
    "The restored database was brought from schema revision {old} to {new}.":
        "La base restaurée a été mise à jour de la révision de schéma {old} à {new}.",
    "The backup {path} holds {people} ({size}, last change {when}, schema revision {revision}).":
        "La sauvegarde {path} contient {people} ({size}, dernière modification {when}, révision "
        "de schéma {revision}).",
    "XLSX: name each person in the list of arrivals (for the desk's own use only)":
        "XLSX : nommer chaque personne dans la liste des arrivées (pour l’usage interne "
        "de l’accueil seulement)",
    "{count} arrivals in {month}: statistics written to {path}.":
        "{count} arrivées en {month} : statistiques écrites dans {path}.",
    'never':
        'jamais',
    'active':
        'actif',
    'switched off':
        'désactivé',
    "list and manage the staff's accounts":
        'lister et gérer les comptes du personnel',
    'Staff accounts for signing in to the window. The command line itself acts as the operating-system user, with the rights of whoever can open the database.':
        'Les comptes du personnel pour se connecter à la fenêtre. La ligne de commande, elle, agit sous l’utilisateur du système, avec les droits de quiconque peut ouvrir la base.',
    'list the accounts':
        'lister les comptes',
    'print the accounts as JSON':
        'afficher les comptes en JSON',
    'add an account (the password is asked)':
        'ajouter un compte (le mot de passe est demandé)',
    "the person's name as colleagues know it":
        'le nom de la personne tel que ses collègues le connaissent',
    "change an account's role":
        'changer le rôle d’un compte',
    'give an account a temporary password, to be changed at its next sign-in':
        'donner à un compte un mot de passe provisoire, à changer à la prochaine connexion',
    'switch an account off (it can no longer sign in)':
        'désactiver un compte (il ne peut plus se connecter)',
    'switch an account on again':
        'réactiver un compte',
    'show or choose how the window opens: with accounts, or as a single desk':
        'afficher ou choisir comment la fenêtre s’ouvre : avec des comptes, ou en poste unique',
    'The same password again: ':
        'Le même mot de passe, encore : ',
    'must change password':
        'doit changer de mot de passe',
    'Single-desk mode: the window opens without signing in.':
        'Mode poste unique : la fenêtre s’ouvre sans connexion.',
    'Each member of staff signs in with their own account.':
        'Chaque membre du personnel se connecte avec son propre compte.',
    'The two passwords differ; nothing was changed.':
        'Les deux mots de passe diffèrent ; rien n’a été changé.',
    "No account yet: the window asks for the administrator's first.":
        'Aucun compte encore : la fenêtre demande d’abord celui de l’administrateur.',
    'Password for {name}: ':
        'Mot de passe de {name} : ',
    'Account {name} added.':
        'Compte {name} ajouté.',
    'Temporary password for {name}: ':
        'Mot de passe provisoire de {name} : ',
    'search the audit trail':
        'chercher dans le journal des modifications',
    'Every change to people, steps, records, accounts and settings, with who made it, when, and each value before and after; newest first.':
        'Chaque modification des personnes, étapes, dossiers, comptes et réglages, avec son auteur, sa date et chaque valeur avant et après ; les plus récentes d’abord.',
    'one person (internal id or #N)':
        'une personne (identifiant interne ou #N)',
    "part of the staff member's name":
        'une partie du nom du membre du personnel',
    'e.g. updated, erased':
        'par ex. updated, erased',
    'e.g. person, step':
        'par ex. person, step',
    'text in a value, accents aside':
        'un texte dans une valeur, sans tenir compte des accents',
    'print the entries as JSON':
        'afficher les entrées en JSON',
    'No entry matches.':
        'Aucune entrée ne correspond.',
    '{value} is not an internal id (a number, or #N).':
        '{value} n’est pas un identifiant interne (un nombre, ou #N).',
    '--limit is a number from 1 to {most}.':
        '--limit est un nombre de 1 à {most}.',
    '{value} is not a date written YYYY-MM-DD.':
        '{value} n’est pas une date écrite AAAA-MM-JJ.',
    '{name} (system user)':
        '{name} (utilisateur du système)',
    # Personal data (GDPR): retention, access export, erasure.
    "{option} must be a whole number of months from {low} to {high}, not '{value}'.":
        "{option} doit être un nombre entier de mois de {low} à {high}, et non « {value} ».",
    "{what}: add --yes to confirm it when there is no terminal to ask on.":
        "{what} : ajoutez --yes pour confirmer quand aucun terminal ne permet de poser la question.",
    "Backups made before still hold them until they rotate out ({daily} daily and {weekly} weekly copies). Copies made by hand, and those kept before a migration or a restore (*-before-migration-*, *-before-restore-* in {folder}), are never rotated: delete those made before this erasure, or keep them as protected as the database.":
        "Les sauvegardes faites auparavant contiennent encore la personne jusqu’à leur rotation "
        "({daily} copies quotidiennes et {weekly} hebdomadaires). Les copies faites à la main et "
        "celles gardées avant une migration ou une restauration (*-before-migration-*, "
        "*-before-restore-* dans {folder}) ne sont jamais supprimées automatiquement : effacez "
        "celles qui précèdent cet effacement, ou protégez-les autant que la base.",
    "who the retention rule anonymises (and anonymise them)":
        "qui la règle de conservation anonymise (et les anonymiser)",
    "List the people who left more than the retention period ago (24 months unless changed): the rule anonymises them, keeping what the statistics count. With --apply, anonymise them, after confirmation unless --yes.":
        "Liste les personnes parties depuis plus longtemps que la durée de conservation (24 mois "
        "sauf changement) : la règle les anonymise en gardant ce que comptent les statistiques. "
        "Avec --apply, les anonymise, après confirmation sauf avec --yes.",
    "anonymise the people listed": "anonymiser les personnes listées",
    "anonymise without asking": "anonymiser sans demander",
    "use N months for this run instead of the desk's setting":
        "utiliser N mois pour cette fois au lieu du réglage de l’accueil",
    "change the desk's retention period to N months":
        "changer la durée de conservation de l’accueil en N mois",
    "everything held on one person, for an access request":
        "tout ce qui est conservé sur une personne, pour une demande d’accès",
    "Write everything the desk holds on one person (details, records, checklist with its history, appointments, visits and the trail of changes) as JSON or as a readable PDF, chosen by the file's extension.":
        "Écrit tout ce que l’accueil conserve sur une personne (identité, dossiers, liste "
        "d’étapes et son historique, rendez-vous, passages et historique des modifications) en "
        "JSON ou en PDF lisible, selon l’extension du fichier.",
    ".json or .pdf": ".json ou .pdf",
    "erase a person and everything linked to them":
        "effacer une personne et tout ce qui la concerne",
    "Delete a person and everything linked to them, for an erasure request; the trail keeps that it was done, without their data. Asks for confirmation unless --yes.":
        "Supprime une personne et tout ce qui la concerne, pour une demande d’effacement ; "
        "l’historique garde la trace de l’effacement, sans ses données. Demande confirmation "
        "sauf avec --yes.",
    "erase without asking": "effacer sans demander",
    "The retention period is now {months} months.":
        "La durée de conservation est maintenant de {months} mois.",
    "Retention period: {months} months; reached: people who left before {cutoff}.":
        "Durée de conservation : {months} mois ; concernées : les personnes parties avant le "
        "{cutoff}.",
    "People to anonymise: {count}.": "Personnes à anonymiser : {count}.",
    "People with no departure date who arrived before {cutoff}: {count}; the rule does not reach them until their departure date is recorded.":
        "Personnes sans date de départ arrivées avant le {cutoff} : {count} ; la règle ne les "
        "concerne pas tant que leur date de départ n’est pas enregistrée.",
    "Anonymising cannot be undone": "Une anonymisation est définitive",
    "Anonymise these people? This cannot be undone. [y/N] ":
        "Anonymiser ces personnes ? C’est définitif. [o/N] ",
    "Nobody was anonymised.": "Personne n’a été anonymisé.",
    "People anonymised: {count}.": "Personnes anonymisées : {count}.",
    "Everything held on person #{id} written to {path}.":
        "Tout ce qui est conservé sur la personne n° {id} a été écrit dans {path}.",
    "An erasure cannot be undone": "Un effacement est définitif",
    "Erase this person and everything linked to them? This cannot be undone. [y/N] ":
        "Effacer cette personne et tout ce qui la concerne ? C’est définitif. [o/N] ",
    "Nobody was erased.": "Personne n’a été effacé.",
    "Erased person #{id}.": "Personne n° {id} effacée.",
    "The retention period must be from {low} to {high} months, not {months}.":
        "La durée de conservation doit être de {low} à {high} mois, et non {months}.",
    "{path}: the export is written as .json or .pdf; give one of these names.":
        "{path} : l’export s’écrit en .json ou en .pdf ; donnez un nom de l’un de ces types.",
    "Personal data held on one person": "Données personnelles conservées sur une personne",
    "Internal id #{id} · made on {when} by {staff}":
        "Identifiant interne n° {id} · établi le {when} par {staff}",
    "This document lists everything the welcome desk holds on this person, as the database holds it at the moment of the export: identity and stay, records, checklist, appointments, counter visits, and the trail of every change.":
        "Ce document liste tout ce que l’accueil conserve sur cette personne, tel que la base le "
        "contient au moment de l’export : identité et séjour, dossiers, liste d’étapes, "
        "rendez-vous, passages à l’accueil et historique de chaque modification.",
    "Registered": "Enregistrée le",
    "Last changed": "Dernière modification",
    "Anonymised on": "Anonymisée le",
    "Identity and stay": "Identité et séjour",
    "Source": "Source",
    "Id": "Identifiant",
    "Kind": "Type",
    "Address": "Adresse",
    "Paperwork": "Démarches",
    "From": "Du",
    "To": "Au",
    "Nothing recorded.": "Rien d’enregistré.",
    "European health insurance card": "Carte européenne d’assurance maladie",
    "Card valid until": "Carte valable jusqu’au",
    "Complementary health insurance": "Complémentaire santé (mutuelle)",
    "Doctor declared": "Médecin traitant déclaré",
    "Administrative papers": "Papiers administratifs",
    "Visa": "Visa",
    "Visa valid until": "Visa valable jusqu’au",
    "VLS-TS validated on": "VLS-TS validé le",
    "Residence permit number": "Numéro du titre de séjour",
    "Residence permit valid until": "Titre de séjour valable jusqu’au",
    "Checklist": "Liste d’étapes",
    "no longer applies": "ne s’applique plus",
    "Area": "Domaine",
    "Status": "État",
    "Due": "Échéance",
    "Done": "Fait le",
    "Step": "Étape",
    "Notes": "Notes",
    "Changes of the steps": "Modifications des étapes",
    "Field": "Champ",
    "When": "Quand",
    "By": "Par",
    "Appointments": "Rendez-vous",
    "Place": "Lieu",
    "Purpose": "Objet",
    "Counter visits": "Passages à l’accueil",
    "Received by": "Reçu(e) par",
    "Purposes": "Motifs",
    "Trail of changes": "Historique des modifications",
    "Every change made to the person's data: when, by whom, what, and each value before and after.":
        "Chaque modification des données de la personne : quand, par qui, quoi, et chaque "
        "valeur avant et après.",
    "Action": "Action",
    "What": "Quoi",
    "Values": "Valeurs",
    "created": "créé",
    "changed": "modifié",
    "deleted": "supprimé",
    "anonymised": "anonymisé",
    "exported": "exporté",
    "erased": "effacé",
    "yes": "oui",
    "no": "non",
    "person": "personne",
    "external id": "identifiant externe",
    "checklist": "liste d’étapes",
    "step": "étape",
    "housing": "logement",
    "healthcare": "santé",
    "administrative papers": "papiers administratifs",
    "appointment": "rendez-vous",
    "visit": "passage",
    "Confidential": "Confidentiel",
    "Visale: {visale}; insurance: {insurance}; CAF: {caf}":
        "Visale : {visale} ; assurance : {insurance} ; CAF : {caf}",
    "arrived on {date}": "arrivée le {date}",
    # Roles and what they allow (shown when a role refuses).
    "Your role ({role}) does not allow you to {what}. Ask an administrator.":
        "Votre rôle ({role}) ne vous autorise pas à {what}. Demandez à un administrateur.",
    "Counter": "Accueil",
    "Adviser": "Conseiller",
    "Coordinator": "Coordinateur",
    "Administrator": "Administrateur",
    "register newcomers": "enregistrer des nouveaux arrivants",
    "change a person's details": "modifier les informations d’une personne",
    "update checklist steps": "mettre à jour les étapes",
    "record visits and appointments": "enregistrer des passages et des rendez-vous",
    "change housing, healthcare and administrative records":
        "modifier les dossiers logement, santé et administratif",
    "re-plan checklists": "replanifier les listes d’étapes",
    "make welcome packs": "faire des livrets d’accueil",
    "see the history of a person's changes": "voir l’historique des modifications d’une personne",
    "import arrival lists": "importer des listes d’arrivées",
    "see and export the statistics": "voir et exporter les statistiques",
    "see who the retention rule reaches": "voir qui la règle de conservation concerne",
    "load demo data": "charger des données de démonstration",
    "manage staff accounts": "gérer les comptes du personnel",
    "change the desk's settings": "modifier les réglages de l’accueil",
    "anonymise people under the retention rule":
        "anonymiser des personnes selon la règle de conservation",
    "export everything held on a person": "exporter tout ce qui est conservé sur une personne",
    "erase a person": "effacer une personne",
    "restore a backup": "restaurer une sauvegarde",
    # Staff accounts and sign-in.
    "A password needs at least {count} characters.":
        "Un mot de passe compte au moins {count} caractères.",
    "A password has at most {count} characters.":
        "Un mot de passe compte au plus {count} caractères.",
    "The password cannot be the user name.":
        "Le mot de passe ne peut pas être le nom d’utilisateur.",
    "A password cannot start or end with a space.":
        "Un mot de passe ne peut ni commencer ni finir par une espace.",
    "A user name has 1 to 64 letters, digits or the signs . _ - @ (no spaces): {name}":
        "Un nom d’utilisateur compte de 1 à 64 lettres, chiffres ou signes . _ - @ "
        "(sans espace) : {name}",
    "Give the person's name as colleagues know it.":
        "Indiquez le nom de la personne tel que ses collègues le connaissent.",
    "The first account must be an administrator's.":
        "Le premier compte doit être celui d’un administrateur.",
    "There is already an account named {name}.": "Il existe déjà un compte nommé {name}.",
    "Wrong user name or password.": "Nom d’utilisateur ou mot de passe incorrect.",
    "Too many wrong passwords for this account: try again in {seconds} s.":
        "Trop de mots de passe erronés pour ce compte : réessayez dans {seconds} s.",
    "Your account has been switched off by an administrator: nothing was changed. Sign out, and ask an administrator.":
        "Votre compte a été désactivé par un administrateur : rien n’a été modifié. "
        "Déconnectez-vous et adressez-vous à un administrateur.",
    "This account is switched off. Ask an administrator.":
        "Ce compte est désactivé. Demandez à un administrateur.",
    "There is no account #{id}.": "Il n’y a pas de compte n° {id}.",
    "There is no account named {name}.": "Il n’y a pas de compte nommé {name}.",
    "The current password is wrong.": "Le mot de passe actuel est incorrect.",
    "The new password must differ from the current one.":
        "Le nouveau mot de passe doit être différent de l’actuel.",
    "This is the last active administrator's account: it stays as it is.":
        "C’est le compte du dernier administrateur actif : il reste tel quel.",
    'The database cannot be copied into itself.':
        'La base ne peut pas être copiée dans elle-même.',
    '{where} is not empty (table {table} has rows): nothing was copied.':
        '{where} n’est pas vide (la table {table} a des lignes) : rien n’a été copié.',
    'The copy of table {table} holds {copied} rows instead of {rows}.':
        'La copie de la table {table} contient {copied} lignes au lieu de {rows}.',
    'copy this database into an empty one':
        'copier cette base dans une base vide',
    "Copy every row of this database (people, journeys, records, accounts, audit trail, settings) into an empty database, e.g. a PostgreSQL server's (postgresql+psycopg://user@host/name; the password from ~/.pgpass or PGPASSWORD). The copy is one transaction, checked by counting each table's rows on both sides; this database is left as it is.":
        'Copie chaque ligne de cette base (personnes, parcours, dossiers, comptes, journal des modifications, réglages) dans une base vide, par exemple celle d’un serveur PostgreSQL (postgresql+psycopg://utilisateur@hôte/nom ; le mot de passe dans ~/.pgpass ou PGPASSWORD). La copie est une seule transaction, vérifiée en comptant les lignes de chaque table des deux côtés ; cette base reste telle quelle.',
    'Copying {table}: {total} rows…':
        'Copie de {table} : {total} lignes…',
    "People copied: {people} ({rows} rows in {tables} tables) into {where}; every table's rows counted on both sides.":
        "Personnes copiées : {people} ({rows} lignes dans {tables} tables) dans {where} ; les "
        "lignes de chaque table comptées des deux côtés.",
    # This computer's database (welcome-desk connect, File › Database…).
    "No system keyring can keep the password of {where} on this computer, and it is never written in plain text. Save the address without its password (the server then takes it from ~/.pgpass, PGPASSWORD or its own authentication), or save it from a desktop session that has a keyring (GNOME Keyring, KWallet, the Windows or macOS one).":
        "Aucun trousseau du système ne peut garder le mot de passe de {where} sur cet ordinateur, "
        "et il n’est jamais écrit en clair. Enregistrez l’adresse sans son mot de passe (le "
        "serveur le prend alors dans ~/.pgpass, PGPASSWORD ou sa propre authentification), ou "
        "enregistrez-la depuis une session de bureau qui a un trousseau (GNOME Keyring, KWallet, "
        "celui de Windows ou de macOS).",
    "The system keyring refused to keep the password of {where}: {reason}.":
        "Le trousseau du système a refusé de garder le mot de passe de {where} : {reason}.",
    "Give the password of {where} as user:password@host, not in the address's options: it is kept in the system keyring, never in the settings file.":
        "Donnez le mot de passe de {where} sous la forme utilisateur:motdepasse@hôte, et non "
        "dans les options de l’adresse : il est gardé dans le trousseau du système, jamais dans "
        "le fichier de réglages.",
    "The database setting {path} cannot be read: {reason}.":
        "Le réglage de la base {path} ne peut pas être lu : {reason}.",
    "The database setting {path} is damaged; choose the database again (welcome-desk connect, or File › Database… in the window).":
        "Le réglage de la base {path} est abîmé ; choisissez de nouveau la base (welcome-desk "
        "connect, ou Fichier › Base de données… dans la fenêtre).",
    "The database setting {path} cannot be written: {reason}.":
        "Le réglage de la base {path} ne peut pas être écrit : {reason}.",
    "The database setting {path} cannot be removed: {reason}.":
        "Le réglage de la base {path} ne peut pas être supprimé : {reason}.",
    "choose the database this computer's desk opens":
        "choisir la base que l’accueil ouvre sur cet ordinateur",
    "Save the database this computer's desk opens: a PostgreSQL server shared by several desks (postgresql+psycopg://user:password@host:5432/name) or a SQLite file. It is opened first (its tables created or migrated, as at any first use) and saved only if that works. The address is kept in the user's configuration without its password; the password goes to the system keyring, never in plain text. --database and WELCOME_DESK_DATABASE still come first.":
        "Enregistre la base que l’accueil ouvre sur cet ordinateur : un serveur PostgreSQL "
        "partagé par plusieurs postes (postgresql+psycopg://utilisateur:motdepasse@hôte:5432/nom) "
        "ou un fichier SQLite. Elle est d’abord ouverte (ses tables créées ou migrées, comme à "
        "toute première utilisation) et enregistrée seulement si cela marche. L’adresse est "
        "gardée dans la configuration de l’utilisateur sans son mot de passe ; le mot de passe va "
        "dans le trousseau du système, jamais en clair. --database et WELCOME_DESK_DATABASE "
        "passent toujours avant.",
    "say which database is used and why": "dire quelle base est utilisée et pourquoi",
    "forget the saved database: back to the local file":
        "oublier la base enregistrée : retour au fichier local",
    "Give either the database's address, --show or --local.":
        "Donnez soit l’adresse de la base, soit --show, soit --local.",
    "This desk now opens {where}; its password is kept in the system keyring. A window already open keeps its database until it is started again.":
        "Ce poste ouvre désormais {where} ; son mot de passe est gardé dans le trousseau du "
        "système. Une fenêtre déjà ouverte garde sa base jusqu’à son prochain démarrage.",
    "This desk now opens {where}. A window already open keeps its database until it is started again.":
        "Ce poste ouvre désormais {where}. Une fenêtre déjà ouverte garde sa base jusqu’à son "
        "prochain démarrage.",
    "welcome-desk: --database comes before this setting for the command it is given to.":
        "welcome-desk : --database passe avant ce réglage pour la commande qui le reçoit.",
    "welcome-desk: WELCOME_DESK_DATABASE is set here and comes before this setting; unset it for the setting to be used.":
        "welcome-desk : WELCOME_DESK_DATABASE est défini ici et passe avant ce réglage ; "
        "supprimez-le pour que le réglage soit utilisé.",
    "This desk now opens the local file {where} again. A window already open keeps its database until it is started again.":
        "Ce poste ouvre de nouveau le fichier local {where}. Une fenêtre déjà ouverte garde sa "
        "base jusqu’à son prochain démarrage.",
    "No database was saved: this desk opens the local file {where}.":
        "Aucune base n’était enregistrée : ce poste ouvre le fichier local {where}.",
    "Chosen by --database.": "Choisie par --database.",
    "Chosen by WELCOME_DESK_DATABASE.": "Choisie par WELCOME_DESK_DATABASE.",
    "The local file: no other database is saved on this computer.":
        "Le fichier local : aucune autre base n’est enregistrée sur cet ordinateur.",
    "Saved in {file}; its password is kept in the system keyring.":
        "Enregistrée dans {file} ; son mot de passe est gardé dans le trousseau du système.",
    "Saved in {file}; no password is kept (the server's own authentication, ~/.pgpass or PGPASSWORD).":
        "Enregistrée dans {file} ; aucun mot de passe n’est gardé (l’authentification du "
        "serveur, ~/.pgpass ou PGPASSWORD).",
    "Saved in {file}.": "Enregistrée dans {file}.",
    "Saved on this computer (used without --database and WELCOME_DESK_DATABASE): {where}.":
        "Enregistrée sur cet ordinateur (utilisée sans --database ni WELCOME_DESK_DATABASE) : "
        "{where}.",
    'No password given; nothing was changed.':
        'Aucun mot de passe donné ; rien n’a été changé.',
    'one person (internal id, #N, or external id)':
        'une personne (identifiant interne, #N, ou identifiant externe)',
    'long-stay student visa (VLS-TS)':
        'visa long séjour étudiant (VLS-TS)',
    'talent passport – researcher':
        'passeport talent – chercheur',
    'talent passport – family':
        'passeport talent – famille',
    'short-stay visa':
        'visa court séjour',
    'Algerian residence certificate':
        'certificat de résidence algérien',
    'other visa':
        'autre visa',
    'no visa needed':
        'pas de visa nécessaire',
    'not requested':
        'non demandé',
    'requested':
        'demandé',
    'granted':
        'accordé',
    'refused':
        'refusé',
}
