"""Release a copy of stored footage to an inspector, only with the head's permission (R10).

The one service the window and the command line call. The permission is the head's own
password: either the session itself was unlocked with it (``dalel --role head release``)
or the head types it into the officer's window (checked against the head's key slot). The
officer alone is refused.

The copy is a *package* (see ``app.package_check`` for its layout) that anyone can check
without the vault. It is written into a hidden ``.dalel-release-partial-…`` folder beside
its final place, every file fsynced, then recorded (the ``releases`` row and the audit
log's "release" and "export" entries, one transaction, chained), and only then renamed to
its final name: a failure leaves no folder that looks like a complete package, and no
complete package leaves without its record.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.clock import from_iso
from app.errors import InvalidInput, NotFound, RuleViolation, StorageError
from app.fsutil import fsync_dir, is_within, start_writeback, storage_error
from app.i18n import QT_TRANSLATE_NOOP
from app.model.releases import ReleaseRecord, next_release_id, record_release
from app.package_check import (
    FORMAT,
    MANIFEST,
    PDF,
    PUBLIC_KEY,
    RECORDINGS,
    SIGNATURE,
    SUMS,
    files_digest,
    fingerprint,
    public_pem,
    public_raw,
    sums_text,
)
from app.release import pdf
from app.release.names import UniqueNames, safe_name

if TYPE_CHECKING:
    from app.model.footage import Footage, FootagePart
    from app.model.registers import StaffMember
    from app.model.vault import VaultSession

PARTIAL_PREFIX = ".dalel-release-partial-"
WRITEBACK_STEP = 8 << 20
Progress = Callable[[int, int, str], None]

# The fields a release needs, in the order a form shows them (``missing_fields``).
FIELDS = ("footage", "recipient", "purpose", "destination")


@dataclass(frozen=True)
class ReleaseRequest:
    footage_ids: Sequence[int]
    recipient: str            # the inspector's personnel number (what people type)
    purpose: str
    destination: Path | None  # an existing folder; the package is made inside it


@dataclass(frozen=True)
class ReleaseResult:
    release_id: int
    folder: Path
    manifest: dict[str, Any]
    fingerprint: str


class ReleaseCancelled(Exception):
    pass


def missing_fields(request: ReleaseRequest) -> list[str]:
    """Which of FIELDS are empty: the window says so before it opens a folder chooser."""
    empty = {"footage": not request.footage_ids, "recipient": not request.recipient.strip(),
             "purpose": not " ".join(request.purpose.split()),
             "destination": request.destination is None or not str(request.destination)}
    return [f for f in FIELDS if empty[f]]


def check_head_password(session: VaultSession, password: str) -> None:
    """R10: the head's own password, checked against the head's key slot."""
    session.confirm_password("head", password, QT_TRANSLATE_NOOP(
        "core", "The head's password is wrong; nothing was released (R10)."))


def _refuse_without_head(session: VaultSession, head_password: str | None) -> str:
    """How the head's permission is proven, or a refusal (R10)."""
    if head_password:
        return "head_password"
    if session.role == "head":
        return "head_session"
    raise RuleViolation(QT_TRANSLATE_NOOP(
        "core", "Only the head can permit a release (R10): unlock as the head (--role head), "
                "or let the head type their password."))


def _refuse_missing(request: ReleaseRequest) -> None:
    missing = missing_fields(request)
    if "footage" in missing:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose the footage to release."))
    if "recipient" in missing:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "Say to whom the copy is released: the inspector's personnel number."))
    if "purpose" in missing:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "Say what the copy is for: footage is released for service purposes "
                    "only (R10)."))
    if "destination" in missing:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "Choose the folder the package is written into."))


def _person(p: StaffMember) -> dict[str, Any]:
    return {"name": p.full_name, "personnel_no": p.personnel_no, "position": p.position}


def _stored_parts(session: VaultSession, ids: list[int]) -> list[tuple[Footage, FootagePart]]:
    """Each recording and its parts; a recording whose stored file is gone is refused here,
    before anything is written (destroyed after its retention period, R9, or lost)."""
    out = []
    for fid in ids:
        item = session.footage.get(fid)
        for part in session.footage.parts(fid):
            if not session.blobs.path(part.blob_id).is_file():
                raise NotFound(QT_TRANSLATE_NOOP(
                    "core", "Recording {id} ({name}) is no longer in the vault: its stored "
                            "file is missing (destroyed at the end of its retention period, "
                            "or lost; `dalel verify` tells which). Nothing was released."),
                    id=fid, name=part.source_name)
            out.append((item, part))
    return out


def _write_fsynced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:   # our own partial folder; a retry writes it again
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _copy_out(session: VaultSession, parts: list[tuple[Footage, FootagePart]], into: Path,
              progress: Progress | None, cancelled: Callable[[], bool] | None
              ) -> list[dict[str, Any]]:
    """Decrypt each part into ``into/recordings``, hashing what is written; a file whose
    hash differs from the one recorded at download stops the release."""
    (into / RECORDINGS).mkdir()
    names = UniqueNames()
    total = sum(p.size for _f, p in parts)
    done = 0
    files = []
    staff: dict[int, dict[str, Any]] = {}
    devices: dict[int, str] = {}
    counts: dict[int, int] = {}
    for item, _p in parts:
        counts[item.id] = counts.get(item.id, 0) + 1
    for item, part in parts:
        name = names.claim(safe_name(part.source_name, f"recording-{item.id}"))
        rel = f"{RECORDINGS}/{name}"
        sha = hashlib.sha256()
        size = flushed = 0
        with open(into / rel, "xb") as out:
            for chunk in session.blobs.read_chunks(part.blob_id, reuse=True):
                if cancelled is not None and cancelled():
                    raise ReleaseCancelled()
                out.write(chunk)
                sha.update(chunk)
                size += len(chunk)
                done += len(chunk)
                if size - flushed >= WRITEBACK_STEP:
                    # The disk writes while the next chunks are decrypted, so the fsync at
                    # the end has little left to wait for (as the ingest does).
                    out.flush()
                    start_writeback(out.fileno(), flushed, size - flushed)
                    flushed = size
                if progress is not None:
                    progress(done, total, name)
            out.flush()
            os.fsync(out.fileno())
        if sha.hexdigest() != part.sha256 or size != part.size:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "A stored file did not match its recorded hash; nothing was "
                        "released. Run a vault check."))
        for did in (item.camera_id, item.card_id):
            if did is not None and did not in devices:
                devices[did] = session.registers.device(did).inventory_no
        if item.inspector_id is not None and item.inspector_id not in staff:
            staff[item.inspector_id] = _person(session.registers.staff(item.inspector_id))
        files.append({
            "file": rel, "size": size, "sha256": part.sha256, "card_name": part.source_name,
            "footage_id": item.id, "part": part.part_no, "parts": counts[item.id],
            "recording_sha256": item.sha256, "media": item.media,
            "camera": devices.get(item.camera_id) if item.camera_id else None,
            "card": devices.get(item.card_id) if item.card_id else None,
            "inspector": staff.get(item.inspector_id) if item.inspector_id else None,
            "custody_id": item.custody_id, "recorded_from": item.started_at,
            "recorded_to": item.ended_at, "duration_s": item.duration_s,
            "clock_offset_s": item.clock_offset_s, "downloaded_at": item.downloaded_at,
            "download_entry": item.journal_seq,
        })
    fsync_dir(into / RECORDINGS)
    return files


def _write_documents(session: VaultSession, tmp: Path, rid: int, at: str, permission: str,
                     people: dict[str, dict[str, Any]], purpose: str,
                     files: list[dict[str, Any]]) -> tuple[dict[str, Any], bytes]:
    """manifest.pdf, manifest.json, SIGNATURE, public_key.pem and SHA256SUMS, fsynced; the
    manifest and its exact bytes (what is signed, stored and hashed into the audit log)."""
    key = session.signing_key()
    pub = key.public_key()
    cp = session.journal.checkpoint()
    manifest: dict[str, Any] = {
        "format": FORMAT, "release_id": rid, "vault_id": session.vault_id,
        "released_at": at, "timezone": str(session.settings.get("timezone")),
        "office": {"agency": session.settings.get("agency"),
                   "unit": session.settings.get("unit_name")},
        "rule": "R10", "permission": permission, **people, "purpose": purpose,
        "files": files, "files_digest": files_digest(files),
        "checkpoint": {"code": cp.encode(), "journal_entries": cp.size, "journal_head": cp.head,
                       "audit_entries": cp.audit_size, "audit_head": cp.audit_head},
        "signing_key": {"algorithm": "Ed25519", "public_key": public_raw(pub).hex(),
                        "fingerprint": fingerprint(public_raw(pub))},
        "program": f"dalel {__version__}",
    }
    paper = pdf.render(manifest)
    manifest["documents"] = [{"file": PDF, "size": len(paper),
                              "sha256": hashlib.sha256(paper).hexdigest()}]
    data = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    listed = [*files, *manifest["documents"]]
    for name, content in (
            (PDF, paper), (MANIFEST, data),
            (SIGNATURE, base64.b64encode(key.sign(data)) + b"\n"),
            (PUBLIC_KEY, public_pem(pub)),
            (SUMS, sums_text((f["file"], f["sha256"]) for f in listed).encode())):
        _write_fsynced(tmp / name, content)
    fsync_dir(tmp)
    return manifest, data


def _folder_name(session: VaultSession, rid: int, at: str, recipient_no: str) -> str:
    """Named in the office's local time of the release (what people see on the wall clock),
    never UTC (issue 15)."""
    local = session.calendar.local(from_iso(at))
    return f"dalel-release-{rid:04d}-{local:%Y%m%d-%H%M}-{safe_name(recipient_no, 'to')}"


def _free_name(parent: Path, name: str) -> Path:
    candidate, n = parent / name, 1
    while candidate.exists():
        n += 1
        candidate = parent / f"{name}-{n}"
    return candidate


def release(session: VaultSession, request: ReleaseRequest, head_password: str | None = None,
            progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> ReleaseResult:
    _refuse_missing(request)
    permission = _refuse_without_head(session, head_password)
    purpose = " ".join(request.purpose.split())
    recipient = session.registers.find_staff(request.recipient)
    if recipient.role != "inspector" or not recipient.active:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "A copy is released to an active inspector only (R10)."))
    ids = list(dict.fromkeys(int(i) for i in request.footage_ids))
    parts = _stored_parts(session, ids)
    parent = Path(request.destination or "")
    if not parent.is_dir():
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The folder {path} does not exist; choose an existing folder."),
            path=str(parent))
    if is_within(session.path, parent):
        # Decrypted footage must never land in the vault's folder, where verify and
        # reconcile do not look for it and a backup would carry it in the clear.
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "A released copy cannot go inside the vault folder {path}: choose a "
                    "removable drive or another folder."), path=str(session.path))
    if permission == "head_password":
        check_head_password(session, head_password or "")
    head = session.registers.staff(int(session.settings.get("head_id")))
    actor = session.registers.staff(session.actor_id)
    at = session.now_iso()
    tmp = parent / f"{PARTIAL_PREFIX}{secrets.token_hex(6)}"
    try:
        tmp.mkdir(mode=0o700)
    except OSError as exc:
        raise storage_error(exc, tmp) from exc
    try:
        files = _copy_out(session, parts, tmp, progress, cancelled)
        people = {"permitted_by": {"role": "head", **_person(head)},
                  "released_by": {"role": session.role, **_person(actor)},
                  "recipient": {"role": "inspector", **_person(recipient)}}
        while True:
            # The PDF of a card of 2,000 photos takes seconds: it is made outside the
            # transaction under the next free number, which the transaction then confirms
            # (another program's release in between means doing it again).
            rid = next_release_id(session.db)
            manifest, data = _write_documents(session, tmp, rid, at, permission, people,
                                              purpose, files)
            with session.db.write() as con:
                if not record_release(con, ReleaseRecord(rid, at, head.id, recipient.id,
                                                         purpose, data.decode("utf-8"))):
                    continue
                final = _free_name(parent, _folder_name(session, rid, at, recipient.personnel_no))
                session.audit.append_in(con, "release", session.role, session.actor_id, at, {
                    "release_id": rid, "recipient_id": recipient.id, "head_id": head.id,
                    "purpose": purpose, "footage_ids": ids, "permission": permission,
                    "manifest_sha256": hashlib.sha256(data).hexdigest(),
                    "fingerprint": manifest["signing_key"]["fingerprint"]})
                session.audit.append_in(con, "export", session.role, session.actor_id, at, {
                    "release_id": rid, "files": len(files),
                    "bytes": sum(f["size"] for f in files), "folder": str(final)})
            break
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise storage_error(exc, tmp) from exc
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    # Recorded: now the folder takes its name. Should the rename itself fail, the complete
    # package stays under its partial name and the person is told where it is.
    try:
        os.rename(tmp, final)
        fsync_dir(parent)
    except OSError as exc:
        raise StorageError(QT_TRANSLATE_NOOP(
            "core", "Release {id} is recorded, but its folder could not be named {final} "
                    "({reason}); the complete package is in {partial}."),
            id=rid, final=str(final), reason=exc.strerror or str(exc),
            partial=str(tmp)) from exc
    return ReleaseResult(rid, final, manifest, manifest["signing_key"]["fingerprint"])
