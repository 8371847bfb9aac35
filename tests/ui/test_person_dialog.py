"""The register/edit form, driven as the counter uses it: typed at the keyboard, checked next to
each field, warned of duplicates and of another desk's save, never losing what was typed."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from welcome_desk.db.engine import Database
from welcome_desk.db.models import Person
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.person import PersonData
from welcome_desk.services.people import register
from welcome_desk.services.person_form import load_person, update_person
from welcome_desk.services.search import search
from welcome_desk.ui import person_form
from welcome_desk.ui.choice_combo import SearchableCombo
from welcome_desk.ui.date_field import DateField
from welcome_desk.ui.person_form import PersonDialog

# The completer's popup on the offscreen platform (no window manager): nothing to act on.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TODAY = date(2026, 11, 22)
STAFF = Actor("marie.dupont")
ELODIE = PersonData(
    family_name="Dupont",
    given_names="Élodie",
    date_of_birth=date(2000, 1, 15),
    nationality="FR",
    category="student",
    arrival_date=date(2026, 9, 1),
    phone="+33612345678",
)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are never shown (a modal box would wait for ever): a question answers
    Discard (closing a changed form at the end of a test), a warning is recorded."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)

    def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
        warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return warnings


@pytest.fixture
def open_dialog(qtbot: QtBot, database: Database):  # type: ignore[no-untyped-def]
    opened: list[PersonDialog] = []  # kept alive until the end of the test

    def open_(person_id: int | None = None, language: str = "en") -> PersonDialog:
        dialog = PersonDialog(
            database=database, language=language, actor=STAFF, today=TODAY, person_id=person_id
        )
        qtbot.addWidget(dialog)
        opened.append(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    return open_


@pytest.fixture
def elodie(database: Database) -> int:
    with database.writing() as session:
        return register(session, ELODIE).id


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into the field, type, and leave it with Tab as the staff do."""
    line = widget.line if isinstance(widget, SearchableCombo) else widget
    assert isinstance(line, QLineEdit)
    line.setFocus()
    line.clear()
    qtbot.keyClicks(line, text)
    if isinstance(widget, SearchableCombo):
        popup = widget.completer().popup()
        if popup.isVisible():  # Tab goes to the list of suggestions first
            qtbot.keyClick(popup, Qt.Key.Key_Tab)
            assert not popup.isVisible()
    else:
        qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert not line.hasFocus()


def type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.select_first_part()
    qtbot.keyClicks(field.edit, text)


def fill_required(qtbot: QtBot, dialog: PersonDialog, family: str = "Ngo") -> None:
    type_into(qtbot, dialog.fields.family_name, family)
    type_into(qtbot, dialog.fields.nationality, "Vietnam")
    dialog.fields.nationality.settle()
    dialog.fields.category.setCurrentIndex(dialog.fields.category.findData("student"))


def choose_nothing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_newcomer_typed_with_mistakes_is_told_next_to_each_field_then_saved(
    qtbot: QtBot,
    open_dialog,
    database: Database,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    fields = dialog.fields
    assert dialog.windowTitle() == "Register a newcomer"
    type_into(qtbot, fields.given_names, "Élodie")
    type_date(qtbot, fields.date_of_birth, "1/15/2000")  # English: month first
    assert fields.date_of_birth.value() == date(2000, 1, 15)
    assert fields.date_of_birth.not_known is not None
    assert not fields.date_of_birth.not_known.isChecked()
    type_into(qtbot, fields.nationality, "allem")
    type_into(qtbot, fields.email, "not-an-email")
    assert fields.errors() == {
        "email": "Email: 'not-an-email' is not a valid email address"
    }  # shown as soon as the field is left; untouched fields stay quiet
    box = fields.boxes["email"]
    assert box.error.isVisible()
    assert box.error.y() > fields.email.y()  # under the field, not in a box
    fields.category.setCurrentIndex(fields.category.findData("student"))
    fields.departure_date.not_known.setChecked(False)  # type: ignore[union-attr]
    fields.departure_date.set_value(date(2026, 8, 31))
    fields.arrival_date.set_value(date(2026, 9, 1))

    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors() == {
        "family_name": "Family name: required but empty",
        "email": "Email: 'not-an-email' is not a valid email address",
        "departure_date": "Departure: 2026-08-31 is before the arrival date 2026-09-01",
    }
    assert fields.family_name.hasFocus()  # the first problem, to fix at once

    type_into(qtbot, fields.family_name, "Dupont")
    type_into(qtbot, fields.email, "elodie.dupont@example.org")
    fields.departure_date.set_value(date(2027, 1, 31))
    assert dialog.errors() == {}
    assert fields.nationality.currentText() == "Germany"  # "allem" left only Allemagne/Germany

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(fields.host_unit, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    with database.session() as session:
        hits = search(session, "elodie dup")
        assert [hit.id for hit in hits] == [saved.args[0]]
        person = session.get(Person, saved.args[0])
        assert person is not None
        assert (person.nationality, person.date_of_birth, person.departure_date) == (
            "DE",
            date(2000, 1, 15),
            date(2027, 1, 31),
        )
        assert person.email == "elodie.dupont@example.org"


def test_messages_are_in_the_staff_s_language(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(language="fr")
    assert not dialog.save()
    assert dialog.errors()["family_name"].endswith(" : obligatoire mais vide")
    assert dialog.errors()["nationality"].endswith(" : obligatoire mais vide")


def test_ctrl_enter_saves_from_anywhere(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    fill_required(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(
            dialog.fields.accompanying_persons,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )


def test_the_kinds_offered_follow_the_category(open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    fields = dialog.fields

    def kinds() -> list[str]:
        return [fields.sub_kind.itemData(i) for i in range(fields.sub_kind.count())]

    assert kinds() == [""] and not fields.sub_kind.isEnabled()
    fields.category.setCurrentIndex(fields.category.findData("researcher"))
    assert kinds() == ["", "post_doc", "visiting_researcher", "phd"]
    fields.sub_kind.setCurrentIndex(kinds().index("phd"))
    fields.category.setCurrentIndex(fields.category.findData("student"))
    assert kinds() == ["", "exchange", "bachelor", "master", "phd"]
    assert fields.sub_kind.currentData() == "phd"  # still fits: kept
    fields.category.setCurrentIndex(fields.category.findData("teacher"))
    assert fields.sub_kind.currentData() == ""


def test_a_likely_duplicate_is_shown_before_saving(
    qtbot: QtBot,
    open_dialog,
    elodie: int,
    database: Database,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    fill_required(qtbot, dialog, family="DUPONT")
    type_into(qtbot, dialog.fields.given_names, "elodie")
    type_date(qtbot, dialog.fields.date_of_birth, "1/15/2000")
    with qtbot.assertNotEmitted(dialog.saved):
        assert not dialog.save()
    assert dialog.duplicates.isVisible()
    assert dialog.duplicates.people.count() == 1
    shown = dialog.duplicates.people.item(0).text()
    assert shown.startswith("DUPONT Élodie — born ") and shown.endswith(f"(#{elodie})")
    assert "France" in shown

    with qtbot.waitSignal(dialog.open_person) as opened:
        qtbot.keyClick(dialog.duplicates.people, Qt.Key.Key_Return)
    assert opened.args == [elodie]
    assert not dialog.isVisible()


def test_saving_anyway_registers_a_second_person(
    qtbot: QtBot,
    open_dialog,
    elodie: int,
    database: Database,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    fill_required(qtbot, dialog, family="Dupont")
    type_into(qtbot, dialog.fields.given_names, "Élodie")
    assert not dialog.save()  # no birth date here: the names alone match
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.duplicates.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] != elodie
    with database.session() as session:
        assert len(search(session, "dupont elodie")) == 2


def test_editing_a_person_shows_and_saves_their_details(
    qtbot: QtBot,
    open_dialog,
    elodie: int,
    database: Database,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(elodie)
    fields = dialog.fields
    assert dialog.windowTitle() == "Edit DUPONT Élodie"
    assert fields.family_name.text() == "Dupont"
    assert fields.nationality.currentText() == "France"
    assert fields.date_of_birth.value() == date(2000, 1, 15)
    assert fields.departure_date.value() is None
    assert fields.preferred_language.currentText() == "French"
    assert not dialog.is_modified()
    type_into(qtbot, fields.phone, "06 98 76 54 32")
    assert dialog.is_modified()
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [elodie]
    with database.session() as session:
        data, version = load_person(session, elodie)
    assert (data, version) == (replace(ELODIE, phone="+33698765432"), 2)


def test_another_desk_s_save_is_shown_and_nothing_is_lost(
    qtbot: QtBot,
    open_dialog,
    elodie: int,
    database: Database,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(elodie)
    # Meanwhile, at another desk:
    theirs = replace(ELODIE, phone="+33700000000", departure_date=date(2027, 1, 31))
    with database.writing() as session:
        update_person(session, elodie, theirs, expected_version=1, actor=Actor("karim"))
    type_into(qtbot, dialog.fields.email, "elodie@example.org")
    type_into(qtbot, dialog.fields.phone, "+33 6 11 11 11 11")

    with qtbot.assertNotEmitted(dialog.saved):
        assert not dialog.save()
    assert dialog.conflict.isVisible()
    assert "Someone else saved this person" in dialog.conflict.message.text()
    assert dialog.conflict.cells() == [
        ("Email", "—", "elodie@example.org"),
        ("Phone", "+33700000000", "+33611111111"),
        ("Departure", "1/31/2027", "—"),
    ]
    with database.session() as session:
        assert load_person(session, elodie) == (theirs, 2)  # their save stands
    # Their departure is taken into the form; both phones differ: mine stays, to check.
    assert dialog.fields.departure_date.value() == date(2027, 1, 31)
    assert dialog.fields.phone.text() == "+33611111111"
    assert dialog.fields.email.text() == "elodie@example.org"
    assert dialog.is_modified()

    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    with database.session() as session:
        data, version = load_person(session, elodie)
    assert version == 3
    assert (data.email, data.phone, data.departure_date) == (
        "elodie@example.org",
        "+33611111111",
        date(2027, 1, 31),
    )


def test_leaving_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    open_dialog,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    asked = choose_nothing(monkeypatch)
    dialog = open_dialog()
    dialog.reject()
    assert asked == [] and not dialog.isVisible()  # nothing typed: nothing to ask

    dialog = open_dialog()
    type_into(qtbot, dialog.fields.family_name, "Nakamura")
    dialog.reject()
    assert asked == ["Discard the changes you typed?"]
    assert dialog.isVisible() and dialog.fields.family_name.text() == "Nakamura"
    qtbot.keyClick(dialog.fields.given_names, Qt.Key.Key_Escape)
    assert len(asked) == 2 and dialog.isVisible()
    dialog.close()
    assert len(asked) == 3 and dialog.isVisible()

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_busy_database_is_said_and_what_was_typed_is_kept(
    qtbot: QtBot,
    open_dialog,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    no_real_message_boxes: list[str],
) -> None:
    dialog = open_dialog()
    fill_required(qtbot, dialog)

    def busy(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(person_form, "register", busy)
    with qtbot.assertNotEmitted(dialog.saved):
        assert not dialog.save()
    [warning] = no_real_message_boxes
    assert "is busy (locked by another program)" in warning
    assert warning.endswith("What you typed is kept.")
    assert dialog.isVisible() and dialog.fields.family_name.text() == "Ngo"
    assert dialog.is_modified()


def test_an_empty_date_is_typed_like_on_paper(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(language="fr")
    birth = dialog.fields.date_of_birth
    assert birth.value() is None and birth.edit.text() == "—"
    for typed, expected in [
        ("14/07/2000", date(2000, 7, 14)),
        ("4/7/1999", date(1999, 7, 4)),
        ("14-07-2000", date(2000, 7, 14)),
        ("31121999", date(1999, 12, 31)),
    ]:
        birth.set_value(None)
        type_date(qtbot, birth, typed)
        assert birth.value() == expected, typed
    assert birth.not_known is not None
    birth.not_known.setChecked(True)
    assert birth.value() is None


def test_the_layout_follows_right_to_left(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog.adjustSize()
    qtbot.wait(10)
    box = dialog.fields.boxes["family_name"]
    label = next(
        w
        for w in box.parentWidget().findChildren(QWidget)
        if getattr(w, "buddy", None) and w.buddy() is dialog.fields.family_name
    )
    label_x = label.mapTo(dialog, QPoint(0, 0)).x()
    assert label_x > box.mapTo(dialog, QPoint(0, 0)).x()  # the label on the right
    identity, stay = (g.mapTo(dialog, QPoint(0, 0)).x() for g in dialog.fields.groups)
    assert identity > stay  # the first column on the right


def test_tab_leaves_an_empty_date_for_the_next_field(qtbot: QtBot, open_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(language="fr")
    birth = dialog.fields.date_of_birth
    birth.edit.setFocus()
    qtbot.waitUntil(birth.edit.hasFocus)
    assert birth.value() is None
    qtbot.keyClick(birth.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not birth.edit.hasFocus())
    assert birth.value() is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.waitUntil(birth.edit.hasFocus)
