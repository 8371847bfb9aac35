"""The record forms beside the checklist: healthcare and administrative papers.

A form remembers whether the staff has changed it: a file read again (after a change elsewhere)
never overwrites what is being typed. Refusals are written under the form, translated. A form
saves from the version of the record it showed: when another desk saved the record meanwhile,
both versions are shown side by side, what the user typed stays in the form over the other
desk's changes, and the next save starts from the other desk's version.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

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
from welcome_desk.ui.person_file.audit_text import AuditWords
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
from welcome_desk.ui.person_form_parts import ConflictPanel


class FormTab(QWidget):
    """A form with a Save button, an error line, a memory of unsaved edits, and the version of
    the record it shows (with what it held then, to merge with a save made meanwhile)."""

    dirty_changed = Signal(bool)
    ENTITY = ""  # the record's kind, as the audit trail names it (for the fields' names)

    def __init__(self, *, labels: Labels, writer: Writer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._writer = writer
        self._person_id: int | None = None
        self._dirty = False
        self._populating = False
        self._version: int | None = None  # None: a new record, nothing to compare with
        self._loaded: Any = None  # the record's data as shown (records.*Data)
        self.conflict = ConflictPanel()
        self.form = QFormLayout()
        self.errors = error_label()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.conflict)
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
        self.conflict.hide()

    def set_person(self, person_id: int) -> None:
        if person_id != self._person_id:
            self._person_id = person_id
            self.errors.hide()
            self.conflict.hide()
            self._set_dirty(False)

    def save(self) -> bool:
        raise NotImplementedError

    def _take(self, data: Any, version: int | None) -> None:
        """Show ``data``, stored at ``version``: what the next save starts from."""
        self._loaded, self._version = data, version
        with self._filling():
            self._fill_data(data)

    def _fill_data(self, data: Any) -> None:
        raise NotImplementedError

    def _saved(self) -> None:
        self._set_dirty(False)  # the file read again shows what was kept, and its version
        self.conflict.hide()

    def _show_conflict(self, conflict: records.RecordConflict) -> None:
        """Another desk saved the record meanwhile: their version beside the user's. The form
        keeps the user's changes over theirs; the next save starts from their version."""
        base = self._loaded if self._loaded is not None else conflict.stored
        merged = records.merge(base, conflict.attempted, conflict.stored)
        words = AuditWords(self._labels)

        def shown(data: Any, field: str) -> str:
            value = None if data is None else getattr(data, field)
            return words.plain_value(self.ENTITY, field, value)

        rows = [
            (
                words.field(field),
                shown(conflict.stored, field),
                shown(conflict.attempted, field),
                field in merged.clashes,
            )
            for field in conflict.differences
        ]
        self._take(conflict.stored, conflict.stored_version)
        with self._filling():
            self._fill_data(merged.data)
        self._set_dirty(True)
        self.conflict.show_conflict(self._labels.message(conflict.message), rows)


class HealthcareTab(FormTab):
    ENTITY = "healthcare"

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
        if record is None:
            self._take(records.HealthcareData(), records.NO_RECORD)
            return
        data = records.HealthcareData(
            social_security=record.social_security,
            ehic=record.ehic,
            ehic_expiry=record.ehic_expiry,
            mutuelle=record.mutuelle,
            gp_declared=record.gp_declared,
        )
        self._take(data, record.version)

    def _fill_data(self, data: records.HealthcareData) -> None:
        set_combo_code(self.social_security, data.social_security)
        self.ehic.setChecked(data.ehic)
        self.ehic_expiry.set_value(data.ehic_expiry)
        self.ehic_expiry.setEnabled(self.ehic.isChecked())
        self.mutuelle.setChecked(data.mutuelle)
        self.gp_declared.setChecked(data.gp_declared)

    def data(self) -> records.HealthcareData:
        return records.HealthcareData(
            social_security=combo_code(self.social_security) or "none",
            ehic=self.ehic.isChecked(),
            ehic_expiry=self.ehic_expiry.value(),
            mutuelle=self.mutuelle.isChecked(),
            gp_declared=self.gp_declared.isChecked(),
        )

    def save(self) -> bool:
        person_id, version = self._person_id, self._version
        if person_id is None:
            return False
        data = self.data()
        saved = self._writer.run(
            lambda session: records.update_healthcare(
                session, person_id, data, expected_version=version
            ),
            inline=self.errors,
            conflict=self._show_conflict,
        )
        if saved is not None:
            self._saved()
        return saved is not None


class AdministrativeTab(FormTab):
    """Visa and residence permit: a permit's expiry brings its renewal step to the checklist."""

    ENTITY = "administrative"

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
        if record is None:
            self._take(records.AdministrativeData(), records.NO_RECORD)
            return
        data = records.AdministrativeData(
            visa_type=record.visa_type,
            visa_expiry=record.visa_expiry,
            vls_ts_validated_on=record.vls_ts_validated_on,
            residence_permit_number=record.residence_permit_number,
            residence_permit_expiry=record.residence_permit_expiry,
        )
        self._take(data, record.version)

    def _fill_data(self, data: records.AdministrativeData) -> None:
        set_combo_code(self.visa_type, data.visa_type)
        self.visa_expiry.set_value(data.visa_expiry)
        self.vls_ts_validated_on.set_value(data.vls_ts_validated_on)
        self.permit_number.setText(data.residence_permit_number or "")
        self.permit_expiry.set_value(data.residence_permit_expiry)

    def data(self) -> records.AdministrativeData:
        return records.AdministrativeData(
            visa_type=combo_code(self.visa_type),
            visa_expiry=self.visa_expiry.value(),
            vls_ts_validated_on=self.vls_ts_validated_on.value(),
            residence_permit_number=self.permit_number.text(),
            residence_permit_expiry=self.permit_expiry.value(),
        )

    def save(self) -> bool:
        person_id, actor, version = self._person_id, self._actor, self._version
        if person_id is None:
            return False
        data = self.data()
        saved = self._writer.run(
            lambda session: records.update_administrative(
                session, person_id, data, actor, expected_version=version
            ),
            inline=self.errors,
            conflict=self._show_conflict,
        )
        if saved is not None:
            self._saved()
        return saved is not None
