"""Staff accounts: the first administrator, sign-in with argon2 hashes, locks, roles enforced in
the services whatever the window shows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from welcome_desk.db.engine import Database
from welcome_desk.db.trust_models import AuditEntry, StaffAccount
from welcome_desk.db.types import utc_now
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.roles import NotAllowed, Permission, Role
from welcome_desk.i18n import translator
from welcome_desk.services.accounts import (
    AccountError,
    SignInRefused,
    change_own_password,
    create_account,
    list_accounts,
    needs_first_administrator,
    reset_password,
    set_active,
    set_role,
    sign_in,
)
from welcome_desk.services.people import PersonData, register
from welcome_desk.services.settings import SignInMode, set_sign_in_mode

GOOD = "correct horse battery"


def person() -> PersonData:
    return PersonData(
        family_name="Lefèvre",
        given_names="Élodie",
        nationality="BE",
        category="student",
        arrival_date=date(2026, 9, 1),
    )


def add(database: Database, username: str, role: Role, password: str = GOOD) -> int:
    with database.writing() as session:
        return create_account(session, username, username.title(), role, password).id


def test_the_first_start_asks_for_an_administrator_and_only_an_administrator(
    database: Database,
) -> None:
    with database.session() as session:
        assert needs_first_administrator(session)
    with database.writing() as session, pytest.raises(AccountError) as refused:
        create_account(session, "anna", "Anna", Role.COUNTER, GOOD)
    assert "first account must be an administrator" in str(refused.value)
    add(database, "Admin", Role.ADMINISTRATOR)
    with database.session() as session:
        assert not needs_first_administrator(session)
        stored = session.scalar(select(StaffAccount))
        assert stored is not None
        assert stored.username == "admin"  # as typed at sign-in, case set aside
        assert stored.password_hash.startswith("$argon2id$")
        assert GOOD not in stored.password_hash


def test_single_desk_mode_is_an_explicit_choice(database: Database) -> None:
    with database.writing() as session:
        set_sign_in_mode(session, SignInMode.SINGLE_DESK)
    with database.session() as session:
        assert not needs_first_administrator(session)
        # A value nobody wrote never opens the desk without sign-in.
        session.execute(text("UPDATE settings SET value = 'open' WHERE key = 'sign_in'"))
        assert needs_first_administrator(session)


@pytest.mark.parametrize(
    ("username", "password", "problem"),
    [
        ("anna", "short", "at least 10 characters"),
        ("anna", "x" * 300, "at most 256"),
        ("annabelle1", "ANNABELLE1", "cannot be the user name"),
        ("anna", " padded password ", "start or end with a space"),
        ("anna marie", GOOD, "no spaces"),
        ("", GOOD, "1 to 64"),
    ],
)
def test_bad_names_and_passwords_are_refused_with_a_reason(
    database: Database, username: str, password: str, problem: str
) -> None:
    with database.writing() as session, pytest.raises(AccountError) as refused:
        create_account(session, username, "Anna", Role.ADMINISTRATOR, password)
    assert problem in str(refused.value)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(StaffAccount)) == 0


def test_sign_in_checks_the_password_and_audits_every_attempt(database: Database) -> None:
    account_id = add(database, "admin", Role.ADMINISTRATOR)
    with pytest.raises(SignInRefused) as wrong:
        sign_in(database, "admin", "not the password")
    with pytest.raises(SignInRefused) as unknown:
        sign_in(database, "nobody", GOOD)
    # The same words for a wrong name and a wrong password: nothing tells which names exist.
    assert str(wrong.value) == str(unknown.value) == "Wrong user name or password."
    view = sign_in(database, " ADMIN ", GOOD)
    assert view.id == account_id
    assert view.actor() == Actor("Admin", Role.ADMINISTRATOR, account_id)
    with database.session() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions[-3:] == ["sign_in_refused", "sign_in_refused", "signed_in"]
        account = session.get(StaffAccount, account_id)
        assert account is not None
        assert account.failed_attempts == 0
        assert account.last_sign_in_at is not None


def test_five_wrong_passwords_lock_the_account_for_a_while(database: Database) -> None:
    add(database, "admin", Role.ADMINISTRATOR)
    now = utc_now()
    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in(database, "admin", "guess guess guess", now)
    with pytest.raises(SignInRefused) as locked:
        sign_in(database, "admin", GOOD, now + timedelta(seconds=30))
    assert "try again in 30 s" in str(locked.value)
    # The lock runs out; the right password then opens, and the count starts again.
    assert sign_in(database, "admin", GOOD, now + timedelta(seconds=61)).username == "admin"


def test_a_switched_off_account_cannot_sign_in(database: Database) -> None:
    add(database, "admin", Role.ADMINISTRATOR)
    anna = add(database, "anna", Role.COUNTER)
    with database.writing() as session:
        set_active(session, anna, False)
    with pytest.raises(SignInRefused) as refused:
        sign_in(database, "anna", GOOD)
    assert "switched off" in str(refused.value)


def test_the_last_administrator_cannot_be_demoted_or_switched_off(database: Database) -> None:
    admin = add(database, "admin", Role.ADMINISTRATOR)
    with database.writing() as session, pytest.raises(AccountError):
        set_role(session, admin, Role.COUNTER)
    with database.writing() as session, pytest.raises(AccountError):
        set_active(session, admin, False)
    second = add(database, "boss", Role.ADMINISTRATOR)
    with database.writing() as session:
        assert set_role(session, admin, Role.COORDINATOR).role is Role.COORDINATOR
        with pytest.raises(AccountError):
            set_active(session, second, False)


def test_a_reset_password_must_be_changed_at_the_next_sign_in(database: Database) -> None:
    add(database, "admin", Role.ADMINISTRATOR)
    anna = add(database, "anna", Role.COUNTER)
    with database.writing() as session:
        reset_password(session, anna, "temporary password 1")
    view = sign_in(database, "anna", "temporary password 1")
    assert view.must_change_password
    database.actor = view.actor()
    with database.writing() as session, pytest.raises(AccountError):
        change_own_password(session, anna, "wrong current one", "my own new secret")
    with database.writing() as session:
        change_own_password(session, anna, "temporary password 1", "my own new secret")
    assert not sign_in(database, "anna", "my own new secret").must_change_password


def test_roles_are_enforced_in_the_services_not_only_in_the_window(database: Database) -> None:
    add(database, "admin", Role.ADMINISTRATOR)
    counter = add(database, "carl", Role.COUNTER)
    with database.writing() as session:
        register(session, person())
    database.actor = Actor("Carl", Role.COUNTER, counter)
    # A counter registers people, but cannot manage accounts, even by writing rows directly.
    with database.writing() as session:
        register(session, person())
    with database.writing() as session, pytest.raises(NotAllowed) as refused:
        list_accounts(session)
    assert refused.value.permission is Permission.MANAGE_ACCOUNTS
    with pytest.raises(NotAllowed), database.writing() as session:
        own = session.get(StaffAccount, counter)
        assert own is not None
        own.role = Role.ADMINISTRATOR.value  # promoting oneself
    with pytest.raises(NotAllowed), database.writing() as session:
        session.add(
            StaffAccount(
                username="mallory", display_name="M", role="administrator", password_hash="x"
            )
        )
    with database.session() as session:
        roles = session.scalars(select(StaffAccount.role).order_by(StaffAccount.id)).all()
        assert roles == ["administrator", "counter"]
    rendered = refused.value.message.render(translator("fr"))
    assert rendered == (
        "Votre rôle (Accueil) ne vous autorise pas à gérer les comptes du personnel. "
        "Demandez à un administrateur."
    )


def test_an_administrator_s_change_reaches_a_desk_already_signed_in(database: Database) -> None:
    """Bob is signed in at one desk; at another, Alice makes him a counter, then switches him
    off: his open desk loses the rights at its next piece of work, without signing out."""
    from welcome_desk.db.engine import Database as Desk
    from welcome_desk.domain.roles import AccountSwitchedOff

    add(database, "alice", Role.ADMINISTRATOR)
    bob = add(database, "bob", Role.ADMINISTRATOR)
    bobs_desk = Desk(database.url, actor=sign_in(database, "bob", GOOD).actor())
    with bobs_desk.writing() as session:
        assert len(list_accounts(session)) == 2  # an administrator, for now
    with database.writing() as session:
        set_role(session, bob, Role.COUNTER)
    with bobs_desk.writing() as session:
        register(session, person())  # a counter still registers people
        with pytest.raises(NotAllowed) as refused:
            list_accounts(session)
    assert refused.value.actor.role is Role.COUNTER
    with database.writing() as session:
        set_active(session, bob, False)
    with pytest.raises(AccountSwitchedOff) as off, bobs_desk.writing() as session:
        register(session, person())
    assert "switched off" in str(off.value.message)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(StaffAccount)) == 2
        from welcome_desk.db.models import Person

        assert session.scalar(select(func.count()).select_from(Person)) == 1
    # Someone else signs in at Bob's desk: his switched-off account is no part of it.
    assert sign_in(bobs_desk, "alice", GOOD).username == "alice"
    bobs_desk.dispose()
