"""Where the program keeps its data, backups, logs and configuration, and its shipped files.

The user's directories come from platformdirs. ``WELCOME_DESK_HOME`` puts all of them under one
folder instead (tests, portable installs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "welcome-desk"
HOME_VARIABLE = "WELCOME_DESK_HOME"
DATABASE_FILE_NAME = "welcome-desk.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    config_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DATABASE_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def app_paths() -> AppPaths:
    """The directories for this user (or under ``WELCOME_DESK_HOME`` when it is set)."""
    home = os.environ.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser()
        return AppPaths(data_dir=root / "data", config_dir=root / "config")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


def _shipped_dir(name: str) -> Path:
    """A folder shipped with the program: inside the installed package, or in the source tree."""
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    source_tree = _PACKAGE_DIR.parent.parent / name
    if source_tree.is_dir():
        return source_tree
    raise FileNotFoundError(f"the program's '{name}' folder is missing from this installation")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def translations_dir() -> Path:
    return _shipped_dir("translations")
