"""The verified wipe (R1, R14): card files are deleted only when every one of them is in the
vault and verified — the index names it (same camera, name, size and SHA-256 of the bytes
on the card now) and its blob reads back with every chunk authenticated.

The officer confirms (the GUI/CLI asks first), or the ``auto_wipe`` setting lets a complete
ingest call this by itself. The deletion and its count go into the journal ("wipe") and the
audit log, in one transaction after the files are removed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from app.ingest import errors
from app.ingest.store import Pump
from app.model.blobs import BlobDamaged


@dataclass
class WipeReport:
    removed: int = 0
    bytes: int = 0
    left: list[str] = field(default_factory=list)    # skipped items (links, empty files)
    journal_seq: int | None = None


def check_all_stored(session: Any, driver: Any, camera: Any,
                     cancel_event: threading.Event | None = None) -> tuple[list[Any], int]:
    """Every recording file on the card, each proved to be in the vault; raises otherwise."""
    scan = driver.recordings(session.settings.get("timezone"), refresh=True)
    pump = Pump(session.blobs, getattr(driver, "mount", None),
                cancel_event or threading.Event())
    missing: list[str] = []
    files = []
    total = 0
    for f in scan.files():
        rows = session.db.query(
            "SELECT p.sha256, p.blob_id FROM footage_parts p JOIN footage f ON f.id = "
            "p.footage_id WHERE f.camera_id = ? AND p.source_name = ? AND p.size = ?",
            (camera.id, f.rel, f.size))
        if not rows:
            missing.append(f.rel)
            continue
        try:
            sha = pump.hash_only(f)
        except errors.FileProblem:
            missing.append(f.rel)
            continue
        ok = False
        for row_sha, blob_id in rows:
            if row_sha == sha:
                try:
                    session.blobs.verify(blob_id, sha, f.size)
                    ok = True
                    break
                except BlobDamaged:
                    continue
        if ok:
            files.append(f)
            total += f.size
        else:
            missing.append(f.rel)
    if missing:
        raise errors.wipe_refused(len(missing), missing[0])
    return files, total


def verified_wipe(session: Any, driver: Any, camera: Any,
                  cancel_event: threading.Event | None = None) -> WipeReport:
    files, total = check_all_stored(session, driver, camera, cancel_event)
    report = WipeReport()
    report.left = [s.rel for s in driver.recordings(session.settings.get("timezone")).skipped]
    if not files:
        return report
    report.removed = driver.wipe(files)
    report.bytes = total
    period = session.custody.last_for_camera(camera.id)
    data = {"camera_inventory": camera.inventory_no, "files": report.removed,
            "bytes": total, "left_on_card": len(report.left)}
    with session.db.write() as con:
        entry = session.journal.append_in(con, "wipe", custody_id=period.id if period else None,
                                          camera_id=camera.id,
                                          card_id=period.card_id if period else None,
                                          data=data)
        session.audit.append_in(con, "wipe", session.role, session.actor_id, None, data)
    report.journal_seq = entry.seq
    return report
