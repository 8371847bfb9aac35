"""The person file, driven as the counter uses it, on a real database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from window_doubles import default_locale, record_boxes

from welcome_desk.db.engine import Database
from welcome_desk.db.journey_models import ChecklistStep, HealthcareRecord, HousingRecord, Visit
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.countries import country_name
from welcome_desk.services.checklists import checklist_of, set_status
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.records import HousingData, save_housing
from welcome_desk.ui.person_file import PersonFileWidget
from welcome_desk.ui.person_file.checklist_model import ChecklistModel
from welcome_desk.ui.person_file.formatting import display_name
from welcome_desk.ui.person_file.history import HistoryTab
from welcome_desk.ui.person_file.rows_model import RowsModel

STAFF = Actor("marie.dupont")
TODAY = date(2026, 11, 20)
WAIT = 5000


@pytest.fixture(autouse=True)
def us_english_dates() -> Iterator[None]:
    """Dates as the staff's locale writes them: US English here (the French test sets its own)."""
    with default_locale("en_US"):
        yield


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the file told the staff in warnings (never shown in tests)."""
    return record_boxes(monkeypatch, "warning")


@pytest.fixture
def person_id(database: Database) -> int:
    database.actor = STAFF  # who the audit trail names, as the window signed in would
    with database.writing() as session:
        return register(
            session,
            PersonData(
                family_name="Okafor",
                given_names="Chidi",
                nationality="NG",
                category="student",
                sub_kind="master",
                arrival_date=date(2026, 9, 1),
                departure_date=date(2027, 6, 30),
            ),
        ).id


def open_file(
    qtbot: QtBot, database: Database, person_id: int, language: str = "en"
) -> PersonFileWidget:
    widget = PersonFileWidget(
        database=database, language=language, actor=STAFF, today=lambda: TODAY
    )
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        widget.show_person(person_id)
    return widget


@pytest.fixture
def file(
    qtbot: QtBot, database: Database, person_id: int, messages: list[str]
) -> Iterator[PersonFileWidget]:
    widget = open_file(qtbot, database, person_id)
    yield widget
    widget.wait_for_jobs()


def db_step(database: Database, person_id: int, key: str) -> ChecklistStep | None:
    with database.session() as session:
        checklist = checklist_of(session, person_id)
        assert checklist is not None
        return next((s for s in checklist.steps if s.key == key), None)


def step_index(file: PersonFileWidget, key: str, column: int = 0) -> QModelIndex:
    model = file.checklist.model
    step = next(s for s in model.steps() if s.key == key)
    index = model.index_of_step(step.id)
    return index.siblingAtColumn(column)


def shown(file: PersonFileWidget, key: str, column: int) -> str:
    return str(step_index(file, key, column).data())


def choose_step(file: PersonFileWidget, key: str) -> None:
    file.checklist.view.setFocus()
    file.checklist.view.setCurrentIndex(step_index(file, key))


def press(qtbot: QtBot, file: PersonFileWidget, key: Qt.Key) -> None:
    """A key on the checklist, then the file read again."""
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        qtbot.keyClick(file.checklist.view, key)


def rows(model: RowsModel) -> list[tuple[str, ...]]:
    return [model.texts(r) for r in range(model.rowCount())]


def test_the_file_shows_who_the_person_is(file: PersonFileWidget) -> None:
    header = file.header
    assert header.name.text() == "OKAFOR Chidi"
    assert header.nationality.text() == "Nigeria"
    assert header.membership.text() == "non-EU"
    assert header.category.text() == "student · master's student"
    assert "Arrival: 9/1/26" in header.dates.text()
    assert "Departure: 6/30/27" in header.dates.text()
    assert (header.progress.value(), header.progress.maximum()) == (0, 27)


def test_names_keep_their_script_and_capitals_where_it_has_them() -> None:
    assert display_name("Nguyễn", "Thị Lan") == "NGUYỄN Thị Lan"
    assert display_name("Иванова", "Анна") == "ИВАНОВА Анна"
    assert display_name("Παπαδόπουλος", None) == "ΠΑΠΑΔΌΠΟΥΛΟΣ"
    assert display_name("王", "小明") == "王 小明"
    assert display_name("الهاشمي", "ليلى") == "الهاشمي ليلى"


def test_the_checklist_is_grouped_by_area_with_its_due_dates(file: PersonFileWidget) -> None:
    model = file.checklist.model
    areas = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert areas == ["Arrival and administrative", "Housing", "Healthcare", "City life"]
    assert model.index(0, ChecklistModel.STATUS).data() == "0 of 8 done"
    assert shown(file, "vls_ts_validation", ChecklistModel.TITLE) == (
        "Validate your long-stay visa (VLS-TS) online"
    )
    assert shown(file, "vls_ts_validation", ChecklistModel.STATUS) == "to do"
    assert shown(file, "vls_ts_validation", ChecklistModel.DUE) == "12/1/26"
    # Due in 11 days: coming soon; past its date: overdue (in red); no due date: nothing.
    urgency = ChecklistModel.UrgencyRole
    assert step_index(file, "vls_ts_validation", ChecklistModel.DUE).data(urgency) == "near"
    overdue = step_index(file, "maison_internationale_welcome", ChecklistModel.DUE)
    assert overdue.data(urgency) == "overdue"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    # Plural forms come from the English catalog when installed (tests/ui/conftest.py).
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) in (
        "Overdue by 66 days",
        "Overdue by 66 day(s)",
    )
    assert step_index(file, "bank_account", ChecklistModel.DUE).data(urgency) is None


def test_space_ticks_a_step_done_with_its_history(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    choose_step(file, "vls_ts_validation")
    with qtbot.waitSignal(file.changed, timeout=WAIT) as changed:
        press(qtbot, file, Qt.Key.Key_Space)
    assert changed.args == [person_id]
    step = db_step(database, person_id, "vls_ts_validation")
    assert step is not None
    assert (step.status, step.done_on) == ("done", TODAY)
    assert [(h.actor, h.field, h.old_value, h.new_value) for h in step.history] == [
        ("marie.dupont", "status", "todo", "done"),
        ("marie.dupont", "done_on", None, "2026-11-20"),
    ]
    assert shown(file, "vls_ts_validation", ChecklistModel.STATUS) == "done"
    assert shown(file, "vls_ts_validation", ChecklistModel.DONE) == "11/20/26"
    done = step_index(file, "vls_ts_validation")
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert file.header.progress.value() == 1
    history = rows(file.history.model)
    title = "Validate your long-stay visa (VLS-TS) online"
    assert [row[HistoryTab.WHO :] for row in history[:2]] == [
        ("marie.dupont (system user)", f"Step “{title}” updated", "Status", "to do", "done"),
        ("", "", "Done on", "—", "11/20/26"),
    ]
    # Space again: back to do.
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        press(qtbot, file, Qt.Key.Key_Space)
    step = db_step(database, person_id, "vls_ts_validation")
    assert step is not None and (step.status, step.done_on) == ("todo", None)
    assert [row[HistoryTab.FIELD :] for row in rows(file.history.model)[:4]] == [
        ("Status", "done", "to do"),
        ("Done on", "11/20/26", "—"),
        ("Status", "to do", "done"),
        ("Done on", "—", "11/20/26"),
    ]


def test_number_keys_set_each_status(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    choose_step(file, "bank_account")
    for key, status in [
        (Qt.Key.Key_2, "in_progress"),
        (Qt.Key.Key_3, "done"),
        (Qt.Key.Key_4, "not_applicable"),
        (Qt.Key.Key_1, "todo"),
    ]:
        press(qtbot, file, key)
        step = db_step(database, person_id, "bank_account")
        assert step is not None and step.status == status
        assert file.checklist.current_step() is not None
        assert file.checklist.current_step().key == "bank_account"  # type: ignore[union-attr]


def test_one_click_on_a_steps_box_ticks_it(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    view = file.checklist.view
    index = step_index(file, "bank_account")
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = (
        view.style()
        .subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
        .center()
    )
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box)
    step = db_step(database, person_id, "bank_account")
    assert step is not None and step.status == "done"


def test_a_step_is_blocked_with_a_reason(
    qtbot: QtBot,
    file: PersonFileWidget,
    database: Database,
    person_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def get_text(*args: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "Site ANEF en panne", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    choose_step(file, "vls_ts_validation")
    press(qtbot, file, Qt.Key.Key_5)
    assert "Validate your long-stay visa (VLS-TS) online" in asked[0]
    step = db_step(database, person_id, "vls_ts_validation")
    assert step is not None
    assert (step.status, step.blocked_reason) == ("blocked", "Site ANEF en panne")
    assert shown(file, "vls_ts_validation", ChecklistModel.STATUS) == (
        "blocked: Site ANEF en panne"
    )
    assert "reason: Site ANEF en panne" in file.checklist.step_status.text()


def test_no_reason_no_block(
    qtbot: QtBot,
    file: PersonFileWidget,
    database: Database,
    person_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", False))
    choose_step(file, "vls_ts_validation")
    with qtbot.assertNotEmitted(file.changed, wait=100):
        qtbot.keyClick(file.checklist.view, Qt.Key.Key_5)
    step = db_step(database, person_id, "vls_ts_validation")
    assert step is not None and step.status == "todo"


def test_ctrl_r_then_enter_records_a_visit(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    file.checklist.view.setFocus()
    qtbot.keyClick(file.checklist.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = file.visit_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen() == ["general_information"]
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    with database.session() as session:
        visits = session.query(Visit).filter_by(person_id=person_id).all()
        assert [(v.staff, [p.purpose for p in v.purposes]) for v in visits] == [
            ("marie.dupont", ["general_information"])
        ]
    assert file.tabs.currentWidget() is file.visits
    [(_when, staff, purposes, _notes)] = rows(file.visits.model)
    assert (staff, purposes) == ("marie.dupont", "General information")
    assert file.visits.count.text() in ("1 visit", "1 visit(s)")


def test_a_visit_can_have_several_purposes_and_a_note(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    file.visits.record_button.click()
    dialog = file.visit_dialog
    assert dialog is not None
    dialog.boxes["general_information"].setChecked(False)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a visit is for something
    dialog.boxes["caf"].setChecked(True)
    dialog.boxes["housing"].setChecked(True)
    qtbot.keyClicks(dialog.notes, "Dossier CAF incomplet")
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)
    [(_when, _staff, purposes, notes)] = rows(file.visits.model)
    assert notes == "Dossier CAF incomplet"
    assert "CAF" in purposes and "Housing" in purposes


def test_a_residence_permit_expiry_brings_its_renewal_step(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    form = file.administrative
    file.tabs.setCurrentWidget(form)
    assert "residence_permit_renewal" not in {s.key for s in file.checklist.model.steps()}
    qtbot.mouseClick(form.permit_expiry.known, Qt.MouseButton.LeftButton)
    form.permit_expiry.editor.setDate(
        form.permit_expiry.editor.date().fromString("2027-06-30", "yyyy-MM-dd")
    )
    qtbot.keyClicks(form.permit_number, "5900123456")
    assert file.unsaved_changes() == ["Administrative"]
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.dirty
    step = db_step(database, person_id, "residence_permit_renewal")
    assert step is not None and step.due_on is not None
    assert date(2027, 2, 28) <= step.due_on <= date(2027, 4, 30)
    assert shown(file, "residence_permit_renewal", ChecklistModel.DUE) == "4/30/27"
    assert [h.actor for h in step.history] == ["marie.dupont"]
    assert form.permit_number.text() == "5900123456"
    history = rows(file.history.model)
    assert history[0][HistoryTab.WHAT].startswith("Step “Renew your residence permit")
    assert history[0][HistoryTab.WHAT].endswith("” added")
    assert ("", "", "", "Applies", "—", "yes") in history
    assert ("Papers recorded", "Residence permit number", "—", "5900123456") in [
        row[HistoryTab.WHAT :] for row in history
    ]

    # The expiry removed: the step no longer applies, shown struck through with its history.
    qtbot.mouseClick(form.permit_expiry.known, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        form.save_button.click()
    withdrawn = step_index(file, "residence_permit_renewal")
    assert withdrawn.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not withdrawn.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_a_record_refused_says_why_beside_the_form(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    form = file.administrative
    file.tabs.setCurrentWidget(form)
    qtbot.mouseClick(form.vls_ts_validated_on.known, Qt.MouseButton.LeftButton)
    form.vls_ts_validated_on.editor.setDate(
        form.vls_ts_validated_on.editor.date().fromString("2026-08-01", "yyyy-MM-dd")
    )
    with qtbot.assertNotEmitted(file.changed, wait=50):
        form.save_button.click()
    assert form.errors.text() == "The visa cannot be validated before the arrival date."
    assert form.dirty  # what was typed stays, to be corrected


def test_a_stale_step_is_refused_and_reloaded_never_overwritten(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int, messages: list[str]
) -> None:
    choose_step(file, "vls_ts_validation")
    step = db_step(database, person_id, "vls_ts_validation")
    assert step is not None
    # Meanwhile, at another desk:
    with database.writing() as session:
        set_status(session, step.id, "in_progress", Actor("bruno"), today=TODAY)
    press(qtbot, file, Qt.Key.Key_Space)
    assert messages == ["This step was changed meanwhile by someone else; reload it and try again."]
    step = db_step(database, person_id, "vls_ts_validation")
    assert step is not None and step.status == "in_progress"
    assert shown(file, "vls_ts_validation", ChecklistModel.STATUS) == "in progress"
    # Now that the file shows what is there, the same key works.
    press(qtbot, file, Qt.Key.Key_Space)
    step = db_step(database, person_id, "vls_ts_validation")
    assert step is not None and step.status == "done"


def test_a_step_done_moves_the_due_dates_of_the_steps_waiting_on_it(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    # The ameli account is due 60 days after the social security registration.
    assert shown(file, "ameli_account", ChecklistModel.DUE) == "12/14/26"
    choose_step(file, "student_social_security_registration")
    press(qtbot, file, Qt.Key.Key_3)
    assert shown(file, "ameli_account", ChecklistModel.DUE) == "1/19/27"
    step = db_step(database, person_id, "ameli_account")
    assert step is not None and step.due_on == date(2027, 1, 19)


def test_a_busy_database_is_told_in_words_and_nothing_changes(
    qtbot: QtBot,
    file: PersonFileWidget,
    database: Database,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    @contextmanager
    def locked() -> Iterator[None]:
        raise OperationalError("UPDATE …", {}, sqlite3.OperationalError("database is locked"))
        yield

    monkeypatch.setattr(database, "writing", locked)
    choose_step(file, "bank_account")
    with qtbot.assertNotEmitted(file.changed, wait=50):
        qtbot.keyClick(file.checklist.view, Qt.Key.Key_Space)
    [told] = messages
    assert told.startswith("Nothing was saved. The database ")
    assert told.endswith("is busy (locked by another program); try again.")
    assert shown(file, "bank_account", ChecklistModel.STATUS) == "to do"


def test_a_person_no_longer_registered(
    qtbot: QtBot, database: Database, messages: list[str]
) -> None:
    widget = PersonFileWidget(database=database, language="en", actor=STAFF, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show_person(404)
    qtbot.waitUntil(lambda: widget.status.text() == "This person is no longer in the register.")
    assert not widget.isEnabled() and widget.data is None
    widget.wait_for_jobs()


def test_the_file_mirrors_right_to_left(file: PersonFileWidget) -> None:
    file.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    file.layout().activate()
    file.header.layout().activate()
    header = file.header
    assert header.name.geometry().left() > header.progress.geometry().right()
    assert file.close_button.x() < file.header.x()


def test_notes_are_saved_and_a_due_date_set_by_hand(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    tab = file.checklist
    choose_step(file, "bank_account")
    qtbot.keyClicks(tab.notes_editor, "Rendez-vous ")
    tab.notes_editor.insertPlainText("à la banque le 25")  # QTest types ASCII only
    assert file.unsaved_changes() == ["Checklist"]
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        qtbot.mouseClick(tab.save_notes_button, Qt.MouseButton.LeftButton)
    step = db_step(database, person_id, "bank_account")
    assert step is not None and step.notes == "Rendez-vous à la banque le 25"
    assert shown(file, "bank_account", ChecklistModel.NOTES) == "Rendez-vous à la banque le 25"
    assert file.unsaved_changes() == []

    tab.due_editor.setDate(tab.due_editor.date().fromString("2026-11-25", "yyyy-MM-dd"))
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        tab.set_due_button.click()
    step = db_step(database, person_id, "bank_account")
    assert step is not None and (step.due_on, step.due_set_by_hand) == (date(2026, 11, 25), True)
    assert shown(file, "bank_account", ChecklistModel.DUE) == "11/25/26 ✎"


def test_notes_being_typed_are_saved_when_moving_to_another_step(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    choose_step(file, "bank_account")
    qtbot.keyClicks(file.checklist.notes_editor, "RIB apporte")
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        choose_step(file, "student_card")
    step = db_step(database, person_id, "bank_account")
    assert step is not None and step.notes == "RIB apporte"
    assert file.checklist.notes_editor.toPlainText() == ""


def test_housing_healthcare_and_appointments(
    qtbot: QtBot, file: PersonFileWidget, database: Database, person_id: int
) -> None:
    housing = file.housing
    file.tabs.setCurrentWidget(housing)
    qtbot.keyClicks(housing.address, "12 rue de Paris, Lille")
    qtbot.mouseClick(housing.from_date.known, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(housing.to_date.known, Qt.MouseButton.LeftButton)
    housing.to_date.editor.setDate(housing.from_date.editor.date().addDays(-1))
    housing.save_button.click()
    assert housing.errors.text() == "The housing ends before it starts."
    housing.to_date.editor.setDate(housing.from_date.editor.date().addDays(300))
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        housing.save_button.click()
    assert housing.errors.isHidden()
    [row] = rows(housing.model)
    assert row[:2] == ("CROUS residence", "12 rue de Paris, Lille")

    health = file.healthcare
    file.tabs.setCurrentWidget(health)
    qtbot.keyClick(health.gp_declared, Qt.Key.Key_Space)
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        health.save_button.click()
    assert health.gp_declared.isChecked() and not health.dirty

    appointments = file.appointments
    file.tabs.setCurrentWidget(appointments)
    appointments.save_button.click()
    assert appointments.errors.text() == "Say where the appointment is and what it is for."
    qtbot.keyClicks(appointments.place, "Prefecture du Nord")
    qtbot.keyClicks(appointments.purpose, "Titre de sejour")
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        qtbot.keyClick(appointments.purpose, Qt.Key.Key_Return)
    [(_when, place, purpose, _notes)] = rows(appointments.model)
    assert (place, purpose) == ("Prefecture du Nord", "Titre de sejour")


def test_edits_being_typed_survive_a_reload_and_are_not_dropped_silently(
    qtbot: QtBot, file: PersonFileWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    file.tabs.setCurrentWidget(file.administrative)
    qtbot.keyClicks(file.administrative.permit_number, "5900")
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        file.reload()
    assert file.administrative.permit_number.text() == "5900"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(file.closed):
        qtbot.keyClick(file.checklist.view, Qt.Key.Key_Escape)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(file.closed, timeout=WAIT):
        qtbot.keyClick(file.checklist.view, Qt.Key.Key_Escape)


def test_french_file(qtbot: QtBot, database: Database, person_id: int, messages: list[str]) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    widget = open_file(qtbot, database, person_id, language="fr")
    assert widget.header.nationality.text() == country_name("NG", "fr")
    assert "01/09/2026" in widget.header.dates.text()
    assert shown(widget, "vls_ts_validation", ChecklistModel.STATUS) == "à faire"
    assert shown(widget, "vls_ts_validation", ChecklistModel.DUE) == "01/12/2026"
    widget.wait_for_jobs()


def test_every_model_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
    file: PersonFileWidget,
) -> None:
    file.visits.record_button.click()
    assert file.visit_dialog is not None
    with qtbot.waitSignal(file.loaded, timeout=WAIT):
        file.visit_dialog.accept()
    for model in (
        file.checklist.model,
        file.history.model,
        file.visits.model,
        file.housing.model,
        file.appointments.model,
    ):
        qtmodeltester.check(model)


def test_a_step_shows_how_to_do_it_what_to_bring_and_where(file: PersonFileWidget) -> None:
    choose_step(file, "vls_ts_validation")
    shown_help = file.checklist.step_help.text()
    assert "ANEF" in shown_help  # the template's help text, in the window's language
    assert "To bring:" in shown_help
    assert 'href="https://administration-etrangers-en-france.interieur.gouv.fr"' in shown_help
    choose_step(file, "pass_pass_card")
    assert "ANEF" not in file.checklist.step_help.text()


def test_two_windows_saving_the_same_record_never_overwrite_each_other(
    qtbot: QtBot, database: Database, person_id: int, messages: list[str]
) -> None:
    """Two desks on one database file: the second save is refused with both versions side by
    side, what it typed stays in its form over the first desk's changes, and saving again
    keeps both."""
    first = open_file(qtbot, database, person_id)
    other_desk = Database(database.url, actor=Actor("paul.martin"))
    second = open_file(qtbot, other_desk, person_id)
    for file in (first, second):
        file.tabs.setCurrentWidget(file.healthcare)
    # The first desk: social security requested (provisional number), and a mutuelle.
    form = first.healthcare
    form.social_security.setCurrentIndex(form.social_security.findData("provisional"))
    form.mutuelle.click()
    with qtbot.waitSignal(first.loaded, timeout=WAIT):
        form.save_button.click()
    # The second desk, still showing the empty record: the GP declared, and a definitive number.
    mine = second.healthcare
    mine.gp_declared.click()
    mine.social_security.setCurrentIndex(mine.social_security.findData("definitive"))
    with qtbot.waitSignal(second.loaded, timeout=WAIT):  # refused: the file is read again
        mine.save_button.click()
    assert messages == []
    assert mine.conflict.isVisible()
    assert "Someone else saved this record" in mine.conflict.message.text()
    assert mine.conflict.cells() == [
        ("Social security", "provisional number", "definitive number"),
        ("Complementary insurance (mutuelle)", "yes", "no"),
        ("GP (médecin traitant) declared", "no", "yes"),
    ]
    # Theirs where only they changed; mine where I did (the clash shown in bold, my value kept).
    assert mine.dirty
    assert mine.mutuelle.isChecked() and mine.gp_declared.isChecked()
    assert mine.social_security.currentData() == "definitive"
    with database.session() as session:
        stored = session.get(HealthcareRecord, person_id)
        assert stored is not None
        assert (stored.social_security, stored.gp_declared) == ("provisional", False)
    # Saving again starts from their version: both changes are kept.
    with qtbot.waitSignal(second.loaded, timeout=WAIT):
        mine.save_button.click()
    assert not mine.conflict.isVisible() and not mine.dirty
    with database.session() as session:
        stored = session.get(HealthcareRecord, person_id)
        assert stored is not None
        assert (stored.social_security, stored.mutuelle, stored.gp_declared) == (
            "definitive",
            True,
            True,
        )
    # The history names both desks.
    with qtbot.waitSignal(first.loaded, timeout=WAIT):
        first.reload()
    whats = [row[HistoryTab.WHO : HistoryTab.FIELD] for row in rows(first.history.model)]
    assert ("paul.martin (system user)", "Healthcare changed") in whats
    assert ("marie.dupont (system user)", "Healthcare recorded") in whats
    for file in (first, second):
        file.wait_for_jobs()
    other_desk.dispose()


def test_a_housing_changed_by_another_desk_is_shown_beside_mine(
    qtbot: QtBot, database: Database, person_id: int, messages: list[str]
) -> None:
    with database.writing() as session:
        save_housing(session, person_id, HousingData(kind="crous", address="Résidence Bachelard"))
    first = open_file(qtbot, database, person_id)
    second = open_file(qtbot, database, person_id)
    first.housing.address.setText("Résidence Bachelard, chambre 12")
    first.housing.address.textEdited.emit("")
    with qtbot.waitSignal(first.loaded, timeout=WAIT):
        first.housing.save_button.click()
    second.housing.address.setText("Résidence Bachelard, ch. 14")
    second.housing.address.textEdited.emit("")
    with qtbot.waitSignal(second.loaded, timeout=WAIT):
        second.housing.save_button.click()
    assert second.housing.conflict.cells() == [
        ("Address", "Résidence Bachelard, chambre 12", "Résidence Bachelard, ch. 14")
    ]
    assert second.housing.address.text() == "Résidence Bachelard, ch. 14"
    with qtbot.waitSignal(second.loaded, timeout=WAIT):
        second.housing.save_button.click()
    with database.session() as session:
        [stored] = session.scalars(select(HousingRecord)).all()
        assert (stored.address, stored.version) == ("Résidence Bachelard, ch. 14", 3)
    for file in (first, second):
        file.wait_for_jobs()
