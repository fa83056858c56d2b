"""Paper journal volumes (R7): one row per registered book of printed pages.

A volume is opened when its first page is printed and closed once, with its closing
certification page; after that its row can no longer change. Pages themselves live in
``print_pages`` (m001, append-only: a page number is never reused).
"""

from __future__ import annotations

SQL = """
CREATE TABLE print_volumes (
    volume      INTEGER PRIMARY KEY CHECK (volume > 0),
    opened_at   TEXT NOT NULL,
    closed_at   TEXT,
    pages       INTEGER CHECK (pages IS NULL OR pages > 0),
    closed_by   INTEGER REFERENCES staff(id),
    CHECK ((closed_at IS NULL) = (pages IS NULL))
);

CREATE TRIGGER print_volumes_no_delete BEFORE DELETE ON print_volumes
BEGIN SELECT RAISE(ABORT, 'append-only: print_volumes rows cannot be deleted (R7)'); END;

-- The only change allowed: closing an open volume, once (R7).
CREATE TRIGGER print_volumes_close_once BEFORE UPDATE ON print_volumes
WHEN OLD.closed_at IS NOT NULL OR NEW.volume <> OLD.volume OR NEW.opened_at <> OLD.opened_at
     OR NEW.closed_at IS NULL
BEGIN SELECT RAISE(ABORT, 'a closed volume cannot be changed (R7)'); END;
"""


def sql() -> str:
    return SQL
