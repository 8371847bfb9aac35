"""Making up one demo newcomer from the catalogue, the same every time for a seed and a number.

Each person has a random generator of their own, seeded with the run's seed and the person's
number: person 42 of seed 1 is the same whether 50 or 50,000 people are made, and whether they are
made in one run or in several (``demo`` adds people numbered after the existing ones). Dates come
from the fixed academic years of the catalogue, never from today's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from welcome_desk.domain.person import Category, Sex
from welcome_desk.services.demo_catalogue import Catalogue, Country, Culture, Name, Profile, Wave
from welcome_desk.services.people import PersonData

DEMO_SOURCE = "demo"
DEMO_ID_PREFIX = "DEMO-"
DAYS_PER_MONTH = 30.44
DEPARTURE_JITTER_DAYS = 10


@dataclass(frozen=True, slots=True)
class DemoPerson:
    number: int
    external_id: str  # in the DEMO_SOURCE source
    data: PersonData


def demo_external_id(number: int) -> str:
    return f"{DEMO_ID_PREFIX}{number:06d}"


def demo_number(external_id: str) -> int | None:
    """The number of a demo external id ("DEMO-000042" -> 42), None for anything else."""
    digits = external_id.removeprefix(DEMO_ID_PREFIX)
    if digits == external_id or not digits.isdigit():
        return None
    return int(digits)


def _fill(pattern: str, rng: Random) -> str:
    """A pattern's trailing "#" replaced by random digits ("+336########")."""
    prefix = pattern.rstrip("#")
    digits = len(pattern) - len(prefix)
    return f"{prefix}{rng.randrange(10**digits):0{digits}d}"


def _same_day_years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class DemoPeople:
    """Fictitious newcomers from ``catalogue``; ``person(n)`` depends on the seed and n only."""

    def __init__(self, catalogue: Catalogue, seed: int) -> None:
        self.catalogue = catalogue
        self.seed = seed

    def person(self, number: int) -> DemoPerson:
        catalogue = self.catalogue
        # A string seed is hashed (SHA-512): neighbouring numbers give unrelated people.
        rng = Random(f"welcome-desk demo {self.seed} {number}")
        category = catalogue.categories.pick(rng)
        country = catalogue.nationalities[category].pick(rng)
        profile = catalogue.profiles[(category, country.eu)].pick(rng)
        sex = catalogue.sexes.pick(rng)
        culture = country.cultures.pick(rng)
        family, given = self._names(rng, culture, sex)
        arrival, wave = self._arrival(rng, profile)
        birth = self._date_of_birth(rng, profile, arrival)
        data = PersonData(
            family_name=" ".join(name.text for name in family),
            given_names=" ".join(name.text for name in given),
            date_of_birth=birth,
            sex=sex,
            nationality=country.code,
            email=self._email(rng, country, category, family[0], given[0], birth),
            phone=self._phone(rng, country),
            category=category,
            sub_kind=profile.sub_kind,
            programme=profile.programmes[country.eu].pick(rng),
            host_unit=profile.units.pick(rng),
            arrival_date=arrival,
            departure_date=self._departure(rng, profile, wave, arrival),
            preferred_language=country.language_for(culture).pick(rng),
            accompanying_persons=profile.accompanying.pick(rng),
        )
        return DemoPerson(number, demo_external_id(number), data)

    @staticmethod
    def _names(rng: Random, culture: Culture, sex: str | None) -> tuple[list[Name], list[Name]]:
        """Family names, then given names; a person of sex X or unknown gets either kind."""
        female = sex == Sex.FEMALE or (sex != Sex.MALE and rng.random() < 0.5)
        families = culture.family_female if female else culture.family
        givens = culture.female if female else culture.male
        family = [rng.choice(families)]
        if rng.random() < culture.second_family:
            second = rng.choice(families)
            if second != family[0]:
                family.append(second)
        given = [rng.choice(givens)]
        if rng.random() < culture.second_given:
            second = rng.choice(givens)
            if second != given[0]:
                given.append(second)
        return family, given

    def _arrival(self, rng: Random, profile: Profile) -> tuple[date, str]:
        wave_name = profile.waves.pick(rng)
        wave: Wave = self.catalogue.waves[wave_name]
        years = self.catalogue.academic_years.pick(rng) - self.catalogue.reference_year
        start = _same_day_years_later(wave.start, years)
        span = (_same_day_years_later(wave.end, years) - start).days
        if wave.peak is None:
            offset = rng.randint(0, span)
        else:
            peak = (_same_day_years_later(wave.peak, years) - start).days
            offset = round(rng.triangular(0, span, peak))
        return start + timedelta(days=offset), wave_name

    @staticmethod
    def _departure(rng: Random, profile: Profile, wave: str, arrival: date) -> date | None:
        if rng.random() < profile.unknown_departure:
            return None
        stays = profile.stay_months.get(wave) or profile.stay_months["any"]
        days = round(stays.pick(rng) * DAYS_PER_MONTH)
        days += rng.randint(-DEPARTURE_JITTER_DAYS, DEPARTURE_JITTER_DAYS)
        return arrival + timedelta(days=max(days, 7))

    def _date_of_birth(self, rng: Random, profile: Profile, arrival: date) -> date | None:
        """A birth date giving an age at arrival between the profile's youngest and oldest."""
        if rng.random() < self.catalogue.unknown_birth_date:
            return None
        youngest, usual, oldest = profile.ages
        age = min(int(rng.triangular(youngest, oldest + 1, usual + 0.5)), oldest)
        # Born at most ``age`` years before arrival and less than ``age + 1`` years before.
        latest = _same_day_years_later(arrival, -age)
        return latest - timedelta(days=rng.randint(0, 364))

    def _email(
        self,
        rng: Random,
        country: Country,
        category: str,
        family: Name,
        given: Name,
        birth: date | None,
    ) -> str | None:
        contacts = self.catalogue.contacts
        if rng.random() < contacts.email_missing or not (family.latin and given.latin):
            return None
        staff = category != Category.STUDENT
        if staff and country.academic_domains and rng.random() < contacts.academic_share_staff:
            return f"{given.latin}.{family.latin}@{rng.choice(country.academic_domains)}"
        if country.email_domains and rng.random() < contacts.national_share:
            domain = rng.choice(country.email_domains)
        else:
            domain = contacts.worldwide_domains.pick(rng)
        local = contacts.email_patterns.pick(rng).format(
            given=given.latin,
            family=family.latin,
            g=given.latin[0],
            yy=f"{(birth.year if birth else rng.randint(1960, 2008)) % 100:02d}",
            n=rng.randint(1, 99),
        )
        return f"{local}@{domain}"

    def _phone(self, rng: Random, country: Country) -> str | None:
        contacts = self.catalogue.contacts
        kind = contacts.phone_kinds.pick(rng)
        if kind == "missing":
            return None
        if kind == "home" and country.mobiles:
            return _fill(rng.choice(country.mobiles), rng)
        return _fill(rng.choice(contacts.french_mobiles), rng)
