"""One download's shared state: what every stage of :class:`app.ingest.job.IngestJob` reads
and writes while it runs (the large-file path in app/ingest/recordings.py, the batches of
small files in app/ingest/batch.py, the index transaction in app/ingest/index_commit.py).

It holds the report, the content already taken in this run (a card holding the same bytes
twice is stored once), the blobs that failed, the progress counters and the staging buffer.
Staging records verified blobs for resume as soon as they are read back (R1: a run killed
at any moment resumes from every blob it verified instead of copying it again): a part of
the one-at-a-time path (16 MiB or more) in a transaction of its own, small files of a batch
in groups as their read-backs finish (:data:`STAGE_GROUP_FILES` or 32 MiB: one more
commit per batch than staging the batch whole, and a killed run copies at most 64 photos
again). A blob written but not yet read back when the run is killed has no row: the next
run's reconcile moves it to the quarantine (its id, which its key and file name derive
from, is only in the index, so it cannot be checked and adopted later) and the card file is
copied again. Several threads
use it at once (the copy threads, the verify thread): the staging buffer has a lock; the
sets are changed under the GIL one call at a time, as before the split.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.devices.card import Recording
from app.errors import StorageError
from app.ingest import errors
from app.ingest.parts import StoredPart
from app.ingest.report import IngestReport, Progress
from app.model.staging import KnownParts, StagedPart, StagingStore

if TYPE_CHECKING:
    from app.ingest.copier import RemotePump
    from app.ingest.store import Pump
    from app.model.vault import VaultSession

PROGRESS_STEP = 8 << 20      # the progress callback at most every 8 MiB unless forced


@dataclass
class Ready:
    """A recording whose every part is stored and verified (or staged), waiting for the one
    index transaction."""

    rec: Recording
    parts: list[tuple[StoredPart, str, bool]]   # (part, source name, new blob?)
    sha256: str


class RunState:
    STAGE_GROUP_FILES = 64          # small files of a batch staged per transaction
    STAGE_GROUP_BYTES = 32 << 20

    def __init__(self, session: VaultSession, camera: Any, report: IngestReport,
                 cancel_event: threading.Event, *,
                 total_bytes: int, total_files: int, workers: int,
                 verify_from_media: bool = True,
                 progress_cb: Callable[[Progress], None] | None = None) -> None:
        self.s = session
        self.camera = camera
        self.report = report
        self.pump: Pump | RemotePump     # set by the job once the pump counts into this state
        self.cancel_event = cancel_event
        self.workers = workers                  # copy threads of the batch path
        self.verify_from_media = verify_from_media
        self.progress_cb = progress_cb
        self.total_bytes = total_bytes
        self.total_files = total_files
        self.done_bytes = 0
        self.files_done = 0
        self.last_tick = 0
        self.staging = StagingStore(session.db)
        self.known: KnownParts = {}             # indexed or staged card files of the camera
        self.seen: set[str] = set()             # content hashes taken in this run
        self.bad: set[str] = set()              # blob ids that must not be indexed
        self.ready: list[Ready] = []
        self._stage_lock = threading.Lock()
        self._stage_buf: list[tuple[StoredPart, str]] = []
        self._batch_checks: list[concurrent.futures.Future[None]] = []

    # -- progress --------------------------------------------------------------------------
    def progress(self, stage: str, current: str | None = None, force: bool = False) -> None:
        if self.progress_cb is None:
            return
        if not force and self.done_bytes - self.last_tick < PROGRESS_STEP:
            return
        self.last_tick = self.done_bytes
        with contextlib.suppress(Exception):
            self.progress_cb(Progress(self.camera.inventory_no, stage, self.done_bytes,
                                      self.total_bytes, self.files_done, self.total_files,
                                      current))

    def count_bytes(self, n: int) -> None:
        """The pump's byte counter (on whichever thread copies)."""
        self.done_bytes += n
        self.progress("copying")

    def count_done(self, rec: Recording) -> None:
        """A small file of a batch is read and sealed: the progress moves per file (at most
        every 8 MiB), not only when the whole batch of up to 64 MiB is durable."""
        self.done_bytes += rec.size
        self.files_done += 1
        self.progress("copying", rec.name)

    def count_file(self, name: str) -> None:
        """A part of a recording taken one at a time is stored or reused."""
        self.files_done += 1
        self.progress("copying", name, force=True)

    # -- content taken in this run ---------------------------------------------------------
    def load_known(self) -> None:
        """Names already indexed or staged for this camera, fetched once (not per photo)."""
        self.known = self.staging.known_parts(self.camera.id)

    def is_known(self, name: str, size: int) -> bool:
        return (name, size) in self.known

    def take(self, sha256: str) -> bool:
        """Claim this content for the run; False when it was taken already."""
        if sha256 in self.seen:
            return False
        self.seen.add(sha256)
        return True

    def release(self, sha256: str) -> None:
        """The content was not kept after all: a later copy of it may be."""
        self.seen.discard(sha256)

    def ready_to_index(self) -> list[Ready]:
        """The recordings none of whose blobs failed."""
        return [r for r in self.ready if all(p[0].blob_id not in self.bad for p in r.parts)]

    # -- failures --------------------------------------------------------------------------
    def verify_failed(self, part: StoredPart, name: str) -> None:
        """The blob did not read back: not kept, the file stays on the card (own message)."""
        self.bad.add(part.blob_id)
        self.release(part.sha256)
        self.report.failed.append({"name": name, "code": "verify_failed",
                                   "message": str(errors.verify_failed(name))})
        with contextlib.suppress(OSError):
            self.s.blobs.quarantine_file(self.s.blobs.path(part.blob_id))

    def forget(self, part: StoredPart) -> None:
        """A blob the vault refused to check: removed, never indexed."""
        self.bad.add(part.blob_id)
        self.release(part.sha256)
        with contextlib.suppress(OSError):
            self.s.blobs.path(part.blob_id).unlink()

    def discard(self, blob_ids: list[str]) -> None:
        """Blobs of a duplicate recording: never referenced, removed."""
        with self._stage_lock:
            self._stage_buf = [(p, n) for p, n in self._stage_buf if p.blob_id not in blob_ids]
        self.staging.forget(blob_ids)
        for b in blob_ids:
            if not self.staging.is_indexed(b):
                with contextlib.suppress(OSError):
                    self.s.blobs.path(b).unlink()

    # -- staging (resume) ------------------------------------------------------------------
    def stage(self, part: StoredPart, name: str) -> None:
        """A verified blob of the one-at-a-time path, recorded for resume at once (one
        transaction; the part is 16 MiB or more, so its commit costs little beside it)."""
        with self._stage_lock:
            if part.size:
                self._stage_buf.append((part, name))
        self.flush_staged()

    def stage_all(self, items: Iterable[tuple[StoredPart, str]]) -> None:
        """A verified batch: buffered, then written in one transaction."""
        with self._stage_lock:
            self._stage_buf.extend(items)
        self.flush_staged()

    def unstage(self, blob_ids: set[str]) -> None:
        """Buffered blobs that failed: never recorded."""
        with self._stage_lock:
            self._stage_buf = [(p, n) for p, n in self._stage_buf if p.blob_id not in blob_ids]

    def flush_staged(self) -> None:
        """Write what is buffered, in one transaction."""
        with self._stage_lock:
            batch, self._stage_buf = self._stage_buf, []
        if not batch:
            return
        self.staging.stage(self.camera.id, [StagedPart(p.blob_id, n, p.size, p.sha256)
                                            for p, n in batch], self.s.now_iso())

    def verify_and_stage(self, part: StoredPart, name: str) -> None:
        """On the verify thread: read the blob back, then record it for resume."""
        self.pump.verify(part, self.verify_from_media)
        self.stage(part, name)

    # -- batches being read back -----------------------------------------------------------
    def add_batch_check(self, fut: concurrent.futures.Future[None]) -> None:
        self._batch_checks.append(fut)

    def wait_batches(self, abort: errors.IngestAborted | None
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
