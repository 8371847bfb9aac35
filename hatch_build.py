"""Build hook: compile the gettext catalogs (.po -> .mo) so that installs carry them.

The compiled files are written next to their sources (they are ignored by git): the wheel takes
them with the whole ``translations`` folder (``force-include`` in pyproject.toml, read after this
hook has run), and an editable install or a source checkout finds them in place.
The window's Qt catalogs (.ts -> .qm) are compiled here too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compile_catalogs(translations: Path) -> list[Path]:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written: list[Path] = []
    for po_path in sorted(translations.glob("*/LC_MESSAGES/*.po")):
        locale = po_path.parent.parent.name
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=locale)
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog, use_fuzzy=False)
        written.append(mo_path)
    return written


def compile_qt_catalogs(folder: Path) -> list[Path]:
    """The window's catalogs (.ts -> .qm) with Qt's lrelease, shipped in the PySide6 wheel."""
    import subprocess

    import PySide6

    package = Path(PySide6.__file__).parent
    tool = next((p for p in (package / "lrelease", package / "lrelease.exe") if p.exists()), None)
    if tool is None:
        raise RuntimeError("Qt's lrelease is missing from the PySide6 wheel")
    written = []
    for ts_path in sorted(folder.glob("*.ts")):
        qm_path = ts_path.with_suffix(".qm")
        subprocess.run([str(tool), "-silent", str(ts_path), "-qm", str(qm_path)], check=True)
        written.append(qm_path)
    return written


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        translations = Path(self.root) / "translations"
        compile_catalogs(translations)
        compile_qt_catalogs(translations / "qt")
