"""Logging to a rotating file in the data directory.

Log lines say what the program did (counts, durations, revisions, errors), never who: no names,
emails, birth dates or identifiers of people are ever passed to a logger.
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "welcome-desk.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5


def configure(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send the program's log to ``log_dir``; returns the file, or None if it cannot be written."""
    root = logging.getLogger("welcome_desk")
    root.setLevel(level)
    target = log_dir / LOG_FILE_NAME
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == target.resolve():
                return target
            root.removeHandler(handler)  # another data directory (tests, a second database)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            log_dir / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only profile must not stop the desk from working
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return target


def log_failure(logger: logging.Logger, what: str, error: BaseException) -> None:
    """Log an unexpected error with its type and where it happened, but not its message: the
    message of a database or validation error may quote a person's data."""
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-6:]))
    logger.error("%s: %s at %s", what, type(error).__name__, where)
