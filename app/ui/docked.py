"""The docking station in the window (R1, R4, R20): every docked volume, from the moment it
appears to the wiped card.

The dock watcher's thread-safe event queue is drained on the GUI thread. Each volume gets a
:class:`app.ui.docked_row.DockedRow` that walks through its states (drawn there).

Reading the card (identity, clock, battery) and downloading run as jobs on the bridge's
own thread pool, never on the GUI thread; at most ``max_parallel_downloads`` download at
once (R20), the rest wait their turn visibly. The card is wiped only by the ingest module's
verified wipe, on the officer's button or the ``auto_wipe`` setting (R1, R14). The camera's
clock is set after a complete download, with the offset found before journalled (R1).
"""

from __future__ import annotations

import gc
import logging
import queue
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from app.devices.throttle import CardThrottle
from app.devices.usbscan import DeviceError
from app.devices.watcher import DockedVolume, DockWatcher
from app.errors import DalelError
from app.ingest.copier import Copier
from app.ingest.identity import VolumeIdentity, identify, tie
from app.ingest.job import IngestJob, IngestReport, Progress
from app.ingest.service import DockedCamera, can_set_clock, describe, driver_for, set_camera_clock
from app.ui import docked_row as st
from app.ui.common import Context
from app.ui.docked_row import DockedRow, State
from app.ui.errors import message_for
from app.ui.jobs import Cancelled, Job, JobControl, JobRunner
from app.ui.transfer import Transfer

log = logging.getLogger(__name__)


class DockBridge(QObject):
    """Owns the watcher and the docked rows; turns events into jobs and Qt signals."""

    STAGGER_MS = 250
    ARRIVAL_MS = 25

    row_changed = Signal(str)               # volume key
    row_removed = Signal(str)               # volume key
    status = Signal(str, str)               # volume key, a sentence for the status line
    progress = Signal(int, int, int, str)   # camera id, done, total, stage
    done = Signal(int, object)              # camera id, IngestReport or exception

    def __init__(self, ctx: Context, watcher: DockWatcher, backend: Any = None,
                 poll_ms: int = 100, card_bytes_per_s: float | None = None) -> None:
        """``card_bytes_per_s``: read each simulated card at a card's speed (demo, bench)."""
        super().__init__()
        self.ctx, self.watcher, self.backend = ctx, watcher, backend
        self.card_bytes_per_s = card_bytes_per_s
        self.rows: dict[str, DockedRow] = {}
        # Downloads have a pool of their own: on the window's pool (one thread per core)
        # two cameras would hold every thread and the window's own jobs would wait.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(16 + 1)
        self.runner = JobRunner(self.pool, self)
        # Reading a docked camera (identity, clock, battery, a scan of the card) is quick;
        # eight at once on eight threads held the interpreter and froze the window, one at
        # a time they are done in a moment.
        self.inspect_pool = QThreadPool(self)
        self.inspect_pool.setMaxThreadCount(1)
        self.inspector = JobRunner(self.inspect_pool, self)
        # The downloads' byte work runs in a child process (app/ingest/copier.py): in this
        # one, eight downloads' threads kept the window's thread waiting for the interpreter
        # lock for up to 150 ms at a time. Started by the first download, ended at lock.
        # None: in this process (bench/dock.py --in-process compares the two).
        self.copier: Copier | None = Copier.for_session(ctx.session)
        self.started = False
        self.stopped = False
        self.frozen = False
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.drain)
        self._max_parallel: int | None = None
        self.stagger = QTimer(self)
        self.stagger.setSingleShot(True)
        self.stagger.setInterval(self.STAGGER_MS)
        self.stagger.timeout.connect(self.schedule)
        ctx.bus.settings_changed.connect(self._settings_changed)

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        if self.started:
            return
        self.started = True
        self.watcher.start()
        self.timer.start()

    def stop(self) -> None:
        """At lock: every job is told to stop and waited for; the watcher ends."""
        self.stopped = True     # what the cancelled jobs report after this is not shown
        self.timer.stop()
        self.stagger.stop()
        for runner in (self.inspector, self.runner):
            runner.cancel_all()
            runner.wait()
        if self.copier is not None:
            self.copier.stop()
        self._hold_collector()
        if self.started:
            self.watcher.stop()
        self.started = False

    @property
    def max_parallel(self) -> int:
        """Read once and again only when the settings change: a read on the GUI thread waits
        for any camera's commit (one writer)."""
        if self._max_parallel is None:
            try:
                value = int(self.ctx.session.settings.get("max_parallel_downloads"))
            except (DalelError, TypeError, ValueError):
                value = 8
            self._max_parallel = max(1, value)
        return self._max_parallel

    def _settings_changed(self, keys: list[str]) -> None:
        if "max_parallel_downloads" in keys:
            self._max_parallel = None
            self.schedule()

    def drain(self) -> None:
        """The watcher's events; one new volume every ARRIVAL_MS: eight cameras docked
        together are eight short steps (a row of widgets, its layout and paint, a job) the
        window answers between, not one long one (up to 90 ms in bench/dock.py)."""
        while True:
            try:
                event = self.watcher.events.get_nowait()
            except queue.Empty:
                return
            if event.volume is None or event.volume.mount is None:
                continue   # a camera's USB side alone: its volume follows
            if event.kind == "arrived":
                self.add(event.volume)
                if not self.watcher.events.empty():
                    QTimer.singleShot(self.ARRIVAL_MS, self.drain)
                return
            if event.kind == "removed":
                self.gone(str(event.volume.key))

    def _changed(self, row: DockedRow) -> None:
        if row.key in self.rows:
            self.row_changed.emit(row.key)

    # -- a volume appears: who is it? --------------------------------------------------------
    def add(self, volume: DockedVolume) -> DockedRow | None:
        key = str(volume.key)
        if self.stopped or self.ctx.session.is_locked:
            return None
        old = self.rows.get(key)
        if old is not None and old.state in st.BUSY:
            return old
        row = self.rows[key] = DockedRow(key, volume)
        self._changed(row)
        self.inspect(row)
        return row

    def inspect(self, row: DockedRow) -> None:
        session, backend = self.ctx.session, self.backend
        copier = self.copier if self.ctx.keeps_journal else None

        def work(_ctl: JobControl) -> tuple[VolumeIdentity, DockedCamera, bool]:
            if copier is not None:
                # Ready by the time this camera's download starts. From here, not from the
                # GUI thread: a thread's start() waits until the new thread runs.
                copier.start_soon()
            # The setting is read here too: on the GUI thread a read waits for any commit.
            ident = identify(session, row.volume, backend)
            if not ident.identified and row.tied is not None:
                ident = row.tied        # tied by the officer while docked (no volume id)
            return (ident, describe(session, row.volume, backend, ident),
                    bool(session.settings.get("download_on_dock")))

        row.state, row.message = State.INSPECTING, ""
        self._run(row, Job(work, f"inspect {row.key}"), self._inspected, self.inspector)

    def _inspected(self, row: DockedRow,
                   result: tuple[VolumeIdentity, DockedCamera, bool]) -> None:
        row.ident, row.info, download_on_dock = result
        if row.ident.unregistered_camera:
            row.state = State.UNREGISTERED
        elif not row.ident.identified and row.volume.profile is None and \
                row.info.recordings == 0:
            row.state = State.NO_FOOTAGE
        elif not row.ident.identified:
            row.state = State.UNIDENTIFIED
        elif not self.ctx.keeps_journal:
            # R1: downloading and wiping are the responsible officer's; the head sees the
            # camera docked and the officer's next unlock downloads it.
            row.state = State.WAITING
            row.message = self.tr("The responsible officer downloads it (R1).")
            self.status.emit(row.key, self.tr(
                "Docked: {name}. The responsible officer downloads it (R1).").format(
                    name=row.ident.inventory_no or row.ident.label))
        elif download_on_dock:
            row.state = State.QUEUED
        else:
            row.state = State.WAITING
        self._changed(row)
        self.schedule()

    # -- the officer's answers for an unidentified or unregistered volume (R4) -------------
    def tie(self, key: str, inventory_no: str) -> DockedRow:
        """Tie an unidentified volume to a registered camera or card; journalled."""
        row = self.rows[key]
        assert row.ident is not None
        row.ident = row.tied = tie(self.ctx.session, row.volume, row.ident, inventory_no)
        self.ctx.bus.changed.emit()
        self.inspect(row)
        return row

    def register(self, key: str, inventory_no: str, model: str = "") -> DockedRow:
        """Register the unknown camera on this volume under its inventory number (R4)."""
        row = self.rows[key]
        assert row.ident is not None and row.ident.serial
        usb = row.volume.usb
        self.ctx.session.registers.add_device(
            "camera", inventory_no, serial=row.ident.serial, model=model,
            usb_vid=usb.vid if usb else None, usb_pid=usb.pid if usb else None)
        self.ctx.bus.changed.emit()
        self.inspect(row)
        return row

    # -- downloading -----------------------------------------------------------------------
    def download(self, key: str) -> None:
        """The Download button (or docking with ``download_on_dock``): join the queue."""
        row = self.rows[key]
        if row.state in st.BUSY or row.state == State.QUEUED or not self.ctx.keeps_journal:
            return
        if row.ident is None or not row.ident.identified:
            return
        row.state, row.message = State.QUEUED, ""
        self._changed(row)
        self.schedule()

    def schedule(self) -> None:
        """Start a queued download while fewer than ``max_parallel_downloads`` run (R20),
        one every ``STAGGER_MS``: a download's first moments (scanning the card, starting
        its threads, filling its buffers) hold the interpreter, and eight starting together
        froze the window for over half a second."""
        if self.stopped or self.ctx.session.is_locked or self.stagger.isActive():
            return
        running = sum(1 for r in self.rows.values()
                      if r.state in (State.DOWNLOADING, State.VERIFYING))
        queued = [r for r in self.rows.values() if r.state == State.QUEUED]
        if queued and running < self.max_parallel:
            self._start_download(queued[0])
            if len(queued) > 1 and running + 1 < self.max_parallel:
                self.stagger.start()

    def _start_download(self, row: DockedRow) -> None:
        session, backend, ident = self.ctx.session, self.backend, row.ident
        assert ident is not None and ident.camera_id is not None
        rate = self.card_bytes_per_s

        def work(ctl: JobControl) -> IngestReport:
            def report(p: Progress) -> None:
                ctl.progress(p.done_bytes, p.total_bytes, p.stage)

            reader = CardThrottle(rate).read if rate else None
            # wipe=None: the job reads ``auto_wipe`` itself, on this thread
            options: dict[str, Any] = dict(
                camera=ident.camera_id, progress=report, cancel_event=ctl.cancel_event,
                backend=backend, wipe=None, reader=reader, copier=self.copier)
            if row.volume.profile is not None:
                ing = IngestJob.from_volume(session, row.volume, **options)
            else:   # a volume no profile knows, tied by the officer: read as a folder
                assert row.volume.mount is not None
                ing = IngestJob.from_folder(session, row.volume.mount, **options)
            ing.prepare()
            ctl.progress(0, ing.scan.total_bytes if ing.scan else 0, "copying")
            result = ing.run()
            if ing.scan is not None:
                row.wipe_files = sum(1 for _f in ing.scan.files())
            if result.complete and ing.driver is not None and can_set_clock(ing.driver):
                offset = ing.clock.offset_s if ing.clock else None
                try:      # R1: the camera goes back out with the right date and time
                    set_camera_clock(session, ing.driver, ing.camera, at="docking",
                                     offset_before_s=offset)
                except (DeviceError, DalelError, OSError) as exc:
                    log.info("clock of %s not set at docking: %s", ident.inventory_no, exc)
            return result

        row.state, row.message, row.transfer = State.DOWNLOADING, "", Transfer()
        job = Job(work, f"ingest {row.key}")
        job.progress.connect(lambda d, t, stage, r=row: self._progress(r, d, t, stage))
        self._run(row, job, self._downloaded)
        self._hold_collector()

    def _hold_collector(self) -> None:
        """While cameras download, the garbage collector's full passes leave alone what the
        window already holds (``gc.freeze``; ``gc.unfreeze`` once none does, or at lock):
        a full pass over the window's objects ran on the GUI thread for 30 to 180 ms during
        the 8-camera bench (bench/dock.py), longer than the window may stall."""
        working = (State.DOWNLOADING, State.VERIFYING, State.WIPING)
        busy = not self.stopped and any(r.state in working for r in self.rows.values())
        if busy and not self.frozen:
            gc.freeze()
            self.frozen = True
        elif not busy and self.frozen:
            gc.unfreeze()
            self.frozen = False

    def _progress(self, row: DockedRow, done: int, total: int, stage: str) -> None:
        if row.state not in (State.DOWNLOADING, State.VERIFYING, State.WIPING):
            return
        row.transfer.note(done, total)
        if stage in ("verifying", "committing"):
            row.state = State.VERIFYING
        elif stage == "wiping":
            row.state = State.WIPING
        if row.camera_id is not None:
            self.progress.emit(row.camera_id, done, total, stage)
        self._changed(row)

    def _downloaded(self, row: DockedRow, report: IngestReport) -> None:
        row.report = report
        if report.aborted == "cancelled":
            row.state, row.message = State.CANCELLED, report.aborted_message or ""
        elif report.wiped and report.complete and not report.wipe_message:
            row.state, row.wiped = State.WIPED, report.wiped
        elif report.complete:
            row.state = State.VERIFIED
            row.message = report.wipe_message or (
                "" if row.wipe_files else self.tr("The card holds no files: nothing to wipe."))
        else:
            row.state = State.INCOMPLETE
            row.message = self._why_incomplete(report)
        self.status.emit(row.key, self.summary(row))
        self.done.emit(report.camera_id, report)
        self._changed(row)
        self._data_changed()
        self.schedule()

    def _why_incomplete(self, report: IngestReport) -> str:
        reasons = [x["message"] for x in report.failed + report.left_on_card]
        if report.aborted_message:
            reasons.insert(0, report.aborted_message)
        return " ".join(reasons[:3]) + (" …" if len(reasons) > 3 else "")

    def summary(self, row: DockedRow) -> str:
        """One sentence on what the download did, for the status line and the log."""
        report = row.report
        if report is None:
            return row.message
        text = self.tr("{camera}: %n recording(s) stored, already in the vault: {dup}", "",
                       len(report.stored)).format(camera=report.camera_inventory,
                                                  dup=report.duplicates)
        if report.aborted_message:
            text += " — " + report.aborted_message
        if report.wiped:
            text += " — " + self.tr("%n file(s) wiped from the card", "", report.wiped)
        return text

    def cancel(self, key: str) -> None:
        """This volume only; the others go on (R20). What was verified stays staged and is
        reused when the camera docks again."""
        row = self.rows.get(key)
        if row is None:
            return
        if row.state == State.QUEUED:
            row.state = State.WAITING
            self._changed(row)
        elif row.job is not None:
            row.job.cancel()
            log.info("cancel requested for %s", key)

    # -- the verified wipe (R1, R14) -------------------------------------------------------
    def can_wipe(self, key: str) -> bool:
        row = self.rows.get(key)
        return (row is not None and row.state == State.VERIFIED and self.ctx.keeps_journal
                and row.report is not None and row.report.complete and row.wipe_files > 0)

    def wipe(self, key: str) -> None:
        """Delete the card's files; the core re-proves every one in the vault first."""
        if not self.can_wipe(key):
            return
        row = self.rows[key]
        session, backend, volume = self.ctx.session, self.backend, row.volume
        camera_id = row.camera_id
        assert camera_id is not None   # can_wipe: a verified download names its camera

        def work(ctl: JobControl) -> int:
            from app.ingest.wipe import verified_wipe

            driver = driver_for(volume, backend)
            camera = session.registers.device(camera_id)
            return verified_wipe(session, driver, camera,
                                 cancel_event=ctl.cancel_event).removed_in_all

        row.state, row.message = State.WIPING, ""
        self._run(row, Job(work, f"wipe {row.key}"), self._wiped)

    def _wiped(self, row: DockedRow, removed: int) -> None:
        row.state, row.wiped = State.WIPED, removed
        self.status.emit(row.key, self.tr("{camera}: %n file(s) wiped from the card", "",
                                          removed).format(
            camera=row.ident.inventory_no if row.ident else row.key))
        self._changed(row)
        self._data_changed()

    # -- taken out -------------------------------------------------------------------------
    def gone(self, key: str) -> None:
        row = self.rows.get(key)
        if row is None:
            return
        if row.job is not None:
            row.job.cancel()
            row.state = State.REMOVED
            row.message = self.tr("Taken out while it was being read. Nothing half-copied is "
                                  "kept and nothing was deleted; dock it again to continue.")
            self._changed(row)
            return
        self.dismiss(key)

    def dismiss(self, key: str) -> None:
        row = self.rows.get(key)
        if row is None or row.job is not None:
            return
        del self.rows[key]
        self.row_removed.emit(key)
        self.schedule()

    # -- jobs ------------------------------------------------------------------------------
    def _run(self, row: DockedRow, job: Job, on_done: Any,
             runner: JobRunner | None = None) -> None:
        row.job = job
        job.finished.connect(lambda result, r=row, j=job: self._finished(r, j, result, on_done))
        job.failed.connect(lambda exc, r=row, j=job: self._failed(r, j, exc))
        self._changed(row)
        (runner or self.runner).start(job)

    def _finished(self, row: DockedRow, job: Job, result: Any, on_done: Any) -> None:
        if row.job is job:
            row.job = None
        if self.stopped:        # locked meanwhile: the session is gone
            return
        if row.state == State.REMOVED:
            self._changed(row)
            self.schedule()
        else:
            on_done(row, result)
        self._hold_collector()

    def _failed(self, row: DockedRow, job: Job, exc: BaseException) -> None:
        if row.job is job:
            row.job = None
        if self.stopped:
            return
        if row.state != State.REMOVED:
            row.state = State.CANCELLED if isinstance(exc, Cancelled) else State.FAILED
            row.message = "" if isinstance(exc, Cancelled) else message_for(exc)
        self.status.emit(row.key, row.message)
        if row.camera_id is not None:
            self.done.emit(row.camera_id, exc)
        self._changed(row)
        self._data_changed()
        self.schedule()
        self._hold_collector()

    def _data_changed(self) -> None:
        """Screens re-read the vault once no download runs: a read on the GUI thread would
        otherwise wait for another camera's commit (one writer)."""
        busy = (State.DOWNLOADING, State.VERIFYING, State.WIPING)
        if not any(r.state in busy for r in self.rows.values()):
            self.ctx.bus.changed.emit()

    def row_for_camera(self, camera_id: int) -> DockedRow | None:
        return next((r for r in self.rows.values() if r.camera_id == camera_id), None)


def watched_dock(ctx: Context, backend: Any = None, resolvers: list[Any] | None = None,
                 volume_ids: list[Any] | None = None, roots: list[Path] | None = None,
                 poll_s: float = 2.0, card_bytes_per_s: float | None = None) -> DockBridge:
    """The docking station on a real vault: the mount roots of the ``mount_roots`` setting
    (else the platform's usual ones) and USB, watched exactly as ``dalel dock`` does."""
    from app.devices.usbscan import default_backend

    if roots is None:
        configured = ctx.session.settings.get("mount_roots") or []
        roots = [Path(r) for r in configured] if configured else None
    watcher = DockWatcher(roots, backend=default_backend() if backend is None else backend,
                          resolvers=resolvers, volume_ids=volume_ids, poll_s=poll_s)
    return DockBridge(ctx, watcher, backend=watcher.backend,
                      card_bytes_per_s=card_bytes_per_s)
