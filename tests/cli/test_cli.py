"""The command line's contract: options, exit codes, one clear line for user errors."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from welcome_desk import __version__
from welcome_desk.cli.main import main
from welcome_desk.db.engine import Database
from welcome_desk.services.people import PersonData, register

SQLITE_FILE = pytest.mark.sqlite_only("what becomes of a SQLite file or its folder")


@pytest.fixture
def two_people(database: Database) -> None:
    with database.writing() as session:
        register(
            session,
            PersonData(
                family_name="Dupont",
                given_names="Élodie",
                nationality="FR",
                category="student",
                arrival_date=date(2026, 9, 1),
                date_of_birth=date(2004, 3, 2),
            ),
            external_id="ERA-1",
        )
        register(
            session,
            PersonData(
                family_name="Nguyễn",
                given_names="Thị Lan",
                nationality="VN",
                category="researcher",
                arrival_date=date(2026, 1, 15),
            ),
            external_id="ERA-2",
        )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"welcome-desk {__version__}"


def test_search_prints_the_person(run_cli, two_people: None) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "elodie")
    assert result.exit_code == 0
    assert "DUPONT Élodie" in result.out
    assert "ERA-1" in result.out
    assert "Nguyễn" not in result.out.replace("NGUYỄN", "")


def test_search_json(run_cli, two_people: None) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "nguyen", "--json")
    assert result.exit_code == 0
    hits = json.loads(result.out)
    assert [(h["family_name"], h["nationality"], h["external_ids"]) for h in hits] == [
        ("Nguyễn", "VN", [{"source": "import", "value": "ERA-2"}])
    ]


def test_search_finding_nobody_exits_1(run_cli, two_people: None) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "zzz")
    assert result.exit_code == 1
    assert result.err.strip() == "Nobody found."
    assert run_cli("search", "zzz", "--json").out.strip() == "[]"


def test_search_bad_arguments(run_cli) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("search", "x", "--limit", "0").exit_code == 2
    assert run_cli("search", "x", "--limit", "ten").exit_code == 2
    result = run_cli("search", "   ")
    assert (result.exit_code, result.err.strip()) == (
        2,
        "welcome-desk: Type something to search for.",
    )


def test_show_by_external_and_internal_id(run_cli, two_people: None) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("show", "ERA-1")
    assert result.exit_code == 0
    assert result.out.splitlines()[0] == "DUPONT Élodie"
    assert "France (FR) — EU/EEA/Swiss" in result.out
    assert "2 March 2004" in result.out  # day first, as in Britain
    data = json.loads(run_cli("show", "2", "--json", "--lang", "vi").out)
    assert data["family_name"] == "Nguyễn"
    assert data["nationality"] == {"code": "VN", "name": "Việt Nam", "eu_eea_swiss": False}
    assert data["arrival_date"] == "2026-01-15"
    assert data["external_ids"] == [{"source": "import", "value": "ERA-2"}]


def test_show_unknown_person_exits_1(run_cli, two_people: None) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("show", "NOPE-9")
    assert result.exit_code == 1
    assert "NOPE-9" in result.err
    assert run_cli("show", "ERA-1", "--lang", "zz-bogus").exit_code == 2


@SQLITE_FILE
def test_not_a_database_file_is_one_clear_line(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is a spreadsheet, not a database\n" * 100)
    result = run_cli("search", "x", database=junk)
    assert result.exit_code == 2
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "not a usable database" in result.err
    assert junk.read_bytes().startswith(b"this is a spreadsheet")


@SQLITE_FILE
@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_folder_is_one_clear_line(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = run_cli("search", "x", database=locked / "desk.sqlite3")
    assert result.exit_code == 2
    assert "Traceback" not in result.err


def test_messages_in_french(run_cli, two_people: None) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "zzz", lang="fr")
    assert result.err.strip() == "Personne n’a été trouvé."


@SQLITE_FILE
def test_default_database_lives_in_the_data_directory(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "search", "x"]) == 1
    assert (private_home / "data" / "welcome-desk.sqlite3").exists()
    assert (private_home / "data" / "logs" / "welcome-desk.log").exists()


def test_environment_variable_chooses_the_database(  # type: ignore[no-untyped-def]
    database_url: str,
    database_created,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WELCOME_DESK_DATABASE", database_url)
    assert main(["--lang", "en", "search", "x"]) == 1
    assert database_created()


def test_internal_ids_and_external_ids_that_look_alike(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "numbers.csv"
    source.write_text(
        "external_id,family_name,nationality,category,arrival_date\n"
        "2,Second,FR,student,2026-09-01\n"
        "MOB-001,Mobile,FR,student,2026-09-01\n"
    )
    assert run_cli("import", str(source)).exit_code == 0
    ambiguous = run_cli("show", "2")  # internal id 2 (Mobile) and external id 2 (Second)
    assert ambiguous.exit_code == 1
    assert "give the internal id as #N: #2, #1." in ambiguous.err
    assert run_cli("show", "#2").out.startswith("MOBILE")
    assert run_cli("show", "#1").out.startswith("SECOND")
    assert run_cli("show", "mob-001").out.startswith("MOBILE")  # any case
    assert run_cli("show", "#99").exit_code == 1


@SQLITE_FILE
def test_a_missing_folder_is_refused_not_created(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "typo" / "desk.sqlite3"
    result = run_cli("search", "x", database=target)
    assert result.exit_code == 2
    assert "cannot be opened (the folder is missing" in result.err
    assert not target.parent.exists()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("foo://bar", "is not one this program can use"),
        ("mysql://x", "is not one this program can use"),
    ],
)
def test_unusable_database_addresses(run_cli, url: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("search", "x", database=url)
    assert result.exit_code == 2
    assert expected in result.err
    assert "Traceback" not in result.err


def test_log_never_holds_personal_data(run_cli, tmp_path: Path, private_home: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "people.csv"
    source.write_text(
        "external_id,family_name,given_names,email,nationality,category,arrival_date\n"
        "SECRET-ID-1,Zyxwvuts,Qponmlk,zyx.secret@example.org,FR,student,2026-09-01\n"
        "SECRET-ID-2,Broken,Row,not-an-email,XX,astronaut,2026-13-45\n"
    )
    run_cli("import", str(source))
    run_cli("search", "Zyxwvuts")
    run_cli("show", "SECRET-ID-1")
    run_cli("step", "SECRET-ID-1", "bank_account", "--status", "done")
    log_text = (private_home / "data" / "logs" / "welcome-desk.log").read_text()
    assert "import" in log_text  # it did log the run
    for secret in ("SECRET", "Zyxwvuts", "Qponmlk", "zyx.secret", "Broken", "astronaut"):
        assert secret not in log_text
