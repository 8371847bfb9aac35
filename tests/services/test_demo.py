"""Demo newcomers: deterministic, realistic, valid for the import's rules, saved like imports."""

from __future__ import annotations

import csv
import dataclasses
import random
import re
import shutil
import tomllib
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from backends import Databases, open_database
from welcome_desk.db.engine import Database
from welcome_desk.db.migrate import upgrade
from welcome_desk.db.models import ExternalId, Person, SearchField, SearchKey
from welcome_desk.domain.countries import is_country_code, is_eu_eea_swiss
from welcome_desk.domain.person import Category, Programme
from welcome_desk.domain.values import parse_phone
from welcome_desk.paths import resources_dir
from welcome_desk.services.demo import (
    DEMO_SOURCE,
    DemoDataError,
    DemoPerson,
    add_demo_people,
    generate_people,
    next_demo_number,
)
from welcome_desk.services.demo_loading import load_catalogue, shipped_catalogue
from welcome_desk.services.importing.rules import MIN_AGE, RowChecker, ValidRow
from welcome_desk.services.importing.run import open_import_file
from welcome_desk.services.people import PersonData, register

SAMPLE = 4000
SUB_KINDS = {
    "student": {"exchange", "bachelor", "master", "phd"},
    "researcher": {"post_doc", "visiting_researcher", "phd"},
    "teacher": {"visiting_professor", "language_assistant"},
}
AGES = {"phd": (23, 35), "post_doc": (27, 65), "visiting_researcher": (27, 65)}
STUDENT_AGES = (18, 30)
IMPORT_COLUMNS = [
    "external_id", "family_name", "given_names", "date_of_birth", "sex", "nationality", "email",
    "phone", "category", "programme", "host_unit", "arrival_date", "departure_date",
    "preferred_language", "accompanying_persons",
]  # fmt: skip


@pytest.fixture(scope="module")
def sample() -> list[DemoPerson]:
    return generate_people(SAMPLE, seed=2026)


def scripts(text: str) -> set[str]:
    """The Unicode scripts of the letters of ``text``, by the first word of their names."""
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def stored_rows(database: Database, source: str) -> dict[str, tuple[object, ...]]:
    """Every stored column of the people of ``source`` but ids, timestamps, by external id."""
    skipped = {"id", "created_at", "updated_at"}
    columns = [c for c in Person.__table__.columns if c.name not in skipped]
    with database.session() as session:
        rows = session.execute(
            select(ExternalId.value, *columns)
            .join(ExternalId.person)
            .where(ExternalId.source == source)
        )
        return {row[0]: tuple(row[1:]) for row in rows}


def test_same_seed_same_people_other_seed_other_people() -> None:
    first, again = generate_people(200, seed=7), generate_people(200, seed=7)
    assert first == again
    other = generate_people(200, seed=8)
    assert sum(a.data == b.data for a, b in zip(first, other, strict=True)) < 5


def test_person_n_does_not_depend_on_the_batch() -> None:
    assert generate_people(10, seed=3, first_number=51) == generate_people(60, seed=3)[50:]
    assert [p.external_id for p in generate_people(3, first_number=999_999)] == [
        "DEMO-999999", "DEMO-1000000", "DEMO-1000001",
    ]  # fmt: skip


def test_proportions_look_like_lille(sample: list[DemoPerson]) -> None:
    nationalities = Counter(p.data.nationality for p in sample)
    assert nationalities.most_common(1)[0][0] in {"MA", "DZ"}
    assert {"MA", "DZ", "CN", "TN"} <= {code for code, _ in nationalities.most_common(8)}
    assert len(nationalities) > 50
    categories = Counter(p.data.category for p in sample)
    assert categories["student"] / SAMPLE == pytest.approx(0.85, abs=0.05)
    assert categories["researcher"] / SAMPLE == pytest.approx(0.10, abs=0.03)
    assert categories["teacher"] / SAMPLE == pytest.approx(0.05, abs=0.02)
    sexes = Counter(p.data.sex for p in sample)
    assert sexes["F"] > sexes["M"] > 10 * (sexes["X"] + sexes[None]) > 0


def test_arrivals_come_in_september_and_january_waves(sample: list[DemoPerson]) -> None:
    months = Counter(p.data.arrival_date.month for p in sample)
    assert months.most_common(1)[0][0] == 9
    assert 1 in [month for month, _ in months.most_common(3)]
    assert (months[9] + months[1]) / SAMPLE > 0.55
    assert len(months) == 12  # a trickle all year
    years = Counter(p.data.arrival_date.year for p in sample)
    assert set(years) == {2024, 2025, 2026, 2027}


def test_sub_kinds_programmes_and_units_fit_the_category(sample: list[DemoPerson]) -> None:
    for person in sample:
        data = person.data
        assert data.sub_kind in SUB_KINDS[data.category]
        assert data.programme is None or data.programme in set(Programme)
        assert data.host_unit
    eu_exchange = [p.data for p in sample if p.data.sub_kind == "exchange"
                   and is_eu_eea_swiss(p.data.nationality)]  # fmt: skip
    erasmus = sum(d.programme == Programme.ERASMUS_PLUS for d in eu_exchange)
    assert erasmus / len(eu_exchange) > 0.85
    degree = [p.data for p in sample if p.data.sub_kind in {"bachelor", "master"}]
    assert sum(d.programme == Programme.NONE for d in degree) / len(degree) > 0.7
    labs = {p.data.host_unit for p in sample if p.data.sub_kind == "post_doc"}
    assert any("CRIStAL" in unit for unit in labs)


def test_names_are_in_their_own_scripts(sample: list[DemoPerson]) -> None:
    names = [f"{p.data.family_name} {p.data.given_names}" for p in sample]
    found = set().union(*(scripts(name) for name in names))
    assert {"CJK", "ARABIC", "CYRILLIC", "GREEK", "HANGUL", "LATIN"} <= found
    assert any("Nguyễn" in name or "Trần" in name or "Đ" in name for name in names)
    assert any("ü" in name or "é" in name for name in names)
    assert any("'" in name for name in names)  # O'Brien, N'Guessan, D'Angelo
    chinese = [p.data for p in sample if p.data.nationality == "CN"]
    assert all(scripts(d.family_name) == {"CJK"} for d in chinese)
    maghreb = [p.data for p in sample if p.data.nationality in {"MA", "DZ", "TN"}]
    arabic = sum("ARABIC" in scripts(d.family_name) for d in maghreb) / len(maghreb)
    assert 0.05 < arabic < 0.4  # most arrival lists carry the Latin spelling


def test_emails_phones_and_languages_fit_the_person(sample: list[DemoPerson]) -> None:
    with_email = [p.data for p in sample if p.data.email]
    assert 0.85 < len(with_email) / SAMPLE < 0.99
    assert all(d.email and d.email.isascii() for d in with_email)
    phones = [p.data.phone for p in sample if p.data.phone]
    french = sum(phone.startswith(("+336", "+337")) for phone in phones)
    assert 0.7 < french / len(phones) < 0.9
    for code, language in (("DZ", "fr"), ("CN", "zh"), ("VN", "vi"), ("UA", "uk"), ("BR", "pt")):
        languages = Counter(p.data.preferred_language for p in sample if p.data.nationality == code)
        assert languages.most_common(1)[0][0] == language


def test_ages_and_stays_are_plausible(sample: list[DemoPerson]) -> None:
    for person in sample:
        data = person.data
        if data.date_of_birth is not None:
            low, high = AGES.get(data.sub_kind or "", STUDENT_AGES)
            if data.category == Category.TEACHER:
                low, high = MIN_AGE, 70
            assert low <= age_on(data.date_of_birth, data.arrival_date) <= high, person
        if data.departure_date is not None:
            assert data.departure_date > data.arrival_date
            if data.sub_kind == "exchange":
                assert (data.departure_date - data.arrival_date).days < 330
    unknown = sum(p.data.departure_date is None for p in sample)
    assert 0.01 < unknown / SAMPLE < 0.15


def test_every_demo_person_passes_the_import_rules_unchanged(
    sample: list[DemoPerson], tmp_path: Path
) -> None:
    """Written to a CSV file and read by the import, each person comes back exactly as made."""
    path = tmp_path / "demo.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(IMPORT_COLUMNS)
        for person in sample:
            values = {"external_id": person.external_id, **person.data.as_dict()}
            writer.writerow(["" if values[c] is None else str(values[c]) for c in IMPORT_COLUMNS])
    table = open_import_file(path)
    checker = RowChecker(table.columns, header_width=len(IMPORT_COLUMNS), today=date(2024, 8, 1))
    checked = [checker.check(row) for row in table.table.rows]
    rejected = [row for row in checked if not isinstance(row, ValidRow)]
    assert rejected == []
    for person, row in zip(sample, checked, strict=True):
        assert isinstance(row, ValidRow)
        assert row.data == dataclasses.replace(person.data, sub_kind=None)


def test_every_phone_pattern_gives_valid_numbers_in_e164() -> None:
    catalogue = shipped_catalogue()
    countries = catalogue.nationalities["student"].values
    patterns = [*catalogue.contacts.french_mobiles, *(p for c in countries for p in c.mobiles)]
    rng = random.Random(1)
    for pattern in patterns:
        for _ in range(20):
            number = "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)
            assert parse_phone(number) == number, pattern
    assert all(is_country_code(country.code) for country in countries)


def test_demo_people_are_stored_like_imported_ones(database: Database) -> None:
    result = add_demo_people(database, 120, seed=5, batch_size=50)
    assert (result.added, result.first_id, result.last_id) == (120, "DEMO-000001", "DEMO-000120")
    with database.writing() as session:
        for person in generate_people(120, seed=5):
            register(session, person.data, source="check", external_id=person.external_id)
    demo, registered = stored_rows(database, DEMO_SOURCE), stored_rows(database, "check")
    assert demo == registered
    with database.session() as session:
        keys = session.execute(
            select(ExternalId.source, ExternalId.value, SearchKey.key, SearchKey.field).join(
                SearchKey, SearchKey.person_id == ExternalId.person_id
            )
        ).all()
    by_person: dict[tuple[str, str], set[tuple[str, int]]] = {}
    for source, value, key, field in keys:
        by_person.setdefault((source, value), set()).add((key, field))
    for person in generate_people(120, seed=5):
        demo_keys = by_person[(DEMO_SOURCE, person.external_id)]
        assert demo_keys == by_person[("check", person.external_id)]
        assert (person.external_id.casefold(), SearchField.EXTERNAL_ID) in demo_keys
        assert any(field == SearchField.FAMILY_NAME for _, field in demo_keys)


def test_runs_add_after_the_highest_demo_id_with_progress(database: Database) -> None:
    calls: list[tuple[int, int]] = []
    add_demo_people(database, 30, seed=4, batch_size=20, progress=lambda *a: calls.append(a))
    assert calls == [(20, 30), (30, 30)]
    second = add_demo_people(database, 20, seed=4)
    assert (second.first_id, second.last_id) == ("DEMO-000031", "DEMO-000050")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 50
        assert next_demo_number(session) == 51
    expected = {p.external_id: p.data.family_name for p in generate_people(50, seed=4)}
    assert {k: v[0] for k, v in stored_rows(database, DEMO_SOURCE).items()} == expected


def test_same_seed_gives_the_same_database(
    database: Database, databases: Databases, tmp_path: Path
) -> None:
    other = open_database(databases.new())
    upgrade(other, tmp_path / "backups")
    try:
        add_demo_people(database, 80, seed=11)
        add_demo_people(other, 80, seed=11)
        assert stored_rows(database, DEMO_SOURCE) == stored_rows(other, DEMO_SOURCE)
    finally:
        other.dispose()


def test_cancel_keeps_the_batches_written(database: Database) -> None:
    asked: list[int] = []

    def should_cancel() -> bool:
        asked.append(1)
        return len(asked) > 2

    result = add_demo_people(database, 100, batch_size=10, should_cancel=should_cancel)
    assert (result.added, result.cancelled, result.last_id) == (20, True, "DEMO-000020")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 20


def test_numbers_past_a_million_and_other_sources(database: Database) -> None:
    data = PersonData(family_name="Test", nationality="FR", category="student",
                      arrival_date=date(2025, 9, 1))  # fmt: skip
    with database.writing() as session:
        assert next_demo_number(session) == 1
        register(session, data, source="import", external_id="DEMO-5000000")
        register(session, data, source=DEMO_SOURCE, external_id="DEMO-999999")
        register(session, data, source=DEMO_SOURCE, external_id="DEMO-1000000")
    with database.session() as session:
        assert next_demo_number(session) == 1_000_001


def test_nothing_or_too_many(database: Database) -> None:
    assert add_demo_people(database, 0).added == 0
    with pytest.raises(ValueError):
        add_demo_people(database, -1)


@pytest.mark.parametrize(
    ("file", "old", "new", "error"),
    [
        ("countries.toml", "[MA]", "[ZZ]", "countries.toml [ZZ]: not an ISO"),
        ("countries.toml", "maghreb = 82", "klingon = 82", "unknown value 'klingon'"),
        ("countries.toml", '"+21265#######"', '"0612"', "not an E.164 pattern"),
        ("profiles.toml", "erasmus_plus = 93", "erasmus = 93", "unknown value 'erasmus'"),
        ("profiles.toml", "age = [19, 21, 27]", "age = [12, 21, 27]", "within 15–100"),
        ("profiles.toml", "peak = 2024-09-02", "peak = 2024-12-02", "start <= peak <= end"),
        ("host_units.toml", "[laboratories]", "[labs]", "units: a table of host_units.toml"),
        ("names/asia.toml", '"伟", "强"', '"", "强"', "[chinese] male: a list of texts"),
    ],
)
def test_mistakes_in_the_data_files_are_named(
    tmp_path: Path, file: str, old: str, new: str, error: str
) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(resources_dir() / "demo", folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DemoDataError, match=re.escape(error)):
        load_catalogue(folder)


def test_names_in_hard_scripts_carry_their_latin_spelling() -> None:
    """anyascii spells 田中 'tianzhong' and محمد 'mhmd': such names give their own spelling."""
    hard = {"ARABIC", "GREEK", "HANGUL", "GEORGIAN", "ARMENIAN", "HIRAGANA", "KATAKANA"}
    for path in sorted((resources_dir() / "demo" / "names").glob("*.toml")):
        for culture, table in tomllib.loads(path.read_text(encoding="utf-8")).items():
            for key in ("family", "family_female", "female", "male"):
                for entry in table.get(key, []):
                    if scripts(entry) & hard or culture == "japanese":
                        assert "=" in entry, f"{path.name} [{culture}] {entry}"
