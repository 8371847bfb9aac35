"""``welcome-desk import``: what staff and scripts see — output, rejects file, exit codes."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from welcome_desk.db.engine import Database
from welcome_desk.db.models import ExternalId, Person

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
MIXED = DATA / "people_mixed.csv"
MIXED_HEADERS = [
    "external_id", "family_name", "given_names", "date_of_birth", "sex", "nationality", "email",
    "phone", "category", "programme", "host_unit", "arrival_date", "departure_date",
    "preferred_language", "accompanying_persons",
]  # fmt: skip


def people(database: Database) -> list[tuple[str, str, str]]:
    with database.session() as session:
        statement = select(ExternalId.source, ExternalId.value, Person.family_name).join(
            ExternalId.person
        )
        return sorted((source, value, name) for source, value, name in session.execute(statement))


def read_rejects(path: Path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return raw, list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_mixed_file_exit_1_summary_then_every_rejected_line(run_cli, database: Database) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("import", str(MIXED))

    assert result.exit_code == 1
    lines = result.out.splitlines()
    assert lines[0] == (
        f"{MIXED}: rows read: 34; created: 8; updated: 0; unchanged: 0; rejected: 26."
    )
    assert len(lines) == 1 + 26
    assert lines[1] == "line 12: family_name: required but empty"
    assert "line 34: external_id: 'ERA-001' is already used on line 2" in lines
    assert lines[-2] == (
        "line 36: family_name: required but empty; nationality: 'Atlantis' is not a known country; "
        "email: 'bad@' is not a valid email address; arrival_date: '31/02/2026' is not a real date"
    )
    assert result.err == ""
    assert len(people(database)) == 8


def test_clean_file_exits_0_and_again_changes_nothing(run_cli, database: Database) -> None:  # type: ignore[no-untyped-def]
    file = DATA / "export_excel_fr.csv"
    first = run_cli("import", str(file))
    assert (first.exit_code, first.err) == (0, "")
    assert (
        first.out == f"{file}: rows read: 6; created: 6; updated: 0; unchanged: 0; rejected: 0.\n"
    )

    again = run_cli("import", str(file))
    assert again.exit_code == 0
    assert (
        again.out == f"{file}: rows read: 6; created: 0; updated: 0; unchanged: 6; rejected: 0.\n"
    )
    assert len(people(database)) == 6


def test_update_file_updates_and_warns_about_unknown_columns(run_cli, database: Database) -> None:  # type: ignore[no-untyped-def]
    run_cli("import", str(MIXED))
    result = run_cli("import", str(DATA / "people_update.csv"))
    assert result.exit_code == 0
    assert "created: 1; updated: 1; unchanged: 1; rejected: 0." in result.out
    assert result.err == "warning: Columns not used by the import, ignored: remarks.\n"
    assert len(people(database)) == 9


def test_dry_run_reports_what_would_happen_and_writes_nothing(run_cli, database: Database) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("import", str(MIXED), "--dry-run")
    assert result.exit_code == 1
    assert result.out.splitlines()[0] == (
        f"{MIXED}: dry run, nothing was saved; rows read: 34; would be created: 8; "
        "would be updated: 0; unchanged: 0; rejected: 26."
    )
    assert people(database) == []


def test_rejects_file_has_the_columns_of_the_file_then_line_and_reasons(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path
) -> None:
    out = tmp_path / "rejected.csv"
    result = run_cli("import", str(MIXED), "--rejects", str(out))

    assert result.exit_code == 1
    assert result.out.splitlines()[-1] == f"Rejected rows written to {out}."
    raw, rows = read_rejects(out)
    assert raw.startswith(codecs.BOM_UTF8)
    # Line 35 has one value beyond the header: an unnamed column keeps it.
    assert rows[0] == [*MIXED_HEADERS, "", "line", "reasons"]
    assert len(rows) == 1 + 26
    by_line = {row[-2]: row for row in rows[1:]}
    assert by_line["12"][:3] == ["BAD-101", "", "Anna"]
    assert by_line["12"][-1] == "family_name: required but empty"
    assert by_line["35"][-3] == "Lille"
    assert by_line["36"][-1] == (
        "family_name: required but empty; nationality: 'Atlantis' is not a known country; "
        "email: 'bad@' is not a valid email address; arrival_date: '31/02/2026' is not a real date"
    )
    assert by_line["14"][1] == "A" + "a" * 200  # kept whole, as written


def test_rejects_file_keeps_the_semicolons_of_a_french_file(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "arrivees.csv"
    source.write_bytes(
        "\ufeffIdentifiant;Nom;Nationalité;Catégorie;Date d'arrivée\r\n"
        "F-1;Légère;Allemagne;étudiant;01/09/2026\r\n"
        "F-2;Sans;Atlantide;étudiant;31/09/2026\r\n".encode()
    )
    out = tmp_path / "rejets.csv"
    result = run_cli("import", str(source), "--rejects", str(out))
    assert result.exit_code == 1
    raw, rows = read_rejects(out)
    assert raw.decode("utf-8-sig").splitlines()[0] == (
        "Identifiant;Nom;Nationalité;Catégorie;Date d'arrivée;line;reasons"
    )
    assert rows[1] == [
        "F-2", "Sans", "Atlantide", "étudiant", "31/09/2026", "3",
        "Nationalité: 'Atlantide' is not a known country; "
        "Date d'arrivée: '31/09/2026' is not a real date",
    ]  # fmt: skip


def test_xlsx_rejects_are_comma_separated_with_cells_as_text(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "rejected.csv"
    result = run_cli("import", str(DATA / "people.xlsx"), "--rejects", str(out))
    assert result.exit_code == 1
    assert result.out.splitlines()[:2] == [
        f"{DATA / 'people.xlsx'}: rows read: 5; created: 4; updated: 0; unchanged: 0; rejected: 1.",
        "line 6: Date de naissance: '31/02/2000' is not a real date; "
        "Catégorie: 'professeur' is not student, researcher or teacher",
    ]
    _, rows = read_rejects(out)
    assert rows[0][:3] == ["Identifiant", "Nom", "Prénoms"]
    assert rows[1][:5] == ["126", "Invalid", "Row", "31/02/2000", "F"]
    assert rows[1][11] == "2026-09-01"
    assert rows[1][-2] == "6"


def test_no_rejects_gives_a_file_with_the_header_only(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "none.csv"
    assert run_cli("import", str(DATA / "windows1252.csv"), "--rejects", str(out)).exit_code == 0
    _, rows = read_rejects(out)
    assert rows == [
        ["external_id", "family_name", "given_names", "nationality", "category", "arrival_date",
         "email", "line", "reasons"]
    ]  # fmt: skip


def test_json_report(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("import", str(MIXED), "--json")
    assert result.exit_code == 1
    report = json.loads(result.out)
    assert {k: report[k] for k in ("rows", "created", "updated", "unchanged", "rejected")} == {
        "rows": 34, "created": 8, "updated": 0, "unchanged": 0, "rejected": 26,
    }  # fmt: skip
    assert report["dry_run"] is False and report["source"] == "import"
    assert report["rejections"][0] == {"line": 12, "reasons": ["family_name: required but empty"]}
    assert len(report["rejections"][-2]["reasons"]) == 4


def test_source_option(run_cli, database: Database) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("import", str(DATA / "people_update.csv"), "--source", "moveon").exit_code == 0
    assert people(database) == [
        ("moveon", "ERA-001", "Schmidt"), ("moveon", "ERA-002", "Wang"),
        ("moveon", "ERA-009", "Rossi"),
    ]  # fmt: skip
    empty = run_cli("import", str(DATA / "people_update.csv"), "--source", " ")
    assert empty.exit_code == 2
    assert empty.err == "welcome-desk: The source name must be 1 to 64 characters long.\n"


def test_unusable_files_exit_2_with_one_line(run_cli, database_created, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cases = {
        DATA / "missing_columns.csv": "lacks the required columns: nationality (nationalite), "
        "category (categorie).",
        DATA / "not_a_table.docx": "is not a CSV or XLSX file.",
        DATA / "header_only.csv": "has a header row but no data rows.",
        tmp_path / "nowhere.csv": "does not exist.",
        DATA / "stray_quote.csv": 'has a quote (") opened on line 10 and never closed: every line '
        "after it would be read as one value. Close or remove that quote and try again.",
    }
    for file, reason in cases.items():
        result = run_cli("import", str(file))
        assert result.exit_code == 2, file
        assert result.out == ""
        assert result.err == f"welcome-desk: The file {file} {reason}\n"
    folder = run_cli("import", str(DATA))
    assert (folder.exit_code, folder.out) == (2, "")
    assert folder.err == (
        f"welcome-desk: {DATA} is a folder, not a file: give the CSV or XLSX file to import.\n"
    )
    # The file is checked before the database is opened: a mistyped name creates nothing.
    assert not database_created()


def test_rejects_into_a_missing_folder_exits_2_before_importing(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path, database_created
) -> None:
    out = tmp_path / "no" / "such" / "folder.csv"
    result = run_cli("import", str(MIXED), "--rejects", str(out))
    assert result.exit_code == 2
    assert result.err == (
        f"welcome-desk: Cannot write the rejects file {out}: its folder does not exist.\n"
    )
    assert not database_created()


def test_rejects_never_overwrite_the_file_being_imported(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "mixed.csv"
    copy.write_bytes(MIXED.read_bytes())
    result = run_cli("import", str(copy), "--rejects", str(tmp_path / "." / "mixed.csv"))
    assert result.exit_code == 2
    assert result.err == "welcome-desk: The rejects file must not be the file being imported.\n"
    assert copy.read_bytes() == MIXED.read_bytes()


def test_works_in_french(run_cli, database: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The French catalog is written by the maintainers: only check that everything is rendered.
    out = tmp_path / "rejets.csv"
    result = run_cli("import", str(MIXED), "--rejects", str(out), lang="fr")
    assert result.exit_code == 1
    lines = result.out.splitlines()
    assert len(lines) == 1 + 26 + 1
    assert all("{" not in line for line in lines)
    _, rows = read_rejects(out)
    assert len(rows) == 1 + 26 and all(row[-1] for row in rows[1:])
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 8
    missing = run_cli("import", str(DATA / "missing_columns.csv"), lang="fr")
    assert missing.exit_code == 2 and missing.err.count("\n") == 1
    assert "nationality (nationalite)" in missing.err


def test_rejects_into_a_folder_exits_2_before_importing(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path, database_created
) -> None:
    folder = tmp_path / "rejects"
    folder.mkdir()
    result = run_cli("import", str(MIXED), "--rejects", str(folder))
    assert result.exit_code == 2
    assert result.out == ""
    assert result.err == f"welcome-desk: Cannot write the rejects file {folder}: it is a folder.\n"
    assert not database_created()
    assert list(folder.iterdir()) == []


def test_rejects_whose_folder_is_a_file_exits_2(run_cli, tmp_path: Path, database_created) -> None:  # type: ignore[no-untyped-def]
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    out = not_a_folder / "rejects.csv"
    result = run_cli("import", str(MIXED), "--rejects", str(out))
    assert result.exit_code == 2
    assert result.err == (
        f"welcome-desk: Cannot write the rejects file {out}: its folder does not exist.\n"
    )
    assert not database_created()


def test_rejects_that_cannot_be_created_exit_2_before_importing(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path, database_created, monkeypatch
) -> None:
    """Whatever the system refuses (rights, a read-only disk, a full quota) is found by trying, and
    told before the import: root may write anywhere, so the refusal is simulated here."""
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    out = tmp_path / "rejects.csv"
    result = run_cli("import", str(MIXED), "--rejects", str(out))
    assert result.exit_code == 2
    assert result.err == (
        f"welcome-desk: Cannot write the rejects file {out}: permission denied.\n"
    )
    assert not database_created()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_rejects_in_a_read_only_folder_or_file_exit_2_before_importing(  # type: ignore[no-untyped-def]
    run_cli, tmp_path: Path, database_created
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    kept = locked / "kept.csv"
    kept.write_text("keep me")
    kept.chmod(0o400)
    locked.chmod(0o500)
    try:
        for out in (locked / "new.csv", kept):
            result = run_cli("import", str(MIXED), "--rejects", str(out))
            assert result.exit_code == 2
            assert result.err == (
                f"welcome-desk: Cannot write the rejects file {out}: permission denied.\n"
            )
        assert not database_created()
        assert kept.read_text() == "keep me"
    finally:
        locked.chmod(0o700)


def test_checking_the_rejects_path_leaves_nothing_behind(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "old.csv"
    existing.write_text("previous rejects")
    for out in (folder / "new.csv", existing):
        result = run_cli("import", str(DATA / "missing_columns.csv"), "--rejects", str(out))
        assert result.exit_code == 2  # the file is refused after the rejects path was checked
    assert sorted(path.name for path in folder.iterdir()) == ["old.csv"]
    assert existing.read_text() == "previous rejects"


def test_updated_lines_name_the_changed_fields_after_the_summary(run_cli) -> None:  # type: ignore[no-untyped-def]
    run_cli("import", str(MIXED))
    blanks = DATA / "people_reimport_blanks.csv"
    report = json.loads(run_cli("import", str(blanks), "--json", "--dry-run").out)
    assert report["updates"] == [
        {"line": 2, "fields": ["phone"]},
        {"line": 3, "fields": ["email", "departure_date"]},
    ]
    for dry_run in (["--dry-run"], []):  # the dry run first: it changes nothing
        result = run_cli("import", str(blanks), *dry_run)
        assert result.exit_code == 1
        lines = result.out.splitlines()
        assert lines[0].startswith(f"{blanks}: ")
        assert lines[1:] == [
            "line 2: updated (Téléphone)",
            "line 3: updated (Courriel, Date de départ)",
            "line 5: Date de départ: not given, so the departure date on record (2026-12-20) is "
            "kept, but it is before the new arrival date 2027-01-15; give the new departure date",
        ]
    assert json.loads(run_cli("import", str(blanks), "--json").out)["updates"] == []  # done


def test_help_says_that_empty_cells_keep_what_is_stored(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("import", "--help")
    assert result.exit_code == 0
    assert "an empty cell or a missing column keeps it" in " ".join(result.out.split())


def test_one_row_reads_as_well_as_many(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The counts follow their labels: no "1 rows" nor "1 lignes"."""
    file = tmp_path / "one.csv"
    file.write_text(
        "external_id,family_name,nationality,category,arrival_date\nO-1,Seul,DE,student,2026-09-01\n",
        encoding="utf-8",
    )
    dry = run_cli("import", str(file), "--dry-run")
    assert dry.out == (
        f"{file}: dry run, nothing was saved; rows read: 1; would be created: 1; "
        "would be updated: 0; unchanged: 0; rejected: 0.\n"
    )
    result = run_cli("import", str(file))
    assert result.out == (
        f"{file}: rows read: 1; created: 1; updated: 0; unchanged: 0; rejected: 0.\n"
    )
    again = run_cli("import", str(file), lang="fr")
    assert again.out == (
        f"{file} : lignes lues : 1 ; créations : 0 ; mises à jour : 0 ; sans changement : 1 ; "
        "rejets : 0.\n"
    )


def test_thousands_of_ignored_columns_are_one_short_warning(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    extra = [f"extra{index}" for index in range(1, 20_001)]
    extra[1] = "a header that goes on and on and on and well beyond forty characters"
    file = tmp_path / "wide.csv"
    file.write_text(
        ",".join(["external_id", "family_name", "nationality", "category", "arrival_date", *extra])
        + "\nW-1,Large,DE,student,2026-09-01\n",
        encoding="utf-8",
    )
    result = run_cli("import", str(file))
    assert result.exit_code == 0
    assert result.err == (
        "warning: Columns not used by the import, ignored: extra1, "
        "a header that goes on and on and on and…, extra3, extra4, extra5, extra6, extra7, "
        "extra8, extra9, extra10 … and 19990 more.\n"
    )
    report = json.loads(run_cli("import", str(file), "--json").out)
    assert len(report["ignored_columns"]) == 20_000  # a script gets them all
