"""The PDF report of the statistics, read back: title, months, counts, names, fonts, languages."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.i18n import translator
from welcome_desk.services.people import register
from welcome_desk.services.records import record_visit
from welcome_desk.stats.compute import MonthRange, compute
from welcome_desk.stats.pdf_report import stats_pdf

# (arrival, nationality, category, host unit): 5 in September 2026, 2 in October, 4 in January.
PEOPLE = [
    (date(2026, 9, 1), "MA", "student", "Faculté des sciences et technologies"),
    (date(2026, 9, 14), "MA", "student", "Faculté des sciences et technologies"),
    (date(2026, 9, 30), "MA", "researcher", "北京大学 joint laboratory"),
    (date(2026, 9, 2), "IT", "student", None),
    (date(2026, 9, 20), "IT", "teacher", "Faculté des humanités"),
    (date(2026, 10, 1), "CN", "student", None),
    (date(2026, 10, 31), "MA", "student", "مختبر البحث"),
    (date(2027, 1, 5), "DE", "student", None),
    (date(2027, 1, 6), "SN", "student", None),
    (date(2027, 1, 7), "SN", "researcher", None),
    (date(2027, 1, 31), "SN", "student", None),
]
YEAR = ("2026-09", "2027-08")


def add_people(database: Database, people: list[tuple[date, str, str, str | None]]) -> None:
    with database.writing() as session:
        for number, (arrival, nationality, category, host_unit) in enumerate(people):
            person = register(
                session,
                PersonData(
                    family_name=f"Newcomer {number}",
                    given_names="Alex",
                    nationality=nationality,
                    category=category,
                    arrival_date=arrival,
                    departure_date=date(arrival.year + 1, 6, 30),
                    sex="F" if number % 2 else "M",
                    host_unit=host_unit,
                ),
            )
            if number == 0:
                at = datetime(2026, 9, 3, 10, tzinfo=UTC)
                record_visit(session, person.id, ["general_information"], Actor("test"), at=at)


def report(database: Database, tmp_path: Path, months: tuple[str, str], language: str) -> Path:
    with database.session() as session:
        stats = compute(session, MonthRange.parse(*months))
    path = tmp_path / f"report-{language}.pdf"
    path.write_bytes(stats_pdf(stats, translator(language), language))
    return path


def text_of(path: Path, *, layout: bool = False) -> str:
    command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def fonts_of(path: Path) -> list[list[str]]:
    """pdffonts' rows: name, type…, emb, sub, uni, object, generation."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


def pages_of(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.MULTILINE).group(1))  # type: ignore[union-attr]


@pytest.fixture
def year_report(database: Database, tmp_path: Path) -> Path:
    add_people(database, PEOPLE)
    return report(database, tmp_path, YEAR, "en")


def test_the_report_has_its_title_months_counts_and_names(year_report: Path) -> None:
    text = text_of(year_report)
    assert "Maison Internationale — Université de Lille" in text
    assert "Arrivals from September 2026 to August 2027" in text
    for month in ("Sept 2026", "Oct 2026", "Jan 2027", "Aug 2027"):
        assert month in text
    for name in ("Morocco", "Italy", "Senegal", "China", "Germany"):
        assert name in text
    assert "北京大学 joint laboratory" in text
    assert "General information" in text
    pages = pages_of(year_report)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_the_tables_give_each_month_and_the_total(year_report: Path) -> None:
    text = text_of(year_report, layout=True)
    assert "11 27.3% 72.7% 0.0%" in text  # arrivals, EU, non-EU, checklist steps done
    # the twelve months, then the total of the period, in the category table and the others
    assert "Total 5 2 0 0 4 0 0 0 0 0 0 0 11" in text
    assert "Morocco 3 1 0 0 0 0 0 0 0 0 0 0 4" in text
    assert "Senegal 0 0 0 0 3 0 0 0 0 0 0 0 3" in text
    assert "student 3 2 0 0 3 0 0 0 0 0 0 0 8" in text
    assert "Sept 2026 5 5" in text  # checklists: arrivals, people with a checklist


def test_every_font_is_embedded_and_none_is_helvetica(year_report: Path) -> None:
    fonts = fonts_of(year_report)
    names = [row[0] for row in fonts]
    assert not [name for name in names if "Helvetica" in name]
    assert all(row[-5] == "yes" for row in fonts), fonts  # emb
    assert any("NotoSans-Regular" in name for name in names)
    assert any("DroidSansFallback" in name for name in names)  # 北京大学
    assert any("NotoSansArabic" in name for name in names)  # مختبر البحث


def test_an_empty_range_says_so_in_a_valid_pdf(database: Database, tmp_path: Path) -> None:
    add_people(database, PEOPLE)
    path = report(database, tmp_path, ("2030-01", "2030-03"), "en")
    assert path.read_bytes().startswith(b"%PDF")
    assert pages_of(path) == 1
    text = text_of(path)
    assert "Arrivals from January 2030 to March 2030" in text
    assert "No arrivals in this period." in text
    assert all(row[-5] == "yes" for row in fonts_of(path))


def test_a_french_report_has_french_months_and_names(database: Database, tmp_path: Path) -> None:
    add_people(database, PEOPLE)
    text = text_of(report(database, tmp_path, YEAR, "fr"))
    assert "Arrivées de septembre 2026 à août 2027" in text
    assert "janv. 2027" in text
    assert "Maroc" in text and "Sénégal" in text and "Allemagne" in text
    assert "September" not in text and "Morocco" not in text


def test_a_single_month(database: Database, tmp_path: Path) -> None:
    add_people(database, PEOPLE)
    text = text_of(report(database, tmp_path, ("2027-01", "2027-01"), "en"), layout=True)
    assert "Arrivals in January 2027" in text
    assert "4 25.0% 75.0%" in text
    assert "Morocco" not in text and "Senegal" in text


def test_a_long_range_is_cut_into_tables_and_long_dimensions_end_with_the_others(
    database: Database, tmp_path: Path
) -> None:
    countries = [
        "MA",
        "DZ",
        "TN",
        "SN",
        "CM",
        "CI",
        "CN",
        "VN",
        "BR",
        "US",
        "DE",
        "IT",
        "ES",
        "PL",
        "UA",
        "LB",
        "IR",
    ]
    add_people(database, [(date(2026, 9, 10), code, "student", None) for code in countries])
    add_people(database, [(date(2027, 10, 5), "MA", "student", None)])
    text = text_of(report(database, tmp_path, ("2026-09", "2027-10"), "en"), layout=True)
    assert "Arrivals from September 2026 to October 2027" in text
    assert "Others (2) 2 0 0 0 0 0 0 0 0 0 0 0" in text  # 17 nationalities: 15, then 2 others
    assert "Total 17 0 0 0 0 0 0 0 0 0 0 0" in text  # September 2026 to August 2027
    assert "Total 0 1 18" in text  # September, October 2027 and the whole period


def test_a_french_title_elides_de_before_a_vowel(database: Database, tmp_path: Path) -> None:
    add_people(database, PEOPLE)
    text = text_of(report(database, tmp_path, ("2026-10", "2027-04"), "fr"))
    assert "Arrivées d’octobre 2026 à avril 2027" in text
    assert "Page 1 sur" in text
