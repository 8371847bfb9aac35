"""Everything held on one person, for a subject access request (GDPR article 15).

:func:`export_person` gathers it as plain data: identity and stay, external ids, housing,
healthcare and administrative records, the checklist's steps with their history, appointments,
counter visits, and the audit entries about the person. :func:`save_export` writes it as JSON or
as a readable PDF (``privacy_pdf``) and records that an export was made (no personal data in
that entry).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_desk import __version__
from welcome_desk.db import audit
from welcome_desk.db.models import Person
from welcome_desk.db.trust_models import AuditEntry
from welcome_desk.db.types import utc_now
from welcome_desk.domain.messages import N_, message
from welcome_desk.domain.roles import Permission
from welcome_desk.files import OWNER_ONLY, write_whole
from welcome_desk.services.person_file import person_file
from welcome_desk.services.privacy import PrivacyError, no_such_person

EXPORT_FORMAT = "welcome-desk-person-export"
EXPORT_VERSION = 1
DESK = "Maison Internationale — Université de Lille"
# What a step holds on the person; the template's help, documents and links are the desk's own
# text, the same for everyone.
STEP_FIELDS = (
    "key",
    "area",
    "title",
    "status",
    "applicable",
    "due_on",
    "opens_on",
    "due_set_by_hand",
    "done_on",
    "blocked_reason",
    "notes",
    "history",
)


class ExportFormat(StrEnum):
    JSON = "json"
    PDF = "pdf"


def export_format(path: Path) -> ExportFormat:
    """The format a file name asks for (``.json`` or ``.pdf``); others are refused."""
    suffix = path.suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError as error:
        raise PrivacyError(
            message(
                N_("{path}: the export is written as .json or .pdf; give one of these names."),
                path=str(path),
            )
        ) from error


def _changes(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"": [None, text]}
    return value if isinstance(value, dict) else {"": [None, value]}


def audit_trail(session: Session, person_id: int) -> list[dict[str, Any]]:
    """The audit entries about the person, oldest first."""
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.person_id == person_id).order_by(AuditEntry.id)
    )
    return [
        {
            "at": entry.at.isoformat(timespec="seconds"),
            "actor": entry.actor,
            "action": entry.action,
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "changes": _changes(entry.changes),
        }
        for entry in entries
    ]


def export_person(
    session: Session, person_id: int, language: str, today: date | None = None
) -> dict[str, Any]:
    """Everything held on the person, as plain data (``Permission.EXPORT_PERSON_DATA``); the
    country and the steps' titles are named in ``language``."""
    audit.require(session, Permission.EXPORT_PERSON_DATA)
    person = session.get(Person, person_id)
    if person is None:
        raise no_such_person(person_id)
    data = person_file(session, person, language, today or date.today())
    checklist = data.pop("checklist")
    if checklist is not None:
        checklist = {
            "template": checklist["template"],
            "steps": [{k: step[k] for k in STEP_FIELDS} for step in checklist["steps"]],
        }
    records = data.pop("records")
    appointments = data.pop("appointments")
    visits = data.pop("visits")
    external_ids = data.pop("external_ids")
    data.pop("version", None)
    data["anonymised_on"] = person.anonymised_on.isoformat() if person.anonymised_on else None
    return {
        "export": {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "made_at": utc_now().isoformat(timespec="seconds"),
            "made_by": audit.actor_of(session).name,
            "desk": DESK,
            "program": f"Welcome Desk {__version__}",
            "language": language,
        },
        "person": data,
        "external_ids": external_ids,
        "housing": records["housing"],
        "healthcare": records["healthcare"],
        "administrative": records["administrative"],
        "checklist": checklist,
        "appointments": appointments,
        "visits": visits,
        "audit_trail": audit_trail(session, person_id),
    }


def export_json(data: dict[str, Any]) -> bytes:
    """UTF-8 JSON, indented, every script written as itself (not as \\u escapes)."""
    return (json.dumps(data, ensure_ascii=False, indent=2, default=_plain) + "\n").encode("utf-8")


def _plain(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def save_export(
    session: Session, person_id: int, path: Path, language: str, today: date | None = None
) -> ExportFormat:
    """Write everything held on the person to ``path`` (.json or .pdf), whole or not at all,
    and record in the audit trail that it was done. ``OSError`` when the file cannot be
    written (nothing is recorded then)."""
    form = export_format(path)
    data = export_person(session, person_id, language, today)
    if form is ExportFormat.JSON:
        content = export_json(data)
    else:
        from welcome_desk.services.privacy_pdf import export_pdf  # ReportLab: only when asked

        content = export_pdf(data, language)
    write_whole(path, content, mode=OWNER_ONLY)
    audit.record(
        session,
        "exported",
        "person",
        entity_id=person_id,
        person_id=person_id,
        changes={"format": (None, form.value)},
    )
    return form
