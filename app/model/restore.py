"""Restore a vault from a backup on a clean machine (issue 14), then prove it.

``restore`` copies a backup folder (app/model/backup.py) into a temporary folder beside the
target, every file through a temp file, fsync, read back and compared by hash
(app/model/safecopy.py); ``vault.json`` goes in last. ``check_restored`` then runs the full
verify there (every blob decrypted and rehashed, both chains, against the checkpoint
written beside the backup) and counts the recordings whose footage matches its SHA-256.
Only a vault so checked is renamed to the target: a restore that fails leaves nothing
vault-like behind. It needs a password, either person's (R2); the restore is an audit
entry in the restored vault.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import Clock, from_iso
from app.errors import CorruptVault, InvalidInput, SlotDamaged, StorageError
from app.fsutil import atomic_write, fsync_dir, os_reason, storage_error
from app.i18n import QT_TRANSLATE_NOOP, Phrase
from app.model import keyslots, vault
from app.model.backup import BLOB_LIST, FOLDER_PREFIX, MANIFEST, BackupCancelled, Progress
from app.model.crypto import wipe
from app.model.journal import Checkpoint
from app.model.keyslots import SlotStore
from app.model.safecopy import BlobList, CopyCancelled, CopyPipeline
from app.model.verify import VerifyReport, verify

if TYPE_CHECKING:
    from app.model.vault import VaultSession

__all__ = ["DamagedBackup", "RestoreCheck", "RestoreResult", "check_restored", "find_backup",
           "restore"]

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
    backup_at_local: str = ""    # when the backup was made, in the office's time zone

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
    reason: str
    try:
        meta = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        vault_meta = json.loads((folder / "vault.json").read_text(encoding="utf-8"))
        if meta.get("product") != "dalel" or meta.get("kind") != "backup":
            reason = Phrase(QT_TRANSLATE_NOOP("core", "it is not a Dalel backup"))
        elif not meta.get("vault_id") or vault_meta.get("vault_id") != meta["vault_id"]:
            reason = Phrase(QT_TRANSLATE_NOOP(
                "core", "the backup and its vault.json name different vaults"))
        elif not (folder / "index.db").is_file():
            reason = Phrase(QT_TRANSLATE_NOOP("core", "index.db is missing"))
        else:
            vault.check_format(vault_meta.get("format"))  # a newer Dalel's: exit 15
            return dict(meta)
    except OSError as exc:
        reason = os_reason(exc)
    except (ValueError, AttributeError) as exc:
        reason = str(exc)
    raise InvalidInput(QT_TRANSLATE_NOOP(
        "core", "The backup at {path} is incomplete or damaged: {reason}."),
        path=str(folder), reason=reason)


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


def restore(src: Path, to: Path, role: str, password: str, clock: Clock | None = None,
            progress: Progress | None = None,
            check_progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> tuple[RestoreResult, RestoreCheck]:
    """Restore the backup at ``src`` into ``to`` (new or empty) and prove it.

    The password is tried on the backup's key slots before a byte is copied (a typo never
    costs a copy of the whole drive). The vault is made in a temporary folder beside ``to``,
    unlocked there as ``role``, its restore recorded and fully verified; only then is the
    folder renamed to ``to``. When anything fails (a damaged copy, the disk, Ctrl+C) the
    temporary folder is removed and ``to`` is left as it was: nothing there ever looks like
    a vault that was not checked. A verify that finds damage (a damaged blob) still
    completes the restore: its report says which recordings."""
    folder = find_backup(src)
    meta = _manifest(folder)
    to = Path(to)
    _check_target(to, folder)
    _check_password(folder, str(meta["vault_id"]), role, password)
    work = _work_folder(to)
    try:
        result = _copy(folder, work, meta, progress, cancelled)
        try:
            session = vault.unlock(work, role, password, clock)
        except CorruptVault as exc:
            raise _damaged_copy(folder, exc) from exc
        try:
            check = check_restored(session, result, progress=check_progress)
        except CorruptVault as exc:
            raise _damaged_copy(folder, exc) from exc
        finally:
            session.lock()
        _into_place(work, to)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)     # only the folder made here
        raise
    result.vault = to
    return result, check


class DamagedBackup(CorruptVault):
    """The backup's copy of the vault cannot be opened or read (its index, its key slots):
    nothing was restored (exit 5). Never "restore from a backup": this is the backup."""


def _damaged_copy(folder: Path, exc: CorruptVault) -> DamagedBackup:
    reason = exc.params.get("reason") or Phrase(QT_TRANSLATE_NOOP(
        "core", "its index or key slots cannot be read"))
    return DamagedBackup(QT_TRANSLATE_NOOP(
        "core", "The backup at {path} holds a damaged copy of the vault ({reason}). Nothing "
                "was restored; restore from another backup (an earlier one, or one made "
                "again from the vault)."), path=str(folder), reason=reason)


def _check_password(folder: Path, vault_id: str, role: str, password: str) -> None:
    """The password opens the backup's key slot (changes nothing); else WrongPassword."""
    if role not in keyslots.ROLES:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Role must be officer or head."))
    if not password:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "No password was given."))
    try:
        wipe(SlotStore(folder / "keys", vault_id).open(role, password))
    except SlotDamaged as exc:
        raise _damaged_copy(folder, exc) from exc


def _work_folder(to: Path) -> Path:
    """A new, private folder beside ``to`` (same disk: the final rename is atomic)."""
    final = Path(os.path.abspath(to))
    old_umask = os.umask(0o077)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        work = final.parent / f".{final.name}.restoring-{secrets.token_hex(4)}"
        work.mkdir()
        return work
    except OSError as exc:
        raise storage_error(exc, final) from exc
    finally:
        os.umask(old_umask)


def _into_place(work: Path, to: Path) -> None:
    """Rename the checked vault to ``to``; an empty ``to`` is replaced (POSIX renames over
    an empty folder; elsewhere it is removed first, and made again if the rename fails)."""
    try:
        try:
            os.replace(work, to)
        except OSError:
            if not to.is_dir() or any(to.iterdir()):
                raise
            to.rmdir()
            try:
                os.replace(work, to)
            except OSError:
                with contextlib.suppress(OSError):
                    to.mkdir()
                raise
        fsync_dir(Path(os.path.abspath(to)).parent)
    except OSError as exc:
        raise storage_error(exc, to) from exc


def _copy(folder: Path, to: Path, meta: dict[str, Any], progress: Progress | None,
          cancelled: Callable[[], bool] | None) -> RestoreResult:
    """Every file of the backup into the (temporary) folder ``to``; vault.json last."""
    files = _files(folder)
    total = 0
    for rel in files:
        try:
            total += (folder / rel).stat().st_size
        except OSError as exc:
            raise storage_error(exc, folder / rel, reading=True) from exc
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
            path=str(to.parent), free=free // 1_000_000, need=-(-total // 1_000_000))
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
        described = (folder / "vault.json").read_bytes()
    except OSError as exc:
        raise storage_error(exc, folder / "vault.json", reading=True) from exc
    atomic_write(to / "vault.json", described)
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
    with contextlib.suppress(ValueError):
        check.backup_at_local = session.calendar.local(from_iso(result.backup_at)).strftime(
            "%d.%m.%Y %H:%M")
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
