"""Demo people part-way through their journey: most steps due before the demo's reference day
are done, a few are blocked, some are late, so the dashboard and the overdue list look like a
real desk's.

The reference day is fixed (not today) so that the same seed always gives the same data. The
states are given to the checklist as it is made (no second pass over the steps).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from random import Random

from welcome_desk.domain.checklist_plan import PlannedStep, Profile
from welcome_desk.domain.countries import is_eu_eea_swiss
from welcome_desk.domain.dates import add_months
from welcome_desk.domain.person import Category, PersonData
from welcome_desk.domain.records import VisaType
from welcome_desk.domain.step_status import StepStatus
from welcome_desk.services.checklists import StartingStates, StepState
from welcome_desk.services.records import AdministrativeData

AS_OF = date(2026, 11, 15)
DONE_SHARE = 0.9  # of the steps due before AS_OF
BLOCKED_SHARE = 0.02
UNDATED_DONE_SHARE = 0.5  # of the steps without a due date, for people here a month by AS_OF
BLOCKED_REASON = "Pièce manquante"


def journeys_as_of(seed: int) -> StartingStates:
    """Starting states for demo checklists, the same for the same seed and person."""

    def states(
        person_id: int, profile: Profile, planned: Sequence[PlannedStep]
    ) -> list[StepState | None]:
        rng = Random(f"{seed}:{profile.arrival_date.isoformat()}:{profile.nationality}:{person_id}")
        settled = profile.arrival_date < AS_OF - timedelta(days=30)
        result: list[StepState | None] = []
        for step in planned:
            roll = rng.random()
            days = rng.randint(0, 20)
            state = None
            if step.due_on is not None and step.due_on < AS_OF:
                if roll < DONE_SHARE:
                    state = StepState(StepStatus.DONE, step.due_on - timedelta(days=days))
                elif roll < DONE_SHARE + BLOCKED_SHARE:
                    state = StepState(StepStatus.BLOCKED, blocked_reason=BLOCKED_REASON)
            elif step.due_on is None and settled and roll < UNDATED_DONE_SHARE:
                done_on = min(profile.arrival_date + timedelta(days=3 * days), AS_OF)
                state = StepState(StepStatus.DONE, done_on)
            result.append(state)
        return result

    return states


def demo_papers(data: PersonData, number: int, seed: int) -> AdministrativeData | None:
    """Papers of a non-EU demo person staying over a year and arrived by :data:`AS_OF`: a
    first-year residence permit (the validated long-stay visa) expiring a year after arrival,
    so the dashboard's expiring permits and the renewal steps look like a desk's."""
    if is_eu_eea_swiss(data.nationality) or data.arrival_date > AS_OF:
        return None
    if data.departure_date is not None and data.departure_date <= add_months(data.arrival_date, 12):
        return None
    rng = Random(f"{seed}:papers:{number}")
    student = data.category == Category.STUDENT.value
    algerian = data.nationality == "DZ"
    validated = None
    if not algerian and rng.random() < 0.9:
        validated = data.arrival_date + timedelta(days=rng.randint(5, 80))
    return AdministrativeData(
        visa_type=(
            VisaType.ALGERIAN_CERTIFICATE
            if algerian
            else VisaType.VLS_TS_STUDENT
            if student
            else VisaType.TALENT_RESEARCHER
        ).value,
        visa_expiry=add_months(data.arrival_date, 12) - timedelta(days=1),
        vls_ts_validated_on=min(validated, AS_OF) if validated else None,
        residence_permit_expiry=add_months(data.arrival_date, 12) - timedelta(days=1),
    )
