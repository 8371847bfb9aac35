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
from welcome_desk.domain.step_status import StepStatus
from welcome_desk.services.checklists import StartingStates, StepState

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
