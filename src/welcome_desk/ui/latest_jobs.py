"""The newest background job of each kind, and only its answers.

A dialog that reads a file, then the staff pick another, must not show the first file's preview
when it arrives late. Starting a job of a kind cancels the one before; the answers of a replaced or
forgotten job (progress, result, error) are dropped before they reach a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from welcome_desk.ui.tasks import Job, TaskRunner

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class LatestJobs:
    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self._jobs: dict[str, Job] = {}

    def start(
        self,
        kind: str,
        work: Work,
        *,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> Job:
        """Run ``work`` in the pool as the job of ``kind``; ``done`` or ``failed`` ends it."""
        self.cancel(kind)
        job = Job(work)
        self._jobs[kind] = job

        def finished(result: object) -> None:
            if self._jobs.get(kind) is job:
                del self._jobs[kind]
                done(result)

        def crashed(error: Exception) -> None:
            if self._jobs.get(kind) is job:
                del self._jobs[kind]
                failed(error)

        def advanced(rows: int, total: int) -> None:
            if progress is not None and self._jobs.get(kind) is job:
                progress(rows, total)

        # The signals are emitted in the pool's thread and queued to this (the GUI) thread.
        job.signals.finished.connect(finished)
        job.signals.failed.connect(crashed)
        job.signals.progress.connect(advanced)
        return self._runner.start(job)

    def running(self, kind: str) -> Job | None:
        return self._jobs.get(kind)

    def cancel(self, kind: str) -> None:
        """Ask the job of ``kind`` to stop, and drop whatever it still answers."""
        job = self._jobs.pop(kind, None)
        if job is not None:
            job.cancel()

    def forget_all(self) -> None:
        """Cancel every job (those that cannot stop, like a file being written, finish unheard)."""
        for kind in list(self._jobs):
            self.cancel(kind)
