"""Screenshots of the personal-data tools: Administration › Personal data retention… and the
erasure's confirmation, on a neutral database.

A database under a throwaway home folder (the window names it from ~), demo people, then a few
who left long ago:

    export HOME=$(mktemp -d)
    USER=accueil LOGNAME=accueil .venv/bin/welcome-desk --database ~/desk.sqlite3 \
        demo --people 300
    .venv/bin/python tools/screenshots_privacy.py --prepare ~/desk.sqlite3
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots_privacy.py fr \
        docs/screenshots ~/desk.sqlite3
"""

import sys
from datetime import date
from pathlib import Path

from screenshot_window import later, open_database, open_window

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.domain.roles import Role
from welcome_desk.services.people import register
from welcome_desk.services.search import ranked_ids

TODAY = date(2026, 11, 16)
ADMIN = Actor("Claire Martin", Role.ADMINISTRATOR, account_id=1)

# Fictitious newcomers who left more than two years before TODAY, and two with no departure.
PEOPLE = [
    ("Kowalska", "Zofia", "PL", "student", date(2022, 9, 5), date(2023, 6, 30)),
    ("Okonkwo", "Emeka", "NG", "researcher", date(2021, 10, 1), date(2023, 9, 30)),
    ("Fernández", "Lucía", "ES", "student", date(2023, 1, 16), date(2023, 12, 22)),
    ("Nguyễn", "Thị Lan", "VN", "student", date(2022, 9, 1), date(2024, 2, 9)),
    ("Haddad", "Karim", "LB", "teacher", date(2023, 2, 1), date(2024, 7, 31)),
    ("Schneider", "Jonas", "DE", "student", date(2023, 9, 4), date(2024, 8, 30)),
    ("Ivanenko", "Olena", "UA", "researcher", date(2022, 3, 1), date(2024, 10, 31)),
    ("Moreira", "Tiago", "BR", "student", date(2023, 9, 1), None),
    ("Benali", "Yasmine", "DZ", "student", date(2024, 1, 15), None),
]


def prepare(db: Database) -> None:
    with db.writing() as session:
        for family, given, country, category, arrival, departure in PEOPLE:
            register(
                session,
                PersonData(
                    family_name=family,
                    given_names=given,
                    nationality=country,
                    category=category,
                    arrival_date=arrival,
                    departure_date=departure,
                ),
            )


def shots(lang: str, out: Path, db: Database) -> None:
    from welcome_desk.ui.retention_dialog import RetentionDialog

    app, window, _translators = open_window(db, lang, ADMIN, TODAY)

    def retention() -> None:
        window.show_retention()
        dialog = window.findChild(RetentionDialog)
        dialog.resize(760, 600)

        def previewed(_preview: object) -> None:
            dialog.previewed.disconnect(previewed)
            later(400, lambda: (dialog.grab().save(str(out / f"retention-{lang}.png")), erase()))

        if dialog.preview is None:
            dialog.previewed.connect(previewed)
        else:
            previewed(dialog.preview)

    def erase() -> None:
        window.findChild(RetentionDialog).close()
        with db.session() as session:
            person = ranked_ids(session, "kowalska", 1)[0][0]
        window.open_person(person)
        window.erase_action.trigger()
        dialog = window.privacy.erase_dialog
        dialog.typed.setText("kowalska")
        dialog.adjustSize()
        later(400, lambda: (dialog.grab().save(str(out / f"erase-{lang}.png")), app.quit()))

    later(300, retention)
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "--prepare":
        prepare(open_database(sys.argv[2], ADMIN))
    else:
        shots(sys.argv[1], Path(sys.argv[2]), open_database(sys.argv[3], ADMIN))
