"""What the commands that change a lot share: a confirmation asked on the terminal (refused
when there is none: scripts say --yes), and how a number of people reads."""

from __future__ import annotations

import sys

from welcome_desk.cli.context import CliContext, CommandError
from welcome_desk.domain.messages import N_, Message, message

YES_ANSWERS = frozenset({"y", "yes", "o", "oui"})


def confirmed(context: CliContext, no_terminal: Message, question: str) -> bool:
    """Ask ``question`` on the terminal; with no terminal to ask on, refuse with ``no_terminal``."""
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise CommandError(no_terminal)
    context.err.write(question)
    context.err.flush()
    return stdin.readline().strip().lower() in YES_ANSWERS


def people(count: int) -> Message:
    """'0 people', '1 person', '{count} people' (French counts nobody in the singular)."""
    if count == 0:
        return message(N_("0 people"))
    if count == 1:
        return message(N_("1 person"))
    return message(N_("{count} people"), count=count)
