"""The download's one index transaction, the last stage of :class:`app.ingest.job.IngestJob`
before the wipe: footage rows, the journal's "download" entry per custody period (fills R18
column 6 only for a download that left nothing on the card), the staging rows forgotten and
the audit record — together or not at all. Only recordings whose every blob was verified
reach it (R1). A run that aborted is journalled too (``ingest_aborted``).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from app.clock import to_iso
from app.devices.card import Recording
from app.devices.drivers import ClockReading
from app.errors import DalelError
from app.ingest import errors
from app.ingest.run_state import Ready, RunState
from app.model.custody import covering_in
from app.model.footage import FootagePart, NewFootage
from app.model.staging import StagingStore

log = logging.getLogger(__name__)


def corrected_start(rec: Recording, clock: ClockReading | None) -> Any:
    """The recording's start on the PC's clock (the camera's offset taken off)."""
    t = rec.started_at
    if t is not None and clock and clock.method == "device" and clock.offset_s is not None:
        t = t - timedelta(seconds=clock.offset_s)
    return t


def custody_for(rec: Recording, periods: list[Any], clock: ClockReading | None) -> Any:
    """The issue entry covering the recording's (corrected) time, else the camera's
    latest: whose footage it is (issue #3 item 4)."""
    t = corrected_start(rec, clock)
    period = covering_in(periods, to_iso(t)) if t else None
    return period or (periods[0] if periods else None)


def commit_download(state: RunState, ready: list[Ready], clock: ClockReading | None,
                    partial: bool) -> None:
    """The one transaction. The report counts a recording as stored only once it has
    committed: a disk that refuses the COMMIT leaves the report saying nothing of this
    run was stored (issue 13), never "21 stored" beside "nothing was recorded"."""
    s, camera, report = state.s, state.camera, state.report
    by_custody: dict[int | None, list[tuple[Ready, Any]]] = {}
    periods = s.custody.live_for_camera(camera.id)
    for r in ready:
        period = custody_for(r.rec, periods, clock)
        by_custody.setdefault(period.id if period else None, []).append((r, period))
    offset = clock.offset_s if clock else None
    stored: list[tuple[int, int]] = []        # (footage id, bytes)
    seqs: list[int] = []
    duplicates = report.duplicates
    with s.db.write() as con:
        for cid, items in by_custody.items():
            data = {"camera_inventory": camera.inventory_no,
                    "recordings": len(items),
                    "bytes": sum(r.rec.size for r, _ in items),
                    "clock_offset_s": offset,
                    "clock_method": clock.method if clock else None,
                    "duplicates": duplicates, "failed": len(report.failed),
                    "partial": partial}
            news = [new_footage(r, period, offset, camera.id) for r, period in items]
            # The entry carries the digest of these rows (issue 12): one call adds both.
            entry, fids = s.footage.download_in(con, cid, camera.id, data, news)
            seqs.append(entry.seq)
            for (r, _p), fid in zip(items, fids, strict=True):
                if fid is None:
                    duplicates += 1
                else:
                    stored.append((fid, r.rec.size))
        StagingStore.forget_in(con, [p.blob_id for r in ready for p, _n, _new in r.parts])
        s.audit.append_in(con, "ingest", s.role, s.actor_id, None,
                          {"camera_inventory": camera.inventory_no,
                           "stored": len(report.stored) + len(stored),
                           "duplicates": duplicates,
                           "failed": len(report.failed), "partial": partial})
    report.stored += [fid for fid, _n in stored]
    report.bytes_stored += sum(n for _fid, n in stored)
    report.journal_seqs += seqs
    report.duplicates = duplicates


def new_footage(r: Ready, period: Any, offset: float | None, camera_id: int) -> NewFootage:
    rec = r.rec
    end = rec.ended_at
    return NewFootage(
        sha256=r.sha256, size=rec.size, source_name=rec.name,
        parts=[FootagePart(i + 1, p.blob_id, name, p.size, p.sha256)
               for i, (p, name, _new) in enumerate(r.parts)],
        camera_id=camera_id,
        card_id=period.card_id if period else None,
        inspector_id=period.inspector_id if period else None,
        custody_id=period.id if period else None, media=rec.media,
        started_at=to_iso(rec.started_at) if rec.started_at else None,
        ended_at=to_iso(end) if end else None, duration_s=rec.duration_s,
        clock_offset_s=offset)


def journal_abort(state: RunState, abort: errors.IngestAborted) -> None:
    s, camera = state.s, state.camera
    period = s.custody.last_for_camera(camera.id)
    data = {"reason": abort.code, "message": abort.message,
            "camera_inventory": camera.inventory_no,
            "stored": len(state.report.stored)}
    try:
        with s.db.write() as con:
            s.journal.append_in(con, "ingest_aborted", custody_id=period.id
                                if period else None, camera_id=camera.id, data=data)
            s.audit.append_in(con, "ingest_aborted", s.role, s.actor_id, None, data)
    except DalelError as exc:  # a full disk may refuse even this; the report says it
        log.info("could not journal the aborted ingest: %s", exc.localized("en"))
