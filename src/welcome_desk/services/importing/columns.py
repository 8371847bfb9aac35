"""Which column of the file holds which field, whatever the language and spelling of its header.

Headers are matched on their folded words joined together ("Date de naissance", "date_naissance"
and "DATE-NAISSANCE" meet as "datedenaissance" / "datenaissance"), so accents, case, spaces,
underscores and hyphens do not matter. Length limits come from the database columns, so that a
value that would not fit is refused with a reason instead of being cut.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String

from welcome_desk.db.models import ExternalId, Person
from welcome_desk.domain.messages import N_, message
from welcome_desk.domain.names import words
from welcome_desk.services.importing.errors import ImportFileError
from welcome_desk.services.importing.table import RawRow

MISSING_COLUMNS = N_("The file {file} lacks the required columns: {columns}.")
DUPLICATE_COLUMNS = N_("The file {file} has more than one column for {field}: {columns}.")

# Columns that the import writes into its own rejects file: a corrected rejects file can be
# imported again without a warning about them.
REJECTS_COLUMNS = ("line", "reasons")


def column_length(column: object) -> int | None:
    """The size of a text column of the database (None when it has none)."""
    column_type = getattr(column, "type", None)
    return column_type.length if isinstance(column_type, String) else None


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a newcomer's record as the import file names it."""

    name: str
    french: str
    required: bool
    aliases: tuple[str, ...] = ()

    @property
    def max_length(self) -> int | None:
        if self.name == "external_id":
            return column_length(ExternalId.__table__.c.value)
        column = Person.__table__.c.get(self.name)
        return column_length(column) if column is not None else None

    def describe(self) -> str:
        """``family_name (nom)``: how the documentation and the messages name the column."""
        return f"{self.name} ({self.french})"


FIELDS: tuple[Field, ...] = (
    Field("external_id", "identifiant", True, ("external id", "identifier", "id externe")),
    Field("family_name", "nom", True, ("nom de famille", "surname", "last name", "family name")),
    Field("given_names", "prenoms", False, ("prenom", "first name", "first names", "given name")),
    Field(
        "date_of_birth", "date_naissance", False, ("date de naissance", "birth date", "birthdate")
    ),
    Field("sex", "sexe", False, ("gender",)),
    Field("nationality", "nationalite", True, ("citizenship",)),
    Field("email", "courriel", False, ("e-mail", "mail", "adresse email", "adresse mail")),
    Field("phone", "telephone", False, ("tel", "phone number", "mobile", "portable")),
    Field("category", "categorie", True),
    Field("programme", "programme", False, ("program",)),
    Field("host_unit", "composante", False, ("host unit",)),
    Field("arrival_date", "date_arrivee", True, ("date d'arrivee", "arrival")),
    Field("departure_date", "date_depart", False, ("date de depart", "departure")),
    Field("preferred_language", "langue", False, ("language", "langue preferee")),
    Field("accompanying_persons", "accompagnants", False, ("nombre d'accompagnants",)),
)
FIELDS_BY_NAME: Mapping[str, Field] = {field.name: field for field in FIELDS}
DATE_FIELDS = frozenset({"date_of_birth", "arrival_date", "departure_date"})


def header_key(header: str) -> str:
    return "".join(words(header))


_FIELD_BY_KEY: dict[str, Field] = {
    header_key(spelling): field
    for field in FIELDS
    for spelling in (field.name, field.french, *field.aliases)
}


def field_for_header(header: str) -> Field | None:
    """The field a column of that header holds, if any."""
    return _FIELD_BY_KEY.get(header_key(header))


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Where each field is in the rows, and the header the file gives it (used in the reasons)."""

    positions: Mapping[str, int]
    labels: Mapping[str, str]
    ignored: tuple[str, ...]

    def has(self, field: str) -> bool:
        return field in self.positions

    def value(self, row: RawRow, field: str) -> str:
        """The cell of ``field`` in ``row``; "" when the row is short or the column absent."""
        position = self.positions.get(field)
        if position is None or position >= len(row.values):
            return ""
        return row.values[position]

    def label(self, field: str) -> str:
        return self.labels.get(field, field)


def map_columns(path: Path, headers: tuple[str, ...]) -> ColumnMap:
    """Match the headers to fields; refuse the file if a required one is missing or doubled."""
    positions: dict[str, int] = {}
    labels: dict[str, str] = {}
    doubled: dict[str, list[str]] = {}
    ignored: list[str] = []
    for position, header in enumerate(headers):
        if not header_key(header) or header.strip().casefold() in REJECTS_COLUMNS:
            continue
        field = field_for_header(header)
        if field is None:
            ignored.append(header.strip())
        elif field.name in positions:
            doubled.setdefault(field.name, [labels[field.name]]).append(header.strip())
        else:
            positions[field.name] = position
            labels[field.name] = header.strip()
    if doubled:
        name, spellings = next(iter(doubled.items()))
        raise ImportFileError(
            message(
                DUPLICATE_COLUMNS,
                file=str(path),
                field=FIELDS_BY_NAME[name].describe(),
                columns=", ".join(spellings),
            )
        )
    missing = [
        field.describe() for field in FIELDS if field.required and field.name not in positions
    ]
    if missing:
        raise ImportFileError(message(MISSING_COLUMNS, file=str(path), columns=", ".join(missing)))
    return ColumnMap(positions, labels, tuple(ignored))
