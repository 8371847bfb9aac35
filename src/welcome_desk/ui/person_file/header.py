"""Who the person is at a glance: name, nationality, category, dates, checklist progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from welcome_desk.ui.person_file.data import PersonFileData
from welcome_desk.ui.person_file.formatting import Labels, display_name, format_date


class PersonHeader(QWidget):
    def __init__(self, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self.name = QLabel()
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nationality = QLabel()
        self.membership = QLabel()  # the EU/EEA/Swiss tag
        self.membership.setFrameShape(QLabel.Shape.StyledPanel)
        self.membership.setMargin(2)
        self.category = QLabel()
        self.dates = QLabel()
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m steps done"))
        self.progress.setMinimumWidth(180)

        # Each line packed at its start, so that it starts on the right when mirrored.
        top = QHBoxLayout()
        top.addWidget(self.name)
        top.addStretch(1)
        top.addWidget(self.progress)
        about = QHBoxLayout()
        for label in (self.nationality, self.membership, self.category):
            about.addWidget(label)
        about.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(about)
        dates = QHBoxLayout()
        dates.addWidget(self.dates)
        dates.addStretch(1)
        layout.addLayout(dates)

    def show_data(self, data: PersonFileData) -> None:
        self.name.setText(display_name(data.family_name, data.given_names))
        self.nationality.setText(data.country)
        self.nationality.setToolTip(data.nationality)
        self.membership.setText(self.tr("EU/EEA/Swiss") if data.eu_eea_swiss else self.tr("non-EU"))
        parts = [self._labels.category(data.category)]
        if data.sub_kind:
            parts.append(self._labels.sub_kind(data.sub_kind))
        if data.programme:
            parts.append(self._labels.programme(data.programme))
        if data.host_unit:
            parts.append(data.host_unit)
        self.category.setText(" · ".join(parts))
        dates = self.tr("Arrival: %1").replace("%1", format_date(data.arrival_date))
        if data.departure_date:
            dates += " · " + self.tr("Departure: %1").replace(
                "%1", format_date(data.departure_date)
            )
        self.dates.setText(dates)
        self.progress.setRange(0, max(data.progress_total, 1))
        self.progress.setValue(data.progress_done)
        if data.progress_total == 0:
            self.progress.setFormat(self.tr("No checklist"))
        else:
            self.progress.setFormat(self.tr("%v of %m steps done"))
