"""Backup of the vault to an external drive or folder, encrypted as it is stored (issue 14).

The footage must survive the loss of the workstation's disk. ``backup`` writes one folder,
``<DEST>/dalel-backup-<vault id>/``, laid out like the vault itself::

    vault.json            the vault's description (no secrets)
    keys/*.slot(.bak)     the key slots: password-wrapped, safe to copy
    index.db              the SQLCipher index, taken through SQLite's backup API (never a
                          raw copy of a live index with its -wal), keyed as the vault's
    blobs/xx/<name>       the encrypted footage files, byte for byte
    blobs.list            SHA-256 and size of every copy, as read back from the drive
    checkpoint.txt        a signed checkpoint of the journal and audit log in index.db
    backup.json           when, which vault, the checkpoint, how many blobs

Every file is copied through a temp file, fsynced, read back from the drive and compared
by hash before it is renamed into place (app/model/safecopy.py). The backup is incremental
(a blob already in the folder with the same size and recorded hash is skipped: blob files
never change once written) and resumable: a run killed or cut off by a pulled drive leaves
only temp files, removed at the next run, which copies what is not there yet. The index
goes in last, after every blob it names, so the folder always holds a complete backup: the
last one or the new one. ``dalel verify --checkpoint`` on a restored vault proves that
neither chain was rolled back behind the checkpoint written here. The backup's start and
outcome are audit entries (chained, R3).

No Qt here: the window and ``dalel backup`` call the same function.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import from_iso
from app.errors import DalelError, InvalidInput, StorageError
from app.fsutil import is_within, storage_error
from app.i18n import QT_TRANSLATE_NOOP
from app.model.backup_copy import (
    BLOB_LIST,
    CHECKPOINT_FILE,
    FOLDER_PREFIX,
    FORMAT,
    LOCK_FILE,
    MANIFEST,
    TEMP,
    BackupCancelled,
    BackupResult,
    BackupRun,
    Progress,
)
from app.model.safecopy import CopyCancelled

if TYPE_CHECKING:
    from app.model.vault import VaultSession

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: one backup at a time is assumed
    fcntl = None  # type: ignore[assignment]

__all__ = ["BLOB_LIST", "CHECKPOINT_FILE", "FOLDER_PREFIX", "FORMAT", "MANIFEST", "TEMP",
           "BackupCancelled", "BackupResult", "Progress", "backup", "backup_overdue",
           "folder_name", "last_backup", "reminder_days", "require_folder"]


def folder_name(vault_id: str) -> str:
    return FOLDER_PREFIX + vault_id[:12]


# -- the reminder ----------------------------------------------------------------------------
def reminder_days(session: VaultSession) -> int:
    """The ``backup_reminder_days`` setting (checked where it is declared, 1–365)."""
    return int(session.settings.get("backup_reminder_days"))


def last_backup(session: VaultSession) -> datetime | None:
    """When the newest complete backup of this vault's contents was made: the last
    "backup_done" in the audit log, or, on a vault restored from a backup, that backup's
    time (the drive it came from holds a copy as of then)."""
    found: list[str] = []
    row = session.db.one("SELECT at FROM audit WHERE action = 'backup_done' "
                         "ORDER BY seq DESC LIMIT 1")
    if row is not None:
        found.append(str(row[0]))
    row = session.db.one("SELECT detail FROM audit WHERE action = 'restored' "
                         "ORDER BY seq DESC LIMIT 1")
    if row is not None:
        at = json.loads(row[0]).get("backup_at")
        if isinstance(at, str):
            found.append(at)
    times = []
    for text in found:
        with contextlib.suppress(ValueError):
            times.append(from_iso(text))
    return max(times) if times else None


def backup_overdue(session: VaultSession) -> tuple[bool, datetime | None]:
    """(True, last) when there is no backup or the last is older than the reminder."""
    last = last_backup(session)
    if last is None:
        return True, None
    return session.clock.now() - last > timedelta(days=reminder_days(session)), last


# -- the backup ------------------------------------------------------------------------------
def backup(session: VaultSession, dest: Path, progress: Progress | None = None,
           cancelled: Callable[[], bool] | None = None, reread: bool = False
           ) -> BackupResult:
    """Back the vault up into ``dest`` (an existing folder: a drive's root or a folder on
    it). ``reread``: read every copy already in the backup again and compare it with its
    recorded hash (a drive that decays); a copy that differs is copied anew."""
    dest = Path(dest)
    _check_destination(session, dest)
    folder = dest / folder_name(session.vault_id)
    _check_folder(session, folder)
    for sub in ("", "keys", "blobs", TEMP):
        try:
            (folder / sub).mkdir(exist_ok=True, mode=0o700)
        except OSError as exc:
            raise storage_error(exc, folder / sub) from exc
    with _only_backup(folder):
        run = BackupRun(session, folder, progress, cancelled or (lambda: False), reread)
        run.result.temp_removed = _clean_temp(folder / TEMP)
        run.result.same_disk = _same_disk(session.path, dest)
        session.audit.record("backup_started", session.role, session.actor_id,
                             folder=str(folder))
        try:
            run.go()
            run.blob_list.close()
        except BaseException as exc:
            run.blob_list.close(quietly=True)
            with contextlib.suppress(Exception):
                session.audit.record("backup_failed", session.role, session.actor_id,
                                     folder=str(folder), copied=run.result.copied,
                                     reason=_reason(exc))
            raise
        session.audit.record("backup_done", session.role, session.actor_id,
                             **_audit_detail(run.result))
        return run.result


def _audit_detail(r: BackupResult) -> dict[str, Any]:
    return {"folder": str(r.folder), "blobs": r.blobs, "copied": r.copied,
            "skipped": r.skipped, "bytes": r.bytes_copied, "missing": len(r.missing),
            "journal_entries": r.checkpoint.size, "audit_entries": r.checkpoint.audit_size,
            "checkpoint": r.checkpoint.encode()}


def _reason(exc: BaseException) -> str:
    if isinstance(exc, CopyCancelled):
        return "cancelled"
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    if isinstance(exc, DalelError):
        return exc.message.format(**exc.params)   # the source text: the log is not per user
    return type(exc).__name__


def require_folder(dest: Path) -> None:
    """The destination must exist: a missing one is most often a drive not connected, and
    making it would put the backup on this PC's own disk (/media/... is a local folder)."""
    if not Path(dest).is_dir():
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The backup destination {path} does not exist or is not a folder. Is the "
                    "drive connected?"), path=str(dest))


def _check_destination(session: VaultSession, dest: Path) -> None:
    require_folder(dest)
    if is_within(session.path, dest):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "A backup cannot go inside the vault folder {path}; choose an external "
                    "drive."), path=str(session.path))


def _check_folder(session: VaultSession, folder: Path) -> None:
    """A folder of that name from another vault (an id clash) is never written over."""
    try:
        meta = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(meta, dict) and meta.get("vault_id") not in (None, session.vault_id):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "{path} holds the backup of another vault; choose another folder."),
            path=str(folder))


@contextlib.contextmanager
def _only_backup(folder: Path) -> Iterator[None]:
    """One backup into a folder at a time (another window, the command line)."""
    try:
        fh = open(folder / LOCK_FILE, "a+b")  # noqa: SIM115
    except OSError as exc:
        raise storage_error(exc, folder / LOCK_FILE) from exc
    with fh:
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise StorageError(QT_TRANSLATE_NOOP(
                    "core", "Another backup into {path} is running; wait for it to finish."),
                    path=str(folder)) from None
        yield


def _clean_temp(tmp: Path) -> int:
    """What a killed run left (temp files never renamed into place)."""
    removed = 0
    try:
        leftovers = list(tmp.iterdir())
    except OSError as exc:
        raise storage_error(exc, tmp) from exc
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed


def _same_disk(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_dev == os.stat(b).st_dev
    except OSError:
        return False
