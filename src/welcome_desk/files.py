"""Files written whole or not at all."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from welcome_desk.domain.messages import N_, Message, message

# Files that hold personal data (exports, packs, statistics with names): readable and writable
# by their owner only, like the database.
OWNER_ONLY = 0o600


def write_whole(path: Path, content: bytes, *, mode: int | None = None) -> None:
    """Write ``content`` to ``path`` through a temporary file renamed into place: a crash or a
    full disk leaves the old file (or none), never half of the new one. ``mode`` (e.g. 0o600,
    less what the umask takes away) holds from the first byte written."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.unlink(missing_ok=True)  # a left-over part would keep its own permissions
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        descriptor = os.open(temporary, flags, 0o666 if mode is None else mode)
        with open(descriptor, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# What went wrong with a file, in plain words for the staff (the system's own text is English).
_PROBLEMS = {
    "ENOENT": N_("the folder does not exist"),
    "ENOTDIR": N_("a file stands where a folder is expected"),
    "EISDIR": N_("it is a folder"),
    "EACCES": N_("permission denied"),
    "EPERM": N_("permission denied"),
    "EROFS": N_("the disk is read-only"),
    "ENOSPC": N_("the disk is full"),
    "EDQUOT": N_("the disk quota is used up"),
    "EEXIST": N_("a file of that name already exists"),
    "ENAMETOOLONG": N_("the name is too long"),
}


def problem_code(error: OSError) -> str:
    """The error's symbolic name ("ENOSPC"), or "" when it has none."""
    return errno.errorcode.get(error.errno or 0, "")


def file_problem(code: str) -> str:
    """An untranslated sentence for an error code from ``problem_code``."""
    return _PROBLEMS.get(code, N_("the disk could not be read or written"))


def writable_folder(folder: Path) -> OSError | None:
    """None when a file can be written in ``folder`` (tried for real), else the error."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError as error:
        return error
    return None


def file_error(template: str, path: Path, error: OSError) -> Message:
    """``template`` (fields {path} and {reason}) with the problem in plain words."""
    return message(template, path=str(path), reason=message(file_problem(problem_code(error))))


def home_relative(where: str) -> str:
    """A path under the user's home folder written from ``~`` (shorter, and the same for
    everyone at a glance); anything else as it is."""
    home = str(Path.home())
    if home not in ("", "/") and (where == home or where.startswith(home + os.sep)):
        return "~" + where[len(home) :]
    return where
