"""What each newcomer counts as, dimension by dimension (docs/statistics.md).

The values are codes, the same in every language (the CSV is a contract); labels are for people.
A missing fact counts as ``unknown``, never as nothing: every arrival is in every dimension.
"""

from __future__ import annotations

from datetime import date, timedelta

from welcome_desk.domain.countries import is_eu_eea_swiss
from welcome_desk.domain.dates import add_months, age_on
from welcome_desk.domain.messages import N_
from welcome_desk.domain.person import Programme
from welcome_desk.domain.regions import region_of

UNKNOWN = "unknown"

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

DIMENSION_LABELS = {
    "total": N_("Arrivals"),
    "category": N_("Category"),
    "nationality": N_("Nationality"),
    "eu": N_("EU / non-EU"),
    "region": N_("World region"),
    "programme": N_("Programme"),
    "host_unit": N_("Faculty or laboratory"),
    "sex": N_("Sex"),
    "age_band": N_("Age at arrival"),
    "stay_length": N_("Length of stay"),
}

# Age in whole years on the arrival date: (code, lowest age included), in order.
AGE_BANDS = (
    ("under_18", 0),
    ("18_20", 18),
    ("21_24", 21),
    ("25_29", 25),
    ("30_34", 30),
    ("35_44", 35),
    ("45_plus", 45),
)
AGE_BAND_LABELS = {
    "under_18": N_("under 18"),
    "18_20": N_("18–20"),
    "21_24": N_("21–24"),
    "25_29": N_("25–29"),
    "30_34": N_("30–34"),
    "35_44": N_("35–44"),
    "45_plus": N_("45 and over"),
}

# Whole calendar months from arrival to the end of the departure day: (code, fewest months).
STAY_LENGTHS = (
    ("under_3_months", 0),
    ("3_to_5_months", 3),
    ("6_to_11_months", 6),
    ("12_to_23_months", 12),
    ("24_months_or_more", 24),
)
STAY_LENGTH_LABELS = {
    "under_3_months": N_("under 3 months"),
    "3_to_5_months": N_("3 to 5 months"),
    "6_to_11_months": N_("6 to 11 months"),
    "12_to_23_months": N_("12 to 23 months"),
    "24_months_or_more": N_("24 months or more"),
}

EU_LABELS = {"eu": N_("EU, EEA or Swiss"), "non_eu": N_("non-EU")}
SEX_VALUES = ("F", "M", "X")

# The order of a dimension's values when it has a natural one (else: by value).
VALUE_ORDER = {
    "age_band": [code for code, _lowest in AGE_BANDS] + [UNKNOWN],
    "stay_length": [code for code, _fewest in STAY_LENGTHS] + [UNKNOWN],
    "eu": ["eu", "non_eu"],
    "sex": [*SEX_VALUES, UNKNOWN],
}


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def whole_months(start: date, end: date) -> int:
    """Whole calendar months from ``start`` to ``end``, as ``add_months`` counts them (1 Sept to
    30 Nov: 2; to 1 Dec: 3; 31 Jan to 28 Feb: 1, the month's last day)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if add_months(start, months) > end else months


def age_band(birth: date | None, arrival: date) -> str:
    if birth is None or birth > arrival:
        return UNKNOWN
    age = age_on(birth, arrival)
    return [code for code, lowest in AGE_BANDS if age >= lowest][-1]


def stay_length(arrival: date, departure: date | None) -> str:
    """The departure day is a day of the stay: 1 September to 31 August is 12 months, to
    30 November 3."""
    if departure is None or departure < arrival:
        return UNKNOWN
    months = whole_months(arrival, departure + timedelta(days=1))
    return [code for code, fewest in STAY_LENGTHS if months >= fewest][-1]


def programme_value(programme: str | None) -> str:
    """A known programme's code; a programme typed as free text counts as itself."""
    if not programme or not programme.strip():
        return UNKNOWN
    return programme if programme in set(Programme) else programme.strip()


def values_of(
    *,
    category: str,
    nationality: str,
    programme: str | None,
    host_unit: str | None,
    sex: str | None,
    date_of_birth: date | None,
    arrival_date: date,
    departure_date: date | None,
) -> dict[str, str]:
    """One newcomer's value in every dimension."""
    return {
        "total": "",
        "category": category,
        "nationality": nationality,
        "eu": "eu" if is_eu_eea_swiss(nationality) else "non_eu",
        "region": region_of(nationality),
        "programme": programme_value(programme),
        "host_unit": host_unit.strip() if host_unit and host_unit.strip() else UNKNOWN,
        "sex": sex if sex in SEX_VALUES else UNKNOWN,
        "age_band": age_band(date_of_birth, arrival_date),
        "stay_length": stay_length(arrival_date, departure_date),
    }
