"""Picking one of many coded choices (a country, a language) by typing part of any of its names.

The names are shown in the UI language and sorted the way that language sorts (QCollator:
"Égypte" between "Égalité" and "Espagne", not after "Zambie"). Typing filters them on every name
the choice has — "allem" and "germ" both find Allemagne — ignoring case and accents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry
from babel import Locale
from PySide6.QtCore import (
    QAbstractListModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from welcome_desk.domain.countries import country_names
from welcome_desk.domain.names import words

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the folded words of every name, space-separated
NAMES_ROLE = Qt.ItemDataRole.UserRole + 2  # every name and the code, folded, "|"-separated
_NAME_LANGUAGES = ("en", "fr")  # names that the staff may type whatever the UI language
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    name: str
    keys: tuple[str, ...] = ()  # every name and the code, folded ("etats unis", "us", "usa")
    search: tuple[str, ...] = ()  # the words of the keys, under which the choice is found


def choice(code: str, name: str, *other_names: str) -> Choice:
    keys = dict.fromkeys(" ".join(words(text)) for text in (name, *other_names, code))
    keys.pop("", None)
    found = dict.fromkeys(word for key in keys for word in key.split())
    return Choice(code, name, tuple(keys), tuple(found))


def collated(choices: Iterable[Choice], language: str) -> list[Choice]:
    collator = QCollator(QLocale(language))
    collator.setNumericMode(True)
    return sorted(choices, key=lambda c: collator.sortKey(c.name))


@cache
def country_choices(language: str) -> tuple[Choice, ...]:
    """Every country, named in ``language``, also found by its English and French names and its
    alpha-2 and alpha-3 codes."""
    named = country_names(language)
    others = [country_names(other) for other in _NAME_LANGUAGES]
    found = []
    for code, name in named.items():
        alpha3 = getattr(pycountry.countries.get(alpha_2=code), "alpha_3", "")
        found.append(choice(code, name, alpha3, *(names.get(code, "") for names in others)))
    return tuple(collated(found, language))


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


@cache
def language_choices(language: str) -> tuple[Choice, ...]:
    """Every ISO 639-1 language, named in ``language`` (Babel), also found by its English and
    French names and its code."""
    codes = sorted(lang.alpha_2 for lang in pycountry.languages if getattr(lang, "alpha_2", None))
    tables: list[Mapping[str, str]] = []
    for locale_name in (language, *_NAME_LANGUAGES):
        try:
            tables.append(Locale.parse(locale_name).languages)
        except (ValueError, LookupError):
            continue
    found = []
    for code in codes:
        names = [table[code] for table in tables if code in table]
        name = names[0] if names else getattr(pycountry.languages.get(alpha_2=code), "name", code)
        found.append(choice(code, _capitalised(name), *names))
    return tuple(collated(found, language))


class ChoiceModel(QAbstractListModel):
    """The choices, read-only: the name to show, the code (``CODE_ROLE``), the search words."""

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._rows = {c.code: row for row, c in enumerate(self._choices)}
        # A name or code typed in full, folded: "etats unis", "united states", "usa" -> row.
        # The names shown come first: they win over another choice's other names.
        self._named: dict[str, int] = {}
        for depth in range(max((len(c.keys) for c in self._choices), default=0)):
            for row, found in enumerate(self._choices):
                if depth < len(found.keys):
                    self._named.setdefault(found.keys[depth], row)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        found = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return found.name
        if role == CODE_ROLE:
            return found.code
        if role == SEARCH_ROLE:
            return " ".join(found.search)
        if role == NAMES_ROLE:
            return "|".join(found.keys)
        return None

    def row_of(self, code: str) -> int:
        return self._rows.get(code, -1)

    def row_named(self, text: str) -> int:
        """The row whose name or code is ``text`` (case and accents aside), else -1."""
        return self._named.get(" ".join(words(text)), -1)


class ChoiceFilter(QSortFilterProxyModel):
    """The choices found by what is typed: each typed word begins one of the choice's words.

    Choices with a name that begins with the text typed come first ("etats u": États-Unis
    before Îles Vierges des États-Unis), then the others, each group in the source's order.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed: list[str] = []
        self._prefix = ""
        self.sort(0)

    def set_text(self, text: str) -> None:
        self._typed = words(text)
        self._prefix = " ".join(self._typed)
        # A new fixed string re-runs the filter and the sort (dynamic sort filter).
        self.setFilterFixedString(self._prefix)

    def _rank(self, index: AnyIndex) -> tuple[int, int]:
        keys = str(index.data(NAMES_ROLE) or "").split("|")
        begins = bool(self._prefix) and any(key.startswith(self._prefix) for key in keys)
        return (0 if begins else 1, index.row())

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        return self._rank(left) < self._rank(right)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._typed:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        found = str(index.data(SEARCH_ROLE) or "").split()
        return all(any(word.startswith(typed) for word in found) for typed in self._typed)


class SearchableCombo(QComboBox):
    """An editable combo box over :class:`Choice` items with a filtering completer.

    ``value()`` is the chosen item's code, or the text as typed when it names no item (the
    caller's checks then say what is wrong with it). ``changed`` follows both.
    """

    changed = Signal()

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.choice_model = ChoiceModel(choices, self)
        self.setModel(self.choice_model)
        self.filter = ChoiceFilter(self)
        self.filter.setSourceModel(self.choice_model)
        completer = QCompleter(self.filter, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        line = self.line
        line.textEdited.connect(self.filter.set_text)
        line.editingFinished.connect(self.settle)
        line.textChanged.connect(lambda _text: self.changed.emit())
        self.setCurrentIndex(-1)

    @property
    def line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the combo is editable
        return line

    def value(self) -> str:
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and text == self.itemText(index):
            return str(self.itemData(index, CODE_ROLE))
        row = self.choice_model.row_named(text)
        return str(self.itemData(row, CODE_ROLE)) if row >= 0 else text

    def set_value(self, code: str | None) -> None:
        """Show the choice of ``code``; a code that names none is shown as written."""
        row = self.choice_model.row_of(code) if code else -1
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText(code or "")
        self.filter.set_text("")

    def settle(self) -> None:
        """On leaving the field: a name typed in full, or the one choice the typing leaves,
        becomes the choice."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if not text or (index >= 0 and text == self.itemText(index)):
            return
        row = self.choice_model.row_named(text)
        if row < 0 and self.filter.rowCount() == 1:
            row = self.filter.mapToSource(self.filter.index(0, 0)).row()
        if row >= 0:
            self.setCurrentIndex(row)
