"""Staff roles and what each may do.

The services check these permissions (``services.access``) whatever the window shows; the window
only hides what a role cannot use. Each role can do everything the role before it can.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from welcome_desk.domain.messages import N_, Message, message

if TYPE_CHECKING:
    from welcome_desk.domain.actor import Actor


class Role(StrEnum):
    COUNTER = "counter"
    ADVISER = "adviser"
    COORDINATOR = "coordinator"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    # Counter staff: find, register and receive people, tick their steps.
    REGISTER_PEOPLE = "register_people"
    EDIT_PEOPLE = "edit_people"
    UPDATE_STEPS = "update_steps"
    RECORD_VISITS = "record_visits"
    # Advisers: the paperwork records, checklists re-planned, welcome packs, a person's history.
    EDIT_RECORDS = "edit_records"
    REPLAN_CHECKLISTS = "replan_checklists"
    MAKE_PACKS = "make_packs"
    VIEW_PERSON_HISTORY = "view_person_history"
    # Coordinators: lists imported, statistics, packs for a period, who retention would reach.
    IMPORT_PEOPLE = "import_people"
    EXPORT_STATISTICS = "export_statistics"
    PREVIEW_RETENTION = "preview_retention"
    LOAD_DEMO = "load_demo"
    # Administrators: accounts, settings, the whole audit trail, personal-data requests, restores.
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"
    SEARCH_AUDIT = "search_audit"
    APPLY_RETENTION = "apply_retention"
    EXPORT_PERSON_DATA = "export_person_data"
    ERASE_PEOPLE = "erase_people"
    RESTORE_BACKUP = "restore_backup"


_COUNTER = frozenset(
    {
        Permission.REGISTER_PEOPLE,
        Permission.EDIT_PEOPLE,
        Permission.UPDATE_STEPS,
        Permission.RECORD_VISITS,
    }
)
_ADVISER = _COUNTER | {
    Permission.EDIT_RECORDS,
    Permission.REPLAN_CHECKLISTS,
    Permission.MAKE_PACKS,
    Permission.VIEW_PERSON_HISTORY,
}
_COORDINATOR = _ADVISER | {
    Permission.IMPORT_PEOPLE,
    Permission.EXPORT_STATISTICS,
    Permission.PREVIEW_RETENTION,
    Permission.LOAD_DEMO,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COUNTER: _COUNTER,
    Role.ADVISER: frozenset(_ADVISER),
    Role.COORDINATOR: frozenset(_COORDINATOR),
    Role.ADMINISTRATOR: frozenset(Permission),
}

ROLE_LABELS: dict[Role, str] = {
    Role.COUNTER: N_("Counter"),
    Role.ADVISER: N_("Adviser"),
    Role.COORDINATOR: N_("Coordinator"),
    Role.ADMINISTRATOR: N_("Administrator"),
}

# What a permission lets one do, for "you may not …" messages.
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.REGISTER_PEOPLE: N_("register newcomers"),
    Permission.EDIT_PEOPLE: N_("change a person's details"),
    Permission.UPDATE_STEPS: N_("update checklist steps"),
    Permission.RECORD_VISITS: N_("record visits and appointments"),
    Permission.EDIT_RECORDS: N_("change housing, healthcare and administrative records"),
    Permission.REPLAN_CHECKLISTS: N_("re-plan checklists"),
    Permission.MAKE_PACKS: N_("make welcome packs"),
    Permission.VIEW_PERSON_HISTORY: N_("see the history of a person's changes"),
    Permission.IMPORT_PEOPLE: N_("import arrival lists"),
    Permission.EXPORT_STATISTICS: N_("see and export the statistics"),
    Permission.PREVIEW_RETENTION: N_("see who the retention rule reaches"),
    Permission.LOAD_DEMO: N_("load demo data"),
    Permission.MANAGE_ACCOUNTS: N_("manage staff accounts"),
    Permission.MANAGE_SETTINGS: N_("change the desk's settings"),
    Permission.SEARCH_AUDIT: N_("search the audit trail"),
    Permission.APPLY_RETENTION: N_("anonymise people under the retention rule"),
    Permission.EXPORT_PERSON_DATA: N_("export everything held on a person"),
    Permission.ERASE_PEOPLE: N_("erase a person"),
    Permission.RESTORE_BACKUP: N_("restore a backup"),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


class NotAllowed(PermissionError):
    """The acting staff member's role does not allow what was asked; nothing was changed."""

    def __init__(self, actor: Actor, permission: Permission) -> None:
        super().__init__(f"{actor.name} ({actor.role}) may not {permission}")
        self.actor = actor
        self.permission = permission

    @property
    def message(self) -> Message:
        return message(
            N_("Your role ({role}) does not allow you to {what}. Ask an administrator."),
            role=message(ROLE_LABELS[self.actor.role]),
            what=message(PERMISSION_LABELS[self.permission]),
        )


class AccountSwitchedOff(NotAllowed):
    """The signed-in account was switched off (by an administrator, maybe at another desk)."""

    def __init__(self, actor: Actor) -> None:
        super().__init__(actor, Permission.MANAGE_ACCOUNTS)

    @property
    def message(self) -> Message:
        return message(
            N_(
                "Your account has been switched off by an administrator: nothing was changed. "
                "Sign out, and ask an administrator."
            )
        )
