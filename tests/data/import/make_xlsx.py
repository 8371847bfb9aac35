"""Writes people.xlsx and serial_dates.xlsx, the workbooks of the import tests: run it to
regenerate the committed files.

people.xlsx: the cells are typed as Excel types them: real dates (one with a time of day), ids and
phone numbers stored as numbers (whole and float), and a blank row in the middle. The first sheet
holds the data; a second sheet is the active one, to prove that the import reads the first.

serial_dates.xlsx: date columns left in Excel's "General" format, so that their cells hold the
dates' serial numbers (46266 for 2026-09-01), next to a year typed alone, date-times typed as text,
a real date far in the future and a number too large to be a date.

    python tests/data/import/make_xlsx.py
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

HEADERS = [
    "Identifiant",
    "Nom",
    "Prénoms",
    "Date de naissance",
    "Sexe",
    "Nationalité",
    "E-mail",
    "Téléphone",
    "Catégorie",
    "Programme",
    "Composante",
    "Date d'arrivée",
    "Date de départ",
    "Langue",
    "Accompagnants",
]
ROWS: list[list[object]] = [
    # line 2: whole-number id and phone stored as numbers
    [
        123,
        "Müller",
        "Lena",
        datetime(2001, 5, 17),
        "F",
        "Allemagne",
        "lena.muller@example.org",
        33612345678,
        "étudiante",
        "Erasmus+",
        "Faculté des sciences",
        datetime(2026, 9, 1),
        date(2027, 1, 31),
        "de",
        2,
    ],
    # line 3: the same as floats, an international number that lost its "+"
    [
        124.0,
        "Souza",
        "Pedro",
        date(1999, 12, 3),
        "M",
        "Brésil",
        None,
        5511912345678.0,
        "Etudiant",
        "Accord bilatéral",
        None,
        datetime(2026, 9, 1),
        None,
        "pt",
        1.0,
    ],
    # line 4: left blank
    [],
    # line 5: a birth date typed with a time of day, text phone
    [
        125,
        "Nakamura",
        "Yui",
        datetime(1990, 2, 14, 14, 30),
        "F",
        "Japon",
        "yui@example.org",
        "+81 90-1234-5678",
        "chercheuse",
        None,
        "Laboratoire CRIStAL",
        datetime(2026, 10, 1),
        None,
        "ja",
        0,
    ],
    # line 6: rejected, two reasons
    [
        126,
        "Invalid",
        "Row",
        "31/02/2000",
        "F",
        "Allemagne",
        None,
        None,
        "professeur",
        None,
        None,
        datetime(2026, 9, 1),
        None,
        None,
        None,
    ],
    # line 7
    [
        127,
        "Okafor",
        "Chinedu",
        date(1978, 7, 7),
        "M",
        "Nigeria",
        "c.okafor@example.org",
        "+234 803 123 4567",
        "enseignant",
        None,
        "Faculté de médecine",
        date(2026, 9, 15),
        date(2026, 12, 15),
        "en",
        None,
    ],
]


SERIAL_HEADERS = [
    "Identifiant",
    "Nom",
    "Nationalité",
    "Catégorie",
    "Date de naissance",
    "Date d'arrivée",
    "Date de départ",
    "Téléphone",
]
SERIAL_ROWS: list[list[object]] = [
    # line 2: serial numbers (a date-time one for the departure) and a phone stored as a number
    ["SD-1", "Serial", "DE", "student", 36892, 46266, 46418.75, 612345678],
    # line 3: rejected: a birth year typed alone is not a serial date
    ["SD-2", "Year", "DE", "student", 1998, 46266, None, None],
    # line 4: date-times typed as text, as mobility systems export them
    ["SD-3", "Texte", "FR", "student", "2000-01-01 00:00:00", "01/09/2026 00:00", None, None],
    # line 5: rejected: a real date cell, far in the future
    ["SD-4", "Futur", "FR", "student", None, datetime(3000, 9, 1), None, None],
    # line 6: rejected: a number beyond 2100 as a serial
    ["SD-5", "Number", "FR", "student", None, 99999, None, None],
]


def build_serial_dates(target: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(SERIAL_HEADERS)
    for row in SERIAL_ROWS:
        sheet.append(row)
    workbook.save(target)


def build(target: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Arrivées"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    for cell in sheet["D"][1:] + sheet["L"][1:] + sheet["M"][1:]:
        if isinstance(cell.value, date):
            cell.number_format = "DD/MM/YYYY"
    notes = workbook.create_sheet("Notes")
    notes.append(["This sheet is not imported."])
    workbook.active = 1
    workbook.save(target)


if __name__ == "__main__":
    build(Path(__file__).with_name("people.xlsx"))
    build_serial_dates(Path(__file__).with_name("serial_dates.xlsx"))
