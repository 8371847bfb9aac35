"""Who is acting: every change to a journey is recorded with a name.

Staff accounts and roles arrive with sign-in; until then the window and the command line act under
the operating-system user's name. Services take an :class:`Actor` and never guess it.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    name: str

    @classmethod
    def from_system_user(cls) -> Actor:
        try:
            return cls(getpass.getuser())
        except (OSError, KeyError):  # no login name (some containers and services)
            return cls("system")
