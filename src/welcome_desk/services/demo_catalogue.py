"""The data behind the demo newcomers, as typed values (read by ``demo_loading``).

Everything that makes the demo people realistic — names per culture in their own scripts,
nationalities and their shares, host units, arrival waves, programmes — is data in
``resources/demo``, so that it can be corrected without touching code.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")


class DemoDataError(ValueError):
    """A file of ``resources/demo`` is missing or wrong."""


@dataclass(frozen=True, slots=True)
class Weighted(Generic[T]):
    """Values drawn at random in proportion to their weights."""

    values: tuple[T, ...]
    cumulative: tuple[float, ...]

    def pick(self, rng: Random) -> T:
        return self.values[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def weighted(pairs: Sequence[tuple[T, float]], where: str) -> Weighted[T]:
    """``(value, weight)`` pairs as a :class:`Weighted`; weights need not add up to anything."""
    if sum(weight for _value, weight in pairs) <= 0:
        raise DemoDataError(f"{where}: no value has a positive weight")
    return Weighted(tuple(v for v, _w in pairs), tuple(accumulate(w for _v, w in pairs)))


@dataclass(frozen=True, slots=True)
class Name:
    text: str  # as written on the arrival list, in its own script
    latin: str  # lower-case ASCII letters and digits, for e-mail addresses


@dataclass(frozen=True, slots=True)
class Culture:
    key: str
    family: tuple[Name, ...]
    family_female: tuple[Name, ...]
    female: tuple[Name, ...]
    male: tuple[Name, ...]
    second_family: float
    second_given: float


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    eu: bool
    cultures: Weighted[Culture]
    languages: Weighted[str]
    languages_by_culture: Mapping[str, Weighted[str]]
    mobiles: tuple[str, ...]
    email_domains: tuple[str, ...]
    academic_domains: tuple[str, ...]

    def language_for(self, culture: Culture) -> Weighted[str]:
        return self.languages_by_culture.get(culture.key, self.languages)


@dataclass(frozen=True, slots=True)
class Wave:
    start: date
    peak: date | None  # None: spread evenly
    end: date


@dataclass(frozen=True, slots=True)
class Profile:
    category: str
    sub_kind: str
    ages: tuple[int, int, int]
    waves: Weighted[str]
    stay_months: Mapping[str, Weighted[float]]
    unknown_departure: float
    programmes: Mapping[bool, Weighted[str | None]]  # by "is an EU/EEA/Swiss national"
    units: Weighted[str]
    accompanying: Weighted[int]


@dataclass(frozen=True, slots=True)
class Contacts:
    email_missing: float
    academic_share_staff: float
    national_share: float
    worldwide_domains: Weighted[str]
    email_patterns: Weighted[str]
    phone_kinds: Weighted[str]
    french_mobiles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Catalogue:
    reference_year: int
    academic_years: Weighted[int]
    sexes: Weighted[str | None]
    unknown_birth_date: float
    categories: Weighted[str]
    waves: Mapping[str, Wave]
    profiles: Mapping[tuple[str, bool], Weighted[Profile]]  # by category and EU-ness
    nationalities: Mapping[str, Weighted[Country]]  # by category
    contacts: Contacts
