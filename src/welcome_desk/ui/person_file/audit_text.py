"""The audit trail in the staff's words: what was done (in a sentence), each field's name, and its
values as the forms show them (labels, dates and times in the locale, steps by their title).

The trail stores codes and ISO dates (``db.audit``); nothing here reads the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from babel import Locale
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from welcome_desk.domain.countries import country_name
from welcome_desk.domain.roles import ROLE_LABELS, Role
from welcome_desk.services.audit_log import AuditRow, Change
from welcome_desk.services.records import visit_purposes
from welcome_desk.ui.person_file.formatting import (
    NO_VALUE,
    Labels,
    decision_labels,
    format_date,
    format_datetime,
    visa_labels,
)

CONTEXT = "AuditText"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# QT_TRANSLATE_NOOP marks the texts for lupdate and gives them back as they are.
_FIELDS: dict[str, str] = {
    # The person
    "family_name": QT_TRANSLATE_NOOP("AuditText", "Family name"),
    "given_names": QT_TRANSLATE_NOOP("AuditText", "Given names"),
    "date_of_birth": QT_TRANSLATE_NOOP("AuditText", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("AuditText", "Sex"),
    "nationality": QT_TRANSLATE_NOOP("AuditText", "Nationality"),
    "email": QT_TRANSLATE_NOOP("AuditText", "Email"),
    "phone": QT_TRANSLATE_NOOP("AuditText", "Phone"),
    "preferred_language": QT_TRANSLATE_NOOP("AuditText", "Preferred language"),
    "category": QT_TRANSLATE_NOOP("AuditText", "Category"),
    "sub_kind": QT_TRANSLATE_NOOP("AuditText", "Kind"),
    "programme": QT_TRANSLATE_NOOP("AuditText", "Programme"),
    "host_unit": QT_TRANSLATE_NOOP("AuditText", "Faculty or laboratory"),
    "arrival_date": QT_TRANSLATE_NOOP("AuditText", "Arrival"),
    "departure_date": QT_TRANSLATE_NOOP("AuditText", "Departure"),
    "accompanying_persons": QT_TRANSLATE_NOOP("AuditText", "Accompanying persons"),
    "anonymised_on": QT_TRANSLATE_NOOP("AuditText", "Anonymised on"),
    "external_id": QT_TRANSLATE_NOOP("AuditText", "External id"),
    "source": QT_TRANSLATE_NOOP("AuditText", "Source"),
    "value": QT_TRANSLATE_NOOP("AuditText", "Value"),
    "template_id": QT_TRANSLATE_NOOP("AuditText", "Checklist template edition"),
    # A step
    "key": QT_TRANSLATE_NOOP("AuditText", "Step"),
    "area": QT_TRANSLATE_NOOP("AuditText", "Area"),
    "applicable": QT_TRANSLATE_NOOP("AuditText", "Applies"),
    "status": QT_TRANSLATE_NOOP("AuditText", "Status"),
    "blocked_reason": QT_TRANSLATE_NOOP("AuditText", "Reason blocked"),
    "due_on": QT_TRANSLATE_NOOP("AuditText", "Due date"),
    "opens_on": QT_TRANSLATE_NOOP("AuditText", "Opens on"),
    "due_set_by_hand": QT_TRANSLATE_NOOP("AuditText", "Due date set by hand"),
    "done_on": QT_TRANSLATE_NOOP("AuditText", "Done on"),
    "notes": QT_TRANSLATE_NOOP("AuditText", "Notes"),
    "checklist_id": QT_TRANSLATE_NOOP("AuditText", "Checklist"),
    # Housing
    "kind": QT_TRANSLATE_NOOP("AuditText", "Housing"),
    "address": QT_TRANSLATE_NOOP("AuditText", "Address"),
    "from_date": QT_TRANSLATE_NOOP("AuditText", "From"),
    "to_date": QT_TRANSLATE_NOOP("AuditText", "To"),
    "visale": QT_TRANSLATE_NOOP("AuditText", "Visale guarantee"),
    "insurance": QT_TRANSLATE_NOOP("AuditText", "Home insurance"),
    "caf_status": QT_TRANSLATE_NOOP("AuditText", "CAF housing aid"),
    # Healthcare
    "social_security": QT_TRANSLATE_NOOP("AuditText", "Social security"),
    "ehic": QT_TRANSLATE_NOOP("AuditText", "European Health Insurance Card (EHIC)"),
    "ehic_expiry": QT_TRANSLATE_NOOP("AuditText", "EHIC valid until"),
    "mutuelle": QT_TRANSLATE_NOOP("AuditText", "Complementary insurance (mutuelle)"),
    "gp_declared": QT_TRANSLATE_NOOP("AuditText", "GP (médecin traitant) declared"),
    # Administrative papers
    "visa_type": QT_TRANSLATE_NOOP("AuditText", "Visa"),
    "visa_expiry": QT_TRANSLATE_NOOP("AuditText", "Visa valid until"),
    "vls_ts_validated_on": QT_TRANSLATE_NOOP("AuditText", "VLS-TS validated on"),
    "residence_permit_number": QT_TRANSLATE_NOOP("AuditText", "Residence permit number"),
    "residence_permit_expiry": QT_TRANSLATE_NOOP("AuditText", "Residence permit valid until"),
    # Appointments and visits
    "starts_at": QT_TRANSLATE_NOOP("AuditText", "When"),
    "place": QT_TRANSLATE_NOOP("AuditText", "Where"),
    "purpose": QT_TRANSLATE_NOOP("AuditText", "What for"),
    "at": QT_TRANSLATE_NOOP("AuditText", "When"),
    "staff": QT_TRANSLATE_NOOP("AuditText", "Received by"),
    "purposes": QT_TRANSLATE_NOOP("AuditText", "What for"),
    # Accounts and exports
    "username": QT_TRANSLATE_NOOP("AuditText", "User name"),
    "display_name": QT_TRANSLATE_NOOP("AuditText", "Name"),
    "role": QT_TRANSLATE_NOOP("AuditText", "Role"),
    "password_hash": QT_TRANSLATE_NOOP("AuditText", "Password"),
    "active": QT_TRANSLATE_NOOP("AuditText", "Active"),
    "must_change_password": QT_TRANSLATE_NOOP("AuditText", "Must change the password"),
    "password_changed_at": QT_TRANSLATE_NOOP("AuditText", "Password changed"),
    "format": QT_TRANSLATE_NOOP("AuditText", "Format"),
    "people": QT_TRANSLATE_NOOP("AuditText", "People"),
}

# What was done, by kind of record and action; %1 is a step's title.
_DONE: dict[tuple[str, str], str] = {
    ("person", "created"): QT_TRANSLATE_NOOP("AuditText", "Registered"),
    ("person", "updated"): QT_TRANSLATE_NOOP("AuditText", "Details changed"),
    ("person", "deleted"): QT_TRANSLATE_NOOP("AuditText", "Deleted"),
    ("person", "anonymised"): QT_TRANSLATE_NOOP("AuditText", "Anonymised"),
    ("person", "erased"): QT_TRANSLATE_NOOP("AuditText", "Erased"),
    ("person", "exported"): QT_TRANSLATE_NOOP("AuditText", "Personal data exported"),
    ("person", "demo_added"): QT_TRANSLATE_NOOP("AuditText", "Demo people added"),
    ("external_id", "created"): QT_TRANSLATE_NOOP("AuditText", "External id added"),
    ("external_id", "updated"): QT_TRANSLATE_NOOP("AuditText", "External id changed"),
    ("external_id", "deleted"): QT_TRANSLATE_NOOP("AuditText", "External id removed"),
    ("checklist", "created"): QT_TRANSLATE_NOOP("AuditText", "Checklist made"),
    ("checklist", "updated"): QT_TRANSLATE_NOOP("AuditText", "Checklist changed"),
    ("checklist", "deleted"): QT_TRANSLATE_NOOP("AuditText", "Checklist removed"),
    ("step", "created"): QT_TRANSLATE_NOOP("AuditText", "Step “%1” added"),
    ("step", "updated"): QT_TRANSLATE_NOOP("AuditText", "Step “%1” updated"),
    ("step", "deleted"): QT_TRANSLATE_NOOP("AuditText", "Step “%1” removed"),
    ("housing", "created"): QT_TRANSLATE_NOOP("AuditText", "Housing added"),
    ("housing", "updated"): QT_TRANSLATE_NOOP("AuditText", "Housing changed"),
    ("housing", "deleted"): QT_TRANSLATE_NOOP("AuditText", "Housing removed"),
    ("healthcare", "created"): QT_TRANSLATE_NOOP("AuditText", "Healthcare recorded"),
    ("healthcare", "updated"): QT_TRANSLATE_NOOP("AuditText", "Healthcare changed"),
    ("healthcare", "deleted"): QT_TRANSLATE_NOOP("AuditText", "Healthcare removed"),
    ("administrative", "created"): QT_TRANSLATE_NOOP("AuditText", "Papers recorded"),
    ("administrative", "updated"): QT_TRANSLATE_NOOP("AuditText", "Papers changed"),
    ("administrative", "deleted"): QT_TRANSLATE_NOOP("AuditText", "Papers removed"),
    ("appointment", "created"): QT_TRANSLATE_NOOP("AuditText", "Appointment added"),
    ("appointment", "updated"): QT_TRANSLATE_NOOP("AuditText", "Appointment changed"),
    ("appointment", "deleted"): QT_TRANSLATE_NOOP("AuditText", "Appointment removed"),
    ("visit", "created"): QT_TRANSLATE_NOOP("AuditText", "Visit recorded"),
    ("visit", "updated"): QT_TRANSLATE_NOOP("AuditText", "Visit changed"),
    ("visit", "deleted"): QT_TRANSLATE_NOOP("AuditText", "Visit removed"),
    ("account", "created"): QT_TRANSLATE_NOOP("AuditText", "Staff account created"),
    ("account", "updated"): QT_TRANSLATE_NOOP("AuditText", "Staff account changed"),
    ("account", "signed_in"): QT_TRANSLATE_NOOP("AuditText", "Signed in"),
    ("account", "sign_in_refused"): QT_TRANSLATE_NOOP("AuditText", "Sign-in refused"),
    ("setting", "created"): QT_TRANSLATE_NOOP("AuditText", "Setting changed"),
    ("setting", "updated"): QT_TRANSLATE_NOOP("AuditText", "Setting changed"),
}

# The audit window's filters.
ACTIONS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("AuditText", "Added"),
    "updated": QT_TRANSLATE_NOOP("AuditText", "Changed"),
    "deleted": QT_TRANSLATE_NOOP("AuditText", "Removed"),
    "anonymised": QT_TRANSLATE_NOOP("AuditText", "Anonymised"),
    "erased": QT_TRANSLATE_NOOP("AuditText", "Erased"),
    "exported": QT_TRANSLATE_NOOP("AuditText", "Personal data exported"),
    "signed_in": QT_TRANSLATE_NOOP("AuditText", "Signed in"),
    "sign_in_refused": QT_TRANSLATE_NOOP("AuditText", "Sign-in refused"),
}
ENTITIES: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("AuditText", "Person"),
    "step": QT_TRANSLATE_NOOP("AuditText", "Checklist step"),
    "housing": QT_TRANSLATE_NOOP("AuditText", "Housing"),
    "healthcare": QT_TRANSLATE_NOOP("AuditText", "Healthcare"),
    "administrative": QT_TRANSLATE_NOOP("AuditText", "Administrative papers"),
    "appointment": QT_TRANSLATE_NOOP("AuditText", "Appointment"),
    "visit": QT_TRANSLATE_NOOP("AuditText", "Visit"),
    "checklist": QT_TRANSLATE_NOOP("AuditText", "Checklist"),
    "external_id": QT_TRANSLATE_NOOP("AuditText", "External id"),
    "account": QT_TRANSLATE_NOOP("AuditText", "Staff account"),
    "setting": QT_TRANSLATE_NOOP("AuditText", "Setting"),
}

_DATES = frozenset(
    {
        "date_of_birth",
        "arrival_date",
        "departure_date",
        "anonymised_on",
        "due_on",
        "opens_on",
        "done_on",
        "from_date",
        "to_date",
        "ehic_expiry",
        "visa_expiry",
        "vls_ts_validated_on",
        "residence_permit_expiry",
    }
)
_TIMES = frozenset({"starts_at", "at", "password_changed_at", "locked_until"})
_ORDER = {name: number for number, name in enumerate(_FIELDS)}
# Bookkeeping that says nothing to the staff (the step's own title is in what was done).
_UNSAID = frozenset({"checklist_id"})
_SEX: dict[str, str] = {
    "F": QT_TRANSLATE_NOOP("AuditText", "female (F)"),
    "M": QT_TRANSLATE_NOOP("AuditText", "male (M)"),
    "X": QT_TRANSLATE_NOOP("AuditText", "other or unspecified (X)"),
}


class AuditWords:
    """Words for the entries of the trail, in the staff's language (``Labels`` gives the
    domain's labels from the gettext catalog, the rest comes from the Qt catalog)."""

    def __init__(self, labels: Labels, step_titles: Mapping[int, str] | None = None) -> None:
        self._labels = labels
        self.step_titles: Mapping[int, str] = step_titles or {}

    def who(self, row: AuditRow) -> str:
        """The staff member, "(system user)" when no account acted (command line, single desk)."""
        if row.by_system_user:
            return QCoreApplication.translate("AuditText", "%1 (system user)").replace(
                "%1", row.actor
            )
        return row.actor

    def step_title(self, row: AuditRow) -> str:
        if row.entity_id is not None and row.entity_id in self.step_titles:
            return self.step_titles[row.entity_id]
        key = next((c.after or c.before for c in row.changes if c.field == "key"), None)
        if key:
            return str(key)
        return f"#{row.entity_id}" if row.entity_id is not None else NO_VALUE

    def what(self, row: AuditRow) -> str:
        """What was done, in words: "Details changed", "Step “…” updated", "Visit recorded"."""
        template = _DONE.get((row.entity, row.action))
        if template is None:
            return f"{self.kind(row.entity)}: {self.action(row.action)}"
        text = _tr(template)
        return text.replace("%1", self.step_title(row)) if "%1" in text else text

    def changes(self, row: AuditRow) -> list[Change]:
        """The changes worth showing, in the forms' order of the fields."""
        titled = row.entity == "step" and row.entity_id in self.step_titles
        shown = [
            c for c in row.changes if c.field not in _UNSAID and not (titled and c.field == "key")
        ]
        return sorted(shown, key=lambda c: _ORDER.get(c.field, len(_ORDER)))

    def kind(self, entity: str) -> str:
        label = ENTITIES.get(entity)
        return _tr(label) if label else entity

    def action(self, action: str) -> str:
        label = ACTIONS.get(action)
        return _tr(label) if label else action

    def field(self, name: str) -> str:
        label = _FIELDS.get(name)
        return _tr(label) if label else name

    def value(self, row: AuditRow, name: str, value: Any) -> str:
        """A value before or after, as the forms show it."""
        if name == "key" and row.entity == "step" and value:
            return self.step_title(row)
        return self.plain_value(row.entity, name, value)

    def plain_value(self, entity: str, name: str, value: Any) -> str:
        """A field's value of a record of kind ``entity`` (a code, an ISO date, or a date)."""
        if value is None or value == "":
            return NO_VALUE
        if isinstance(value, bool):
            yes = QCoreApplication.translate("AuditText", "yes")
            return yes if value else QCoreApplication.translate("AuditText", "no")
        text = str(value)
        if name in _DATES:
            return _date(text)
        if name in _TIMES:
            return _time(text)
        return self._coded(entity, name, text)

    def _coded(self, entity: str, name: str, text: str) -> str:
        labels = self._labels
        if name == "password_hash":
            return QCoreApplication.translate("AuditText", "(hidden)")
        if entity == "step" and name == "status":
            return labels.status(text)
        if entity == "step" and name == "area":
            return labels.area(text)
        coded: dict[str, Any] = {
            "nationality": lambda: country_name(text, labels.language),
            "preferred_language": lambda: _language(text, labels.language),
            "sex": lambda: _tr(_SEX[text]) if text in _SEX else text,
            "category": lambda: labels.category(text),
            "sub_kind": lambda: labels.sub_kind(text),
            "programme": lambda: labels.programme(text),
            "kind": lambda: labels.housing_kind(text),
            "visale": lambda: decision_labels().get(text, text),
            "caf_status": lambda: decision_labels().get(text, text),
            "social_security": lambda: labels.social_security(text),
            "visa_type": lambda: visa_labels().get(text, text),
            "purposes": lambda: _purposes(text, labels.language),
            "role": lambda: _role(text, labels),
        }
        found = coded.get(name)
        return str(found()) if found is not None else text


def _date(text: str) -> str:
    try:
        return format_date(date.fromisoformat(text[:10]))
    except ValueError:
        return text


def _time(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return format_datetime(moment) if moment.tzinfo is not None else text


def _language(code: str, language: str) -> str:
    try:
        name = Locale.parse(language).languages.get(code)
    except (ValueError, LookupError):
        return code
    return f"{name[:1].upper()}{name[1:]}" if name else code


def _purposes(text: str, language: str) -> str:
    names = {p.key: p.label(language) for p in visit_purposes()}
    return ", ".join(names.get(key.strip(), key.strip()) for key in text.split(","))


def _role(text: str, labels: Labels) -> str:
    try:
        return labels.text(ROLE_LABELS[Role(text)])
    except ValueError:
        return text
