"""Render the first pages of a pack in each language into docs/packs/ (PNG, with pdftoppm).

    .venv/bin/python tools/pack_renders.py [--pages N]

Uses a throw-away database with one newcomer per language (a name in their own script,
arrived on 1 September 2026, a few steps done), packs dated 20 September 2026.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.db.migrate import upgrade
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.packs.build import make_person_pack
from welcome_desk.services.checklists import checklist_of, set_status
from welcome_desk.services.people import register

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 9, 20)
PEOPLE = (
    ("fr", "Élodie", "Lefèvre", "CA", "student"),
    ("en", "Aoife", "O’Brien", "IE", "student"),
    ("es", "José", "Martínez Peña", "MX", "student"),
    ("it", "Giulia", "Russo", "IT", "researcher"),
    ("de", "Jürgen", "Müller", "DE", "teacher"),
    ("pt", "João", "Gonçalves", "BR", "student"),
    ("ar", "محمد", "بن علي", "DZ", "student"),
    ("zh", "小明", "王", "CN", "researcher"),
    ("vi", "Thị Ánh", "Nguyễn", "VN", "student"),
    ("uk", "Олена", "Шевченко", "UA", "student"),
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "packs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "desk.sqlite3"
        database = Database(resolve_url(str(path), path))
        upgrade(database, Path(folder))
        ids = {}
        with database.writing() as session:
            for language, given, family, country, category in PEOPLE:
                person = register(
                    session,
                    PersonData(
                        family_name=family,
                        given_names=given,
                        nationality=country,
                        category=category,
                        arrival_date=date(2026, 9, 1),
                        departure_date=date(2027, 6, 30),
                        preferred_language=language,
                    ),
                )
                checklist = checklist_of(session, person.id)
                assert checklist is not None
                for step in checklist.steps[:2]:
                    set_status(
                        session,
                        step.id,
                        "done",
                        Actor("renders"),
                        today=TODAY,
                        done_on=date(2026, 9, 3),
                    )
                ids[language] = person.id
        for language, person_id in ids.items():
            pack = make_person_pack(database, person_id, today=TODAY)
            pdf = Path(folder) / pack.file_name
            pdf.write_bytes(pack.pdf)
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "60",
                    "-png",
                    "-f",
                    "1",
                    "-l",
                    str(args.pages),
                    str(pdf),
                    str(args.out / f"pack-{language}"),
                ],
                check=True,
            )
            print(language, pack.file_name, len(pack.pdf) // 1024, "KB")
        database.dispose()


if __name__ == "__main__":
    main()
