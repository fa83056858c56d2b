"""Reconcile the blob folder with the index at unlock (vault-design-notes.md).

Call :func:`reconcile` right after ``vault.unlock`` (the window does; every download,
in the window or ``dalel dock ingest``, calls :func:`reconcile_before_ingest`): orphan temp files
of an interrupted write are removed (they were never referenced); blob files that neither
the index (``blobs``) nor the ingest staging table (m003, kept for resume) names are moved
to ``blobs/quarantine`` — never deleted; staging rows whose blob file is gone are dropped;
indexed blobs that are missing are reported; a card wipe that was journalled but never
finished (crash between the intent and the deletion) is reported in ``interrupted_wipes``
(:func:`app.ingest.wipe.interrupted_message` words it) — the next docking of that camera
finishes it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.fsutil import storage_error
from app.model.retention import destroyed_blobs
from app.model.staging import StagingStore

if TYPE_CHECKING:
    from app.model.vault import VaultSession

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory file locks here
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
LOCK_FILE = "ingest.lock"
RUNS_DIR = "ingest-runs"


@dataclass
class ReconcileReport:
    temp_removed: int = 0
    quarantined: list[str] = field(default_factory=list)
    staged_dropped: int = 0
    missing: list[str] = field(default_factory=list)
    interrupted_wipes: list[dict[str, Any]] = field(default_factory=list)
    skipped_busy: bool = False     # another download was running: files left alone

    def messages(self) -> list[str]:
        """Translated lines for what needs the officer (context core)."""
        from app.ingest.wipe import interrupted_message

        return [interrupted_message(w) for w in self.interrupted_wipes]


@contextlib.contextmanager
def ingest_activity(vault_path: Path) -> Iterator[None]:
    """Held by every download while it runs, in any process (the window, ``dalel dock
    ingest``): a shared lock on ``ingest.lock`` plus a marker file for the run. Reconcile
    takes the lock exclusively and only when it gets it removes temp files or moves blobs
    aside — never those of a download still running in another window or thread. A marker
    left behind is a run that was killed: the next reconcile does a full pass."""
    runs = vault_path / RUNS_DIR
    marker = runs / f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
    with _lock_file(vault_path) as fh:
        if fcntl is not None:
            fcntl.flock(fh.fileno(), fcntl.LOCK_SH)
        try:
            runs.mkdir(exist_ok=True)
            marker.touch()
        except OSError as exc:      # the disk refuses before anything is copied
            raise storage_error(exc, marker) from exc
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                marker.unlink()


@contextlib.contextmanager
def _lock_file(vault_path: Path) -> Iterator[Any]:
    """``ingest.lock``, opened for the advisory lock; a disk that refuses it is told as a
    disk error (issue 13), not a traceback."""
    try:
        fh = open(vault_path / LOCK_FILE, "a+b")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise storage_error(exc, vault_path / LOCK_FILE) from exc
    with fh:
        yield fh


@contextlib.contextmanager
def _exclusive(vault_path: Path) -> Iterator[bool]:
    """True when no ingest runs anywhere (the lock was free), False otherwise."""
    with _lock_file(vault_path) as fh:
        if fcntl is None:  # pragma: no cover - Windows: one program at a time is assumed
            yield True
            return
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def killed_runs(vault_path: Path) -> list[Path]:
    runs = vault_path / RUNS_DIR
    try:
        return sorted(runs.iterdir())
    except OSError:
        return []


def reconcile_before_ingest(session: VaultSession) -> ReconcileReport | None:
    """At the start of a download (window or command line): when an earlier download was
    killed (its marker is still there) and no other download is running, the full
    reconcile runs, so its temp files and unreferenced blobs do not pile up until someone
    runs ``dalel dock reconcile``. None when there was nothing to do or another download is
    running."""
    path = Path(session.path)
    if not killed_runs(path) and not any(session.blobs.tmp.glob("*")):
        return None
    report = reconcile(session)
    if report.skipped_busy:
        return None
    log.info("reconciled before ingest: %s", report)
    return report


def reconcile(session: VaultSession) -> ReconcileReport:
    try:
        return _reconcile_locked(session)
    except OSError as exc:      # the vault's folders cannot be listed: a disk error
        raise storage_error(exc, session.blobs.root) from exc


def _reconcile_locked(session: VaultSession) -> ReconcileReport:
    with _exclusive(Path(session.path)) as free:
        if not free:
            report = ReconcileReport(skipped_busy=True)
            report.interrupted_wipes = _interrupted(session)
            return report
        report = _reconcile(session)
        for marker in killed_runs(Path(session.path)):
            with contextlib.suppress(OSError):
                marker.unlink()
        return report


def _interrupted(session: VaultSession) -> list[dict[str, Any]]:
    from app.ingest.wipe import pending_wipes

    return [{k: v for k, v in w.items() if k != "list"} for w in pending_wipes(session)]


def _reconcile(session: VaultSession) -> ReconcileReport:
    blobs = session.blobs
    report = ReconcileReport()
    if blobs.tmp.is_dir():
        for tmp in blobs.tmp.iterdir():
            with contextlib.suppress(OSError):
                tmp.unlink()
                report.temp_removed += 1
    staging = StagingStore(session.db)
    indexed = staging.indexed_blob_ids()
    staged = staging.staged_blob_ids()
    names = {blobs.name(b): b for b in indexed}
    staged_names = {blobs.name(b): b for b in staged}
    on_disk = set()
    for path in list(blobs.all_files()):
        on_disk.add(path.name)
        if path.name not in names and path.name not in staged_names:
            with contextlib.suppress(OSError):
                blobs.quarantine_file(path)
                report.quarantined.append(path.name)
    gone = [b for n, b in staged_names.items() if n not in on_disk]
    if gone:
        staging.forget(gone)
        report.staged_dropped = len(gone)
    # Destroyed after their term (R9, app/model/retention.py): gone on purpose.
    destroyed = destroyed_blobs(session)
    report.missing = [b for n, b in names.items() if n not in on_disk and b not in destroyed]
    report.interrupted_wipes = _interrupted(session)
    return report
