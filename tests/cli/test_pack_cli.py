"""The 'pack' and 'packs' commands (cli.md): files a reader opens, exit codes, clear messages."""

from __future__ import annotations

import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import TemplateEdition
from welcome_desk.services.checklists import checklist_of
from welcome_desk.services.people import PersonData, register


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def arrivals(database: Database) -> dict[str, int]:
    """Three people arriving in September 2026 (one of them German), one in January."""
    people = {
        "ERA-1": ("Dupont", "Élodie", "FR", date(2026, 9, 1), "fr"),
        "ERA-2": ("Schmidt", "Anna", "DE", date(2026, 9, 10), "de"),
        "ERA-3": ("王", "小明", "CN", date(2026, 9, 28), "zh"),
        "ERA-4": ("Silva", "Ana", "BR", date(2027, 1, 12), "pt"),
    }
    ids = {}
    with database.writing() as session:
        for external_id, (family, given, country, arrival, language) in people.items():
            person = register(
                session,
                PersonData(
                    family_name=family,
                    given_names=given,
                    nationality=country,
                    category="student",
                    arrival_date=arrival,
                    preferred_language=language,
                ),
                external_id=external_id,
            )
            ids[external_id] = person.id
    return ids


def test_pack_writes_the_persons_pack_in_their_language(run_cli, arrivals, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "anna.pdf"
    result = run_cli("pack", "ERA-2", "-o", str(out))
    assert result.exit_code == 0, result.err
    assert str(out) in result.out
    text = _text(out)
    assert "Anna Schmidt" in text
    assert "Willkommen in Lille!" in text
    assert not list(tmp_path.glob(".*.part"))  # written whole: no temporary file left
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # personal data: owner only


def test_pack_in_another_language(run_cli, arrivals, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "anna-en.pdf"
    assert run_cli("pack", f"#{arrivals['ERA-2']}", "--lang", "en", "-o", str(out)).exit_code == 0
    assert "Welcome to Lille!" in _text(out)


@pytest.mark.parametrize(
    ("arguments", "code", "words"),
    [
        (["pack", "NOPE", "-o", "{tmp}/x.pdf"], 1, "NOPE"),
        (["pack", "ERA-1", "--lang", "xx", "-o", "{tmp}/x.pdf"], 2, "Languages: fr, en"),
        (["pack", "ERA-1", "-o", "{tmp}/no/such/folder/x.pdf"], 2, "does not exist"),
        (["pack", "ERA-1", "-o", "{tmp}"], 2, "is a folder"),
        (["packs", "--arriving", "2026-09-01", "31/13/2026", "-o", "{tmp}/out"], 2, "Dates"),
        (["packs", "--arriving", "2026-09-30", "2026-09-01", "-o", "{tmp}/out"], 2, "ends before"),
        (
            ["packs", "--arriving", "2026-09-01", "2026-09-30", "-o", "{tmp}/out", "--jobs", "0"],
            2,
            "--jobs",
        ),
    ],
)
def test_bad_arguments_are_one_clear_line(  # type: ignore[no-untyped-def]
    run_cli, arrivals, tmp_path: Path, arguments: list[str], code: int, words: str
) -> None:
    result = run_cli(*(a.replace("{tmp}", str(tmp_path)) for a in arguments))
    assert result.exit_code == code
    assert words in result.err
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.pdf"))


def test_broken_pack_data_files_are_named_and_nothing_is_written(  # type: ignore[no-untyped-def]
    run_cli, arrivals, tmp_path: Path, private_home: Path
) -> None:
    """Bad input tried: a coordinator's copy of the pack's data with an impossible time."""
    shipped = Path(__file__).resolve().parents[2] / "resources" / "packs"
    own = private_home / "config" / "packs"
    own.mkdir(parents=True)
    for source in shipped.glob("*.toml"):
        (own / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    places = own / "places.toml"
    places.write_text(places.read_text(encoding="utf-8").replace('"16:00"', '"25:00"', 1))
    result = run_cli("pack", "ERA-1", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2
    assert "places.toml" in result.err and "25:00" in result.err
    assert not (tmp_path / "x.pdf").exists()


def test_packs_makes_one_file_per_arrival_of_the_period_on_two_processes(  # type: ignore[no-untyped-def]
    run_cli, arrivals, tmp_path: Path
) -> None:
    out = tmp_path / "september"
    result = run_cli(
        "packs", "--arriving", "2026-09-01", "2026-09-30", "-o", str(out), "--jobs", "2"
    )
    assert result.exit_code == 0, result.err
    files = sorted(p.name for p in out.glob("*.pdf"))
    assert files == [
        f"welcome-pack-{arrivals['ERA-1']}-dupont-elodie-fr.pdf",
        f"welcome-pack-{arrivals['ERA-2']}-schmidt-anna-de.pdf",
        f"welcome-pack-{arrivals['ERA-3']}-wang-xiaoming-zh.pdf",
    ]
    assert "欢迎来到里尔" in _text(out / files[2])
    assert {stat.S_IMODE((out / name).stat().st_mode) for name in files} == {0o600}
    assert f"Packs written in {out}: 3; not made: 0." in result.out
    assert "Packs made: 3 of 3" in result.err


def test_packs_in_one_language_for_everyone(run_cli, arrivals, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "english"
    result = run_cli(
        "packs",
        "--arriving",
        "2026-09-01",
        "2026-09-12",
        "-o",
        str(out),
        "--lang",
        "en",
        "--jobs",
        "1",
    )
    assert result.exit_code == 0
    assert sorted(p.name[-7:] for p in out.glob("*.pdf")) == ["-en.pdf", "-en.pdf"]


def test_one_bad_record_is_reported_and_the_others_are_made(  # type: ignore[no-untyped-def]
    run_cli, arrivals, database: Database, tmp_path: Path
) -> None:
    """Bad input tried: a person whose checklist points to a damaged template edition."""
    with database.writing() as session:
        damaged = TemplateEdition(name="damaged", version="1", digest="0" * 64, content="{not json")
        session.add(damaged)
        session.flush()
        checklist = checklist_of(session, arrivals["ERA-2"])
        assert checklist is not None
        checklist.template_id = damaged.id
    out = tmp_path / "batch"
    result = run_cli(
        "packs", "--arriving", "2026-09-01", "2026-09-30", "-o", str(out), "--jobs", "2"
    )
    assert result.exit_code == 1
    assert len(list(out.glob("*.pdf"))) == 2
    assert f"#{arrivals['ERA-2']} SCHMIDT Anna" in result.err
    assert "could not be made" in result.err
    assert f"Packs written in {out}: 2; not made: 1." in result.out


def test_nobody_arriving_is_said_and_exits_1(run_cli, arrivals, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Nobody found is exit code 1, as for the other commands (cli.md)."""
    result = run_cli("packs", "--arriving", "2030-01-01", "2030-01-31", "-o", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert "Nobody arrives" in result.err


def test_an_unwritable_batch_folder_is_refused_before_any_pack_in_french(  # type: ignore[no-untyped-def]
    run_cli, arrivals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bad input tried: a folder the system refuses (simulated: root may write anywhere)."""
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    out = tmp_path / "locked"
    result = run_cli("packs", "--arriving", "2026-09-01", "2026-09-30", "-o", str(out), lang="fr")
    assert result.exit_code == 2
    assert result.err == f"welcome-desk: Impossible d’écrire dans {out} : accès refusé.\n"
    assert not list(out.glob("*.pdf"))


@pytest.mark.parametrize("where", ["a-file.txt", "a-file.txt/sub"])
def test_exporting_the_pack_data_over_a_file_is_one_clear_french_line(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-file.txt").write_text("x")
    result = run_cli("pack-content", "--export", str(tmp_path / where), lang="fr")
    assert result.exit_code == 2
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert ("est un fichier" in result.err) or ("Impossible de copier" in result.err)


def test_pack_content_check_and_export(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("pack-content", "--check")
    assert result.exit_code == 0
    assert "no problem found" in result.out
    own = tmp_path / "own"
    assert run_cli("pack-content", "--export", str(own)).exit_code == 0
    assert (own / "places.toml").is_file()
    assert run_cli("pack-content", "--export", str(own)).exit_code == 2  # not empty: refused
    events = own / "events.toml"
    # bad input tried: an event that ends before it starts
    events.write_text(
        events.read_text(encoding="utf-8").replace("end = 2026-09-18", "end = 2026-08-18", 1)
    )
    result = run_cli("pack-content", "--check", str(own))
    assert result.exit_code == 2
    assert "events.toml" in result.err
