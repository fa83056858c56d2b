"""Docked cameras (R20: several at once): the dock watcher's thread-safe event queue is
drained on the GUI thread; each docked camera gets an IngestJob on the pool with its own
progress bar on Today and its own cancel. The card is wiped only by the ingest module's
verified wipe, when the office's ``auto_wipe`` setting asks for it (R1, R14)."""

from __future__ import annotations

import logging
import queue
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.clock import from_iso
from app.devices.throttle import CardThrottle
from app.devices.watcher import DockWatcher
from app.ingest.job import IngestJob, Progress
from app.ui.common import Context
from app.ui.errors import message_for
from app.ui.jobs import Job

log = logging.getLogger(__name__)


class DockBridge(QObject):
    """Owns the watcher; turns its events into ingest jobs and Qt signals."""

    status = Signal(str, str)              # camera key, text
    progress = Signal(int, int, int, str)  # camera id, done, total, stage
    done = Signal(int, object)             # camera id, IngestReport or exception

    def __init__(self, ctx: Context, watcher: DockWatcher, backend: Any = None,
                 poll_ms: int = 100, card_bytes_per_s: float | None = None) -> None:
        """``card_bytes_per_s``: read each simulated card at a card's speed (demo, bench)."""
        super().__init__()
        self.ctx, self.watcher, self.backend = ctx, watcher, backend
        self.card_bytes_per_s = card_bytes_per_s
        self.jobs: dict[str, Job] = {}
        self.cameras: dict[str, dict[str, int]] = {}  # volume key -> {"camera_id": id}
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.drain)

    def start(self) -> None:
        self.watcher.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        for job in self.jobs.values():
            job.cancel()
        self.watcher.stop()

    def drain(self) -> None:
        while True:
            try:
                event = self.watcher.events.get_nowait()
            except queue.Empty:
                return
            if event.kind == "arrived" and event.volume is not None:
                self.ingest(event.volume)
            elif event.kind == "removed" and event.volume is not None:
                job = self.jobs.get(str(event.volume.key))
                if job is not None:
                    job.cancel()

    def ingest(self, volume: Any) -> Job | None:
        key = str(volume.key)
        if key in self.jobs or self.ctx.session.is_locked:
            return None
        if not self.ctx.keeps_journal:
            # R1: downloading and wiping are the responsible officer's; the head sees the
            # camera docked and the officer's next unlock downloads it.
            self.status.emit(key, self.tr(
                "Docked: {name}. The responsible officer downloads it (R1).").format(
                    name=volume.label or key))
            return None
        session, backend = self.ctx.session, self.backend
        wipe = bool(session.settings.get("auto_wipe"))
        holder: dict[str, int] = {}

        def work(ctl: Any) -> Any:
            def report(p: Progress) -> None:
                if "camera_id" in holder:
                    ctl.progress(p.done_bytes, p.total_bytes, p.stage)

            reader = (CardThrottle(self.card_bytes_per_s).read
                      if self.card_bytes_per_s else None)
            ing = IngestJob(session, volume, progress=report, cancel_event=ctl.cancel_event,
                            backend=backend, wipe=wipe, reader=reader)
            ing.prepare()
            holder["camera_id"] = ing.camera.id
            ctl.progress(0, ing.scan.total_bytes if ing.scan else 0, "copying")
            return ing.run()

        job = Job(work, f"ingest {key}")
        def forward(done: int, total: int, stage: str) -> None:
            self.progress.emit(holder.get("camera_id", -1), done, total, stage)

        job.progress.connect(forward)
        job.finished.connect(lambda r, k=key: self._finished(k, r))
        job.failed.connect(lambda e, k=key, h=holder: self._failed(k, h, e))
        self.jobs[key] = job
        self.cameras[key] = holder
        self.status.emit(key, self.tr("Docked: {name}, downloading…").format(
            name=volume.label or key))
        self.ctx.runner.start(job)
        return job

    def cancel_camera(self, camera_id: int) -> None:
        """Stop one camera's download (each row on Today has its own cancel); the others
        go on. What was verified stays staged and is reused when the camera docks again."""
        for key, job in self.jobs.items():
            if self.cameras.get(key, {}).get("camera_id") == camera_id:
                job.cancel()
                log.info("cancel requested for camera %s (%s)", camera_id, key)

    def _finished(self, key: str, report: Any) -> None:
        self.jobs.pop(key, None)
        self.cameras.pop(key, None)
        text = self.tr("{camera}: {n} recording(s) stored, {dup} already in the vault").format(
            camera=report.camera_inventory, n=len(report.stored), dup=report.duplicates)
        if report.aborted_message:
            text += " — " + report.aborted_message
        self.status.emit(key, text)
        self.done.emit(report.camera_id, report)
        self._data_changed()

    def _failed(self, key: str, holder: dict[str, int], exc: BaseException) -> None:
        self.jobs.pop(key, None)
        self.cameras.pop(key, None)
        self.status.emit(key, message_for(exc))
        self.done.emit(holder.get("camera_id", -1), exc)
        self._data_changed()

    def _data_changed(self) -> None:
        """Screens re-read the vault once the last running download has finished: a read
        on the GUI thread would otherwise wait for another camera's commit (one writer)."""
        if not self.jobs:
            self.ctx.bus.changed.emit()


def demo_dock(ctx: Context) -> DockBridge:
    """The demo's docking station: camera BK-002, handed in and not yet downloaded, sits in
    a simulated dock, so the newcomer sees a download run with its progress bar."""
    from app.devices.simulated import SimulatedDock

    s = ctx.session
    root = Path(s.path).parent / "demo-dock"
    shutil.rmtree(root, ignore_errors=True)  # a fresh dock each start
    dock = SimulatedDock(root, clock=s.clock)
    watcher = DockWatcher([dock.mount_root], backend=dock.backend, resolvers=[dock.resolve],
                          poll_s=0.5)
    bridge = DockBridge(ctx, watcher, backend=dock.backend)
    bridge.simulated = dock  # type: ignore[attr-defined]
    cam = s.registers.find_device("BK-002", "camera")
    last = s.custody.last_for_camera(cam.id)
    if cam.serial and cam.serial not in dock.cameras and last and last.downloaded_at is None:
        start = from_iso(last.issued_at) + timedelta(minutes=10)
        dock.add_camera(cam.serial, n_files=4, size=6 * 1024 * 1024, start=start,
                        duration_s=900.0)
    bridge.start()
    return bridge
