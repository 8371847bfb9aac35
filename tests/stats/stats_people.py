"""Newcomers for the statistics tests, with the counts expected of them worked out here.

The expectations are this module's own reading of docs/statistics.md, computed from the choices
made while generating the people: nothing here calls the statistics code.
"""

from __future__ import annotations

import calendar
import random
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from welcome_desk.db.engine import Database
from welcome_desk.domain.person import PersonData
from welcome_desk.services.people import register_many

SOURCE = "stats-test"

# The dimensions of the CSV, in the order of docs/statistics.md.
DIMENSIONS = (
    "total",
    "category",
    "nationality",
    "eu",
    "region",
    "programme",
    "host_unit",
    "sex",
    "age_band",
    "stay_length",
)

# EU members, the rest of the EEA (Iceland, Liechtenstein, Norway) and Switzerland.
EU_MEMBERS = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
EU_EEA_SWISS = {*EU_MEMBERS.split(" "), "IS", "LI", "NO", "CH"}

# The UN M49 sub-region of each nationality the generator uses.
REGION = {
    "DE": "western_europe",
    "CH": "western_europe",
    "BE": "western_europe",
    "IT": "southern_europe",
    "ES": "southern_europe",
    "XK": "southern_europe",
    "PL": "eastern_europe",
    "UA": "eastern_europe",
    "RU": "eastern_europe",
    "SE": "northern_europe",
    "NO": "northern_europe",
    "IE": "northern_europe",
    "GB": "northern_europe",
    "IS": "northern_europe",
    "CY": "western_asia",
    "TR": "western_asia",
    "LB": "western_asia",
    "MA": "northern_africa",
    "DZ": "northern_africa",
    "TN": "northern_africa",
    "SN": "sub_saharan_africa",
    "CM": "sub_saharan_africa",
    "CN": "eastern_asia",
    "JP": "eastern_asia",
    "KR": "eastern_asia",
    "VN": "south_eastern_asia",
    "IN": "southern_asia",
    "KZ": "central_asia",
    "BR": "latin_america_caribbean",
    "MX": "latin_america_caribbean",
    "US": "northern_america",
    "CA": "northern_america",
    "AU": "australia_new_zealand",
    "FJ": "melanesia",
}
NATIONALITIES = sorted(REGION)

KNOWN_PROGRAMMES = ("erasmus_plus", "erasmus_mundus", "bilateral", "government_scholarship", "none")
FREE_PROGRAMMES = ("Summer school", "Programme Vulcain", "Chaire d’excellence")
HOST_UNITS = (
    "Faculté des sciences et technologies",
    "Faculté de médecine",
    "Laboratoire CRIStAL",
    "IUT de Lille",
    "École de journalisme",
)

# The range of the statistics: 14 months, over a new year and a 29 February.
FIRST_MONTH = (2027, 1)
LAST_MONTH = (2028, 2)
EMPTY_MONTH = "2027-07"  # nobody arrives in July 2027


def months_of_range() -> list[str]:
    year, month = FIRST_MONTH
    months = []
    while (year, month) <= LAST_MONTH:
        months.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


MONTHS = months_of_range()
RANGE_FIRST_DAY = date(*FIRST_MONTH, 1)
RANGE_LAST_DAY = date(LAST_MONTH[0], LAST_MONTH[1], calendar.monthrange(*LAST_MONTH)[1])


# --- this module's reading of the rules -------------------------------------------------------


def age(birth: date, day: date) -> int:
    """Whole years on ``day``; someone born on 29 February has a birthday on 1 March in a
    common year."""
    try:
        birthday = birth.replace(year=day.year)
    except ValueError:
        birthday = date(day.year, 3, 1)
    return day.year - birth.year - (0 if day >= birthday else 1)


def expected_age_band(birth: date | None, arrival: date) -> str:
    if birth is None:
        return "unknown"
    years = age(birth, arrival)
    oldest = ((17, "under_18"), (20, "18_20"), (24, "21_24"), (29, "25_29"), (34, "30_34"))
    for top, band in (*oldest, (44, "35_44")):
        if years <= top:
            return band
    return "45_plus"


def same_day_months_later(day: date, months: int) -> date:
    """The same day ``months`` calendar months later, or the last day of that month when it is
    shorter (31 January, one month later: the last day of February)."""
    year, month = day.year + (day.month - 1 + months) // 12, (day.month - 1 + months) % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def whole_months(arrival: date, departure: date) -> int:
    """How many whole calendar months have passed from ``arrival`` to ``departure``: counted one
    by one (1 September to 30 November: 2; to 1 December: 3; 31 January to 30 April: 3)."""
    months = 0
    while same_day_months_later(arrival, months + 1) <= departure:
        months += 1
    return months


def expected_stay_length(arrival: date, departure: date | None) -> str:
    if departure is None:
        return "unknown"
    # The departure day is a day of the stay: a stay ends at the start of the day after.
    months = whole_months(arrival, departure + timedelta(days=1))
    if months < 3:
        return "under_3_months"
    if months < 6:
        return "3_to_5_months"
    if months < 12:
        return "6_to_11_months"
    return "12_to_23_months" if months < 24 else "24_months_or_more"


def expected_values(data: PersonData) -> dict[str, str]:
    """The person's value in every dimension, by the rules of docs/statistics.md."""
    programme = (data.programme or "").strip()
    host_unit = (data.host_unit or "").strip()
    return {
        "total": "",
        "category": data.category,
        "nationality": data.nationality,
        "eu": "eu" if data.nationality in EU_EEA_SWISS else "non_eu",
        "region": REGION[data.nationality],
        "programme": programme or "unknown",
        "host_unit": host_unit or "unknown",
        "sex": data.sex or "unknown",
        "age_band": expected_age_band(data.date_of_birth, data.arrival_date),
        "stay_length": expected_stay_length(data.arrival_date, data.departure_date),
    }


# --- the people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Newcomer:
    external_id: str
    data: PersonData
    counts: bool  # arrives within the range
    values: dict[str, str]  # expected in every dimension (when counted)
    why: str = ""  # what this person is there to test


def _person(
    family: str,
    arrival: date,
    *,
    nationality: str = "DE",
    category: str = "student",
    birth: date | None = date(2003, 6, 15),
    sex: str | None = "F",
    programme: str | None = "erasmus_plus",
    host_unit: str | None = "Faculté de médecine",
    departure: date | None = None,
) -> PersonData:
    return PersonData(
        family_name=family,
        given_names="Test",
        nationality=nationality,
        category=category,
        arrival_date=arrival,
        date_of_birth=birth,
        sex=sex,
        programme=programme,
        host_unit=host_unit,
        departure_date=departure,
    )


def boundary_people() -> list[tuple[str, PersonData]]:
    """People chosen for the edges of months, ages, stays and missing facts."""
    d = date
    return [
        # Month boundaries.
        ("range's first day", _person("Premier", d(2027, 1, 1))),
        ("last day of January", _person("Janvier", d(2027, 1, 31), nationality="IT")),
        ("first day of February", _person("Fevrier", d(2027, 2, 1), nationality="IT")),
        ("last day of June", _person("Juin", d(2027, 6, 30), nationality="SE")),
        ("first day of August", _person("Aout", d(2027, 8, 1), nationality="SE")),
        ("31 December", _person("Decembre", d(2027, 12, 31), nationality="JP")),
        ("1 January", _person("Nouvelan", d(2028, 1, 1), nationality="JP")),
        ("28 February of a leap year", _person("Vingthuit", d(2028, 2, 28), nationality="KR")),
        (
            "29 February, the range's last day",
            _person("Bissextile", d(2028, 2, 29), nationality="KR"),
        ),
        # Outside the range: never counted.
        ("the day before the range", _person("Avant", d(2026, 12, 31), nationality="US")),
        ("the day after the range", _person("Apres", d(2028, 3, 1), nationality="US")),
        ("a year before the range", _person("Tot", d(2026, 1, 15), nationality="CA")),
        # Ages on the arrival date.
        ("18 on the arrival day", _person("Dixhuit", d(2027, 3, 15), birth=d(2009, 3, 15))),
        ("18 the day after arrival", _person("Dixsept", d(2027, 3, 15), birth=d(2009, 3, 16))),
        ("21 on the arrival day", _person("Vingtun", d(2027, 9, 1), birth=d(2006, 9, 1))),
        ("20, 21 the next day", _person("Vingt", d(2027, 9, 1), birth=d(2006, 9, 2))),
        ("25 on the arrival day", _person("Vingtcinq", d(2027, 10, 4), birth=d(2002, 10, 4))),
        ("30 on the arrival day", _person("Trente", d(2028, 1, 10), birth=d(1998, 1, 10))),
        ("29, 30 the next day", _person("Vingtneuf", d(2028, 1, 10), birth=d(1998, 1, 11))),
        ("45 on the arrival day", _person("Quarantecinq", d(2027, 5, 20), birth=d(1982, 5, 20))),
        ("44, 45 the next day", _person("Quarantequatre", d(2027, 5, 20), birth=d(1982, 5, 21))),
        ("born 29 Feb, 34 on 28 Feb", _person("Leap", d(2027, 2, 28), birth=d(1992, 2, 29))),
        ("born 29 Feb, 35 on 1 March", _person("Leapmars", d(2027, 3, 1), birth=d(1992, 2, 29))),
        ("16 years old", _person("Seize", d(2027, 9, 3), birth=d(2011, 1, 20))),
        ("no date of birth", _person("Sansnaissance", d(2027, 4, 12), birth=None)),
        # Stay lengths.
        (
            "1 Sept to 29 Nov: 2 months",
            _person("Deuxmois", d(2027, 9, 1), departure=d(2027, 11, 29)),
        ),
        (
            "1 Sept to 30 Nov: 3 months",
            _person("Troismois", d(2027, 9, 1), departure=d(2027, 11, 30)),
        ),
        ("leaves on the arrival day", _person("Memejour", d(2027, 9, 2), departure=d(2027, 9, 2))),
        (
            "1 Sept to 30 Aug: 11 months",
            _person("Onzemois", d(2027, 9, 1), departure=d(2028, 8, 30)),
        ),
        ("1 Sept to 31 Aug: 12 months", _person("Douze", d(2027, 9, 1), departure=d(2028, 8, 31))),
        (
            "15 Feb to 13 Feb two years on: 23 months",
            _person("Vingttrois", d(2027, 2, 15), departure=d(2029, 2, 13)),
        ),
        (
            "15 Feb to 14 Feb two years on: 24 months",
            _person("Vingtquatre", d(2027, 2, 15), departure=d(2029, 2, 14)),
        ),
        (
            "31 Jan to 30 April: 3 months",
            _person("Finjanvier", d(2027, 1, 31), departure=d(2027, 4, 30)),
        ),
        (
            "31 Aug to 29 Feb: 6 months",
            _person("Finaout", d(2027, 8, 31), departure=d(2028, 2, 29)),
        ),
        (
            "30 Nov to 27 Feb: 2 months",
            _person("Finnovembre", d(2027, 11, 30), departure=d(2028, 2, 27)),
        ),
        (
            "30 Nov to 29 Feb: 3 months",
            _person("Novembre", d(2027, 11, 30), departure=d(2028, 2, 29)),
        ),
        ("no departure date", _person("Sansdepart", d(2027, 10, 20), departure=None)),
        # Missing or free facts.
        ("no sex given", _person("Sanssexe", d(2027, 11, 5), sex=None)),
        ("sex X", _person("Ixe", d(2027, 11, 5), sex="X")),
        ("free-text programme", _person("Libre", d(2027, 11, 6), programme="Summer school")),
        ("no programme", _person("Sansprogramme", d(2027, 11, 6), programme=None)),
        ("empty programme", _person("Programmevide", d(2027, 11, 6), programme="")),
        (
            "host unit with spaces around",
            _person("Espaces", d(2027, 11, 7), host_unit="  Laboratoire CRIStAL \t"),
        ),
        ("no host unit", _person("Sansunite", d(2027, 11, 7), host_unit=None)),
        ("host unit of spaces only", _person("Blanc", d(2027, 11, 7), host_unit="   ")),
        ("Kosovo", _person("Kosovo", d(2027, 12, 1), nationality="XK")),
        ("Cyprus: EU, Western Asia", _person("Chypre", d(2027, 12, 1), nationality="CY")),
        ("Switzerland: EU", _person("Suisse", d(2027, 12, 1), nationality="CH")),
        ("Iceland: EEA", _person("Islande", d(2027, 12, 1), nationality="IS")),
        ("United Kingdom: non-EU", _person("Royaume", d(2027, 12, 1), nationality="GB")),
        (
            "nothing but the required",
            _person(
                "Minimal",
                d(2027, 12, 2),
                nationality="FJ",
                category="teacher",
                birth=None,
                sex=None,
                programme=None,
                host_unit=None,
            ),
        ),
    ]


def _random_person(rng: random.Random, number: int) -> PersonData:
    days = (RANGE_LAST_DAY - RANGE_FIRST_DAY).days
    while True:
        arrival = RANGE_FIRST_DAY + timedelta(days=rng.randrange(days + 1))
        if f"{arrival.year}-{arrival.month:02d}" != EMPTY_MONTH:
            break
    if rng.random() < 0.1:  # waves of arrivals on the first and the last days of months
        last = calendar.monthrange(arrival.year, arrival.month)[1]
        day = rng.choice([1, 1, last, last, min(30, last), 29 if last >= 29 else 1])
        arrival = arrival.replace(day=day)
    birth = None
    if rng.random() < 0.9:
        birth = arrival - timedelta(days=rng.randrange(16 * 365, 62 * 365))
    departure = None
    roll = rng.random()
    if roll < 0.55:
        departure = arrival + timedelta(days=rng.randrange(0, 1100))
    elif roll < 0.8:  # stays that end on a month's last day, as many do
        end = same_day_months_later(arrival, rng.choice([1, 2, 3, 4, 5, 6, 10, 11, 12, 23, 24]))
        departure = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    programme_roll = rng.random()
    if programme_roll < 0.7:
        programme: str | None = rng.choice(KNOWN_PROGRAMMES)
    elif programme_roll < 0.85:
        programme = rng.choice(FREE_PROGRAMMES)
    else:
        programme = rng.choice([None, ""])
    unit_roll = rng.random()
    if unit_roll < 0.75:
        host_unit: str | None = rng.choice(HOST_UNITS)
    elif unit_roll < 0.9:
        host_unit = " " + rng.choice(HOST_UNITS) + "  "
    else:
        host_unit = rng.choice([None, "", "  "])
    return PersonData(
        family_name=f"Personne{number:04d}",
        given_names=rng.choice(["Ana", "Li", "Omar", "Zoé", None]),
        nationality=rng.choice(NATIONALITIES),
        category=rng.choices(["student", "researcher", "teacher"], [7, 2, 1])[0],
        arrival_date=arrival,
        date_of_birth=birth,
        sex=rng.choices(["F", "M", "X", None], [45, 40, 3, 12])[0],
        programme=programme,
        host_unit=host_unit,
        departure_date=departure,
    )


def newcomers(count: int = 360, seed: int = 2027) -> list[Newcomer]:
    """``count`` people at random over the range (none in July 2027) and, before them, the
    boundary people; some outside the range."""
    rng = random.Random(seed)
    chosen = [(why, data) for why, data in boundary_people()]
    chosen += [("", _random_person(rng, n)) for n in range(count)]
    for n in range(6):  # a few more outside the range, on either side
        before = RANGE_FIRST_DAY - timedelta(days=rng.randrange(1, 400))
        after = RANGE_LAST_DAY + timedelta(days=rng.randrange(1, 400))
        for day in (before, after):
            chosen.append(("outside", replace(_random_person(rng, 9000 + n), arrival_date=day)))
    people = []
    for number, (why, data) in enumerate(chosen):
        inside = RANGE_FIRST_DAY <= data.arrival_date <= RANGE_LAST_DAY
        if data.departure_date is not None and data.departure_date < data.arrival_date:
            data = replace(data, departure_date=data.arrival_date)
        people.append(
            Newcomer(f"ST-{number:04d}", data, inside, expected_values(data) if inside else {}, why)
        )
    return people


def expected_counts(people: list[Newcomer]) -> dict[tuple[str, str, str], int]:
    """(month, dimension, value) -> count: every value met, and every month's total."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for person in people:
        if not person.counts:
            continue
        month = f"{person.data.arrival_date.year}-{person.data.arrival_date.month:02d}"
        for dimension in DIMENSIONS:
            counts[(month, dimension, person.values[dimension])] += 1
    result = dict(counts)
    for month in MONTHS:
        result.setdefault((month, "total", ""), 0)
    return result


def register_people(database: Database, people: list[Newcomer]) -> None:
    with database.writing() as session:
        register_many(session, [(p.external_id, p.data) for p in people], source=SOURCE)


def differences(expected: Mapping[Any, Any], found: Mapping[Any, Any], limit: int = 30) -> str:
    """What is missing, extra or different, for an assertion's message."""
    lines = [f"missing {key}: expected {expected[key]}" for key in expected if key not in found]
    lines += [f"extra {key}: {found[key]}" for key in found if key not in expected]
    lines += [
        f"wrong {key}: expected {expected[key]}, found {found[key]}"
        for key in expected
        if key in found and expected[key] != found[key]
    ]
    more = f"\n… and {len(lines) - limit} more" if len(lines) > limit else ""
    return f"{len(lines)} differences:\n" + "\n".join(lines[:limit]) + more
