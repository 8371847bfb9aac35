"""Building blocks of the pack's pages, mirrored for right-to-left languages.

Every piece of text goes through ``paragraphs.paragraph`` (fonts per script, right-to-left lines);
tables list their columns in reading order and are mirrored here for right-to-left languages.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, TypeAlias

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from welcome_desk.packs.catalog import PackText
from welcome_desk.packs.fonts import REGULAR
from welcome_desk.packs.paragraphs import paragraph
from welcome_desk.packs.styles import (
    FRAME_WIDTH,
    GREEN,
    LINE,
    NAVY,
    PALE,
    PackStyles,
    pack_styles,
)

Cell: TypeAlias = Flowable | str | list[Flowable]


class CheckBox(Flowable):  # type: ignore[misc]
    """A box, ticked when done: drawn, so no font needs a tick glyph."""

    def __init__(self, ticked: bool, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.ticked = ticked
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.8)
        canvas.setStrokeColor(GREEN if self.ticked else NAVY)
        canvas.rect(0, 0, self.size, self.size)
        if self.ticked:
            canvas.setLineWidth(1.4)
            s = self.size
            path = canvas.beginPath()
            path.moveTo(0.2 * s, 0.5 * s)
            path.lineTo(0.42 * s, 0.22 * s)
            path.lineTo(0.85 * s, 0.85 * s)
            canvas.drawPath(path, stroke=1, fill=0)


@lru_cache(maxsize=256)
def _qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The code's size in modules and its dark modules as (row, first column, length) runs:
    encoded once per address, drawn as a few hundred rectangles instead of thousands."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    count = code.getModuleCount()
    runs = []
    for row in range(count):
        column = 0
        while column < count:
            if code.isDark(row, column):
                start = column
                while column < count and code.isDark(row, column):
                    column += 1
                runs.append((row, start, column - start))
            else:
                column += 1
    return count, tuple(runs)


class QrCode(Flowable):  # type: ignore[misc]
    """A QR code drawn as squares (a graphics Drawing would list an unembedded Helvetica)."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.data = data
        self.count, self.runs = _qr_runs(data)
        self.width = self.height = size

    def draw(self) -> None:
        canvas = self.canv
        quiet = 2  # modules of white margin around the code, inside the flowable's square
        module = self.width / (self.count + 2 * quiet)
        canvas.setFillColor(colors.black)
        for row, column, length in self.runs:
            x = (column + quiet) * module
            y = self.height - (row + quiet + 1) * module
            canvas.rect(x, y, module * length + 0.02 * module, module * 1.02, stroke=0, fill=1)


class Layout:
    """The pack's language, styles and width: makes paragraphs, tables, lists and QR codes."""

    def __init__(self, text: PackText) -> None:
        self.text = text
        self.rtl = text.rtl
        self.styles: PackStyles = pack_styles(self.rtl)
        self.width = FRAME_WIDTH

    def _(self, message: str) -> str:
        return self.text.gettext(message)

    def para(self, content: str, style: ParagraphStyle | None = None) -> Flowable:
        """Right-to-left only when the text has right-to-left letters: an English fallback or
        a Latin name in an Arabic pack reads left to right (still aligned with the page)."""
        rtl = self.rtl and any(unicodedata.bidirectional(c) in ("R", "AL") for c in content)
        return paragraph(content, style or self.styles.body, rtl=rtl)

    def heading(self, content: str) -> list[Flowable]:
        """A section's title; on a new page when less than a few lines would follow it."""
        return [CondPageBreak(45 * mm), self.para(content, self.styles.heading)]

    def subheading(self, content: str) -> list[Flowable]:
        return [CondPageBreak(30 * mm), self.para(content, self.styles.subheading)]

    def table(
        self,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        header: bool = False,
        zebra: bool = True,
        lines: bool = True,
        extra: Sequence[tuple[object, ...]] = (),
    ) -> Table:
        """Columns in reading order; ``widths`` as fractions of the frame. Strings become cells."""
        cells = [
            [self.para(c, self.styles.cell) if isinstance(c, str) else c for c in row]
            for row in rows
        ]
        column_widths = [w * self.width for w in widths]
        if self.rtl:
            cells = [list(reversed(row)) for row in cells]
            column_widths.reverse()
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else Table sets an unembedded Helvetica
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 if lines else 1),
        ]
        if lines:
            commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE))
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY))
        if zebra:
            first = 1 if header else 0
            for index in range(first, len(cells)):
                if (index - first) % 2 == 1:
                    commands.append(("BACKGROUND", (0, index), (-1, index), PALE))
        if self.rtl:
            last = len(widths) - 1
            commands.extend(_mirror(command, last) for command in extra)
        else:
            commands.extend(extra)
        table = Table(cells, colWidths=column_widths, repeatRows=1 if header else 0)
        table.setStyle(TableStyle(commands))
        return table

    def bullets(self, items: Sequence[str], style: ParagraphStyle | None = None) -> Flowable:
        cells = [
            [self.para("•", self.styles.cell), self.para(item, style or self.styles.cell)]
            for item in items
        ]
        return self.table(cells, (0.04, 0.96), zebra=False, lines=False)

    def qr(self, url: str, size: float = 24 * mm) -> Flowable:
        return QrCode(url, size)


def _mirror(command: tuple[object, ...], last: int) -> tuple[object, ...]:
    """A table style command for the mirrored table: column c becomes column last - c."""
    name, start, end, *rest = command
    start_cell: tuple[Any, Any] = start  # type: ignore[assignment]
    end_cell: tuple[Any, Any] = end  # type: ignore[assignment]
    (start_column, start_row), (end_column, end_row) = start_cell, end_cell
    columns = [
        last - (column if column >= 0 else last + 1 + column)
        for column in (int(start_column), int(end_column))
    ]
    return (name, (min(columns), start_row), (max(columns), end_row), *rest)
