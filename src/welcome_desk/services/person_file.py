"""Everything the desk holds on one person, as plain data (``show --json``, the person file)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_desk.db.journey_models import (
    AdministrativeRecord,
    Appointment,
    HealthcareRecord,
    HousingRecord,
    TemplateEdition,
)
from welcome_desk.db.models import Person
from welcome_desk.domain.checklist_template import StepTemplate, localized
from welcome_desk.services.checklists import checklist_of, is_overdue, progress_of
from welcome_desk.services.people import profile
from welcome_desk.services.records import visit_purposes, visits_of
from welcome_desk.services.templates import template_of


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _earlier_definition(
    session: Session, edition: TemplateEdition, key: str
) -> StepTemplate | None:
    """A step the checklist's edition no longer has (withdrawn by a re-plan) keeps the title
    and help of the newest earlier edition that had it."""
    earlier = session.scalars(
        select(TemplateEdition)
        .where(TemplateEdition.name == edition.name, TemplateEdition.id != edition.id)
        .order_by(TemplateEdition.id.desc())
    )
    for other in earlier:
        found = template_of(other).step(key)
        if found is not None:
            return found
    return None


def checklist_data(
    session: Session, person_id: int, language: str, today: date
) -> dict[str, Any] | None:
    checklist = checklist_of(session, person_id)
    if checklist is None:
        return None
    template = template_of(checklist.template)
    progress = progress_of(checklist.steps)
    steps = []
    for step in checklist.steps:
        definition = template.step(step.key) or _earlier_definition(
            session, checklist.template, step.key
        )
        steps.append(
            {
                "id": step.id,
                "key": step.key,
                "area": step.area,
                "title": localized(definition.title, language) if definition else step.key,
                "help": localized(definition.help, language)
                if definition and definition.help
                else "",
                "documents": [localized(d, language) for d in definition.documents]
                if definition
                else [],
                "links": [{"label": link.label, "url": link.url} for link in definition.links]
                if definition
                else [],
                "status": step.status,
                "applicable": step.applicable,
                "due_on": _iso(step.due_on),
                "opens_on": _iso(step.opens_on),
                "due_set_by_hand": step.due_set_by_hand,
                "done_on": _iso(step.done_on),
                "overdue": is_overdue(step, today),
                "blocked_reason": step.blocked_reason,
                "notes": step.notes,
                "version": step.version,
                "history": [
                    {
                        "at": h.at.isoformat(timespec="seconds"),
                        "actor": h.actor,
                        "field": h.field,
                        "from": h.old_value,
                        "to": h.new_value,
                    }
                    for h in step.history
                ],
            }
        )
    return {
        "template": {
            "name": checklist.template.name,
            "version": checklist.template.version,
            "edition": checklist.template.id,
        },
        "progress": {"done": progress.done, "total": progress.total},
        "steps": steps,
    }


def records_data(session: Session, person_id: int) -> dict[str, Any]:
    administrative = session.get(AdministrativeRecord, person_id)
    healthcare = session.get(HealthcareRecord, person_id)
    housing = session.scalars(
        select(HousingRecord)
        .where(HousingRecord.person_id == person_id)
        .order_by(HousingRecord.from_date, HousingRecord.id)
    )
    return {
        "housing": [
            {
                "id": h.id,
                "kind": h.kind,
                "address": h.address,
                "from": _iso(h.from_date),
                "to": _iso(h.to_date),
                "visale": h.visale,
                "insurance": h.insurance,
                "caf_status": h.caf_status,
            }
            for h in housing
        ],
        "healthcare": None
        if healthcare is None
        else {
            "social_security": healthcare.social_security,
            "ehic": healthcare.ehic,
            "ehic_expiry": _iso(healthcare.ehic_expiry),
            "mutuelle": healthcare.mutuelle,
            "gp_declared": healthcare.gp_declared,
        },
        "administrative": None
        if administrative is None
        else {
            "visa_type": administrative.visa_type,
            "visa_expiry": _iso(administrative.visa_expiry),
            "vls_ts_validated_on": _iso(administrative.vls_ts_validated_on),
            "residence_permit_number": administrative.residence_permit_number,
            "residence_permit_expiry": _iso(administrative.residence_permit_expiry),
        },
    }


def person_file(session: Session, person: Person, language: str, today: date) -> dict[str, Any]:
    purposes = {p.key: p for p in visit_purposes()}
    appointments = session.scalars(
        select(Appointment)
        .where(Appointment.person_id == person.id)
        .order_by(Appointment.starts_at)
    )
    return {
        **profile(person, language),
        "checklist": checklist_data(session, person.id, language, today),
        "records": records_data(session, person.id),
        "appointments": [
            {
                "id": a.id,
                "starts_at": a.starts_at.isoformat(timespec="minutes"),
                "place": a.place,
                "purpose": a.purpose,
                "notes": a.notes,
            }
            for a in appointments
        ],
        "visits": [
            {
                "id": v.id,
                "at": v.at.isoformat(timespec="minutes"),
                "staff": v.staff,
                "notes": v.notes,
                "purposes": [
                    {
                        "key": p.purpose,
                        "label": purposes[p.purpose].label(language)
                        if p.purpose in purposes
                        else p.purpose,
                    }
                    for p in v.purposes
                ],
            }
            for v in visits_of(session, person.id)
        ],
    }
