"""Pickers of countries and languages: names in the UI language, sorted as that language sorts,
found by typing part of any of their names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from welcome_desk.ui.choice_combo import (
    CODE_ROLE,
    ChoiceFilter,
    ChoiceModel,
    SearchableCombo,
    country_choices,
    language_choices,
)

# The completer's popup on the offscreen platform (no window manager): nothing to act on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def found(combo: SearchableCombo, typed: str) -> list[str]:
    combo.filter.set_text(typed)
    return [combo.filter.index(row, 0).data() for row in range(combo.filter.rowCount())]


@pytest.fixture
def countries_fr(qtbot: QtBot) -> SearchableCombo:
    combo = SearchableCombo(country_choices("fr"))
    qtbot.addWidget(combo)
    return combo


def test_countries_are_named_and_sorted_in_the_ui_language() -> None:
    names = [c.name for c in country_choices("fr")]
    assert "Allemagne" in names and "Germany" not in names
    # Accented initials sort with their letter, not after Z.
    assert names.index("Égypte") < names.index("Espagne") < names.index("États-Unis")
    assert names.index("États-Unis") < names.index("Zambie")
    assert [c.name for c in country_choices("en")][:2] == ["Afghanistan", "Åland Islands"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("allem", ["Allemagne"]),
        ("germ", ["Allemagne"]),  # the English name finds the French one
        ("DEU", ["Allemagne"]),
        # Accents and case do not matter; a name that begins with the typing comes first.
        (
            "etats u",
            ["États-Unis", "Îles mineures éloignées des États-Unis", "Îles Vierges des États-Unis"],
        ),
        ("arabes", ["Émirats arabes unis"]),  # any word of the name
        ("cote d", ["Côte d’Ivoire"]),
    ],
)
def test_typing_part_of_any_name_finds_the_country(
    countries_fr: SearchableCombo, typed: str, expected: list[str]
) -> None:
    assert found(countries_fr, typed) == expected


def test_a_choice_typed_in_full_or_left_alone_by_the_typing_is_chosen(
    qtbot: QtBot, countries_fr: SearchableCombo
) -> None:
    countries_fr.setEditText("allemagne")
    assert countries_fr.value() == "DE"  # a name in full, any case
    countries_fr.setEditText("Vietnam")
    assert countries_fr.value() == "VN"
    countries_fr.setEditText("germ")
    assert countries_fr.value() == "germ"  # not yet a choice: the checks will say so
    found(countries_fr, "germ")
    countries_fr.settle()
    assert (countries_fr.currentText(), countries_fr.value()) == ("Allemagne", "DE")
    countries_fr.setEditText("a")
    found(countries_fr, "a")
    countries_fr.settle()  # many countries begin with "a": no guess
    assert countries_fr.value() == "a"
    countries_fr.set_value("XK")
    assert (countries_fr.currentText(), countries_fr.value()) == ("Kosovo", "XK")


def test_languages_are_named_in_the_ui_language_and_found_in_any() -> None:
    french = {c.code: c.name for c in language_choices("fr")}
    english = {c.code: c.name for c in language_choices("en")}
    assert (french["de"], english["de"]) == ("Allemand", "German")
    assert french["ar"] == "Arabe" and french["zh"] == "Chinois"
    assert len(french) > 150
    combo = SearchableCombo(language_choices("fr"))
    assert found(combo, "chin") == ["Chinois"]
    assert found(combo, "ukrain") == ["Ukrainien"]


def test_the_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ChoiceModel(country_choices("en"))
    qtmodeltester.check(model)
    assert model.index(model.row_of("FR"), 0).data(CODE_ROLE) == "FR"
    proxy = ChoiceFilter()
    proxy.setSourceModel(model)
    proxy.set_text("un")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()
    for row in range(proxy.rowCount()):
        assert proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    qtmodeltester.check(ChoiceModel(language_choices("ar")))
