"""Which steps apply to a newcomer and when each is due: the template's rules on a profile.

Planning is a pure function of the template, the person's profile and the dates already known
(steps done, documents' expiry), so the same inputs always give the same checklist, and a
re-plan can show exactly what a change would do before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from welcome_desk.domain.checklist_template import (
    Area,
    ChecklistTemplate,
    Conditions,
    Document,
    DueKind,
    DueRule,
    StepTemplate,
)
from welcome_desk.domain.countries import is_eu_eea_swiss
from welcome_desk.domain.dates import add_days, add_months, age_on, whole_months_between


@dataclass(frozen=True, slots=True)
class Profile:
    """What the rules look at: the person's identity, stay and the documents' expiry dates."""

    nationality: str
    category: str
    arrival_date: date
    sub_kind: str | None = None
    programme: str | None = None
    departure_date: date | None = None
    date_of_birth: date | None = None
    accompanying_persons: int = 0
    residence_permit_expiry: date | None = None
    visa_expiry: date | None = None

    @property
    def eu(self) -> bool:
        return is_eu_eea_swiss(self.nationality)

    def expiry(self, document: Document) -> date | None:
        if document is Document.RESIDENCE_PERMIT:
            return self.residence_permit_expiry
        return self.visa_expiry


@dataclass(frozen=True, slots=True)
class PlannedStep:
    key: str
    area: Area
    due_on: date | None
    opens_on: date | None = None
    renews: bool = False  # due before a document's expiry: comes back with each new document


def _in(value: str | None, allowed: frozenset[str] | None) -> bool:
    return allowed is None or value in allowed


def applies(when: Conditions, profile: Profile) -> bool:
    """True when every condition of ``when`` holds for ``profile`` (see docs/checklists.md)."""
    if when.eu is not None and when.eu != profile.eu:
        return False
    if not _in(profile.category, when.categories) or not _in(profile.sub_kind, when.sub_kinds):
        return False
    if profile.sub_kind in when.not_sub_kinds:
        return False
    if not _in(profile.nationality, when.nationalities):
        return False
    if profile.nationality in when.not_nationalities:
        return False
    if not _in(profile.programme, when.programmes) or profile.programme in when.not_programmes:
        return False
    if when.family is not None and when.family != (profile.accompanying_persons > 0):
        return False
    if not _stay_fits(when, profile):
        return False
    return _age_fits(when, profile)


def _stay_fits(when: Conditions, profile: Profile) -> bool:
    if when.min_stay_months is None and when.max_stay_months is None:
        return True
    if profile.departure_date is None:  # an unknown departure counts as a long stay
        return when.max_stay_months is None
    months = whole_months_between(profile.arrival_date, profile.departure_date)
    if when.min_stay_months is not None and months < when.min_stay_months:
        return False
    return when.max_stay_months is None or months <= when.max_stay_months


def _age_fits(when: Conditions, profile: Profile) -> bool:
    if profile.date_of_birth is None:  # better to suggest a step than to miss one
        return True
    age = age_on(profile.date_of_birth, profile.arrival_date)
    if when.min_age is not None and age < when.min_age:
        return False
    return when.max_age is None or age <= when.max_age


def _shift(day: date, rule: DueRule, sign: int) -> date:
    return add_days(add_months(day, sign * rule.months), sign * rule.days)


def plan(
    template: ChecklistTemplate, profile: Profile, done_on: Mapping[str, date] | None = None
) -> list[PlannedStep]:
    """The steps that apply to ``profile``, in template order, with their due and opening dates.

    ``done_on`` gives the dates of steps already done, for steps due some days after another.
    """
    planner = _Planner(template, profile, done_on or {})
    return [planner.planned(step) for step in template.steps if step.key in planner.applicable]


class _Planner:
    def __init__(
        self, template: ChecklistTemplate, profile: Profile, done_on: Mapping[str, date]
    ) -> None:
        self.profile = profile
        self.done_on = done_on
        self.applicable = {s.key: s for s in template.steps if self._applies(s)}
        self._due: dict[str, date | None] = {}

    def _applies(self, step: StepTemplate) -> bool:
        if not applies(step.when, self.profile):
            return False
        rule = step.due
        if rule is not None and rule.kind is DueKind.BEFORE_EXPIRY:
            # A renewal exists only once the document's expiry is known.
            return self._expiry(rule) is not None
        return True

    def _expiry(self, rule: DueRule) -> date | None:
        return self.profile.expiry(rule.document or Document.RESIDENCE_PERMIT)

    def planned(self, step: StepTemplate) -> PlannedStep:
        opens_on = None
        rule = step.due
        if rule is not None and rule.kind is DueKind.BEFORE_EXPIRY and rule.opens_months:
            expiry = self._expiry(rule)
            opens_on = add_months(expiry, -rule.opens_months) if expiry else None
        renews = rule is not None and rule.kind is DueKind.BEFORE_EXPIRY
        return PlannedStep(step.key, step.area, self.due_on(step), opens_on, renews)

    def due_on(self, step: StepTemplate) -> date | None:
        if step.key not in self._due:
            self._due[step.key] = self._compute_due(step)
        return self._due[step.key]

    def _compute_due(self, step: StepTemplate) -> date | None:
        rule, profile = step.due, self.profile
        if rule is None:
            return None
        if rule.kind is DueKind.AFTER_ARRIVAL:
            return _shift(profile.arrival_date, rule, +1)
        if rule.kind is DueKind.BEFORE_ARRIVAL:
            return _shift(profile.arrival_date, rule, -1)
        if rule.kind is DueKind.BEFORE_DEPARTURE:
            departure = profile.departure_date
            return _shift(departure, rule, -1) if departure else None
        if rule.kind is DueKind.BEFORE_EXPIRY:
            expiry = self._expiry(rule)
            return _shift(expiry, rule, -1) if expiry else None
        # AFTER_STEP: after the other step is done, or after it is due while it is not.
        other = self.applicable.get(rule.step or "")
        if other is None:
            return None
        start = self.done_on.get(other.key) or self.due_on(other)
        return add_days(start, rule.days) if start else None


class ChangeKind(StrEnum):
    ADDED = "added"  # a step that now applies and is not in the checklist
    WITHDRAWN = "withdrawn"  # a step that no longer applies
    RESTORED = "restored"  # a withdrawn step that applies again
    DUE_CHANGED = "due_changed"  # a new due or opening date
    REOPENED = "reopened"  # a renewal done for an earlier document, due again for a new one


@dataclass(frozen=True, slots=True)
class CurrentStep:
    """A step as the checklist holds it now."""

    key: str
    applicable: bool
    done: bool
    due_on: date | None
    opens_on: date | None
    due_set_by_hand: bool = False
    done_on: date | None = None


@dataclass(frozen=True, slots=True)
class StepChange:
    key: str
    kind: ChangeKind
    area: Area | None = None
    old_due: date | None = None
    new_due: date | None = None
    old_opens: date | None = None
    new_opens: date | None = None


def _renewal_due_again(existing: CurrentStep, step: PlannedStep) -> bool:
    """A renewal done before the window of a *new* document opened was for an earlier one. The
    same document (the same window) keeps it done: a renewal applied early is done."""
    start = step.opens_on or step.due_on
    same_window = (existing.due_on, existing.opens_on) == (step.due_on, step.opens_on)
    return (
        step.renews
        and existing.done
        and not same_window
        and existing.done_on is not None
        and start is not None
        and existing.done_on < start
    )


def differences(current: Mapping[str, CurrentStep], planned: list[PlannedStep]) -> list[StepChange]:
    """What applying ``planned`` to a checklist holding ``current`` would change.

    Done steps keep their dates and stay, even when they no longer apply (but a renewal done for
    an earlier document is due again for a new one); a due date set by hand is the staff's
    decision and is never moved.
    """
    changes = []
    planned_keys = set()
    for step in planned:
        planned_keys.add(step.key)
        existing = current.get(step.key)
        if existing is None:
            changes.append(
                StepChange(
                    step.key, ChangeKind.ADDED, step.area, None, step.due_on, None, step.opens_on
                )
            )
            continue
        if not existing.applicable:
            changes.append(StepChange(step.key, ChangeKind.RESTORED, step.area))
        if _renewal_due_again(existing, step):
            changes.append(
                StepChange(
                    step.key,
                    ChangeKind.REOPENED,
                    step.area,
                    existing.due_on,
                    step.due_on,
                    existing.opens_on,
                    step.opens_on,
                )
            )
            continue
        if existing.done or existing.due_set_by_hand:
            continue
        if (existing.due_on, existing.opens_on) != (step.due_on, step.opens_on):
            changes.append(
                StepChange(
                    step.key,
                    ChangeKind.DUE_CHANGED,
                    step.area,
                    existing.due_on,
                    step.due_on,
                    existing.opens_on,
                    step.opens_on,
                )
            )
    for key, existing in current.items():
        if key not in planned_keys and existing.applicable and not existing.done:
            changes.append(StepChange(key, ChangeKind.WITHDRAWN))
    return changes
