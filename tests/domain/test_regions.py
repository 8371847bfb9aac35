"""World regions: the shipped file places every country once; mistakes name file and place."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pycountry
import pytest

from welcome_desk.domain.checklist_template import TemplateError
from welcome_desk.domain.regions import (
    REGION_KEYS,
    REGIONS_FILE,
    load_regions,
    region_label,
    region_of,
)

M49_KEYS = (
    "northern_africa",
    "sub_saharan_africa",
    "latin_america_caribbean",
    "northern_america",
    "central_asia",
    "eastern_asia",
    "south_eastern_asia",
    "southern_asia",
    "western_asia",
    "eastern_europe",
    "northern_europe",
    "southern_europe",
    "western_europe",
    "australia_new_zealand",
    "melanesia",
    "micronesia",
    "polynesia",
    "other",
)

GOOD = """
[[region]]
key = "western_europe"
label = { en = "Western Europe", fr = "Europe de l’Ouest" }
countries = ["FR", "BE"]

[[region]]
key = "northern_africa"
label = { en = "Northern Africa", fr = "Afrique du Nord" }
countries = ["DZ", "MA"]
"""


def test_every_country_is_in_exactly_one_region() -> None:
    counts = Counter(code for region in load_regions() for code in region.countries)
    assert [code for code, count in counts.items() if count > 1] == []
    known = {country.alpha_2 for country in pycountry.countries} | {"XK"}
    assert set(counts) == known
    assert all(region_of(code) != "unknown" for code in known)


def test_the_regions_are_the_m49_sub_regions_in_file_order() -> None:
    assert REGION_KEYS == M49_KEYS
    assert [region.key for region in load_regions(REGIONS_FILE)] == list(M49_KEYS)
    assert all({"en", "fr"} <= set(region.label) for region in load_regions())


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("FR", "western_europe"),
        ("DZ", "northern_africa"),
        ("SN", "sub_saharan_africa"),
        ("BR", "latin_america_caribbean"),
        ("CN", "eastern_asia"),
        ("VN", "south_eastern_asia"),
        ("IN", "southern_asia"),
        ("UA", "eastern_europe"),
        ("US", "northern_america"),
        ("AU", "australia_new_zealand"),
        ("MX", "latin_america_caribbean"),
        ("TR", "western_asia"),
        ("GB", "northern_europe"),
        ("XK", "southern_europe"),
        ("TW", "eastern_asia"),
        ("AQ", "other"),
    ],
)
def test_spot_checks(code: str, key: str) -> None:
    assert region_of(code) == key


def test_a_code_in_no_region_is_unknown() -> None:
    assert region_of("ZZ") == "unknown"
    assert region_of("") == "unknown"


def test_labels_by_language_with_english_fallback() -> None:
    assert region_label("northern_africa", "fr") == "Afrique du Nord"
    assert region_label("northern_africa", "en") == "Northern Africa"
    assert region_label("northern_africa", "vi") == "Northern Africa"
    assert region_label("other", "fr") == "Autres territoires"
    assert region_label("unknown", "en") == "Unknown"
    assert region_label("unknown", "fr") == "Inconnue"
    assert region_label("unknown", "de") == "Unknown"
    with pytest.raises(KeyError):
        region_label("atlantis", "en")


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "regions.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_good_file_loads(tmp_path: Path) -> None:
    regions = load_regions(write(tmp_path, GOOD))
    assert [r.key for r in regions] == ["western_europe", "northern_africa"]
    assert regions[0].countries == {"FR", "BE"}
    assert regions[1].label["fr"] == "Afrique du Nord"


@pytest.mark.parametrize(
    ("old", "new", "place", "problem"),
    [
        (
            '["DZ", "MA"]',
            '["DZ", "MA", "BE"]',
            "region 'northern_africa', countries",
            "BE is already in region 'western_europe'",
        ),
        (
            '["FR", "BE"]',
            '["fr", "BE"]',
            "region 'western_europe', countries",
            "'fr' is not a country code",
        ),
        (
            '["FR", "BE"]',
            '["FR", "BE", "FR"]',
            "region 'western_europe', countries",
            "FR is listed twice",
        ),
        (
            ', fr = "Afrique du Nord"',
            "",
            "region 'northern_africa', label",
            "the fr text is missing",
        ),
        (
            'key = "northern_africa"',
            'key = "western_europe"',
            "region 'western_europe'",
            "this key is already used",
        ),
        (
            'key = "northern_africa"',
            'key = "Northern-Africa"',
            "region 2, key",
            "lower_snake_case",
        ),
        (
            'key = "northern_africa"',
            'key = "unknown"',
            "region 2, key",
            "kept for nationalities in no region",
        ),
        (
            'countries = ["DZ", "MA"]',
            "countries = []",
            "region 'northern_africa', countries",
            "a list of country codes is expected",
        ),
        (
            'countries = ["DZ", "MA"]',
            'countries = ["DZ", "MA"]\nnote = "x"',
            "region 'northern_africa'",
            "unknown field(s): note",
        ),
    ],
)
def test_mistakes_are_named(tmp_path: Path, old: str, new: str, place: str, problem: str) -> None:
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(TemplateError) as caught:
        load_regions(path)
    assert caught.value.file == "regions.toml"
    assert caught.value.place == place
    assert problem in caught.value.problem


def test_a_file_that_is_not_toml_is_named(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"^regions\.toml: not valid TOML"):
        load_regions(write(tmp_path, "[[region]\n"))
    with pytest.raises(TemplateError, match=r"^regions\.toml: no regions"):
        load_regions(write(tmp_path, "# nothing yet\n"))
