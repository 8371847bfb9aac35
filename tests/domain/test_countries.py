"""Countries: codes, English and French names, EU/EEA/Swiss membership."""

from __future__ import annotations

import pytest

from welcome_desk.domain.countries import (
    EU_EEA_SWISS,
    country_name,
    country_names,
    is_country_code,
    is_eu_eea_swiss,
    resolve_country,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("FR", "FR"),
        ("fr", "FR"),
        ("FRA", "FR"),
        ("deu", "DE"),
        ("France", "FR"),
        ("Allemagne", "DE"),
        ("Germany", "DE"),
        ("  chine ", "CN"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d’Ivoire", "CI"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("États-Unis", "US"),
        ("Royaume-Uni", "GB"),
        ("Algérie", "DZ"),
        ("Maroc", "MA"),
        ("Turquie", "TR"),
        ("Turkey", "TR"),
        ("Democratic Republic of the Congo", "CD"),
        ("Congo-Kinshasa", "CD"),
        ("Pays-Bas", "NL"),
        ("The Netherlands", "NL"),
        ("Corée du Sud", "KR"),
        ("Kosovo", "XK"),
        ("République démocratique du Congo", "CD"),
        ("Republique Democratique du Congo", "CD"),
        ("République du Congo", "CG"),
        ("Congo", "CG"),
        ("Saint-Siège", "VA"),
        ("Vatican", "VA"),
        ("Cité du Vatican", "VA"),
        ("Écosse", "GB"),
        ("Scotland", "GB"),
        ("Pays de Galles", "GB"),
        ("Wales", "GB"),
        ("Irlande du Nord", "GB"),
        ("Northern Ireland", "GB"),
    ],
)
def test_codes_and_english_and_french_names_resolve(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize("text", ["", "  ", "XX", "Atlantis", "Europe", "EU", "123"])
def test_unknown_countries_and_regions_do_not_resolve(text: str) -> None:
    assert resolve_country(text) is None


def test_eu_eea_swiss_membership() -> None:
    assert len(EU_EEA_SWISS) == 31
    for code in ("FR", "DE", "HR", "IS", "NO", "LI", "CH"):
        assert is_eu_eea_swiss(code)
    for code in ("GB", "DZ", "TR", "UA", "US", "CN"):
        assert not is_eu_eea_swiss(code)


def test_country_names_in_the_reader_language() -> None:
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("DE", "zh") == "德国"
    assert country_name("DZ", "ar") == "الجزائر"
    assert country_name("DE", "xx-unknown") == "Germany"
    names = country_names("fr")
    assert names["CN"] == "Chine"
    assert all(is_country_code(code) for code in names)


def test_the_aliases_file_names_real_countries_and_shadows_no_code() -> None:
    """Every alias gives a known code, and no ISO or CLDR name (nor a code) takes it first."""
    import tomllib

    from welcome_desk.paths import resources_dir

    with (resources_dir() / "countries" / "aliases.toml").open("rb") as aliases:
        table = tomllib.load(aliases)["aliases"]
    assert all(is_country_code(code) for code in table.values())
    for alias, code in table.items():
        assert resolve_country(alias) == code, alias
