"""One backup run's copying (see :mod:`app.model.backup` for the folder it fills and the
promises it keeps): key slots and small files, every blob through a verified temp file, a
snapshot of the index read back from the drive, then the checkpoint and the manifest.

Also the folder's layout and what a run reports, shared with restore and the screens.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from app.errors import DalelError, StorageError
from app.fsutil import fsync_dir, storage_error
from app.i18n import QT_TRANSLATE_NOOP
from app.model import keyslots
from app.model.audit import AuditLog
from app.model.crypto import LABEL_INDEX, hkdf
from app.model.db import Database
from app.model.journal import Checkpoint, JournalChain
from app.model.retention import destroyed_blobs
from app.model.safecopy import (
    BlobList,
    CopyCancelled,
    CopyPipeline,
    sha256_of,
    write_verified,
)

if TYPE_CHECKING:
    from app.model.vault import VaultSession


FOLDER_PREFIX = "dalel-backup-"
MANIFEST = "backup.json"
BLOB_LIST = "blobs.list"
CHECKPOINT_FILE = "checkpoint.txt"
TEMP = "tmp"
LOCK_FILE = ".lock"
FORMAT = 1

Progress = Callable[[int, int, str], None]


class BackupCancelled(CopyCancelled):
    """Stopped by the person (or the window locking); what was copied stays for next time."""


@dataclass
class BackupResult:
    folder: Path
    at: str
    checkpoint: Checkpoint
    blobs: int = 0                  # blobs the backed-up index names
    copied: int = 0                 # copied in this run
    skipped: int = 0                # already in the backup, same size and hash
    bytes_copied: int = 0
    missing: list[str] = field(default_factory=list)      # named by the index, not on disk
    slots_kept: list[str] = field(default_factory=list)   # damaged here, backup's copy kept
    temp_removed: int = 0           # what an interrupted run left
    # On the drive but not as written (another size or SHA-256): damaged there, copied again.
    replaced: list[str] = field(default_factory=list)
    same_disk: bool = False         # the backup would not survive this disk's loss

    def as_dict(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "at": self.at, "blobs": self.blobs,
                "copied": self.copied, "skipped": self.skipped,
                "bytes_copied": self.bytes_copied, "missing": list(self.missing),
                "slots_kept": list(self.slots_kept), "temp_removed": self.temp_removed,
                "replaced": list(self.replaced),
                "same_disk": self.same_disk, "journal_entries": self.checkpoint.size,
                "audit_entries": self.checkpoint.audit_size,
                "checkpoint": self.checkpoint.encode()}



@dataclass
class BlobToCopy:
    name: str              # the file name (a keyed MAC of the blob id)
    src: Path
    size: int              # of the encrypted file


class SnapshotSession:
    """Just enough of a session for JournalChain.checkpoint over the backed-up index: the
    checkpoint must describe exactly the chains in the copy, whatever was appended to the
    live vault meanwhile (another program may write to it)."""

    def __init__(self, session: VaultSession, db: Database) -> None:
        self.db = db
        self.vault_id = session.vault_id
        self.audit = AuditLog(db, session.clock, session.vault_id)
        self.signing_key = session.signing_key


class BackupRun:
    """The copying of one backup into ``folder`` (its lock held by the caller)."""

    def __init__(self, session: VaultSession, folder: Path, progress: Progress | None,
                 cancelled: Callable[[], bool], reread: bool) -> None:
        self.s = session
        self.folder = folder
        self.tmp = folder / TEMP
        self.progress = progress
        self.cancelled = cancelled
        self.reread = reread
        self.blob_list = BlobList(folder / BLOB_LIST)
        self.seen: set[str] = set()       # blob ids looked at (copied, skipped or missing)
        # Destroyed after their term with the head's approval (R9): gone on purpose.
        self.destroyed = destroyed_blobs(session)
        self.touched: set[Path] = set()
        self.done_bytes = 0
        self.total_bytes = 0
        self.result = BackupResult(folder, session.now_iso(), Checkpoint("", 0, "", ""))

    def go(self) -> None:
        self._copy_keys()
        self._copy_small(self.s.path / "vault.json", self.folder / "vault.json")
        # Blobs first, from the live index; then the index itself; then any blob the copy
        # of the index names that arrived in between. The copy goes into place last.
        self._copy_blobs(self._listed(self.s.db.query("SELECT id FROM blobs")))
        snapshot = self.tmp / "index.db.part"
        key = hkdf(self.s.master_key, LABEL_INDEX)
        self._space_for(self._index_size())
        try:
            self._snapshot_index(snapshot, key)
            _fsync_file(snapshot)
        except Exception as exc:
            raise _as_storage(exc, snapshot) from exc
        ids = self._read_snapshot(snapshot, key)
        _fsync_file(snapshot)     # opening it may have set its header's journal mode
        self._copy_blobs(self._listed([(i,) for i in ids if i not in self.seen]))
        self.result.blobs = len(ids)
        self.blob_list.sync()
        try:
            for folder in sorted(self.touched):    # the small files' (blobs: settle())
                fsync_dir(folder)
            fsync_dir(self.folder / "blobs")         # the blob folders made in this run
            os.replace(snapshot, self.folder / "index.db")
            fsync_dir(self.folder)
        except OSError as exc:
            raise storage_error(exc, self.folder / "index.db") from exc
        code = self.result.checkpoint.encode()
        self._write_small((code + "\n").encode(), self.folder / CHECKPOINT_FILE)
        self._write_small(json.dumps({
            "product": "dalel", "kind": "backup", "format": FORMAT,
            "vault_id": self.s.vault_id, "at": self.result.at, "blobs": len(ids),
            "journal_entries": self.result.checkpoint.size,
            "audit_entries": self.result.checkpoint.audit_size, "checkpoint": code,
        }, ensure_ascii=False, indent=1).encode(), self.folder / MANIFEST)
        try:
            fsync_dir(self.folder)
        except OSError as exc:
            raise storage_error(exc, self.folder) from exc
        self._report(self.total_bytes, "")

    # -- small files -----------------------------------------------------------------------
    def _copy_keys(self) -> None:
        """Each key-slot copy as it is, unless it is damaged here: then the backup keeps the
        copy it has (the next unlock of that person repairs the vault's own)."""
        keys = self.s.path / "keys"
        for role in keyslots.ROLES:
            for name in (f"{role}.slot", f"{role}.slot.bak"):
                copy = keyslots.read_copy(keys / name, self.s.vault_id, role)
                if copy.problem is not None or copy.data is None:
                    self.result.slots_kept.append(name)
                    continue
                self._write_small(copy.data, self.folder / "keys" / name)

    def _copy_small(self, src: Path, dst: Path) -> None:
        try:
            data = src.read_bytes()
        except OSError as exc:
            raise storage_error(exc, src) from exc
        self._write_small(data, dst)

    def _write_small(self, data: bytes, dst: Path) -> None:
        write_verified(data, dst, self.tmp / f"{dst.name}.part")
        self.touched.add(dst.parent)

    # -- blobs ------------------------------------------------------------------------------
    def _listed(self, rows: list[Any]) -> list[BlobToCopy]:
        blobs = []
        for (blob_id,) in rows:
            self.seen.add(blob_id)
            src = self.s.blobs.path(blob_id)
            try:
                size = src.stat().st_size
            except FileNotFoundError:
                # Not on this disk: verify reports it (or tolerates it, for footage
                # destroyed under R9); the backup carries what exists.
                if blob_id not in self.destroyed:
                    self.result.missing.append(blob_id)
                continue
            except OSError as exc:
                raise storage_error(exc, src) from exc
            blobs.append(BlobToCopy(src.name, src, size))
        return blobs

    def _copy_blobs(self, blobs: list[BlobToCopy]) -> None:
        todo = [b for b in blobs if not self._already_there(b)]
        self.result.skipped += len(blobs) - len(todo)
        need = sum(b.size for b in todo)
        self._space_for(need)
        self.total_bytes += need
        try:
            with CopyPipeline(self._copied, self.cancelled) as pipeline:
                for blob in todo:
                    if self.cancelled():
                        raise BackupCancelled()
                    pipeline.copy(blob.src, self._dst(blob), self.tmp / f"{blob.name}.part",
                                  self._advance)
                pipeline.finish()
        except CopyCancelled:
            raise BackupCancelled() from None

    def _copied(self, dst: Path, sha256: str, size: int) -> None:
        """On a checking thread of the pipeline, once a copy is read back and in place."""
        self.blob_list.add(dst.name, size, sha256)
        self.result.copied += 1
        self.result.bytes_copied += size

    def _dst(self, blob: BlobToCopy) -> Path:
        return self.folder / "blobs" / blob.name[:2] / blob.name

    def _already_there(self, blob: BlobToCopy) -> bool:
        dst = self._dst(blob)
        try:
            have = dst.stat().st_size
        except OSError:
            return False
        if have != blob.size:
            self.result.replaced.append(blob.name)
            return False
        recorded = self.blob_list.known.get(blob.name)
        if recorded is not None and recorded[0] == blob.size and not self.reread:
            return True
        try:
            sha = sha256_of(dst, uncached=True, cancelled=self.cancelled)[0]
            if recorded is None:
                # Renamed into place by a run that died before listing it: trusted only
                # when it matches its source.
                recorded = (blob.size, sha256_of(blob.src, cancelled=self.cancelled)[0])
        except CopyCancelled:
            raise BackupCancelled() from None
        except OSError:
            return False
        if sha != recorded[1]:
            self.result.replaced.append(blob.name)
            return False
        if blob.name not in self.blob_list.known:
            self.blob_list.add(blob.name, blob.size, sha)
        return True

    # -- the index ---------------------------------------------------------------------------
    def _index_size(self) -> int:
        total = 0
        for suffix in ("", "-wal"):
            with contextlib.suppress(OSError):
                total += (self.s.path / f"index.db{suffix}").stat().st_size
        return total

    def _snapshot_index(self, snapshot: Path, key: bytes) -> None:
        """SQLite's backup API from a connection of its own, never a copy of the file: in
        WAL mode it reads one consistent state of the index without holding up the
        window's writes (``Database.backup_to`` would hold the session's one lock
        throughout), and the copy, a temp file fsynced whole once complete, is written
        without a journal of its own (with one, a fresh vault's copy took 2.8 s of fsyncs
        on the development VM)."""
        source = Database(self.s.path / "index.db", key)
        try:
            target = sqlcipher3.connect(str(snapshot))
            try:
                target.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                target.execute("PRAGMA synchronous = OFF")
                target.execute("PRAGMA journal_mode = OFF")
                source.con.backup(target)
            finally:
                target.close()
        finally:
            # Not Database.close(): a checkpoint of the live WAL is the session's business.
            source.con.close()

    def _read_snapshot(self, snapshot: Path, key: bytes) -> list[str]:
        """Open the copy as a vault would (proving it opens with the vault's key), check
        every page, list the blobs it names and sign a checkpoint of its two chains."""
        with contextlib.suppress(OSError, AttributeError):
            fd = os.open(snapshot, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)   # read the drive's bytes
            finally:
                os.close(fd)
        try:
            db = Database(snapshot, key)
        except DalelError as exc:
            raise _unreadable_copy(snapshot, str(exc)) from exc
        try:
            # Every page's HMAC (SQLCipher): the copy reads back as it was written. The
            # index's own structure is what ``verify`` checks on the vault.
            problems = [str(r[0]) for r in db.query("PRAGMA cipher_integrity_check")]
            if problems:
                raise _unreadable_copy(snapshot, "; ".join(problems[:3]))
            self.result.checkpoint = JournalChain(SnapshotSession(self.s, db)).checkpoint()
            return [str(r[0]) for r in db.query("SELECT id FROM blobs")]
        except sqlcipher3.dbapi2.Error as exc:
            raise _unreadable_copy(snapshot, str(exc)) from exc
        finally:
            db.close()

    # -- space and progress ----------------------------------------------------------------
    def _space_for(self, need: int) -> None:
        if need <= 0:
            return
        try:
            free = shutil.disk_usage(self.folder).free
        except OSError as exc:
            raise storage_error(exc, self.folder) from exc
        if free < need:
            raise StorageError(QT_TRANSLATE_NOOP(
                "core", "The backup drive {path} has {free} MB free; this backup needs {need} "
                        "MB more. Nothing was removed; use a larger drive or free some "
                        "space, then back up again."),
                path=str(self.folder), free=free // 1_000_000, need=-(-need // 1_000_000))

    def _advance(self, n: int) -> None:
        self.done_bytes += n
        self._report(self.done_bytes, "")

    def _report(self, done: int, what: str) -> None:
        if self.progress is not None:
            self.progress(done, max(self.total_bytes, done), what)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)     # Windows flushes only a file open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unreadable_copy(path: Path, reason: str) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP(
        "core", "The copy of the index on the backup drive ({path}) does not read back "
                "intact ({reason}): the drive may be failing. The previous backup there is "
                "kept; try another drive."), path=str(path), reason=reason)


def _as_storage(exc: Exception, path: Path) -> DalelError:
    if isinstance(exc, DalelError):
        return exc
    if isinstance(exc, OSError):
        return storage_error(exc, path)
    # SQLite's own words for the drive refusing the copy of the index (full, read-only).
    return StorageError(QT_TRANSLATE_NOOP("core", "Could not write {what}: {reason}."),
                        what=str(path), reason=str(exc))
