"""One job abstraction for long work off the GUI thread (Vorta ``jobs_manager``, Anki
``QueryOp``): ``prepare()`` validates before any thread starts, ``run`` works on a pool
thread with copied data only, ``progress``/``finished``/``failed`` come back as queued
signals on the GUI thread, ``cancel()`` asks the work to stop at the next step.

Database writes inside a job go through the session's one writer (``Database.write()``
holds its lock), so jobs and the window never write concurrently.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job's work when it notices ``cancel()``."""


class JobControl:
    """Handed to the work function: report progress, check for cancel."""

    # Progress reaches the window at most this often (a new stage and the end always do):
    # a card of 600 photos reported after every file, and painting 300 progress bars a
    # second held the window for over 100 ms at a time.
    MIN_INTERVAL_S = 0.05

    def __init__(self, job: Job) -> None:
        self._job = job
        self._last_text: str | None = None
        self._last_sent = float("-inf")

    @property
    def cancelled(self) -> bool:
        return self._job.cancel_event.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        return self._job.cancel_event

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()          # a rate limit, not a recorded time
        finished = 0 < total <= done
        if (text == self._last_text and not finished
                and now - self._last_sent < self.MIN_INTERVAL_S):
            return
        self._last_text, self._last_sent = text, now
        self._job.progress.emit(int(done), int(total), text)


class Job(QObject):
    progress = Signal(int, int, str)   # done, total, what
    finished = Signal(object)          # the work's result
    failed = Signal(object)            # the exception (Cancelled when cancelled)

    def __init__(self, work: Callable[[JobControl], Any], name: str = "job",
                 prepare: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.name = name
        self._work = work
        self._prepare = prepare
        self._cancel = threading.Event()
        self.running = False

    @property
    def cancel_event(self) -> threading.Event:
        """For work that takes its own cancel event (IngestJob)."""
        return self._cancel

    def prepare(self) -> None:
        if self._prepare is not None:
            self._prepare()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(JobControl(self))
        except BaseException as exc:  # every failure goes back to the GUI as a signal
            if not isinstance(exc, Cancelled):
                log.debug("job %s failed: %r", self.name, exc)
            self.running = False
            self.failed.emit(exc)
        else:
            self.running = False
            self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        self.job.run()


class JobRunner(QObject):
    """Starts jobs on a pool and keeps them alive until they report."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.active: set[Job] = set()

    def start(self, job: Job) -> Job:
        job.prepare()  # raises before any thread starts
        self.active.add(job)
        job.finished.connect(lambda _r, j=job: self.active.discard(j))
        job.failed.connect(lambda _e, j=job: self.active.discard(j))
        job.running = True
        self.pool.start(_Runnable(job))
        return job

    def start_job(self, work: Callable[[JobControl], Any], name: str,
                  done: Callable[[Any], object], failed: Callable[[BaseException], object],
                  progress: Callable[[int, int, str], object] | None = None) -> Job:
        """Start ``work`` as a job: its result goes to ``done``, its exception to ``failed``
        and, given ``progress``, its progress there (on the GUI thread)."""
        job = Job(work, name)
        if progress is not None:
            job.progress.connect(progress)
        job.finished.connect(done)
        job.failed.connect(failed)
        return self.start(job)

    def cancel_all(self) -> None:
        for job in list(self.active):
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
