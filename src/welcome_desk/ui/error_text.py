"""One translated sentence for an error shown in the window: never a traceback, never raw SQL."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from welcome_desk.db.errors import environment_error_message
from welcome_desk.domain.messages import Message
from welcome_desk.files import file_problem, problem_code
from welcome_desk.i18n import translator


def error_text(error: BaseException, language: str, where: str = "") -> str:
    """What to tell the staff about ``error`` (services' errors carry their own message)."""
    translate = translator(language)
    own = getattr(error, "message", None)
    if isinstance(own, Message):
        return own.render(translate)
    known = environment_error_message(where or "?", error)
    if known is not None:
        return known.render(translate)
    return QCoreApplication.translate(
        "errors", "Something went wrong ({kind}); the details are in the log file."
    ).replace("{kind}", type(error).__name__)


def file_problem_text(error: OSError, language: str) -> str:
    """What the system refused (a full disk, no permission…), in plain words, translated."""
    return translator(language)(file_problem(problem_code(error)))
