"""Who is acting: every change is recorded with a name, and checked against a role.

In the window, the actor is the signed-in staff account (or, in single-desk mode, the
operating-system user). The command line acts with the rights of whoever can open the database
(for a SQLite file, its permissions are the boundary) under the operating-system user's name.
Services take an :class:`Actor` (or find it on their session) and never guess it.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from welcome_desk.domain.roles import Permission, Role, can


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    role: Role = Role.ADMINISTRATOR
    # The staff account signed in; None for the operating-system user (command line, single desk).
    account_id: int | None = None

    @classmethod
    def from_system_user(cls) -> Actor:
        try:
            return cls(getpass.getuser())
        except (OSError, KeyError):  # no login name (some containers and services)
            return cls("system")

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)
