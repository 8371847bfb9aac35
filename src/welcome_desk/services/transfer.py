"""Copying a whole database into an empty one (``migrate-to``): typically a desk's SQLite file
into the PostgreSQL server that several desks will share.

The target is brought to the newest schema by the migrations, then must hold no row at all. Every
table is copied in the order of its foreign keys, rows in batches, ids kept, in ONE transaction on
the target: a copy cut short leaves the target empty, never half-filled. Then PostgreSQL's id
sequences are moved past the copied ids, and the rows of every table are counted on both sides.
The copy itself is written in the target's audit trail (without personal data).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Integer, Table, func, insert, select, text

from welcome_desk.db import audit, journey_models, trust_models  # noqa: F401  (their tables)
from welcome_desk.db.engine import Database
from welcome_desk.db.models import Base
from welcome_desk.domain.messages import N_, Message, message
from welcome_desk.domain.roles import NotAllowed, Permission

BATCH = 5_000
Progress = Callable[[str, int, int], None]  # table, rows copied, rows in the table


class TransferError(Exception):
    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


@dataclass
class TransferReport:
    counts: dict[str, int] = field(default_factory=dict)  # table: rows (both sides agree)

    @property
    def people(self) -> int:
        return self.counts.get("people", 0)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def tables() -> list[Table]:
    """The program's tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def _count(connection: Connection, table: Table) -> int:
    return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def _serial_columns(table: Table) -> list[str]:
    """The id column numbered by the database (a lone integer key of the table's own)."""
    key = list(table.primary_key.columns)
    if len(key) == 1 and isinstance(key[0].type, Integer) and not key[0].foreign_keys:
        return [key[0].name]
    return []


def _move_sequences(connection: Connection, table: Table) -> None:
    for column in _serial_columns(table):
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column},
        )
        if sequence:
            connection.execute(
                text(
                    f"SELECT setval(:sequence, COALESCE((SELECT MAX({column}) FROM "
                    f"{table.name}), 0) + 1, false)"
                ),
                {"sequence": sequence},
            )


def copy_database(
    source: Database, target: Database, *, progress: Progress | None = None
) -> TransferReport:
    """Copy every row of ``source`` into ``target`` (migrated, and empty); see the module."""
    for database in (source, target):
        if not database.actor.can(Permission.RESTORE_BACKUP):
            raise NotAllowed(database.actor, Permission.RESTORE_BACKUP)
    if source.url == target.url:
        raise TransferError(message(N_("The database cannot be copied into itself.")))
    report = TransferReport()
    with source.engine.connect() as reading, target.locked_connection() as writing:
        if not source.is_sqlite:  # one state of the source, while its desks go on
            reading = reading.execution_options(isolation_level="REPEATABLE READ")
        for table in tables():
            if _count(writing, table):
                raise TransferError(
                    message(
                        N_("{where} is not empty (table {table} has rows): nothing was copied."),
                        where=target.describe(),
                        table=table.name,
                    )
                )
        for table in tables():
            total = _count(reading, table)
            done = 0
            order = list(table.primary_key.columns)
            rows = reading.execute(select(table).order_by(*order)).mappings()
            for batch in rows.partitions(BATCH):
                writing.execute(insert(table), [dict(row) for row in batch])
                done += len(batch)
                if progress is not None:
                    progress(table.name, done, total)
            if progress is not None and total == 0:
                progress(table.name, 0, 0)
            report.counts[table.name] = total
        if target.engine.dialect.name == "postgresql":
            for table in tables():
                _move_sequences(writing, table)
                # Fresh figures for the planner: the first searches use the indexes at once.
                writing.exec_driver_sql(f"ANALYZE {table.name}")
        for table in tables():
            copied = _count(writing, table)
            if copied != report.counts[table.name]:
                raise TransferError(
                    message(
                        N_("The copy of table {table} holds {copied} rows instead of {rows}."),
                        table=table.name,
                        copied=copied,
                        rows=report.counts[table.name],
                    )
                )
        audit.record_on(
            writing,
            [
                (
                    "copied_in",
                    "database",
                    None,
                    None,
                    {"people": (None, report.people), "rows": (None, report.rows)},
                )
            ],
            target.actor,
        )
    return report
