"""Reading and checking ``resources/demo/*.toml`` into a :class:`Catalogue`.

A mistake in these files is a bug of the program: it raises :class:`DemoDataError` naming the file
and the entry, and the tests load the shipped files.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from welcome_desk.domain.countries import is_country_code, is_eu_eea_swiss
from welcome_desk.domain.names import transliterate
from welcome_desk.domain.person import SUB_KINDS_OF, Category, Programme, Sex
from welcome_desk.paths import resources_dir
from welcome_desk.services.demo_catalogue import (
    Catalogue,
    Contacts,
    Country,
    Culture,
    DemoDataError,
    Name,
    Profile,
    Wave,
    Weighted,
    weighted,
)

T = TypeVar("T")
K = TypeVar("K")

UNKNOWN = "unknown"  # a weighted choice that leaves the field empty
ANY_WAVE = "any"
PHONE_KINDS = ("french", "home", "missing")
_LANGUAGE = re.compile(r"[a-z]{2}")
_PHONE_PATTERN = re.compile(r"\+[1-9][0-9]*#+")


# --- reading TOML values with checks -------------------------------------------------------------


def _table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DemoDataError(f"{where}: a table is expected")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise DemoDataError(f"{where}: a number of 0 or more is expected, not {value!r}")
    return float(value)


def _share(table: dict[str, Any], key: str, where: str, default: float = 0.0) -> float:
    value = _number(table.get(key, default), f"{where} {key}")
    if value > 1:
        raise DemoDataError(f"{where} {key}: a share between 0 and 1 is expected")
    return value


def _weights(value: Any, where: str, key: Callable[[str], K]) -> Weighted[K]:
    """A table ``{value = weight}``, each value converted by ``key`` (ValueError: unknown)."""
    pairs = []
    for name, weight in _table(value, where).items():
        try:
            converted = key(name)
        except ValueError as error:
            raise DemoDataError(f"{where}: unknown value {name!r}") from error
        pairs.append((converted, _number(weight, f"{where} {name}")))
    return weighted(pairs, where)


def _one_of(allowed: Iterable[str]) -> Callable[[str], str]:
    choices = frozenset(allowed)

    def check(value: str) -> str:
        if value not in choices:
            raise ValueError(value)
        return value

    return check


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DemoDataError(f"{where}: a list of texts is expected")
    return tuple(value)


def _names(value: Any, where: str) -> tuple[Name, ...]:
    """Names written "native" or "native=Latin" (the Latin spelling for e-mail addresses)."""
    names = []
    for entry in _strings(value, where):
        text, _, latin = (part.strip() for part in entry.partition("="))
        if not text:
            raise DemoDataError(f"{where}: {entry!r} has no name before '='")
        names.append(Name(text, transliterate(latin or text)))
    if not names:
        raise DemoDataError(f"{where}: the list is empty")
    return tuple(names)


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise DemoDataError(f"{path.name}: {error}") from error


# --- the files -----------------------------------------------------------------------------------


def _cultures(folder: Path) -> dict[str, Culture]:
    cultures: dict[str, Culture] = {}
    for path in sorted((folder / "names").glob("*.toml")):
        for key, value in _load(path).items():
            where = f"names/{path.name} [{key}]"
            table = _table(value, where)
            if key in cultures:
                raise DemoDataError(f"{where}: this culture is defined twice")
            family = _names(table.get("family"), f"{where} family")
            if "family_female" in table:
                family_female = _names(table["family_female"], f"{where} family_female")
            else:
                family_female = family
            cultures[key] = Culture(
                key=key,
                family=family,
                family_female=family_female,
                female=_names(table.get("female"), f"{where} female"),
                male=_names(table.get("male"), f"{where} male"),
                second_family=_share(table, "second_family", where),
                second_given=_share(table, "second_given", where),
            )
    return cultures


def _known(table: Mapping[str, T]) -> Callable[[str], T]:
    def get(key: str) -> T:
        if key not in table:
            raise ValueError(key)
        return table[key]

    return get


def _language(code: str) -> str:
    if not _LANGUAGE.fullmatch(code):
        raise ValueError(code)
    return code


def _phones(value: Any, where: str) -> tuple[str, ...]:
    patterns = _strings(value, where)
    for pattern in patterns:
        if not _PHONE_PATTERN.fullmatch(pattern) or len(pattern) > 16:
            raise DemoDataError(f"{where}: {pattern!r} is not an E.164 pattern like +336########")
    return patterns


_CountryShares = tuple[Country, float, float]  # the country, its shares of students and of staff


def _countries(folder: Path, cultures: dict[str, Culture]) -> dict[str, _CountryShares]:
    countries = {}
    for code, value in _load(folder / "countries.toml").items():
        where = f"countries.toml [{code}]"
        table = _table(value, where)
        if not is_country_code(code):
            raise DemoDataError(f"{where}: not an ISO 3166-1 alpha-2 code")
        by_culture = _table(table.get("languages_by_culture", {}), where)
        if not set(by_culture) <= set(cultures):
            raise DemoDataError(f"{where} languages_by_culture: unknown cultures")
        country = Country(
            code=code,
            eu=is_eu_eea_swiss(code),
            cultures=_weights(table.get("cultures"), f"{where} cultures", _known(cultures)),
            languages=_weights(table.get("languages"), f"{where} languages", _language),
            languages_by_culture={
                culture: _weights(weights, f"{where} languages_by_culture", _language)
                for culture, weights in by_culture.items()
            },
            mobiles=_phones(table.get("mobiles", []), f"{where} mobiles"),
            email_domains=_strings(table.get("email", []), f"{where} email"),
            academic_domains=_strings(table.get("academic_email", []), f"{where} academic_email"),
        )
        students = _number(table.get("students", 0), f"{where} students")
        staff = _number(table.get("staff", 0), f"{where} staff")
        countries[code] = (country, students, staff)
    return countries


def _waves(value: Any) -> dict[str, Wave]:
    waves = {}
    for name, wave_value in _table(value, "profiles.toml waves").items():
        where = f"profiles.toml [waves.{name}]"
        table = _table(wave_value, where)
        start, peak, end = table.get("start"), table.get("peak"), table.get("end")
        if not (isinstance(start, date) and isinstance(end, date) and start <= end) or not (
            peak is None or (isinstance(peak, date) and start <= peak <= end)
        ):
            raise DemoDataError(f"{where}: dates start <= peak <= end are expected")
        waves[name] = Wave(start, peak, end)
    return waves


def _programme(code: str) -> str | None:
    return None if code == UNKNOWN else Programme(code).value


def _profile(value: Any, index: int, waves: Mapping[str, Wave], units: dict[str, Any]) -> Profile:
    where = f"profiles.toml profile #{index + 1}"
    table = _table(value, where)
    ages = table.get("age")
    if not (
        isinstance(ages, list)
        and len(ages) == 3
        and all(isinstance(a, int) for a in ages)
        and 15 <= ages[0] <= ages[1] <= ages[2] <= 100
    ):
        raise DemoDataError(f"{where} age: [youngest, most frequent, oldest] within 15–100")
    stays = _table(table.get("stay_months"), f"{where} stay_months")
    if ANY_WAVE not in stays or not set(stays) <= {*waves, ANY_WAVE}:
        raise DemoDataError(f"{where} stay_months: waves and 'any' expected")
    unit_group = table.get("units")
    if not isinstance(unit_group, str) or unit_group not in units:
        raise DemoDataError(f"{where} units: a table of host_units.toml is expected")
    category, sub_kind = table.get("category"), table.get("sub_kind")
    if category not in set(Category) or sub_kind not in SUB_KINDS_OF[Category(category)]:
        raise DemoDataError(f"{where}: a known category and one of its sub_kinds are expected")
    return Profile(
        category=str(category),
        sub_kind=str(sub_kind),
        ages=(ages[0], ages[1], ages[2]),
        waves=_weights(table.get("waves"), f"{where} waves", _one_of(waves)),
        stay_months={
            wave: _weights(months, f"{where} stay_months", lambda m: max(float(m), 0.5))
            for wave, months in stays.items()
        },
        unknown_departure=_share(table, "unknown_departure", where),
        programmes={
            True: _weights(table.get("programmes_eu"), f"{where} programmes_eu", _programme),
            False: _weights(
                table.get("programmes_non_eu"), f"{where} programmes_non_eu", _programme
            ),
        },
        units=_weights(units[unit_group], f"host_units.toml [{unit_group}]", str),
        accompanying=_weights(table.get("accompanying"), f"{where} accompanying", int),
    )


def _contacts(folder: Path) -> Contacts:
    data = _load(folder / "contacts.toml")
    email = _table(data.get("email"), "contacts.toml [email]")
    phone = _table(data.get("phone"), "contacts.toml [phone]")
    where = "contacts.toml"
    return Contacts(
        email_missing=_share(email, "missing", where),
        academic_share_staff=_share(email, "academic_share_staff", where),
        national_share=_share(email, "national_share", where),
        worldwide_domains=_weights(email.get("worldwide"), f"{where} worldwide", str),
        email_patterns=_weights(email.get("patterns"), f"{where} patterns", str),
        phone_kinds=_weights(
            {k: v for k, v in phone.items() if k in PHONE_KINDS}, f"{where} [phone]", str
        ),
        french_mobiles=_phones(phone.get("french_mobiles"), f"{where} french_mobiles"),
    )


def _sex(code: str) -> str | None:
    return None if code == UNKNOWN else Sex(code).value


def load_catalogue(folder: Path) -> Catalogue:
    """Read and check every file of ``folder`` (``resources/demo``)."""
    cultures = _cultures(folder)
    countries = _countries(folder, cultures)
    units = _load(folder / "host_units.toml")
    data = _load(folder / "profiles.toml")
    waves = _waves(data.get("waves"))
    profile_tables = data.get("profile")
    if not isinstance(profile_tables, list):
        raise DemoDataError("profiles.toml: [[profile]] tables are expected")
    profiles = [_profile(v, i, waves, units) for i, v in enumerate(profile_tables)]
    categories = _weights(
        data.get("categories"), "profiles.toml categories", lambda c: Category(c).value
    )
    by_category: dict[tuple[str, bool], Weighted[Profile]] = {}
    for category in categories.values:
        for eu in (True, False):
            weight_key = "weight_eu" if eu else "weight_non_eu"
            by_category[(category, eu)] = weighted(
                [
                    (p, _number(v.get(weight_key), f"profiles.toml {p.sub_kind} {weight_key}"))
                    for p, v in zip(profiles, profile_tables, strict=True)
                    if p.category == category
                ],
                f"profiles.toml profiles of {category}, {weight_key}",
            )
    reference_year = data.get("reference_year")
    if not isinstance(reference_year, int):
        raise DemoDataError("profiles.toml reference_year: a year is expected")
    return Catalogue(
        reference_year=reference_year,
        academic_years=_weights(data.get("academic_years"), "profiles.toml academic_years", int),
        sexes=_weights(data.get("sexes"), "profiles.toml sexes", _sex),
        unknown_birth_date=_share(data, "unknown_birth_date", "profiles.toml"),
        categories=categories,
        waves=waves,
        profiles=by_category,
        nationalities={
            category: weighted(
                [(c, s if category == Category.STUDENT else t) for c, s, t in countries.values()],
                f"countries.toml shares of {category}",
            )
            for category in categories.values
        },
        contacts=_contacts(folder),
    )


@cache
def shipped_catalogue() -> Catalogue:
    """The catalogue shipped with the program (``resources/demo``), read once."""
    return load_catalogue(resources_dir() / "demo")
