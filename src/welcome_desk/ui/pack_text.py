"""What the pack windows tell the staff when a pack cannot be made, in the staff's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from welcome_desk.domain.checklist_template import TemplateError
from welcome_desk.files import file_problem
from welcome_desk.i18n import translator
from welcome_desk.packs.batch import Failure
from welcome_desk.packs.catalog import PACK_LANGUAGES, language_name
from welcome_desk.packs.data import PackPersonMissing
from welcome_desk.ui.error_text import error_text
from welcome_desk.ui.import_text import fill


def pack_languages() -> list[tuple[str, str]]:
    """(code, the language's own name) of every language a pack can be made in."""
    return [(code, language_name(code)) for code in PACK_LANGUAGES]


def problem_text(error: BaseException, *, language: str, database: str, folder: Path) -> str:
    """Why no pack could be made: broken data files, a missing person, the database, or a bug."""
    if isinstance(error, TemplateError):
        return fill(
            QCoreApplication.translate(
                "PackText", "The welcome pack's data files cannot be used: %1 (folder %2)"
            ),
            error,
            folder,
        )
    if isinstance(error, PackPersonMissing):
        return QCoreApplication.translate("PackText", "This person is no longer in the register.")
    return error_text(error, language, where=database)


def failure_reason(failure: Failure, language: str) -> str:
    """Why one person's pack of a batch was not made."""
    if failure.kind == "file":
        return fill(
            QCoreApplication.translate("PackText", "the file could not be written: %1"),
            translator(language)(file_problem(failure.detail)),
        )
    if failure.kind == "missing":
        return QCoreApplication.translate("PackText", "this person is no longer in the register")
    if failure.kind == "content":
        return fill(
            QCoreApplication.translate("PackText", "the pack's data files cannot be used: %1"),
            failure.detail,
        )
    return fill(
        QCoreApplication.translate(
            "PackText", "the pack could not be made (%1; the details are in the log)"
        ),
        failure.detail,
    )
