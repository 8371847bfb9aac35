"""Work off the GUI thread: a job runs in Qt's thread pool and reports back by signal.

Widgets are only touched on the GUI thread: the job's result, progress and error arrive through
queued signals. A job can be asked to stop; it checks ``cancelled()`` between steps.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from welcome_desk.logging_setup import log_failure

log = logging.getLogger(__name__)


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """``work(progress, cancelled)`` run in the pool; its result comes back by ``finished``."""

    def __init__(
        self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self.cancelled)
        except Exception as error:  # reported to the user by the window, logged here
            log_failure(log, "background job failed", error)
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts jobs and keeps them alive until they are done."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Job] = set()

    def start(self, job: Job) -> Job:
        self._running.add(job)
        job.signals.finished.connect(lambda _result, j=job: self._running.discard(j))
        job.signals.failed.connect(lambda _error, j=job: self._running.discard(j))
        self._pool.start(job)
        return job

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        for job in list(self._running):
            job.cancel()
        return self._pool.waitForDone(msecs)
