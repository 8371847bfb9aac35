"""A new password typed twice, with the rules checked as it is typed (the service's own rules)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from welcome_desk.i18n import translator
from welcome_desk.services.accounts import MIN_PASSWORD_LENGTH, password_problems


class PasswordFields(QWidget):
    """Two password fields and a line that says what is still wrong (or that it is fine)."""

    changed = Signal()

    def __init__(
        self,
        *,
        language: str,
        username: Callable[[], str] = lambda: "",
        first_label: str = "",
        form: QFormLayout | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """The rows go into ``form`` when given (their labels then line up with the dialog's
        other fields), else into this widget."""
        super().__init__(parent)
        self._translate = translator(language)
        self._username = username
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.rules = QLabel(
            self.tr(
                "At least %1 characters; not the user name; no space at the start or the end."
            ).replace("%1", str(MIN_PASSWORD_LENGTH))
        )
        self.rules.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        # Room for three problems from the start: the dialog does not jump as one types.
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().lineSpacing() * 3 + 4)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout = form
        if layout is None:
            layout = QFormLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
        else:
            self.hide()  # only the signals and the checks: the fields live in ``form``
        layout.addRow(first_label or self.tr("&Password:"), self.password)
        layout.addRow(self.tr("&Repeat it:"), self.repeat)
        layout.addRow(self.rules)  # the whole width: wrapped text keeps its height
        layout.addRow(self.verdict)
        for field in (self.password, self.repeat):
            field.textChanged.connect(self.check)
        self.check()

    def problems(self) -> list[str]:
        """What stops this password, in the staff's language (empty when it can be used)."""
        found = [
            problem.render(self._translate)
            for problem in password_problems(self.password.text(), self._username())
        ]
        if self.password.text() and self.repeat.text() != self.password.text():
            found.append(self.tr("The two passwords differ."))
        return found

    def check(self) -> None:
        """Say at once what is still wrong; called as the staff type (and the user name)."""
        problems = self.problems()
        if not self.password.text():
            self.verdict.clear()
        elif problems:
            self.verdict.setText("\n".join(f"✗ {problem}" for problem in problems))
        else:
            self.verdict.setText("✓ " + self.tr("This password can be used."))
        self.changed.emit()

    def is_good(self) -> bool:
        return bool(self.password.text()) and not self.problems()

    def value(self) -> str:
        return self.password.text()

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
