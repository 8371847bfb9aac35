"""Printing a pack: each page of the PDF drawn as an image on the printer's paper.

Qt prints through a QPainter, and QtPdf gives pages as images: each chosen page is rendered at the
printer's resolution (capped, see ``MAX_DPI``) and drawn onto the paper, scaled to fit and centred.
QPainter may draw on a QPrinter outside the GUI thread, so this runs in a background job with its
own QPdfDocument; the window stays usable while a long pack prints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# 300 dpi is sharp text on paper; a 1200 dpi printer would need 500 MB for one A4 page image.
MAX_DPI = 300
POINTS_PER_INCH = 72


class PrinterNotReady(RuntimeError):
    """The printer (or the file it prints to) could not be opened."""


def pdf_buffer(pdf: bytes, parent: QObject | None = None) -> QBuffer:
    """``pdf`` as a device QPdfDocument can load (it keeps reading it while open)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def document_from(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """``pdf`` opened by QtPdf, and the buffer it reads: keep both while in use."""
    buffer = pdf_buffer(pdf)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def page_size(document: QPdfDocument) -> QPageSize:
    """The document's paper (A4 for packs), for the printer's default."""
    return QPageSize(
        document.pagePointSize(0), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )


def chosen_pages(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """The pages (counted from 0) the staff chose in the print dialog, in the printer's order."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        pages = [current_page] if 0 <= current_page < page_count else []
    elif mode == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
        ranges = printer.pageRanges()
        pages = [page for page in range(page_count) if ranges.contains(page + 1)]
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    points = document.pagePointSize(page)
    resolution = printer.resolution()
    paper = printer.pageLayout().fullRectPixels(resolution)
    if printer.fullPage():
        area = QRectF(0, 0, paper.width(), paper.height())
    else:
        area = QRectF(printer.pageLayout().paintRectPixels(resolution))
        area.moveTo(0, 0)
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QSizeF(points.width() * scale, points.height() * scale)
    rect = QRectF(
        area.x() + (area.width() - target.width()) / 2,
        area.y() + (area.height() - target.height()) / 2,
        target.width(),
        target.height(),
    )
    dpi = min(resolution, MAX_DPI)
    image = document.render(
        page,
        QSize(
            round(points.width() * dpi / POINTS_PER_INCH),
            round(points.height() * dpi / POINTS_PER_INCH),
        ),
    )
    painter.drawImage(rect, image)


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    pages: list[int],
    progress: Callable[[int, int], None],
) -> int:
    """Print ``pages`` of ``pdf`` on ``printer``; the number of pages printed.

    Not cancellable: once the staff asked for the pages, they get them whole (a half-printed
    pack is worse than waiting a few seconds)."""
    document, buffer = document_from(pdf)
    try:
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterNotReady(printer.printerName() or printer.outputFileName())
        try:
            for done, page in enumerate(pages):
                if done:
                    printer.newPage()
                _draw_page(painter, printer, document, page)
                progress(done + 1, len(pages))
        finally:
            painter.end()
        return len(pages)
    finally:
        document.close()
        buffer.close()
