"""The 'retention', 'export-person' and 'erase' commands, as a user runs them."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from welcome_desk.db.engine import Database
from welcome_desk.db.models import Person
from welcome_desk.db.trust_models import AuditEntry
from welcome_desk.domain.dates import add_months
from welcome_desk.domain.person import PersonData
from welcome_desk.services.people import register

LEFT_LONG_AGO = add_months(date.today(), -30)


def add(
    database: Database,
    family: str,
    given: str,
    external_id: str,
    departure: date | None,
    email: str | None = None,
) -> int:
    arrival = (departure or date.today()) - timedelta(days=200)
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name=family,
                given_names=given,
                nationality="DE",
                category="student",
                arrival_date=arrival,
                departure_date=departure,
                email=email,
            ),
            source="mobility",
            external_id=external_id,
        ).id


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    return {
        "gone": add(database, "Schmidt", "Anna", "MOB-1", LEFT_LONG_AGO, "anna@example.org"),
        "gone_too": add(database, "محمود", "ليلى", "MOB-2", LEFT_LONG_AGO - timedelta(days=3)),
        "here": add(database, "Weber", "Jonas", "MOB-3", date.today() + timedelta(days=90)),
        "no_departure": add(database, "Li", "Wei", "MOB-4", None),
    }


def anonymised(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).where(Person.anonymised_on.is_not(None))) or 0


class Terminal(io.StringIO):
    """A keyboard that answers once."""

    def isatty(self) -> bool:
        return True


# retention --------------------------------------------------------------------------------------


def test_retention_previews_who_it_reaches(run_cli, people: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("retention")
    assert result.exit_code == 0, result.err
    assert "Retention period: 24 months" in result.out
    assert f"#{people['gone']}  SCHMIDT Anna" in result.out
    assert "محمود" in result.out
    assert "Weber" not in result.out
    assert "People to anonymise: 2." in result.out
    assert "1 person with no departure date" not in result.out  # arrived 200 days ago
    assert result.err == ""


def test_retention_applies_after_yes_and_the_old_names_are_not_found(  # type: ignore[no-untyped-def]
    run_cli, database: Database, people: dict[str, int]
) -> None:
    result = run_cli("retention", "--apply", "--yes")
    assert result.exit_code == 0, result.err
    assert "People anonymised: 2." in result.out
    assert anonymised(database) == 2
    for text in ("Schmidt", "MOB-1", "anna@example.org", "محمود"):
        found = run_cli("search", text)
        assert found.exit_code == 1, (text, found.out)
    assert run_cli("search", "Weber").exit_code == 0
    again = run_cli("retention")
    assert "People to anonymise: 0." in again.out


def test_retention_asks_before_anonymising(  # type: ignore[no-untyped-def]
    run_cli, database: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    result = run_cli("retention", "--apply")
    assert result.exit_code == 2
    assert "add --yes" in result.err and len(result.err.splitlines()) == 1
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    result = run_cli("retention", "--apply")
    assert result.exit_code == 1
    assert result.err.endswith("[y/N] welcome-desk: Nobody was anonymised.\n")
    assert anonymised(database) == 0
    monkeypatch.setattr("sys.stdin", Terminal("oui\n"))
    result = run_cli("retention", "--apply", lang="fr")
    assert result.exit_code == 0, result.err
    assert "Anonymiser ces personnes ?" in result.err
    assert anonymised(database) == 2


def test_retention_months_for_one_run_and_as_the_setting(  # type: ignore[no-untyped-def]
    run_cli, people: dict[str, int]
) -> None:
    one_run = run_cli("retention", "--months", "36")
    assert "People to anonymise: 0." in one_run.out
    assert "Retention period: 24 months" in run_cli("retention").out
    saved = run_cli("retention", "--set-months", "6")
    assert saved.exit_code == 0, saved.err
    assert "The retention period is now 6 months." in saved.out
    assert "Retention period: 6 months" in run_cli("retention").out


@pytest.mark.parametrize("value", ["-3", "0", "abc", "1201", "2.5"])
def test_retention_refuses_bad_months_in_one_line(run_cli, value: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("retention", "--months", value)
    assert result.exit_code == 2
    assert result.err == (
        f"welcome-desk: --months must be a whole number of months from 1 to 1200, not '{value}'.\n"
    )
    french = run_cli("retention", "--set-months", value, lang="fr")
    assert french.exit_code == 2
    assert "doit être un nombre entier de mois" in french.err


# export-person ----------------------------------------------------------------------------------


def test_export_person_writes_json_and_pdf(  # type: ignore[no-untyped-def]
    run_cli, database: Database, people: dict[str, int], tmp_path: Path
) -> None:
    result = run_cli("export-person", "MOB-1", "-o", str(tmp_path / "anna.json"))
    assert result.exit_code == 0, result.err
    assert f"person #{people['gone']} written to" in result.out
    data = json.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))
    assert (data["person"]["family_name"], data["person"]["email"]) == (
        "Schmidt",
        "anna@example.org",
    )
    assert data["external_ids"] == [{"source": "mobility", "value": "MOB-1"}]
    assert data["audit_trail"][0]["action"] == "created"
    assert stat.S_IMODE((tmp_path / "anna.json").stat().st_mode) == 0o600  # owner only
    pdf = tmp_path / "anna.pdf"
    result = run_cli("export-person", f"#{people['gone']}", "-o", str(pdf), lang="fr")
    assert result.exit_code == 0, result.err
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "SCHMIDT Anna" in text
    assert "Données personnelles conservées sur une personne" in " ".join(text.split())
    with database.session() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.changes).where(
                    AuditEntry.person_id == people["gone"], AuditEntry.action == "exported"
                )
            )
        )
    assert [json.loads(a or "") for a in actions] == [
        {"format": [None, "json"]},
        {"format": [None, "pdf"]},
    ]


def test_export_person_refuses_what_it_cannot_write(  # type: ignore[no-untyped-def]
    run_cli, people: dict[str, int], tmp_path: Path
) -> None:
    cases = {
        str(tmp_path / "anna.docx"): "the export is written as .json or .pdf",
        str(tmp_path / "missing" / "anna.json"): "The folder of",
        str(tmp_path): "the export is written as .json or .pdf",
    }
    for output, said in cases.items():
        result = run_cli("export-person", "MOB-1", "-o", output)
        assert result.exit_code == 2, output
        assert said in result.err and len(result.err.splitlines()) == 1, result.err
    nobody = run_cli("export-person", "NOBODY-9", "-o", str(tmp_path / "x.json"))
    assert (nobody.exit_code, nobody.err) == (1, "welcome-desk: Nobody has the id NOBODY-9.\n")
    assert not (tmp_path / "x.json").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="the superuser writes in any folder")
def test_export_person_refuses_a_folder_it_cannot_write_in(  # type: ignore[no-untyped-def]
    run_cli, people: dict[str, int], tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = run_cli("export-person", "MOB-1", "-o", str(locked / "anna.json"))
    assert result.exit_code == 2
    assert "permission denied" in result.err


def test_export_person_says_when_the_disk_fails(  # type: ignore[no-untyped-def]
    run_cli, people: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_path: Path, _content: bytes, *, mode: int | None = None) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("welcome_desk.services.privacy_export.write_whole", full)
    result = run_cli("export-person", "MOB-1", "-o", str(tmp_path / "anna.json"))
    assert result.exit_code == 2
    assert result.err.endswith("anna.json: the disk is full.\n"), result.err


# erase ------------------------------------------------------------------------------------------


def test_erase_asks_then_removes_the_person(  # type: ignore[no-untyped-def]
    run_cli, database: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", Terminal("no\n"))
    kept = run_cli("erase", "MOB-2")
    assert kept.exit_code == 1
    assert "محمود" in kept.out
    assert kept.err.endswith("welcome-desk: Nobody was erased.\n")
    assert run_cli("search", "MOB-2").exit_code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run_cli("erase", "MOB-2").exit_code == 2
    result = run_cli("erase", "MOB-2", "--yes")
    assert result.exit_code == 0, result.err
    assert f"Erased person #{people['gone_too']}." in result.out
    assert "7 daily and 4 weekly copies" in result.out
    assert "*-before-migration-*, *-before-restore-* in " in result.out  # never rotated
    assert run_cli("search", "MOB-2").exit_code == 1
    with database.session() as session:
        assert session.get(Person, people["gone_too"]) is None
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None
    assert (last.action, last.entity_id, last.changes) == ("erased", people["gone_too"], None)
    again = run_cli("erase", f"#{people['gone_too']}", "--yes")
    assert again.exit_code == 1
    assert again.err == f"welcome-desk: Nobody has the id #{people['gone_too']}.\n"
