"""Fuzzing the registration form's checks and the value parsers behind them.

Whatever the staff type (any script, control characters, huge numbers, half a date), the form's
check never raises: it gives the person's details, or problems filed under the fields that hold
them, each message naming its field as the form labels it. What it accepts it gives back unchanged
when the details are shown and saved again. The parsers raise nothing but their documented error
(:class:`InvalidDate`, for a date).

``WELCOME_DESK_FUZZ=N`` runs N examples per property instead of the quick default.
"""

from __future__ import annotations

import contextlib
import os
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from welcome_desk.domain.countries import resolve_country
from welcome_desk.domain.messages import Message
from welcome_desk.domain.person import (
    SUB_KINDS_OF,
    Category,
    PersonData,
    normalise_programme,
    parse_category,
    parse_sex,
)
from welcome_desk.domain.values import (
    InvalidDate,
    clean_text,
    parse_date,
    parse_email,
    parse_language,
    parse_phone,
    parse_whole_number,
)
from welcome_desk.i18n import translator
from welcome_desk.services.person_form import FORM_FIELDS, check_person, form_values

TODAY = date(2026, 11, 22)
FUZZ = int(os.environ.get("WELCOME_DESK_FUZZ", "0") or 0)
EN, FR = translator("en"), translator("fr")

# Anything a keyboard, a paste or a scanner can put in a field (no lone surrogates: a Qt line
# edit cannot hold them).
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
NASTY = ["", " ", "\t\n", "\x00", "\u200b", "\ufeff", "9" * 5_000, "-0", "０１/０９/２０２６",
         "٢٠٢٦-٠٩-٠١", "2026-02-29", "=cmd|' /C calc'!A0", "😀" * 50, "a" * 10_000, "{column}",
         "{}", "%s", "\\", "'\"", "NaN", "1e999", "+", "@", "--"]  # fmt: skip
A_VALUE = st.one_of(ANY_TEXT, st.sampled_from(NASTY))


def runs(default: int) -> Any:
    return settings(
        max_examples=FUZZ or default,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def rendered(problem: Message) -> tuple[str, str]:
    return problem.render(EN), problem.render(FR)


def check_problems(
    result: PersonData | dict[str, list[Message]], labels: dict[str, str] | None
) -> None:
    """Problems only under the form's fields, in its order, each naming its field."""
    if isinstance(result, PersonData):
        return
    assert result, "refused without a reason"
    assert list(result) == [name for name in FORM_FIELDS if name in result], "out of order"
    for name, problems in result.items():
        assert problems, f"{name}: refused without a reason"
        label = (labels or {}).get(name, name)
        for problem in problems:
            english, french = rendered(problem)
            assert english.startswith(f"{label}:"), (name, english)
            assert label in french and len(french) > len(label) + 2, (name, french)


def check_details(data: PersonData) -> None:
    """What the form accepts is stored as it will be shown, and comes back the same."""
    assert data.family_name == clean_text(data.family_name) != ""
    assert len(data.family_name) <= 200
    assert len(data.nationality) == 2 and data.nationality.isupper()
    assert data.category in {category.value for category in Category}
    assert 0 <= data.accompanying_persons <= 99
    assert data.departure_date is None or data.departure_date >= data.arrival_date
    assert data.date_of_birth is None or data.date_of_birth <= TODAY
    assert check_person(form_values(data), today=TODAY) == data


# --- Anything typed --------------------------------------------------------------------------


@runs(300)
@given(
    values=st.dictionaries(
        st.sampled_from([*FORM_FIELDS, "external_id", "notes"]), A_VALUE, max_size=18
    ),
    labels=st.none()
    | st.fixed_dictionaries({name: st.text(min_size=1, max_size=20) for name in FORM_FIELDS}),
)
@example(values={"accompanying_persons": "9" * 5_000}, labels=None)
def test_anything_typed_gives_details_or_problems_naming_their_field(
    values: dict[str, str], labels: dict[str, str] | None
) -> None:
    result = check_person(values, today=TODAY, labels=labels)
    check_problems(result, labels)
    if isinstance(result, PersonData):
        check_details(result)


# --- What staff type, one field at a time wrong ------------------------------------------------

GOOD = {
    "family_name": ["Nguyễn", "王", "Müller", "O'Brien", "Иванов", "العربي", "Smith 😀", "=1+1"],
    "given_names": ["", "Thị Hương", "小明", "Jean-Pierre", "Zoë"],
    "sex": ["", "F", "m", "X", "Femme", "homme"],
    "nationality": ["FR", "fra", "Allemagne", "Germany", "Côte d'Ivoire", "vnm", "Chine"],
    "email": ["", "anna.schmidt@example.org", " Li.Wei@Univ-Lille.FR "],
    "phone": ["", "+33 6 12 34 56 78", "06 12 34 56 78", "+49 30 1234567"],
    "preferred_language": ["", "fr", "EN", "pt_BR", "anglais", "German"],
    "programme": ["", "Erasmus+", "accord bilatéral", "Free mover", "Programme X"],
    "host_unit": ["", "Faculté des sciences", "CRIStAL"],
    "accompanying_persons": ["", "0", "2", "3.0", "99"],
}
CATEGORIES = {"student": "étudiant", "researcher": "Chercheur", "teacher": "ENSEIGNANT"}
DATE_FORMS = ["%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d 00:00:00"]


def typed(day: date, form: str) -> str:
    return day.strftime(form)


@st.composite
def good_values(draw: st.DrawFn) -> dict[str, str]:
    """A newcomer as a careful desk types them (dates in either form)."""
    values = {name: draw(st.sampled_from(choices)) for name, choices in GOOD.items()}
    category = draw(st.sampled_from(sorted(CATEGORIES)))
    values["category"] = draw(st.sampled_from([category, CATEGORIES[category]]))
    kinds = [kind.value for kind in SUB_KINDS_OF[Category(category)]]
    values["sub_kind"] = draw(st.sampled_from(["", *kinds]))
    arrival = draw(st.dates(date(2000, 1, 1), date(2031, 11, 1)))
    birth = arrival - timedelta(days=draw(st.integers(16 * 366, 99 * 365)))
    departure = arrival + timedelta(days=draw(st.integers(0, 1500)))
    form = draw(st.sampled_from(DATE_FORMS))
    values["arrival_date"] = typed(arrival, form)
    values["date_of_birth"] = draw(st.sampled_from(["", typed(birth, form)]))
    values["departure_date"] = draw(st.sampled_from(["", typed(departure, form)]))
    values["_arrival"] = arrival.isoformat()  # for the spoilers below; not a field of the form
    return values


SPOILERS: dict[str, list[Any]] = {
    "family_name": ["", "   ", "x" * 201],
    "given_names": ["y" * 201],
    "date_of_birth": ["31/02/2000", "yesterday", "2000-1-1-1", "future", "child", "ancient"],
    "sex": ["Q", "fem", "2", "MF"],
    "nationality": ["", "Atlantis", "Frankreich", "EU"],
    "email": ["bad@", "a b@example.org", "anna@example", "x" * 250 + "@example.org"],
    "phone": ["12", "abc", "+999 123"],
    "preferred_language": ["klingon", "xx", "e"],
    "category": ["", "visitor", "students"],
    "sub_kind": ["astronaut", "other category"],
    "programme": ["p" * 121],
    "host_unit": ["h" * 201],
    "arrival_date": ["", "2026-13-01", "3000-01-01", "0026-09-01", "01-09-2026"],
    "departure_date": ["31/04/2027", "before", "2037-01-01"],
    "accompanying_persons": ["-1", "100", "two", "1.5", "9" * 5_000],
}


def spoiled(values: dict[str, str], name: str, spoiler: str) -> str:
    arrival = date.fromisoformat(values["_arrival"])
    if spoiler == "future":
        return (TODAY + timedelta(days=1)).isoformat()
    if spoiler == "child":
        return (arrival - timedelta(days=10 * 365)).isoformat()
    if spoiler == "ancient":
        return (arrival - timedelta(days=102 * 366)).isoformat()
    if spoiler == "before":
        return (arrival - timedelta(days=1)).isoformat()
    if spoiler == "other category":
        category = parse_category(values["category"])
        assert category is not None
        others = [k for c, kinds in SUB_KINDS_OF.items() if c != category for k in kinds]
        return next(kind.value for kind in others if kind not in SUB_KINDS_OF[category])
    return spoiler


@runs(200)
@given(values=good_values(), data=st.data())
def test_a_careful_entry_is_accepted_and_one_wrong_field_is_named(
    values: dict[str, str], data: st.DataObject
) -> None:
    arrival = values.pop("_arrival")
    accepted = check_person(values, today=TODAY)
    assert isinstance(accepted, PersonData), accepted
    check_details(accepted)

    name = data.draw(st.sampled_from(sorted(SPOILERS)), label="field")
    spoiler = data.draw(st.sampled_from(SPOILERS[name]), label="spoiler")
    wrong = {**values, name: spoiled({**values, "_arrival": arrival}, name, spoiler)}
    labels = {field: f"«{field.replace('_', ' ').title()}»" for field in FORM_FIELDS}
    refused = check_person(wrong, today=TODAY, labels=labels)
    assert isinstance(refused, dict), f"{name}={wrong[name]!r} accepted"
    assert list(refused) == [name], refused
    check_problems(refused, labels)


# --- The parsers -----------------------------------------------------------------------------


@runs(300)
@given(text=A_VALUE)
@example(text="9" * 5_000)
def test_the_parsers_raise_nothing_but_their_documented_error(text: str) -> None:
    with contextlib.suppress(InvalidDate):
        parse_date(text)
    for parse in (
        parse_email,
        parse_phone,
        parse_language,
        parse_whole_number,
        resolve_country,
        parse_sex,
        parse_category,
        clean_text,
        normalise_programme,
    ):
        parse(text)


@runs(300)
@given(text=A_VALUE)
def test_what_a_parser_gives_it_takes_back_unchanged(text: str) -> None:
    assert clean_text(clean_text(text)) == clean_text(text)
    for parse in (parse_email, parse_phone, parse_language, resolve_country):
        value = parse(text)
        if value is not None:
            assert parse(value) == value, (parse.__name__, text, value)
    day = None
    with contextlib.suppress(InvalidDate):
        day = parse_date(text)
    if day is not None:
        assert parse_date(day.isoformat()) == day


@runs(300)
@given(day=st.dates(date(1, 1, 1), date(9999, 12, 31)), spaces=st.sampled_from(["", " ", "\t"]))
def test_every_day_reads_back_in_both_forms(day: date, spaces: str) -> None:
    iso = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
    french = f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    assert parse_date(spaces + iso + spaces) == day
    assert parse_date(french) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year:04d} 23:59:59") == day


@runs(200)
@given(number=st.integers(0, 10**6), zeros=st.sampled_from(["", ".0", ",00", ".000"]))
def test_whole_numbers_read_back(number: int, zeros: str) -> None:
    assert parse_whole_number(f"{number}{zeros}") == number
    assert parse_whole_number(f"-{number + 1}") is None
    assert parse_whole_number(f"{number}.5") is None
