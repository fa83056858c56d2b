"""The window's side of the scheduled full check (app.model.full_check): every ten minutes
while unlocked it asks whether a check is due and runs it on a thread of its own at the
lowest priority, pausing while a docked camera downloads; Today shows its progress and its
last result. The head and the officer both run it (either session can read every blob)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from app.model.full_check import background_priority, is_due, run_full_check
from app.model.verify import VerifyReport
from app.ui.common import Context
from app.ui.jobs import Job, JobControl, JobRunner

CHECK_EVERY_MS = 10 * 60_000
FIRST_CHECK_MS = 60_000          # after unlock: the officer's first minutes are the busiest
DOCK_BUSY = ("queued", "downloading", "verifying", "wiping")


class FullCheckRunner(QObject):
    changed = Signal()               # started, progressed, finished: Today repaints

    def __init__(self, ctx: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.runner = JobRunner(self.pool, self)
        self.job: Job | None = None
        self.active = False
        self.done = 0
        self.total = 0
        self.last: VerifyReport | None = None
        self.failed_with: BaseException | None = None
        # Set from the window's thread as docked cameras change state; read by the check.
        self.docking = threading.Event()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.maybe_start)
        if ctx.dock is not None:
            ctx.dock.row_changed.connect(self._dock_changed)
            ctx.dock.row_removed.connect(self._dock_changed)

    @property
    def running(self) -> bool:
        """Until its result has reached the window (the job's thread ends a moment before
        its signal is delivered here)."""
        return self.active

    def start_schedule(self) -> None:
        QTimer.singleShot(FIRST_CHECK_MS, self, self.maybe_start)
        self.timer.start(CHECK_EVERY_MS)

    def maybe_start(self) -> None:
        if self.running or self.ctx.session.is_locked:
            return
        if is_due(self.ctx.session):
            self.start()

    def _dock_changed(self, _key: str = "") -> None:
        rows = self.ctx.dock.rows.values() if self.ctx.dock is not None else ()
        if any(r.state in DOCK_BUSY for r in rows):
            self.docking.set()
        else:
            self.docking.clear()

    def start(self) -> Job | None:
        """Start now (the on-demand button, or when due); a running check goes on."""
        if self.running:
            return self.job
        session = self.ctx.session
        docking = self.docking

        def work(control: JobControl) -> VerifyReport:
            background_priority()

            def wait_while_busy() -> None:
                while docking.is_set() and not control.cancelled:
                    control.cancel_event.wait(0.5)

            return run_full_check(
                session, progress=lambda d, t: control.progress(d, t, "verify"),
                cancelled=lambda: control.cancelled, wait_while_busy=wait_while_busy)

        self.failed_with, self.done, self.total = None, 0, 0
        self.active = True
        self.job = self.runner.start_job(work, "full-check", self._finished, self._failed,
                                         self._progress)
        self.changed.emit()
        return self.job

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.done, self.total = done, total
        self.changed.emit()

    def _finished(self, report: VerifyReport) -> None:
        self.last, self.active = report, False
        self.changed.emit()
        self.ctx.bus.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.failed_with, self.active = exc, False
        self.changed.emit()

    def stop(self) -> None:
        """At lock: the check stops between blobs and keeps its place for the next unlock."""
        self.timer.stop()
        self.runner.cancel_all()
        self.pool.waitForDone(30_000)
