"""``IngestJob``: one docked camera (or a folder) into the vault, with progress and cancel.

::

    job = IngestJob.from_volume(session, docked_volume, camera="BK-001",
                                progress=lambda p: ..., backend=usb_backend)
    job = IngestJob.from_folder(session, Path("/media/card"), camera="BK-001")
    plan = job.prepare()        # identify (R4), scan the card, read the clock; no writes
    report = job.run()          # copy, verify, index + journal "download" in one transaction
    job.cancel()                # from any thread; stops between chunks

Per recording: stream read -> SHA-256 -> chunked encryption -> temp -> fsync -> rename ->
verify (read back, every chunk authenticated, SHA-256 compared) -> staged (m003). Then ONE
transaction: footage rows (``session.footage.add_in``), the journal's "download" entry per
custody period (``session.custody.download_in``, fills R18 column 6) and the audit record.
Re-docking a card re-uses what is already stored (content hash: never duplicated) and what
was staged before a crash or a pulled card (resume). The card is wiped only by
:func:`app.ingest.wipe.verified_wipe`, after it checks every file (R1, R14); ``wipe=True``
or the ``auto_wipe`` setting runs it when the download is complete.

The stages, in the spirit of Vorta's ``BorgJob`` (prepare -> run -> finished), share one
:class:`~app.ingest.run_state.RunState`: *prepare* (the source's driver, the camera, the
scan, the clock); *copy* — large, split and known recordings one at a time
(app/ingest/recordings.py) and small files in batches (app/ingest/batch.py), on the pools of
one :class:`~app.ingest.pools.IngestPools`; *commit* — the one index transaction
(app/ingest/index_commit.py); *finished* — the wipe, if asked, and the last progress.

``progress`` is called on the job's thread with a :class:`Progress`; a GUI forwards it to
its own thread (queued signal). Several jobs may run at once, one per camera (R20): the
database has one writer lock and the blob store is safe to share.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import to_iso
from app.devices.card import CardScan, Recording
from app.devices.drivers import ClockReading
from app.devices.profiles import Profile
from app.devices.usbscan import DeviceError
from app.errors import DalelError, StorageError
from app.i18n import translate, translate_n
from app.ingest import errors
from app.ingest.batch import take_batch
from app.ingest.copier import Copier, RemotePump
from app.ingest.index_commit import commit_download, journal_abort
from app.ingest.pools import IngestPools
from app.ingest.reconcile import ReconcileReport, ingest_activity, reconcile_before_ingest
from app.ingest.recordings import Pending, finish_verify, take_recording
from app.ingest.report import NOT_WIPED, NOT_WIPED_STOPPED, IngestReport, Progress
from app.ingest.run_state import RunState
from app.ingest.source import (
    FOLDER_PROFILE,
    FolderSource,
    IngestSource,
    VolumeSource,
    check_folder,
)
from app.ingest.store import Pump, open_card_file

if TYPE_CHECKING:
    from app.devices.watcher import DockedVolume
    from app.model.vault import VaultSession

__all__ = ["FOLDER_PROFILE", "IngestJob", "IngestReport", "Progress"]


class IngestJob:
    # -- small files: several at once, one durability barrier per batch --------------------
    SMALL_FILE = 16 << 20       # single-part recordings up to this size take the batch path
    BATCH_FILES = 128
    BATCH_BYTES = 64 << 20
    WORKERS = 4                 # read/hash/encrypt threads (I/O releases the GIL)
    CHECKERS = 2                # read-back threads for batches

    def __init__(self, session: VaultSession, source: IngestSource, *, camera: Any = None,
                 progress: Callable[[Progress], None] | None = None,
                 cancel_event: threading.Event | None = None, backend: Any = None,
                 profiles: list[Profile] | None = None, verify_from_media: bool = True,
                 wipe: bool | None = None, opener: Callable[[Path], int] | None = None,
                 reader: Callable[[int, int], bytes] | None = None,
                 copier: Copier | None = None) -> None:
        """``copier``: the byte work (read, hash, seal, write, read back) runs in its child
        process (app/ingest/copier.py, the window); without it, in this process. Usually
        made by :meth:`from_volume` or :meth:`from_folder`."""
        self.s = session
        self.source = source
        self.camera_arg = camera
        self.progress_cb = progress
        self.cancel_event = cancel_event or threading.Event()
        self.backend = backend
        self.profiles = profiles
        self.verify_from_media = verify_from_media
        self.wipe = wipe
        self.opener = opener
        self.reader = reader
        self.copier = copier
        self.pump: Pump | RemotePump | None = None
        self.tz = session.settings.get("timezone")
        self.driver: Any = None
        self.camera: Any = None
        self.scan: CardScan | None = None
        self.clock: ClockReading | None = None
        self.state: RunState | None = None
        # interrupted wipes finished at this docking: (intent entry, files deleted)
        self.finished_wipes: list[tuple[int, int]] = []
        # what the reconcile before this run did (a killed download's leftovers), if it ran
        self.reconciled: ReconcileReport | None = None

    @classmethod
    def from_volume(cls, session: VaultSession, volume: DockedVolume, **options: Any
                    ) -> IngestJob:
        """A docked camera's volume (its profile's driver; unknown to every profile: R4)."""
        return cls(session, VolumeSource(volume), **options)

    @classmethod
    def from_folder(cls, session: VaultSession, folder: Path | str, **options: Any
                    ) -> IngestJob:
        """A folder of recordings, read with the profile that matches it; one that is not
        there is refused before anything starts (``check_folder``)."""
        return cls(session, FolderSource(check_folder(folder)), **options)

    # -- control ---------------------------------------------------------------------------
    def cancel(self) -> None:
        self.cancel_event.set()

    def _where(self) -> str:
        return str(getattr(self.driver, "mount", self.source))

    # -- stage 1: prepare ------------------------------------------------------------------
    def _resolve_camera(self) -> Any:
        reg = self.s.registers
        arg = self.camera_arg
        if arg is not None:
            if hasattr(arg, "inventory_no"):
                return reg.device(arg.id)
            if isinstance(arg, int):
                return reg.device(arg)
            return reg.find_device(str(arg), "camera")
        ident = self.driver.identify()
        cam = None
        for serial in (ident.serial, ident.device_id):
            if serial and cam is None:
                cam = reg.find_by_serial(serial, "camera")
        if cam is None:
            raise errors.unregistered(ident.serial or ident.device_id)
        return cam

    def prepare(self) -> CardScan:
        """Identify (R4), scan the card, read the clock; nothing is written."""
        try:
            self.driver = self.source.driver(self.backend, self.profiles)
            self.camera = self._resolve_camera()
            self.scan = self.driver.recordings(self.tz, refresh=True)
            self.clock = self.driver.read_clock(self.s.clock.now(), self.tz)
        except DeviceError:
            raise
        except OSError as exc:
            raise errors.card_removed(self._where()) from exc
        return self.scan

    # -- run -------------------------------------------------------------------------------
    def run(self) -> IngestReport:
        self.s.custody.require_officer()     # R1: downloading is the responsible officer's
        # What a killed download left (temp files, blobs never indexed) goes first, unless
        # another download is running; then this run is marked as running until it ends.
        self.reconciled = reconcile_before_ingest(self.s)
        with ingest_activity(Path(self.s.path)):
            return self._run()

    def _run(self) -> IngestReport:
        started = time.monotonic()
        # Read before anything is stored: after the one transaction nothing may raise, or
        # a person would be told of a failure about a download that was stored (issue 13).
        wipe = self.wipe if self.wipe is not None else bool(self.s.settings.get("auto_wipe"))
        self.wipe = wipe
        if self.scan is None:
            self.prepare()
        assert self.scan is not None and self.camera is not None
        self._finish_interrupted_wipe()
        state = self._start_state()
        pump = self._open_pump(state)
        try:
            abort = self._copy(state)
            abort = self._commit(state, abort)
            return self._finished(state, abort, started)
        finally:
            pump.close()

    def _start_state(self) -> RunState:
        assert self.scan is not None
        report = IngestReport(self.camera.id, self.camera.inventory_no,
                              recordings=len(self.scan.recordings))
        report.skipped = [{"name": s.rel, "code": s.reason, "message": s.message()}
                          for s in self.scan.skipped]
        if self.clock is not None:
            report.clock = {"offset_s": self.clock.offset_s, "method": self.clock.method,
                            "camera_time": to_iso(self.clock.camera_time)
                            if self.clock.camera_time else None}
        self.state = RunState(
            self.s, self.camera, report, self.cancel_event,
            total_bytes=self.scan.total_bytes,
            total_files=sum(len(r.parts) for r in self.scan.recordings),
            workers=self.WORKERS, verify_from_media=self.verify_from_media,
            progress_cb=self.progress_cb)
        return self.state

    def _open_pump(self, state: RunState) -> Pump | RemotePump:
        mount = getattr(self.driver, "mount", None)
        if self.copier is not None:
            pump: Pump | RemotePump = self.copier.pump(
                self.s.blobs, mount, self.cancel_event, state.count_bytes, opener=self.opener,
                read=self.reader)
        else:
            pump = Pump(self.s.blobs, mount, self.cancel_event, state.count_bytes,
                        opener=self.opener or open_card_file, read=self.reader)
        self.pump = state.pump = pump
        return pump

    # -- stage 2: copy ---------------------------------------------------------------------
    def _copy(self, state: RunState) -> errors.IngestAborted | None:
        """Every recording stored and verified (or failed, or found a duplicate); what was
        verified is staged for resume whatever way this ends."""
        assert self.scan is not None
        state.load_known()
        pending: list[Pending] = []
        abort: errors.IngestAborted | None = None
        report = state.report
        state.progress("copying", force=True)
        with IngestPools(self.WORKERS, self.CHECKERS) as pools:
            try:
                batch: list[Recording] = []
                batch_bytes = 0
                for rec in self.scan.recordings:
                    if self._small(rec, state):
                        batch.append(rec)
                        batch_bytes += rec.size
                        if len(batch) >= self.BATCH_FILES or batch_bytes >= self.BATCH_BYTES:
                            take_batch(state, batch, pools)
                            batch, batch_bytes = [], 0
                        continue
                    try:
                        item = take_recording(state, rec, pools.verifier, pending)
                    except errors.FileProblem as exc:
                        report.failed.append({"name": rec.name, "code": exc.code,
                                              "message": str(exc)})
                        continue
                    if item is not None:
                        state.ready.append(item)
                if batch:
                    take_batch(state, batch, pools)
            except errors.IngestAborted as exc:
                abort = exc
            except StorageError as exc:
                abort = errors.vault_refused(exc)
            finally:
                state.progress("verifying", force=True)
                abort = state.wait_batches(abort)
                pools.stop_copying()
                abort = finish_verify(state, pending, abort)
        return abort

    def _small(self, rec: Recording, state: RunState) -> bool:
        if len(rec.parts) != 1 or rec.parts[0].size > self.SMALL_FILE:
            return False
        f = rec.parts[0]
        return not state.is_known(f.rel, f.size)   # resume/duplicate: the one-by-one path

    # -- stage 3: the one index transaction ------------------------------------------------
    def _commit(self, state: RunState, abort: errors.IngestAborted | None
                ) -> errors.IngestAborted | None:
        report = state.report
        ready = state.ready_to_index()
        state.progress("committing", force=True)
        if ready:
            try:
                # R18 column 6 is filled only by a download that left nothing on the card.
                commit_download(state, ready, self.clock,
                                partial=abort is not None or not report.complete)
            except DalelError as exc:   # the disk, or a damaged index, refused the COMMIT
                report.not_stored = [r.rec.name for r in ready]
                abort = abort or errors.index_refused(exc, len(ready))
        if abort is not None:
            report.aborted, report.aborted_message = abort.code, str(abort)
            journal_abort(state, abort)
        return abort

    # -- stage 4: finished -----------------------------------------------------------------
    def _finished(self, state: RunState, abort: errors.IngestAborted | None, started: float
                  ) -> IngestReport:
        report = state.report
        report.seconds = time.monotonic() - started
        if self.finished_wipes:   # an earlier wipe of this card, finished at this docking
            report.wiped = sum(n for _seq, n in self.finished_wipes)
        wipe = bool(self.wipe)   # read before anything was stored (_run)
        if wipe and report.complete:
            from app.ingest.wipe import verified_wipe

            state.progress("wiping", force=True)
            try:
                done = verified_wipe(self.s, self.driver, self.camera,
                                     cancel_event=self.cancel_event)
                report.wiped = (report.wiped or 0) + done.removed
            except DalelError as exc:
                report.wipe_message = str(exc)
        elif wipe:
            report.wipe_message = self.not_wiped_message(report)
        state.progress("aborted" if report.aborted else "done", force=True)
        return report

    @staticmethod
    def not_wiped_message(report: IngestReport) -> str:
        """Why a requested wipe did not run: what of the card is not in the vault. A download
        that stopped says its reason once (``aborted_message``), not again here."""
        blocking = [x["name"] for x in report.blocking]
        if report.aborted and not blocking:
            return translate("core", NOT_WIPED_STOPPED)
        listed = len(report.failed) + len(report.skipped)
        return translate_n("core", NOT_WIPED, listed).format(
            blocking=len(blocking), first=blocking[0] if blocking else "?")

    def _finish_interrupted_wipe(self) -> None:
        """A wipe of this card cut short (crash between its journal entry and the deletion)
        is finished first — its files are re-verified, deleted and the outcome journalled —
        and the card is scanned again (R1, R14)."""
        from app.ingest.wipe import finish_interrupted, pending_wipes

        if not pending_wipes(self.s, self.camera.id):
            return
        try:
            self.finished_wipes = finish_interrupted(self.s, self.driver, self.camera,
                                                     self.cancel_event)
            self.scan = self.driver.recordings(self.tz, refresh=True)
        except OSError as exc:
            raise errors.card_removed(self._where()) from exc
