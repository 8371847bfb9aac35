"""One person's welcome pack: choose its language, look at it, save it or print it.

The pack is made in a background job (it takes about half a second, more on a slow machine), so
the window stays usable; changing the language makes it again, and only the newest answer is
shown. The preview is Qt's own PDF view of the very bytes that Save writes and Print prints.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QStandardPaths, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.db.engine import Database
from welcome_desk.files import OWNER_ONLY, write_whole
from welcome_desk.packs.build import MadePack, content_folder
from welcome_desk.paths import AppPaths, app_paths
from welcome_desk.ui.error_text import file_problem_text
from welcome_desk.ui.import_pages import ProblemLabel, plain_label
from welcome_desk.ui.import_text import fill
from welcome_desk.ui.latest_jobs import LatestJobs
from welcome_desk.ui.pack_print import (
    PrinterNotReady,
    chosen_pages,
    page_size,
    pdf_buffer,
    print_pdf,
)
from welcome_desk.ui.pack_text import pack_languages, problem_text
from welcome_desk.ui.pack_work import Preview, make_preview
from welcome_desk.ui.tasks import TaskRunner


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class PackDialog(QDialog):
    """The welcome pack of one person, as ``welcome-desk pack`` makes it, with a preview."""

    made = Signal(object)  # the MadePack now shown
    problem_shown = Signal(str)  # a message for the staff: no pack, or not saved / printed
    saved = Signal(object)  # the Path the pack was written to
    printed = Signal(int)  # pages sent to the printer

    PREPARING, PREVIEW, PROBLEM = range(3)

    def __init__(
        self,
        *,
        database: Database,
        language: str,
        person_id: int,
        runner: TaskRunner,
        paths: AppPaths | None = None,
        pack_language: str | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._language = language
        self._person_id = person_id
        self._paths = paths
        self._today = today
        self._jobs = LatestJobs(runner)
        self._made: MadePack | None = None
        self._buffer: QBuffer | None = None  # what the document reads from
        self.setWindowTitle(self.tr("Welcome pack"))
        self.resize(820, 900)

        self.language_box = QComboBox()
        for code, name in pack_languages():
            self.language_box.addItem(name, code)
        self.language_box.setToolTip(self.tr("The pack is written in this language"))
        language_label = QLabel(self.tr("&Language of the pack:"))
        language_label.setBuddy(self.language_box)
        self.pages_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_box)
        top.addStretch(1)
        top.addWidget(self.pages_label)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.preparing = QLabel(self.tr("Preparing the pack…"))
        self.preparing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar()
        busy.setRange(0, 0)  # moving: no count to show
        busy.setMaximumWidth(320)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch(1)
        waiting_layout.addWidget(self.preparing)
        waiting_layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        waiting_layout.addStretch(2)
        self.failure = ProblemLabel()
        failure_page = QWidget()
        failure_layout = QVBoxLayout(failure_page)
        failure_layout.addWidget(self.failure)
        failure_layout.addStretch(1)
        self.stack = QStackedWidget()
        for page in (waiting, self.view, failure_page):
            self.stack.addWidget(page)

        self.status = plain_label()
        self.problem = ProblemLabel()
        buttons = QDialogButtonBox()
        self.save_button = self._button(buttons, self.tr("&Save…"), self.save)
        self.print_button = self._button(buttons, self.tr("&Print…"), self.print_pack)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        if pack_language:
            self._select_language(pack_language)
        self.language_box.currentIndexChanged.connect(lambda _index: self.remake())
        self._make(pack_language)

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: slot())
        return button

    @property
    def pack(self) -> MadePack | None:
        """The pack shown (None while it is being made, or when it could not be)."""
        return self._made

    @property
    def pack_language(self) -> str:
        return str(self.language_box.currentData())

    def _select_language(self, code: str) -> None:
        index = self.language_box.findData(code)
        if index >= 0:
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(index)
            self.language_box.blockSignals(False)

    def _content_folder(self) -> Path:
        return content_folder(self._paths or app_paths())

    # Making the pack

    def remake(self) -> None:
        """Make the pack again in the language chosen (the data may have changed too)."""
        self._make(self.pack_language)

    def _make(self, language: str | None) -> None:
        database, person_id, today = self._database, self._person_id, self._today()
        folder = self._content_folder()
        self._made = None
        self._show_problem("")
        self.status.clear()
        self.pages_label.clear()
        self.stack.setCurrentIndex(self.PREPARING)
        # The person's own language is known once the pack is made: no other shown until then.
        self.language_box.setEnabled(language is not None)
        self._set_buttons()
        self._jobs.start(
            "make",
            lambda _progress, _cancelled: make_preview(
                database, person_id, language, today, folder
            ),
            done=self._show_pack,
            failed=lambda error: self._not_made(error, folder),
        )

    def _show_pack(self, preview: Preview) -> None:
        made = preview.made
        self._load(made.pdf)
        self._made = made
        self._select_language(made.language)
        self.language_box.setEnabled(True)
        self.setWindowTitle(fill(self.tr("Welcome pack — %1"), preview.name))
        self.pages_label.setText(fill(self.tr("Pages: %1"), self.document.pageCount()))
        self.stack.setCurrentIndex(self.PREVIEW)
        self._set_buttons()
        self.made.emit(made)

    def _load(self, pdf: bytes) -> None:
        """Show ``pdf``. The document reads its buffer while it is open: the old one goes only
        once the new bytes are loaded."""
        old = self._buffer
        self.document.close()
        self._buffer = pdf_buffer(pdf, self)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def _not_made(self, error: Exception, folder: Path) -> None:
        text = problem_text(
            error, language=self._language, database=self._database.describe(), folder=folder
        )
        self.failure.show_text(text)
        self.language_box.setEnabled(True)
        self.stack.setCurrentIndex(self.PROBLEM)
        self._set_buttons()
        self.problem_shown.emit(text)

    def _set_buttons(self) -> None:
        ready = self._made is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready and self._jobs.running("print") is None)

    def _show_problem(self, text: str) -> None:
        self.problem.show_text(text)
        if text:
            self.problem_shown.emit(text)

    # Saving

    def save(self, path: str | Path | None = None) -> None:
        """Write the pack shown to ``path`` (or where the staff choose), whole or not at all."""
        made = self._made
        if made is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the welcome pack"),
                str(documents_folder() / made.file_name),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if not target.suffix:
            target = target.with_name(target.name + ".pdf")
        try:
            write_whole(target, made.pdf, mode=OWNER_ONLY)
        except OSError as error:
            self.status.clear()
            self._show_problem(
                fill(
                    self.tr("The pack could not be saved in %1: %2."),
                    target,
                    file_problem_text(error, self._language),
                )
            )
            return
        self._show_problem("")
        self.status.setText(fill(self.tr("Saved in %1."), target))
        self.saved.emit(target)

    # Printing

    def print_pack(self) -> None:
        """The print dialog, then the pages chosen printed in the background."""
        made = self._made
        if made is None or self._jobs.running("print") is not None:
            return
        count = self.document.pageCount()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(made.file_name.removesuffix(".pdf"))
        printer.setFullPage(True)  # the pack has its own margins
        printer.setPageSize(page_size(self.document))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the welcome pack"))
        dialog.setMinMax(1, count)
        dialog.setFromTo(1, count)
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(options.PrintPageRange, True)
        dialog.setOption(options.PrintCurrentPage, True)
        dialog.setOption(options.PrintSelection, False)
        if not dialog.exec():
            return
        current = self.view.pageNavigator().currentPage()
        self.send_to_printer(printer, chosen_pages(printer, count, current))

    def send_to_printer(self, printer: QPrinter, pages: list[int]) -> None:
        made = self._made
        if made is None or not pages:
            return
        pdf = made.pdf
        self._show_problem("")
        self.status.setText(self.tr("Printing…"))
        self._jobs.start(
            "print",
            lambda progress, _cancelled: print_pdf(pdf, printer, pages, progress),
            done=self._printed,
            failed=self._not_printed,
            progress=lambda done, total: self.status.setText(
                fill(self.tr("Printing… page %1 of %2"), done, total)
            ),
        )
        self._set_buttons()

    def _printed(self, pages: int) -> None:
        self.status.setText(fill(self.tr("Sent to the printer (pages printed: %1)."), pages))
        self._set_buttons()
        self.printed.emit(pages)

    def _not_printed(self, error: Exception) -> None:
        self.status.clear()
        self._set_buttons()
        if isinstance(error, PrinterNotReady):
            text = fill(self.tr("The printer %1 could not be used; nothing was printed."), error)
        else:
            text = fill(
                self.tr("The pack could not be printed (%1); the details are in the log."),
                type(error).__name__,
            )
        self._show_problem(text)

    def done(self, result: int) -> None:
        """Closing drops a pack being made; a print already started still finishes, unheard."""
        self._jobs.forget_all()
        super().done(result)
