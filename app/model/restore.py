"""Restore a vault from a backup on a clean machine (issue 14), then prove it.

``restore`` copies a backup folder (app/model/backup.py) into a new or empty folder, every
file through a temp file, fsync, read back and compared by hash (app/model/safecopy.py);
``vault.json`` goes in last, so a folder without it is an unfinished restore, never a
vault. ``check_restored`` then runs the full verify (every blob decrypted and rehashed,
both chains, against the checkpoint written beside the backup) and counts the recordings
whose footage matches its SHA-256. It needs a password, either person's (R2); the restore
is an audit entry in the restored vault.
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

from app.errors import InvalidInput, StorageError
from app.fsutil import atomic_write, fsync_dir, storage_error
from app.i18n import QT_TRANSLATE_NOOP
from app.model.backup import BLOB_LIST, FOLDER_PREFIX, MANIFEST, BackupCancelled, Progress
from app.model.journal import Checkpoint
from app.model.safecopy import BlobList, CopyCancelled, CopyPipeline
from app.model.verify import VerifyReport, verify

if TYPE_CHECKING:
    from app.model.vault import VaultSession


@dataclass
class RestoreResult:
    source: Path                 # the backup folder
    vault: Path
    vault_id: str
    backup_at: str
    checkpoint: Checkpoint | None
    files: int = 0
    bytes: int = 0
    differs: list[str] = field(default_factory=list)   # copies unlike their blobs.list hash


@dataclass
class RestoreCheck:
    report: VerifyReport
    recordings: int = 0
    intact: int = 0              # every part decrypted and matched its SHA-256
    damaged: int = 0             # a part's footage is missing, damaged or altered
    without_footage: int = 0     # no footage kept, as verify allows (destroyed under R9)

    def as_dict(self) -> dict[str, Any]:
        return {"recordings": self.recordings, "intact": self.intact,
                "damaged": self.damaged, "without_footage": self.without_footage,
                "verify": self.report.as_dict()}


def find_backup(src: Path) -> Path:
    """The backup folder itself, or the one backup folder inside ``src`` (a drive's root)."""
    src = Path(src)
    if (src / MANIFEST).is_file():
        return src
    try:
        found = sorted(c for c in src.iterdir()
                       if c.name.startswith(FOLDER_PREFIX) and (c / MANIFEST).is_file())
    except OSError:
        found = []
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "{path} holds the backups of several vaults; name the one to restore: "
                    "{names}."), path=str(src), names=", ".join(c.name for c in found))
    raise InvalidInput(QT_TRANSLATE_NOOP(
        "core", "There is no complete Dalel backup at {path}."), path=str(src))


def _manifest(folder: Path) -> dict[str, Any]:
    try:
        meta = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        vault_meta = json.loads((folder / "vault.json").read_text(encoding="utf-8"))
        if meta.get("product") != "dalel" or meta.get("kind") != "backup":
            raise ValueError("not a Dalel backup")
        if not meta.get("vault_id") or vault_meta.get("vault_id") != meta["vault_id"]:
            raise ValueError("the backup and its vault.json name different vaults")
        if not (folder / "index.db").is_file():
            raise ValueError("index.db is missing")
        return dict(meta)
    except (OSError, ValueError, AttributeError) as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The backup at {path} is incomplete or damaged: {reason}."),
            path=str(folder), reason=str(exc)) from exc


def _check_target(to: Path, source: Path) -> None:
    if to.exists() and (not to.is_dir() or any(to.iterdir())):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The folder {path} is not empty; restore into a new or empty folder (a "
                    "half-finished restore can be deleted and started again)."),
            path=str(to))
    there, src = to.resolve(), source.resolve()
    if there == src or src in there.parents:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "Restore into a folder outside the backup {path}."), path=str(source))


def _files(folder: Path) -> list[Path]:
    """What a vault needs, relative to the backup folder: key slots, the index, blobs."""
    out = [p.relative_to(folder) for p in sorted((folder / "keys").glob("*"))
           if p.is_file()]
    out.append(Path("index.db"))
    blobs = folder / "blobs"
    for sub in sorted(blobs.iterdir()) if blobs.is_dir() else []:
        if sub.is_dir() and len(sub.name) == 2:
            out += [p.relative_to(folder) for p in sorted(sub.iterdir()) if p.is_file()]
    return out


def restore(src: Path, to: Path, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> RestoreResult:
    folder = find_backup(src)
    meta = _manifest(folder)
    to = Path(to)
    _check_target(to, folder)
    files = _files(folder)
    sizes = {rel: (folder / rel).stat().st_size for rel in files}
    total = sum(sizes.values())
    old_umask = os.umask(0o077)
    try:
        for sub in ("", "keys", "blobs", "blobs/tmp", "logs"):
            (to / sub).mkdir(exist_ok=True, parents=True)
    except OSError as exc:
        raise storage_error(exc, to) from exc
    finally:
        os.umask(old_umask)
    free = shutil.disk_usage(to).free
    if free < total:
        raise StorageError(QT_TRANSLATE_NOOP(
            "core", "{path} has {free} MB free; the restored vault needs {need} MB."),
            path=str(to), free=free // 1_000_000, need=-(-total // 1_000_000))
    code = meta.get("checkpoint")
    try:
        checkpoint = Checkpoint.decode(code) if isinstance(code, str) else None
    except (ValueError, TypeError):
        checkpoint = None
    result = RestoreResult(folder, to, str(meta["vault_id"]), str(meta.get("at", "")),
                           checkpoint)
    listed = BlobList(folder / BLOB_LIST).known
    done = 0

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total, "")

    def copied(dst: Path, sha: str, size: int) -> None:
        known = listed.get(dst.name) if dst.parent.parent.name == "blobs" else None
        if known is not None and known[1] != sha:
            result.differs.append(dst.name)
        result.files += 1
        result.bytes += size

    try:
        with CopyPipeline(copied, cancelled or (lambda: False)) as pipeline:
            for rel in files:
                pipeline.copy(folder / rel, to / rel, to / "blobs" / "tmp" / f"{rel.name}.part",
                              advance)
            pipeline.finish()
    except CopyCancelled:
        raise BackupCancelled() from None
    try:
        for d in (to, to / "keys", to / "blobs"):     # the folders made (settle() fsynced
            fsync_dir(d)                             # each file's own)
    except OSError as exc:
        raise storage_error(exc, to) from exc
    with contextlib.suppress(OSError):
        (to / "blobs" / "tmp").rmdir()  # made again at unlock
    # Last: a folder without vault.json is an unfinished restore, never a vault.
    try:
        atomic_write(to / "vault.json", (folder / "vault.json").read_bytes())
    except OSError as exc:
        raise storage_error(exc, folder / "vault.json") from exc
    return result


def check_restored(session: VaultSession, result: RestoreResult,
                   progress: Callable[[int, int], None] | None = None) -> RestoreCheck:
    """Record the restore, run the full verify, count the recordings that match."""
    cp = result.checkpoint
    session.audit.record("restored", session.role, session.actor_id,
                         source=str(result.source), backup_at=result.backup_at,
                         files=result.files, bytes=result.bytes,
                         journal_entries=cp.size if cp else None,
                         audit_entries=cp.audit_size if cp else None)
    report = verify(session, read_data=True, checkpoints=[cp] if cp else [],
                    progress=progress)
    check = RestoreCheck(report, recordings=session.footage.count())
    bad = {p.ref for p in report.problems if p.where == "blob"}
    parts: dict[int, list[str]] = {}
    for footage_id, blob_id in session.db.query(
            "SELECT footage_id, blob_id FROM footage_parts"):
        parts.setdefault(footage_id, []).append(
            "damaged" if blob_id in bad
            else "ok" if session.blobs.path(blob_id).exists() else "absent")
    check.damaged = sum(1 for kinds in parts.values() if "damaged" in kinds)
    check.intact = sum(1 for kinds in parts.values() if set(kinds) == {"ok"})
    check.without_footage = check.recordings - check.damaged - check.intact
    return check
