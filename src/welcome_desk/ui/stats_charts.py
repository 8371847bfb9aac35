"""The charts of the statistics view (QtCharts): arrivals per month, EU and non-EU nationals,
categories, the ten nationalities with the most arrivals.

Each chart keeps its QChart; showing new figures replaces its series and axes.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from welcome_desk.ui.import_text import fill

BAR_COLOR = QColor("#1f5c99")
PIE_COLORS = (QColor("#1f5c99"), QColor("#e08a1e"), QColor("#3a9a5b"), QColor("#9b4f96"))
TOP_NATIONALITIES = 10

# (label shown, count)
Figures = Sequence[tuple[str, int]]


def nice_axis(highest: int, steps: int = 6) -> tuple[int, int]:
    """(top of the axis, tick count) for counts up to ``highest``: steps of 1, 2 or 5 times a
    power of ten (never a tick between two whole numbers), and room above the highest bar for
    its label; about ``steps`` steps."""
    if highest <= 0:
        return 1, 2
    wanted = highest * 1.1
    rough = wanted / steps
    power = 10 ** math.floor(math.log10(rough)) if rough >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    top = step * math.ceil(wanted / step)
    return top, top // step + 1


def month_labels(months: Sequence[str]) -> list[str]:
    """The bars' names of "YYYY-MM" months in the staff's locale (rich text). Up to twelve: "Dec",
    with the year under the first and under January; more: initials, the year on its own axis.
    A chart's categories must all differ: an initial carries its month in a comment."""
    locale = QLocale()
    labels = []
    for position, month in enumerate(months):
        year, number = (int(part) for part in month.split("-"))
        if len(months) > 12:
            initial = locale.standaloneMonthName(number, QLocale.FormatType.LongFormat)[:1]
            labels.append(f"{_rich(initial.upper())}<!--{month}-->")
            continue
        name = _rich(locale.toString(QDate(year, number, 1), "MMM"))
        labels.append(f"{name}<br>{year}" if position == 0 or number == 1 else name)
    return labels


def _year_ends(months: Sequence[str]) -> list[tuple[int, int]]:
    """(year, position after its last month) of each year of ``months``."""
    ends: dict[int, int] = {}
    for position, month in enumerate(months, 1):
        ends[int(month[:4])] = position
    return list(ends.items())


def _rich(text: str) -> str:
    """Chart labels are rich text: "Bosnia & Herzegovina" must not start an entity."""
    return html.escape(text, quote=False)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = _bold(chart.titleFont())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)  # "1 200" in French, "1,200" in English
    chart.legend().hide()
    chart.legend().setShowToolTips(True)  # the whole text of a name cut short
    return chart


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()


def _value_axis(highest: int, steps: int = 6) -> QValueAxis:
    axis = QValueAxis()
    top, ticks = nice_axis(highest, steps)
    axis.setRange(0, top)
    axis.setTickCount(ticks)
    axis.setLabelFormat("%.0f")
    axis.setMinorTickCount(0)
    return axis


def _bar_set(name: str, counts: Sequence[int]) -> QBarSet:
    bars = QBarSet(name)
    bars.append([float(count) for count in counts])
    bars.setColor(BAR_COLOR)
    bars.setBorderColor(BAR_COLOR)
    bars.setLabelColor(QColor("#222222"))
    return bars


def _labelled(series: QAbstractBarSeries, count: int) -> None:
    series.setLabelsVisible(count <= 24)  # a label per bar while they fit
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(12)


class StatsCharts(QWidget):
    """Four charts in a grid; the labels given are plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrivals = _new_chart(self.tr("Arrivals per month"))
        self.eu = _new_chart(self.tr("EU and non-EU nationals"))
        self.categories = _new_chart(self.tr("Arrivals by category"))
        self.nationalities = _new_chart(self.tr("Top 10 nationalities"))
        self.views = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        # Months across the top, the nationalities down the right (ten names need the height).
        for chart, row, column, rows, columns in (
            (self.arrivals, 0, 0, 1, 2),
            (self.eu, 1, 0, 1, 1),
            (self.categories, 1, 1, 1, 1),
            (self.nationalities, 0, 2, 2, 1),
        ):
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(260, 200)
            self.views.append(view)
            grid.addWidget(view, row, column, rows, columns)
        for column, stretch in enumerate((5, 5, 4)):
            grid.setColumnStretch(column, stretch)

    def show_figures(
        self,
        *,
        months: Figures,  # ("YYYY-MM", arrivals)
        eu: Figures,
        categories: Figures,
        nationalities: Figures,
    ) -> None:
        self._month_bars(self.arrivals, months)
        self._pie(self.eu, eu)
        self._horizontal_bars(self.categories, categories)  # the names need the width
        self._horizontal_bars(self.nationalities, nationalities[:TOP_NATIONALITIES])

    def _month_bars(self, chart: QChart, figures: Figures) -> None:
        """A bar a month. Up to a year, the months' names (the year under the first and under
        January); over longer ranges, the months' initials, then none, over a line of years."""
        _clear(chart)
        series = QBarSeries()
        series.append(_bar_set(chart.title(), [count for _month, count in figures]))
        series.setBarWidth(0.7)
        _labelled(series, len(figures))
        chart.addSeries(series)
        months = [month for month, _count in figures]
        labels = QBarCategoryAxis()
        labels.append(month_labels(months) or [""])
        labels.setGridLineVisible(False)
        labels.setLabelsVisible(len(months) <= 36)
        chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(labels)
        if len(months) > 12:
            years = QCategoryAxis()
            years.setRange(-0.5, len(months) - 0.5)
            years.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
            years.setGridLineVisible(False)
            for year, end in _year_ends(months):
                years.append(str(year), end - 0.5)
            chart.addAxis(years, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(years)
        values = _value_axis(max((count for _month, count in figures), default=0))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def _horizontal_bars(self, chart: QChart, figures: Figures) -> None:
        _clear(chart)
        ordered = list(reversed(figures))  # the most arrivals on top
        series = QHorizontalBarSeries()
        series.append(_bar_set(chart.title(), [count for _label, count in ordered]))
        series.setBarWidth(0.75)
        _labelled(series, len(ordered))
        chart.addSeries(series)
        labels = QBarCategoryAxis()
        labels.append([_rich(label) for label, _count in ordered] or [""])
        labels.setGridLineVisible(False)
        chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(labels)
        values = _value_axis(max((count for _label, count in ordered), default=0), steps=4)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    def _pie(self, chart: QChart, figures: Figures) -> None:
        _clear(chart)
        series = QPieSeries()
        series.setPieSize(0.8)
        total = sum(count for _label, count in figures)
        locale = QLocale()
        names = []
        for position, (label, count) in enumerate(figures):
            if not count:
                continue
            share = 100 * count / total
            piece = series.append(fill(self.tr("%1%"), locale.toString(share, "f", 0)), count)
            piece.setColor(PIE_COLORS[position % len(PIE_COLORS)])
            piece.setBorderColor(QColor("white"))
            piece.setLabelColor(QColor("white"))
            piece.setLabelFont(_bold(piece.labelFont()))
            piece.setLabelPosition(QPieSlice.LabelPosition.LabelInsideHorizontal)
            piece.setLabelVisible(share >= 6)  # a thin slice has no room for its share
            names.append(fill(self.tr("%1: %2"), _rich(label), locale.toString(count)))
        chart.addSeries(series)
        # The slices show their share; the legend names them, with their count.
        for marker, name in zip(chart.legend().markers(series), names, strict=True):
            marker.setLabel(name)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().show()


def bar_values(chart: QChart) -> list[tuple[str, int]]:
    """(category, count) of a bar chart, as drawn from the first bar on (tests)."""
    series = chart.series()[0]
    assert isinstance(series, QAbstractBarSeries)
    bars = series.barSets()[0]
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    return [(axis.at(i), round(bars.at(i))) for i in range(bars.count())]


def year_labels(chart: QChart) -> list[str]:
    """The years under the bars of a chart over more than a year (tests)."""
    axis = next((a for a in chart.axes() if isinstance(a, QCategoryAxis)), None)
    return list(axis.categoriesLabels()) if axis is not None else []


def pie_values(chart: QChart) -> list[tuple[str, str, int]]:
    """(name in the legend, share on the slice, count) of a pie chart (tests)."""
    series = chart.series()[0]
    assert isinstance(series, QPieSeries)
    names = [marker.label() for marker in chart.legend().markers(series)]
    return [
        (name, piece.label(), round(piece.value()))
        for name, piece in zip(names, series.slices(), strict=True)
    ]


__all__ = ["StatsCharts", "bar_values", "month_labels", "nice_axis", "pie_values", "year_labels"]
