"""The charts of the statistics report, drawn with ReportLab's graphics in the shipped fonts.

Chart labels default to Helvetica, which is never embedded: every label here is given a shipped
font, chosen for its text (a name in another script gets the font that has its letters).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color

from welcome_desk.packs.fonts import BOLD, REGULAR, runs, text_width

NAVY = colors.HexColor("#1d3557")
TEAL = colors.HexColor("#2a7f8f")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#5f6b76")
LINE = colors.HexColor("#c9d3dc")
# Slices of a pie, in order: distinct for colour-blind readers too, and in grey print.
PALETTE = (
    colors.HexColor("#1d3557"),
    colors.HexColor("#e9a23b"),
    colors.HexColor("#2a7f8f"),
    colors.HexColor("#d1495b"),
    colors.HexColor("#8fb8de"),
    colors.HexColor("#6a4c93"),
    colors.HexColor("#9aa5b1"),
)

Format = Callable[[float], str]


def font_for(text: str, *, bold: bool = False) -> str:
    """The shipped font that draws all of ``text`` (chart labels are drawn in one font)."""
    fonts = {font for _chunk, font in runs(text, bold=bold)}
    if len(fonts) == 1:
        return fonts.pop()
    return BOLD if bold else REGULAR


def fit(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """``text``, cut with an ellipsis if it is wider than ``width`` points."""
    if text_width(text, size, bold=bold) <= width:
        return text
    while text and text_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def nice_scale(largest: float, ticks: int = 5) -> tuple[float, float]:
    """(top of the axis, step between ticks): round numbers, whole ones for counts."""
    if largest <= 0:
        return 1.0, 1.0
    raw = largest / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1.0, float(round(step)) if step >= 1 else 1.0)
    return math.ceil(largest / step) * step, step


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts in a shipped font (ReportLab sets Helvetica first otherwise)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    return drawing


def _string(x: float, y: float, text: str, size: float, **values: object) -> String:
    bold = bool(values.pop("bold", False))
    values.setdefault("fillColor", INK)
    return String(x, y, text, fontName=font_for(text, bold=bold), fontSize=size, **values)


def month_bars(
    labels: Sequence[str],
    counts: Sequence[int],
    width: float,
    height: float,
    number: Format,
    *,
    show_values: bool = True,
) -> Drawing:
    """Arrivals per month as vertical bars; ``labels`` may hold a line break (month, year)."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    top, step = nice_scale(max(counts, default=0) * 1.08)
    left = text_width(number(top), 7) + 10
    chart.x, chart.y = left, 26
    chart.width, chart.height = width - left - 4, height - 26 - 10
    chart.data = [list(counts)]
    chart.bars[0].fillColor = TEAL
    chart.bars[0].strokeColor = None
    chart.groupSpacing = 6 if len(counts) <= 24 else 2
    axis = chart.categoryAxis
    axis.categoryNames = list(labels)
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = 7 if len(counts) <= 24 else 6
    axis.labels.leading = 8.5
    axis.labels.boxAnchor = "n"
    axis.labels.dy = -3
    axis.labels.fillColor = INK
    axis.strokeColor = GREY
    axis.tickDown = 0
    values = chart.valueAxis
    values.valueMin, values.valueMax, values.valueStep = 0, top, step
    values.labelTextFormat = number
    values.labels.fontName = REGULAR
    values.labels.fontSize = 7
    values.labels.fillColor = GREY
    values.strokeColor = None
    values.visibleGrid = True
    values.gridStrokeColor = LINE
    values.gridStrokeWidth = 0.4
    values.visibleTicks = False
    if show_values:
        chart.barLabelFormat = number
        chart.barLabels.fontName = BOLD
        chart.barLabels.fontSize = 6.5 if len(counts) <= 18 else 5.5
        chart.barLabels.fillColor = NAVY
        chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def ranked_bars(
    labels: Sequence[str],
    counts: Sequence[int],
    width: float,
    number: Format,
    *,
    bar_height: float = 13,
    colour: Color = NAVY,
) -> Drawing:
    """Counts as horizontal bars, the largest on top, each named at its left (country names)."""
    size = 7.5
    label_width = min(max((text_width(t, size) for t in labels), default=0) + 6, width * 0.38)
    names = [fit(t, label_width - 6, size) for t in labels]
    top, step = nice_scale(max(counts, default=0) * 1.1)
    height = bar_height * len(counts) + 22
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width = width - label_width - 8
    chart.height = bar_height * len(counts)
    chart.data = [list(reversed(counts))]
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.groupSpacing = 3
    axis = chart.categoryAxis
    axis.categoryNames = list(reversed(names))
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = size
    axis.labels.boxAnchor = "e"
    axis.labels.dx = -4
    axis.labels.fillColor = INK
    for index, name in enumerate(reversed(names)):
        axis.labels[index].fontName = font_for(name)
    axis.strokeColor = GREY
    axis.tickLeft = axis.tickRight = 0
    values = chart.valueAxis
    values.valueMin, values.valueMax, values.valueStep = 0, top, step
    values.labelTextFormat = number
    values.labels.fontName = REGULAR
    values.labels.fontSize = 7
    values.labels.fillColor = GREY
    values.strokeColor = None
    values.visibleGrid = True
    values.gridStrokeColor = LINE
    values.gridStrokeWidth = 0.4
    values.visibleTicks = False
    chart.barLabelFormat = number
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 3
    drawing.add(chart)
    return drawing


def pie(
    title: str,
    slices: Sequence[tuple[str, int]],
    width: float,
    height: float,
    number: Format,
    percent: Format,
) -> Drawing:
    """A pie of the non-empty ``slices`` (label, count), with a legend of counts and shares."""
    drawing = _drawing(width, height)
    drawing.add(_string(0, height - 10, title, 9.5, bold=True, fillColor=NAVY))
    shown = [(label, count) for label, count in slices if count > 0]
    total = sum(count for _label, count in shown)
    diameter = min(height - 24, width * 0.42)
    chart = Pie()
    chart.x, chart.y = 2, (height - 16 - diameter) / 2
    chart.width = chart.height = diameter
    chart.data = [count for _label, count in shown] or [1]
    chart.labels = None
    chart.startAngle = 90
    chart.direction = "clockwise"
    chart.slices.strokeColor = colors.white
    chart.slices.strokeWidth = 0.8
    chart.slices.fontName = REGULAR
    for index in range(len(chart.data)):
        chart.slices[index].fillColor = PALETTE[index % len(PALETTE)] if shown else LINE
    drawing.add(chart)
    left = diameter + 14
    room = width - left
    row = 24
    y = chart.y + diameter / 2 + row * len(shown) / 2 - 10
    for index, (label, count) in enumerate(shown):
        colour = PALETTE[index % len(PALETTE)]
        drawing.add(Rect(left, y - 1, 8, 8, fillColor=colour, strokeColor=None))
        name = fit(label, room - 14, 8)
        drawing.add(_string(left + 13, y, name, 8))
        share = f"{number(count)} · {percent(count / total)}"
        drawing.add(_string(left + 13, y - 10, share, 7.5, fillColor=GREY))
        y -= row
    return drawing
