"""File › Database…: which database this computer's desk opens — the local file, or a server
shared by several desks. A per-computer setting, reachable when the server is down (also from
the start-up error), so it is not an administrator's setting kept in the database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from welcome_desk.connection_settings import (
    ConnectionSettingsError,
    Source,
    check_database,
    forget,
    keyring_problem,
    keyring_user,
    save,
    saved_address,
    saved_url,
    saving_problem,
)
from welcome_desk.db.engine import describe_url
from welcome_desk.domain.messages import Message
from welcome_desk.i18n import translator
from welcome_desk.paths import AppPaths
from welcome_desk.ui.refusal import dialog_buttons
from welcome_desk.ui.tasks import Job, TaskRunner

SERVER_DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


class DatabaseDialog(QDialog):
    """Choose, try and save the database; it is used from the next start (``at_start``: the
    start-up error's own offer, where the desk tries it at once)."""

    def __init__(
        self,
        *,
        paths: AppPaths,
        language: str,
        runner: TaskRunner,
        in_use: str | None = None,
        source: Source | None = None,
        at_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._language = language
        self._runner = runner
        self._at_start = at_start
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Database"))
        try:
            saved = saved_address(paths)
        except ConnectionSettingsError:
            saved = None  # damaged: chosen again here
        self._saved = saved if saved is not None and saved.host else None
        self._keyring_missing = keyring_problem("") is not None
        self._kept: str | None = None  # the saved server's password, from the keyring
        if self._saved is not None and not self._keyring_missing:
            try:
                url = saved_url(paths)
            except ConnectionSettingsError:
                url = None
            self._kept = None if url is None else url.password

        intro = self.in_use_label = QLabel()
        intro.setWordWrap(True)
        if in_use is not None:
            intro.setText(self.tr("This desk opened: %1").replace("%1", in_use))
        else:
            intro.hide()
        self.override = QLabel()
        self.override.setWordWrap(True)
        if source is Source.OPTION:
            self.override.setText(
                self.tr("It was chosen by --database, which comes before this setting.")
            )
        elif source is Source.ENVIRONMENT:
            self.override.setText(
                self.tr("It was chosen by WELCOME_DESK_DATABASE, which comes before this setting.")
            )
        else:
            self.override.hide()

        self.local_choice = QRadioButton(self.tr("&Local file on this computer (the default)"))
        local_file = QLabel(str(paths.database_file))
        local_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        local_file.setContentsMargins(24, 0, 0, 0)
        self.server_choice = QRadioButton(self.tr("&Server shared by several desks (PostgreSQL)"))
        group = QButtonGroup(self)
        group.addButton(self.local_choice)
        group.addButton(self.server_choice)

        self.host = QLineEdit(placeholderText=self.tr("e.g. db.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.name = QLineEdit(placeholderText="welcome_desk")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_form = QWidget()
        form = QFormLayout(self.server_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database name:"), self.name)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        form.addRow(self.password_note)

        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.buttons = dialog_buttons(self, self.save, QDialogButtonBox.StandardButton.Save)
        later = QLabel(
            self.tr("The desk opens the chosen database at its next start.")
            if not at_start
            else self.tr("The desk opens the chosen database as soon as it is saved.")
        )
        later.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.override)
        layout.addWidget(self.local_choice)
        layout.addWidget(local_file)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addWidget(later)
        layout.addWidget(self.buttons)

        self._fill(self._saved)
        self.local_choice.toggled.connect(self._update)
        for field in (self.host, self.name, self.user):
            field.textChanged.connect(self._update)
        self.port.valueChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(520)

    # --- the form ----------------------------------------------------------------------

    def _fill(self, saved: URL | None) -> None:
        if saved is None:
            self.local_choice.setChecked(True)
            return
        self.server_choice.setChecked(True)
        self.host.setText(saved.host or "")
        self.port.setValue(saved.port or DEFAULT_PORT)
        self.name.setText(saved.database or "")
        self.user.setText(saved.username or "")

    def _kept_password(self) -> bool:
        """Whether the saved server's password is in the keyring and the form still names that
        server: its empty password field then means "keep it"."""
        if self._saved is None or self._kept is None:
            return False
        return keyring_user(self._form_url(None)) == keyring_user(self._saved)

    def _update(self, *_args: object) -> None:
        server = self.server_choice.isChecked()
        self.server_form.setEnabled(server)
        self.test_button.setEnabled(server and self._job is None)
        if self._keyring_missing:
            self.password_note.setText(
                self.tr(
                    "No system keyring on this computer: leave the password empty and let the "
                    "server know this desk another way (~/.pgpass, PGPASSWORD, its own "
                    "authentication). A password is never written in a file."
                )
            )
            self.password.setPlaceholderText("")
        elif self._kept_password():
            self.password_note.setText(
                self.tr("The password is kept in the system keyring, never in a file.")
            )
            self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        else:
            self.password_note.setText(
                self.tr("The password is kept in the system keyring, never in a file.")
            )
            self.password.setPlaceholderText("")

    def _form_url(self, password: str | None) -> URL:
        return URL.create(
            SERVER_DRIVER,
            username=self.user.text().strip() or None,
            password=password or None,
            host=self.host.text().strip() or None,
            port=self.port.value(),
            database=self.name.text().strip() or None,
        )

    def server_url(self) -> URL | None:
        """The server the form names, with its password (typed, or the one kept), or None
        with the reason shown when the form is not complete."""
        if not self.host.text().strip() or not self.name.text().strip():
            self._show(self.tr("Give the server's host and the database's name."), ok=False)
            return None
        typed = self.password.text()
        if not typed and self._kept_password():
            typed = self._kept or ""
        return self._form_url(typed)

    def _show(self, text: str, *, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("" if ok else "color: #b00020;")
        self.result.show()

    def _say(self, msg: Message) -> None:
        self._show(msg.render(translator(self._language)), ok=False)

    # --- trying and saving -------------------------------------------------------------

    def _try(self, url: URL, then: Callable[[URL], None]) -> None:
        """Open ``url`` (its tables created or migrated) off the window's thread, then ``then``
        on it when the desk can work there."""
        problem = saving_problem(url)
        if problem is not None:
            self._say(problem)
            return
        backup_dir = self._paths.backup_dir
        job = Job(lambda _progress, _cancelled: check_database(url, backup_dir))
        self._job = job
        self._busy(True)
        self._show(
            self.tr("Connecting to %1…").replace("%1", describe_url(url)),
            ok=True,
        )

        def finished(problem: object) -> None:
            self._job = None
            self._busy(False)
            if problem is not None:
                self._say(cast(Message, problem))
                return
            then(url)

        def failed(error: object) -> None:
            self._job = None
            self._busy(False)
            self._show(
                self.tr("The connection could not be tried (%1).").replace(
                    "%1", type(error).__name__
                ),
                ok=False,
            )

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._runner.start(job)

    def _busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        self.local_choice.setEnabled(not busy)
        self.server_choice.setEnabled(not busy)
        self._update()
        self.test_button.setEnabled(not busy and self.server_choice.isChecked())

    def test_connection(self) -> None:
        url = self.server_url()
        if url is not None:
            self._try(url, self._works)

    def _works(self, url: URL) -> None:
        self._show(
            self.tr("The connection works: the database %1 is ready.").replace(
                "%1", describe_url(url)
            ),
            ok=True,
        )

    def save(self) -> None:
        if self._job is not None:
            return
        if self.local_choice.isChecked():
            try:
                forget(self._paths)
            except ConnectionSettingsError as error:
                self._say(error.message)
                return
            self._saved_now(str(self._paths.database_file))
            return
        url = self.server_url()
        if url is not None:
            self._try(url, self._keep)

    def _keep(self, url: URL) -> None:
        try:
            save(self._paths, url)
        except ConnectionSettingsError as error:
            self._say(error.message)
            return
        self._saved_now(describe_url(url))

    def _saved_now(self, where: str) -> None:
        if not self._at_start:
            QMessageBox.information(
                self,
                self.tr("Database"),
                self.tr(
                    "Saved: the desk opens %1 at its next start. Close the desk and start it "
                    "again to work there."
                ).replace("%1", where),
            )
        self.accept()


def offer_at_start(text: str, *, paths: AppPaths, language: str) -> bool:
    """The start-up error when the database cannot be opened, in a window (started from a
    desktop icon, nobody reads standard error), with the choice of another database. True when
    one was saved: the desk then tries it at once."""
    from welcome_desk.ui.app import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = install_translators(app, language)
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, "Welcome Desk", text)
        choose = box.addButton(
            QCoreApplication.translate("DatabaseDialog", "Choose the &database…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is not choose:
            return False
        runner = TaskRunner()
        dialog = DatabaseDialog(paths=paths, language=language, runner=runner, at_start=True)
        saved = dialog.exec() == QDialog.DialogCode.Accepted.value
        runner.wait_for_all()
        return saved
    finally:
        for translator in translators:
            app.removeTranslator(translator)
