"""The checks of one row of an import file (the table of docs/cli.md), and of the desk's form.

Every problem of a row is listed, not only the first, so that the staff fix a rejected row in one
go. A reason names the column as the file names it, and the value as written. The registration
form runs the very same checks on its own values through :func:`check_values`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from welcome_desk.domain.countries import resolve_country
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.domain.person import (
    SUB_KINDS_OF,
    Category,
    SubKind,
    normalise_programme,
    parse_category,
    parse_sex,
)
from welcome_desk.domain.values import (
    InvalidDate,
    NotACalendarDate,
    age_on,
    clean_text,
    parse_date,
    parse_email,
    parse_language,
    parse_phone,
    parse_whole_number,
)
from welcome_desk.services.importing.columns import FIELDS_BY_NAME, ColumnMap
from welcome_desk.services.importing.report import RejectedRow
from welcome_desk.services.importing.table import RawRow
from welcome_desk.services.people import PersonData

T = TypeVar("T")

MIN_AGE = 15
MAX_AGE = 100
# More is a typing mistake (and would not fit every database's integer).
MAX_ACCOMPANYING = 99
DEFAULT_LANGUAGE = "fr"
# Dates of a stay beyond these are typing mistakes ("3000", "2062" for "2026"), not plans: an
# arrival is known months, at most a year or two, ahead, and a stay lasts a few years at most.
MAX_YEARS_TO_ARRIVAL = 5
MAX_YEARS_TO_DEPARTURE = 10
# Nobody on the desk's lists arrived earlier: an older arrival is a typing mistake ("0026").
EARLIEST_ARRIVAL = date(1900, 1, 1)

REQUIRED = N_("{column}: required but empty")
TOO_LONG = N_("{column}: too long ({length} characters, at most {limit})")
NOT_A_DATE = N_("{column}: '{value}' is not a date in the form YYYY-MM-DD or DD/MM/YYYY")
NOT_A_REAL_DATE = N_("{column}: '{value}' is not a real date")
BIRTH_IN_FUTURE = N_("{column}: {value} is in the future")
TOO_FAR_AHEAD = N_("{column}: {value} is too far in the future (more than {years} years from now)")
TOO_FAR_BACK = N_("{column}: {value} is too far in the past (before {earliest})")
AGE_OUT_OF_RANGE = N_("{column}: age at arrival would be {age}, not between {low} and {high}")
NOT_A_SEX = N_("{column}: '{value}' is not F, M or X")
NOT_A_COUNTRY = N_("{column}: '{value}' is not a known country")
NOT_AN_EMAIL = N_("{column}: '{value}' is not a valid email address")
NOT_A_PHONE = N_("{column}: '{value}' is not a valid phone number (international +… or French)")
NOT_A_CATEGORY = N_("{column}: '{value}' is not student, researcher or teacher")
DEPARTURE_BEFORE_ARRIVAL = N_("{column}: {value} is before the arrival date {arrival}")
NOT_A_LANGUAGE = N_("{column}: '{value}' is not an ISO 639-1 language code")
NOT_A_COUNT = N_("{column}: '{value}' is not a whole number of 0 or more")
COUNT_TOO_HIGH = N_("{column}: {value} is more than {limit}")
DUPLICATE_ID = N_("{column}: '{value}' is already used on line {line}")
NOT_A_SUB_KIND = N_("{column}: '{value}' is not a known kind of student, researcher or teacher")
SUB_KIND_NOT_OF_CATEGORY = N_("{column}: '{value}' does not go with the category '{category}'")
EXTRA_VALUES = N_("values beyond the last column: {values} (a separator in an unquoted value?)")


@dataclass(frozen=True, slots=True)
class ValidRow:
    """A row that passed every check, as the values to store."""

    line: int
    external_id: str
    data: PersonData


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One reason why a value is refused, and the field it belongs to."""

    field: str
    message: Message


class _Row:
    """Values under check, named by field, and the reasons found so far.

    ``positions`` orders the reasons (an import lists them in the order of the file's columns);
    a field without a position comes after the others.
    """

    def __init__(
        self,
        values: Mapping[str, str],
        labels: Mapping[str, str],
        positions: Mapping[str, int],
    ) -> None:
        self.values = values
        self.labels = labels
        self.positions = positions
        self.after_last = max(positions.values(), default=-1) + 1
        # (position, field, reason); field is None for a reason about the whole row.
        self.found: list[tuple[int, str | None, Message]] = []

    @classmethod
    def of_file(cls, row: RawRow, columns: ColumnMap) -> _Row:
        values = {field: columns.value(row, field) for field in columns.positions}
        checked = cls(values, columns.labels, columns.positions)
        checked.after_last = len(row.values)
        return checked

    def value(self, field: str) -> str:
        """The cleaned text of ``field`` ("" when absent)."""
        return clean_text(self.values.get(field, ""))

    def reject(self, template: str, field: str, **params: object) -> None:
        position = self.positions.get(field, self.after_last)
        column = self.labels.get(field, field)
        self.found.append((position, field, message(template, column=column, **params)))

    def sorted_found(self) -> list[tuple[int, str | None, Message]]:
        return sorted(self.found, key=lambda found: found[0])

    @property
    def reasons(self) -> tuple[Message, ...]:
        return tuple(reason for _, _, reason in self.sorted_found())

    def text(self, field: str, *, required: bool = False) -> str | None:
        """The cleaned text of ``field``; None when empty (a reason if required) or too long."""
        value = self.value(field)
        if not value:
            if required:
                self.reject(REQUIRED, field)
            return None
        limit = FIELDS_BY_NAME[field].max_length
        if limit is not None and len(value) > limit:
            self.reject(TOO_LONG, field, length=len(value), limit=limit)
            return None
        return value

    def date(
        self,
        field: str,
        *,
        required: bool = False,
        earliest: date = date.min,
        latest: date = date.max,
        years_ahead: int = 0,
    ) -> date | None:
        """A date from ``earliest`` to ``latest`` (``years_ahead`` from today, for the reason)."""
        value = self.value(field)
        if not value:
            if required:
                self.reject(REQUIRED, field)
            return None
        try:
            parsed = parse_date(value)
        except NotACalendarDate:
            self.reject(NOT_A_REAL_DATE, field, value=value)
        except InvalidDate:
            self.reject(NOT_A_DATE, field, value=value)
        else:
            if earliest <= parsed <= latest:
                return parsed
            if parsed < earliest:
                self.reject(TOO_FAR_BACK, field, value=parsed.isoformat(), earliest=earliest)
            else:
                self.reject(TOO_FAR_AHEAD, field, value=parsed.isoformat(), years=years_ahead)
        return None

    def coded(
        self, field: str, parse: Callable[[str], T | None], template: str, *, required: bool = False
    ) -> T | None:
        """A value that must be recognised by ``parse`` (a country, a category, an email…)."""
        value = self.value(field)
        if not value:
            if required:
                self.reject(REQUIRED, field)
            return None
        parsed = parse(value)
        if parsed is None:
            self.reject(template, field, value=value)
        return parsed


def _years_after(day: date, years: int) -> date:
    """The same day ``years`` later (28 February for a 29 February that has none)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _check_age(row: _Row, birth: date | None, arrival: date | None, today: date) -> None:
    if birth is None:
        return
    if birth > today:
        row.reject(BIRTH_IN_FUTURE, "date_of_birth", value=birth.isoformat())
    elif arrival is not None:
        age = age_on(birth, arrival)
        if not MIN_AGE <= age <= MAX_AGE:
            row.reject(AGE_OUT_OF_RANGE, "date_of_birth", age=age, low=MIN_AGE, high=MAX_AGE)


def _check_count(row: _Row) -> int:
    field = "accompanying_persons"
    value = row.value(field)
    if not value:
        return 0
    count = parse_whole_number(value)
    if count is None:
        row.reject(NOT_A_COUNT, field, value=value)
        return 0
    if count > MAX_ACCOMPANYING:
        row.reject(COUNT_TOO_HIGH, field, value=count, limit=MAX_ACCOMPANYING)
    return count


def _check_extra_values(row: _Row, raw: RawRow, header_width: int) -> None:
    extra = [value for value in raw.values[header_width:] if value.strip()]
    if extra:
        row.found.append((header_width, None, message(EXTRA_VALUES, values=", ".join(extra))))


def _parse_sub_kind(text: str) -> SubKind | None:
    try:
        return SubKind(text.strip().casefold())
    except ValueError:
        return None


def _check_sub_kind(row: _Row, category: Category | None) -> SubKind | None:
    """The kind of student, researcher or teacher; it must be one of the category's kinds.

    Import files have no such column yet: there, it is always empty.
    """
    sub_kind = row.coded("sub_kind", _parse_sub_kind, NOT_A_SUB_KIND)
    if sub_kind is not None and category is not None and sub_kind not in SUB_KINDS_OF[category]:
        row.reject(
            SUB_KIND_NOT_OF_CATEGORY, "sub_kind", value=sub_kind.value, category=category.value
        )
        return None
    return sub_kind


class RowChecker:
    """Checks the rows of one file in order; remembers their ids to refuse a second use of one.

    ``header_width`` is the number of columns of the header: non-empty cells beyond it mean the
    row's values are shifted by a separator inside an unquoted value.
    """

    def __init__(self, columns: ColumnMap, *, header_width: int, today: date) -> None:
        self.columns = columns
        self.header_width = header_width
        self.today = today
        self.first_lines: dict[str, int] = {}

    def check(self, raw: RawRow) -> ValidRow | RejectedRow:
        """The values to store for ``raw``, or every reason why it cannot be imported."""
        row = _Row.of_file(raw, self.columns)
        external_id = row.text("external_id", required=True)
        if external_id is not None:
            first_line = self.first_lines.setdefault(external_id, raw.line)
            if first_line != raw.line:
                row.reject(DUPLICATE_ID, "external_id", value=external_id, line=first_line)
        data = _check_fields(row, today=self.today)
        _check_extra_values(row, raw, self.header_width)
        if row.found:
            return RejectedRow(raw.line, raw.values, row.reasons)
        # Every required value is present when no reason was given.
        assert external_id and data
        return ValidRow(raw.line, external_id, data)


def check_values(
    values: Mapping[str, str],
    *,
    today: date,
    labels: Mapping[str, str] | None = None,
    order: tuple[str, ...] = (),
) -> PersonData | list[FieldProblem]:
    """The import's rules on values named by field (``family_name``…, and ``sub_kind``).

    For the registration form: ``values`` holds the text of each field as typed (a missing field
    counts as empty). A reason names its field by ``labels`` (the field's name by default), and
    reasons come in the order of ``order``, then the others in the order found.
    """
    row = _Row(values, labels or {}, {field: index for index, field in enumerate(order)})
    data = _check_fields(row, today=today)
    if data is not None:
        return data
    return [FieldProblem(field, reason) for _, field, reason in row.sorted_found() if field]


def _check_fields(row: _Row, *, today: date) -> PersonData | None:
    """The person's details when every field passes (and no reason was found before)."""
    family_name = row.text("family_name", required=True)
    given_names = row.text("given_names")
    birth = row.date("date_of_birth")
    sex = row.coded("sex", parse_sex, NOT_A_SEX)
    nationality = row.coded("nationality", resolve_country, NOT_A_COUNTRY, required=True)
    # email-validator refuses addresses longer than the 254 characters the column holds.
    email = row.coded("email", parse_email, NOT_AN_EMAIL)
    phone = row.coded("phone", parse_phone, NOT_A_PHONE)
    category = row.coded("category", parse_category, NOT_A_CATEGORY, required=True)
    sub_kind = _check_sub_kind(row, category)
    programme_text = row.text("programme")
    programme = normalise_programme(programme_text) if programme_text else None
    host_unit = row.text("host_unit")
    arrival = row.date(
        "arrival_date",
        required=True,
        earliest=EARLIEST_ARRIVAL,
        latest=_years_after(today, MAX_YEARS_TO_ARRIVAL),
        years_ahead=MAX_YEARS_TO_ARRIVAL,
    )
    departure = row.date(
        "departure_date",
        latest=_years_after(today, MAX_YEARS_TO_DEPARTURE),
        years_ahead=MAX_YEARS_TO_DEPARTURE,
    )
    if departure is not None and arrival is not None and departure < arrival:
        row.reject(
            DEPARTURE_BEFORE_ARRIVAL,
            "departure_date",
            value=departure.isoformat(),
            arrival=arrival.isoformat(),
        )
    language = row.coded("preferred_language", parse_language, NOT_A_LANGUAGE)
    accompanying = _check_count(row)
    _check_age(row, birth, arrival, today)
    if row.found:
        return None
    # Every required value is present when no reason was given.
    assert family_name and nationality and category and arrival
    return PersonData(
        family_name=family_name,
        given_names=given_names,
        date_of_birth=birth,
        sex=sex.value if sex else None,
        nationality=nationality,
        email=email,
        phone=phone,
        category=category.value,
        sub_kind=sub_kind.value if sub_kind else None,
        programme=programme,
        host_unit=host_unit,
        arrival_date=arrival,
        departure_date=departure,
        preferred_language=language or DEFAULT_LANGUAGE,
        accompanying_persons=accompanying,
    )
