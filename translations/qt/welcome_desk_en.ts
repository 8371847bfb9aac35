<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="72" />
      <source>Staff accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="76" />
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="77" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="78" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="79" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="80" />
      <source>Last sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="91" />
      <source>&amp;Add an account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="92" />
      <source>Change the &amp;role…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="93" />
      <source>&amp;Reset the password…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="94" />
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="192" />
      <source>Switch &amp;off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="102" />
      <source>Counter: find, register and receive people, tick their steps. Adviser: also records and welcome packs. Coordinator: also imports and statistics. Administrator: also accounts, settings and the audit trail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="143" />
      <source>never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="150" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="150" />
      <source>no — switched off</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="190" />
      <source>Switch &amp;on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="228" />
      <source>Change the role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="229" />
      <source>Role of %1:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="264" />
      <source>Switch off an account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="266" />
      <source>Switch off the account of %1? They can no longer sign in; their name stays in the history of what they did. You can switch it on again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AdministrativeTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="247" />
      <source>not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="253" />
      <source>Visa:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="254" />
      <source>Visa valid until:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="255" />
      <source>VLS-TS validated on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="256" />
      <source>Residence permit number:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="257" />
      <source>Residence permit valid until:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="259" />
      <source>A residence permit's expiry adds its renewal step to the checklist.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AppointmentsTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="29" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="29" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="29" />
      <source>What for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="29" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="47" />
      <source>When:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="48" />
      <source>Where:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="49" />
      <source>What for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="50" />
      <source>Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="51" />
      <source>Add the appointment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/appointments_tab.py" line="82" />
      <source>Say where the appointment is and what it is for.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="59" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="60" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="61" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="62" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="63" />
      <source>Kind of record</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditText</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="39" />
      <source>Family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="40" />
      <source>Given names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="41" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="42" />
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="43" />
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="44" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="45" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="46" />
      <source>Preferred language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="47" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="48" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="49" />
      <source>Programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="50" />
      <source>Faculty or laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="51" />
      <source>Arrival</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="52" />
      <source>Departure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="53" />
      <source>Accompanying persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="54" />
      <source>Anonymised on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="55" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="171" />
      <source>External id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="56" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="57" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="58" />
      <source>Checklist template edition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="60" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="61" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="62" />
      <source>Applies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="63" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="64" />
      <source>Reason blocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="65" />
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="66" />
      <source>Opens on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="67" />
      <source>Due date set by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="68" />
      <source>Done on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="69" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="70" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="170" />
      <source>Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="72" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="165" />
      <source>Housing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="73" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="74" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="75" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="76" />
      <source>Visale guarantee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="77" />
      <source>Home insurance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="78" />
      <source>CAF housing aid</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="80" />
      <source>Social security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="81" />
      <source>European Health Insurance Card (EHIC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="82" />
      <source>EHIC valid until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="83" />
      <source>Complementary insurance (mutuelle)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="84" />
      <source>GP (médecin traitant) declared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="86" />
      <source>Visa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="87" />
      <source>Visa valid until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="88" />
      <source>VLS-TS validated on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="89" />
      <source>Residence permit number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="90" />
      <source>Residence permit valid until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="92" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="95" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="93" />
      <source>Where</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="94" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="97" />
      <source>What for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="96" />
      <source>Received by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="99" />
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="100" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="101" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="102" />
      <source>Password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="103" />
      <source>Active</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="104" />
      <source>Must change the password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="105" />
      <source>Password changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="106" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="107" />
      <source>People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="112" />
      <source>Registered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="113" />
      <source>Details changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="114" />
      <source>Deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="115" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="156" />
      <source>Anonymised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="116" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="157" />
      <source>Erased</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="117" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="158" />
      <source>Personal data exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="118" />
      <source>Demo people added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="119" />
      <source>External id added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="120" />
      <source>External id changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="121" />
      <source>External id removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="122" />
      <source>Checklist made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="123" />
      <source>Checklist changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="124" />
      <source>Checklist removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="125" />
      <source>Step “%1” added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="126" />
      <source>Step “%1” updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="127" />
      <source>Step “%1” removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="128" />
      <source>Housing added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="129" />
      <source>Housing changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="130" />
      <source>Housing removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="131" />
      <source>Healthcare recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="132" />
      <source>Healthcare changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="133" />
      <source>Healthcare removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="134" />
      <source>Papers recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="135" />
      <source>Papers changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="136" />
      <source>Papers removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="137" />
      <source>Appointment added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="138" />
      <source>Appointment changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="139" />
      <source>Appointment removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="140" />
      <source>Visit recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="141" />
      <source>Visit changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="142" />
      <source>Visit removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="143" />
      <source>Staff account created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="144" />
      <source>Staff account changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="145" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="159" />
      <source>Signed in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="146" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="160" />
      <source>Sign-in refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="147" />
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="148" />
      <source>Setting changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="153" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="154" />
      <source>Changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="155" />
      <source>Removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="163" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="164" />
      <source>Checklist step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="166" />
      <source>Healthcare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="167" />
      <source>Administrative papers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="168" />
      <source>Appointment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="169" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="172" />
      <source>Staff account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="173" />
      <source>Setting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="198" />
      <source>female (F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="199" />
      <source>male (M)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="200" />
      <source>other or unspecified (X)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="215" />
      <source>%1 (system user)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="267" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="268" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/audit_text.py" line="279" />
      <source>(hidden)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditWindow</name>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="132" />
      <source>Audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="135" />
      <source>A name, an address, a value…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="136" />
      <source>Part of a staff member's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="138" />
      <source>Any action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="143" />
      <source>Any kind of record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="146" />
      <source>Internal id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="154" />
      <source>&amp;Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="159" />
      <source>&amp;Text:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="160" />
      <source>S&amp;taff:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="161" />
      <source>Pe&amp;rson:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="162" />
      <source>A&amp;ction:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="163" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="164" />
      <source>At &amp;most:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="165" />
      <source>&amp;From:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="166" />
      <source>T&amp;o:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="203" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="203" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="203" />
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="259" />
      <source>Searching…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="281" />
      <source>Showing the latest %1 entries that match; older ones may exist: narrow the search or raise the limit.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="286" />
      <source>%n change(s) found.</source>
      <translation>
        <numerusform>%n change found.</numerusform>
        <numerusform>%n changes found.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/audit_window.py" line="349" />
      <source>This person is no longer in the register.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChecklistModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="132" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="133" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="134" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="135" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="136" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="187" />
      <source>%1 of %2 done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="245" />
      <source>No longer applies to this person (kept with its history).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="250" />
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>Overdue by %n day</numerusform>
        <numerusform>Overdue by %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="252" />
      <source>Due in %n day(s)</source>
      <translation>
        <numerusform>Due in %n day</numerusform>
        <numerusform>Due in %n days</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_model.py" line="254" />
      <source>Due date set by hand</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChecklistTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="125" />
      <source>Set due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="128" />
      <source>Notes on this step (what was said, what is missing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="132" />
      <source>Save notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="138" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="140" />
      <source>Due date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="162" />
      <source>Space: done / not done · 1: to do · 2: in progress · 3: done · 4: not applicable · 5: blocked · Ctrl+R: record a visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="252" />
      <source>Blocked step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="253" />
      <source>Why is this step blocked?
%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="338" />
      <source>Choose a step in the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="344" />
      <source>Status: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="346" />
      <source>done on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="348" />
      <source>reason: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="350" />
      <source>no longer applies to this person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="362" />
      <source>To bring:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="401" />
      <source>Set the due date…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/checklist_tab.py" line="402" />
      <source>Edit the notes…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColumnsModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="109" />
      <source>Column in the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="111" />
      <source>Used as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="125" />
      <source>Not used (ignored)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictPanel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="146" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="146" />
      <source>Saved meanwhile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="146" />
      <source>Yours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="163" />
      <source>Their changes to fields you did not touch are now in the form. Where you both changed a field (in bold), your value is in the form: check it, then save again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CountsForm</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="108" />
      <source>Rows in the file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="109" />
      <source>New people:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="110" />
      <source>People updated:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="111" />
      <source>People unchanged:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="112" />
      <source>Rows rejected:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DashboardWidget</name>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="102" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="102" />
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="102" />
      <source>Arrival</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="105" />
      <source>Step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="105" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="105" />
      <source>Late by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="106" />
      <source>Expires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="106" />
      <source>In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="108" />
      <source>Arriving today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="109" />
      <source>Arriving in the next 7 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="110" />
      <source>Late steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="111" />
      <source>Residence permits expiring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="113" />
      <source>Welcome packs for these arrivals…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="180" />
      <source>%1 people registered · %2 late steps for %3 people · today: %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="186" />
      <source>No arrival</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="206" />
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="221" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="211" />
      <source>No late step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/dashboard.py" line="226" />
      <source>No permit expiring</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DatabaseDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="73" />
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="329" />
      <source>Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="91" />
      <source>This desk opened: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="98" />
      <source>It was chosen by --database, which comes before this setting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="102" />
      <source>It was chosen by WELCOME_DESK_DATABASE, which comes before this setting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="107" />
      <source>&amp;Local file on this computer (the default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="111" />
      <source>&amp;Server shared by several desks (PostgreSQL)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="116" />
      <source>e.g. db.example.org</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="127" />
      <source>&amp;Host:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="128" />
      <source>P&amp;ort:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="129" />
      <source>&amp;Database name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="130" />
      <source>&amp;User:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="131" />
      <source>Pass&amp;word:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="136" />
      <source>&amp;Test the connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="144" />
      <source>The desk opens the chosen database at its next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="146" />
      <source>The desk opens the chosen database as soon as it is saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="196" />
      <source>No system keyring on this computer: leave the password empty and let the server know this desk another way (~/.pgpass, PGPASSWORD, its own authentication). A password is never written in a file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="204" />
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="209" />
      <source>The password is kept in the system keyring, never in a file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="206" />
      <source>kept in the system keyring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="227" />
      <source>Give the server's host and the database's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="256" />
      <source>Connecting to %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="272" />
      <source>The connection could not be tried (%1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="296" />
      <source>The connection works: the database %1 is ready.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="331" />
      <source>Saved: the desk opens %1 at its next start. Close the desk and start it again to work there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/database_dialog.py" line="350" />
      <source>Choose the &amp;database…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../src/welcome_desk/ui/date_field.py" line="130" />
      <source>not known</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DemoOffer</name>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="30" />
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="71" />
      <source>Empty database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="31" />
      <source>The database is empty. Add %1 fictitious newcomers to try the desk with?

They are marked as demo people (ids DEMO-…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="42" />
      <source>Adding demo newcomers…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="43" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/demo_offer.py" line="72" />
      <source>The demo newcomers could not be added: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DuplicateBanner</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="81" />
      <source>Already registered? These people have the same name and date of birth. Open one of them, or save this registration anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="88" />
      <source>&amp;Open this person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_parts.py" line="89" />
      <source>Save &amp;anyway</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EraseDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="105" />
      <source>Erase this person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="115" />
      <source>Arrived on %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="117" />
      <source>External ids: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="124" />
      <source>&lt;b&gt;Everything the desk holds on this person is deleted&lt;/b&gt;: their details, external ids, checklist and the history of its steps, housing, healthcare and administrative records, appointments and counter visits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="130" />
      <source>The audit trail keeps &lt;b&gt;only that an erasure happened&lt;/b&gt; (when and by whom), not who the person was; their earlier entries keep who did what and when, without the values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="136" />
      <source>&lt;b&gt;Backups made before still hold the person&lt;/b&gt; until they rotate out (%1 daily and %2 weekly copies: about five weeks). Copies made by hand, and those kept before a migration or a restore (…-before-migration-…, …-before-restore-… in the backups folder), are never rotated: delete those made before this erasure, or keep them as protected as the database. A backup restored later brings them back: erase them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="147" />
      <source>&lt;b&gt;This cannot be undone.&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="156" />
      <source>To confirm, type their family name (%1) or their number (%2):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="168" />
      <source>&amp;Erase for good</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="132" />
      <source>No file chosen yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="133" />
      <source>&amp;Choose a file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="138" />
      <source>The system the file's ids come from. Importing a file again with the same source updates the people it names instead of adding them twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="146" />
      <source>&amp;File:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="151" />
      <source>&amp;Source of the ids:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="164" />
      <source>First rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="165" />
      <source>Columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="174" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="195" />
      <source>%1 rows; %2 columns recognised: %3.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="206" />
      <source>Every column of the file is used.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../src/welcome_desk/ui/list_filters.py" line="26" />
      <source>All categories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/list_filters.py" line="29" />
      <source>Arriving in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/list_filters.py" line="36" />
      <source>With late steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/list_filters.py" line="39" />
      <source>Show:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="64" />
      <source>Welcome Desk — first start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="66" />
      <source>No staff account exists yet on this database. How should the desk open?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="69" />
      <source>&amp;Create the administrator account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="73" />
      <source>Everyone signs in with their own account. The administrator adds the colleagues' accounts and chooses what each role may do: counter, adviser, coordinator, administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="79" />
      <source>This PC is a &amp;single desk: open without signing in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="83" />
      <source>No accounts: whoever uses this computer works as administrator, under the computer's user name (%1). An administrator can turn sign-in on later in Administration › Settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="95" />
      <source>e.g. mdupont</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="96" />
      <source>e.g. Marie Dupont</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="100" />
      <source>&amp;User name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="101" />
      <source>&amp;Name (as colleagues know it):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="108" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="135" />
      <source>Create and &amp;open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="142" />
      <source>&amp;Open without sign-in</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FormTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="64" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HealthcareTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="172" />
      <source>European Health Insurance Card (EHIC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="174" />
      <source>Complementary insurance (mutuelle)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="175" />
      <source>GP (médecin traitant) declared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="176" />
      <source>Social security:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/forms.py" line="178" />
      <source>EHIC valid until:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="35" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="36" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="38" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="39" />
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="40" />
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="92" />
      <source>Showing the latest %1 changes only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="95" />
      <source>No change recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/history.py" line="37" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HousingTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="41" />
      <source>Housing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="42" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="43" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="44" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="45" />
      <source>Visale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="46" />
      <source>Insurance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="47" />
      <source>CAF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="69" />
      <source>Home insurance taken out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="73" />
      <source>Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="74" />
      <source>Address:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="75" />
      <source>From:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="76" />
      <source>To:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="77" />
      <source>Visale guarantee:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="79" />
      <source>CAF housing aid:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="80" />
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="151" />
      <source>New housing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="112" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="112" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/housing_tab.py" line="151" />
      <source>Change this housing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="84" />
      <source>Import newcomers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="94" />
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="95" />
      <source>Cancel the import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="97" />
      <source>&amp;Save the rejects…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="129" />
      <source>Choose the file to import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="131" />
      <source>CSV or Excel (*.csv *.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="131" />
      <source>All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="142" />
      <source>Reading the file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="160" />
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="199" />
      <source>Checking every row…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="165" />
      <source>Give the source of the ids (the system they come from).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="211" />
      <source>Checking every row… %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="222" />
      <source>If you import now (checked without saving anything):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="253" />
      <source>Cancelling… nothing will be saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="264" />
      <source>The import was cancelled: nothing was saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="277" />
      <source>%1-rejects.csv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="280" />
      <source>Save the rejected rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="282" />
      <source>CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="289" />
      <source>Choose another file: this one is the file imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="304" />
      <source>The rejected rows are saved in %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="310" />
      <source>The rejected rows could not be saved in %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="337" />
      <source>Something went wrong (%1); the details are in the log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="345" />
      <source>The import stopped: nothing was saved. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_dialog.py" line="353" />
      <source>%1 Nothing was saved.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportFields</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="17" />
      <source>External id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="18" />
      <source>Family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="19" />
      <source>Given names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="20" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="21" />
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="22" />
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="23" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="24" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="25" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="26" />
      <source>Programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="27" />
      <source>Host unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="28" />
      <source>Arrival date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="29" />
      <source>Departure date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="30" />
      <source>Preferred language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_text.py" line="31" />
      <source>Accompanying persons</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="97" />
      <location filename="../../src/welcome_desk/ui/main_window.py" line="472" />
      <location filename="../../src/welcome_desk/ui/main_window.py" line="517" />
      <source>Welcome Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="101" />
      <source>Search by name, id or email (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="151" />
      <source>Database: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="207" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="209" />
      <source>&amp;New person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="211" />
      <source>&amp;Import a list…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="213" />
      <source>&amp;Edit this person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="220" />
      <source>Welcome &amp;pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="223" />
      <source>Welcome packs for the &amp;arrivals…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="229" />
      <source>Export personal &amp;data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="232" />
      <source>E&amp;rase this person…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="239" />
      <source>Data&amp;base…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="242" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="244" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="245" />
      <source>&amp;Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="246" />
      <source>&amp;People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="248" />
      <source>&amp;Statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="253" />
      <source>&amp;Find a person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="257" />
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="262" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="265" />
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="270" />
      <source>&amp;About Welcome Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="278" />
      <source>Audit &amp;trail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="311" />
      <source>&amp;Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="315" />
      <source>Personal data &amp;retention…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/main_window.py" line="463" />
      <source>%n person(s) found</source>
      <translation>
        <numerusform>%n person found</numerusform>
        <numerusform>%n people found</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/main_window.py" line="465" />
      <source>%n person(s) of %1</source>
      <translation>
        <numerusform>%n person of %1</numerusform>
        <numerusform>%n people of %1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="517" />
      <source>This person is no longer in the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="621" />
      <source>About Welcome Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/main_window.py" line="623" />
      <source>Welcome Desk %1
Maison Internationale — Université de Lille and City of Lille

Database: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewAccountDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="291" />
      <source>Add an account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="292" />
      <source>e.g. mdupont</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="293" />
      <source>e.g. Marie Dupont</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="307" />
      <source>&amp;First password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="297" />
      <source>Ask for a new password at the first sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="301" />
      <source>&amp;User name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="302" />
      <source>&amp;Name (as colleagues know it):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="303" />
      <source>R&amp;ole:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="313" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NewPasswordDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="282" />
      <source>Change my password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="286" />
      <source>%1, an administrator gave you a temporary password. Choose your own now: only you will know it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="296" />
      <source>&amp;Current password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="301" />
      <source>&amp;New password:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OptionalDateEdit</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widgets.py" line="22" />
      <source>Tick when the date is known</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PackBatchDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="90" />
      <source>Welcome packs for the arrivals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="101" />
      <source>&amp;Make the packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="102" />
      <source>Cancel the batch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="103" />
      <source>&amp;Open the folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="129" />
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="134" />
      <source>Each person's own language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="137" />
      <source>No folder chosen yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="138" />
      <source>&amp;Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="144" />
      <source>Arriving from:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="146" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="147" />
      <source>Folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="153" />
      <source>One PDF for each person arriving in the period, in their language or in the one you choose. Packs already in the folder are replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="188" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="188" />
      <source>Why the pack was not made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="219" />
      <source>The period ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="224" />
      <source>Counting the arrivals…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="236" />
      <source>%n person(s) arriving in this period.</source>
      <translation>
        <numerusform>%n person arriving in this period.</numerusform>
        <numerusform>%n people arriving in this period.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="238" />
      <source>Nobody arrives in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="248" />
      <source>Folder for the welcome packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="280" />
      <source>the folder does not exist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="283" />
      <source>No pack can be written in %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="298" />
      <source>Making the welcome packs in %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="313" />
      <source>%1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="323" />
      <source>Stopping… the packs already made are kept, the others will not be made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="331" />
      <source>Packs written: %1 of %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="339" />
      <source>Arrivals from %1 to %2 · %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="345" />
      <source>In the folder %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="348" />
      <source>The batch was cancelled: the packs already made are kept, the others were not made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="352" />
      <source>Nobody arrives in this period: no pack made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="364" />
      <source>Not made: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_batch.py" line="384" />
      <source>No pack was made. %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PackDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="89" />
      <source>Welcome pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="95" />
      <source>The pack is written in this language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="96" />
      <source>&amp;Language of the pack:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="111" />
      <source>Preparing the pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="134" />
      <source>&amp;Save…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="135" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="208" />
      <source>Welcome pack — %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="209" />
      <source>Pages: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="255" />
      <source>Save the welcome pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="257" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="271" />
      <source>The pack could not be saved in %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="278" />
      <source>Saved in %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="294" />
      <source>Print the welcome pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="312" />
      <source>Printing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="319" />
      <source>Printing… page %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="325" />
      <source>Sent to the printer (pages printed: %1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="333" />
      <source>The printer %1 could not be used; nothing was printed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_dialog.py" line="336" />
      <source>The pack could not be printed (%1); the details are in the log.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PackText</name>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="28" />
      <source>The welcome pack's data files cannot be used: %1 (folder %2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="35" />
      <source>This person is no longer in the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="43" />
      <source>the file could not be written: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="47" />
      <source>this person is no longer in the register</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="50" />
      <source>the pack's data files cannot be used: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/pack_text.py" line="54" />
      <source>the pack could not be made (%1; the details are in the log)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PasswordFields</name>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="37" />
      <source>At least %1 characters; not the user name; no space at the start or the end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="52" />
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="53" />
      <source>&amp;Repeat it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="67" />
      <source>The two passwords differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/password_fields.py" line="78" />
      <source>This password can be used.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PeopleTableModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="116" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="117" />
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="118" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="119" />
      <source>Arrival</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/people_model.py" line="120" />
      <source>External id</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="108" />
      <source>* required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="118" />
      <source>Register a newcomer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="124" />
      <source>Edit %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="260" />
      <source>What you typed is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form.py" line="271" />
      <source>Discard the changes you typed?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonFields</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="63" />
      <source>Family name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="64" />
      <source>Given names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="65" />
      <source>Date of birth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="66" />
      <source>Sex</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="67" />
      <source>Nationality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="68" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="69" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="70" />
      <source>Preferred language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="71" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="72" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="73" />
      <source>Programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="74" />
      <source>Faculty or laboratory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="75" />
      <source>Arrival</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="76" />
      <source>Departure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="77" />
      <source>Accompanying persons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="83" />
      <source>+33 6 12 34 56 78</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="88" />
      <source>not stated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="89" />
      <source>female (F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="90" />
      <source>male (M)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="91" />
      <source>other or unspecified (X)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="97" />
      <source>Type part of a country's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="101" />
      <source>choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="133" />
      <source>Identity and contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="134" />
      <source>Stay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_fields.py" line="286" />
      <source>not specified</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonFile</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="69" />
      <source>long-stay student visa (VLS-TS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="72" />
      <source>talent passport – researcher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="75" />
      <source>talent passport – family</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="78" />
      <source>short-stay visa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="79" />
      <source>Algerian residence certificate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="82" />
      <source>other visa</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="83" />
      <source>no visa needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="90" />
      <source>not requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="91" />
      <source>requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="92" />
      <source>granted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/formatting.py" line="93" />
      <source>refused</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonFileWidget</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="77" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="78" />
      <source>Back to the list (Esc)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="79" />
      <source>Welcome pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="80" />
      <source>Preview, save or print the welcome pack (Ctrl+P)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="83" />
      <source>Personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="85" />
      <source>Export everything held on this person, or erase them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="100" />
      <source>&amp;Checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="101" />
      <source>H&amp;ousing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="102" />
      <source>H&amp;ealthcare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="103" />
      <source>&amp;Administrative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="104" />
      <source>A&amp;ppointments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="105" />
      <source>&amp;Visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="106" />
      <source>H&amp;istory</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="167" />
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="195" />
      <source>This person is no longer in the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="215" />
      <source>The file could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="217" />
      <source>This person's file could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="220" />
      <source>Welcome Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="227" />
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="284" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/widget.py" line="285" />
      <source>Changes in %1 are not saved. Leave them unsaved?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonFormText</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_text.py" line="47" />
      <source>born %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_form_text.py" line="50" />
      <source>arrival %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonHeader</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="30" />
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="75" />
      <source>%v of %m steps done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="55" />
      <source>EU/EEA/Swiss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="55" />
      <source>non-EU</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="64" />
      <source>Arrival: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="66" />
      <source>Departure: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/header.py" line="73" />
      <source>No checklist</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PersonPrivacy</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="246" />
      <source>This person is no longer in the register.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="251" />
      <source>Welcome Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="273" />
      <source>Writing the personal data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="280" />
      <source>JSON, for another program (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="281" />
      <source>PDF document, for the person to read (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="284" />
      <source>Export everything held on %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="297" />
      <source>Personal data exported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="301" />
      <source>Personal data exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="302" />
      <source>Everything held on %1 was written to %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="306" />
      <source>Nothing was exported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="309" />
      <source>The export could not be written to %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="346" />
      <source>Erasing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="353" />
      <source>%1 (#%2) was erased.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_privacy.py" line="357" />
      <source>Nobody was erased.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreviewRowsModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="66" />
      <source>Not used by the import</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="217" />
      <source>%v of %m rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="225" />
      <source>Importing… The window stays usable; Cancel saves nothing.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReachedModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="64" />
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="64" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="64" />
      <source>Arrival</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="64" />
      <source>Departure</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RejectsModel</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="164" />
      <source>Line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_models.py" line="166" />
      <source>Reasons</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="261" />
      <source>The import is done: the file's valid rows are saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="263" />
      <source>The import is done: no row could be saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="270" />
      <source>These rows were left out. Correct them in the file, or save them and import the corrected rows again:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/import_pages.py" line="274" />
      <source>No row was rejected.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="369" />
      <source>Reset the password</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="372" />
      <source>A temporary password for %1 (%2). Give it to them in person: they choose their own at their next sign-in. A lock after wrong passwords is lifted too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="382" />
      <source>&amp;Temporary password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/accounts_dialog.py" line="386" />
      <source>&amp;Reset</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="122" />
      <source>Personal data retention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="128" />
      <source>The people who left more than this many months ago are anonymised: their names, contact details, external ids, addresses, appointments and notes go; what the statistics count stays (dates, nationality, category, programme, host unit, age on arrival, steps and visits).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="137" />
      <source> months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="138" />
      <source>&amp;Retention period:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="141" />
      <source>Change the desk's &amp;setting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="142" />
      <source>Administration ▸ Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="181" />
      <source>Only an administrator can anonymise them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="216" />
      <source>Looking for the people the rule reaches…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="240" />
      <source>%n person(s) left before %1: the rule anonymises them.</source>
      <translation>
        <numerusform>%n person left before %1: the rule anonymises them.</numerusform>
        <numerusform>%n people left before %1: the rule anonymises them.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="246" />
      <source>Nobody left before %1: the rule reaches no one today.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="252" />
      <source>%n person(s) with no departure date arrived before %1: the rule does not reach them until their departure is recorded.</source>
      <translation>
        <numerusform>%n person with no departure date arrived before %1: the rule does not reach them until their departure is recorded.</numerusform>
        <numerusform>%n people with no departure date arrived before %1: the rule does not reach them until their departure is recorded.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="262" />
      <source>Everyone who arrived before then has a departure date recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="278" />
      <source>(the desk's setting)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="281" />
      <source>(this time only: the desk's setting is %1 months)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="300" />
      <source>&amp;Anonymise %n person(s)…</source>
      <translation>
        <numerusform>&amp;Anonymise %n person…</numerusform>
        <numerusform>&amp;Anonymise %n people…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="322" />
      <source>Anonymise these people</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="325" />
      <source>Anonymise %n person(s) who left before %1?

Their names, contact details, external ids, addresses, appointments and notes are removed for good; what the statistics count stays. Backups made before still hold them until they rotate out.

This cannot be undone.</source>
      <translation>
        <numerusform>Anonymise %n person who left before %1?

Their names, contact details, external ids, addresses, appointments and notes are removed for good; what the statistics count stays. Backups made before still hold them until they rotate out.

This cannot be undone.</numerusform>
        <numerusform>Anonymise %n people who left before %1?

Their names, contact details, external ids, addresses, appointments and notes are removed for good; what the statistics count stays. Backups made before still hold them until they rotate out.

This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="352" />
      <source>Anonymising %n person(s)…</source>
      <translation>
        <numerusform>Anonymising %n person…</numerusform>
        <numerusform>Anonymising %n people…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="360" />
      <source>Anonymised %n person(s).</source>
      <translation>
        <numerusform>Anonymised %n person.</numerusform>
        <numerusform>Anonymised %n people.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/retention_dialog.py" line="364" />
      <source>Backups made before still hold them until they rotate out (%1 daily and %2 weekly copies).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="34" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="40" />
      <source>Opening the desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="42" />
      <source>Each member of staff &amp;signs in with their own account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="44" />
      <source>Single &amp;desk: open without signing in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="53" />
      <source>Without sign-in, whoever uses this computer works as administrator under the computer's user name, and the history cannot tell colleagues apart. Changes apply at the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="60" />
      <source>No account exists yet: the next start asks for the administrator's.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="69" />
      <source>Personal data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="73" />
      <source> months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="76" />
      <source>People who left longer ago than this are anonymised when the retention rule is applied; the statistics stay the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/settings_dialog.py" line="82" />
      <source>&amp;Keep people who left for:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="22" />
      <source>Find a person (or just start typing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="25" />
      <source>Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="26" />
      <source>Open the person selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="29" />
      <source>Escape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="30" />
      <source>Back to the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="32" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="33" />
      <source>People list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="36" />
      <source>Statistics: arrivals by month, charts, tables and exports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="42" />
      <source>Register a newcomer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="44" />
      <source>Import a list of arrivals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="47" />
      <source>Welcome pack of the person: preview, save, print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="53" />
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="57" />
      <source>Record a counter visit (in the person file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="60" />
      <source>Space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="61" />
      <source>Tick or untick the step selected (in the checklist)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="67" />
      <source>Set the step's status: to do, in progress, done, not applicable, blocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="74" />
      <source>Audit trail: every change, searched (administrators)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="80" />
      <source>This list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="88" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="93" />
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/shortcuts.py" line="94" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="199" />
      <source>Sign in — Welcome Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="200" />
      <source>Welcome Desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="205" />
      <source>Maison Internationale — sign in with your staff account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="212" />
      <source>&amp;Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="214" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="216" />
      <source>&amp;User name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="217" />
      <source>&amp;Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="243" />
      <source>Choose your new password to go on.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StaffControls</name>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="75" />
      <source>Single desk — no sign-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="77" />
      <source>Signed in: %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="78" />
      <source>%1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="84" />
      <source>Change my pass&amp;word…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="86" />
      <source>Sign &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="98" />
      <source>&amp;Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="99" />
      <source>&amp;Accounts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="101" />
      <source>&amp;Settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="128" />
      <source>Not allowed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/staff.py" line="161" />
      <source>Your password was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatsCharts</name>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="144" />
      <source>Arrivals per month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="145" />
      <source>EU and non-EU nationals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="146" />
      <source>Arrivals by category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="147" />
      <source>Top 10 nationalities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="237" />
      <source>%1%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_charts.py" line="244" />
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatsView</name>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="204" />
      <source>The first month counted (month/year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="205" />
      <source>The last month counted (month/year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="211" />
      <source>t&amp;o</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="213" />
      <source>&amp;Count again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="214" />
      <source>Count with the register as it is now (F5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="225" />
      <source>CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="225" />
      <source>The table of the counts, for programs (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="226" />
      <source>XLSX…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="226" />
      <source>A workbook: one sheet per table (XLSX)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="227" />
      <source>PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="227" />
      <source>A short report with the charts and tables (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="242" />
      <source>Export:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="209" />
      <source>F&amp;rom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="258" />
      <source>Arrivals &amp;by:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="274" />
      <source>No counter visit recorded in these months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="282" />
      <source>Charts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="283" />
      <source>Tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="284" />
      <source>Checklists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="285" />
      <source>Counter visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="316" />
      <source>The last month is before the first: choose a range that ends later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="317" />
      <source>At most 120 months (ten years) at a time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="359" />
      <source>Counting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="385" />
      <source>The statistics could not be counted. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="409" />
      <source>No arrivals in %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="411" />
      <source>No arrivals from %1 to %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="414" />
      <source>Arrivals in %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="417" />
      <source>Arrivals from %1 to %2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="465" />
      <source>All arrivals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="476" />
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="544" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="485" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="486" />
      <source>Arrivals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="487" />
      <source>With a checklist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="488" />
      <source>Steps done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="488" />
      <source>Share of the steps that apply which are done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="490" />
      <source>Every step done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="490" />
      <source>People whose every step that applies is done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="496" />
      <source>%1
(median days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="498" />
      <source>Median number of days from arrival until the step was done, among the people who have it done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="513" />
      <source>%1%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="516" />
      <source>%1 of %2 steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="532" />
      <source>People done: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="542" />
      <source>Purpose of the visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="571" />
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="572" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="573" />
      <source>PDF documents (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="577" />
      <source>Export the statistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="598" />
      <source>Writing %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="611" />
      <source>Written: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/stats_view.py" line="650" />
      <source>The file was not written (%1; the details are in the log).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="44" />
      <source>Record a visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="57" />
      <source>Note (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="62" />
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="67" />
      <source>Visit of %1 — what was it for?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VisitsTab</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="91" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="91" />
      <source>Received by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="91" />
      <source>What for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="91" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="101" />
      <source>Record a visit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="102" />
      <source>Ctrl+R</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../src/welcome_desk/ui/person_file/visits.py" line="121" />
      <source>%n visit(s)</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Writer</name>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/saving.py" line="87" />
      <source>This was changed meanwhile by someone else; it has been reloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/saving.py" line="98" />
      <source>Nothing was saved. %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/person_file/saving.py" line="110" />
      <source>Welcome Desk</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../src/welcome_desk/ui/error_text.py" line="22" />
      <source>Something went wrong ({kind}); the details are in the log file.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="44" />
      <source>Single desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../src/welcome_desk/ui/sign_in.py" line="46" />
      <source>Without sign-in, anyone who can use this computer opens the desk as administrator, under the computer's user name (%1): the audit trail cannot tell colleagues apart. Choose it only for a desk that one person uses.

Open without signing in?</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>