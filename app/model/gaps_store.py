"""Recording gaps kept for the officer's review (``recording_gaps``, m003; R13, R15, R16).

Append-only (the table's triggers refuse changes, R3): a gap found again is ignored, never
rewritten. Finding them is app/ingest/gaps.py's business; this module only stores them.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.model.db import Database

# (custody id, camera id, gap start, gap end, seconds)
GapRow = tuple[int, int, str, str, float]


def record_gaps(db: Database, gaps: Iterable[GapRow], found_at: str) -> None:
    """Store the gaps in one transaction; those already recorded are left as they are."""
    rows = [(*g, found_at) for g in gaps]
    with db.write() as con:
        con.executemany("INSERT OR IGNORE INTO recording_gaps (custody_id, camera_id, "
                        "gap_start, gap_end, seconds, found_at) VALUES (?, ?, ?, ?, ?, ?)",
                        rows)
