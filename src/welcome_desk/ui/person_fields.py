"""The fields of the person form, each with its problems under it: what is typed, as texts by
field (what ``services.person_form.check_person`` reads), and a person's details shown back."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from welcome_desk.domain.person import (
    CATEGORY_LABELS,
    PROGRAMME_LABELS,
    SUB_KIND_LABELS,
    SUB_KINDS_OF,
    Category,
    PersonData,
    SubKind,
)
from welcome_desk.i18n import Translate
from welcome_desk.services.importing.columns import FIELDS_BY_NAME
from welcome_desk.services.importing.rules import MAX_ACCOMPANYING
from welcome_desk.services.person_form import FORM_FIELDS
from welcome_desk.ui.choice_combo import SearchableCombo, choice, country_choices, language_choices
from welcome_desk.ui.date_field import DateField
from welcome_desk.ui.person_form_parts import FieldBox

REQUIRED = frozenset({"family_name", "nationality", "category", "arrival_date"})
TYPICAL_AGE = 25  # the calendar of an empty birth date opens this many years back
_LINE_FIELDS = ("family_name", "given_names", "email", "phone", "host_unit")
_IDENTITY = FORM_FIELDS[: FORM_FIELDS.index("category")]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class PersonFields(QWidget):
    """The editors of the form in two columns (identity and contact; stay).

    ``changed(field, touched)``: ``touched`` is False while a text is being typed, True once the
    field is left or a choice is made (the moment to show its problems).
    """

    changed = Signal(str, bool)

    def __init__(self, *, language: str, today: date, translate: Translate) -> None:
        super().__init__()
        self._translate = translate
        self._filling = False
        self.labels = {
            "family_name": self.tr("Family name"),
            "given_names": self.tr("Given names"),
            "date_of_birth": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "nationality": self.tr("Nationality"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "preferred_language": self.tr("Preferred language"),
            "category": self.tr("Category"),
            "sub_kind": self.tr("Kind"),
            "programme": self.tr("Programme"),
            "host_unit": self.tr("Faculty or laboratory"),
            "arrival_date": self.tr("Arrival"),
            "departure_date": self.tr("Departure"),
            "accompanying_persons": self.tr("Accompanying persons"),
        }
        line_edits = {field: self._line_edit(field) for field in _LINE_FIELDS}
        self.family_name, self.given_names, self.email, self.phone, self.host_unit = (
            line_edits.values()
        )
        self.phone.setPlaceholderText(self.tr("+33 6 12 34 56 78"))
        self.date_of_birth = DateField(
            language=language, optional=True, start=date(today.year - TYPICAL_AGE, 1, 1)
        )
        self.sex_labels = {
            "": self.tr("not stated"),
            "F": self.tr("female (F)"),
            "M": self.tr("male (M)"),
            "X": self.tr("other or unspecified (X)"),
        }
        self.sex = QComboBox()
        for code, text in self.sex_labels.items():
            self.sex.addItem(text, code)
        self.nationality = SearchableCombo(country_choices(language))
        self.nationality.line.setPlaceholderText(self.tr("Type part of a country's name"))
        self.preferred_language = SearchableCombo(language_choices(language))
        self.preferred_language.set_value("fr")
        self.category = QComboBox()
        self.category.addItem(self.tr("choose…"), "")
        for category in Category:
            self.category.addItem(self._label(CATEGORY_LABELS[category]), category.value)
        self.sub_kind = QComboBox()
        self.programme = SearchableCombo(
            [choice(p.value, self._label(text), text) for p, text in PROGRAMME_LABELS.items()]
        )
        self.arrival_date = DateField(language=language, optional=False, start=today)
        self.departure_date = DateField(language=language, optional=True, start=today)
        self.accompanying_persons = QSpinBox()
        self.accompanying_persons.setRange(0, MAX_ACCOMPANYING)
        self._fill_sub_kinds()

        self.editors: dict[str, QWidget] = {
            **line_edits,
            "date_of_birth": self.date_of_birth,
            "sex": self.sex,
            "nationality": self.nationality,
            "preferred_language": self.preferred_language,
            "category": self.category,
            "sub_kind": self.sub_kind,
            "programme": self.programme,
            "arrival_date": self.arrival_date,
            "departure_date": self.departure_date,
            "accompanying_persons": self.accompanying_persons,
        }
        self.boxes = {field: FieldBox(self.editors[field]) for field in FORM_FIELDS}
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        identity = [f for f in FORM_FIELDS if f in _IDENTITY]
        stay = [f for f in FORM_FIELDS if f not in _IDENTITY]
        self.groups = (
            self._group(self.tr("Identity and contact"), identity),
            self._group(self.tr("Stay"), stay),
        )
        for group in self.groups:
            columns.addWidget(group, 1)
        self._connect_changes(line_edits)

    def _line_edit(self, field: str) -> QLineEdit:
        editor = QLineEdit()
        limit = FIELDS_BY_NAME[field].max_length
        if limit:
            editor.setMaxLength(limit)
        return editor

    def _label(self, template: str) -> str:
        return _capitalised(self._translate(template))

    def _group(self, title: str, fields: Sequence[str]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            label = QLabel(self.labels[field] + (" *" if field in REQUIRED else ""))
            label.setBuddy(self.editors[field])
            form.addRow(label, self.boxes[field])
        return group

    def _connect_changes(self, line_edits: Mapping[str, QLineEdit]) -> None:
        def emit(field: str, touched: bool = True) -> None:
            if not self._filling:
                self.changed.emit(field, touched)

        for field, editor in line_edits.items():
            editor.textChanged.connect(lambda _text, f=field: emit(f, False))
            editor.editingFinished.connect(lambda f=field: emit(f))
        for field, combo in (
            ("nationality", self.nationality),
            ("preferred_language", self.preferred_language),
            ("programme", self.programme),
        ):
            combo.changed.connect(lambda f=field: emit(f, False))
            combo.line.editingFinished.connect(lambda f=field: emit(f))
            combo.activated.connect(lambda _row, f=field: emit(f))
        for field, date_field in (
            ("date_of_birth", self.date_of_birth),
            ("arrival_date", self.arrival_date),
            ("departure_date", self.departure_date),
        ):
            date_field.changed.connect(lambda f=field: emit(f))
        self.sex.currentIndexChanged.connect(lambda _i: emit("sex"))
        self.category.currentIndexChanged.connect(self._fill_sub_kinds)
        self.category.currentIndexChanged.connect(lambda _i: emit("category"))
        self.sub_kind.currentIndexChanged.connect(lambda _i: emit("sub_kind"))
        self.accompanying_persons.valueChanged.connect(lambda _v: emit("accompanying_persons"))
        # A departure typed into the empty field starts from the arrival date.
        self.arrival_date.changed.connect(
            lambda: self.departure_date.edit.set_start(self.arrival_date.edit.start_or_value())
        )

    def tab_chain(self) -> list[QWidget]:
        """The editors in reading order (a date's "not known" box right after it)."""
        chain: list[QWidget] = []
        for field in FORM_FIELDS:
            editor = self.editors[field]
            if isinstance(editor, DateField):
                chain.append(editor.edit)
                if editor.not_known is not None:
                    chain.append(editor.not_known)
            else:
                chain.append(editor)
        return chain

    @staticmethod
    def set_tab_order(chain: Sequence[QWidget]) -> None:
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # Values ----------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """The form as texts by field, as ``check_person`` takes them."""
        return {
            "family_name": self.family_name.text(),
            "given_names": self.given_names.text(),
            "date_of_birth": self.date_of_birth.iso(),
            "sex": str(self.sex.currentData() or ""),
            "nationality": self.nationality.value(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "preferred_language": self.preferred_language.value(),
            "category": str(self.category.currentData() or ""),
            "sub_kind": str(self.sub_kind.currentData() or ""),
            "programme": self.programme.value(),
            "host_unit": self.host_unit.text(),
            "arrival_date": self.arrival_date.iso(),
            "departure_date": self.departure_date.iso(),
            "accompanying_persons": str(self.accompanying_persons.value()),
        }

    def fill(self, data: PersonData) -> None:
        """Show ``data`` (a person loaded, or an edit merged after a conflict)."""
        self._filling = True
        try:
            self.family_name.setText(data.family_name)
            self.given_names.setText(data.given_names or "")
            self.date_of_birth.set_value(data.date_of_birth)
            self.sex.setCurrentIndex(max(self.sex.findData(data.sex or ""), 0))
            self.nationality.set_value(data.nationality)
            self.email.setText(data.email or "")
            self.phone.setText(data.phone or "")
            self.preferred_language.set_value(data.preferred_language)
            self.category.setCurrentIndex(max(self.category.findData(data.category), 0))
            row = self.sub_kind.findData(data.sub_kind or "")
            if row < 0:  # a kind that does not fit the category is shown (and flagged)
                self.sub_kind.addItem(self._sub_kind_label(data.sub_kind or ""), data.sub_kind)
                row = self.sub_kind.count() - 1
            self.sub_kind.setCurrentIndex(row)
            self.programme.set_value(data.programme)
            self.host_unit.setText(data.host_unit or "")
            self.arrival_date.set_value(data.arrival_date)
            self.departure_date.set_value(data.departure_date)
            self.accompanying_persons.setValue(data.accompanying_persons)
        finally:
            self._filling = False

    def settle(self) -> None:
        """Turn what is typed in the choice fields into choices, as leaving them would."""
        for combo in (self.nationality, self.preferred_language, self.programme):
            combo.settle()

    def show_problems(self, problems: Mapping[str, Sequence[str]]) -> None:
        for field, box in self.boxes.items():
            box.set_errors(problems.get(field, ()))

    def errors(self) -> dict[str, str]:
        """The messages on screen, by field."""
        return {f: box.error.text() for f, box in self.boxes.items() if box.has_errors()}

    def focus(self, field: str) -> None:
        self.editors[field].setFocus()

    def _sub_kind_label(self, code: str) -> str:
        try:
            return self._label(SUB_KIND_LABELS[SubKind(code)])
        except ValueError:
            return code

    def _fill_sub_kinds(self) -> None:
        """The kinds of the category chosen (the one chosen before kept if it still fits)."""
        current = self.sub_kind.currentData()
        code = self.category.currentData()
        self.sub_kind.blockSignals(True)
        self.sub_kind.clear()
        self.sub_kind.addItem(self.tr("not specified"), "")
        for kind in SUB_KINDS_OF[Category(code)] if code else ():
            self.sub_kind.addItem(self._sub_kind_label(kind.value), kind.value)
        self.sub_kind.setCurrentIndex(max(self.sub_kind.findData(current), 0))
        self.sub_kind.blockSignals(False)
        self.sub_kind.setEnabled(bool(code))
