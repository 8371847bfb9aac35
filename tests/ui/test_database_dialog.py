"""File › Database…: the local file or a server, tried off the window's thread, saved with its
password in the keyring (or refused without one), used from the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL, make_url
from window_doubles import record_boxes

from backends import ON_POSTGRES, Databases
from keyrings import (
    MemoryKeyring,
    memory_keyring,  # noqa: F401 (the fixture `memory`)
    missing_keyring,
    using,
)
from welcome_desk.cli.main import main
from welcome_desk.connection_settings import (
    KEYRING_SERVICE,
    Source,
    save,
    saved_address,
    settings_file,
)
from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.paths import AppPaths, app_paths
from welcome_desk.services.templates import shipped_template
from welcome_desk.ui import database_dialog
from welcome_desk.ui.database_dialog import DatabaseDialog
from welcome_desk.ui.main_window import MainWindow
from welcome_desk.ui.tasks import TaskRunner

SERVER = "postgresql+psycopg://desk:s3cret-pa55@db.example.org:5432/welcome"


@pytest.fixture
def paths(private_home: Path) -> AppPaths:
    return app_paths()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the dialog said in message boxes (never shown)."""
    return record_boxes(monkeypatch, "information")


@pytest.fixture
def server_answers(monkeypatch: pytest.MonkeyPatch) -> list[URL]:
    """Every server tried works (its tables made), without a server: the addresses tried."""
    tried: list[URL] = []

    def check(url: URL, _backup_dir: Path) -> None:
        tried.append(url)

    monkeypatch.setattr(database_dialog, "check_database", check)
    return tried


def make_dialog(
    qtbot: QtBot, paths: AppPaths, runner: TaskRunner, **options: object
) -> DatabaseDialog:
    dialog = DatabaseDialog(paths=paths, language="en", runner=runner, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot: QtBot, dialog: DatabaseDialog, url: URL) -> None:
    dialog.server_choice.click()
    for field, value in (
        (dialog.host, url.host),
        (dialog.name, url.database),
        (dialog.user, url.username),
        (dialog.password, url.password),
    ):
        field.clear()
        qtbot.keyClicks(field, value or "")
    dialog.port.setValue(url.port or 5432)


def test_a_new_computer_opens_on_the_local_file(
    qtbot: QtBot, paths: AppPaths, runner: TaskRunner, memory: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, paths, runner, in_use=str(paths.database_file))
    assert dialog.local_choice.isChecked()
    assert not dialog.server_form.isEnabled() and not dialog.test_button.isEnabled()
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    dialog.server_choice.click()
    assert dialog.server_form.isEnabled() and dialog.test_button.isEnabled()


def test_testing_an_unreachable_server_says_so_and_saves_nothing(
    qtbot: QtBot, paths: AppPaths, runner: TaskRunner, memory: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, paths, runner)
    fill(qtbot, dialog, make_url("postgresql+psycopg://desk:s3cret@host.invalid/desk"))

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "cannot be reached" in dialog.result.text(), timeout=30_000)
    assert "s3cret" not in dialog.result.text()
    assert dialog.test_button.isEnabled()
    assert not settings_file(paths).exists() and memory.passwords == {}


def test_an_incomplete_form_is_told(
    qtbot: QtBot, paths: AppPaths, runner: TaskRunner, memory: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, paths, runner)
    dialog.server_choice.click()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "host" in dialog.result.text()


def test_saving_a_server_keeps_its_password_in_the_keyring(
    qtbot: QtBot,
    paths: AppPaths,
    runner: TaskRunner,
    memory: MemoryKeyring,
    server_answers: list[URL],
    told: list[str],
) -> None:
    dialog = make_dialog(qtbot, paths, runner)
    fill(qtbot, dialog, make_url(SERVER))

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert server_answers == [make_url(SERVER)]  # tried before it was saved
    assert b"s3cret" not in settings_file(paths).read_bytes()
    assert saved_address(paths) == make_url(SERVER)._replace(password=None)
    assert memory.passwords == {
        (KEYRING_SERVICE, "desk@db.example.org:5432/welcome"): "s3cret-pa55"
    }
    assert told and "next start" in told[0] and "s3cret" not in told[0]


def test_reopened_it_shows_the_server_and_keeps_the_password(
    qtbot: QtBot,
    paths: AppPaths,
    runner: TaskRunner,
    memory: MemoryKeyring,
    server_answers: list[URL],
    told: list[str],
) -> None:
    save(paths, make_url(SERVER))

    dialog = make_dialog(qtbot, paths, runner)

    assert dialog.server_choice.isChecked()
    assert (dialog.host.text(), dialog.port.value()) == ("db.example.org", 5432)
    assert (dialog.name.text(), dialog.user.text()) == ("welcome", "desk")
    assert dialog.password.text() == "" and "keyring" in dialog.password.placeholderText()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert server_answers == [make_url(SERVER)]  # the kept password, tried
    assert list(memory.passwords.values()) == ["s3cret-pa55"]


def test_without_a_keyring_a_password_is_refused(
    qtbot: QtBot, paths: AppPaths, runner: TaskRunner, server_answers: list[URL]
) -> None:
    with using(missing_keyring()):
        dialog = make_dialog(qtbot, paths, runner)
        assert "No system keyring" in dialog.password_note.text()
        fill(qtbot, dialog, make_url(SERVER))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

        assert "keyring" in dialog.result.text() and dialog.isVisible()
        assert server_answers == []  # refused before the server is touched
        assert not settings_file(paths).exists()


def test_without_a_keyring_a_server_without_password_is_saved(
    qtbot: QtBot, paths: AppPaths, runner: TaskRunner, server_answers: list[URL], told: list[str]
) -> None:
    with using(missing_keyring()):
        dialog = make_dialog(qtbot, paths, runner)
        fill(qtbot, dialog, make_url(SERVER)._replace(password=None))
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert saved_address(paths) == make_url(SERVER)._replace(password=None)


def test_back_to_the_local_file(
    qtbot: QtBot, paths: AppPaths, runner: TaskRunner, memory: MemoryKeyring, told: list[str]
) -> None:
    save(paths, make_url(SERVER))
    dialog = make_dialog(qtbot, paths, runner)
    dialog.local_choice.click()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not settings_file(paths).exists() and memory.passwords == {}


def test_an_override_is_said(
    qtbot: QtBot, paths: AppPaths, runner: TaskRunner, memory: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, paths, runner, source=Source.ENVIRONMENT, in_use="x")
    assert "WELCOME_DESK_DATABASE" in dialog.override.text() and dialog.override.isVisible()


@pytest.mark.skipif(not ON_POSTGRES, reason="needs the PostgreSQL server of the test run")
def test_a_real_server_is_tried_and_saved(
    qtbot: QtBot,
    paths: AppPaths,
    runner: TaskRunner,
    memory: MemoryKeyring,
    databases: Databases,
    told: list[str],
) -> None:
    where = databases.new()
    try:
        dialog = make_dialog(qtbot, paths, runner)
        fill(qtbot, dialog, make_url(where))
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "connection works" in dialog.result.text(), timeout=30_000)
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert saved_address(paths) == make_url(where)._replace(password=None)
    finally:
        databases.drop(where)


def test_file_menu_opens_it(
    qtbot: QtBot,
    database: Database,
    paths: AppPaths,
    memory: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[DatabaseDialog] = []

    def exec_(dialog: DatabaseDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(DatabaseDialog, "exec", exec_)
    window = MainWindow(
        database=database,
        language="en",
        actor=Actor("test-desk"),
        template=shipped_template(),
        paths=paths,
    )
    qtbot.addWidget(window)
    assert window.database_action in window.menuBar().actions()[0].menu().actions()
    window.database_action.trigger()
    assert len(opened) == 1
    assert "This desk opened" in opened[0].in_use_label.text()


def _start_window(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The window's start, replaced: the databases it was given."""
    opened: list[str] = []

    def run(database: Database, *_args: object, **_options: object) -> int:
        opened.append(database.describe())
        return 0

    monkeypatch.setattr("welcome_desk.ui.app.run", run)
    return opened


def test_the_start_up_error_offers_another_database_tried_at_once(
    qapp: object,
    paths: AppPaths,
    memory: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save(paths, make_url(f"sqlite:///{tmp_path / 'gone' / 'desk.sqlite3'}"))
    good = tmp_path / "good.sqlite3"
    said: list[str] = []

    def box_exec(box: QMessageBox) -> int:
        said.append(box.text())
        next(b for b in box.buttons() if "database" in b.text().lower()).click()
        return 0

    def dialog_exec(dialog: DatabaseDialog) -> int:
        save(paths, make_url(f"sqlite:///{good}"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(DatabaseDialog, "exec", dialog_exec)
    opened = _start_window(monkeypatch)

    assert main(["--lang", "en", "gui"]) == 0
    assert opened == [str(good)]
    assert len(said) == 1 and "cannot be opened" in said[0]


def test_closing_the_start_up_error_ends_as_before(
    qapp: object,
    paths: AppPaths,
    memory: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save(paths, make_url(f"sqlite:///{tmp_path / 'gone' / 'desk.sqlite3'}"))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 0)
    opened = _start_window(monkeypatch)

    assert main(["--lang", "en", "gui"]) == 2
    assert opened == [] and "cannot be opened" in capsys.readouterr().err
