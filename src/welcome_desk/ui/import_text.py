"""Words of the import dialog that are not sentences: the fields' names, numbers in a template.

The fields of the import format (docs/cli.md) are shown to the staff under a name in their language;
the technical name stays in a tooltip, since it is what the file's header may say.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

FIELDS_CONTEXT = "ImportFields"

# QT_TRANSLATE_NOOP marks the names for lupdate and gives them back as they are.
FIELD_LABELS: dict[str, object] = {
    "external_id": QT_TRANSLATE_NOOP("ImportFields", "External id"),
    "family_name": QT_TRANSLATE_NOOP("ImportFields", "Family name"),
    "given_names": QT_TRANSLATE_NOOP("ImportFields", "Given names"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportFields", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("ImportFields", "Sex"),
    "nationality": QT_TRANSLATE_NOOP("ImportFields", "Nationality"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Category"),
    "programme": QT_TRANSLATE_NOOP("ImportFields", "Programme"),
    "host_unit": QT_TRANSLATE_NOOP("ImportFields", "Host unit"),
    "arrival_date": QT_TRANSLATE_NOOP("ImportFields", "Arrival date"),
    "departure_date": QT_TRANSLATE_NOOP("ImportFields", "Departure date"),
    "preferred_language": QT_TRANSLATE_NOOP("ImportFields", "Preferred language"),
    "accompanying_persons": QT_TRANSLATE_NOOP("ImportFields", "Accompanying persons"),
}

_PLACEHOLDER = re.compile(r"%(\d)")


def field_label(field: str) -> str:
    """The name of an import field in the staff's language (the field's own name if unknown)."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate(FIELDS_CONTEXT, str(label)) if label else field


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2``… replaced in one pass.

    PySide has no ``QString.arg``; replacing one placeholder after another would also replace a
    "%2" that a file name or a person's value happens to contain.
    """

    def value(match: re.Match[str]) -> str:
        position = int(match.group(1)) - 1
        return str(values[position]) if 0 <= position < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def number(value: int) -> str:
    """A count written the way the staff's locale writes numbers."""
    return QLocale().toString(value)
