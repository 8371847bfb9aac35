"""The layers import one way: only ui/ (and the gui command, lazily) may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "welcome_desk"
QT_FREE = ("domain", "db", "services", "packs", "stats")


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_domain_db_and_services_never_import_qt_or_the_ui() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in (PACKAGE / layer).rglob("*.py"):
            for module in imported_modules(path):
                if module.startswith(("PySide6", "welcome_desk.ui", "welcome_desk.cli")):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offenders


def test_domain_knows_no_database() -> None:
    offenders = [
        f"{path.name} imports {module}"
        for path in (PACKAGE / "domain").rglob("*.py")
        for module in imported_modules(path)
        if module.startswith(("sqlalchemy", "alembic", "welcome_desk.db", "welcome_desk.services"))
    ]
    assert not offenders
