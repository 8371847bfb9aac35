"""The pack's content files: the shipped ones hold what a pack needs; each mistake is named."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import pytest

from welcome_desk.domain.checklist_template import TemplateError
from welcome_desk.packs.content import (
    ContentError,
    PackContent,
    default_folder,
    load_content,
)

EMERGENCY_NUMBERS = {"112", "15", "17", "18", "114", "115", "3114", "3919", "116 117"}
GLOSSARY_TERMS = {
    "ANEF",
    "CAF",
    "CPAM",
    "CROUS",
    "CVEC",
    "OFII",
    "VLS-TS",
    "Visale",
    "APL",
    "Carte Vitale",
}
KEY_PLACES = {
    "maison_internationale",
    "prefecture",
    "caf",
    "cpam",
    "crous",
    "ofii",
    "chu",
    "student_health",
    "ilevia_agency",
    "euraxess",
    "town_hall",
    "lille_flandres",
    "lille_europe",
    "airport_shuttle",
}

PLACE = """
desk = "desk"
[[place]]
key = "desk"
name = "Maison Internationale"
address = {{ street = "1 rue Test", postcode = "59000", city = "Lille" }}
purpose = {{ en = "Help", fr = "Aide" }}
hours = [{hours}]
transport = {{ en = "Metro line 1", fr = "Métro ligne 1" }}
website = "{website}"
phone = "+33 3 00 00 00 00"
email = "desk@example.org"
"""
HOURS = '{ days = "mon-fri", opens = "09:00", closes = "17:00" }'


@pytest.fixture(scope="module")
def shipped() -> PackContent:
    return load_content()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "packs"
    shutil.copytree(default_folder(), target)
    return target


def broken(folder: Path, name: str, text: str) -> ContentError:
    (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(folder)
    return caught.value


def place_file(hours: str = HOURS, website: str = "https://example.org") -> str:
    return PLACE.format(hours=hours, website=website)


def texts_in(value: Any) -> list[dict[str, str]]:
    """Every language table reachable from a dataclass (the Text fields)."""
    if isinstance(value, dict):
        return [value] if value else []
    if isinstance(value, tuple | list):
        return [t for item in value for t in texts_in(item)]
    if is_dataclass(value) and not isinstance(value, type):
        inner = [getattr(value, f.name) for f in fields(value) if f.name != "checked"]
        return [t for item in inner for t in texts_in(item)]
    return []


# --- the shipped files ------------------------------------------------------------------------


def test_the_shipped_files_load(shipped: PackContent) -> None:
    assert shipped.places and shipped.events and shipped.sections and shipped.links


def test_every_emergency_number_is_there(shipped: PackContent) -> None:
    assert {n.number for n in shipped.emergency} >= EMERGENCY_NUMBERS


def test_the_glossary_explains_the_ten_key_terms(shipped: PackContent) -> None:
    assert {g.term for g in shipped.glossary} >= GLOSSARY_TERMS


def test_each_key_place_has_an_address_and_hours(shipped: PackContent) -> None:
    assert {p.key for p in shipped.places} >= KEY_PLACES
    for place in shipped.places:
        assert place.address.street and place.address.city
        assert len(place.address.postcode) == 5
        assert place.hours or place.always_open, place.key
        assert place.transport["en"] and place.transport["fr"]


def test_the_desk_is_the_maison_internationale_with_its_contacts(shipped: PackContent) -> None:
    desk = shipped.desk
    assert desk.key == "maison_internationale"
    assert desk.phone and desk.email and desk.website.startswith("https://")


def test_every_url_is_https(shipped: PackContent) -> None:
    urls = [link.url for link in shipped.links]
    urls += [p.website for p in shipped.places]
    urls += [e.url for e in shipped.events if e.url]
    assert urls and all(url.startswith("https://") for url in urls)


def test_the_events_fall_in_the_academic_year_2026_2027(shipped: PackContent) -> None:
    for event in shipped.events:
        assert dt.date(2026, 8, 1) <= event.start <= event.end <= dt.date(2027, 7, 31), event.key


def test_every_text_has_english_and_french(shipped: PackContent) -> None:
    texts = texts_in(shipped)
    assert len(texts) > 100
    assert all(t.get("en") and t.get("fr") for t in texts)


def test_the_budget_has_lines_totals_and_a_note(shipped: PackContent) -> None:
    budget = shipped.budget
    assert {"rent", "food", "transport", "home_insurance"} <= {line.key for line in budget.lines}
    assert all(0 <= line.low <= line.high for line in budget.lines)
    assert 0 < budget.low_total < budget.high_total
    assert budget.note["en"] and budget.checked


def test_the_guide_covers_every_topic_and_its_links_exist(shipped: PackContent) -> None:
    keys = {s.key for s in shipped.sections}
    assert {"administrative", "housing", "healthcare", "bank", "transport"} <= keys
    assert {"city_life", "french_and_associations"} <= keys
    for section in shipped.sections:
        assert all(shipped.link(key) is not None for key in section.links)
    housing = shipped.section("housing")
    assert housing is not None
    assert any("money transfer" in item.text["en"] for item in housing.items)


# --- helpers for the layout -------------------------------------------------------------------


def test_hours_are_structured(shipped: PackContent) -> None:
    crous = shipped.place("crous")
    assert crous is not None
    monday = crous.hours_on(0)
    assert [h.opens for h in monday] == sorted(h.opens for h in monday)
    assert crous.hours_on(6) == ()
    assert all(0 <= day <= 6 for h in crous.hours for day in h.days)


def test_days_read_as_ranges_and_lists(folder: Path) -> None:
    hours = '{ days = "mon-wed, fri", opens = "09:00", closes = "12:00" }, '
    hours += '{ days = ["sat", "sun"], opens = "10:00", closes = "11:30" }'
    (folder / "places.toml").write_text(place_file(hours), encoding="utf-8")
    desk = load_content(folder).desk
    assert [h.days for h in desk.hours] == [(0, 1, 2, 4), (5, 6)]
    assert desk.hours[1].opens == dt.time(10, 0) and desk.hours[1].closes == dt.time(11, 30)


def test_events_between_gives_the_overlapping_events_by_date(shipped: PackContent) -> None:
    november = shipped.events_between(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    keys = [e.key for e in november]
    assert "international_student_week" in keys and "festival_des_solidarites" in keys
    assert "braderie" not in keys
    assert [e.start for e in november] == sorted(e.start for e in november)
    # An event that started before the period and is still running is included.
    assert "christmas_market" in [
        e.key for e in shipped.events_between(dt.date(2026, 12, 24), dt.date(2027, 1, 31))
    ]


def test_sections_and_paragraphs_follow_their_audience(shipped: PackContent) -> None:
    papers = shipped.section("administrative")
    assert papers is not None and papers.applies_to(eu=True, category="student")
    eu_student = [p.text["en"] for p in papers.paragraphs_for(True, "student")]
    non_eu_student = [p.text["en"] for p in papers.paragraphs_for(False, "student")]
    assert not any("VLS-TS" in text for text in eu_student)
    assert any("VLS-TS" in text for text in non_eu_student)
    assert not any("talent" in text for text in non_eu_student)
    assert any(
        "talent" in text
        for text in [p.text["en"] for p in papers.paragraphs_for(False, "researcher")]
    )


# --- mistakes ---------------------------------------------------------------------------------


def test_error_is_a_template_error_naming_file_place_and_problem(folder: Path) -> None:
    error = broken(folder, "emergency.toml", '[[number]]\nnumber = "112"\nlabel.en = "EU"\n')
    assert isinstance(error, TemplateError)
    assert (error.file, error.place) == ("emergency.toml", "number '112', label")
    assert "fr text is missing" in error.problem
    assert str(error).startswith("emergency.toml, number '112', label:")


def test_missing_english_text(folder: Path) -> None:
    text = '[[number]]\nnumber = "15"\nlabel.fr = "SAMU"\npurpose.fr = "Médical"\n'
    error = broken(folder, "emergency.toml", text)
    assert error.place == "number '15', label" and "en text is missing" in error.problem


def test_empty_text(folder: Path) -> None:
    text = '[[number]]\nnumber = "15"\nlabel = { en = " ", fr = "SAMU" }\n'
    error = broken(folder, "emergency.toml", text)
    assert error.place == "number '15', label.en" and error.problem == "empty text"


def test_bad_time_25_00(folder: Path) -> None:
    error = broken(
        folder, "places.toml", place_file('{ days = "mon", opens = "09:00", closes = "25:00" }')
    )
    assert error.file == "places.toml"
    assert error.place == "place 'desk', hours 1, closes"
    assert "'25:00' is not a time" in error.problem


def test_opening_time_after_closing_time(folder: Path) -> None:
    error = broken(
        folder, "places.toml", place_file('{ days = "mon", opens = "17:00", closes = "09:00" }')
    )
    assert error.place == "place 'desk', hours 1" and "closes must be later" in error.problem


def test_unknown_weekday(folder: Path) -> None:
    error = broken(
        folder, "places.toml", place_file('{ days = "mon-fry", opens = "09:00", closes = "12:00" }')
    )
    assert error.place == "place 'desk', hours 1, days" and "'fry' is not a day" in error.problem


def test_range_of_days_backwards(folder: Path) -> None:
    error = broken(
        folder, "places.toml", place_file('{ days = "fri-mon", opens = "09:00", closes = "12:00" }')
    )
    assert "from a day to a later one" in error.problem


def test_overlapping_opening_periods(folder: Path) -> None:
    hours = HOURS + ', { days = "wed", opens = "16:00", closes = "18:00" }'
    error = broken(folder, "places.toml", place_file(hours))
    assert error.place == "place 'desk', hours" and "overlap on wed" in error.problem


def test_place_without_hours(folder: Path) -> None:
    error = broken(folder, "places.toml", place_file(""))
    assert error.place == "place 'desk', hours" and "opening hours" in error.problem


def test_place_website_not_https(folder: Path) -> None:
    error = broken(folder, "places.toml", place_file(website="http://example.org"))
    assert error.place == "place 'desk', website" and "not an https:// address" in error.problem


def test_desk_naming_no_place(folder: Path) -> None:
    error = broken(folder, "places.toml", place_file().replace('desk = "desk"', 'desk = "nope"'))
    assert error.place == "desk" and "no place has the key 'nope'" in error.problem


def test_duplicate_place_key(folder: Path) -> None:
    text = place_file() + place_file().replace('desk = "desk"', "")
    error = broken(folder, "places.toml", text)
    assert error.place == "place 'desk'" and "already used" in error.problem


def test_bad_iso_date(folder: Path) -> None:
    text = """[[event]]
key = "fete"
name = "Fête"
start = "2026-13-01"
place = "Lille"
description = { en = "Party", fr = "Fête" }
"""
    error = broken(folder, "events.toml", text)
    assert (error.file, error.place) == ("events.toml", "event 'fete', start")
    assert "'2026-13-01' is not a date" in error.problem


def test_event_ending_before_it_starts(folder: Path) -> None:
    text = """[[event]]
key = "fete"
name = "Fête"
start = 2026-11-20
end = 2026-11-10
place = "Lille"
description = { en = "Party", fr = "Fête" }
"""
    error = broken(folder, "events.toml", text)
    assert error.place == "event 'fete', end" and "before it starts" in error.problem


def test_link_not_https(folder: Path) -> None:
    text = '[[link]]\nkey = "caf"\nlabel = "CAF"\nurl = "http://www.caf.fr"\n'
    error = broken(folder, "links.toml", text)
    assert error.place == "link 'caf', url" and "not an https:// address" in error.problem


def test_section_naming_an_unknown_link(folder: Path) -> None:
    text = """[[section]]
key = "bank"
title = { en = "Bank", fr = "Banque" }
links = ["nowhere"]
paragraphs = [{ en = "Open an account.", fr = "Ouvrez un compte." }]
"""
    error = broken(folder, "guide.toml", text)
    assert error.place == "section 'bank', links" and "'nowhere'" in error.problem


def test_audience_with_an_unknown_category(folder: Path) -> None:
    text = """[[section]]
key = "bank"
title = { en = "Bank", fr = "Banque" }
paragraphs = [{ en = "Open.", fr = "Ouvrez.", audience = { categories = ["tourist"] } }]
"""
    error = broken(folder, "guide.toml", text)
    assert error.place == "section 'bank', paragraphs 1, audience, categories"
    assert "'tourist' is not known" in error.problem


def test_negative_amount(folder: Path) -> None:
    text = """checked = "2026"
note = { en = "Estimates.", fr = "Estimations." }
[[line]]
key = "rent"
label = { en = "Rent", fr = "Loyer" }
low = -10
high = 400
"""
    error = broken(folder, "budget.toml", text)
    assert error.place == "line 'rent', low" and "0 or more" in error.problem


def test_budget_high_below_low(folder: Path) -> None:
    text = """checked = "2026"
note = { en = "Estimates.", fr = "Estimations." }
[[line]]
key = "rent"
label = { en = "Rent", fr = "Loyer" }
low = 500
high = 400
"""
    error = broken(folder, "budget.toml", text)
    assert error.place == "line 'rent'" and "less than low" in error.problem


def test_budget_without_checked_date(folder: Path) -> None:
    text = """note = { en = "Estimates.", fr = "Estimations." }
[[line]]
key = "rent"
label = { en = "Rent", fr = "Loyer" }
low = 300
high = 400
"""
    error = broken(folder, "budget.toml", text)
    assert error.place == "checked"


def test_duplicate_emergency_number(folder: Path) -> None:
    one = '[[number]]\nnumber = "15"\nlabel = { en = "SAMU", fr = "SAMU" }\n'
    one += 'purpose = { en = "Medical", fr = "Médical" }\n'
    error = broken(folder, "emergency.toml", one + one)
    assert error.place == "number '15'" and "already used" in error.problem


def test_duplicate_glossary_term(folder: Path) -> None:
    one = '[[term]]\nterm = "CAF"\nmeaning = { en = "Aid", fr = "Aide" }\n'
    error = broken(folder, "glossary.toml", one + one)
    assert error.place == "term 'CAF'" and "already used" in error.problem


def test_unknown_field(folder: Path) -> None:
    text = '[[link]]\nkey = "caf"\nlabel = "CAF"\nurl = "https://www.caf.fr"\ncolour = "red"\n'
    error = broken(folder, "links.toml", text)
    assert error.place == "link 'caf'" and "colour" in error.problem


def test_invalid_toml(folder: Path) -> None:
    error = broken(folder, "glossary.toml", "[[term]\nterm = \n")
    assert error.file == "glossary.toml" and "not valid TOML" in error.problem


def test_missing_file(folder: Path) -> None:
    (folder / "events.toml").unlink()
    with pytest.raises(ContentError) as caught:
        load_content(folder)
    assert caught.value.file == "events.toml" and "missing" in caught.value.problem
