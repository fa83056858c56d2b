"""``IngestJob``: one docked camera (or a folder) into the vault, with progress and cancel.

::

    job = IngestJob(session, volume_or_driver_or_folder, camera="BK-001",
                    progress=lambda p: ..., backend=usb_backend)
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

``progress`` is called on the job's thread with a :class:`Progress`; a GUI forwards it to
its own thread (queued signal). Several jobs may run at once, one per camera (R20): the
database has one writer lock and the blob store is safe to share.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from app.clock import to_iso
from app.devices.card import CardScan, Recording
from app.devices.drivers import ClockReading, make_driver
from app.devices.profiles import Profile, load_profiles, match_profile
from app.devices.usbscan import DeviceError
from app.errors import DalelError, StorageError
from app.i18n import translate
from app.ingest import errors
from app.ingest.batch import take_batch
from app.ingest.copier import Copier, RemotePump
from app.ingest.reconcile import ingest_activity, reconcile_before_ingest
from app.ingest.report import NOT_WIPED, IngestReport, Progress
from app.ingest.store import Pump, StoredPart
from app.model.blobs import BlobDamaged
from app.model.custody import covering_in
from app.model.footage import FootagePart, NewFootage

log = logging.getLogger(__name__)

FOLDER_PROFILE = {"name": "folder", "title": "Folder", "driver": "mass_storage",
                  "footage": [{"dir": ".", "recursive": True}],
                  "name_time": "(?P<Y>20\\d{2})[-_]?(?P<m>\\d{2})[-_]?(?P<d>\\d{2})[-_T]?"
                               "(?P<H>\\d{2})[-_]?(?P<M>\\d{2})[-_]?(?P<S>\\d{2})",
                  "split": {"regex": "^(?P<base>.+)_(?P<part>\\d{3})$",
                            "min_part_size": 4227858432}}


@dataclass
class _Ready:
    rec: Recording
    parts: list[tuple[StoredPart, str, bool]]   # (part, source name, new blob?)
    sha256: str


class IngestJob:
    def __init__(self, session: Any, source: Any, *, camera: Any = None,
                 progress: Callable[[Progress], None] | None = None,
                 cancel_event: threading.Event | None = None, backend: Any = None,
                 profiles: list[Profile] | None = None, verify_from_media: bool = True,
                 wipe: bool | None = None, opener: Callable[[Path], int] | None = None,
                 reader: Callable[[int, int], bytes] | None = None,
                 copier: Copier | None = None) -> None:
        """``copier``: the byte work (read, hash, seal, write, read back) runs in its child
        process (app/ingest/copier.py, the window); without it, in this process."""
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
        self._done = 0
        self._total = 0
        self._files_done = 0
        self._last_tick = 0
        self._bad: set[str] = set()
        self._stage_lock = threading.Lock()
        self._stage_buf: list[tuple[StoredPart, str]] = []
        self._seen: set[str] = set()        # content hashes taken in this run
        # interrupted wipes finished at this docking: (intent entry, files deleted)
        self.finished_wipes: list[tuple[int, int]] = []
        self._known_rows: dict[tuple[str, int], list[Any]] = {}
        self._batch_checks: list[concurrent.futures.Future[None]] = []

    # -- control ---------------------------------------------------------------------------
    def cancel(self) -> None:
        self.cancel_event.set()

    def _progress(self, stage: str, current: str | None = None, force: bool = False) -> None:
        if self.progress_cb is None:
            return
        if not force and self._done - self._last_tick < (8 << 20):
            return
        self._last_tick = self._done
        total_files = sum(len(r.parts) for r in self.scan.recordings) if self.scan else 0
        with contextlib.suppress(Exception):
            self.progress_cb(Progress(self.camera.inventory_no if self.camera else "?", stage,
                                      self._done, self._total, self._files_done, total_files,
                                      current))

    def _bytes(self, n: int) -> None:
        self._done += n
        self._progress("copying")

    # -- prepare ---------------------------------------------------------------------------
    def _make_driver(self) -> Any:
        src = self.source
        if hasattr(src, "recordings") and hasattr(src, "profile"):
            return src                                   # a driver
        if hasattr(src, "driver") and hasattr(src, "profile"):  # a DockedVolume
            if src.profile is None:
                raise errors.unregistered(src.usb.serial if src.usb else None)
            return src.driver(self.backend)
        folder = Path(src)
        profiles = self.profiles if self.profiles is not None else load_profiles()
        prof = match_profile(profiles, folder, folder.name, None) or Profile.from_dict(
            FOLDER_PROFILE)
        return make_driver(prof, folder, None, self.backend)

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
        try:
            self.driver = self._make_driver()
            self.camera = self._resolve_camera()
            self.scan = self.driver.recordings(self.tz, refresh=True)
            self.clock = self.driver.read_clock(self.s.clock.now(), self.tz)
        except DeviceError:
            raise
        except OSError as exc:
            raise errors.card_removed(str(getattr(self.driver, "mount", self.source))
                                      ) from exc
        self._total = self.scan.total_bytes
        return self.scan

    # -- custody ---------------------------------------------------------------------------
    def _corrected(self, rec: Recording) -> Any:
        t = rec.started_at
        if t is not None and self.clock and self.clock.method == "device" and \
                self.clock.offset_s is not None:
            t = t - timedelta(seconds=self.clock.offset_s)
        return t

    def _custody_for(self, rec: Recording, periods: list[Any]) -> Any:
        """The issue entry covering the recording's (corrected) time, else the camera's
        latest: whose footage it is (issue #3 item 4)."""
        t = self._corrected(rec)
        period = covering_in(periods, to_iso(t)) if t else None
        return period or (periods[0] if periods else None)

    # -- lookups for dedup and resume ------------------------------------------------------
    def _known_part(self, name: str, size: int) -> list[Any]:
        return self.s.db.query(
            "SELECT p.sha256, p.blob_id FROM footage_parts p JOIN footage f ON f.id = "
            "p.footage_id WHERE f.camera_id = ? AND p.source_name = ? AND p.size = ?",
            (self.camera.id, name, size))

    def _staged_part(self, name: str, size: int) -> list[Any]:
        return self.s.db.query(
            "SELECT sha256, blob_id FROM ingest_staged WHERE camera_id = ? AND source_name = ?"
            " AND size = ?", (self.camera.id, name, size))

    STAGE_BATCH_BYTES = 64 << 20

    def _stage(self, part: StoredPart, name: str, flush: bool = False) -> None:
        """Record verified blobs for resume, in batches (one fsync per ~64 MiB, not per
        photo); a crash loses at most one batch of staging, which is copied again."""
        with self._stage_lock:
            if part.size:
                self._stage_buf.append((part, name))
            if not flush and sum(p.size for p, _ in self._stage_buf) < self.STAGE_BATCH_BYTES:
                return
            batch, self._stage_buf = self._stage_buf, []
        if not batch:
            return
        now = self.s.now_iso()
        with self.s.db.write() as con:
            con.executemany("INSERT OR REPLACE INTO ingest_staged (blob_id, camera_id, "
                            "source_name, size, sha256, staged_at) VALUES (?, ?, ?, ?, ?, ?)",
                            [(p.blob_id, self.camera.id, n, p.size, p.sha256, now)
                             for p, n in batch])

    def _discard(self, blob_ids: list[str]) -> None:
        """Blobs of a duplicate recording: never referenced, removed."""
        with self._stage_lock:
            self._stage_buf = [(p, n) for p, n in self._stage_buf if p.blob_id not in blob_ids]
        with self.s.db.write() as con:
            for b in blob_ids:
                con.execute("DELETE FROM ingest_staged WHERE blob_id = ?", (b,))
        for b in blob_ids:
            if not self.s.db.one("SELECT 1 FROM blobs WHERE id = ?", (b,)):
                with contextlib.suppress(OSError):
                    self.s.blobs.path(b).unlink()

    # -- run -------------------------------------------------------------------------------
    def run(self) -> IngestReport:
        self.s.custody.require_officer()     # R1: downloading is the responsible officer's
        # What a killed download left (temp files, blobs never indexed) goes first, unless
        # another download is running; then this run is marked as running until it ends.
        reconcile_before_ingest(self.s)
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
        report = IngestReport(self.camera.id, self.camera.inventory_no,
                              recordings=len(self.scan.recordings))
        report.skipped = [{"name": s.rel, "code": s.reason, "message": s.message()}
                          for s in self.scan.skipped]
        if self.clock is not None:
            report.clock = {"offset_s": self.clock.offset_s, "method": self.clock.method,
                            "camera_time": to_iso(self.clock.camera_time)
                            if self.clock.camera_time else None}
        mount = getattr(self.driver, "mount", None)
        if self.copier is not None:
            pump: Pump | RemotePump = self.copier.pump(
                self.s.blobs, mount, self.cancel_event, self._bytes, opener=self.opener,
                read=self.reader)
        else:
            pump = Pump(self.s.blobs, mount, self.cancel_event, self._bytes,
                        **({"opener": self.opener} if self.opener else {}),
                        **({"read": self.reader} if self.reader else {}))
        self.pump = pump
        try:
            return self._copy(pump, report, started)
        finally:
            pump.close()

    def _copy(self, pump: Pump | RemotePump, report: IngestReport, started: float
              ) -> IngestReport:
        self._load_known()
        ready: list[_Ready] = []
        verifier = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ingest-verify")
        pool = concurrent.futures.ThreadPoolExecutor(self.WORKERS,
                                                     thread_name_prefix="ingest-small")
        # A batch is read back on threads of its own: on the copy threads the next batch's
        # files queued behind its read-back, so the disk wrote and read in turns instead of
        # both at once.
        checks = concurrent.futures.ThreadPoolExecutor(self.CHECKERS,
                                                       thread_name_prefix="ingest-check")
        pending: list[tuple[concurrent.futures.Future[None], StoredPart, str]] = []
        abort: errors.IngestAborted | None = None
        self._progress("copying", force=True)
        try:
            batch: list[Recording] = []
            batch_bytes = 0
            for rec in self.scan.recordings:
                if self._small(rec):
                    batch.append(rec)
                    batch_bytes += rec.size
                    if len(batch) >= self.BATCH_FILES or batch_bytes >= self.BATCH_BYTES:
                        take_batch(self, batch, pump, pool, checks, verifier, report, ready)
                        batch, batch_bytes = [], 0
                    continue
                try:
                    item = self._take(rec, pump, verifier, pending, report)
                except errors.FileProblem as exc:
                    report.failed.append({"name": rec.name, "code": exc.code,
                                          "message": str(exc)})
                    continue
                if item is not None:
                    ready.append(item)
            if batch:
                take_batch(self, batch, pump, pool, checks, verifier, report, ready)
        except errors.IngestAborted as exc:
            abort = exc
        except StorageError as exc:
            abort = errors.vault_refused(exc)
        finally:
            self._progress("verifying", force=True)
            abort = self._wait_batches(abort)
            pool.shutdown(wait=True, cancel_futures=True)
            checks.shutdown(wait=True, cancel_futures=True)
            abort = self._finish_verify(pending, report, abort)
            verifier.shutdown(wait=True)
        ready = [r for r in ready if all(p[0].blob_id not in self._bad for p in r.parts)]
        self._progress("committing", force=True)
        if ready:
            try:
                # R18 column 6 is filled only by a download that left nothing on the card.
                self._commit(ready, report, partial=abort is not None or not report.complete)
            except DalelError as exc:   # the disk, or a damaged index, refused the COMMIT
                report.not_stored = [r.rec.name for r in ready]
                abort = abort or errors.index_refused(exc, len(ready))
        if abort is not None:
            report.aborted, report.aborted_message = abort.code, str(abort)
            self._journal_abort(abort, report)
        report.seconds = time.monotonic() - started
        if self.finished_wipes:   # an earlier wipe of this card, finished at this docking
            report.wiped = sum(n for _seq, n in self.finished_wipes)
        wipe = bool(self.wipe)   # read before anything was stored (_run)
        if wipe and report.complete:
            from app.ingest.wipe import verified_wipe

            self._progress("wiping", force=True)
            try:
                done = verified_wipe(self.s, self.driver, self.camera,
                                     cancel_event=self.cancel_event)
                report.wiped = (report.wiped or 0) + done.removed
            except DalelError as exc:
                report.wipe_message = str(exc)
        elif wipe:
            report.wipe_message = self.not_wiped_message(report)
        self._progress("aborted" if report.aborted else "done", force=True)
        return report

    @staticmethod
    def not_wiped_message(report: IngestReport) -> str:
        """Why a requested wipe did not run: what of the card is not in the vault."""
        if report.aborted_message and not (report.failed or report.left_on_card):
            return report.aborted_message
        names = [x["name"] for x in report.failed + report.left_on_card]
        return translate("core", NOT_WIPED).format(count=len(names),
                                                   first=names[0] if names else "?")

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
            raise errors.card_removed(str(getattr(self.driver, "mount", self.source))
                                      ) from exc
        self._total = self.scan.total_bytes

    def _take(self, rec: Recording, pump: Pump | RemotePump, verifier: Any, pending: list[Any],
              report: IngestReport) -> _Ready | None:
        # the hash of the whole recording (all parts in order), when it has several
        whole = [pump.new_hash() if len(rec.parts) > 1 else None]
        parts: list[tuple[StoredPart, str, bool]] = []
        new_blobs: list[str] = []
        for f in rec.parts:
            part = self._reuse(f, pump, whole, report)
            if part is None:
                if self.cancel_event.is_set():
                    raise errors.cancelled()
                # The whole-recording hash is only needed when it differs from the part's:
                # hashing a single-part recording twice would halve the pump's speed.
                part = pump.store(f, whole[0] if len(rec.parts) > 1 else None)
                new_blobs.append(part.blob_id)
                pending.append((verifier.submit(self._verify_and_stage, part, f.rel),
                                part, f.rel))
                parts.append((part, f.rel, True))
            else:
                parts.append((part, f.rel, False))
            self._files_done += 1
            self._progress("copying", f.rel, force=True)
        sha = whole[0].hexdigest() if len(parts) > 1 else parts[0][0].sha256
        if sha in self._seen or self.s.footage.known(sha) is not None:
            report.duplicates += 1
            for fut, part, _n in list(pending):   # staged rows exist before discarding
                if part.blob_id in new_blobs:
                    with contextlib.suppress(Exception):
                        fut.result()
            self._discard(new_blobs)
            return None
        self._seen.add(sha)
        return _Ready(rec, parts, sha)

    # -- small files: several at once, one durability barrier per batch --------------------
    SMALL_FILE = 16 << 20       # single-part recordings up to this size take the batch path
    BATCH_FILES = 128
    BATCH_BYTES = 64 << 20
    WORKERS = 4                 # read/hash/encrypt threads (I/O releases the GIL)
    CHECKERS = 2                # read-back threads for batches

    def _small(self, rec: Recording) -> bool:
        if len(rec.parts) != 1 or rec.parts[0].size > self.SMALL_FILE:
            return False
        f = rec.parts[0]
        return (f.rel, f.size) not in self._known_rows   # resume/duplicate: the usual path

    def add_batch_check(self, fut: concurrent.futures.Future[None]) -> None:
        self._batch_checks.append(fut)

    def count_done(self, rec: Recording) -> None:
        """A small file of a batch is read and sealed: the progress moves per file (at most
        every 8 MiB), not only when the whole batch of up to 64 MiB is durable."""
        self._done += rec.size
        self._files_done += 1
        self._progress("copying", rec.name)

    def _wait_batches(self, abort: errors.IngestAborted | None
                      ) -> errors.IngestAborted | None:
        """Every batch's read-back and staging, before the pool closes and the index is
        written: a batch still being verified is never left half-known."""
        for fut in self._batch_checks:
            try:
                fut.result()
            except errors.IngestAborted as exc:
                abort = abort or exc
            except StorageError as exc:
                abort = abort or errors.vault_refused(exc)
        self._batch_checks.clear()
        return abort

    def _verify_failed(self, part: StoredPart, name: str, report: IngestReport) -> None:
        """The blob did not read back: not kept, the file stays on the card (own message)."""
        self._bad.add(part.blob_id)
        self._seen.discard(part.sha256)
        report.failed.append({"name": name, "code": "verify_failed",
                              "message": str(errors.verify_failed(name))})
        with contextlib.suppress(OSError):
            self.s.blobs.quarantine_file(self.s.blobs.path(part.blob_id))

    def _forget(self, part: StoredPart) -> None:
        self._bad.add(part.blob_id)
        self._seen.discard(part.sha256)
        with contextlib.suppress(OSError):
            self.s.blobs.path(part.blob_id).unlink()

    def _load_known(self) -> None:
        """Names already indexed or staged for this camera, fetched once (not per photo)."""
        self._known_rows: dict[tuple[str, int], list[Any]] = {}
        for sql in ("SELECT p.source_name, p.size, p.sha256, p.blob_id FROM footage_parts p "
                    "JOIN footage f ON f.id = p.footage_id WHERE f.camera_id = ?",
                    "SELECT source_name, size, sha256, blob_id FROM ingest_staged "
                    "WHERE camera_id = ?"):
            for name, size, sha, blob_id in self.s.db.query(sql, (self.camera.id,)):
                self._known_rows.setdefault((name, size), []).append((sha, blob_id))

    def _reuse(self, f: Any, pump: Pump | RemotePump, whole: list[Any], report: IngestReport
               ) -> StoredPart | None:
        """A part already in the vault or staged by an interrupted run: hash only."""
        rows = self._known_rows.get((f.rel, f.size), [])
        if not rows:
            return None
        trial = whole[0].copy() if whole[0] is not None else None
        sha = pump.hash_only(f, trial)
        for row_sha, blob_id in rows:
            if row_sha != sha:
                continue
            try:
                pump.verify_full(blob_id, sha, f.size)
            except BlobDamaged:
                continue
            whole[0] = trial
            report.resumed += 1
            return StoredPart(blob_id, sha, f.size)
        return None   # different content under a known name: store it anew

    def _verify_and_stage(self, part: StoredPart, name: str) -> None:
        assert self.pump is not None
        self.pump.verify(part, self.verify_from_media)
        self._stage(part, name)

    def _finish_verify(self, pending: list[Any], report: IngestReport,
                       abort: errors.IngestAborted | None) -> errors.IngestAborted | None:
        bad: set[str] = set()
        for fut, part, name in pending:
            try:
                fut.result()
            except BlobDamaged:
                bad.add(part.blob_id)
                self._verify_failed(part, name, report)
            except StorageError as exc:
                bad.add(part.blob_id)
                abort = abort or errors.vault_refused(exc)
            except DalelError as exc:
                bad.add(part.blob_id)
                abort = abort or errors.vault_refused(StorageError(str(exc)))
        self._bad |= bad
        with self._stage_lock:
            self._stage_buf = [(p, n) for p, n in self._stage_buf if p.blob_id not in bad]
        try:
            self._stage(StoredPart("", "", 0), "", flush=True)
        except StorageError as exc:
            abort = abort or errors.vault_refused(exc)
        return abort

    # -- the one transaction ---------------------------------------------------------------
    def _commit(self, ready: list[_Ready], report: IngestReport, partial: bool) -> None:
        """The one transaction. The report counts a recording as stored only once it has
        committed: a disk that refuses the COMMIT leaves the report saying nothing of this
        run was stored (issue 13), never "21 stored" beside "nothing was recorded"."""
        by_custody: dict[int | None, list[tuple[_Ready, Any]]] = {}
        periods = self.s.custody.live_for_camera(self.camera.id)
        for r in ready:
            period = self._custody_for(r.rec, periods)
            by_custody.setdefault(period.id if period else None, []).append((r, period))
        offset = self.clock.offset_s if self.clock else None
        stored: list[tuple[int, int]] = []        # (footage id, bytes)
        seqs: list[int] = []
        duplicates = report.duplicates
        with self.s.db.write() as con:
            for cid, items in by_custody.items():
                data = {"camera_inventory": self.camera.inventory_no,
                        "recordings": len(items),
                        "bytes": sum(r.rec.size for r, _ in items),
                        "clock_offset_s": offset,
                        "clock_method": self.clock.method if self.clock else None,
                        "duplicates": duplicates, "failed": len(report.failed),
                        "partial": partial}
                news = [self._new_footage(r, period, offset) for r, period in items]
                # The entry carries the digest of these rows (issue 12): one call adds both.
                entry, fids = self.s.footage.download_in(con, cid, self.camera.id, data, news)
                seqs.append(entry.seq)
                for (r, _p), fid in zip(items, fids, strict=True):
                    if fid is None:
                        duplicates += 1
                    else:
                        stored.append((fid, r.rec.size))
            con.executemany("DELETE FROM ingest_staged WHERE blob_id = ?",
                            [(p.blob_id,) for r in ready for p, _n, _new in r.parts])
            self.s.audit.append_in(con, "ingest", self.s.role, self.s.actor_id, None,
                                   {"camera_inventory": self.camera.inventory_no,
                                    "stored": len(report.stored) + len(stored),
                                    "duplicates": duplicates,
                                    "failed": len(report.failed), "partial": partial})
        report.stored += [fid for fid, _n in stored]
        report.bytes_stored += sum(n for _fid, n in stored)
        report.journal_seqs += seqs
        report.duplicates = duplicates

    def _new_footage(self, r: _Ready, period: Any, offset: float | None) -> NewFootage:
        rec = r.rec
        end = rec.ended_at
        return NewFootage(
            sha256=r.sha256, size=rec.size, source_name=rec.name,
            parts=[FootagePart(i + 1, p.blob_id, name, p.size, p.sha256)
                   for i, (p, name, _new) in enumerate(r.parts)],
            camera_id=self.camera.id,
            card_id=period.card_id if period else None,
            inspector_id=period.inspector_id if period else None,
            custody_id=period.id if period else None, media=rec.media,
            started_at=to_iso(rec.started_at) if rec.started_at else None,
            ended_at=to_iso(end) if end else None, duration_s=rec.duration_s,
            clock_offset_s=offset)

    def _journal_abort(self, abort: errors.IngestAborted, report: IngestReport) -> None:
        period = self.s.custody.last_for_camera(self.camera.id)
        data = {"reason": abort.code, "message": abort.message,
                "camera_inventory": self.camera.inventory_no,
                "stored": len(report.stored)}
        try:
            with self.s.db.write() as con:
                self.s.journal.append_in(con, "ingest_aborted", custody_id=period.id
                                         if period else None, camera_id=self.camera.id,
                                         data=data)
                self.s.audit.append_in(con, "ingest_aborted", self.s.role, self.s.actor_id,
                                       None, data)
        except DalelError as exc:  # a full disk may refuse even this; the report says it
            log.info("could not journal the aborted ingest: %s", exc.localized("en"))


