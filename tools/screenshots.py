"""Screenshots of the real window: dashboard, search, person file, register form, import,
a person's welcome pack, the summary of a batch of packs, and the statistics (charts, a table).

    .venv/bin/welcome-desk --database shots/desk.sqlite3 demo --people 5000
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py fr \
        docs/screenshots shots/desk.sqlite3

The window acts as a signed-in administrator; the status bar names the database file only, never
the folder it is in.
"""

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from welcome_desk.db.engine import Database, resolve_url
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import Role
from welcome_desk.services.templates import shipped_template
from welcome_desk.ui.app import install_translators
from welcome_desk.ui.main_window import MainWindow

lang, out = sys.argv[1], Path(sys.argv[2])
database = Path(sys.argv[3])
app = QApplication(sys.argv[:1])
keep = install_translators(app, lang)
STAFF = Actor("Marie Dupont", Role.ADMINISTRATOR, account_id=1)
db = Database(resolve_url(str(database), database), actor=STAFF)
w = MainWindow(
    database=db,
    language=lang,
    actor=STAFF,
    template=shipped_template(),
    today=lambda: date(2026, 11, 16),
)
w.resize(1280, 800)
w.statusBar().showMessage(w.tr("Database: %1").replace("%1", database.name))
w.show()
steps = []


def later(ms, fn):
    QTimer.singleShot(ms, fn)


def shot(name):
    w.grab().save(str(out / f"{name}-{lang}.png"))


def shot_widget(widget, name):
    widget.grab().save(str(out / f"{name}-{lang}.png"))


def s1():
    w.dashboard.loaded.connect(lambda _d: later(400, lambda: (shot("dashboard"), s2())))
    w.show_dashboard()


def s2():
    def shown(_n):
        w.people_shown.disconnect(shown)
        later(400, lambda: (shot("search"), s3()))

    w.people_shown.connect(shown)
    w.search_field.setText("nguyen")


def s3():
    def loaded(_i):
        w.person_file.loaded.disconnect(loaded)
        later(600, lambda: (shot("person"), s4()))

    w.person_file.loaded.connect(loaded)
    w._open_current()


def s4():
    from welcome_desk.ui.person_form import PersonDialog

    d = PersonDialog(
        database=db, language=lang, actor=STAFF, today=date(2026, 11, 16), parent=w
    )
    d.show()
    later(700, lambda: (shot_widget(d, "register"), d.done(0), s5()))


def s5():
    from welcome_desk.ui.import_dialog import ImportDialog

    d = ImportDialog(
        database=db,
        language=lang,
        actor=STAFF,
        template=shipped_template(),
        runner=w._runner,
        parent=w,
    )
    d.resize(1000, 700)
    d.show()
    d.checked.connect(lambda _r: later(400, lambda: (shot_widget(d, "import"), d.done(0), s6())))
    d.choose_file(Path("tests/data/import/people_mixed.csv"))


def s6():
    from welcome_desk.ui.pack_dialog import PackDialog

    d = PackDialog(
        database=db,
        language=lang,
        person_id=w.person_file.person_id,
        runner=w._runner,
        today=lambda: date(2026, 11, 16),
        parent=w,
    )
    d.resize(860, 860)
    d.show()
    d.made.connect(lambda _m: later(1500, lambda: (shot_widget(d, "pack"), d.done(0), s7())))


def s7():
    import tempfile

    from welcome_desk.ui.pack_batch import PackBatchDialog

    folder = tempfile.mkdtemp(prefix="welcome-packs-")
    d = PackBatchDialog(
        database=db,
        language=lang,
        runner=w._runner,
        first=date(2026, 11, 16),
        last=date(2026, 11, 22),
        today=lambda: date(2026, 11, 16),
        jobs=1,  # in this process: worker processes cannot start from a script without a main guard
        parent=w,
    )
    d.resize(720, 300)
    d.show()
    d.choose_folder(folder)
    d.finished_batch.connect(
        lambda _o: later(400, lambda: (shot_widget(d, "packs"), d.done(0), s8()))
    )
    d.start()


def s8():
    w.search_field.clear()
    page = w._statistics_page()

    def computed(_data):
        page.computed.disconnect(computed)
        later(600, lambda: (shot("stats"), s9(page)))

    page.computed.connect(computed)
    w.show_statistics()


def s9(page):
    page.tabs.setCurrentIndex(1)
    page.show_dimension("nationality")
    later(400, lambda: (shot("stats-table"), app.quit()))


later(100, s1)
app.exec()
