"""The first schema: registers, custody journal, audit log, footage index, paper pages."""

from __future__ import annotations

APPEND_ONLY = ("journal", "audit", "register_history", "blobs", "footage", "footage_parts",
               "footage_marks", "footage_notes", "print_pages", "releases")

SQL = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    surname       TEXT NOT NULL CHECK (trim(surname) <> ''),
    name          TEXT NOT NULL CHECK (trim(name) <> ''),
    patronymic    TEXT,
    personnel_no  TEXT NOT NULL UNIQUE CHECK (trim(personnel_no) <> ''),
    position      TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('inspector', 'officer', 'head')),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);

CREATE TABLE devices (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('camera', 'card')),
    inventory_no       TEXT NOT NULL UNIQUE CHECK (trim(inventory_no) <> ''),
    serial             TEXT,
    model              TEXT NOT NULL DEFAULT '',
    usb_vid            INTEGER,
    usb_pid            INTEGER,
    in_service         TEXT NOT NULL,
    service_life_years INTEGER NOT NULL DEFAULT 7 CHECK (service_life_years > 0),
    state              TEXT NOT NULL DEFAULT 'in_store'
                       CHECK (state IN ('in_store', 'issued', 'faulty', 'written_off')),
    camera_id          INTEGER REFERENCES devices(id),
    slot_seal          TEXT,
    default_password   INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX devices_serial ON devices(kind, serial) WHERE serial IS NOT NULL;

CREATE TABLE register_history (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor_id   INTEGER REFERENCES staff(id),
    tbl        TEXT NOT NULL,
    record_id  INTEGER NOT NULL,
    field      TEXT NOT NULL,
    old        TEXT,
    new        TEXT,
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX register_history_record ON register_history(tbl, record_id);

CREATE TABLE journal (
    seq           INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    at            TEXT NOT NULL,
    actor_id      INTEGER NOT NULL REFERENCES staff(id),
    custody_id    INTEGER,
    camera_id     INTEGER REFERENCES devices(id),
    card_id       INTEGER REFERENCES devices(id),
    inspector_id  INTEGER REFERENCES staff(id),
    ref_seq       INTEGER REFERENCES journal(seq),
    data          TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL UNIQUE
);
CREATE INDEX journal_custody ON journal(custody_id);
CREATE INDEX journal_at ON journal(at);

-- Derived from the journal in the same transaction as each entry (a cache the verifier
-- rebuilds and compares); one row per issue, the "custody period" of one camera.
CREATE TABLE custody (
    id            INTEGER PRIMARY KEY,      -- the seq of the issue entry
    camera_id     INTEGER NOT NULL REFERENCES devices(id),
    card_id       INTEGER REFERENCES devices(id),
    inspector_id  INTEGER NOT NULL REFERENCES staff(id),
    officer_id    INTEGER NOT NULL REFERENCES staff(id),
    seal          TEXT,
    issued_at     TEXT NOT NULL,
    returned_at   TEXT,
    return_seq    INTEGER,
    downloaded_at TEXT,
    replaces_id   INTEGER REFERENCES custody(id),
    struck_by     INTEGER,                  -- seq of the correction that struck it
    superseded_id INTEGER                   -- custody row that a correction put in its place
);
CREATE INDEX custody_open ON custody(camera_id) WHERE returned_at IS NULL AND struck_by IS NULL;
CREATE INDEX custody_inspector ON custody(inspector_id, issued_at);

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    role      TEXT,
    actor_id  INTEGER,
    action    TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_action ON audit(action, at);

CREATE TABLE blobs (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    verified_at TEXT NOT NULL
);
CREATE INDEX blobs_sha ON blobs(sha256);

CREATE TABLE footage (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,
    size          INTEGER NOT NULL,
    camera_id     INTEGER REFERENCES devices(id),
    card_id       INTEGER REFERENCES devices(id),
    inspector_id  INTEGER REFERENCES staff(id),
    custody_id    INTEGER REFERENCES custody(id),
    source_name   TEXT NOT NULL,
    media         TEXT NOT NULL DEFAULT 'video'
                  CHECK (media IN ('video', 'photo', 'audio', 'other')),
    started_at    TEXT,
    ended_at      TEXT,
    duration_s    REAL,
    clock_offset_s REAL,
    downloaded_at TEXT NOT NULL,
    journal_seq   INTEGER REFERENCES journal(seq)
);
CREATE INDEX footage_inspector_time ON footage(inspector_id, started_at);
CREATE INDEX footage_camera_time ON footage(camera_id, started_at);
CREATE INDEX footage_time ON footage(started_at);

CREATE TABLE footage_parts (
    footage_id INTEGER NOT NULL REFERENCES footage(id),
    part_no    INTEGER NOT NULL,
    blob_id    TEXT NOT NULL REFERENCES blobs(id),
    source_name TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    PRIMARY KEY (footage_id, part_no)
);

-- Category (R9 retention), review flags: new rows, the newest wins; nothing edited.
CREATE TABLE footage_marks (
    seq        INTEGER PRIMARY KEY,
    footage_id INTEGER NOT NULL REFERENCES footage(id),
    at         TEXT NOT NULL,
    actor_id   INTEGER REFERENCES staff(id),
    mark       TEXT NOT NULL,
    value      TEXT NOT NULL
);
CREATE INDEX footage_marks_footage ON footage_marks(footage_id, mark);

CREATE TABLE footage_notes (
    seq        INTEGER PRIMARY KEY,
    footage_id INTEGER NOT NULL REFERENCES footage(id),
    at         TEXT NOT NULL,
    actor_id   INTEGER REFERENCES staff(id),
    offset_s   REAL,
    text       TEXT NOT NULL
);

CREATE TABLE print_pages (
    page_no      INTEGER NOT NULL,
    volume       INTEGER NOT NULL,
    printed_at   TEXT NOT NULL,
    first_seq    INTEGER,
    last_seq     INTEGER,
    rows         TEXT NOT NULL,
    checkpoint   TEXT NOT NULL,
    PRIMARY KEY (volume, page_no)
);

CREATE TABLE releases (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    head_id     INTEGER NOT NULL REFERENCES staff(id),
    recipient_id INTEGER NOT NULL REFERENCES staff(id),
    purpose     TEXT NOT NULL,
    manifest    TEXT NOT NULL
);
"""


def _append_only_triggers(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, 'append-only: {table} rows cannot be changed (R3)'); END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, 'append-only: {table} rows cannot be deleted (R3, R7)'); END;
"""


NO_DELETE = ("staff", "devices", "custody")


def sql() -> str:
    parts = [SQL]
    parts += [_append_only_triggers(t) for t in APPEND_ONLY]
    parts += [f"""
CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
BEGIN SELECT RAISE(ABORT, 'nothing is deleted: {t} keeps its history'); END;
""" for t in NO_DELETE]
    return "\n".join(parts)
