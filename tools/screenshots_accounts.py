"""Screenshots of the sign-in dialog and of Administration › Accounts, in one language.

On a new, neutral database (a file named desk.sqlite3 in an empty folder), with the staff's
local time of Lille:

    TZ=Europe/Paris xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \
        tools/screenshots_accounts.py fr docs/screenshots shots-accounts/desk.sqlite3

The accounts are made the first time (and signed in at fixed moments); the dialogs show no path.
"""

import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.db.migrate import upgrade
from welcome_desk.domain.roles import Role
from welcome_desk.services.accounts import create_account, has_accounts, set_active, sign_in
from welcome_desk.ui.accounts_dialog import AccountsDialog
from welcome_desk.ui.app import install_translators
from welcome_desk.ui.sign_in import SignInDialog

PASSWORD = "un mot de passe de démonstration"
STAFF = [
    ("cmartin", "Claire Martin", Role.ADMINISTRATOR, datetime(2026, 11, 16, 7, 58, tzinfo=UTC)),
    ("kbenali", "Karim Benali", Role.COUNTER, datetime(2026, 11, 16, 8, 4, tzinfo=UTC)),
    ("mdupont", "Marie Dupont", Role.ADVISER, datetime(2026, 11, 13, 13, 37, tzinfo=UTC)),
    ("lpetit", "Lucas Petit", Role.COORDINATOR, datetime(2026, 11, 3, 9, 12, tzinfo=UTC)),
    ("srossi", "Sofia Rossi", Role.ADVISER, datetime(2026, 6, 30, 15, 20, tzinfo=UTC)),
    ("tnguyen", "Thanh Nguyen", Role.COUNTER, None),
]


def prepare(db: Database) -> None:
    with db.session() as session:
        if has_accounts(session):
            return
    with db.writing() as session:
        for username, name, role, _when in STAFF:
            create_account(session, username, name, role, PASSWORD)
    for username, _name, _role, when in STAFF:
        if when is not None:
            db.actor = sign_in(db, username, PASSWORD, now=when).actor()
    db.actor = sign_in(db, "cmartin", PASSWORD, now=STAFF[0][3]).actor()
    with db.writing() as session:
        rossi = next(i for i, s in enumerate(STAFF, start=1) if s[0] == "srossi")
        set_active(session, rossi, False)


def main(language: str, folder: str, path: str) -> None:
    file = Path(path)
    db = Database(resolve_url(str(file), file))
    upgrade(db, file.parent / "backups")
    prepare(db)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, language)  # noqa: F841  # kept alive
    out = Path(folder)

    sign_in_dialog = SignInDialog(database=db, language=language, username="kbenali")
    sign_in_dialog.show()
    sign_in_dialog.password.setText("pas le bon")
    sign_in_dialog.try_sign_in()
    accounts = AccountsDialog(database=db, language=language)
    accounts.select("kbenali")

    def shoot() -> None:
        sign_in_dialog.grab().save(str(out / f"sign-in-{language}.png"))
        accounts.show()
        QTimer.singleShot(
            300, lambda: (accounts.grab().save(str(out / f"accounts-{language}.png")), app.quit())
        )

    QTimer.singleShot(300, shoot)
    app.exec()


if __name__ == "__main__":
    main(*sys.argv[1:4])
