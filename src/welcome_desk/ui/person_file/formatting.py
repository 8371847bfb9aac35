"""How the person file writes names, dates and coded values for the staff."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from welcome_desk.domain.checklist_template import AREA_LABELS, Area
from welcome_desk.domain.messages import Message
from welcome_desk.domain.person import CATEGORY_LABELS, PROGRAMME_LABELS, SUB_KIND_LABELS
from welcome_desk.domain.records import (
    HOUSING_LABELS,
    SOCIAL_SECURITY_LABELS,
    CafStatus,
    HousingKind,
    SocialSecurity,
    Visale,
    VisaType,
)
from welcome_desk.domain.step_status import STATUS_LABELS, StepStatus
from welcome_desk.i18n import translator

NO_VALUE = "—"
_CAPITALISED_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _has_case(text: str) -> bool:
    """True when the name is written in a script with capitals (Latin, Cyrillic, Greek)."""
    for character in text:
        if character.isalpha():
            return unicodedata.name(character, "").startswith(_CAPITALISED_SCRIPTS)
    return False


def display_name(family_name: str, given_names: str | None) -> str:
    """The family name first, in capitals where its script has them (DUPONT Élodie, 王 小明)."""
    family = family_name.upper() if _has_case(family_name) else family_name
    return f"{family} {given_names}" if given_names else family


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_datetime(value: datetime) -> str:
    """An instant in this computer's time zone, written the user's way."""
    local = value.astimezone().replace(tzinfo=None)
    return QLocale().toString(QDateTime(local), QLocale.FormatType.ShortFormat)


def visa_labels() -> dict[str, str]:
    return {
        VisaType.VLS_TS_STUDENT: QCoreApplication.translate(
            "PersonFile", "long-stay student visa (VLS-TS)"
        ),
        VisaType.TALENT_RESEARCHER: QCoreApplication.translate(
            "PersonFile", "talent passport – researcher"
        ),
        VisaType.TALENT_FAMILY: QCoreApplication.translate(
            "PersonFile", "talent passport – family"
        ),
        VisaType.SHORT_STAY: QCoreApplication.translate("PersonFile", "short-stay visa"),
        VisaType.ALGERIAN_CERTIFICATE: QCoreApplication.translate(
            "PersonFile", "Algerian residence certificate"
        ),
        VisaType.OTHER: QCoreApplication.translate("PersonFile", "other visa"),
        VisaType.NONE: QCoreApplication.translate("PersonFile", "no visa needed"),
    }


def decision_labels() -> dict[str, str]:
    """Visale guarantee and CAF housing aid share the same four states."""
    return {
        Visale.NONE: QCoreApplication.translate("PersonFile", "not requested"),
        Visale.REQUESTED: QCoreApplication.translate("PersonFile", "requested"),
        Visale.GRANTED: QCoreApplication.translate("PersonFile", "granted"),
        Visale.REFUSED: QCoreApplication.translate("PersonFile", "refused"),
    }


class Labels:
    """Coded values in the staff's language: the domain's labels come from its gettext catalog."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translate = translator(language)

    def text(self, template: str) -> str:
        return self._translate(template)

    def message(self, message: Message) -> str:
        return message.render(self._translate)

    def _coded(self, labels: Mapping[Any, str], code: str | None) -> str:
        if not code:
            return ""
        template = labels.get(code)
        return self._translate(template) if template else code

    def status(self, status: str) -> str:
        return self._coded(STATUS_LABELS, status)

    def area(self, area: str) -> str:
        return self._coded(AREA_LABELS, area)

    def category(self, category: str) -> str:
        return self._coded(CATEGORY_LABELS, category)

    def sub_kind(self, sub_kind: str | None) -> str:
        return self._coded(SUB_KIND_LABELS, sub_kind)

    def programme(self, programme: str | None) -> str:
        return self._coded(PROGRAMME_LABELS, programme)

    def housing_kind(self, kind: str) -> str:
        return self._coded(HOUSING_LABELS, kind)

    def social_security(self, value: str) -> str:
        return self._coded(SOCIAL_SECURITY_LABELS, value)

    def statuses(self) -> list[tuple[str, str]]:
        return [(s.value, self.status(s)) for s in StepStatus]

    def areas(self) -> list[str]:
        return [a.value for a in Area]

    def housing_kinds(self) -> list[tuple[str, str]]:
        return [(k.value, self.housing_kind(k)) for k in HousingKind]

    def social_security_choices(self) -> list[tuple[str, str]]:
        return [(s.value, self.social_security(s)) for s in SocialSecurity]

    def visa_choices(self) -> list[tuple[str, str]]:
        return [(v.value, visa_labels()[v]) for v in VisaType]

    def decision_choices(self) -> list[tuple[str, str]]:
        labels = decision_labels()
        return [(c.value, labels[c]) for c in CafStatus]
