"""Planning: which steps apply and when they are due, from the small test template."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from welcome_desk.domain.checklist_plan import (
    ChangeKind,
    CurrentStep,
    Profile,
    differences,
    plan,
)
from welcome_desk.domain.checklist_template import ChecklistTemplate, load_folder
from welcome_desk.domain.dates import add_months, whole_months_between

SMALL = Path(__file__).parents[1] / "data" / "checklists" / "small"


@pytest.fixture(scope="module")
def template() -> ChecklistTemplate:
    return load_folder(SMALL)


def due(template: ChecklistTemplate, profile: Profile, **done: date) -> dict[str, date | None]:
    return {s.key: s.due_on for s in plan(template, profile, done)}


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 9, 1), 3, date(2026, 12, 1)),
        (date(2027, 6, 30), -4, date(2027, 2, 28)),
        (date(2027, 6, 30), -2, date(2027, 4, 30)),
        (date(2028, 3, 31), -1, date(2028, 2, 29)),
        (date(2026, 11, 15), 2, date(2027, 1, 15)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
    ],
)
def test_calendar_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_whole_months_between() -> None:
    assert whole_months_between(date(2026, 9, 1), date(2027, 6, 30)) == 9
    assert whole_months_between(date(2026, 9, 1), date(2027, 9, 1)) == 12
    assert whole_months_between(date(2026, 9, 15), date(2026, 10, 14)) == 0


def test_non_eu_person(template: ChecklistTemplate) -> None:
    profile = Profile(
        nationality="MA",
        category="student",
        arrival_date=date(2026, 9, 1),
        date_of_birth=date(2004, 5, 1),
        departure_date=date(2027, 6, 30),
    )
    assert due(template, profile) == {
        "visa_validation": date(2026, 12, 1),
        "social_security": date(2026, 10, 1),
        "gp": date(2026, 11, 30),  # 60 days after social security is due, while not done
        "visale": date(2026, 8, 17),
        "farewell": date(2027, 6, 23),
    }


def test_a_step_after_another_follows_its_done_date(template: ChecklistTemplate) -> None:
    profile = Profile(nationality="MA", category="student", arrival_date=date(2026, 9, 1))
    assert due(template, profile, social_security=date(2026, 9, 10))["gp"] == date(2026, 11, 9)


def test_eu_and_algerian_people(template: ChecklistTemplate) -> None:
    eu = Profile(nationality="DE", category="student", arrival_date=date(2026, 9, 1))
    algerian = Profile(nationality="DZ", category="student", arrival_date=date(2026, 9, 1))
    assert "visa_validation" not in due(template, eu)
    assert "visa_validation" not in due(template, algerian)


def test_renewal_exists_once_the_permit_expiry_is_known(template: ChecklistTemplate) -> None:
    without = Profile(nationality="CN", category="researcher", arrival_date=date(2026, 9, 1))
    assert "permit_renewal" not in due(template, without)
    with_permit = Profile(
        nationality="CN",
        category="researcher",
        arrival_date=date(2026, 9, 1),
        residence_permit_expiry=date(2027, 6, 30),
    )
    renewal = next(s for s in plan(template, with_permit) if s.key == "permit_renewal")
    assert (renewal.opens_on, renewal.due_on) == (date(2027, 2, 28), date(2027, 4, 30))


def test_age_and_stay_conditions(template: ChecklistTemplate) -> None:
    older = Profile(
        nationality="US",
        category="researcher",
        arrival_date=date(2026, 9, 1),
        date_of_birth=date(1980, 1, 1),
        departure_date=date(2026, 12, 1),
    )
    keys = set(due(template, older))
    assert "visale" not in keys  # 46 on arrival
    assert "farewell" not in keys  # a three-month stay
    unknown = Profile(nationality="US", category="researcher", arrival_date=date(2026, 9, 1))
    assert {"visale", "farewell"} <= set(due(template, unknown))
    # An unknown departure counts as a long stay, but gives no date to count back from.
    assert due(template, unknown)["farewell"] is None


def test_differences(template: ChecklistTemplate) -> None:
    profile = Profile(nationality="MA", category="student", arrival_date=date(2026, 9, 1))
    planned = plan(template, profile)
    current = {
        "visa_validation": CurrentStep("visa_validation", True, False, date(2026, 11, 1), None),
        "social_security": CurrentStep("social_security", True, True, date(2026, 9, 1), None),
        "gp": CurrentStep("gp", True, False, date(2026, 1, 1), None, due_set_by_hand=True),
        "old_step": CurrentStep("old_step", True, False, None, None),
        "done_old_step": CurrentStep("done_old_step", True, True, None, None),
        "visale": CurrentStep("visale", False, False, date(2026, 8, 17), None),
    }
    changes = {(c.key, c.kind) for c in differences(current, planned)}
    assert changes == {
        ("visa_validation", ChangeKind.DUE_CHANGED),
        ("old_step", ChangeKind.WITHDRAWN),
        ("visale", ChangeKind.RESTORED),
        ("farewell", ChangeKind.ADDED),
    }
