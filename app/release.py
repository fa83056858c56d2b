"""Release a copy of stored footage to an inspector, only with the head's permission (R10).

The head proves the permission by typing their own password (their key slot must open);
the copy goes to a new folder with a manifest naming every file with its SHA-256, who
released it, to whom, why, when, and a signed checkpoint of the journal. The release is a
row in ``releases`` and two audit records ("release", "export"). No Qt here: the window and
the command line call the same function.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import InvalidInput, RuleViolation, WrongPassword
from app.fsutil import fsync_dir, storage_error
from app.i18n import QT_TRANSLATE_NOOP
from app.model.crypto import wipe
from app.model.keyslots import SlotStore

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class ReleaseResult:
    release_id: int
    folder: Path
    manifest: dict[str, Any]


class ReleaseCancelled(Exception):
    pass


def check_head_password(session: Any, password: str) -> None:
    """R10: the head's own password, checked against the head's key slot."""
    try:
        key = SlotStore(session.path / "keys", session.vault_id).open("head", password)
    except WrongPassword:
        raise WrongPassword(QT_TRANSLATE_NOOP(
            "core", "The head's password is wrong; nothing was released (R10).")) from None
    wipe(key)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "file"


def release(session: Any, head_password: str, footage_ids: list[int], recipient_id: int,
            purpose: str, destination: Path,
            progress: Callable[[int, int, str], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> ReleaseResult:
    purpose = " ".join(purpose.split())
    if not footage_ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Choose the footage to release."))
    if not purpose:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "Say what the copy is for: footage is released for service purposes "
                    "only (R10)."))
    recipient = session.registers.staff(recipient_id)
    if recipient.role != "inspector" or not recipient.active:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "A copy is released to an active inspector only (R10)."))
    check_head_password(session, head_password)
    head = session.registers.staff(int(session.settings.get("head_id")))
    items = [session.footage.get(i) for i in footage_ids]
    parts = [(f, p) for f in items for p in session.footage.parts(f.id)]
    total = sum(p.size for _f, p in parts)
    stamp = session.now_iso().replace(":", "").replace("-", "")[:15]
    folder = Path(destination) / f"dalel-release-{stamp}-{_safe(recipient.personnel_no)}"
    try:
        folder.mkdir(parents=True, exist_ok=False)
    except FileExistsError:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "The folder {path} already exists; choose another place."),
            path=str(folder)) from None
    except OSError as exc:
        raise storage_error(exc, folder) from exc
    files: list[dict[str, Any]] = []
    done = 0
    try:
        for f, part in parts:
            name = f"{f.id:06d}-{part.part_no:02d}-{_safe(Path(part.source_name).name)}"
            sha = hashlib.sha256()
            target = folder / name
            with open(target, "wb") as out:
                for chunk in session.blobs.read_chunks(part.blob_id):
                    if cancelled is not None and cancelled():
                        raise ReleaseCancelled()
                    out.write(chunk)
                    sha.update(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total, name)
                out.flush()
                os.fsync(out.fileno())
            if sha.hexdigest() != part.sha256:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "A stored file did not match its recorded hash; nothing was "
                            "released. Run a vault check."))
            files.append({"file": name, "sha256": part.sha256, "size": part.size,
                          "footage_id": f.id, "part": part.part_no,
                          "source_name": part.source_name, "media": f.media,
                          "camera": (session.registers.device(f.camera_id).inventory_no
                                     if f.camera_id else None),
                          "recorded_at": f.started_at, "downloaded_at": f.downloaded_at})
        manifest = {
            "product": "dalel", "kind": "release", "vault_id": session.vault_id,
            "at": session.now_iso(),
            "permitted_by": {"role": "head", "name": head.full_name,
                             "personnel_no": head.personnel_no},
            "released_by": {"role": session.role,
                            "name": session.registers.staff(session.actor_id).full_name},
            "recipient": {"name": recipient.full_name, "personnel_no": recipient.personnel_no},
            "purpose": purpose, "rule": "R10", "files": files,
            "journal_checkpoint": session.journal.checkpoint().encode(),
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=1)
        with session.db.write() as con:
            cur = con.execute("INSERT INTO releases (at, head_id, recipient_id, purpose, "
                              "manifest) VALUES (?, ?, ?, ?, ?)",
                              (manifest["at"], head.id, recipient.id, purpose, text))
            rid = int(cur.lastrowid)
            detail = {"release_id": rid, "recipient_id": recipient.id, "purpose": purpose,
                      "footage_ids": list(footage_ids),
                      "manifest_sha256": hashlib.sha256(text.encode()).hexdigest()}
            session.audit.append_in(con, "release", session.role, session.actor_id, None,
                                    detail)
            session.audit.append_in(con, "export", session.role, session.actor_id, None,
                                    {"release_id": rid, "files": len(files),
                                     "folder": str(folder)})
        manifest["release_id"] = rid
        (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
        fsync_dir(folder)
    except BaseException:
        for child in folder.iterdir():
            child.unlink(missing_ok=True)
        folder.rmdir()
        raise
    return ReleaseResult(rid, folder, manifest)


def verify_copy(folder: Path) -> list[str]:
    """Files of a released copy whose SHA-256 no longer matches the manifest."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    bad = []
    for item in manifest["files"]:
        digest = hashlib.sha256((folder / item["file"]).read_bytes()).hexdigest()
        if digest != item["sha256"]:
            bad.append(item["file"])
    return bad
