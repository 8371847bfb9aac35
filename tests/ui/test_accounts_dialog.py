"""The administrator's accounts and settings dialogs, driven as an administrator uses them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from window_doubles import default_locale, record_boxes

from welcome_desk.db.engine import Database
from welcome_desk.db.trust_models import StaffAccount
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import Role
from welcome_desk.services import privacy
from welcome_desk.services.accounts import create_account, sign_in
from welcome_desk.services.settings import SignInMode, sign_in_mode
from welcome_desk.ui.accounts_dialog import AccountsDialog, NewAccountDialog, ResetPasswordDialog
from welcome_desk.ui.settings_dialog import SettingsDialog

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def us_english_dates() -> Iterator[None]:
    with default_locale("en_US"):
        yield


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions asked (answered Yes)."""
    return record_boxes(monkeypatch, "question")


@pytest.fixture
def admin(database: Database) -> Actor:
    with database.writing() as session:
        account = create_account(session, "admin", "Ada Admin", Role.ADMINISTRATOR, PASSWORD)
    signed = sign_in(database, "admin", PASSWORD, now=datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    database.actor = signed.actor()
    assert signed.id == account.id
    return database.actor


def open_accounts(qtbot: QtBot, database: Database, language: str = "en") -> AccountsDialog:
    dialog = AccountsDialog(database=database, language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add_colleague(
    qtbot: QtBot,
    dialog: AccountsDialog,
    monkeypatch: pytest.MonkeyPatch,
    username: str = "lchen",
    name: str = "Li Chen",
    role: str = "Counter",
) -> None:
    def fill(new: NewAccountDialog) -> int:
        new.show()  # as exec() does (the accounts dialog owns it)
        qtbot.keyClicks(new.username, username)
        qtbot.keyClicks(new.display_name, name)
        new.role.setCurrentText(role)
        qtbot.keyClicks(new.passwords.password, "first pass 123")
        qtbot.keyClicks(new.passwords.repeat, "first pass 123")
        new.save()
        return int(new.result())

    monkeypatch.setattr(NewAccountDialog, "exec", fill)
    dialog.add_button.click()


def test_the_list_shows_each_account(qtbot: QtBot, database: Database, admin: Actor) -> None:
    dialog = open_accounts(qtbot, database)
    [row] = dialog.rows()
    assert row[:4] == ["admin", "Ada Admin", "Administrator", "yes"]
    assert row[4] != "never" and "/26" in row[4]  # US short date: 11/20/26, local time
    headers = [
        dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
    ]
    assert headers == ["User name", "Name", "Role", "Active", "Last sign-in"]


def test_an_account_is_added_with_a_first_password_to_change(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_accounts(qtbot, database)
    add_colleague(qtbot, dialog, monkeypatch)
    assert dialog.rows()[1] == ["lchen", "Li Chen", "Counter", "yes", "never"]
    assert dialog.selected() is not None and dialog.selected().username == "lchen"  # type: ignore[union-attr]
    with database.session() as session:
        account = session.scalar(select(StaffAccount).where(StaffAccount.username == "lchen"))
        assert account is not None and account.must_change_password
        assert account.password_hash.startswith("$argon2id$")


def test_a_name_already_taken_is_refused_in_the_dialog(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_accounts(qtbot, database)
    made: list[NewAccountDialog] = []
    original = NewAccountDialog.save

    def remember(self: NewAccountDialog) -> None:
        made.append(self)
        original(self)

    monkeypatch.setattr(NewAccountDialog, "save", remember)
    add_colleague(qtbot, dialog, monkeypatch, username="Admin", name="Another")
    assert made[0].problem.text() == "There is already an account named admin."
    assert len(dialog.rows()) == 1


def test_a_role_is_changed_and_the_last_administrator_kept(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_accounts(qtbot, database)
    add_colleague(qtbot, dialog, monkeypatch)
    offered: list[list[str]] = []

    def choose(role: str):  # type: ignore[no-untyped-def]
        def get_item(_parent, _title, _label, items, *_args):  # type: ignore[no-untyped-def]
            offered.append(list(items))
            return role, True

        return get_item

    monkeypatch.setattr(QInputDialog, "getItem", choose("Adviser"))
    dialog.select("lchen")
    dialog.role_button.click()
    assert offered[0] == ["Counter", "Adviser", "Coordinator", "Administrator"]
    assert dialog.rows()[1][2] == "Adviser"

    monkeypatch.setattr(QInputDialog, "getItem", choose("Counter"))
    dialog.select("admin")
    dialog.role_button.click()
    assert dialog.problem.text() == (
        "This is the last active administrator's account: it stays as it is."
    )
    assert dialog.rows()[0][2] == "Administrator"


def test_an_account_is_switched_off_and_on(
    qtbot: QtBot,
    database: Database,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
    answers: list[str],
) -> None:
    dialog = open_accounts(qtbot, database)
    add_colleague(qtbot, dialog, monkeypatch)
    dialog.select("lchen")
    assert dialog.active_button.text() == "Switch &off"
    dialog.active_button.click()
    assert answers[0].startswith("Switch off the account of Li Chen?")
    assert dialog.rows()[1][3] == "no — switched off"
    assert dialog.active_button.text() == "Switch &on"
    dialog.active_button.click()
    assert dialog.rows()[1][3] == "yes"
    assert len(answers) == 1  # switching on asks nothing

    dialog.select("admin")
    dialog.active_button.click()
    assert dialog.problem.text() == (
        "This is the last active administrator's account: it stays as it is."
    )


def test_a_password_is_reset_to_a_temporary_one(
    qtbot: QtBot, database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_accounts(qtbot, database)
    add_colleague(qtbot, dialog, monkeypatch)

    def fill(reset: ResetPasswordDialog) -> int:
        reset.show()
        qtbot.keyClicks(reset.passwords.password, "lchen")
        assert "✗ The password cannot be the user name." in reset.passwords.verdict.text()
        reset.passwords.clear()
        qtbot.keyClicks(reset.passwords.password, "temporary 4567")
        qtbot.keyClicks(reset.passwords.repeat, "temporary 4567")
        reset.save()
        return int(reset.result())

    monkeypatch.setattr(ResetPasswordDialog, "exec", fill)
    dialog.select("lchen")
    dialog.reset_button.click()
    assert sign_in(database, "lchen", "temporary 4567").must_change_password


def test_a_counter_is_told_they_may_not_manage_accounts(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    with database.writing() as session:
        counter = create_account(session, "lchen", "Li Chen", Role.COUNTER, PASSWORD)
    database.actor = counter.actor()
    dialog = open_accounts(qtbot, database)
    assert dialog.rows() == []
    assert dialog.problem.text() == (
        "Your role (Counter) does not allow you to manage staff accounts. Ask an administrator."
    )
    assert not dialog.add_button.isEnabled()


def test_the_accounts_in_french(qtbot: QtBot, database: Database, admin: Actor) -> None:
    dialog = open_accounts(qtbot, database, "fr")
    assert dialog.rows()[0][2] == "Administrateur"


# --- settings -----------------------------------------------------------------------------------


def open_settings(qtbot: QtBot, database: Database) -> SettingsDialog:
    dialog = SettingsDialog(database=database, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_single_desk_is_chosen_only_after_saying_what_it_means(
    qtbot: QtBot,
    database: Database,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_settings(qtbot, database)
    assert dialog.accounts_choice.isChecked()
    dialog.single_choice.setChecked(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    dialog.save()
    assert dialog.isVisible()
    with database.session() as session:
        assert sign_in_mode(session) is SignInMode.ACCOUNTS
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog.save()
    assert not dialog.isVisible()
    with database.session() as session:
        assert sign_in_mode(session) is SignInMode.SINGLE_DESK


def test_the_retention_period_is_set_in_months(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    dialog = open_settings(qtbot, database)
    assert dialog.retention.value() == privacy.DEFAULT_RETENTION_MONTHS
    assert dialog.retention.suffix() == " months"
    dialog.retention.setValue(36)
    dialog.save()
    with database.session() as session:
        assert privacy.retention_months(session) == 36
        assert sign_in_mode(session) is SignInMode.ACCOUNTS


def test_settings_refused_to_another_role_say_why(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    dialog = open_settings(qtbot, database)
    database.actor = Actor("Li Chen", Role.COORDINATOR, 99)
    dialog.retention.setValue(12)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.problem.text() == (
        "Your role (Coordinator) does not allow you to change the desk's settings. "
        "Ask an administrator."
    )
