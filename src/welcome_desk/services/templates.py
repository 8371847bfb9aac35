"""Which checklist template is in force, and every edition the database has used."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from welcome_desk.db.journey_models import TemplateEdition
from welcome_desk.domain.checklist_template import ChecklistTemplate, from_json, load_folder
from welcome_desk.paths import AppPaths, resources_dir

FOLDER_NAME = "checklists"


def template_folder(paths: AppPaths) -> Path:
    """The coordinator's own folder when there is one, else the set shipped with the program."""
    own = paths.config_dir / FOLDER_NAME
    return own if own.is_dir() else resources_dir() / FOLDER_NAME


@lru_cache(maxsize=1)
def shipped_template() -> ChecklistTemplate:
    """The set shipped with the program (what a coordinator's own folder replaces)."""
    return load_folder(resources_dir() / FOLDER_NAME)


def edition_for(session: Session, template: ChecklistTemplate) -> TemplateEdition:
    edition = session.scalars(
        select(TemplateEdition).where(
            TemplateEdition.name == template.name, TemplateEdition.digest == template.digest
        )
    ).one_or_none()
    if edition is None:
        edition = TemplateEdition(
            name=template.name,
            version=template.version,
            digest=template.digest,
            content=template.content_json(),
        )
        session.add(edition)
        session.flush()
    return edition


def template_of(edition: TemplateEdition) -> ChecklistTemplate:
    """The template an edition holds (editions never change, so they are read once)."""
    return _parse(edition.id, edition.digest, edition.content)


@lru_cache(maxsize=32)
def _parse(_edition_id: int, _digest: str, content: str) -> ChecklistTemplate:
    return from_json(content)


def newest_edition(session: Session, name: str) -> TemplateEdition | None:
    return session.scalars(
        select(TemplateEdition)
        .where(TemplateEdition.name == name)
        .order_by(TemplateEdition.id.desc())
        .limit(1)
    ).first()
