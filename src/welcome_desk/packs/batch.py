"""Many packs at once, one PDF per person, on the machine's cores.

Each worker process opens the database and reads the pack's data files once, then makes packs
one by one. One person whose pack cannot be made never stops the batch: it is reported with the
reason and the others are made. Files are written whole or not at all (temporary file, then
rename), so a stopped batch leaves no half-written PDF.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from welcome_desk.db.engine import Database
from welcome_desk.domain.actor import Actor
from welcome_desk.domain.checklist_template import TemplateError
from welcome_desk.domain.roles import NotAllowed, Permission
from welcome_desk.files import OWNER_ONLY, problem_code, write_whole
from welcome_desk.logging_setup import log_failure
from welcome_desk.packs.build import make_person_pack
from welcome_desk.packs.content import PackContent, load_content
from welcome_desk.packs.data import PackPersonMissing

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (finished, total)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Failure:
    """Why one person's pack was not made: ``kind`` is "missing" (no such person), "content"
    (the pack's data files cannot be read; ``detail`` says where), "file" (the PDF could not be
    written; ``detail`` is the error's code, see ``files.file_problem``) or "error" (``detail``
    names the error's type; the log says where it happened)."""

    person_id: int
    kind: str
    detail: str = ""


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    cancelled: bool = False


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


Outcome = tuple[int, str | None, str, str]  # person id, file written, failure kind, detail


def _failure(person_id: int, error: BaseException) -> Outcome:
    if isinstance(error, PackPersonMissing):
        return person_id, None, "missing", ""
    if isinstance(error, TemplateError):
        return person_id, None, "content", str(error)
    if isinstance(error, OSError):
        return person_id, None, "file", problem_code(error)
    return person_id, None, "error", type(error).__name__


# One database and one copy of the content per worker process.
_worker: dict[str, object] = {}


def _start_worker(url: str, content_folder: str | None) -> None:
    _worker["database"] = Database(make_url(url))
    _worker["content"] = load_content(Path(content_folder) if content_folder else None)


def _make_one(person_id: int, folder: str, language: str | None, today: date) -> Outcome:
    """Never raises: one bad record is one line of the report."""
    try:
        database = _worker["database"]
        content = _worker["content"]
        assert isinstance(database, Database) and isinstance(content, PackContent)
        made = make_person_pack(
            database, person_id, language=language, today=today, content=content
        )
        path = Path(folder) / made.file_name
        write_whole(path, made.pdf, mode=OWNER_ONLY)
        return person_id, str(path), "", ""
    except Exception as error:  # reported per person: the batch goes on
        log_failure(log, f"pack of person {person_id}", error)
        return _failure(person_id, error)


def make_packs(
    url: URL | str,
    person_ids: Sequence[int],
    folder: Path,
    *,
    language: str | None = None,
    today: date | None = None,
    jobs: int | None = None,
    content_folder: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    actor: Actor | None = None,
) -> BatchResult:
    """A pack per person into ``folder`` (which must exist), on ``jobs`` processes, if
    ``actor`` (by default the operating-system user, as on the command line) may make packs."""
    who = actor or Actor.from_system_user()
    if not who.can(Permission.MAKE_PACKS):
        raise NotAllowed(who, Permission.MAKE_PACKS)
    address = url.render_as_string(hide_password=False) if isinstance(url, URL) else url
    when = today or date.today()
    jobs = jobs or default_jobs()
    result = BatchResult()
    total = len(person_ids)
    arguments = (str(folder), language, when)

    def record(outcome: Outcome) -> None:
        person_id, path, kind, detail = outcome
        if path is not None:
            result.written.append(Path(path))
        else:
            result.failed.append(Failure(person_id, kind, detail))
        if progress:
            progress(len(result.written) + len(result.failed), total)

    if jobs == 1 or total <= 1:
        _start_worker(address, str(content_folder) if content_folder else None)
        try:
            for person_id in person_ids:
                if cancelled and cancelled():
                    result.cancelled = True
                    break
                record(_make_one(person_id, *arguments))
        finally:
            database = _worker.pop("database", None)
            if isinstance(database, Database):
                database.dispose()
        return result

    context = multiprocessing.get_context("spawn")  # no fork: safe beside Qt and on every OS
    with ProcessPoolExecutor(
        max_workers=min(jobs, total),
        mp_context=context,
        initializer=_start_worker,
        initargs=(address, str(content_folder) if content_folder else None),
    ) as pool:
        pending: set[Future[Outcome]] = {
            pool.submit(_make_one, person_id, *arguments) for person_id in person_ids
        }
        while pending:
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                record(future.result())
            if cancelled and cancelled() and pending:
                result.cancelled = True
                for future in pending:
                    future.cancel()
                for future in pending:
                    if not future.cancelled():
                        record(future.result())
                break
    return result
