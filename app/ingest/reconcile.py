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

The quarantine is never emptied by itself: :func:`quarantine_held` counts it (the command
line's ingest, ``dock reconcile`` and ``status`` say it, :data:`QUARANTINE_HELD`), and
:func:`purge_quarantine` (``dalel dock reconcile --purge-quarantine``) removes it only after
a full check of the index and every indexed blob is clean, no download runs, and no file in
it is named by the index or the staging table; audited ("quarantine_purged").
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

from app.errors import RuleViolation
from app.fsutil import fsync_dir, storage_error
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, decimal_text, translate_n
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

QUARANTINE_HELD = NUMERUS.translate(
    "core", "%n file(s) ({mb} MB) are in the vault's quarantine (blobs/quarantine): "
            "files no recording uses, left by a download that was cut short or that failed "
            "its check. When `dalel verify` is clean, `dalel dock reconcile "
            "--purge-quarantine` removes them.", None, 0)


@dataclass
class ReconcileReport:
    temp_removed: int = 0
    quarantined: list[str] = field(default_factory=list)
    staged_dropped: int = 0
    missing: list[str] = field(default_factory=list)
    interrupted_wipes: list[dict[str, Any]] = field(default_factory=list)
    skipped_busy: bool = False     # another download was running: files left alone
    held: QuarantineHeld | None = None     # what the quarantine holds after this pass

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
            report.held = quarantine_held(session)
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
    report.held = quarantine_held(session)
    return report


@dataclass(frozen=True)
class QuarantineHeld:
    """What ``blobs/quarantine`` holds: never part of a recording (R1: kept until purged)."""

    files: int = 0
    bytes: int = 0

    def message(self, lang: str | None = None) -> str:
        return translate_n("core", QUARANTINE_HELD, self.files, lang).format(
            mb=decimal_text(self.bytes / 1e6))

    def as_dict(self) -> dict[str, int]:
        return {"files": self.files, "bytes": self.bytes}


def _quarantined(session: VaultSession) -> list[Path]:
    try:
        return sorted(p for p in session.blobs.quarantine.iterdir() if p.is_file())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise storage_error(exc, session.blobs.quarantine) from exc


def quarantine_held(session: VaultSession) -> QuarantineHeld:
    files = _quarantined(session)
    size = 0
    for f in files:
        with contextlib.suppress(OSError):
            size += f.stat().st_size
    return QuarantineHeld(len(files), size)


def purge_quarantine(session: VaultSession, check: Any = None) -> QuarantineHeld:
    """Delete what the quarantine holds; the officer or the head, audited. Refused (nothing
    removed) unless a full check (``dalel verify``: the index, the chains and every indexed
    blob decrypted and re-hashed) is clean — a damaged vault may need what is there — and
    no file in it is one the index or the staging table names. Runs with the ingest lock
    held exclusively (refused while a download runs). ``check``: the full check (tests)."""
    from app.model.verify import verify

    if session.role not in ("officer", "head"):
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "Only the responsible officer or the head may empty the quarantine."))
    before = {p.name for p in _quarantined(session)}
    if not before:
        return QuarantineHeld()
    result = (check or verify)(session, read_data=True)
    if not result.ok:
        raise RuleViolation(NUMERUS.translate(
            "core", "The full check found %n problem(s) in the vault (`dalel verify` names "
                    "them); the quarantine is kept until the vault is whole, since a repair "
                    "may need what it holds. Nothing was removed.", None, 0),
            n=len(result.problems))
    with _exclusive(Path(session.path)) as free:
        if not free:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "A download is running; empty the quarantine after it ends. Nothing "
                        "was removed."))
        staging = StagingStore(session.db)
        named = {session.blobs.name(b)
                 for b in staging.indexed_blob_ids() + staging.staged_blob_ids()}
        files = [p for p in _quarantined(session) if p.name in before]
        if any(p.name in named for p in files):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "The quarantine holds a file the vault index names; run `dalel dock "
                        "reconcile` and `dalel verify`. Nothing was removed."))
        removed = QuarantineHeld()
        try:
            for f in files:
                size = f.stat().st_size
                f.unlink()
                removed = QuarantineHeld(removed.files + 1, removed.bytes + size)
            fsync_dir(session.blobs.quarantine)
        except OSError as exc:
            raise storage_error(exc, session.blobs.quarantine) from exc
        finally:
            if removed.files:
                session.audit.record("quarantine_purged", session.role, session.actor_id,
                                     files=removed.files, bytes=removed.bytes,
                                     blobs_checked=result.blobs_checked)
    return removed
