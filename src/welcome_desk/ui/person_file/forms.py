"""The record forms beside the checklist: healthcare and administrative papers.

A form remembers whether the staff has changed it: a file read again (after a change elsewhere)
never overwrites what is being typed. Refusals are written under the form, translated.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from welcome_desk.domain.actor import Actor
from welcome_desk.services import records
from welcome_desk.ui.person_file.data import Administrative, Healthcare
from welcome_desk.ui.person_file.formatting import Labels
from welcome_desk.ui.person_file.saving import Writer
from welcome_desk.ui.person_file.widgets import (
    OptionalDateEdit,
    combo_code,
    error_label,
    fill_combo,
    set_combo_code,
)


class FormTab(QWidget):
    """A form with a Save button, an error line, and a memory of unsaved edits."""

    dirty_changed = Signal(bool)

    def __init__(self, *, labels: Labels, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._writer = writer
        self._person_id: int | None = None
        self._dirty = False
        self._populating = False
        self.form = QFormLayout()
        self.errors = error_label()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addLayout(self.form)
        self.main_layout.addWidget(self.errors)
        self.main_layout.addLayout(self.buttons)
        self.main_layout.addStretch(1)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty)

    def _edited(self) -> None:
        if not self._populating:
            self._set_dirty(True)

    def _watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._edited)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._edited)
            elif isinstance(widget, OptionalDateEdit):
                widget.edited.connect(self._edited)

    @contextmanager
    def _filling(self) -> Iterator[None]:
        self._populating = True
        try:
            yield
        finally:
            self._populating = False

    def discard(self) -> None:
        """Forget unsaved edits (the next data shown replaces them)."""
        self._set_dirty(False)

    def set_person(self, person_id: int) -> None:
        if person_id != self._person_id:
            self._person_id = person_id
            self.errors.hide()
            self._set_dirty(False)

    def save(self) -> bool:
        raise NotImplementedError


class HealthcareTab(FormTab):
    def __init__(self, *, labels: Labels, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(labels=labels, writer=writer, parent=parent)
        self.social_security = QComboBox()
        fill_combo(self.social_security, labels.social_security_choices())
        self.ehic = QCheckBox(self.tr("European Health Insurance Card (EHIC)"))
        self.ehic_expiry = OptionalDateEdit()
        self.mutuelle = QCheckBox(self.tr("Complementary insurance (mutuelle)"))
        self.gp_declared = QCheckBox(self.tr("GP (médecin traitant) declared"))
        self.form.addRow(self.tr("Social security:"), self.social_security)
        self.form.addRow(self.ehic)
        self.form.addRow(self.tr("EHIC valid until:"), self.ehic_expiry)
        self.form.addRow(self.mutuelle)
        self.form.addRow(self.gp_declared)
        self.ehic.toggled.connect(self.ehic_expiry.setEnabled)
        self._watch(
            self.social_security, self.ehic, self.ehic_expiry, self.mutuelle, self.gp_declared
        )
        self.show_record(None)

    def show_record(self, record: Healthcare | None) -> None:
        if self._dirty:
            return
        with self._filling():
            set_combo_code(self.social_security, record.social_security if record else "none")
            self.ehic.setChecked(bool(record and record.ehic))
            self.ehic_expiry.set_value(record.ehic_expiry if record else None)
            self.ehic_expiry.setEnabled(self.ehic.isChecked())
            self.mutuelle.setChecked(bool(record and record.mutuelle))
            self.gp_declared.setChecked(bool(record and record.gp_declared))

    def save(self) -> bool:
        person_id = self._person_id
        if person_id is None:
            return False
        data = records.HealthcareData(
            social_security=combo_code(self.social_security) or "none",
            ehic=self.ehic.isChecked(),
            ehic_expiry=self.ehic_expiry.value(),
            mutuelle=self.mutuelle.isChecked(),
            gp_declared=self.gp_declared.isChecked(),
        )
        saved = self._writer.run(
            lambda session: records.update_healthcare(session, person_id, data),
            inline=self.errors,
        )
        if saved is not None:
            self._set_dirty(False)  # the file read again shows what was kept
        return saved is not None


class AdministrativeTab(FormTab):
    """Visa and residence permit: a permit's expiry brings its renewal step to the checklist."""

    def __init__(
        self, *, labels: Labels, writer: Writer, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(labels=labels, writer=writer, parent=parent)
        self._actor = actor
        self.visa_type = QComboBox()
        fill_combo(self.visa_type, [(None, self.tr("not recorded")), *labels.visa_choices()])
        self.visa_expiry = OptionalDateEdit()
        self.vls_ts_validated_on = OptionalDateEdit()
        self.permit_number = QLineEdit()
        self.permit_number.setMaxLength(32)
        self.permit_expiry = OptionalDateEdit()
        self.form.addRow(self.tr("Visa:"), self.visa_type)
        self.form.addRow(self.tr("Visa valid until:"), self.visa_expiry)
        self.form.addRow(self.tr("VLS-TS validated on:"), self.vls_ts_validated_on)
        self.form.addRow(self.tr("Residence permit number:"), self.permit_number)
        self.form.addRow(self.tr("Residence permit valid until:"), self.permit_expiry)
        note = QLabel(
            self.tr("A residence permit's expiry adds its renewal step to the checklist.")
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self._watch(
            self.visa_type,
            self.visa_expiry,
            self.vls_ts_validated_on,
            self.permit_number,
            self.permit_expiry,
        )
        self.show_record(None)

    def show_record(self, record: Administrative | None) -> None:
        if self._dirty:
            return
        with self._filling():
            set_combo_code(self.visa_type, record.visa_type if record else None)
            self.visa_expiry.set_value(record.visa_expiry if record else None)
            self.vls_ts_validated_on.set_value(record.vls_ts_validated_on if record else None)
            self.permit_number.setText((record.residence_permit_number or "") if record else "")
            self.permit_expiry.set_value(record.residence_permit_expiry if record else None)

    def save(self) -> bool:
        person_id, actor = self._person_id, self._actor
        if person_id is None:
            return False
        data = records.AdministrativeData(
            visa_type=combo_code(self.visa_type),
            visa_expiry=self.visa_expiry.value(),
            vls_ts_validated_on=self.vls_ts_validated_on.value(),
            residence_permit_number=self.permit_number.text(),
            residence_permit_expiry=self.permit_expiry.value(),
        )
        saved = self._writer.run(
            lambda session: records.update_administrative(session, person_id, data, actor),
            inline=self.errors,
        )
        if saved is not None:
            self._set_dirty(False)  # the file read again shows what was kept
        return saved is not None
