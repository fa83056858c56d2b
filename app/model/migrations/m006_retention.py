"""Retention and destruction (R9, issue 14 item 1).

- ``footage_marks.reason``: why a category was changed or a legal hold set or lifted; the
  same text is in the chained audit record written with the row (R3, R7).
- ``footage_destroyed``: one row per recording whose blobs the head had destroyed after its
  term. The footage row itself stays for ever (its triggers refuse DELETE); this row says
  that its blob files are gone on purpose, so ``verify`` tells a destruction from damage.
  Append-only like every record of custody.
- ``footage_downloaded``: the retention list looks only at recordings downloaded a year or
  more ago (every term is at least a year), without reading the whole index.
"""

from __future__ import annotations

SQL = """
ALTER TABLE footage_marks ADD COLUMN reason TEXT;

CREATE TABLE footage_destroyed (
    footage_id  INTEGER PRIMARY KEY REFERENCES footage(id),
    at          TEXT NOT NULL,
    approved_by INTEGER NOT NULL REFERENCES staff(id),
    category    TEXT NOT NULL,
    keep_until  TEXT NOT NULL,
    blobs       TEXT NOT NULL
);
CREATE TRIGGER footage_destroyed_no_update BEFORE UPDATE ON footage_destroyed
BEGIN SELECT RAISE(ABORT, 'append-only: footage_destroyed rows cannot be changed (R3)'); END;
CREATE TRIGGER footage_destroyed_no_delete BEFORE DELETE ON footage_destroyed
BEGIN SELECT RAISE(ABORT, 'append-only: footage_destroyed rows cannot be deleted (R3, R7)');
END;

CREATE INDEX footage_downloaded ON footage(downloaded_at);
"""


def sql() -> str:
    return SQL
