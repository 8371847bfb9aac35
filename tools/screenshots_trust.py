"""Screenshots of the audit trail: a person's History tab and Administration › Audit trail.

A neutral database first (demo people, then a few changes by named staff members):

    USER=accueil LOGNAME=accueil .venv/bin/welcome-desk --database shots/desk.sqlite3 \
        demo --people 300
    .venv/bin/python tools/screenshots_trust.py --prepare shots/desk.sqlite3
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots_trust.py fr \
        docs/screenshots shots/desk.sqlite3

The status bar is given a neutral line: the shots never show where the file is.
"""

import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from screenshot_window import later, open_database, open_window

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import Role
from welcome_desk.services import records
from welcome_desk.services.checklists import checklist_of, set_notes, set_status
from welcome_desk.services.person_form import load_person, update_person
from welcome_desk.services.search import ranked_ids

TODAY = date(2026, 11, 16)
ADMIN = Actor("Claire Martin", Role.ADMINISTRATOR, account_id=1)
COUNTER = Actor("Karim Benali", Role.COUNTER, account_id=2)
ADVISER = Actor("Marie Dupont", Role.ADVISER, account_id=3)


def person_of(db: Database) -> int:
    with db.session() as session:
        return ranked_ids(session, "nguyen", 1)[0][0]


def prepare(db: Database) -> None:
    person = person_of(db)
    db.actor = COUNTER
    with db.writing() as session:
        records.record_visit(session, person, ["caf", "housing"], COUNTER, notes="Dossier CAF")
    with db.writing() as session:
        checklist = checklist_of(session, person)
        assert checklist is not None
        step = next(s for s in checklist.steps if s.key == "bank_account")
        set_status(session, step.id, "done", COUNTER, today=TODAY)
        set_notes(session, step.id, "RIB remis au guichet", COUNTER)
    db.actor = ADVISER
    with db.writing() as session:
        data, version = load_person(session, person)
        update_person(
            session,
            person,
            replace(data, phone="+33 6 12 34 56 78", departure_date=date(2027, 7, 15)),
            expected_version=version,
            actor=ADVISER,
        )
    with db.writing() as session:
        records.save_housing(
            session,
            person,
            records.HousingData(
                kind="crous",
                address="Résidence Albert Châtelet, 59650 Villeneuve-d'Ascq",
                from_date=date(2026, 9, 1),
                visale="granted",
                insurance=True,
            ),
        )
        records.update_healthcare(
            session, person, records.HealthcareData(social_security="provisional", mutuelle=True)
        )
        records.add_appointment(
            session,
            person,
            datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
            "Préfecture du Nord",
            "Titre de séjour",
        )


def shots(lang: str, out: Path, db: Database) -> None:
    from welcome_desk.ui.audit_window import AuditModel, AuditWindow

    db.actor = ADMIN
    app, window, _translators = open_window(db, lang, ADMIN, TODAY)
    neutral = window.tr("Database: %1").replace("%1", "desk.sqlite3")

    def history() -> None:
        file = window.person_file

        def loaded(_id: int) -> None:
            file.loaded.disconnect(loaded)
            file.tabs.setCurrentWidget(file.history)
            window.statusBar().showMessage(neutral)
            later(500, lambda: (window.grab().save(str(out / f"history-{lang}.png")), audit()))

        file.loaded.connect(loaded)
        window.open_person(person_of(db))

    def audit() -> None:
        window.show_audit_trail()
        dialog = window.findChild(AuditWindow)

        def searched(_count: int) -> None:
            dialog.searched.disconnect(searched)
            whats = [
                dialog.proxy.index(row, AuditModel.WHAT).data()
                for row in range(dialog.proxy.rowCount())
            ]
            changed = next(
                (r for r, what in enumerate(whats) if what == AuditWordsDetails.changed(lang)), 0
            )
            dialog.table.selectRow(changed)
            later(500, lambda: (dialog.grab().save(str(out / f"audit-{lang}.png")), app.quit()))

        dialog.resize(1180, 760)
        dialog.searched.connect(searched)
        dialog.search()

    later(300, history)
    app.exec()


class AuditWordsDetails:
    """The entry to show selected: the person's details changed."""

    @staticmethod
    def changed(lang: str) -> str:
        return "Coordonnées modifiées" if lang == "fr" else "Details changed"


if __name__ == "__main__":
    if sys.argv[1] == "--prepare":
        prepare(open_database(sys.argv[2]))
    else:
        shots(sys.argv[1], Path(sys.argv[2]), open_database(sys.argv[3]))
