"""The statistics workbook opens in LibreOffice Calc: converted to PDF without a display, every
sheet's content is there, and text that looks like a formula stays text."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from welcome_desk.db.engine import Database
from welcome_desk.domain.person import PersonData
from welcome_desk.services.demo import add_demo_people
from welcome_desk.services.people import register

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LOOKS_LIKE_A_FORMULA = '=HYPERLINK("http://x","y")'

pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: bash tools/setup.sh --test installs it",
)


@pytest.fixture
def demo_year(database: Database) -> None:
    """About three hundred demo people arriving from September 2025 to August 2026 (the demo's
    arrival waves), checklists part-way done; one more with a host unit that looks like a
    formula."""
    add_demo_people(database, 900)
    with database.writing() as session:
        register(
            session,
            PersonData(
                family_name="Formule",
                nationality="BE",
                category="researcher",
                arrival_date=date(2026, 3, 2),
                host_unit=LOOKS_LIKE_A_FORMULA,
                programme="-2+3",
            ),
        )


def test_the_xlsx_converts_to_pdf_in_libreoffice(
    demo_year: None,
    run_cli,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    workbook_path = tmp_path / "statistics.xlsx"
    result = run_cli(
        "stats",
        "--month",
        "2025-09",
        "--to",
        "2026-08",
        "--format",
        "xlsx",
        "-o",
        str(workbook_path),
        "--with-names",
    )
    assert result.exit_code == 0, result.err
    workbook = load_workbook(workbook_path, read_only=True)
    arrivals = workbook["arrivals"].max_row - 1
    assert 200 <= arrivals <= 500, arrivals
    nationalities = list(workbook["nationality"].iter_rows(min_row=2, values_only=True))
    top_country = str(nationalities[0][1])  # the label of the most frequent nationality
    workbook.close()

    out = tmp_path / "pdf"
    out.mkdir()
    assert SOFFICE is not None
    converted = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(workbook_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HOME": str(tmp_path)},
        check=False,
    )
    pdf = out / "statistics.pdf"
    assert converted.returncode == 0 and pdf.is_file(), converted.stdout + converted.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # Sheets of every kind: months and a country of the dimension tables, the checklist and
    # arrivals headers, the tidy data's header.
    for expected in ("2025-09", "2026-08", top_country, "Total", "Family name", "dimension"):
        assert expected in text, expected
    assert "Formule" in text
    # Calc read the text cells as text: neither computed (3, "y") nor dropped.
    assert "-2+3" in text
    assert LOOKS_LIKE_A_FORMULA in text
