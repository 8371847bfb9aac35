"""Opening the desk: the first start (the administrator, or a single desk), the sign-in, and a
new password when one must be chosen.

Every refusal (a wrong password, a locked or switched-off account, a password too short) is the
service's own sentence, translated, shown in the dialog, which stays open.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import Role
from welcome_desk.services.accounts import (
    AccountView,
    change_own_password,
    create_account,
    needs_first_administrator,
    sign_in,
)
from welcome_desk.services.settings import SignInMode, set_sign_in_mode, sign_in_mode
from welcome_desk.ui.password_fields import PasswordFields
from welcome_desk.ui.refusal import Refused, attempt, dialog_buttons, problem_label, say


def confirm_single_desk(parent: QWidget, user: str) -> bool:
    """The staff say they understand what a desk without sign-in means."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Single desk"),
        parent.tr(
            "Without sign-in, anyone who can use this computer opens the desk as administrator, "
            "under the computer's user name (%1): the audit trail cannot tell colleagues apart. "
            "Choose it only for a desk that one person uses.\n\nOpen without signing in?"
        ).replace("%1", user),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class FirstStartDialog(QDialog):
    """No account yet: create the administrator's, or choose a single desk without sign-in."""

    def __init__(self, *, database: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self.account: AccountView | None = None  # made and signed in (else: single desk)
        self.setWindowTitle(self.tr("Welcome Desk — first start"))
        intro = QLabel(
            self.tr("No staff account exists yet on this database. How should the desk open?")
        )
        intro.setWordWrap(True)
        self.accounts_choice = QRadioButton(self.tr("&Create the administrator account"))
        self.accounts_choice.setChecked(True)
        accounts_help = QLabel(
            self.tr(
                "Everyone signs in with their own account. The administrator adds the "
                "colleagues' accounts and chooses what each role may do: counter, adviser, "
                "coordinator, administrator."
            )
        )
        self.single_choice = QRadioButton(
            self.tr("This PC is a &single desk: open without signing in")
        )
        single_help = QLabel(
            self.tr(
                "No accounts: whoever uses this computer works as administrator, under the "
                "computer's user name (%1). An administrator can turn sign-in on later in "
                "Administration › Settings."
            ).replace("%1", database.actor.name)
        )
        for label in (accounts_help, single_help):
            label.setWordWrap(True)
            label.setIndent(24)
        choices = QButtonGroup(self)
        choices.addButton(self.accounts_choice)
        choices.addButton(self.single_choice)

        self.username = QLineEdit(placeholderText=self.tr("e.g. mdupont"))
        self.display_name = QLineEdit(placeholderText=self.tr("e.g. Marie Dupont"))
        self.account_form = QWidget()
        form = QFormLayout(self.account_form)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Name (as colleagues know it):"), self.display_name)
        self.passwords = PasswordFields(
            language=language, username=self.username.text, form=form, parent=self
        )
        self.username.textChanged.connect(self.passwords.check)
        self.problem = problem_label()
        self.buttons = dialog_buttons(self, self.finish)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.accounts_choice)
        layout.addWidget(accounts_help)
        layout.addWidget(self.account_form)
        layout.addSpacing(8)
        layout.addWidget(self.single_choice)
        layout.addWidget(single_help)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for change in (
            self.accounts_choice.toggled,
            self.username.textChanged,
            self.display_name.textChanged,
            self.passwords.changed,
        ):
            change.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _update(self, *_args: object) -> None:
        creating = self.accounts_choice.isChecked()
        self.account_form.setEnabled(creating)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if creating:
            ok.setText(self.tr("Create and &open"))
            ok.setEnabled(
                bool(self.username.text().strip())
                and bool(self.display_name.text().strip())
                and self.passwords.is_good()
            )
        else:
            ok.setText(self.tr("&Open without sign-in"))
            ok.setEnabled(True)

    def finish(self) -> None:
        if self.single_choice.isChecked():
            if not confirm_single_desk(self, self._database.actor.name):
                return
            self._single_desk()
        else:
            self._create()

    def _single_desk(self) -> None:
        def work() -> None:
            with self._database.writing() as session:
                set_sign_in_mode(session, SignInMode.SINGLE_DESK)

        try:
            attempt(work, database=self._database, language=self._language)
        except Refused as refused:
            say(self.problem, refused.text)
            return
        self.accept()

    def _create(self) -> None:
        username, password = self.username.text(), self.passwords.value()

        def work() -> AccountView:
            with self._database.writing() as session:
                create_account(
                    session, username, self.display_name.text(), Role.ADMINISTRATOR, password
                )
            return sign_in(self._database, username, password)

        try:
            self.account = attempt(work, database=self._database, language=self._language)
        except Refused as refused:
            say(self.problem, refused.text)
            return
        self.accept()


class SignInDialog(QDialog):
    """User name and password; Enter signs in. A new password is asked for at once when an
    administrator reset it."""

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self.account: AccountView | None = None
        self.setWindowTitle(self.tr("Sign in — Welcome Desk"))
        title = QLabel(self.tr("Welcome Desk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Maison Internationale — sign in with your staff account."))
        subtitle.setWordWrap(True)
        self.username = QLineEdit(username)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.problem = problem_label()
        self.buttons = dialog_buttons(self, self.try_sign_in)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def try_sign_in(self) -> None:
        username, password = self.username.text(), self.password.text()
        if not username.strip():
            self.username.setFocus()
            return
        try:
            account = attempt(
                lambda: sign_in(self._database, username, password),
                database=self._database,
                language=self._language,
            )
        except Refused as refused:
            self._refused(refused.text)
            return
        if account.must_change_password and not self._new_password(account, password):
            self._refused(self.tr("Choose your new password to go on."))
            return
        self.account = account
        self.accept()

    def _refused(self, text: str) -> None:
        say(self.problem, text)
        self.password.clear()
        self.password.setFocus()

    def _new_password(self, account: AccountView, current: str) -> bool:
        dialog = NewPasswordDialog(
            database=self._database,
            language=self._language,
            account=account,
            current=current,
            parent=self,
        )
        return dialog.exec() == QDialog.DialogCode.Accepted


class NewPasswordDialog(QDialog):
    """The signed-in person chooses a new password: asked for the current one, unless it was
    just typed to sign in with a temporary password."""

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        account: AccountView,
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._account = account
        self._current = current
        self.setWindowTitle(self.tr("Change my password"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "%1, an administrator gave you a temporary password. Choose your own now: "
                "only you will know it."
            ).replace("%1", account.display_name)
        )
        self.intro.setWordWrap(True)
        self.intro.setVisible(current is not None)
        layout.addWidget(self.intro)
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        if current is None:
            form = QFormLayout()
            form.addRow(self.tr("&Current password:"), self.current)
            layout.addLayout(form)
        self.passwords = PasswordFields(
            language=language,
            username=lambda: account.username,
            first_label=self.tr("&New password:"),
        )
        layout.addWidget(self.passwords)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        self.buttons = dialog_buttons(self, self.save)
        layout.addWidget(self.buttons)
        self.passwords.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(460)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.passwords.is_good())

    def save(self) -> None:
        current = self._current if self._current is not None else self.current.text()
        new = self.passwords.value()
        database, account = self._database, self._account

        def work() -> None:
            previous = database.actor
            database.actor = account.actor()  # one's own password, under one's own name
            try:
                with database.writing() as session:
                    change_own_password(session, account.id, current, new)
            finally:
                database.actor = previous

        try:
            attempt(work, database=database, language=self._language)
        except Refused as refused:
            say(self.problem, refused.text)
            return
        self.accept()


@dataclass(frozen=True, slots=True)
class Opening:
    """Who the window opens for."""

    actor: Actor
    single_desk: bool = False
    account: AccountView | None = None


def open_desk(
    database: Database,
    language: str,
    *,
    system_actor: Actor,
    username: str = "",
    parent: QWidget | None = None,
) -> Opening | None:
    """Ask who opens the desk (None: they chose to quit) and act as them on ``database``."""
    database.actor = system_actor  # only until someone signs in
    with database.session() as session:
        first = needs_first_administrator(session)
        mode = sign_in_mode(session)
    if first:
        start = FirstStartDialog(database=database, language=language, parent=parent)
        if start.exec() != QDialog.DialogCode.Accepted:
            return None
        if start.account is None:
            return Opening(system_actor, single_desk=True)
        database.actor = start.account.actor()
        return Opening(database.actor, account=start.account)
    if mode is SignInMode.SINGLE_DESK:
        return Opening(system_actor, single_desk=True)
    dialog = SignInDialog(database=database, language=language, username=username, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
        return None
    database.actor = dialog.account.actor()
    return Opening(database.actor, account=dialog.account)
