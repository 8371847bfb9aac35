<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="72" />
      <source>Staff accounts</source>
      <translation>Comptes du personnel</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="76" />
      <source>User name</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="77" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="78" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="79" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="80" />
      <source>Last sign-in</source>
      <translation>Dernière connexion</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="91" />
      <source>&amp;Add an account…</source>
      <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="92" />
      <source>Change the &amp;role…</source>
      <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="93" />
      <source>&amp;Reset the password…</source>
      <translation>Mot de passe &amp;provisoire…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="94" />
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="192" />
      <source>Switch &amp;off</source>
      <translation>&amp;Désactiver</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="102" />
      <source>Counter: find, register and receive people, tick their steps. Adviser: also records and welcome packs. Coordinator: also imports and statistics. Administrator: also accounts, settings and the audit trail.</source>
      <translation>Accueil : trouver, enregistrer et recevoir les personnes, cocher leurs étapes. Conseiller : aussi les dossiers et les livrets d’accueil. Coordinateur : aussi les imports et les statistiques. Administrateur : aussi les comptes, les réglages et le journal des modifications.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="143" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="150" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="150" />
      <source>no — switched off</source>
      <translation>non — désactivé</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="190" />
      <source>Switch &amp;on</source>
      <translation>&amp;Réactiver</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="228" />
      <source>Change the role</source>
      <translation>Changer le rôle</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="229" />
      <source>Role of %1:</source>
      <translation>Rôle de %1 :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="264" />
      <source>Switch off an account</source>
      <translation>Désactiver un compte</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="266" />
      <source>Switch off the account of %1? They can no longer sign in; their name stays in the history of what they did. You can switch it on again.</source>
      <translation>Désactiver le compte de %1 ? Cette personne ne pourra plus se connecter ; son nom reste dans l’historique de ce qu’elle a fait. Vous pourrez le réactiver.</translation>
    </message>
  </context>
  <context>
    <name>AdministrativeTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="247" />
      <source>not recorded</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="253" />
      <source>Visa:</source>
      <translation>Visa :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="254" />
      <source>Visa valid until:</source>
      <translation>Visa valable jusqu’au :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="255" />
      <source>VLS-TS validated on:</source>
      <translation>VLS-TS validé le :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="256" />
      <source>Residence permit number:</source>
      <translation>Numéro du titre de séjour :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="257" />
      <source>Residence permit valid until:</source>
      <translation>Titre de séjour valable jusqu’au :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="259" />
      <source>A residence permit's expiry adds its renewal step to the checklist.</source>
      <translation>La date d’expiration d’un titre de séjour ajoute l’étape de renouvellement à la liste.</translation>
    </message>
  </context>
  <context>
    <name>AppointmentsTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="29" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="29" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="29" />
      <source>What for</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="29" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="47" />
      <source>When:</source>
      <translation>Quand :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="48" />
      <source>Where:</source>
      <translation>Où :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="49" />
      <source>What for:</source>
      <translation>Objet :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="50" />
      <source>Notes:</source>
      <translation>Notes :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="51" />
      <source>Add the appointment</source>
      <translation>Ajouter le rendez-vous</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="82" />
      <source>Say where the appointment is and what it is for.</source>
      <translation>Indiquez où a lieu le rendez-vous et son objet.</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="59" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="60" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="61" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="62" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="63" />
      <source>Kind of record</source>
      <translation>Type de fiche</translation>
    </message>
  </context>
  <context>
    <name>AuditText</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="39" />
      <source>Family name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="40" />
      <source>Given names</source>
      <translation>Prénoms</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="41" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="42" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="43" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="44" />
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="45" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="46" />
      <source>Preferred language</source>
      <translation>Langue préférée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="47" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="48" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="49" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="50" />
      <source>Faculty or laboratory</source>
      <translation>Faculté ou laboratoire</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="51" />
      <source>Arrival</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="52" />
      <source>Departure</source>
      <translation>Départ</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="53" />
      <source>Accompanying persons</source>
      <translation>Accompagnants</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="54" />
      <source>Anonymised on</source>
      <translation>Anonymisée le</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="55" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="171" />
      <source>External id</source>
      <translation>Identifiant externe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="56" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="57" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="58" />
      <source>Checklist template edition</source>
      <translation>Édition du modèle de liste</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="60" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="61" />
      <source>Area</source>
      <translation>Domaine</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="62" />
      <source>Applies</source>
      <translation>S’applique</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="63" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="64" />
      <source>Reason blocked</source>
      <translation>Motif du blocage</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="65" />
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="66" />
      <source>Opens on</source>
      <translation>Ouverte le</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="67" />
      <source>Due date set by hand</source>
      <translation>Échéance fixée à la main</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="68" />
      <source>Done on</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="69" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="70" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="170" />
      <source>Checklist</source>
      <translation>Liste de démarches</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="72" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="165" />
      <source>Housing</source>
      <translation>Logement</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="73" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="74" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="75" />
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="76" />
      <source>Visale guarantee</source>
      <translation>Garantie Visale</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="77" />
      <source>Home insurance</source>
      <translation>Assurance habitation</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="78" />
      <source>CAF housing aid</source>
      <translation>Aide au logement de la CAF</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="80" />
      <source>Social security</source>
      <translation>Sécurité sociale</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="81" />
      <source>European Health Insurance Card (EHIC)</source>
      <translation>Carte européenne d’assurance maladie (CEAM)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="82" />
      <source>EHIC valid until</source>
      <translation>CEAM valable jusqu’au</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="83" />
      <source>Complementary insurance (mutuelle)</source>
      <translation>Complémentaire santé (mutuelle)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="84" />
      <source>GP (médecin traitant) declared</source>
      <translation>Médecin traitant déclaré</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="86" />
      <source>Visa</source>
      <translation>Visa</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="87" />
      <source>Visa valid until</source>
      <translation>Visa valable jusqu’au</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="88" />
      <source>VLS-TS validated on</source>
      <translation>VLS-TS validé le</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="89" />
      <source>Residence permit number</source>
      <translation>Numéro du titre de séjour</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="90" />
      <source>Residence permit valid until</source>
      <translation>Titre de séjour valable jusqu’au</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="92" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="95" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="93" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="94" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="97" />
      <source>What for</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="96" />
      <source>Received by</source>
      <translation>Reçu par</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="99" />
      <source>User name</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="100" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="101" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="102" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="103" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="104" />
      <source>Must change the password</source>
      <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="105" />
      <source>Password changed</source>
      <translation>Mot de passe changé</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="106" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="107" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="112" />
      <source>Registered</source>
      <translation>Enregistrée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="113" />
      <source>Details changed</source>
      <translation>Coordonnées modifiées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="114" />
      <source>Deleted</source>
      <translation>Supprimée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="115" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="156" />
      <source>Anonymised</source>
      <translation>Anonymisée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="116" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="157" />
      <source>Erased</source>
      <translation>Effacée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="117" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="158" />
      <source>Personal data exported</source>
      <translation>Données personnelles exportées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="118" />
      <source>Demo people added</source>
      <translation>Personnes de démonstration ajoutées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="119" />
      <source>External id added</source>
      <translation>Identifiant externe ajouté</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="120" />
      <source>External id changed</source>
      <translation>Identifiant externe modifié</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="121" />
      <source>External id removed</source>
      <translation>Identifiant externe retiré</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="122" />
      <source>Checklist made</source>
      <translation>Liste de démarches créée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="123" />
      <source>Checklist changed</source>
      <translation>Liste de démarches modifiée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="124" />
      <source>Checklist removed</source>
      <translation>Liste de démarches retirée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="125" />
      <source>Step “%1” added</source>
      <translation>Étape « %1 » ajoutée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="126" />
      <source>Step “%1” updated</source>
      <translation>Étape « %1 » mise à jour</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="127" />
      <source>Step “%1” removed</source>
      <translation>Étape « %1 » retirée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="128" />
      <source>Housing added</source>
      <translation>Logement ajouté</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="129" />
      <source>Housing changed</source>
      <translation>Logement modifié</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="130" />
      <source>Housing removed</source>
      <translation>Logement retiré</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="131" />
      <source>Healthcare recorded</source>
      <translation>Santé renseignée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="132" />
      <source>Healthcare changed</source>
      <translation>Santé modifiée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="133" />
      <source>Healthcare removed</source>
      <translation>Santé retirée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="134" />
      <source>Papers recorded</source>
      <translation>Papiers renseignés</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="135" />
      <source>Papers changed</source>
      <translation>Papiers modifiés</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="136" />
      <source>Papers removed</source>
      <translation>Papiers retirés</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="137" />
      <source>Appointment added</source>
      <translation>Rendez-vous ajouté</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="138" />
      <source>Appointment changed</source>
      <translation>Rendez-vous modifié</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="139" />
      <source>Appointment removed</source>
      <translation>Rendez-vous retiré</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="140" />
      <source>Visit recorded</source>
      <translation>Passage enregistré</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="141" />
      <source>Visit changed</source>
      <translation>Passage modifié</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="142" />
      <source>Visit removed</source>
      <translation>Passage retiré</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="143" />
      <source>Staff account created</source>
      <translation>Compte créé</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="144" />
      <source>Staff account changed</source>
      <translation>Compte modifié</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="145" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="159" />
      <source>Signed in</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="146" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="160" />
      <source>Sign-in refused</source>
      <translation>Connexion refusée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="147" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="148" />
      <source>Setting changed</source>
      <translation>Réglage modifié</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="153" />
      <source>Added</source>
      <translation>Ajout</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="154" />
      <source>Changed</source>
      <translation>Modification</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="155" />
      <source>Removed</source>
      <translation>Retrait</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="163" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="164" />
      <source>Checklist step</source>
      <translation>Étape de la liste</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="166" />
      <source>Healthcare</source>
      <translation>Santé</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="167" />
      <source>Administrative papers</source>
      <translation>Papiers administratifs</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="168" />
      <source>Appointment</source>
      <translation>Rendez-vous</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="169" />
      <source>Visit</source>
      <translation>Passage</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="172" />
      <source>Staff account</source>
      <translation>Compte du personnel</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="173" />
      <source>Setting</source>
      <translation>Réglage</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="198" />
      <source>female (F)</source>
      <translation>femme (F)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="199" />
      <source>male (M)</source>
      <translation>homme (M)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="200" />
      <source>other or unspecified (X)</source>
      <translation>autre ou non précisé (X)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="215" />
      <source>%1 (system user)</source>
      <translation>%1 (utilisateur du système)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="267" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="268" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="279" />
      <source>(hidden)</source>
      <translation>(masqué)</translation>
    </message>
  </context>
  <context>
    <name>AuditWindow</name>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="132" />
      <source>Audit trail</source>
      <translation>Journal des modifications</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="135" />
      <source>A name, an address, a value…</source>
      <translation>Un nom, une adresse, une valeur…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="136" />
      <source>Part of a staff member's name</source>
      <translation>Une partie du nom d’un membre du personnel</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="138" />
      <source>Any action</source>
      <translation>Toute action</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="143" />
      <source>Any kind of record</source>
      <translation>Tout type de fiche</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="146" />
      <source>Internal id</source>
      <translation>Identifiant interne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="154" />
      <source>&amp;Search</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="159" />
      <source>&amp;Text:</source>
      <translation>&amp;Texte :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="160" />
      <source>S&amp;taff:</source>
      <translation>&amp;Personnel :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="161" />
      <source>Pe&amp;rson:</source>
      <translation>P&amp;ersonne :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="162" />
      <source>A&amp;ction:</source>
      <translation>A&amp;ction :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="163" />
      <source>&amp;Kind:</source>
      <translation>T&amp;ype :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="164" />
      <source>At &amp;most:</source>
      <translation>Au &amp;plus :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="165" />
      <source>&amp;From:</source>
      <translation>&amp;Du :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="166" />
      <source>T&amp;o:</source>
      <translation>A&amp;u :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="203" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="203" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="203" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="259" />
      <source>Searching…</source>
      <translation>Recherche…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="281" />
      <source>Showing the latest %1 entries that match; older ones may exist: narrow the search or raise the limit.</source>
      <translation>Seules les %1 dernières modifications trouvées sont affichées ; il peut y en avoir de plus anciennes : précisez la recherche ou relevez la limite.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="286" />
      <source>%n change(s) found.</source>
      <translation>
        <numerusform>%n modification trouvée.</numerusform>
        <numerusform>%n modifications trouvées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="349" />
      <source>This person is no longer in the register.</source>
      <translation>Cette personne n’est plus dans le registre.</translation>
    </message>
  </context>
  <context>
    <name>ChecklistModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="132" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="133" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="134" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="135" />
      <source>Done</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="136" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="187" />
      <source>%1 of %2 done</source>
      <translation>%1 sur %2 faites</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="245" />
      <source>No longer applies to this person (kept with its history).</source>
      <translation>Ne concerne plus cette personne (conservée avec son historique).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="250" />
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>En retard de %n jour</numerusform>
        <numerusform>En retard de %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="252" />
      <source>Due in %n day(s)</source>
      <translation>
        <numerusform>Échéance dans %n jour</numerusform>
        <numerusform>Échéance dans %n jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="254" />
      <source>Due date set by hand</source>
      <translation>Échéance fixée à la main</translation>
    </message>
  </context>
  <context>
    <name>ChecklistTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="125" />
      <source>Set due date</source>
      <translation>Fixer l’échéance</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="128" />
      <source>Notes on this step (what was said, what is missing)</source>
      <translation>Notes sur cette étape (ce qui a été dit, ce qui manque)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="132" />
      <source>Save notes</source>
      <translation>Enregistrer les notes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="138" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="140" />
      <source>Due date:</source>
      <translation>Échéance :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="162" />
      <source>Space: done / not done · 1: to do · 2: in progress · 3: done · 4: not applicable · 5: blocked · Ctrl+R: record a visit</source>
      <translation>Espace : faite / pas faite · 1 : à faire · 2 : en cours · 3 : faite · 4 : sans objet · 5 : bloquée · Ctrl+R : noter une visite</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="252" />
      <source>Blocked step</source>
      <translation>Étape bloquée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="253" />
      <source>Why is this step blocked?
%1</source>
      <translation>Pourquoi cette étape est-elle bloquée ?
%1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="338" />
      <source>Choose a step in the list.</source>
      <translation>Choisissez une étape dans la liste.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="344" />
      <source>Status: %1</source>
      <translation>État : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="346" />
      <source>done on %1</source>
      <translation>faite le %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="348" />
      <source>reason: %1</source>
      <translation>motif : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="350" />
      <source>no longer applies to this person</source>
      <translation>ne concerne plus cette personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="362" />
      <source>To bring:</source>
      <translation>À apporter :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="401" />
      <source>Set the due date…</source>
      <translation>Fixer l’échéance…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="402" />
      <source>Edit the notes…</source>
      <translation>Modifier les notes…</translation>
    </message>
  </context>
  <context>
    <name>ColumnsModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="109" />
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="111" />
      <source>Used as</source>
      <translation>Utilisée comme</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="125" />
      <source>Not used (ignored)</source>
      <translation>Non utilisée (ignorée)</translation>
    </message>
  </context>
  <context>
    <name>ConflictPanel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="146" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="146" />
      <source>Saved meanwhile</source>
      <translation>Enregistré entre-temps</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="146" />
      <source>Yours</source>
      <translation>Votre saisie</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="163" />
      <source>Their changes to fields you did not touch are now in the form. Where you both changed a field (in bold), your value is in the form: check it, then save again.</source>
      <translation>Leurs changements sur les champs que vous n’avez pas touchés sont repris dans le formulaire. Là où vous avez tous deux changé un champ (en gras), votre valeur est dans le formulaire : vérifiez-la, puis enregistrez de nouveau.</translation>
    </message>
  </context>
  <context>
    <name>CountsForm</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="108" />
      <source>Rows in the file:</source>
      <translation>Lignes du fichier :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="109" />
      <source>New people:</source>
      <translation>Nouvelles personnes :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="110" />
      <source>People updated:</source>
      <translation>Personnes mises à jour :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="111" />
      <source>People unchanged:</source>
      <translation>Personnes inchangées :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="112" />
      <source>Rows rejected:</source>
      <translation>Lignes rejetées :</translation>
    </message>
  </context>
  <context>
    <name>DashboardWidget</name>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="102" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="102" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="102" />
      <source>Arrival</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="105" />
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="105" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="105" />
      <source>Late by</source>
      <translation>Retard</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="106" />
      <source>Expires</source>
      <translation>Expire le</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="106" />
      <source>In</source>
      <translation>Dans</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="108" />
      <source>Arriving today</source>
      <translation>Arrivent aujourd’hui</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="109" />
      <source>Arriving in the next 7 days</source>
      <translation>Arrivent dans les 7 prochains jours</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="110" />
      <source>Late steps</source>
      <translation>Étapes en retard</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="111" />
      <source>Residence permits expiring</source>
      <translation>Titres de séjour arrivant à expiration</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="113" />
      <source>Welcome packs for these arrivals…</source>
      <translation>Livrets d’accueil pour ces arrivées…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="180" />
      <source>%1 people registered · %2 late steps for %3 people · today: %4</source>
      <translation>%1 personnes enregistrées · %2 étapes en retard pour %3 personnes · aujourd’hui : %4</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="186" />
      <source>No arrival</source>
      <translation>Aucune arrivée</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="206" />
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="221" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="211" />
      <source>No late step</source>
      <translation>Aucune étape en retard</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="226" />
      <source>No permit expiring</source>
      <translation>Aucun titre n’expire bientôt</translation>
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="73" />
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="329" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="91" />
      <source>This desk opened: %1</source>
      <translation>Ce poste a ouvert : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="98" />
      <source>It was chosen by --database, which comes before this setting.</source>
      <translation>Elle a été choisie par --database, qui passe avant ce réglage.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="102" />
      <source>It was chosen by WELCOME_DESK_DATABASE, which comes before this setting.</source>
      <translation>Elle a été choisie par WELCOME_DESK_DATABASE, qui passe avant ce réglage.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="107" />
      <source>&amp;Local file on this computer (the default)</source>
      <translation>&amp;Fichier local sur cet ordinateur (par défaut)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="111" />
      <source>&amp;Server shared by several desks (PostgreSQL)</source>
      <translation>&amp;Serveur partagé par plusieurs postes (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="116" />
      <source>e.g. db.example.org</source>
      <translation>p. ex. db.example.org</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="127" />
      <source>&amp;Host:</source>
      <translation>&amp;Hôte :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="128" />
      <source>P&amp;ort:</source>
      <translation>P&amp;ort :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="129" />
      <source>&amp;Database name:</source>
      <translation>Nom de la &amp;base :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="130" />
      <source>&amp;User:</source>
      <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="131" />
      <source>Pass&amp;word:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="136" />
      <source>&amp;Test the connection</source>
      <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="144" />
      <source>The desk opens the chosen database at its next start.</source>
      <translation>L’accueil ouvre la base choisie à son prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="146" />
      <source>The desk opens the chosen database as soon as it is saved.</source>
      <translation>L’accueil ouvre la base choisie dès qu’elle est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="196" />
      <source>No system keyring on this computer: leave the password empty and let the server know this desk another way (~/.pgpass, PGPASSWORD, its own authentication). A password is never written in a file.</source>
      <translation>Pas de trousseau du système sur cet ordinateur : laissez le mot de passe vide et laissez le serveur reconnaître ce poste autrement (~/.pgpass, PGPASSWORD, sa propre authentification). Un mot de passe n’est jamais écrit dans un fichier.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="204" />
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="209" />
      <source>The password is kept in the system keyring, never in a file.</source>
      <translation>Le mot de passe est gardé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="206" />
      <source>kept in the system keyring</source>
      <translation>gardé dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="227" />
      <source>Give the server's host and the database's name.</source>
      <translation>Indiquez l’hôte du serveur et le nom de la base.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="256" />
      <source>Connecting to %1…</source>
      <translation>Connexion à %1…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="272" />
      <source>The connection could not be tried (%1).</source>
      <translation>La connexion n’a pas pu être essayée (%1).</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="296" />
      <source>The connection works: the database %1 is ready.</source>
      <translation>La connexion fonctionne : la base %1 est prête.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="331" />
      <source>Saved: the desk opens %1 at its next start. Close the desk and start it again to work there.</source>
      <translation>Enregistré : l’accueil ouvre %1 à son prochain démarrage. Fermez l’accueil et relancez-le pour y travailler.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="350" />
      <source>Choose the &amp;database…</source>
      <translation>Choisir la &amp;base de données…</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../src/welcome_desk/ui/date_field.py" line="130" />
      <source>not known</source>
      <translation>inconnue</translation>
    </message>
  </context>
  <context>
    <name>DemoOffer</name>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="30" />
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="71" />
      <source>Empty database</source>
      <translation>Base de données vide</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="31" />
      <source>The database is empty. Add %1 fictitious newcomers to try the desk with?

They are marked as demo people (ids DEMO-…).</source>
      <translation>La base de données est vide. Ajouter %1 nouveaux arrivants fictifs pour essayer l’accueil ?

Ils sont marqués comme personnes de démonstration (identifiants DEMO-…).</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="42" />
      <source>Adding demo newcomers…</source>
      <translation>Ajout des nouveaux arrivants de démonstration…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="43" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="72" />
      <source>The demo newcomers could not be added: %1</source>
      <translation>Les nouveaux arrivants de démonstration n’ont pas pu être ajoutés : %1</translation>
    </message>
  </context>
  <context>
    <name>DuplicateBanner</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="81" />
      <source>Already registered? These people have the same name and date of birth. Open one of them, or save this registration anyway.</source>
      <translation>Déjà enregistré ? Ces personnes ont le même nom et la même date de naissance. Ouvrez l’une d’elles, ou enregistrez quand même cette inscription.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="88" />
      <source>&amp;Open this person</source>
      <translation>&amp;Ouvrir cette personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="89" />
      <source>Save &amp;anyway</source>
      <translation>Enregistrer &amp;quand même</translation>
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="105" />
      <source>Erase this person</source>
      <translation>Effacer cette personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="115" />
      <source>Arrived on %1.</source>
      <translation>Date d’arrivée : %1.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="117" />
      <source>External ids: %1.</source>
      <translation>Identifiants externes : %1.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="124" />
      <source>&lt;b&gt;Everything the desk holds on this person is deleted&lt;/b&gt;: their details, external ids, checklist and the history of its steps, housing, healthcare and administrative records, appointments and counter visits.</source>
      <translation>&lt;b&gt;Tout ce que l’accueil conserve sur cette personne est supprimé&lt;/b&gt; : son identité et ses coordonnées, ses identifiants externes, sa liste d’étapes et leur historique, ses fiches logement, santé et administratives, ses rendez-vous et ses visites au guichet.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="130" />
      <source>The audit trail keeps &lt;b&gt;only that an erasure happened&lt;/b&gt; (when and by whom), not who the person was; their earlier entries keep who did what and when, without the values.</source>
      <translation>Le journal des modifications garde &lt;b&gt;seulement qu’un effacement a eu lieu&lt;/b&gt; (quand et par qui), pas qui était la personne ; ses entrées antérieures gardent qui a fait quoi et quand, sans les valeurs.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="136" />
      <source>&lt;b&gt;Backups made before still hold the person&lt;/b&gt; until they rotate out (%1 daily and %2 weekly copies: about five weeks). Copies made by hand, and those kept before a migration or a restore (…-before-migration-…, …-before-restore-… in the backups folder), are never rotated: delete those made before this erasure, or keep them as protected as the database. A backup restored later brings them back: erase them again.</source>
      <translation>&lt;b&gt;Les sauvegardes antérieures contiennent encore la personne&lt;/b&gt; jusqu’à leur rotation (%1 copies quotidiennes et %2 hebdomadaires : environ cinq semaines). Les copies faites à la main et celles gardées avant une migration ou une restauration (…-before-migration-…, …-before-restore-… dans le dossier des sauvegardes) ne sont jamais supprimées automatiquement : effacez celles qui précèdent cet effacement, ou protégez-les autant que la base. Une sauvegarde restaurée plus tard la ramène : effacez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="147" />
      <source>&lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
      <translation>&lt;b&gt;C’est définitif.&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="156" />
      <source>To confirm, type their family name (%1) or their number (%2):</source>
      <translation>Pour confirmer, tapez son nom de famille (%1) ou son numéro (%2) :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="168" />
      <source>&amp;Erase for good</source>
      <translation>&amp;Effacer définitivement</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="132" />
      <source>No file chosen yet</source>
      <translation>Aucun fichier choisi</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="133" />
      <source>&amp;Choose a file…</source>
      <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="138" />
      <source>The system the file's ids come from. Importing a file again with the same source updates the people it names instead of adding them twice.</source>
      <translation>Le système d’où viennent les identifiants du fichier. Importer de nouveau un fichier de la même source met à jour les personnes qu’il nomme au lieu de les ajouter deux fois.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="146" />
      <source>&amp;File:</source>
      <translation>&amp;Fichier :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="151" />
      <source>&amp;Source of the ids:</source>
      <translation>&amp;Source des identifiants :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="164" />
      <source>First rows</source>
      <translation>Premières lignes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="165" />
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="174" />
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="195" />
      <source>%1 rows; %2 columns recognised: %3.</source>
      <translation>%1 lignes ; %2 colonnes reconnues : %3.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="206" />
      <source>Every column of the file is used.</source>
      <translation>Toutes les colonnes du fichier sont utilisées.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../src/welcome_desk/ui/list_filters.py" line="26" />
      <source>All categories</source>
      <translation>Toutes les catégories</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/list_filters.py" line="29" />
      <source>Arriving in</source>
      <translation>Arrivant en</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/list_filters.py" line="36" />
      <source>With late steps</source>
      <translation>Avec des étapes en retard</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/list_filters.py" line="39" />
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="64" />
      <source>Welcome Desk — first start</source>
      <translation>Welcome Desk — premier démarrage</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="66" />
      <source>No staff account exists yet on this database. How should the desk open?</source>
      <translation>Aucun compte du personnel n’existe encore dans cette base. Comment l’accueil doit-il s’ouvrir ?</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="69" />
      <source>&amp;Create the administrator account</source>
      <translation>&amp;Créer le compte administrateur</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="73" />
      <source>Everyone signs in with their own account. The administrator adds the colleagues' accounts and chooses what each role may do: counter, adviser, coordinator, administrator.</source>
      <translation>Chacun se connecte avec son propre compte. L’administrateur ajoute les comptes des collègues et choisit ce que chaque rôle peut faire : accueil, conseiller, coordinateur, administrateur.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="79" />
      <source>This PC is a &amp;single desk: open without signing in</source>
      <translation>Ce PC est un &amp;poste unique : ouvrir sans connexion</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="83" />
      <source>No accounts: whoever uses this computer works as administrator, under the computer's user name (%1). An administrator can turn sign-in on later in Administration › Settings.</source>
      <translation>Pas de comptes : quiconque utilise cet ordinateur travaille en administrateur, sous le nom d’utilisateur de l’ordinateur (%1). Un administrateur peut activer la connexion plus tard dans Administration › Réglages.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="95" />
      <source>e.g. mdupont</source>
      <translation>p. ex. mdupont</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="96" />
      <source>e.g. Marie Dupont</source>
      <translation>p. ex. Marie Dupont</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="100" />
      <source>&amp;User name:</source>
      <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="101" />
      <source>&amp;Name (as colleagues know it):</source>
      <translation>&amp;Nom (tel que les collègues le connaissent) :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="108" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="135" />
      <source>Create and &amp;open</source>
      <translation>Créer et &amp;ouvrir</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="142" />
      <source>&amp;Open without sign-in</source>
      <translation>&amp;Ouvrir sans connexion</translation>
    </message>
  </context>
  <context>
    <name>FormTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="64" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
  </context>
  <context>
    <name>HealthcareTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="172" />
      <source>European Health Insurance Card (EHIC)</source>
      <translation>Carte européenne d’assurance maladie (CEAM)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="174" />
      <source>Complementary insurance (mutuelle)</source>
      <translation>Complémentaire santé (mutuelle)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="175" />
      <source>GP (médecin traitant) declared</source>
      <translation>Médecin traitant déclaré</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="176" />
      <source>Social security:</source>
      <translation>Sécurité sociale :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="178" />
      <source>EHIC valid until:</source>
      <translation>CEAM valable jusqu’au :</translation>
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="35" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="36" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="38" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="39" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="40" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="92" />
      <source>Showing the latest %1 changes only.</source>
      <translation>Seules les %1 dernières modifications sont affichées.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="95" />
      <source>No change recorded yet.</source>
      <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="37" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
  </context>
  <context>
    <name>HousingTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="41" />
      <source>Housing</source>
      <translation>Logement</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="42" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="43" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="44" />
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="45" />
      <source>Visale</source>
      <translation>Visale</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="46" />
      <source>Insurance</source>
      <translation>Assurance</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="47" />
      <source>CAF</source>
      <translation>CAF</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="69" />
      <source>Home insurance taken out</source>
      <translation>Assurance habitation souscrite</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="73" />
      <source>Kind:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="74" />
      <source>Address:</source>
      <translation>Adresse :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="75" />
      <source>From:</source>
      <translation>Du :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="76" />
      <source>To:</source>
      <translation>Au :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="77" />
      <source>Visale guarantee:</source>
      <translation>Garantie Visale :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="79" />
      <source>CAF housing aid:</source>
      <translation>Aide au logement CAF :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="80" />
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="151" />
      <source>New housing</source>
      <translation>Nouveau logement</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="112" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="112" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="151" />
      <source>Change this housing</source>
      <translation>Modifier ce logement</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="84" />
      <source>Import newcomers</source>
      <translation>Importer des nouveaux arrivants</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="94" />
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="95" />
      <source>Cancel the import</source>
      <translation>Annuler l’import</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="97" />
      <source>&amp;Save the rejects…</source>
      <translation>&amp;Enregistrer les rejets…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="129" />
      <source>Choose the file to import</source>
      <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="131" />
      <source>CSV or Excel (*.csv *.xlsx)</source>
      <translation>CSV ou Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="131" />
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="142" />
      <source>Reading the file…</source>
      <translation>Lecture du fichier…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="160" />
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="199" />
      <source>Checking every row…</source>
      <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="165" />
      <source>Give the source of the ids (the system they come from).</source>
      <translation>Indiquez la source des identifiants (le système d’où ils viennent).</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="211" />
      <source>Checking every row… %1 of %2</source>
      <translation>Vérification de chaque ligne… %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="222" />
      <source>If you import now (checked without saving anything):</source>
      <translation>Si vous importez maintenant (vérifié sans rien enregistrer) :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="253" />
      <source>Cancelling… nothing will be saved.</source>
      <translation>Annulation… rien ne sera enregistré.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="264" />
      <source>The import was cancelled: nothing was saved.</source>
      <translation>L’import a été annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="277" />
      <source>%1-rejects.csv</source>
      <translation>%1-rejets.csv</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="280" />
      <source>Save the rejected rows</source>
      <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="282" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="289" />
      <source>Choose another file: this one is the file imported.</source>
      <translation>Choisissez un autre fichier : celui-ci est le fichier importé.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="304" />
      <source>The rejected rows are saved in %1.</source>
      <translation>Les lignes rejetées sont enregistrées dans %1.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="310" />
      <source>The rejected rows could not be saved in %1: %2.</source>
      <translation>Les lignes rejetées n’ont pas pu être enregistrées dans %1 : %2.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="337" />
      <source>Something went wrong (%1); the details are in the log.</source>
      <translation>Un problème est survenu (%1) ; le détail est dans le journal.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="345" />
      <source>The import stopped: nothing was saved. %1</source>
      <translation>L’import s’est arrêté : rien n’a été enregistré. %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="353" />
      <source>%1 Nothing was saved.</source>
      <translation>%1 Rien n’a été enregistré.</translation>
    </message>
  </context>
  <context>
    <name>ImportFields</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="17" />
      <source>External id</source>
      <translation>Identifiant externe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="18" />
      <source>Family name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="19" />
      <source>Given names</source>
      <translation>Prénoms</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="20" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="21" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="22" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="23" />
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="24" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="25" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="26" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="27" />
      <source>Host unit</source>
      <translation>Composante</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="28" />
      <source>Arrival date</source>
      <translation>Date d’arrivée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="29" />
      <source>Departure date</source>
      <translation>Date de départ</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="30" />
      <source>Preferred language</source>
      <translation>Langue préférée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="31" />
      <source>Accompanying persons</source>
      <translation>Accompagnants</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="97" />
      <location filename="../../src/welcome_desk/ui/main_window.py" line="472" />
      <location filename="../../src/welcome_desk/ui/main_window.py" line="517" />
      <source>Welcome Desk</source>
      <translation>Welcome Desk</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="101" />
      <source>Search by name, id or email (Ctrl+F)</source>
      <translation>Rechercher par nom, identifiant ou courriel (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="151" />
      <source>Database: %1</source>
      <translation>Base de données : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="207" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="209" />
      <source>&amp;New person…</source>
      <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="211" />
      <source>&amp;Import a list…</source>
      <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="213" />
      <source>&amp;Edit this person…</source>
      <translation>&amp;Modifier cette personne…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="220" />
      <source>Welcome &amp;pack…</source>
      <translation>&amp;Livret d’accueil…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="223" />
      <source>Welcome packs for the &amp;arrivals…</source>
      <translation>Livrets d’accueil des &amp;arrivées…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="229" />
      <source>Export personal &amp;data…</source>
      <translation>Exporter les &amp;données personnelles…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="232" />
      <source>E&amp;rase this person…</source>
      <translation>Effa&amp;cer cette personne…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="239" />
      <source>Data&amp;base…</source>
      <translation>&amp;Base de données…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="242" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="244" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="245" />
      <source>&amp;Dashboard</source>
      <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="246" />
      <source>&amp;People</source>
      <translation>&amp;Personnes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="248" />
      <source>&amp;Statistics</source>
      <translation>&amp;Statistiques</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="253" />
      <source>&amp;Find a person</source>
      <translation>&amp;Chercher une personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="257" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="262" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="265" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="270" />
      <source>&amp;About Welcome Desk</source>
      <translation>À &amp;propos de Welcome Desk</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="278" />
      <source>Audit &amp;trail…</source>
      <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="311" />
      <source>&amp;Administration</source>
      <translation>&amp;Administration</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="315" />
      <source>Personal data &amp;retention…</source>
      <translation>&amp;Conservation des données personnelles…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/main_window.py" line="463" />
      <source>%n person(s) found</source>
      <translation>
        <numerusform>%n personne trouvée</numerusform>
        <numerusform>%n personnes trouvées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/main_window.py" line="465" />
      <source>%n person(s) of %1</source>
      <translation>
        <numerusform>%n personne sur %1</numerusform>
        <numerusform>%n personnes sur %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="517" />
      <source>This person is no longer in the register.</source>
      <translation>Cette personne n’est plus dans le registre.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="621" />
      <source>About Welcome Desk</source>
      <translation>À propos de Welcome Desk</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="623" />
      <source>Welcome Desk %1
Maison Internationale — Université de Lille and City of Lille

Database: %2</source>
      <translation>Welcome Desk %1
Maison Internationale — Université de Lille et Ville de Lille

Base de données : %2</translation>
    </message>
  </context>
  <context>
    <name>NewAccountDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="291" />
      <source>Add an account</source>
      <translation>Ajouter un compte</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="292" />
      <source>e.g. mdupont</source>
      <translation>p. ex. mdupont</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="293" />
      <source>e.g. Marie Dupont</source>
      <translation>p. ex. Marie Dupont</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="307" />
      <source>&amp;First password:</source>
      <translation>&amp;Premier mot de passe :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="297" />
      <source>Ask for a new password at the first sign-in</source>
      <translation>Demander un nouveau mot de passe à la première connexion</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="301" />
      <source>&amp;User name:</source>
      <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="302" />
      <source>&amp;Name (as colleagues know it):</source>
      <translation>&amp;Nom (tel que les collègues le connaissent) :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="303" />
      <source>R&amp;ole:</source>
      <translation>R&amp;ôle :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="313" />
      <source>&amp;Add</source>
      <translation>&amp;Ajouter</translation>
    </message>
  </context>
  <context>
    <name>NewPasswordDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="282" />
      <source>Change my password</source>
      <translation>Changer mon mot de passe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="286" />
      <source>%1, an administrator gave you a temporary password. Choose your own now: only you will know it.</source>
      <translation>%1, un administrateur vous a donné un mot de passe provisoire. Choisissez le vôtre maintenant : vous seul le connaîtrez.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="296" />
      <source>&amp;Current password:</source>
      <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="301" />
      <source>&amp;New password:</source>
      <translation>&amp;Nouveau mot de passe :</translation>
    </message>
  </context>
  <context>
    <name>OptionalDateEdit</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widgets.py" line="22" />
      <source>Tick when the date is known</source>
      <translation>Cochez quand la date est connue</translation>
    </message>
  </context>
  <context>
    <name>PackBatchDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="90" />
      <source>Welcome packs for the arrivals</source>
      <translation>Livrets d’accueil des arrivées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="101" />
      <source>&amp;Make the packs</source>
      <translation>&amp;Faire les livrets</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="102" />
      <source>Cancel the batch</source>
      <translation>Arrêter la série</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="103" />
      <source>&amp;Open the folder</source>
      <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="129" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="134" />
      <source>Each person's own language</source>
      <translation>La langue de chaque personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="137" />
      <source>No folder chosen yet</source>
      <translation>Aucun dossier choisi</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="138" />
      <source>&amp;Choose…</source>
      <translation>&amp;Choisir…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="144" />
      <source>Arriving from:</source>
      <translation>Arrivées du :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="146" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="147" />
      <source>Folder:</source>
      <translation>Dossier :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="153" />
      <source>One PDF for each person arriving in the period, in their language or in the one you choose. Packs already in the folder are replaced.</source>
      <translation>Un PDF pour chaque personne arrivant dans la période, dans sa langue ou dans celle que vous choisissez. Les livrets déjà présents dans le dossier sont remplacés.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="188" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="188" />
      <source>Why the pack was not made</source>
      <translation>Pourquoi le livret n’a pas été fait</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="219" />
      <source>The period ends before it starts.</source>
      <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="224" />
      <source>Counting the arrivals…</source>
      <translation>Comptage des arrivées…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="236" />
      <source>%n person(s) arriving in this period.</source>
      <translation>
        <numerusform>%n personne arrive dans cette période.</numerusform>
        <numerusform>%n personnes arrivent dans cette période.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="238" />
      <source>Nobody arrives in this period.</source>
      <translation>Personne n’arrive dans cette période.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="248" />
      <source>Folder for the welcome packs</source>
      <translation>Dossier des livrets d’accueil</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="280" />
      <source>the folder does not exist</source>
      <translation>le dossier n’existe pas</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="283" />
      <source>No pack can be written in %1: %2.</source>
      <translation>Aucun livret ne peut être écrit dans %1 : %2.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="298" />
      <source>Making the welcome packs in %1…</source>
      <translation>Préparation des livrets d’accueil dans %1…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="313" />
      <source>%1 of %2</source>
      <translation>%1 sur %2</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="323" />
      <source>Stopping… the packs already made are kept, the others will not be made.</source>
      <translation>Arrêt en cours… les livrets déjà faits sont conservés, les autres ne seront pas faits.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="331" />
      <source>Packs written: %1 of %2.</source>
      <translation>Livrets écrits : %1 sur %2.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="339" />
      <source>Arrivals from %1 to %2 · %3</source>
      <translation>Arrivées du %1 au %2 · %3</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="345" />
      <source>In the folder %1</source>
      <translation>Dans le dossier %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="348" />
      <source>The batch was cancelled: the packs already made are kept, the others were not made.</source>
      <translation>La série a été arrêtée : les livrets déjà faits sont conservés, les autres n’ont pas été faits.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="352" />
      <source>Nobody arrives in this period: no pack made.</source>
      <translation>Personne n’arrive dans cette période : aucun livret fait.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="364" />
      <source>Not made: %1</source>
      <translation>Non faits : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="384" />
      <source>No pack was made. %1</source>
      <translation>Aucun livret n’a été fait. %1</translation>
    </message>
  </context>
  <context>
    <name>PackDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="89" />
      <source>Welcome pack</source>
      <translation>Livret d’accueil</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="95" />
      <source>The pack is written in this language</source>
      <translation>Le livret est rédigé dans cette langue</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="96" />
      <source>&amp;Language of the pack:</source>
      <translation>&amp;Langue du livret :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="111" />
      <source>Preparing the pack…</source>
      <translation>Préparation du livret…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="134" />
      <source>&amp;Save…</source>
      <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="135" />
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="208" />
      <source>Welcome pack — %1</source>
      <translation>Livret d’accueil — %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="209" />
      <source>Pages: %1</source>
      <translation>Pages : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="255" />
      <source>Save the welcome pack</source>
      <translation>Enregistrer le livret d’accueil</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="257" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="271" />
      <source>The pack could not be saved in %1: %2.</source>
      <translation>Le livret n’a pas pu être enregistré dans %1 : %2.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="278" />
      <source>Saved in %1.</source>
      <translation>Enregistré dans %1.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="294" />
      <source>Print the welcome pack</source>
      <translation>Imprimer le livret d’accueil</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="312" />
      <source>Printing…</source>
      <translation>Impression…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="319" />
      <source>Printing… page %1 of %2</source>
      <translation>Impression… page %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="325" />
      <source>Sent to the printer (pages printed: %1).</source>
      <translation>Envoyé à l’imprimante (pages imprimées : %1).</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="333" />
      <source>The printer %1 could not be used; nothing was printed.</source>
      <translation>L’imprimante %1 n’a pas pu être utilisée ; rien n’a été imprimé.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="336" />
      <source>The pack could not be printed (%1); the details are in the log.</source>
      <translation>Le livret n’a pas pu être imprimé (%1) ; le détail est dans le journal.</translation>
    </message>
  </context>
  <context>
    <name>PackText</name>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="28" />
      <source>The welcome pack's data files cannot be used: %1 (folder %2)</source>
      <translation>Les fichiers de données du livret d’accueil sont inutilisables : %1 (dossier %2)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="35" />
      <source>This person is no longer in the register.</source>
      <translation>Cette personne n’est plus dans le registre.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="43" />
      <source>the file could not be written: %1</source>
      <translation>le fichier n’a pas pu être écrit : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="47" />
      <source>this person is no longer in the register</source>
      <translation>cette personne n’est plus dans le registre</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="50" />
      <source>the pack's data files cannot be used: %1</source>
      <translation>les fichiers de données du livret sont inutilisables : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="54" />
      <source>the pack could not be made (%1; the details are in the log)</source>
      <translation>le livret n’a pas pu être fait (%1 ; le détail est dans le journal)</translation>
    </message>
  </context>
  <context>
    <name>PasswordFields</name>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="37" />
      <source>At least %1 characters; not the user name; no space at the start or the end.</source>
      <translation>Au moins %1 caractères ; pas le nom d’utilisateur ; pas d’espace au début ni à la fin.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="52" />
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="53" />
      <source>&amp;Repeat it:</source>
      <translation>&amp;Répétez-le :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="67" />
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="78" />
      <source>This password can be used.</source>
      <translation>Ce mot de passe convient.</translation>
    </message>
  </context>
  <context>
    <name>PeopleTableModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="116" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="117" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="118" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="119" />
      <source>Arrival</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="120" />
      <source>External id</source>
      <translation>Identifiant externe</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="108" />
      <source>* required</source>
      <translation>* obligatoire</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="118" />
      <source>Register a newcomer</source>
      <translation>Enregistrer un nouvel arrivant</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="124" />
      <source>Edit %1</source>
      <translation>Modifier %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="260" />
      <source>What you typed is kept.</source>
      <translation>Ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="271" />
      <source>Discard the changes you typed?</source>
      <translation>Abandonner les changements saisis ?</translation>
    </message>
  </context>
  <context>
    <name>PersonFields</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="63" />
      <source>Family name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="64" />
      <source>Given names</source>
      <translation>Prénoms</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="65" />
      <source>Date of birth</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="66" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="67" />
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="68" />
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="69" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="70" />
      <source>Preferred language</source>
      <translation>Langue préférée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="71" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="72" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="73" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="74" />
      <source>Faculty or laboratory</source>
      <translation>Faculté ou laboratoire</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="75" />
      <source>Arrival</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="76" />
      <source>Departure</source>
      <translation>Départ</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="77" />
      <source>Accompanying persons</source>
      <translation>Accompagnants</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="83" />
      <source>+33 6 12 34 56 78</source>
      <translation>06 12 34 56 78</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="88" />
      <source>not stated</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="89" />
      <source>female (F)</source>
      <translation>femme (F)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="90" />
      <source>male (M)</source>
      <translation>homme (M)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="91" />
      <source>other or unspecified (X)</source>
      <translation>autre ou non précisé (X)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="97" />
      <source>Type part of a country's name</source>
      <translation>Tapez une partie du nom du pays</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="101" />
      <source>choose…</source>
      <translation>choisir…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="133" />
      <source>Identity and contact</source>
      <translation>Identité et contact</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="134" />
      <source>Stay</source>
      <translation>Séjour</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="286" />
      <source>not specified</source>
      <translation>non précisé</translation>
    </message>
  </context>
  <context>
    <name>PersonFile</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="69" />
      <source>long-stay student visa (VLS-TS)</source>
      <translation>visa long séjour étudiant (VLS-TS)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="72" />
      <source>talent passport – researcher</source>
      <translation>passeport talent – chercheur</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="75" />
      <source>talent passport – family</source>
      <translation>passeport talent – famille</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="78" />
      <source>short-stay visa</source>
      <translation>visa court séjour</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="79" />
      <source>Algerian residence certificate</source>
      <translation>certificat de résidence algérien</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="82" />
      <source>other visa</source>
      <translation>autre visa</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="83" />
      <source>no visa needed</source>
      <translation>pas de visa nécessaire</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="90" />
      <source>not requested</source>
      <translation>non demandée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="91" />
      <source>requested</source>
      <translation>demandée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="92" />
      <source>granted</source>
      <translation>accordée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="93" />
      <source>refused</source>
      <translation>refusée</translation>
    </message>
  </context>
  <context>
    <name>PersonFileWidget</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="77" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="78" />
      <source>Back to the list (Esc)</source>
      <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="79" />
      <source>Welcome pack…</source>
      <translation>Livret d’accueil…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="80" />
      <source>Preview, save or print the welcome pack (Ctrl+P)</source>
      <translation>Voir, enregistrer ou imprimer le livret d’accueil (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="83" />
      <source>Personal data</source>
      <translation>Données personnelles</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="85" />
      <source>Export everything held on this person, or erase them</source>
      <translation>Exporter tout ce qui est conservé sur cette personne, ou l’effacer</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="100" />
      <source>&amp;Checklist</source>
      <translation>&amp;Démarches</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="101" />
      <source>H&amp;ousing</source>
      <translation>&amp;Logement</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="102" />
      <source>H&amp;ealthcare</source>
      <translation>&amp;Santé</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="103" />
      <source>&amp;Administrative</source>
      <translation>&amp;Administratif</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="104" />
      <source>A&amp;ppointments</source>
      <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="105" />
      <source>&amp;Visits</source>
      <translation>&amp;Visites</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="106" />
      <source>H&amp;istory</source>
      <translation>&amp;Historique</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="167" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="195" />
      <source>This person is no longer in the register.</source>
      <translation>Cette personne n’est plus dans le registre.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="215" />
      <source>The file could not be read.</source>
      <translation>Le dossier n’a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="217" />
      <source>This person's file could not be read.</source>
      <translation>Le dossier de cette personne n’a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="220" />
      <source>Welcome Desk</source>
      <translation>Welcome Desk</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="227" />
      <source>Saved.</source>
      <translation>Enregistré.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="284" />
      <source>Unsaved changes</source>
      <translation>Changements non enregistrés</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="285" />
      <source>Changes in %1 are not saved. Leave them unsaved?</source>
      <translation>Les changements de %1 ne sont pas enregistrés. Les abandonner ?</translation>
    </message>
  </context>
  <context>
    <name>PersonFormText</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_text.py" line="47" />
      <source>born %1</source>
      <translation>naissance %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_text.py" line="50" />
      <source>arrival %1</source>
      <translation>arrivée %1</translation>
    </message>
  </context>
  <context>
    <name>PersonHeader</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="30" />
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="75" />
      <source>%v of %m steps done</source>
      <translation>Étapes faites : %v sur %m</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="55" />
      <source>EU/EEA/Swiss</source>
      <translation>UE/EEE/Suisse</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="55" />
      <source>non-EU</source>
      <translation>hors UE</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="64" />
      <source>Arrival: %1</source>
      <translation>Arrivée : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="66" />
      <source>Departure: %1</source>
      <translation>Départ : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="73" />
      <source>No checklist</source>
      <translation>Pas de liste des démarches</translation>
    </message>
  </context>
  <context>
    <name>PersonPrivacy</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="246" />
      <source>This person is no longer in the register.</source>
      <translation>Cette personne n’est plus dans le registre.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="251" />
      <source>Welcome Desk</source>
      <translation>Welcome Desk</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="273" />
      <source>Writing the personal data…</source>
      <translation>Écriture des données personnelles…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="280" />
      <source>JSON, for another program (*.json)</source>
      <translation>JSON, pour un autre logiciel (*.json)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="281" />
      <source>PDF document, for the person to read (*.pdf)</source>
      <translation>Document PDF, lisible par la personne (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="284" />
      <source>Export everything held on %1</source>
      <translation>Exporter tout ce qui est conservé sur %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="297" />
      <source>Personal data exported.</source>
      <translation>Données personnelles exportées.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="301" />
      <source>Personal data exported</source>
      <translation>Données personnelles exportées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="302" />
      <source>Everything held on %1 was written to %2.</source>
      <translation>Tout ce qui est conservé sur %1 a été écrit dans %2.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="306" />
      <source>Nothing was exported.</source>
      <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="309" />
      <source>The export could not be written to %1: %2.</source>
      <translation>L’export n’a pas pu être écrit dans %1 : %2.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="346" />
      <source>Erasing…</source>
      <translation>Effacement…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="353" />
      <source>%1 (#%2) was erased.</source>
      <translation>Effacement de %1 (#%2) terminé.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="357" />
      <source>Nobody was erased.</source>
      <translation>Personne n’a été effacé.</translation>
    </message>
  </context>
  <context>
    <name>PreviewRowsModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="66" />
      <source>Not used by the import</source>
      <translation>Non utilisée par l’import</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="217" />
      <source>%v of %m rows</source>
      <translation>%v lignes sur %m</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="225" />
      <source>Importing… The window stays usable; Cancel saves nothing.</source>
      <translation>Import en cours… La fenêtre reste utilisable ; Annuler n’enregistre rien.</translation>
    </message>
  </context>
  <context>
    <name>ReachedModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="64" />
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="64" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="64" />
      <source>Arrival</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="64" />
      <source>Departure</source>
      <translation>Départ</translation>
    </message>
  </context>
  <context>
    <name>RejectsModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="164" />
      <source>Line</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="166" />
      <source>Reasons</source>
      <translation>Motifs</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="261" />
      <source>The import is done: the file's valid rows are saved.</source>
      <translation>L’import est terminé : les lignes valides du fichier sont enregistrées.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="263" />
      <source>The import is done: no row could be saved.</source>
      <translation>L’import est terminé : aucune ligne n’a pu être enregistrée.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="270" />
      <source>These rows were left out. Correct them in the file, or save them and import the corrected rows again:</source>
      <translation>Ces lignes ont été écartées. Corrigez-les dans le fichier, ou enregistrez-les et importez de nouveau les lignes corrigées :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="274" />
      <source>No row was rejected.</source>
      <translation>Aucune ligne n’a été rejetée.</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="369" />
      <source>Reset the password</source>
      <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="372" />
      <source>A temporary password for %1 (%2). Give it to them in person: they choose their own at their next sign-in. A lock after wrong passwords is lifted too.</source>
      <translation>Un mot de passe provisoire pour %1 (%2). Remettez-le en main propre : la personne choisira le sien à sa prochaine connexion. Un blocage après des mots de passe erronés est levé aussi.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="382" />
      <source>&amp;Temporary password:</source>
      <translation>Mot de passe &amp;provisoire :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="386" />
      <source>&amp;Reset</source>
      <translation>&amp;Réinitialiser</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="122" />
      <source>Personal data retention</source>
      <translation>Conservation des données personnelles</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="128" />
      <source>The people who left more than this many months ago are anonymised: their names, contact details, external ids, addresses, appointments and notes go; what the statistics count stays (dates, nationality, category, programme, host unit, age on arrival, steps and visits).</source>
      <translation>Les personnes parties depuis plus de ce nombre de mois sont anonymisées : leurs noms, coordonnées, identifiants externes, adresses, rendez-vous et notes disparaissent ; ce que comptent les statistiques reste (dates, nationalité, catégorie, programme, composante, âge à l’arrivée, étapes et visites).</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="137" />
      <source> months</source>
      <translation> mois</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="138" />
      <source>&amp;Retention period:</source>
      <translation>&amp;Durée de conservation :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="141" />
      <source>Change the desk's &amp;setting…</source>
      <translation>Modifier le &amp;réglage de l’accueil…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="142" />
      <source>Administration ▸ Settings</source>
      <translation>Administration ▸ Réglages</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="181" />
      <source>Only an administrator can anonymise them.</source>
      <translation>Seul un administrateur peut les anonymiser.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="216" />
      <source>Looking for the people the rule reaches…</source>
      <translation>Recherche des personnes que la règle atteint…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="240" />
      <source>%n person(s) left before %1: the rule anonymises them.</source>
      <translation>
        <numerusform>%n personne partie avant le %1 : la règle l’anonymise.</numerusform>
        <numerusform>%n personnes parties avant le %1 : la règle les anonymise.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="246" />
      <source>Nobody left before %1: the rule reaches no one today.</source>
      <translation>Personne n’est parti avant le %1 : la règle n’atteint personne aujourd’hui.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="252" />
      <source>%n person(s) with no departure date arrived before %1: the rule does not reach them until their departure is recorded.</source>
      <translation>
        <numerusform>%n personne sans date de départ est arrivée avant le %1 : la règle ne l’atteint pas tant que son départ n’est pas enregistré.</numerusform>
        <numerusform>%n personnes sans date de départ sont arrivées avant le %1 : la règle ne les atteint pas tant que leur départ n’est pas enregistré.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="262" />
      <source>Everyone who arrived before then has a departure date recorded.</source>
      <translation>Toutes les personnes arrivées avant cette date ont une date de départ enregistrée.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="278" />
      <source>(the desk's setting)</source>
      <translation>(le réglage de l’accueil)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="281" />
      <source>(this time only: the desk's setting is %1 months)</source>
      <translation>(cette fois seulement : le réglage de l’accueil est de %1 mois)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="300" />
      <source>&amp;Anonymise %n person(s)…</source>
      <translation>
        <numerusform>&amp;Anonymiser %n personne…</numerusform>
        <numerusform>&amp;Anonymiser %n personnes…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="322" />
      <source>Anonymise these people</source>
      <translation>Anonymiser ces personnes</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="325" />
      <source>Anonymise %n person(s) who left before %1?

Their names, contact details, external ids, addresses, appointments and notes are removed for good; what the statistics count stays. Backups made before still hold them until they rotate out.

This cannot be undone.</source>
      <translation>
        <numerusform>Anonymiser %n personne partie avant le %1 ?

Ses noms, coordonnées, identifiants externes, adresses, rendez-vous et notes sont supprimés définitivement ; ce que comptent les statistiques reste. Les sauvegardes antérieures la contiennent encore jusqu’à leur rotation.

C’est définitif.</numerusform>
        <numerusform>Anonymiser %n personnes parties avant le %1 ?

Leurs noms, coordonnées, identifiants externes, adresses, rendez-vous et notes sont supprimés définitivement ; ce que comptent les statistiques reste. Les sauvegardes antérieures les contiennent encore jusqu’à leur rotation.

C’est définitif.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="352" />
      <source>Anonymising %n person(s)…</source>
      <translation>
        <numerusform>Anonymisation de %n personne…</numerusform>
        <numerusform>Anonymisation de %n personnes…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="360" />
      <source>Anonymised %n person(s).</source>
      <translation>
        <numerusform>%n personne anonymisée.</numerusform>
        <numerusform>%n personnes anonymisées.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="364" />
      <source>Backups made before still hold them until they rotate out (%1 daily and %2 weekly copies).</source>
      <translation>Les sauvegardes antérieures les contiennent encore jusqu’à leur rotation (%1 copies quotidiennes et %2 hebdomadaires).</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="34" />
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="40" />
      <source>Opening the desk</source>
      <translation>Ouverture de l’accueil</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="42" />
      <source>Each member of staff &amp;signs in with their own account</source>
      <translation>Chaque membre du personnel &amp;se connecte avec son propre compte</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="44" />
      <source>Single &amp;desk: open without signing in</source>
      <translation>&amp;Poste unique : ouvrir sans connexion</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="53" />
      <source>Without sign-in, whoever uses this computer works as administrator under the computer's user name, and the history cannot tell colleagues apart. Changes apply at the next start.</source>
      <translation>Sans connexion, quiconque utilise cet ordinateur travaille en administrateur sous le nom d’utilisateur de l’ordinateur, et l’historique ne peut pas distinguer les collègues. Les changements s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="60" />
      <source>No account exists yet: the next start asks for the administrator's.</source>
      <translation>Aucun compte n’existe encore : le prochain démarrage demandera celui de l’administrateur.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="69" />
      <source>Personal data</source>
      <translation>Données personnelles</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="73" />
      <source> months</source>
      <translation> mois</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="76" />
      <source>People who left longer ago than this are anonymised when the retention rule is applied; the statistics stay the same.</source>
      <translation>Les personnes parties depuis plus longtemps sont anonymisées quand la règle de conservation est appliquée ; les statistiques restent les mêmes.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="82" />
      <source>&amp;Keep people who left for:</source>
      <translation>&amp;Conserver les personnes parties pendant :</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="22" />
      <source>Find a person (or just start typing)</source>
      <translation>Chercher une personne (ou commencer à taper)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="25" />
      <source>Enter</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="26" />
      <source>Open the person selected</source>
      <translation>Ouvrir la personne choisie</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="29" />
      <source>Escape</source>
      <translation>Échap</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="30" />
      <source>Back to the list</source>
      <translation>Retour à la liste</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="32" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="33" />
      <source>People list</source>
      <translation>Liste des personnes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="36" />
      <source>Statistics: arrivals by month, charts, tables and exports</source>
      <translation>Statistiques : arrivées par mois, graphiques, tableaux et exports</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="42" />
      <source>Register a newcomer</source>
      <translation>Enregistrer un nouvel arrivant</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="44" />
      <source>Import a list of arrivals</source>
      <translation>Importer une liste d’arrivées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="47" />
      <source>Welcome pack of the person: preview, save, print</source>
      <translation>Livret d’accueil de la personne : voir, enregistrer, imprimer</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="53" />
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="57" />
      <source>Record a counter visit (in the person file)</source>
      <translation>Noter une visite au guichet (dans le dossier)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="60" />
      <source>Space</source>
      <translation>Espace</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="61" />
      <source>Tick or untick the step selected (in the checklist)</source>
      <translation>Cocher ou décocher l’étape choisie (dans la liste des démarches)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="67" />
      <source>Set the step's status: to do, in progress, done, not applicable, blocked</source>
      <translation>Changer l’état de l’étape : à faire, en cours, faite, sans objet, bloquée</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="74" />
      <source>Audit trail: every change, searched (administrators)</source>
      <translation>Journal des modifications : toutes les modifications, avec recherche (administrateurs)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="80" />
      <source>This list</source>
      <translation>Cette liste</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="88" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="93" />
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="94" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="199" />
      <source>Sign in — Welcome Desk</source>
      <translation>Connexion — Welcome Desk</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="200" />
      <source>Welcome Desk</source>
      <translation>Welcome Desk</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="205" />
      <source>Maison Internationale — sign in with your staff account.</source>
      <translation>Maison Internationale — connectez-vous avec votre compte du personnel.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="212" />
      <source>&amp;Sign in</source>
      <translation>&amp;Se connecter</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="214" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="216" />
      <source>&amp;User name:</source>
      <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="217" />
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="243" />
      <source>Choose your new password to go on.</source>
      <translation>Choisissez votre nouveau mot de passe pour continuer.</translation>
    </message>
  </context>
  <context>
    <name>StaffControls</name>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="75" />
      <source>Single desk — no sign-in</source>
      <translation>Poste unique — sans connexion</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="77" />
      <source>Signed in: %1 (%2)</source>
      <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="78" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="84" />
      <source>Change my pass&amp;word…</source>
      <translation>Changer mon mot de &amp;passe…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="86" />
      <source>Sign &amp;out</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="98" />
      <source>&amp;Administration</source>
      <translation>&amp;Administration</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="99" />
      <source>&amp;Accounts…</source>
      <translation>&amp;Comptes…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="101" />
      <source>&amp;Settings…</source>
      <translation>&amp;Réglages…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="128" />
      <source>Not allowed</source>
      <translation>Non autorisé</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="161" />
      <source>Your password was changed.</source>
      <translation>Votre mot de passe a été changé.</translation>
    </message>
  </context>
  <context>
    <name>StatsCharts</name>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="144" />
      <source>Arrivals per month</source>
      <translation>Arrivées par mois</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="145" />
      <source>EU and non-EU nationals</source>
      <translation>Ressortissants de l’UE et hors UE</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="146" />
      <source>Arrivals by category</source>
      <translation>Arrivées par catégorie</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="147" />
      <source>Top 10 nationalities</source>
      <translation>Les 10 premières nationalités</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="237" />
      <source>%1%</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="244" />
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
  </context>
  <context>
    <name>StatsView</name>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="204" />
      <source>The first month counted (month/year)</source>
      <translation>Le premier mois compté (mois/année)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="205" />
      <source>The last month counted (month/year)</source>
      <translation>Le dernier mois compté (mois/année)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="211" />
      <source>t&amp;o</source>
      <translation>a&amp;u</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="213" />
      <source>&amp;Count again</source>
      <translation>&amp;Compter à nouveau</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="214" />
      <source>Count with the register as it is now (F5)</source>
      <translation>Compter d’après le registre tel qu’il est maintenant (F5)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="225" />
      <source>CSV…</source>
      <translation>CSV…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="225" />
      <source>The table of the counts, for programs (CSV)</source>
      <translation>Le tableau des effectifs, pour les logiciels (CSV)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="226" />
      <source>XLSX…</source>
      <translation>XLSX…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="226" />
      <source>A workbook: one sheet per table (XLSX)</source>
      <translation>Un classeur : une feuille par tableau (XLSX)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="227" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="227" />
      <source>A short report with the charts and tables (PDF)</source>
      <translation>Un court rapport avec les graphiques et les tableaux (PDF)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="242" />
      <source>Export:</source>
      <translation>Exporter :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="209" />
      <source>F&amp;rom</source>
      <translation>&amp;Du</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="258" />
      <source>Arrivals &amp;by:</source>
      <translation>Arrivées &amp;par :</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="274" />
      <source>No counter visit recorded in these months.</source>
      <translation>Aucun passage à l’accueil enregistré ces mois-ci.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="282" />
      <source>Charts</source>
      <translation>Graphiques</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="283" />
      <source>Tables</source>
      <translation>Tableaux</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="284" />
      <source>Checklists</source>
      <translation>Démarches</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="285" />
      <source>Counter visits</source>
      <translation>Passages à l’accueil</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="316" />
      <source>The last month is before the first: choose a range that ends later.</source>
      <translation>Le dernier mois est avant le premier : choisissez une période qui finit plus tard.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="317" />
      <source>At most 120 months (ten years) at a time.</source>
      <translation>Au plus 120 mois (dix ans) à la fois.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="359" />
      <source>Counting…</source>
      <translation>Comptage…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="385" />
      <source>The statistics could not be counted. %1</source>
      <translation>Les statistiques n’ont pas pu être comptées. %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="409" />
      <source>No arrivals in %1.</source>
      <translation>Aucune arrivée en %1.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="411" />
      <source>No arrivals from %1 to %2.</source>
      <translation>Aucune arrivée (%1 – %2).</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="414" />
      <source>Arrivals in %1: %2</source>
      <translation>Arrivées en %1 : %2</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="417" />
      <source>Arrivals from %1 to %2: %3</source>
      <translation>Arrivées (%1 – %2) : %3</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="465" />
      <source>All arrivals</source>
      <translation>Toutes les arrivées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="476" />
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="544" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="485" />
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="486" />
      <source>Arrivals</source>
      <translation>Arrivées</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="487" />
      <source>With a checklist</source>
      <translation>Avec une liste de démarches</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="488" />
      <source>Steps done</source>
      <translation>Étapes faites</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="488" />
      <source>Share of the steps that apply which are done</source>
      <translation>Part des étapes qui s’appliquent déjà faites</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="490" />
      <source>Every step done</source>
      <translation>Toutes les étapes faites</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="490" />
      <source>People whose every step that applies is done</source>
      <translation>Personnes dont toutes les étapes qui s’appliquent sont faites</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="496" />
      <source>%1
(median days)</source>
      <translation>%1
(jours, médiane)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="498" />
      <source>Median number of days from arrival until the step was done, among the people who have it done</source>
      <translation>Nombre médian de jours entre l’arrivée et l’étape faite, parmi les personnes qui l’ont faite</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="513" />
      <source>%1%</source>
      <translation>%1 %</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="516" />
      <source>%1 of %2 steps</source>
      <translation>%1 étapes sur %2</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="532" />
      <source>People done: %1</source>
      <translation>Personnes l’ayant faite : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="542" />
      <source>Purpose of the visit</source>
      <translation>Objet du passage</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="571" />
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="572" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="573" />
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="577" />
      <source>Export the statistics</source>
      <translation>Exporter les statistiques</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="598" />
      <source>Writing %1…</source>
      <translation>Écriture de %1…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="611" />
      <source>Written: %1</source>
      <translation>Écrit : %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="650" />
      <source>The file was not written (%1; the details are in the log).</source>
      <translation>Le fichier n’a pas été écrit (%1 ; le détail est dans le journal).</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="44" />
      <source>Record a visit</source>
      <translation>Noter une visite</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="57" />
      <source>Note (optional)</source>
      <translation>Note (facultative)</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="62" />
      <source>Record</source>
      <translation>Noter</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="67" />
      <source>Visit of %1 — what was it for?</source>
      <translation>Visite de %1 — quel en était l’objet ?</translation>
    </message>
  </context>
  <context>
    <name>VisitsTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="91" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="91" />
      <source>Received by</source>
      <translation>Reçu par</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="91" />
      <source>What for</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="91" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="101" />
      <source>Record a visit…</source>
      <translation>Noter une visite…</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="102" />
      <source>Ctrl+R</source>
      <translation>Ctrl+R</translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="121" />
      <source>%n visit(s)</source>
      <translation>
        <numerusform>%n visite</numerusform>
        <numerusform>%n visites</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Writer</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/saving.py" line="87" />
      <source>This was changed meanwhile by someone else; it has been reloaded.</source>
      <translation>Quelqu’un d’autre a modifié ceci entre-temps ; la fiche a été rechargée.</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/saving.py" line="98" />
      <source>Nothing was saved. %1</source>
      <translation>Rien n’a été enregistré. %1</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/saving.py" line="110" />
      <source>Welcome Desk</source>
      <translation>Welcome Desk</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../src/welcome_desk/ui/error_text.py" line="22" />
      <source>Something went wrong ({kind}); the details are in the log file.</source>
      <translation>Un problème est survenu ({kind}) ; le détail est dans le fichier journal.</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="44" />
      <source>Single desk</source>
      <translation>Poste unique</translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="46" />
      <source>Without sign-in, anyone who can use this computer opens the desk as administrator, under the computer's user name (%1): the audit trail cannot tell colleagues apart. Choose it only for a desk that one person uses.

Open without signing in?</source>
      <translation>Sans connexion, quiconque peut utiliser cet ordinateur ouvre l’accueil en administrateur, sous le nom d’utilisateur de l’ordinateur (%1) : le journal des modifications ne peut pas distinguer les collègues. Ne le choisissez que pour un poste utilisé par une seule personne.

Ouvrir sans connexion ?</translation>
    </message>
  </context>
</TS>