"""Staff accounts: the first administrator, sign-in, passwords, roles.

Passwords are kept as argon2id hashes (argon2-cffi). A wrong password counts against the
account: after five in a row it is locked for a minute, doubling at each further miss (at most
fifteen minutes). Every sign-in, refused or not, is in the audit trail; changes to accounts are
audited by the session hook, their hashes never shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from welcome_desk.db import audit
from welcome_desk.db.engine import Database
from welcome_desk.db.trust_models import StaffAccount
from welcome_desk.db.types import utc_now
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.domain.roles import Permission, Role
from welcome_desk.services.settings import SignInMode, sign_in_mode

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256
MAX_FAILURES = 5
LOCK_SECONDS = 60
MAX_LOCK_SECONDS = 15 * 60
USERNAME = re.compile(r"[\w.@-]{1,64}")

_hasher = PasswordHasher()
# Checked against when the name is unknown, so that a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class AccountError(Exception):
    """A request about accounts that cannot be done as asked; nothing was changed."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


class SignInRefused(AccountError):
    pass


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    last_sign_in_at: datetime | None

    @classmethod
    def of(cls, account: StaffAccount) -> AccountView:
        return cls(
            account.id,
            account.username,
            account.display_name,
            Role(account.role),
            account.active,
            account.must_change_password,
            account.last_sign_in_at,
        )

    def actor(self) -> Actor:
        return Actor(self.display_name, self.role, self.id)


def normal_username(text: str) -> str:
    return text.strip().casefold()


def password_problems(password: str, username: str = "") -> list[Message]:
    """What is wrong with a new password (empty when it is good enough)."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(
            message(N_("A password needs at least {count} characters."), count=MIN_PASSWORD_LENGTH)
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        problems.append(
            message(N_("A password has at most {count} characters."), count=MAX_PASSWORD_LENGTH)
        )
    if username and normal_username(password) == normal_username(username):
        problems.append(message(N_("The password cannot be the user name.")))
    if password != password.strip():
        problems.append(message(N_("A password cannot start or end with a space.")))
    return problems


def _check_password(password: str, username: str) -> str:
    problems = password_problems(password, username)
    if problems:
        raise AccountError(problems[0])
    return _hasher.hash(password)


def has_accounts(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(StaffAccount)) != 0


def needs_first_administrator(session: Session) -> bool:
    """True on the first start: no account yet, and single-desk mode not chosen."""
    return sign_in_mode(session) is SignInMode.ACCOUNTS and not has_accounts(session)


def list_accounts(session: Session) -> list[AccountView]:
    audit.require(session, Permission.MANAGE_ACCOUNTS)
    accounts = session.scalars(select(StaffAccount).order_by(StaffAccount.username))
    return [AccountView.of(account) for account in accounts]


def create_account(
    session: Session,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    *,
    must_change_password: bool = False,
) -> AccountView:
    """A new account; the very first one must be an administrator's."""
    audit.require(session, Permission.MANAGE_ACCOUNTS)
    name = normal_username(username)
    if not USERNAME.fullmatch(name):
        raise AccountError(
            message(
                N_(
                    "A user name has 1 to 64 letters, digits or the signs . _ - @ "
                    "(no spaces): {name}"
                ),
                name=username,
            )
        )
    shown = " ".join(display_name.split())[:120]
    if not shown:
        raise AccountError(message(N_("Give the person's name as colleagues know it.")))
    if not has_accounts(session) and role is not Role.ADMINISTRATOR:
        raise AccountError(message(N_("The first account must be an administrator's.")))
    if session.scalar(select(StaffAccount.id).where(StaffAccount.username == name)):
        raise AccountError(message(N_("There is already an account named {name}."), name=name))
    account = StaffAccount(
        username=name,
        display_name=shown,
        role=role.value,
        password_hash=_check_password(password, name),
        active=True,
        must_change_password=must_change_password,
        failed_attempts=0,
    )
    session.add(account)
    session.flush()
    return AccountView.of(account)


def _refused() -> SignInRefused:
    return SignInRefused(message(N_("Wrong user name or password.")))


def sign_in(
    database: Database, username: str, password: str, now: datetime | None = None
) -> AccountView:
    """The account, when the password is right and the account is on and not locked; else
    :class:`SignInRefused`. A refusal is committed too: it counts, and it is audited."""
    refusal: SignInRefused | None = None
    with database.writing() as session:
        try:
            return _sign_in(session, username, password, now or utc_now())
        except SignInRefused as error:
            refusal = error
    raise refusal


def _sign_in(session: Session, username: str, password: str, now: datetime) -> AccountView:
    # Whoever was signed in before (maybe switched off since) has no part in this sign-in:
    # the attempt is the operating-system user's, until the password is right.
    session.info[audit.ACTOR_KEY] = Actor.from_system_user()
    name = normal_username(username)
    account = session.scalar(select(StaffAccount).where(StaffAccount.username == name))
    if account is None:
        _verify(_DUMMY_HASH, password)
        audit.record(session, "sign_in_refused", "account")
        raise _refused()
    if account.locked_until is not None and account.locked_until > now:
        seconds = ceil((account.locked_until - now).total_seconds())
        audit.record(session, "sign_in_refused", "account", entity_id=account.id)
        raise SignInRefused(
            message(
                N_("Too many wrong passwords for this account: try again in {seconds} s."),
                seconds=seconds,
            )
        )
    if not _verify(account.password_hash, password):
        account.failed_attempts += 1
        over = account.failed_attempts - MAX_FAILURES
        if over >= 0:
            lock = min(LOCK_SECONDS * 2**over, MAX_LOCK_SECONDS)
            account.locked_until = now + timedelta(seconds=lock)
        session.flush()
        audit.record(session, "sign_in_refused", "account", entity_id=account.id)
        raise _refused()
    if not account.active:
        audit.record(session, "sign_in_refused", "account", entity_id=account.id)
        raise SignInRefused(message(N_("This account is switched off. Ask an administrator.")))
    view = AccountView.of(account)
    session.info[audit.ACTOR_KEY] = view.actor()  # the account's own bookkeeping is theirs
    account.failed_attempts = 0
    account.locked_until = None
    account.last_sign_in_at = now
    if _hasher.check_needs_rehash(account.password_hash):
        account.password_hash = _hasher.hash(password)
    session.flush()
    audit.record(session, "signed_in", "account", entity_id=account.id)
    return view


def sign_out(database: Database) -> None:
    """The signed-in account leaves the desk: said in the audit trail (nothing else changes)."""
    actor = database.actor
    if actor.account_id is not None:
        with database.writing() as session:
            audit.record(session, "signed_out", "account", entity_id=actor.account_id)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _account(session: Session, account_id: int) -> StaffAccount:
    account = session.get(StaffAccount, account_id, with_for_update=True)
    if account is None:
        raise AccountError(message(N_("There is no account #{id}."), id=account_id))
    return account


def find_account(session: Session, username: str) -> AccountView:
    name = normal_username(username)
    account = session.scalar(select(StaffAccount).where(StaffAccount.username == name))
    if account is None:
        raise AccountError(message(N_("There is no account named {name}."), name=name))
    return AccountView.of(account)


def change_own_password(session: Session, account_id: int, current: str, new: str) -> None:
    """The signed-in person changes their password, knowing the current one."""
    account = _account(session, account_id)
    if not _verify(account.password_hash, current):
        raise AccountError(message(N_("The current password is wrong.")))
    if new == current:
        raise AccountError(message(N_("The new password must differ from the current one.")))
    account.password_hash = _check_password(new, account.username)
    account.password_changed_at = utc_now()
    account.must_change_password = False
    session.flush()


def reset_password(session: Session, account_id: int, new: str) -> AccountView:
    """An administrator sets a temporary password, to be changed at the next sign-in."""
    audit.require(session, Permission.MANAGE_ACCOUNTS)
    account = _account(session, account_id)
    account.password_hash = _check_password(new, account.username)
    account.password_changed_at = utc_now()
    account.must_change_password = True
    account.failed_attempts = 0
    account.locked_until = None
    session.flush()
    return AccountView.of(account)


def _active_administrators(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(StaffAccount)
            .where(StaffAccount.active, StaffAccount.role == Role.ADMINISTRATOR.value)
        )
        or 0
    )


def _keep_one_administrator(session: Session, account: StaffAccount) -> None:
    is_last = (
        account.active
        and account.role == Role.ADMINISTRATOR.value
        and _active_administrators(session) <= 1
    )
    if is_last:
        raise AccountError(
            message(N_("This is the last active administrator's account: it stays as it is."))
        )


def set_role(session: Session, account_id: int, role: Role) -> AccountView:
    audit.require(session, Permission.MANAGE_ACCOUNTS)
    account = _account(session, account_id)
    if account.role != role.value:
        if role is not Role.ADMINISTRATOR:
            _keep_one_administrator(session, account)
        account.role = role.value
        session.flush()
    return AccountView.of(account)


def set_active(session: Session, account_id: int, active: bool) -> AccountView:
    audit.require(session, Permission.MANAGE_ACCOUNTS)
    account = _account(session, account_id)
    if account.active != active:
        if not active:
            _keep_one_administrator(session, account)
        account.active = active
        session.flush()
    return AccountView.of(account)


def rename(session: Session, account_id: int, display_name: str) -> AccountView:
    audit.require(session, Permission.MANAGE_ACCOUNTS)
    account = _account(session, account_id)
    shown = " ".join(display_name.split())[:120]
    if not shown:
        raise AccountError(message(N_("Give the person's name as colleagues know it.")))
    account.display_name = shown
    session.flush()
    return AccountView.of(account)
