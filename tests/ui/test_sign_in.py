"""Opening the desk: the first start, the sign-in, a new password, signing out, and a role's
limits in the window — driven through the real dialogs and window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from window_doubles import record_boxes

from welcome_desk.db.engine import Database
from welcome_desk.db.trust_models import AuditEntry, StaffAccount
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import Role
from welcome_desk.services.accounts import SignInRefused, create_account, reset_password, sign_in
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.settings import SignInMode, sign_in_mode
from welcome_desk.services.templates import shipped_template
from welcome_desk.ui.app import Desk
from welcome_desk.ui.import_dialog import ImportDialog
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.sign_in import (
    FirstStartDialog,
    NewPasswordDialog,
    SignInDialog,
    open_desk,
)

PASSWORD = "correct horse battery"
SYSTEM = Actor("desk-pc")
TODAY = date(2026, 11, 22)
WAIT = 5000


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes said (never shown in tests); questions are answered Yes."""
    return record_boxes(monkeypatch, "warning", "question")


def add_account(
    database: Database,
    username: str,
    role: Role = Role.ADMINISTRATOR,
    name: str = "Marie Dupont",
    password: str = PASSWORD,
) -> int:
    with database.writing() as session:
        return create_account(session, username, name, role, password).id


def ok_button(dialog: QDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]


def shown_problem(dialog: QDialog) -> str:
    problem = dialog.problem  # type: ignore[attr-defined]
    return "" if problem.isHidden() else str(problem.text())


@pytest.fixture
def shown(qtbot: QtBot) -> Callable[[QDialog], QDialog]:
    def show(dialog: QDialog) -> QDialog:
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return show


# --- the first start ----------------------------------------------------------------------------


def test_the_first_start_creates_the_administrator(
    qtbot: QtBot, database: Database, shown: Callable[[QDialog], QDialog]
) -> None:
    database.actor = SYSTEM
    dialog = shown(FirstStartDialog(database=database, language="en"))
    assert isinstance(dialog, FirstStartDialog)
    assert dialog.accounts_choice.isChecked() and not dialog.single_choice.isChecked()
    assert ok_button(dialog).text() == "Create and &open"  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.username, "MDupont")
    qtbot.keyClicks(dialog.display_name, "Marie Dupont")
    qtbot.keyClicks(dialog.passwords.password, "short")
    assert dialog.passwords.verdict.text() == (
        "✗ A password needs at least 10 characters.\n✗ The two passwords differ."
    )
    assert not ok_button(dialog).isEnabled()  # type: ignore[attr-defined]
    dialog.passwords.password.clear()
    qtbot.keyClicks(dialog.passwords.password, PASSWORD)
    qtbot.keyClicks(dialog.passwords.repeat, PASSWORD)
    assert dialog.passwords.verdict.text() == "✓ This password can be used."
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.role is Role.ADMINISTRATOR
    with database.session() as session:
        [account] = session.scalars(select(StaffAccount)).all()
        assert (account.username, account.display_name) == ("mdupont", "Marie Dupont")
        assert account.password_hash.startswith("$argon2id$")
        assert PASSWORD not in account.password_hash
        assert account.last_sign_in_at is not None  # signed in at once
    assert dialog.account.actor() == Actor("Marie Dupont", Role.ADMINISTRATOR, account.id)


def test_the_first_start_may_choose_a_single_desk_after_a_warning(
    database: Database, shown: Callable[[QDialog], QDialog], told: list[str]
) -> None:
    database.actor = SYSTEM
    dialog = shown(FirstStartDialog(database=database, language="en"))
    assert isinstance(dialog, FirstStartDialog)
    dialog.single_choice.setChecked(True)
    assert not dialog.account_form.isEnabled()
    assert ok_button(dialog).text() == "&Open without sign-in"  # type: ignore[attr-defined]
    ok_button(dialog).click()  # type: ignore[attr-defined]
    assert "anyone who can use this computer opens the desk as administrator" in told[0]
    assert "(desk-pc)" in told[0]
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.account is None
    with database.session() as session:
        assert sign_in_mode(session) is SignInMode.SINGLE_DESK
        assert session.scalars(select(StaffAccount)).all() == []


def test_a_refused_account_is_told_in_the_dialog(
    qtbot: QtBot, database: Database, shown: Callable[[QDialog], QDialog]
) -> None:
    database.actor = SYSTEM
    dialog = shown(FirstStartDialog(database=database, language="fr"))
    assert isinstance(dialog, FirstStartDialog)
    qtbot.keyClicks(dialog.username, "marie dupont")  # a space: refused by the service
    qtbot.keyClicks(dialog.display_name, "Marie Dupont")
    qtbot.keyClicks(dialog.passwords.password, PASSWORD)
    qtbot.keyClicks(dialog.passwords.repeat, PASSWORD)
    ok_button(dialog).click()  # type: ignore[attr-defined]
    assert dialog.isVisible() and dialog.account is None
    assert shown_problem(dialog).startswith("Un nom d’utilisateur")


# --- signing in ---------------------------------------------------------------------------------


def test_a_wrong_password_is_told_and_the_dialog_stays(
    qtbot: QtBot, database: Database, shown: Callable[[QDialog], QDialog]
) -> None:
    add_account(database, "mdupont")
    dialog = shown(SignInDialog(database=database, language="en"))
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.username, "mdupont")
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.account is None
    assert shown_problem(dialog) == "Wrong user name or password."
    assert dialog.password.text() == "" and dialog.username.text() == "mdupont"

    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.display_name == "Marie Dupont"


def test_a_locked_account_says_when_to_try_again(
    qtbot: QtBot, database: Database, shown: Callable[[QDialog], QDialog]
) -> None:
    add_account(database, "mdupont")
    dialog = shown(SignInDialog(database=database, language="en", username="mdupont"))
    assert isinstance(dialog, SignInDialog)
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "not the password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, PASSWORD)  # even the right one, while locked
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.account is None
    assert shown_problem(dialog).startswith("Too many wrong passwords for this account: try")


def test_a_reset_password_must_be_changed_before_the_desk_opens(
    qtbot: QtBot,
    database: Database,
    shown: Callable[[QDialog], QDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_account(database, "admin", name="Ada Admin")
    account_id = add_account(database, "lchen", Role.COUNTER, "Li Chen")
    with database.writing() as session:
        reset_password(session, account_id, "temporary pass 1")
    asked: list[NewPasswordDialog] = []

    def choose(dialog: NewPasswordDialog) -> int:
        asked.append(dialog)
        assert not dialog.current.isVisible()  # the temporary one was just typed
        qtbot.keyClicks(dialog.passwords.password, "temporary pass 1")
        qtbot.keyClicks(dialog.passwords.repeat, "temporary pass 1")
        dialog.save()
        assert shown_problem(dialog) == "The new password must differ from the current one."
        dialog.passwords.clear()
        qtbot.keyClicks(dialog.passwords.password, "my own secret words")
        qtbot.keyClicks(dialog.passwords.repeat, "my own secret words")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(NewPasswordDialog, "exec", choose)
    dialog = shown(SignInDialog(database=database, language="en", username="LChen"))
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.password, "temporary pass 1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert len(asked) == 1
    assert asked[0].intro.text().startswith("Li Chen, an administrator gave you a temporary")
    assert dialog.result() == QDialog.DialogCode.Accepted
    with pytest.raises(SignInRefused):
        sign_in(database, "lchen", "temporary pass 1")
    assert not sign_in(database, "lchen", "my own secret words").must_change_password


def test_a_new_password_not_chosen_keeps_the_desk_closed(
    qtbot: QtBot,
    database: Database,
    shown: Callable[[QDialog], QDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account_id = add_account(database, "admin")
    with database.writing() as session:
        reset_password(session, account_id, "temporary pass 1")
    monkeypatch.setattr(NewPasswordDialog, "exec", lambda _self: 0)
    dialog = shown(SignInDialog(database=database, language="en", username="admin"))
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.password, "temporary pass 1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.account is None
    assert shown_problem(dialog) == "Choose your new password to go on."


# --- the desk opened, and signed out ------------------------------------------------------------


def signing_in_as(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, *people: tuple[str, str]
) -> list[SignInDialog]:
    """The sign-in dialogs, answered in turn by ``people`` (user name, password); then Quit."""
    waiting = list(people)
    seen: list[SignInDialog] = []

    def answer(dialog: SignInDialog) -> int:
        seen.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()  # as exec() does, without its event loop
        if not waiting:
            return int(QDialog.DialogCode.Rejected)
        username, password = waiting.pop(0)
        dialog.username.setText(username)
        qtbot.keyClicks(dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", answer)
    return seen


@pytest.fixture
def desk(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    # An empty register offers demo data in a message box: not what these tests are about.
    monkeypatch.setattr(MainWindow, "offer_demo_data_if_empty", lambda _window: None)
    made = Desk(
        database=database,
        language="en",
        system_actor=SYSTEM,
        template=shipped_template(),
        today=lambda: TODAY,
    )
    yield made
    if made.window is not None:
        made.window.close()


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if a.isVisible() and a.text()]  # type: ignore[union-attr]


def test_the_right_password_opens_the_window_as_that_person(
    qtbot: QtBot, database: Database, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    account_id = add_account(database, "mdupont")
    signing_in_as(monkeypatch, qtbot, ("mdupont", PASSWORD))
    assert desk.open()
    window = desk.window
    assert window is not None
    qtbot.addWidget(window)
    expected = Actor("Marie Dupont", Role.ADMINISTRATOR, account_id)
    assert database.actor == expected and window.staff.actor == expected
    assert window.staff.who.text() == "Signed in: Marie Dupont (Administrator)"
    assert "Administration" in [t.replace("&", "") for t in menu_titles(window)]
    assert "Sign &out" in file_menu_texts(window)
    assert "Change my pass&word…" in file_menu_texts(window)


def test_signing_out_closes_the_window_and_asks_who_works_next(
    qtbot: QtBot,
    database: Database,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
    told: list[str],
) -> None:
    add_account(database, "mdupont")
    add_account(database, "lchen", Role.COUNTER, "Li Chen")
    seen = signing_in_as(monkeypatch, qtbot, ("mdupont", PASSWORD), ("lchen", PASSWORD))
    assert desk.open()
    first = desk.window
    assert first is not None and first.staff.sign_out_action is not None
    first.staff.sign_out_action.trigger()
    assert not first.isVisible() and len(seen) == 2
    second = desk.window
    assert second is not None and second is not first and second.isVisible()
    qtbot.addWidget(second)
    assert second.staff.who.text() == "Signed in: Li Chen (Counter)"
    assert database.actor.name == "Li Chen" and database.actor.role is Role.COUNTER
    assert "Administration" not in [t.replace("&", "") for t in menu_titles(second)]
    assert QApplication.quitOnLastWindowClosed()
    with database.session() as session:  # the trail: in, out, in
        trail = session.execute(
            select(AuditEntry.actor, AuditEntry.action)
            .where(AuditEntry.entity == "account", AuditEntry.action.like("sign%"))
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(row) for row in trail] == [
        ("Marie Dupont", "signed_in"),
        ("Marie Dupont", "signed_out"),
        ("Li Chen", "signed_in"),
    ]


def test_signing_out_waits_for_a_form_with_unsaved_edits(
    qtbot: QtBot,
    database: Database,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_account(database, "mdupont")
    seen = signing_in_as(monkeypatch, qtbot, ("mdupont", PASSWORD))
    assert desk.open()
    window = desk.window
    assert window is not None
    qtbot.addWidget(window)
    window.new_person()
    form = window.findChild(QDialog)
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.fields.family_name, "Okafor")  # type: ignore[attr-defined]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    assert window.staff.sign_out_action is not None
    window.staff.sign_out_action.trigger()
    assert window.isVisible() and form.isVisible() and len(seen) == 1  # nothing lost


def test_a_single_desk_opens_without_sign_in_and_says_so(
    qtbot: QtBot, database: Database, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from welcome_desk.services.settings import set_sign_in_mode

    with database.writing() as session:
        set_sign_in_mode(session, SignInMode.SINGLE_DESK)
    seen = signing_in_as(monkeypatch, qtbot)
    assert desk.open()
    window = desk.window
    assert window is not None
    qtbot.addWidget(window)
    assert seen == []
    assert database.actor == SYSTEM
    assert window.staff.who.text() == "Single desk — no sign-in"
    assert window.staff.sign_out_action is None
    assert "Sign &out" not in file_menu_texts(window)


def test_quit_at_the_sign_in_opens_nothing(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_account(database, "mdupont")
    signing_in_as(monkeypatch, qtbot)
    assert open_desk(database, "en", system_actor=SYSTEM) is None
    assert database.actor == SYSTEM


def test_the_first_start_is_asked_only_when_there_is_no_account(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[FirstStartDialog] = []
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    assert open_desk(database, "en", system_actor=SYSTEM) is None  # Quit at the first start
    assert len(asked) == 1


# --- what a role may do -------------------------------------------------------------------------


def counter_window(qtbot: QtBot, database: Database) -> MainWindow:
    account_id = add_account(database, "admin", name="Ada Admin")
    counter = Actor("Li Chen", Role.COUNTER, account_id + 1)
    add_account(database, "lchen", Role.COUNTER, "Li Chen")
    database.actor = counter
    window = MainWindow(
        database=database,
        language="en",
        actor=counter,
        template=shipped_template(),
        today=lambda: TODAY,
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_counter_does_not_see_what_their_role_cannot_use(
    qtbot: QtBot, database: Database, told: list[str]
) -> None:
    window = counter_window(qtbot, database)
    assert window.staff.who.text() == "Signed in: Li Chen (Counter)"
    assert "Administration" not in [t.replace("&", "") for t in menu_titles(window)]
    visible = file_menu_texts(window)
    assert "&New person…" in visible and "&Edit this person…" in visible
    for hidden in ("&Import a list…", "Welcome &pack…", "Welcome packs for the &arrivals…"):
        assert hidden not in visible
    assert not window.statistics_action.isVisible()
    assert window.dashboard.packs_button.isHidden()
    assert window.person_file.pack_button.isHidden()  # type: ignore[attr-defined]

    window.import_file()  # reached anyway (a shortcut, a signal): refused in words
    assert told == [
        "Your role (Counter) does not allow you to import arrival lists. Ask an administrator."
    ]
    assert window.findChild(ImportDialog) is None


def test_a_service_refusal_is_shown_in_words_not_as_a_traceback(
    qtbot: QtBot, database: Database, told: list[str]
) -> None:
    window = counter_window(qtbot, database)
    with database.writing() as session:
        person = register(
            session,
            PersonData(
                family_name="Okafor",
                given_names="Chidi",
                nationality="NG",
                category="student",
                arrival_date=date(2026, 9, 1),
            ),
        )
    with qtbot.waitSignal(window.person_file.loaded, timeout=WAIT):  # type: ignore[attr-defined]
        window.open_person(person.id)
    form = window.person_file.administrative  # type: ignore[attr-defined]
    window.person_file.tabs.setCurrentWidget(form)  # type: ignore[attr-defined]
    qtbot.mouseClick(form.vls_ts_validated_on.known, Qt.MouseButton.LeftButton)
    form.save_button.click()  # the records are an adviser's: the service says no
    assert form.errors.text() == (
        "Your role (Counter) does not allow you to change housing, healthcare and "
        "administrative records. Ask an administrator."
    )
    window.person_file.wait_for_jobs()  # type: ignore[attr-defined]


def test_an_import_forced_by_a_counter_is_refused_by_the_service(
    qtbot: QtBot, database: Database, runner: object, tmp_path: Path
) -> None:
    from welcome_desk.ui.tasks import TaskRunner

    assert isinstance(runner, TaskRunner)
    counter_window(qtbot, database).close()
    dialog = ImportDialog(
        database=database,
        language="en",
        actor=database.actor,
        template=shipped_template(),
        runner=runner,
        today=lambda: TODAY,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    path = tmp_path / "arrivals.csv"
    path.write_text(
        "external_id,family_name,given_names,nationality,category,arrival_date\n"
        "E1,Okafor,Chidi,NG,student,2026-09-01\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(dialog.problem_shown, timeout=WAIT) as blocker:
        dialog.choose_file(path)
    assert blocker.args[0] == (
        "Your role (Counter) does not allow you to import arrival lists. Ask an administrator. "
        "Nothing was saved."
    )


def test_change_my_password_from_the_window(
    qtbot: QtBot, database: Database, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_account(database, "mdupont")
    signing_in_as(monkeypatch, qtbot, ("mdupont", PASSWORD))
    assert desk.open()
    window = desk.window
    assert window is not None
    qtbot.addWidget(window)

    def change(dialog: NewPasswordDialog) -> int:
        dialog.show()
        assert dialog.intro.isHidden()  # not a temporary password: the current one is asked
        qtbot.keyClicks(dialog.current, "not my password")
        qtbot.keyClicks(dialog.passwords.password, "a brand new secret")
        qtbot.keyClicks(dialog.passwords.repeat, "a brand new secret")
        dialog.save()
        assert shown_problem(dialog) == "The current password is wrong."
        dialog.current.clear()
        qtbot.keyClicks(dialog.current, PASSWORD)
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(NewPasswordDialog, "exec", change)
    assert window.staff.password_action is not None
    window.staff.password_action.trigger()
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert sign_in(database, "mdupont", "a brand new secret").display_name == "Marie Dupont"
