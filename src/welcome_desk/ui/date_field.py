"""A date typed as staff write it on paper (14/07/2000, 14-07-2000 or 14072000), with a calendar
popup, in the UI language's order of day, month and year; optionally "not known"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

# The day before the first acceptable one stands for "not known" (shown as a dash, not a date).
NOT_KNOWN = QDate(1899, 12, 31)
LAST_DAY = QDate(2100, 12, 31)
_SEPARATORS = frozenset("/-. ")


def date_format(language: str) -> str:
    """The language's short date format, with the year in full (no 2-digit years)."""
    pattern = QLocale(language).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A QDateEdit where a separator moves to the next part of the date, as on paper.

    QDateEdit moves on by itself once a part cannot take another digit ("14", "4"); a separator
    typed then must not skip the next part. When ``optional``, the edit can be empty: it shows
    ``not_known`` (a dash by default) and the first digit typed starts a date from ``start``.
    """

    def __init__(self, *, language: str, optional: bool, start: date, not_known: str = "—") -> None:
        super().__init__()
        self.setLocale(QLocale(language))
        self.setDisplayFormat(date_format(language))
        self.setCalendarPopup(True)
        self.setMaximumDate(LAST_DAY)
        self._optional = optional
        self._start = to_qdate(start)
        self._typed_in: int | None = None
        if optional:
            self.setMinimumDate(NOT_KNOWN)
            self.setSpecialValueText(not_known)
        else:
            self.setMinimumDate(NOT_KNOWN.addDays(1))
        self.set_value(None if optional else start)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        return None if self.is_unknown() else from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        if value is None and self._optional:
            self.setDate(NOT_KNOWN)
        else:
            self.setDate(to_qdate(value) if value is not None else self._start)

    @property
    def start(self) -> date:
        """Where a date typed into an empty edit, or picked in its calendar, starts from."""
        return from_qdate(self._start)

    def start_or_value(self) -> date:
        return self.value() or self.start

    def set_start(self, start: date) -> None:
        self._start = to_qdate(start)

    def is_unknown(self) -> bool:
        return self._optional and self.date() == NOT_KNOWN

    def select_first_part(self) -> None:
        self.setCurrentSectionIndex(0)
        self.setSelectedSection(self.sectionAt(0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Tab leaves the field, as in every other field of the form (QDateEdit would use it
            # to walk its parts, and never leaves an empty date): parts are reached by typing a
            # separator or with the arrow keys.
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            event.accept()
            return
        text = event.text()
        if text and text in _SEPARATORS:
            index = self.currentSectionIndex()
            if self._typed_in == index and index < self.sectionCount() - 1:
                self.setCurrentSectionIndex(index + 1)
                self.setSelectedSection(self.sectionAt(index + 1))
            self._typed_in = None
            event.accept()
            return
        if text.isdigit():
            if self.is_unknown():
                self.setDate(self._start)
                self.select_first_part()
            self._typed_in = self.currentSectionIndex()
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date opens the calendar on the month of ``start``, not in December 1899.
        if event.type() == QEvent.Type.Show and self.is_unknown():
            self.calendarWidget().setCurrentPage(self._start.year(), self._start.month())
        return super().eventFilter(watched, event)


class DateField(QWidget):
    """A :class:`DateEdit`, and for an optional date a "not known" box beside it."""

    changed = Signal()

    def __init__(self, *, language: str, optional: bool, start: date) -> None:
        super().__init__()
        self.edit = DateEdit(language=language, optional=optional, start=start)
        self.not_known: QCheckBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        if optional:
            self.not_known = QCheckBox(self.tr("not known"))
            self.not_known.setChecked(True)
            self.not_known.toggled.connect(self._not_known_toggled)
            layout.addWidget(self.not_known)
        self.edit.dateChanged.connect(self._date_changed)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        return self.edit.value()

    def set_value(self, value: date | None) -> None:
        self.edit.set_value(value)

    def iso(self) -> str:
        value = self.value()
        return value.isoformat() if value else ""

    def _not_known_toggled(self, checked: bool) -> None:
        if checked != self.edit.is_unknown():
            self.edit.set_value(None if checked else self.edit.start)
            if not checked:
                self.edit.setFocus()
                self.edit.select_first_part()

    def _date_changed(self) -> None:
        if self.not_known is not None and self.not_known.isChecked() != self.edit.is_unknown():
            self.not_known.setChecked(self.edit.is_unknown())
        self.changed.emit()
