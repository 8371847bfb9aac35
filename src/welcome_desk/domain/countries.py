"""Countries: ISO 3166-1 codes, names in any language (Babel/CLDR), EU/EEA/Swiss membership."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pycountry
from babel import Locale

from welcome_desk.domain.names import words

# Nationals of these countries need no visa or residence permit in France:
# the EU's 27 members, the rest of the EEA and Switzerland.
EU_MEMBERS = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()  # noqa: SIM905
)
EEA_NON_EU = frozenset({"IS", "LI", "NO"})
SWITZERLAND = "CH"
EU_EEA_SWISS = EU_MEMBERS | EEA_NON_EU | {SWITZERLAND}


# Kosovo has no ISO code yet; the EU and CLDR use the user-assigned XK.
_EXTRA_CODES = frozenset({"XK"})
_ARTICLES = frozenset({"the", "la", "le", "les", "l"})


def is_eu_eea_swiss(alpha2: str) -> bool:
    return alpha2.upper() in EU_EEA_SWISS


def _name_key(name: str) -> str:
    name_words = words(name)
    if len(name_words) > 1 and name_words[0] in _ARTICLES:
        name_words = name_words[1:]
    return " ".join(name_words)


def _name_variants(name: str) -> list[str]:
    """ "Congo, The Democratic Republic of the" is also "The Democratic Republic of the Congo"."""
    variants = [name]
    if ", " in name:
        head, _, tail = name.partition(", ")
        variants.append(f"{tail} {head}")
    return variants


@cache
def _alpha2_codes() -> frozenset[str]:
    return frozenset(country.alpha_2 for country in pycountry.countries) | _EXTRA_CODES


def _aliases_file() -> Path:
    from welcome_desk.paths import resources_dir

    return resources_dir() / "countries" / "aliases.toml"


@cache
def _lookup_table() -> dict[str, str]:
    """Folded code or name (English or French) -> alpha-2 code."""
    table: dict[str, str] = {}
    codes = _alpha2_codes()
    for locale_name in ("en", "fr"):
        for code, name in Locale.parse(locale_name).territories.items():
            if code in codes:
                table.setdefault(_name_key(name), code)
    for country in pycountry.countries:
        code = country.alpha_2
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            for variant in _name_variants(value) if value else []:
                table.setdefault(_name_key(variant), code)
    with _aliases_file().open("rb") as aliases:
        for alias, code in tomllib.load(aliases)["aliases"].items():
            table.setdefault(_name_key(alias), code)
    # Codes come last so that no name shadows them, and win over names of the same spelling.
    for country in pycountry.countries:
        table[country.alpha_2.lower()] = country.alpha_2
        table[country.alpha_3.lower()] = country.alpha_2
    for code in _EXTRA_CODES:
        table[code.lower()] = code
    return table


def resolve_country(text: str) -> str | None:
    """The alpha-2 code for an alpha-2 or alpha-3 code or an English or French country name."""
    key = _name_key(text)
    if not key:
        return None
    return _lookup_table().get(key)


def is_country_code(alpha2: str) -> bool:
    return alpha2 in _alpha2_codes()


def country_name(alpha2: str, language: str) -> str:
    """The country's name in ``language`` (CLDR), falling back to English, then the code."""
    for candidate in (language, "en"):
        try:
            name = Locale.parse(candidate).territories.get(alpha2)
        except (ValueError, LookupError):
            continue
        if name:
            return str(name)
    return alpha2


def country_names(language: str) -> dict[str, str]:
    """Every ISO country by alpha-2 code, named in ``language`` — for pickers and reports."""
    return {code: country_name(code, language) for code in sorted(_alpha2_codes())}
