"""Recording gaps (R13 continuous recording; R15 meal breaks; R16 failures).

For a custody period, the time the camera was out (issue to return) is compared with the
stored recordings (camera times corrected by the clock offset recorded at download). Any
stretch longer than ``min_gap_s`` that no meal break (pause..resume remarks) and no
malfunction (report..return) explains is a gap for the officer's review. :func:`store_gaps`
keeps them in ``recording_gaps`` (m003), append-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.clock import from_iso, to_iso
from app.model.gaps_store import record_gaps

if TYPE_CHECKING:
    from app.model.vault import VaultSession


@dataclass(frozen=True)
class Gap:
    custody_id: int
    camera_id: int
    start: str
    end: str
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {"custody_id": self.custody_id, "camera_id": self.camera_id,
                "start": self.start, "end": self.end, "minutes": round(self.seconds / 60, 1)}


def _subtract(spans: list[tuple[datetime, datetime]], cut: list[tuple[datetime, datetime]]
              ) -> list[tuple[datetime, datetime]]:
    out = spans
    for c0, c1 in cut:
        nxt = []
        for a, b in out:
            if c1 <= a or c0 >= b:
                nxt.append((a, b))
                continue
            if a < c0:
                nxt.append((a, c0))
            if c1 < b:
                nxt.append((c1, b))
        out = nxt
    return out


def _remarks(session: VaultSession, custody_id: int) -> list[Any]:
    fn = getattr(session.custody, "_remarks", None)
    if fn is not None:
        return list(fn(custody_id))
    return session.journal.entries(kind="remark", custody_id=custody_id)


def find_gaps(session: VaultSession, custody_id: int, min_gap_s: float = 300.0) -> list[Gap]:
    period = session.custody.live(custody_id)
    start = from_iso(period.issued_at)
    end = from_iso(period.returned_at) if period.returned_at else session.clock.now()
    recorded: list[tuple[datetime, datetime]] = []
    for f in session.footage.search(custody_id=period.id, limit=100000):
        if f.started_at is None or f.media not in ("video", "audio"):
            continue
        off = timedelta(seconds=f.clock_offset_s or 0)
        a = from_iso(f.started_at) - off
        b = (from_iso(f.ended_at) - off) if f.ended_at else a + timedelta(
            seconds=f.duration_s or 0)
        recorded.append((a, b))
    explained: list[tuple[datetime, datetime]] = []
    pause: datetime | None = None
    for e in sorted(_remarks(session, period.id), key=lambda e: e.at):
        kind = e.data.get("type") or e.data.get("remark_type")
        at = from_iso(e.at)
        if kind == "meal_pause":
            pause = at
        elif kind == "meal_resume" and pause is not None:
            explained.append((pause, at))
            pause = None
        elif kind == "malfunction":
            explained.append((at, end))
    if pause is not None:
        explained.append((pause, end))
    holes = _subtract([(start, end)], sorted(recorded) + explained)
    return [Gap(period.id, period.camera_id, to_iso(a), to_iso(b), (b - a).total_seconds())
            for a, b in holes if (b - a).total_seconds() > min_gap_s]


def store_gaps(session: VaultSession, custody_id: int, min_gap_s: float = 300.0) -> list[Gap]:
    gaps = find_gaps(session, custody_id, min_gap_s)
    record_gaps(session.db, [(g.custody_id, g.camera_id, g.start, g.end, g.seconds)
                             for g in gaps], session.now_iso())
    return gaps
