"""Keyrings for the tests: one kept in memory, one that is missing (a headless Linux), one that
silently keeps nothing, and one that is locked. The system's own keyring is never touched.

``memory_keyring`` is the fixture ``memory``: a test module that imports it can ask for ``memory``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dictionary."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class ForgetfulKeyring(MemoryKeyring):
    """Says it keeps a password and keeps nothing."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


class LockedKeyring(MemoryKeyring):
    """A keyring there is, but locked: reading and writing fail."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")


def missing_keyring() -> KeyringBackend:
    """What keyring chooses when no backend works (a server without a desktop session)."""
    return fail.Keyring()


@contextmanager
def using(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """``backend`` as the keyring for the time of the block, the previous one put back after."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(name="memory")
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring in memory for the test, whose ``passwords`` the test can read."""
    with using(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend
