"""The retention rule, the access export and the erasure (GDPR), on a real database: what is
left of a person afterwards, what the statistics say, and who may do it."""

from __future__ import annotations

import importlib
import json
import random
import subprocess
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from privacy_people import ARABIC, CHINESE, LATIN, STAFF, Someone, add_person
from sqlalchemy import event, func, select

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import Checklist, ChecklistStep, StepHistory, Visit
from welcome_desk.db.models import Base, Person
from welcome_desk.db.trust_models import AuditEntry
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.dates import age_on
from welcome_desk.domain.roles import NotAllowed, Role
from welcome_desk.services.demo import add_demo_people
from welcome_desk.services.privacy import (
    DEFAULT_RETENTION_MONTHS,
    PrivacyError,
    erase_person,
    retention_months,
    scrub_file,
    set_retention_months,
)
from welcome_desk.services.privacy_export import export_person, save_export
from welcome_desk.services.privacy_retention import (
    ANONYMISED_NAME,
    apply_retention,
    retention_preview,
    same_age_birth,
)
from welcome_desk.services.records import record_visit
from welcome_desk.services.search import search
from welcome_desk.stats.compute import MonthRange, compute

TODAY = date(2027, 9, 1)  # 24 months before: 1 September 2025


def texts_of(someone: Someone) -> list[str]:
    """What must not be left anywhere once the person is anonymised or erased."""
    return [
        someone.family,
        someone.given,
        someone.email,
        someone.external_id,
        someone.address,
        someone.permit,
        someone.note,
        someone.reason,
    ]


def every_row(database: Database) -> str:
    """Every value of every table, as text (what a dump of the database shows)."""
    parts = []
    with database.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                parts.append(" ".join(str(value) for value in row))
    return "\n".join(parts)


def row_counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def trail_of(database: Database, person_id: int) -> list[AuditEntry]:
    with database.session() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.person_id == person_id).order_by(AuditEntry.id)
            )
        )


@pytest.fixture
def three(database: Database) -> dict[str, int]:
    """Three people who left on 30 June 2025 (reached on TODAY), one per script."""
    return {
        "latin": add_person(database, LATIN),
        "arabic": add_person(database, ARABIC, nationality="MA"),
        "chinese": add_person(database, CHINESE, nationality="CN"),
    }


# The retention period ---------------------------------------------------------------------------


def test_the_retention_period_is_24_months_until_changed(database: Database) -> None:
    with database.session() as session:
        assert retention_months(session) == DEFAULT_RETENTION_MONTHS == 24
    with database.writing() as session:
        set_retention_months(session, 36)
    with database.session() as session:
        assert retention_months(session) == 36


@pytest.mark.parametrize("months", [-1, 0, 1201])
def test_a_retention_period_out_of_range_is_refused(database: Database, months: int) -> None:
    with pytest.raises(PrivacyError) as refused, database.writing() as session:
        set_retention_months(session, months)
    assert str(months) in str(refused.value.message)
    with database.session() as session:
        assert retention_months(session) == 24
        with pytest.raises(PrivacyError):
            retention_preview(session, TODAY, months)


def test_only_an_administrator_changes_the_retention_period(database: Database) -> None:
    database.actor = Actor("camille", Role.COORDINATOR)
    with pytest.raises(NotAllowed), database.writing() as session:
        set_retention_months(session, 6)
    with database.session() as session:
        assert retention_months(session) == 24


# Who the rule reaches -----------------------------------------------------------------------------


def test_the_preview_lists_who_left_more_than_the_period_ago(database: Database) -> None:
    reached = add_person(database, LATIN, departure=date(2025, 8, 31))
    on_the_day = add_person(database, ARABIC, departure=date(2025, 9, 1))
    no_departure = add_person(database, CHINESE, departure=None)
    with database.session() as session:
        preview = retention_preview(session, TODAY)
    assert preview.cutoff == date(2025, 9, 1)
    assert [(p.id, p.family_name, p.given_names) for p in preview.people] == [
        (reached, LATIN.family, LATIN.given)
    ]
    assert preview.people[0].departure_date == date(2025, 8, 31)
    assert preview.without_departure == 1  # arrived 2 September 2024, never left
    with database.session() as session:
        assert retention_preview(session, TODAY, 12).people[-1].id == on_the_day
        assert no_departure not in {p.id for p in retention_preview(session, TODAY, 1).people}


def test_a_coordinator_previews_but_does_not_anonymise(
    database: Database, three: dict[str, int]
) -> None:
    database.actor = Actor("camille", Role.COORDINATOR)
    with database.session() as session:
        assert len(retention_preview(session, TODAY).people) == 3
    before = every_row(database)
    with pytest.raises(NotAllowed) as refused, database.writing() as session:
        apply_retention(session, TODAY)
    assert "anonymise" in str(refused.value.message.render(lambda text: text))
    assert every_row(database) == before


def test_counter_staff_do_not_even_see_the_preview(database: Database) -> None:
    database.actor = Actor("sam", Role.COUNTER)
    with pytest.raises(NotAllowed), database.session() as session:
        retention_preview(session, TODAY)


# Anonymising --------------------------------------------------------------------------------------


def test_anonymised_people_keep_no_identity_and_no_free_text(
    database: Database, three: dict[str, int]
) -> None:
    staying = add_person(
        database,
        Someone("Staying", "Stella", "stella@example.org", "KEEP-1", "1 rue", "77", "n1", "r1"),
        departure=date(2026, 6, 30),
    )
    with database.writing() as session:
        result = apply_retention(session, TODAY)
    assert result.anonymised == 3
    dump = every_row(database)
    for someone in (LATIN, ARABIC, CHINESE):
        for text in texts_of(someone):
            assert text not in dump, text
    for text in ("Staying", "stella@example.org", "KEEP-1", "n1", "r1"):
        assert text in dump
    with database.session() as session:
        for person_id in three.values():
            person = session.get(Person, person_id)
            assert person is not None
            assert (person.family_name, person.given_names) == (ANONYMISED_NAME, None)
            assert (person.email, person.phone, person.external_ids) == (None, None, [])
            assert person.anonymised_on == TODAY
            data = export_person(session, person_id, "en", TODAY)
            assert data["appointments"] == []
            assert [v["notes"] for v in data["visits"]] == [None]
            assert data["visits"][0]["purposes"]  # the statistics count them
            assert data["housing"][0]["address"] is None
            assert data["housing"][0]["kind"] == "crous"
            assert data["administrative"]["residence_permit_number"] is None
            assert data["administrative"]["residence_permit_expiry"] == "2025-09-01"
            steps = data["checklist"]["steps"]
            assert all(s["notes"] is None and s["blocked_reason"] is None for s in steps)
            assert {s["status"] for s in steps} >= {"blocked", "done"}
            history = [h for s in steps for h in s["history"]]
            assert ("status", "todo", "done") in {(h["field"], h["from"], h["to"]) for h in history}
            assert all(
                h["from"] is None and h["to"] is None
                for h in history
                if h["field"] in ("notes", "blocked_reason")
            )
        assert session.get(Person, staying) is not None


def test_anonymised_people_are_not_found_by_their_old_names(
    database: Database, three: dict[str, int]
) -> None:
    searched = ["Oliveira", "maria jose", "العلوي", "فاطمة", "王", "小明", "ERASMUS-7781"]
    searched += [LATIN.email, "fatima"]
    with database.session() as session:
        assert all(search(session, text) for text in searched[:-1])
    with database.writing() as session:
        apply_retention(session, TODAY)
    with database.session() as session:
        for text in searched:
            assert search(session, text) == [], text
        # Found, as db.indexing files them, under the neutral name only.
        assert {hit.id for hit in search(session, ANONYMISED_NAME)} == set(three.values())


def test_the_audit_trail_keeps_who_and_when_but_not_the_values(
    database: Database, three: dict[str, int]
) -> None:
    person_id = three["arabic"]
    before = trail_of(database, person_id)
    assert any(ARABIC.family in (entry.changes or "") for entry in before)
    with database.writing() as session:
        apply_retention(session, TODAY)
    after = trail_of(database, person_id)
    assert [(e.id, e.actor, e.action, e.entity) for e in after[:-1]] == [
        (e.id, e.actor, e.action, e.entity) for e in before
    ]
    assert all(entry.changes is None for entry in after)
    last = after[-1]
    assert (last.action, last.entity, last.entity_id, last.changes) == (
        "anonymised",
        "person",
        person_id,
        None,
    )


def test_the_rule_reaches_each_person_once(database: Database, three: dict[str, int]) -> None:
    with database.writing() as session:
        assert apply_retention(session, TODAY).anonymised == 3
    with database.writing() as session:
        assert apply_retention(session, TODAY).anonymised == 0
    with database.session() as session:
        assert retention_preview(session, TODAY).people == []


def test_an_anonymised_birth_date_gives_the_same_age_on_arrival() -> None:
    rng = random.Random(7)
    days = [date(2024, 2, 29), date(2027, 2, 28), date(2027, 3, 1), date(2028, 2, 29)]
    days += [date(2020, 1, 1) + timedelta(days=rng.randrange(4000)) for _ in range(3000)]
    for arrival in days:
        for birth in (
            arrival - timedelta(days=rng.randrange(15 * 365, 70 * 365)),
            date(1992, 2, 29),
            arrival.replace(year=arrival.year - 20) if arrival != date(2024, 2, 29) else arrival,
        ):
            changed = same_age_birth(birth, arrival)
            assert changed is not None
            assert age_on(changed, arrival) == age_on(birth, arrival), (birth, arrival)
    assert same_age_birth(None, date(2027, 1, 1)) is None
    assert same_age_birth(date(2030, 1, 1), date(2027, 1, 1)) is None


def _stats_people() -> Any:
    sys.path.insert(0, str(Path(__file__).parents[1] / "stats"))
    try:
        return importlib.import_module("stats_people")
    finally:
        sys.path.pop(0)


def _everything(database: Database, months: MonthRange) -> tuple[Any, ...]:
    with database.session() as session:
        stats = compute(session, months)
    values = sorted((a.id, a.arrival_date, a.departure_date, a.values) for a in stats.arrivals)
    return stats.counts, stats.checklists, stats.visits, values


def test_statistics_are_identical_before_and_after_the_rule(database: Database) -> None:
    stats_people = _stats_people()
    stats_people.register_people(database, stats_people.newcomers(count=300, seed=11))
    add_demo_people(database, 300, seed=5)
    rng = random.Random(3)
    with database.writing() as session:
        ids = list(session.scalars(select(Person.id)))
        for person_id in rng.sample(ids, 120):
            record_visit(session, person_id, ["general_information", "housing"], STAFF, notes="x")
    for who in (LATIN, ARABIC, CHINESE):
        add_person(database, who)
    months = MonthRange.parse("2020-01", "2035-12")
    before = _everything(database, months)
    with database.writing() as session:
        result = apply_retention(session, date(2040, 1, 1))
    assert result.anonymised > 400
    after = _everything(database, months)
    assert after[0] == before[0]  # every month × dimension × value
    assert after[1] == before[1]  # checklist completion and key steps' days
    assert after[2] == before[2]  # counter visits by purpose
    assert after[3] == before[3]  # each arrival's values in every dimension
    with database.session() as session:
        assert session.scalar(select(func.count()).where(Person.anonymised_on.is_(None))) == (
            session.scalar(select(func.count()).where(Person.departure_date.is_(None)))
        )


# The access export ------------------------------------------------------------------------------


def test_the_json_export_holds_everything_on_the_person(
    database: Database, three: dict[str, int], tmp_path: Path
) -> None:
    person_id = three["chinese"]
    path = tmp_path / "access.json"
    with database.writing() as session:
        save_export(session, person_id, path, "en", TODAY)
    text = path.read_text(encoding="utf-8")
    assert CHINESE.family in text and CHINESE.given in text  # as written, not \u escapes
    data = json.loads(text)
    assert data["person"]["family_name"] == CHINESE.family
    assert data["person"]["email"] == CHINESE.email
    assert data["person"]["nationality"]["name"] == "China"
    assert data["external_ids"] == [{"source": "mobility", "value": CHINESE.external_id}]
    assert data["housing"][0]["address"] == CHINESE.address
    assert data["administrative"]["residence_permit_number"] == CHINESE.permit
    assert data["healthcare"]["social_security"] == "provisional"
    steps = {s["key"]: s for s in data["checklist"]["steps"]}
    assert CHINESE.note in {s["notes"] for s in steps.values()}
    assert CHINESE.reason in {s["blocked_reason"] for s in steps.values()}
    assert any(h["to"] == CHINESE.reason for s in steps.values() for h in s["history"])
    assert data["appointments"][0]["notes"] == CHINESE.note
    assert data["visits"][0]["staff"] == "karim"
    assert {e["entity"] for e in data["audit_trail"]} >= {"person", "housing", "visit", "step"}
    assert data["audit_trail"][0]["changes"]["family_name"] == [None, CHINESE.family]
    exported = trail_of(database, person_id)[-1]
    assert (exported.action, exported.entity_id) == ("exported", person_id)
    assert json.loads(exported.changes or "{}") == {"format": [None, "json"]}


def _pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    marks = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"), " ")
    return unicodedata.normalize("NFKC", result.stdout.translate(marks))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_pdf_export_is_readable_in_every_script(
    database: Database, three: dict[str, int], tmp_path: Path, language: str
) -> None:
    for key, someone in (("latin", LATIN), ("arabic", ARABIC), ("chinese", CHINESE)):
        path = tmp_path / f"{key}.pdf"
        with database.writing() as session:
            save_export(session, three[key], path, language, TODAY)
        text = _pdf_text(path)
        assert someone.family in text, key
        assert someone.given in text, key
        for value in (someone.email, someone.external_id, someone.permit, someone.note):
            assert value in text, (key, value)
    heading = {"en": "Trail of changes", "fr": "Historique des modifications"}[language]
    assert heading in text
    assert "Préfecture du Nord" in text
    # Coded values in words of the staff's language, never the stored codes.
    visa, visale = {
        "en": ("long-stay student visa (VLS-TS)", "Visale: not requested"),
        "fr": ("visa long séjour étudiant (VLS-TS)", "Visale : non demandé"),
    }[language]
    flat = " ".join(text.split())
    assert visa in flat and visale in flat
    assert "vls_ts_student" not in text and "none" not in text.split()


def test_an_export_is_refused_without_the_right_or_a_known_format(
    database: Database, three: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    entries = len(trail_of(database, three["latin"]))
    with pytest.raises(PrivacyError), database.writing() as session:
        save_export(session, three["latin"], out / "access.docx", "en")
    with pytest.raises(PrivacyError), database.writing() as session:
        save_export(session, 999, out / "access.json", "en")
    database.actor = Actor("alex", Role.ADVISER)
    with pytest.raises(NotAllowed), database.writing() as session:
        save_export(session, three["latin"], out / "access.json", "en")
    assert list(out.iterdir()) == []
    assert len(trail_of(database, three["latin"])) == entries


# Erasing ----------------------------------------------------------------------------------------


def test_an_erased_person_leaves_no_row_and_no_trace(
    database: Database, three: dict[str, int]
) -> None:
    person_id = three["latin"]
    with database.session() as session:
        steps = session.scalar(
            select(func.count())
            .select_from(ChecklistStep)
            .join(Checklist)
            .where(Checklist.person_id == person_id)
        )
        history = session.scalar(
            select(func.count())
            .select_from(StepHistory)
            .join(ChecklistStep)
            .join(Checklist)
            .where(Checklist.person_id == person_id)
        )
    before = row_counts(database)
    earlier = trail_of(database, person_id)
    with database.writing() as session:
        erase_person(session, person_id)
    after = row_counts(database)
    gone = {name: before[name] - after[name] for name in before if before[name] != after[name]}
    assert gone == {
        "people": 1,
        "external_ids": 1,
        "search_keys": before["search_keys"] - after["search_keys"],
        "checklists": 1,
        "checklist_steps": steps,
        "step_history": history,
        "housing_records": 1,
        "healthcare_records": 1,
        "administrative_records": 1,
        "appointments": 1,
        "visits": 1,
        "visit_purposes": 2,
        "audit_entries": -1,  # the erasure's own entry
    }
    dump = every_row(database)
    for text in texts_of(LATIN):
        assert text not in dump, text
    for text in texts_of(ARABIC) + texts_of(CHINESE):
        assert text in dump, text
    trail = trail_of(database, person_id)
    assert [e.id for e in trail[:-1]] == [e.id for e in earlier]
    assert all(entry.changes is None for entry in trail)
    erased = trail[-1]
    assert (erased.action, erased.entity, erased.entity_id, erased.changes) == (
        "erased",
        "person",
        person_id,
        None,
    )
    with database.session() as session:
        assert search(session, "Oliveira") == []
        assert session.get(Person, person_id) is None


def test_the_database_file_keeps_no_trace_of_an_erased_person(
    database: Database, three: dict[str, int]
) -> None:
    """Even where SQLite is built to leave deleted content in place (python.org's builds; the
    one tested here may overwrite it by default, so that default is turned off first)."""
    if database.file is None:
        pytest.skip("about a SQLite file")

    @event.listens_for(database.engine, "connect")
    def leave_deleted_content(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    database.engine.dispose()
    with database.writing() as session:
        erase_person(session, three["latin"])
    scrub_file(database)
    database.engine.dispose()
    raw = b"".join(path.read_bytes() for path in database.file.parent.glob("desk.sqlite3*"))
    for text in texts_of(LATIN):
        assert text.encode() not in raw, text
    assert ARABIC.family.encode() in raw


def test_only_an_administrator_erases(database: Database, three: dict[str, int]) -> None:
    before = every_row(database)
    for role in (Role.COUNTER, Role.ADVISER, Role.COORDINATOR):
        database.actor = Actor("x", role)
        with pytest.raises(NotAllowed), database.writing() as session:
            erase_person(session, three["latin"])
    assert every_row(database) == before
    database.actor = Actor("admin", Role.ADMINISTRATOR)
    with pytest.raises(PrivacyError), database.writing() as session:
        erase_person(session, 999)
    assert every_row(database) == before


def test_visits_of_other_people_are_kept(database: Database, three: dict[str, int]) -> None:
    with database.writing() as session:
        erase_person(session, three["latin"])
    with database.session() as session:
        people = set(session.scalars(select(Visit.person_id)))
    assert people == {three["arabic"], three["chinese"]}


def test_a_newcomer_never_takes_the_number_of_an_erased_person(database: Database) -> None:
    """SQLite gives the highest number again once its owner is gone: the newcomer would then
    inherit the erased person's history. Numbers are never given twice, on either back-end."""
    from welcome_desk.services.audit_log import person_history
    from welcome_desk.services.people import PersonData, register, register_many

    def newcomer(name: str) -> PersonData:
        return PersonData(
            family_name=name, nationality="CL", category="student", arrival_date=date(2026, 9, 1)
        )

    with database.writing() as session:
        first = register(session, newcomer("Primera")).id
        last = register(session, newcomer("Ultima")).id
    with database.writing() as session:
        erase_person(session, last)
    with database.writing() as session:
        one = register(session, newcomer("Nueva")).id
        [bulk] = register_many(session, [("X-1", newcomer("Masiva"))], source="test")
    assert len({first, last, one, bulk}) == 4 and min(one, bulk) > last
    with database.session() as session:
        assert [row.action for row in person_history(session, one)] == ["created"]
        assert person_history(session, last)[0].action == "erased"
