"""How the person form words a person and a stored value: names, dates in the UI language, coded
values by their labels (for the duplicate warning and the conflict panel)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from welcome_desk.domain.countries import country_name
from welcome_desk.domain.person import CATEGORY_LABELS, PROGRAMME_LABELS, SUB_KIND_LABELS
from welcome_desk.i18n import Translate
from welcome_desk.ui.choice_combo import language_choices
from welcome_desk.ui.date_field import date_format, to_qdate

NOTHING = "—"


class Someone(Protocol):
    @property
    def family_name(self) -> str: ...
    @property
    def given_names(self) -> str | None: ...
    @property
    def date_of_birth(self) -> date | None: ...
    @property
    def nationality(self) -> str: ...
    @property
    def arrival_date(self) -> date: ...


def person_name(family_name: str, given_names: str | None) -> str:
    """ "DUPONT Élodie": the family name stands out, as on the counter's lists."""
    return f"{family_name.upper()} {given_names or ''}".strip()


def format_date(value: date, language: str) -> str:
    return QLocale(language).toString(to_qdate(value), date_format(language))


def describe_person(person: Someone, language: str, person_id: int | None = None) -> str:
    """One line telling people of the same name apart: birth date, nationality, arrival."""
    parts = [person_name(person.family_name, person.given_names)]
    if person.date_of_birth is not None:
        born = QCoreApplication.translate("PersonFormText", "born %1")
        parts.append(born.replace("%1", format_date(person.date_of_birth, language)))
    parts.append(country_name(person.nationality, language))
    arrival = QCoreApplication.translate("PersonFormText", "arrival %1")
    parts.append(arrival.replace("%1", format_date(person.arrival_date, language)))
    text = " — ".join(parts)
    return f"{text} (#{person_id})" if person_id is not None else text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def display_value(
    field: str,
    value: object,
    language: str,
    translate: Translate,
    sex_labels: Mapping[str, str],
) -> str:
    """``value`` of ``field`` as the form shows it (labels, names, dates in the UI language)."""
    if value is None or value == "":
        return NOTHING
    if isinstance(value, date):
        return format_date(value, language)
    text = str(value)
    if field == "nationality":
        return country_name(text, language)
    if field == "preferred_language":
        return next((c.name for c in language_choices(language) if c.code == text), text)
    if field == "sex":
        return sex_labels.get(text, text)
    labels: dict[str, str] = {}
    if field == "category":
        labels = {c.value: label for c, label in CATEGORY_LABELS.items()}
    elif field == "sub_kind":
        labels = {k.value: label for k, label in SUB_KIND_LABELS.items()}
    elif field == "programme":
        labels = {p.value: label for p, label in PROGRAMME_LABELS.items()}
    if text in labels:
        return _capitalised(translate(labels[text]))
    return text
