"""Who works in the window: their name and role in the status bar, signing out, their password,
the administrator's menu, and what their role does not offer hidden.

Hiding is for the staff's comfort only: the services refuse what a role may not do whatever
the window shows (``NotAllowed``), and the window then shows that sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.db.trust_models import StaffAccount
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import ROLE_LABELS, NotAllowed, Permission
from welcome_desk.i18n import translator
from welcome_desk.services.accounts import AccountView

# What each of the window's actions needs; an action whose permission the role lacks is hidden.
ACTION_PERMISSIONS = {
    "import_action": Permission.IMPORT_PEOPLE,
    "pack_action": Permission.MAKE_PACKS,
    "packs_action": Permission.MAKE_PACKS,
    "statistics_action": Permission.EXPORT_STATISTICS,
    "new_person_action": Permission.REGISTER_PEOPLE,
    "edit_person_action": Permission.EDIT_PEOPLE,
    "export_data_action": Permission.EXPORT_PERSON_DATA,
    "erase_action": Permission.ERASE_PEOPLE,
}


class StaffControls(QObject):
    """The staff part of the main window (made by it, living as long as it)."""

    sign_out_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        *,
        database: Database,
        language: str,
        actor: Actor,
        single_desk: bool = False,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._language = language
        self.actor = actor
        self.single_desk = single_desk
        self.who = QLabel(self.who_text())
        self.who.setObjectName("signed_in")
        self.sign_out_action: QAction | None = None
        self.password_action: QAction | None = None
        self.administration_menu: QMenu | None = None
        self.accounts_action: QAction | None = None
        self.settings_action: QAction | None = None

    # --- what is shown --------------------------------------------------------------------

    def who_text(self) -> str:
        role = translator(self._language)(ROLE_LABELS[self.actor.role])
        if self.single_desk:
            return self.tr("Single desk — no sign-in")
        if self.actor.account_id is not None:
            return self.tr("Signed in: %1 (%2)").replace("%1", self.actor.name).replace("%2", role)
        return self.tr("%1 (%2)").replace("%1", self.actor.name).replace("%2", role)

    def add_file_actions(self, menu: QMenu) -> None:
        """Change my password and Sign out, for a signed-in account."""
        if self.actor.account_id is None:
            return
        self.password_action = QAction(self.tr("Change my pass&word…"), self._window)
        self.password_action.triggered.connect(self.change_password)
        self.sign_out_action = QAction(self.tr("Sign &out"), self._window)
        self.sign_out_action.setShortcut("Ctrl+Shift+L")
        self.sign_out_action.triggered.connect(self.sign_out_requested.emit)
        for action in (self.password_action, self.sign_out_action):
            self._window.addAction(action)
            menu.addAction(action)
        menu.addSeparator()

    def add_administration_menu(self, bar: QMenuBar) -> None:
        """Accounts and Settings, for administrators only."""
        if not self.actor.can(Permission.MANAGE_ACCOUNTS):
            return
        self.administration_menu = bar.addMenu(self.tr("&Administration"))
        self.accounts_action = QAction(self.tr("&Accounts…"), self._window)
        self.accounts_action.triggered.connect(self.show_accounts)
        self.settings_action = QAction(self.tr("&Settings…"), self._window)
        self.settings_action.triggered.connect(self.show_settings)
        self.administration_menu.addAction(self.accounts_action)
        self.administration_menu.addAction(self.settings_action)

    def apply_role(self, buttons: dict[QWidget, Permission]) -> None:
        """Hide the actions and ``buttons`` this role cannot use; name who works."""
        for name, permission in ACTION_PERMISSIONS.items():
            action = getattr(self._window, name, None)
            if isinstance(action, QAction) and not self.actor.can(permission):
                action.setVisible(False)
                action.setEnabled(False)  # no shortcut either
        for button, permission in buttons.items():
            if not self.actor.can(permission):
                button.hide()
        self._window.statusBar().addPermanentWidget(self.who)

    def allowed(self, permission: Permission) -> bool:
        """True when the role allows ``permission``; else the service's sentence is shown."""
        if self.actor.can(permission):
            return True
        self.refused(NotAllowed(self.actor, permission))
        return False

    def refused(self, error: NotAllowed) -> None:
        QMessageBox.warning(
            self._window,
            self.tr("Not allowed"),
            error.message.render(translator(self._language)),
        )

    def leave_work(self) -> bool:
        """Before signing out: each open dialog closes as its own Cancel does (a form with
        unsaved edits asks first), then the person file's unsaved edits are asked about. False
        when the staff chose to stay."""
        for dialog in self._window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()
                if dialog.isVisible():
                    return False
        person_file = getattr(self._window, "person_file", None)
        confirm = getattr(person_file, "confirm_leave", None)
        return confirm() if callable(confirm) else True

    # --- actions --------------------------------------------------------------------------

    def change_password(self) -> None:
        from welcome_desk.ui.sign_in import NewPasswordDialog

        if self.actor.account_id is None:
            return
        with self._database.session() as session:
            row = session.get(StaffAccount, self.actor.account_id)
            if row is None:
                return
            account = AccountView.of(row)
        dialog = NewPasswordDialog(
            database=self._database, language=self._language, account=account, parent=self._window
        )
        if dialog.exec() == dialog.DialogCode.Accepted:
            self._window.statusBar().showMessage(self.tr("Your password was changed."), 5000)

    def show_accounts(self) -> None:
        from welcome_desk.ui.accounts_dialog import AccountsDialog

        if not self.allowed(Permission.MANAGE_ACCOUNTS):
            return
        dialog = AccountsDialog(
            database=self._database, language=self._language, parent=self._window
        )
        dialog.exec()

    def show_settings(self) -> None:
        from welcome_desk.ui.settings_dialog import SettingsDialog

        if not self.allowed(Permission.MANAGE_SETTINGS):
            return
        dialog = SettingsDialog(
            database=self._database, language=self._language, parent=self._window
        )
        dialog.exec()
