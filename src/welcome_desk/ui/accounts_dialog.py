"""The administrator's list of staff accounts: add one, change a role, reset a password, switch
an account off or on. Accounts are never deleted: the audit trail keeps naming them.

Every refusal of the service (the last administrator kept, a name already taken, a role that may
not manage accounts) is its own sentence, shown under the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.domain.roles import ROLE_LABELS, Role
from welcome_desk.i18n import translator
from welcome_desk.services.accounts import (
    AccountView,
    create_account,
    list_accounts,
    reset_password,
    set_active,
    set_role,
)
from welcome_desk.ui.password_fields import PasswordFields
from welcome_desk.ui.refusal import Refused, attempt, dialog_buttons, problem_label, say

T = TypeVar("T")


def shown_time(value: datetime | None, never: str) -> str:
    """A moment in the staff's locale and time zone (short form)."""
    if value is None:
        return never
    local = value.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class AccountsDialog(QDialog):
    changed = Signal()  # an account was added or changed

    USERNAME, NAME, ROLE, ACTIVE, LAST = range(5)

    def __init__(self, *, database: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._translate = translator(language)
        self.accounts: list[AccountView] = []
        self.setWindowTitle(self.tr("Staff accounts"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("Last sign-in"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Add an account…"))
        self.role_button = QPushButton(self.tr("Change the &role…"))
        self.reset_button = QPushButton(self.tr("&Reset the password…"))
        self.active_button = QPushButton(self.tr("Switch &off"))
        self.add_button.clicked.connect(self.add_account)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.reset)
        self.active_button.clicked.connect(self.switch)
        self.problem = problem_label()
        note = QLabel(
            self.tr(
                "Counter: find, register and receive people, tick their steps. Adviser: also "
                "records and welcome packs. Coordinator: also imports and statistics. "
                "Administrator: also accounts, settings and the audit trail."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.add_button, self.role_button, self.reset_button, self.active_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(middle)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(840, 380)
        self.refresh()

    # --- the list -------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        """Read the accounts again; select ``keep`` (an account id) or the current one."""
        current = keep if keep is not None else self.selected_id()

        def work() -> list[AccountView]:
            with self._database.session() as session:
                return list_accounts(session)

        try:
            self.accounts = self._attempt(work)
        except Refused as refused:
            self.accounts = []
            self._say(refused.text)
            self.add_button.setEnabled(False)
        never = self.tr("never")
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            values = (
                account.username,
                account.display_name,
                self._translate(ROLE_LABELS[account.role]),
                self.tr("yes") if account.active else self.tr("no — switched off"),
                shown_time(account.last_sign_in_at, never),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                if not account.active:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
            if account.id == current:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_id(self) -> int | None:
        account = self.selected()
        return account.id if account is not None else None

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.accounts[rows[0].row()]

    def select(self, username: str) -> None:
        for row, account in enumerate(self.accounts):
            if account.username == username:
                self.table.selectRow(row)

    def rows(self) -> list[list[str]]:
        """What the table shows (tests read it as the staff do)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setEnabled(account is not None)
        if account is not None and not account.active:
            self.active_button.setText(self.tr("Switch &on"))
        else:
            self.active_button.setText(self.tr("Switch &off"))

    # --- changes --------------------------------------------------------------------------

    def _attempt(self, work: Callable[[], T]) -> T:
        return attempt(work, database=self._database, language=self._language)

    def _say(self, text: str) -> None:
        say(self.problem, text)

    def _change(self, work: Callable[[], object], account_id: int | None) -> bool:
        """One change in its own transaction; the refusal shown, or the list read again."""
        self._say("")
        try:
            self._attempt(work)
        except Refused as refused:
            self._say(refused.text)
            return False
        self.refresh(keep=account_id)
        self.changed.emit()
        return True

    def add_account(self) -> None:
        dialog = NewAccountDialog(database=self._database, language=self._language, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.account is not None:
            self.refresh(keep=dialog.account.id)
            self.changed.emit()

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        roles = list(Role)
        labels = [self._translate(ROLE_LABELS[role]) for role in roles]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Change the role"),
            self.tr("Role of %1:").replace("%1", account.display_name),
            labels,
            roles.index(account.role),
            False,
        )
        if not ok or chosen not in labels:
            return
        role = roles[labels.index(chosen)]

        def work() -> None:
            with self._database.writing() as session:
                set_role(session, account.id, role)

        self._change(work, account.id)

    def reset(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = ResetPasswordDialog(
            database=self._database, language=self._language, account=account, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(keep=account.id)
            self._say("")
            self.changed.emit()

    def switch(self) -> None:
        account = self.selected()
        if account is None:
            return
        active = not account.active
        if not active:
            answer = QMessageBox.question(
                self,
                self.tr("Switch off an account"),
                self.tr(
                    "Switch off the account of %1? They can no longer sign in; their name stays "
                    "in the history of what they did. You can switch it on again."
                ).replace("%1", account.display_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return

        def work() -> None:
            with self._database.writing() as session:
                set_active(session, account.id, active)

        self._change(work, account.id)


class NewAccountDialog(QDialog):
    """A colleague's account: user name, name, role, and a first password they will change."""

    def __init__(self, *, database: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        translate = translator(language)
        self.account: AccountView | None = None
        self.setWindowTitle(self.tr("Add an account"))
        self.username = QLineEdit(placeholderText=self.tr("e.g. mdupont"))
        self.display_name = QLineEdit(placeholderText=self.tr("e.g. Marie Dupont"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(translate(ROLE_LABELS[role]), role)
        self.must_change = QCheckBox(self.tr("Ask for a new password at the first sign-in"))
        self.must_change.setChecked(True)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Name (as colleagues know it):"), self.display_name)
        form.addRow(self.tr("R&ole:"), self.role)
        self.passwords = PasswordFields(
            language=language,
            username=self.username.text,
            first_label=self.tr("&First password:"),
            form=form,
            parent=self,
        )
        self.username.textChanged.connect(self.passwords.check)
        self.buttons = dialog_buttons(self, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.must_change)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for change in (self.username.textChanged, self.display_name.textChanged):
            change.connect(self._update)
        self.passwords.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(480)

    def _update(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.username.text().strip())
            and bool(self.display_name.text().strip())
            and self.passwords.is_good()
        )

    def save(self) -> None:
        role = Role(self.role.currentData())

        def work() -> AccountView:
            with self._database.writing() as session:
                return create_account(
                    session,
                    self.username.text(),
                    self.display_name.text(),
                    role,
                    self.passwords.value(),
                    must_change_password=self.must_change.isChecked(),
                )

        try:
            self.account = attempt(work, database=self._database, language=self._language)
        except Refused as refused:
            say(self.problem, refused.text)
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    """A temporary password, to be changed by its owner at their next sign-in."""

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        account: AccountView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._account = account
        self.setWindowTitle(self.tr("Reset the password"))
        intro = QLabel(
            self.tr(
                "A temporary password for %1 (%2). Give it to them in person: they choose their "
                "own at their next sign-in. A lock after wrong passwords is lifted too."
            )
            .replace("%1", account.display_name)
            .replace("%2", account.username)
        )
        intro.setWordWrap(True)
        self.passwords = PasswordFields(
            language=language,
            username=lambda: account.username,
            first_label=self.tr("&Temporary password:"),
        )
        self.problem = problem_label()
        self.buttons = dialog_buttons(self, self.save)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Reset"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passwords)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.passwords.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(460)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.passwords.is_good())

    def save(self) -> None:
        def work() -> None:
            with self._database.writing() as session:
                reset_password(session, self._account.id, self.passwords.value())

        try:
            attempt(work, database=self._database, language=self._language)
        except Refused as refused:
            say(self.problem, refused.text)
            return
        self.accept()
