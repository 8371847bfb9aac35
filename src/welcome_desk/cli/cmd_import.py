"""The 'import' command (being written)."""

from __future__ import annotations

import argparse
from typing import Any

from welcome_desk.cli.context import CliContext
from welcome_desk.i18n import Translate


def add_parsers(subparsers: Any, _: Translate) -> None:
    pass


def run(args: argparse.Namespace, context: CliContext) -> int:
    return 0
