"""The desk's settings shared by every window on one database (table ``settings``).

Changing one needs ``Permission.MANAGE_SETTINGS`` (checked by the session hook) and is audited.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import Session

from welcome_desk.db.trust_models import Setting

SIGN_IN_KEY = "sign_in"


class SignInMode(StrEnum):
    # Each member of staff signs in with their own account (the default).
    ACCOUNTS = "accounts"
    # One desk, no sign-in: the window acts as the operating-system user, as administrator.
    # Only an explicit choice of an administrator (or the first start) sets it.
    SINGLE_DESK = "single_desk"


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else None


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    elif row.value != value:
        row.value = value
    session.flush()


def sign_in_mode(session: Session) -> SignInMode:
    value = get_setting(session, SIGN_IN_KEY)
    try:
        return SignInMode(value) if value else SignInMode.ACCOUNTS
    except ValueError:  # an unknown value never opens the desk without sign-in
        return SignInMode.ACCOUNTS


def set_sign_in_mode(session: Session, mode: SignInMode) -> None:
    set_setting(session, SIGN_IN_KEY, mode.value)
