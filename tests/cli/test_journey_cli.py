"""The journey from the command line: template editions, re-plan, broken templates, steps."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from welcome_desk.paths import resources_dir

CSV_HEADER = "external_id,family_name,nationality,category,arrival_date\n"


@pytest.fixture
def coordinator_folder(private_home: Path) -> Path:
    """The coordinator's own copy of the template (it replaces the shipped one when present)."""
    folder = private_home / "config" / "checklists"
    shutil.copytree(resources_dir() / "checklists", folder)
    return folder


def import_one(run_cli, tmp_path: Path, external_id: str, name: str) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / f"{external_id}.csv"
    source.write_text(CSV_HEADER + f"{external_id},{name},MA,student,2026-09-01\n")
    result = run_cli("import", str(source))
    assert result.exit_code == 0, result.err


def checklist(run_cli, reference: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    result = run_cli("show", reference, "--json")
    assert result.exit_code == 0, result.err
    return json.loads(result.out)["checklist"]  # type: ignore[no-any-return]


def due_dates(data: dict) -> dict[str, str | None]:  # type: ignore[type-arg]
    return {s["key"]: s["due_on"] for s in data["steps"] if s["applicable"]}


def test_a_changed_template_changes_new_checklists_only_until_replanned(
    run_cli,
    tmp_path: Path,
    coordinator_folder: Path,  # type: ignore[no-untyped-def]
) -> None:
    import_one(run_cli, tmp_path, "A-1", "Alaoui")
    before = checklist(run_cli, "A-1")
    assert due_dates(before)["vls_ts_validation"] == "2026-12-01"

    # The coordinator moves a deadline, adds a step and renames the edition; then the program
    # starts again (each command is a new start).
    admin = coordinator_folder / "administrative.toml"
    text = admin.read_text(encoding="utf-8")
    vls = text.index('key = "vls_ts_validation"')
    due_at = text.index("due = { after_arrival = { months = 3 } }", vls)
    admin.write_text(
        text[:due_at]
        + "due = { after_arrival = { months = 2 } }"
        + text[due_at + len("due = { after_arrival = { months = 3 } }") :]
        + '\n[[step]]\nkey = "meet_the_mayor"\narea = "city_life"\n'
        'title = { en = "Meet the mayor", fr = "Rencontrer la maire" }\n'
        "due = { after_arrival = { days = 60 } }\n",
        encoding="utf-8",
    )
    meta = coordinator_folder / "checklist.toml"
    meta.write_text(meta.read_text().replace('version = "2026.1"', 'version = "2026.2"'))

    import_one(run_cli, tmp_path, "B-2", "Bennani")
    new = checklist(run_cli, "B-2")
    assert new["template"]["version"] == "2026.2"
    assert due_dates(new)["vls_ts_validation"] == "2026-11-01"
    assert due_dates(new)["meet_the_mayor"] == "2026-10-31"

    unchanged = checklist(run_cli, "A-1")
    assert unchanged == before  # the existing checklist was not rewritten

    preview = run_cli("replan", "A-1")
    assert preview.exit_code == 0
    assert "2026.1" in preview.out and "2026.2" in preview.out
    lines = preview.out.splitlines()
    assert "~ Validate your long-stay visa (VLS-TS) online: due 2026-12-01 → 2026-11-01" in lines
    assert any(line.startswith("+ Meet the mayor: new step, due 2026-10-31") for line in lines)
    assert "add --apply" in preview.out
    assert checklist(run_cli, "A-1") == before  # a preview changes nothing

    applied = run_cli("replan", "A-1", "--apply")
    assert "Changes applied: 2." in applied.out
    after = checklist(run_cli, "A-1")
    assert after["template"]["version"] == "2026.2"
    assert due_dates(after)["vls_ts_validation"] == "2026-11-01"
    assert due_dates(after)["meet_the_mayor"] == "2026-10-31"
    vls = next(s for s in after["steps"] if s["key"] == "vls_ts_validation")
    assert [(h["field"], h["from"], h["to"]) for h in vls["history"]] == [
        ("due_on", "2026-12-01", "2026-11-01")
    ]
    assert run_cli("replan", "A-1").out.splitlines()[-1] == "Nothing to change."


def test_a_broken_template_is_refused_with_file_place_and_problem(
    run_cli,
    tmp_path: Path,
    coordinator_folder: Path,  # type: ignore[no-untyped-def]
) -> None:
    housing = coordinator_folder / "housing.toml"
    housing.write_text(
        housing.read_text(encoding="utf-8").replace('area = "housing"', 'area = "garage"', 1),
        encoding="utf-8",
    )
    source = tmp_path / "one.csv"
    source.write_text(CSV_HEADER + "C-3,Chraibi,MA,student,2026-09-01\n")
    for args in (["import", str(source)], ["demo", "--people", "5"], ["checklists", "--check"]):
        result = run_cli(*args)
        assert result.exit_code == 2
        assert "Traceback" not in result.err
        assert result.err.count("\n") == 1
        assert "housing.toml" in result.err
        assert "area: 'garage' is not one of administrative, housing" in result.err
    assert run_cli("search", "chraibi").exit_code == 1  # nobody was imported

    broken_syntax = coordinator_folder / "city_life.toml"
    broken_syntax.write_text('[[step]]\nkey = "x"\ntitle = { en = "unfinished\n', encoding="utf-8")
    result = run_cli("checklists", "--check", str(coordinator_folder), lang="fr")
    assert result.exit_code == 2
    assert result.err.startswith("welcome-desk: Le modèle de liste des démarches est inutilisable")


def test_step_command_and_history(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_one(run_cli, tmp_path, "D-4", "Dahmani")
    done = run_cli("step", "D-4", "bank_account", "--status", "done", "--done-on", "2026-09-20")
    assert (done.exit_code, done.out.strip()) == (0, "Step 'bank_account' is now done.")
    blocked = run_cli("step", "D-4", "caf_housing_aid", "--status", "blocked")
    assert blocked.exit_code == 2 and "Say why the step is blocked." in blocked.err
    assert run_cli("step", "D-4", "no_such_step", "--status", "done").exit_code == 1
    assert run_cli("step", "D-4", "bank_account", "--due", "tomorrow").exit_code == 2
    steps = {s["key"]: s for s in checklist(run_cli, "D-4")["steps"]}
    bank = steps["bank_account"]
    assert (bank["status"], bank["done_on"]) == ("done", "2026-09-20")
    assert [(h["field"], h["to"]) for h in bank["history"]] == [
        ("status", "done"),
        ("done_on", "2026-09-20"),
    ]
    assert bank["history"][0]["actor"]  # the operating-system user
    assert steps["caf_housing_aid"]["history"] == []


def test_show_prints_the_checklist_in_the_staff_language(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_one(run_cli, tmp_path, "E-5", "Elfassi")
    text = run_cli("show", "E-5", lang="fr").out
    assert "Liste des démarches (arrival 2026.1) : 0 étapes faites sur" in text
    assert "Arrivée et démarches administratives" in text
    assert (
        "[ ] Valider votre visa long séjour (VLS-TS) en ligne  (à faire, échéance 1 décembre 2026)"
        in text
    )
    english = {s["key"]: s["title"] for s in checklist(run_cli, "E-5")["steps"]}
    assert english["vls_ts_validation"] == "Validate your long-stay visa (VLS-TS) online"
    french = json.loads(run_cli("show", "E-5", "--json", "--lang", "fr").out)["checklist"]
    titles = {s["key"]: s["title"] for s in french["steps"]}
    assert titles["vls_ts_validation"] == "Valider votre visa long séjour (VLS-TS) en ligne"
    # A language the template does not have falls back to English.
    vietnamese = json.loads(run_cli("show", "E-5", "--json", "--lang", "vi").out)["checklist"]
    assert {s["key"]: s["title"] for s in vietnamese["steps"]} == english


def test_replan_reads_the_template_on_disk_now(
    run_cli,
    tmp_path: Path,
    coordinator_folder: Path,  # type: ignore[no-untyped-def]
) -> None:
    import_one(run_cli, tmp_path, "F-6", "Fassi")
    meta = coordinator_folder / "checklist.toml"
    meta.write_text(meta.read_text().replace('version = "2026.1"', 'version = "2026.3"'))
    city = coordinator_folder / "city_life.toml"
    city.write_text(
        city.read_text(encoding="utf-8")
        + '\n[[step]]\nkey = "visit_the_belfry"\narea = "city_life"\n'
        'title = { en = "Visit the belfry", fr = "Visiter le beffroi" }\n',
        encoding="utf-8",
    )
    # Nobody was registered since the change: re-plan still sees the new edition.
    preview = run_cli("replan", "F-6")
    assert "newest edition: 2026.3" in preview.out
    assert "+ Visit the belfry: new step, due —" in preview.out.splitlines()
    city.write_text("[[step]]\nkey = 1\n", encoding="utf-8")
    broken = run_cli("replan", "F-6")
    assert broken.exit_code == 2 and "city_life.toml" in broken.err


def test_a_step_dropped_from_the_template_keeps_its_title(
    run_cli,
    tmp_path: Path,
    coordinator_folder: Path,  # type: ignore[no-untyped-def]
) -> None:
    import_one(run_cli, tmp_path, "G-7", "Ghali")
    admin = coordinator_folder / "administrative.toml"
    text = admin.read_text(encoding="utf-8")
    at = text.index('key = "bank_account"')
    start = text.rindex("[[step]]", 0, at)
    end = text.find("[[step]]", at)
    admin.write_text(text[:start] + (text[end:] if end != -1 else ""), encoding="utf-8")
    applied = run_cli("replan", "G-7", "--apply")
    assert "- Open a bank account in France: no longer applies" in applied.out.splitlines()
    steps = {s["key"]: s for s in checklist(run_cli, "G-7")["steps"]}
    bank = steps["bank_account"]
    assert bank["applicable"] is False
    assert bank["title"] == "Open a bank account in France"  # not its key
