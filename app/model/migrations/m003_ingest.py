"""Ingest bookkeeping (issue #3): verified blobs awaiting their index rows, and recording
gaps flagged for review (R13, R15).

``ingest_staged`` is working state, not evidence: a row says "this blob was written, fsynced,
renamed and verified, and came from this card file"; the final ingest transaction turns it
into footage rows and deletes it. After a crash or a pulled card the next docking reuses the
staged blob (resume) instead of copying again; reconcile keeps staged blobs out of
quarantine. ``recording_gaps`` rows are never changed (append-only, R3).
"""

from __future__ import annotations

SQL = """
CREATE TABLE ingest_staged (
    blob_id     TEXT PRIMARY KEY,
    camera_id   INTEGER REFERENCES devices(id),
    source_name TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    staged_at   TEXT NOT NULL
);
CREATE INDEX ingest_staged_source ON ingest_staged(camera_id, source_name, size);

CREATE TABLE recording_gaps (
    id          INTEGER PRIMARY KEY,
    custody_id  INTEGER NOT NULL REFERENCES custody(id),
    camera_id   INTEGER NOT NULL REFERENCES devices(id),
    gap_start   TEXT NOT NULL,
    gap_end     TEXT NOT NULL,
    seconds     REAL NOT NULL,
    found_at    TEXT NOT NULL,
    UNIQUE (custody_id, gap_start, gap_end)
);
CREATE TRIGGER recording_gaps_no_update BEFORE UPDATE ON recording_gaps
BEGIN SELECT RAISE(ABORT, 'append-only: recording_gaps rows cannot be changed (R3)'); END;
CREATE TRIGGER recording_gaps_no_delete BEFORE DELETE ON recording_gaps
BEGIN SELECT RAISE(ABORT, 'append-only: recording_gaps rows cannot be deleted (R3)'); END;
"""


def sql() -> str:
    return SQL
