"""World regions of nationalities, for the arrival statistics (UN M49 sub-regions).

Babel has no data on which territory lies in which region, so the regions are a data file,
``resources/statistics/regions.toml``: each region has a key (used by the statistics), labels by
language and its countries as ISO 3166-1 alpha-2 codes. The file is checked when read; a
mistake is reported as a :class:`TemplateError` naming the file, the place and the problem.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from welcome_desk.domain.checklist_template import TemplateError, Text, localized, read_text
from welcome_desk.paths import resources_dir

UNKNOWN = "unknown"
_UNKNOWN_LABEL: Text = {"en": "Unknown", "fr": "Inconnue"}
_KEY = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]{2}$")
_FIELDS = frozenset({"key", "label", "countries"})


REGIONS_FILE = resources_dir() / "statistics" / "regions.toml"


@dataclass(frozen=True)
class Region:
    key: str
    label: Text
    countries: frozenset[str]


def load_regions(path: Path | None = None) -> tuple[Region, ...]:
    """Read and check a regions file (the shipped one by default), regions in file order."""
    path = REGIONS_FILE if path is None else path
    file = path.name
    data = _read_toml(path)
    unknown = sorted(set(data) - {"region"})
    if unknown:
        raise TemplateError(
            file, ", ".join(unknown), "unknown table (the file holds [[region]] tables only)"
        )
    raw_regions = data.get("region")
    if not isinstance(raw_regions, list) or not raw_regions:
        raise TemplateError(file, "", "no regions: write each region as a [[region]] table")
    regions: list[Region] = []
    keys: set[str] = set()
    region_of_code: dict[str, str] = {}
    for index, raw in enumerate(raw_regions, start=1):
        region = _region(raw, file, f"region {index}")
        if region.key in keys:
            raise TemplateError(file, f"region '{region.key}'", "this key is already used")
        keys.add(region.key)
        for code in sorted(region.countries):
            if code in region_of_code:
                raise TemplateError(
                    file,
                    f"region '{region.key}', countries",
                    f"{code} is already in region '{region_of_code[code]}'",
                )
            region_of_code[code] = region.key
        regions.append(region)
    return tuple(regions)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(path.name, "", f"not valid TOML ({error})") from error
    except UnicodeDecodeError as error:
        raise TemplateError(path.name, "", "not UTF-8 text") from error
    except OSError as error:
        raise TemplateError(path.name, "", f"cannot be read ({error.strerror})") from error


def _region(raw: Any, file: str, place: str) -> Region:
    if not isinstance(raw, dict):
        raise TemplateError(file, place, "a region must be a table")
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        raise TemplateError(
            file, f"{place}, key", "a key in lower_snake_case (a-z, 0-9 and _) is required"
        )
    if key == UNKNOWN:
        raise TemplateError(
            file, f"{place}, key", f"'{UNKNOWN}' is kept for nationalities in no region"
        )
    place = f"region '{key}'"
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise TemplateError(file, place, f"unknown field(s): {', '.join(unknown)}")
    label = read_text(raw.get("label"), file, f"{place}, label", required=True)
    countries = raw.get("countries")
    if not isinstance(countries, list) or not countries:
        raise TemplateError(
            file, f"{place}, countries", 'a list of country codes is expected (["FR", …])'
        )
    codes: set[str] = set()
    for code in countries:
        if not isinstance(code, str) or not _CODE.match(code):
            raise TemplateError(
                file,
                f"{place}, countries",
                f"{code!r} is not a country code (two capital letters: FR, DZ…)",
            )
        if code in codes:
            raise TemplateError(file, f"{place}, countries", f"{code} is listed twice")
        codes.add(code)
    return Region(key, label, frozenset(codes))


@cache
def _shipped_regions() -> tuple[Region, ...]:
    return load_regions()


@cache
def _region_by_code() -> dict[str, str]:
    return {code: region.key for region in _shipped_regions() for code in region.countries}


@cache
def region_of(alpha2: str) -> str:
    """The key of the region of a country (alpha-2 code), or ``"unknown"`` for none."""
    return _region_by_code().get(alpha2.strip().upper(), UNKNOWN)


def region_label(key: str, language: str) -> str:
    """A region's label in ``language``, else English; ``"unknown"`` gives Unknown/Inconnue."""
    if key == UNKNOWN:
        return localized(_UNKNOWN_LABEL, language)
    for region in _shipped_regions():
        if region.key == key:
            return localized(region.label, language)
    raise KeyError(f"no region '{key}' in {REGIONS_FILE.name}")


# The regions' keys in the order of the file (the order of the statistics); "unknown" is not
# among them.
REGION_KEYS: tuple[str, ...] = tuple(region.key for region in _shipped_regions())
