"""The states of a checklist step and what moving between them needs."""

from __future__ import annotations

from enum import StrEnum

from welcome_desk.domain.messages import N_


class StepStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    BLOCKED = "blocked"


STATUS_LABELS = {
    StepStatus.TODO: N_("to do"),
    StepStatus.IN_PROGRESS: N_("in progress"),
    StepStatus.DONE: N_("done"),
    StepStatus.NOT_APPLICABLE: N_("not applicable"),
    StepStatus.BLOCKED: N_("blocked"),
}

# Steps still waiting for something: they count as overdue once past their due date.
OPEN_STATUSES = frozenset({StepStatus.TODO, StepStatus.IN_PROGRESS, StepStatus.BLOCKED})
