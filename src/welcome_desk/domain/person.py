"""What the desk knows of a newcomer, as plain values: categories, programmes, sexes."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any

from welcome_desk.domain.messages import N_
from welcome_desk.domain.names import words


class Category(StrEnum):
    STUDENT = "student"
    RESEARCHER = "researcher"
    TEACHER = "teacher"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


class SubKind(StrEnum):
    """What kind of student, researcher or teacher (checklist rules and statistics use it)."""

    EXCHANGE = "exchange"
    BACHELOR = "bachelor"
    MASTER = "master"
    PHD = "phd"
    POST_DOC = "post_doc"
    VISITING_RESEARCHER = "visiting_researcher"
    VISITING_PROFESSOR = "visiting_professor"
    LANGUAGE_ASSISTANT = "language_assistant"


SUB_KINDS_OF = {
    Category.STUDENT: (SubKind.EXCHANGE, SubKind.BACHELOR, SubKind.MASTER, SubKind.PHD),
    Category.RESEARCHER: (SubKind.POST_DOC, SubKind.VISITING_RESEARCHER, SubKind.PHD),
    Category.TEACHER: (SubKind.VISITING_PROFESSOR, SubKind.LANGUAGE_ASSISTANT),
}


class Programme(StrEnum):
    ERASMUS_PLUS = "erasmus_plus"
    ERASMUS_MUNDUS = "erasmus_mundus"
    BILATERAL = "bilateral"
    GOVERNMENT_SCHOLARSHIP = "government_scholarship"
    NONE = "none"


CATEGORY_LABELS = {
    Category.STUDENT: N_("student"),
    Category.RESEARCHER: N_("researcher"),
    Category.TEACHER: N_("teacher"),
}
SUB_KIND_LABELS = {
    SubKind.EXCHANGE: N_("exchange student"),
    SubKind.BACHELOR: N_("bachelor's student"),
    SubKind.MASTER: N_("master's student"),
    SubKind.PHD: N_("PhD candidate"),
    SubKind.POST_DOC: N_("post-doctoral researcher"),
    SubKind.VISITING_RESEARCHER: N_("visiting researcher"),
    SubKind.VISITING_PROFESSOR: N_("visiting professor"),
    SubKind.LANGUAGE_ASSISTANT: N_("language assistant"),
}
PROGRAMME_LABELS = {
    Programme.ERASMUS_PLUS: N_("Erasmus+"),
    Programme.ERASMUS_MUNDUS: N_("Erasmus Mundus"),
    Programme.BILATERAL: N_("bilateral agreement"),
    Programme.GOVERNMENT_SCHOLARSHIP: N_("government scholarship"),
    Programme.NONE: N_("no programme"),
}

_CATEGORY_NAMES = {
    "student": Category.STUDENT,
    "etudiant": Category.STUDENT,
    "etudiante": Category.STUDENT,
    "researcher": Category.RESEARCHER,
    "chercheur": Category.RESEARCHER,
    "chercheuse": Category.RESEARCHER,
    "teacher": Category.TEACHER,
    "enseignant": Category.TEACHER,
    "enseignante": Category.TEACHER,
}
_SEX_NAMES = {
    "f": Sex.FEMALE,
    "m": Sex.MALE,
    "x": Sex.OTHER,
    "h": Sex.MALE,  # homme
    "female": Sex.FEMALE,
    "male": Sex.MALE,
    "femme": Sex.FEMALE,
    "homme": Sex.MALE,
}

# Word sequences that name a known programme, tried in this order (Mundus before plain Erasmus).
_PROGRAMME_PATTERNS: list[tuple[tuple[str, ...], Programme]] = [
    (("erasmus", "mundus"), Programme.ERASMUS_MUNDUS),
    (("erasmus",), Programme.ERASMUS_PLUS),
    (("bilateral",), Programme.BILATERAL),
    (("bilateral", "agreement"), Programme.BILATERAL),
    (("accord", "bilateral"), Programme.BILATERAL),
    (("government", "scholarship"), Programme.GOVERNMENT_SCHOLARSHIP),
    (("bourse", "du", "gouvernement"), Programme.GOVERNMENT_SCHOLARSHIP),
    (("bourse", "du", "gouvernement", "francais"), Programme.GOVERNMENT_SCHOLARSHIP),
    (("bgf",), Programme.GOVERNMENT_SCHOLARSHIP),
    (("none",), Programme.NONE),
    (("aucun",), Programme.NONE),
    (("no", "programme"), Programme.NONE),
    (("free", "mover"), Programme.NONE),
    (("hors", "programme"), Programme.NONE),
]


def _key(text: str) -> str:
    return " ".join(words(text))


def parse_category(text: str) -> Category | None:
    return _CATEGORY_NAMES.get(_key(text))


def parse_sex(text: str) -> Sex | None:
    return _SEX_NAMES.get(_key(text))


def _contains(haystack: list[str], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(tuple(haystack[i : i + size]) == needle for i in range(len(haystack) - size + 1))


def normalise_programme(text: str) -> str:
    """A known programme's code ("Erasmus+ KA131" -> "erasmus_plus"), or the text as written."""
    programme_words = words(text)
    for pattern, programme in _PROGRAMME_PATTERNS:
        if _contains(programme_words, pattern):
            return programme.value
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class PersonData:
    """A newcomer's details, already checked (by the import rules or the registration form)."""

    family_name: str
    nationality: str
    category: str
    arrival_date: date
    given_names: str | None = None
    date_of_birth: date | None = None
    sex: str | None = None
    email: str | None = None
    phone: str | None = None
    sub_kind: str | None = None
    programme: str | None = None
    host_unit: str | None = None
    departure_date: date | None = None
    preferred_language: str = "fr"
    accompanying_persons: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
