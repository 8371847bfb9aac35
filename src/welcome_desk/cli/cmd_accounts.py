"""The 'accounts' command: staff accounts from the command line.

The command line acts with the rights of whoever can open the database (for SQLite, the file's
permissions are the boundary), as the operating-system user: an administrator who forgot their
password gets a new one here. Passwords are asked without echo, or read from standard input's
first line when it is not a terminal; never taken from the command's arguments.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from welcome_desk.cli.context import EXIT_OK, EXIT_REJECTED, CliContext, CommandError
from welcome_desk.domain.messages import N_, message
from welcome_desk.domain.roles import ROLE_LABELS, Role
from welcome_desk.i18n import Translate
from welcome_desk.services.accounts import (
    AccountError,
    AccountView,
    create_account,
    find_account,
    list_accounts,
    password_problems,
    reset_password,
    set_active,
    set_role,
)
from welcome_desk.services.settings import SignInMode, set_sign_in_mode, sign_in_mode

ROLES = [role.value for role in Role]


def add_parsers(subparsers: Any, _: Translate) -> None:
    parser = subparsers.add_parser(
        "accounts",
        help=_("list and manage the staff's accounts"),
        description=_(
            "Staff accounts for signing in to the window. The command line itself acts as the "
            "operating-system user, with the rights of whoever can open the database."
        ),
    )
    actions = parser.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=_("list the accounts"))
    listing.add_argument("--json", action="store_true", help=_("print the accounts as JSON"))
    add = actions.add_parser("add", help=_("add an account (the password is asked)"))
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--name", required=True, help=_("the person's name as colleagues know it"))
    add.add_argument("--role", required=True, choices=ROLES)
    role = actions.add_parser("role", help=_("change an account's role"))
    role.add_argument("username", metavar="USERNAME")
    role.add_argument("role", choices=ROLES)
    reset = actions.add_parser(
        "reset-password",
        help=_("give an account a temporary password, to be changed at its next sign-in"),
    )
    reset.add_argument("username", metavar="USERNAME")
    for name, help_text in (
        ("disable", _("switch an account off (it can no longer sign in)")),
        ("enable", _("switch an account on again")),
    ):
        switch = actions.add_parser(name, help=help_text)
        switch.add_argument("username", metavar="USERNAME")
    mode = actions.add_parser(
        "sign-in",
        help=_("show or choose how the window opens: with accounts, or as a single desk"),
    )
    mode.add_argument("mode", nargs="?", choices=["accounts", "single-desk"])
    parser.set_defaults(run=run)


def _password(context: CliContext, label: str) -> str:
    """A new password: asked twice without echo on a terminal, else standard input's first line."""
    _ = context._
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.removesuffix("\n").removesuffix("\r")
    try:
        first = getpass.getpass(label)
        again = getpass.getpass(_("The same password again: "))
    except EOFError as error:  # Ctrl-D at the prompt
        raise CommandError(message(N_("No password given; nothing was changed."))) from error
    if again != first:
        raise CommandError(message(N_("The two passwords differ; nothing was changed.")))
    return first


def _row(context: CliContext, account: AccountView) -> str:
    _ = context._
    last = (
        account.last_sign_in_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if account.last_sign_in_at
        else _("never")
    )
    state = _("active") if account.active else _("switched off")
    if account.must_change_password:
        state += ", " + _("must change password")
    return (
        f"{account.username:<20} {account.display_name:<28} "
        f"{_(ROLE_LABELS[account.role]):<16} {state:<32} {last}"
    )


def _as_json(account: AccountView) -> dict[str, Any]:
    return {
        "id": account.id,
        "username": account.username,
        "name": account.display_name,
        "role": account.role.value,
        "active": account.active,
        "must_change_password": account.must_change_password,
        "last_sign_in_at": account.last_sign_in_at.isoformat() if account.last_sign_in_at else None,
    }


def run(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    database = context.database()
    action = args.accounts_action
    try:
        if action == "list":
            with database.session() as session:
                accounts = list_accounts(session)
                mode = sign_in_mode(session)
            if args.json:
                context.say(json.dumps([_as_json(a) for a in accounts], indent=2))
                return EXIT_OK
            if not accounts:
                context.say(_("No account yet: the window asks for the administrator's first."))
            for account in accounts:
                context.say(_row(context, account))
            if mode is SignInMode.SINGLE_DESK:
                context.say(_("Single-desk mode: the window opens without signing in."))
            return EXIT_OK
        if action == "sign-in":
            return _sign_in_mode(args, context)
        if action == "add":
            password = _password(context, _("Password for {name}: ").format(name=args.username))
            problems = password_problems(password, args.username)
            if problems:
                raise CommandError(problems[0], EXIT_REJECTED)
            with database.writing() as session:
                account = create_account(
                    session, args.username, args.name, Role(args.role), password
                )
            context.say(_("Account {name} added.").format(name=account.username))
            return EXIT_OK
        with database.writing() as session:
            account = find_account(session, args.username)
            if action == "role":
                account = set_role(session, account.id, Role(args.role))
            elif action in ("disable", "enable"):
                account = set_active(session, account.id, action == "enable")
            elif action == "reset-password":
                label = _("Temporary password for {name}: ").format(name=account.username)
                account = reset_password(session, account.id, _password(context, label))
        context.say(_row(context, account))
        return EXIT_OK
    except AccountError as error:
        raise CommandError(error.message, EXIT_REJECTED) from error


def _sign_in_mode(args: argparse.Namespace, context: CliContext) -> int:
    _ = context._
    database = context.database()
    if args.mode is None:
        with database.session() as session:
            mode = sign_in_mode(session)
    else:
        mode = SignInMode.SINGLE_DESK if args.mode == "single-desk" else SignInMode.ACCOUNTS
        with database.writing() as session:
            set_sign_in_mode(session, mode)
    if mode is SignInMode.SINGLE_DESK:
        context.say(_("Single-desk mode: the window opens without signing in."))
    else:
        context.say(_("Each member of staff signs in with their own account."))
    return EXIT_OK
