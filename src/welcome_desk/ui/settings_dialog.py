"""The desk's settings, for administrators: how the desk opens (sign-in or a single desk) and how
long the people who left are kept before they are anonymised."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.i18n import translator
from welcome_desk.services import privacy
from welcome_desk.services.accounts import has_accounts
from welcome_desk.services.settings import SignInMode, set_sign_in_mode, sign_in_mode
from welcome_desk.ui.refusal import Refused, attempt, dialog_buttons, problem_label, say
from welcome_desk.ui.sign_in import confirm_single_desk


class SettingsDialog(QDialog):
    def __init__(self, *, database: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self.setWindowTitle(self.tr("Settings"))
        with database.session() as session:
            self._mode = sign_in_mode(session)
            self._months = privacy.retention_months(session)
            self._has_accounts = has_accounts(session)

        sign_in_box = QGroupBox(self.tr("Opening the desk"))
        self.accounts_choice = QRadioButton(
            self.tr("Each member of staff &signs in with their own account")
        )
        self.single_choice = QRadioButton(self.tr("Single &desk: open without signing in"))
        group = QButtonGroup(self)
        group.addButton(self.accounts_choice)
        group.addButton(self.single_choice)
        (
            self.single_choice if self._mode is SignInMode.SINGLE_DESK else self.accounts_choice
        ).setChecked(True)
        explain = QLabel(
            self.tr(
                "Without sign-in, whoever uses this computer works as administrator under the "
                "computer's user name, and the history cannot tell colleagues apart. Changes "
                "apply at the next start."
            )
        )
        explain.setWordWrap(True)
        self.no_accounts = QLabel(
            self.tr("No account exists yet: the next start asks for the administrator's.")
        )
        self.no_accounts.setWordWrap(True)
        box_layout = QVBoxLayout(sign_in_box)
        box_layout.addWidget(self.accounts_choice)
        box_layout.addWidget(self.single_choice)
        box_layout.addWidget(explain)
        box_layout.addWidget(self.no_accounts)

        retention_box = QGroupBox(self.tr("Personal data"))
        self.retention = QSpinBox()
        self.retention.setRange(privacy.MIN_RETENTION_MONTHS, privacy.MAX_RETENTION_MONTHS)
        self.retention.setValue(self._months)
        self.retention.setSuffix(self.tr(" months"))
        retention_help = QLabel(
            self.tr(
                "People who left longer ago than this are anonymised when the retention rule "
                "is applied; the statistics stay the same."
            )
        )
        retention_help.setWordWrap(True)
        retention_form = QFormLayout(retention_box)
        retention_form.addRow(self.tr("&Keep people who left for:"), self.retention)
        retention_form.addRow(retention_help)

        self.problem = problem_label()
        buttons = dialog_buttons(self, self.save, QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(sign_in_box)
        layout.addWidget(retention_box)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.accounts_choice.toggled.connect(self._update)
        self._update()
        self.setMinimumWidth(520)

    def _update(self, *_args: object) -> None:
        self.no_accounts.setVisible(self.accounts_choice.isChecked() and not self._has_accounts)

    def chosen_mode(self) -> SignInMode:
        return SignInMode.SINGLE_DESK if self.single_choice.isChecked() else SignInMode.ACCOUNTS

    def save(self) -> None:
        mode, months = self.chosen_mode(), self.retention.value()
        if (
            mode is SignInMode.SINGLE_DESK
            and self._mode is not SignInMode.SINGLE_DESK
            and not confirm_single_desk(self, Actor.from_system_user().name)
        ):
            return

        def work() -> None:
            with self._database.writing() as session:
                if mode is not self._mode:
                    set_sign_in_mode(session, mode)
                if months != self._months:
                    privacy.set_retention_months(session, months)

        try:
            attempt(work, database=self._database, language=self._language)
        except Refused as refused:
            say(self.problem, refused.text)
            return
        except privacy.PrivacyError as error:
            say(self.problem, error.message.render(translator(self._language)))
            return
        self.accept()
