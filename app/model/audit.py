"""The audit log: who unlocked, viewed, exported, printed, wiped, changed settings, verified.

Tamper-evident like the journal (same chain); append-only (triggers refuse UPDATE/DELETE).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.clock import Clock, to_iso
from app.i18n import NUMERUS
from app.model import chain
from app.model.crypto import canonical_json
from app.model.db import Database
from app.model.filters import narrowed

# Actions recorded (developer names; the UI shows translated labels).
ACTIONS = (
    "vault_created", "unlock", "unlock_failed", "unlock_refused_lockout", "lockout", "lock",
    "password_changed", "slot_reset", "view", "export", "print", "reprint", "wipe",
    "settings_changed", "verify", "clock_backwards", "register_changed", "release",
    "ingest", "ingest_aborted", "clock_set", "tie", "battery_override",
    # Key slots and the lockout file (issue 12): a damaged slot copy found and rewritten
    # from the intact one, a slot re-wrapped (NFC password, new format), a damaged, missing
    # or rolled-back lockout.json, one the disk refused to write.
    "slot_damaged", "slot_repaired", "slot_rewrapped", "lockout_file_damaged",
    "lockout_file_reset", "lockout_file_unwritable",
    # Identity and footage facts under the audit chain (issue 12).
    "officer_designated", "identity_sealed", "footage_marked", "footage_note",
    # Backup and restore (issue 14): a backup's start and its outcome, and in a restored
    # vault the restore (which backup, of when).
    "backup_started", "backup_done", "backup_failed", "restored",
    # Retention (issue 14, R9): a recording's files destroyed after its term with the head's
    # approval; the clock seen to jump, the officer's confirmation of the date, and where
    # the clock's scan of this log got to (app/model/clockwatch.py).
    "footage_destroyed", "clock_jumped", "clock_confirmed", "clock_checked",
    # The blob quarantine emptied (``dalel dock reconcile --purge-quarantine``), only after a
    # clean full check (app/ingest/reconcile.py).
    "quarantine_purged",
)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    role: str | None
    actor_id: int | None
    action: str
    detail: dict[str, Any]


def fields(seq: int, at: str, role: str | None, actor_id: int | None, action: str,
           detail: str) -> list[Any]:
    return [seq, at, role, actor_id, action, detail]


class AuditLog(chain.ChainedTable):
    def __init__(self, db: Database, clock: Clock, vault_id: str) -> None:
        super().__init__(db, vault_id, "audit", NUMERUS.translate(
            "core", "The audit log has fewer than %n entries.", None, 0))
        self.clock = clock

    def record(self, action: str, role: str | None = None, actor_id: int | None = None,
               at: str | None = None, **detail: Any) -> int:
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action}")
        with self.db.write() as con:
            return self.append_in(con, action, role, actor_id, at, detail)

    def append_in(self, con: Any, action: str, role: str | None, actor_id: int | None,
                  at: str | None, detail: dict[str, Any]) -> int:
        """Append inside the caller's transaction (so an action and its record commit together)."""
        last = con.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq = (last[0] + 1) if last else 1
        prev = last[1] if last else self.genesis
        when = at or to_iso(self.clock.now())
        text = canonical_json(detail).decode()
        digest = chain.entry_hash(prev, fields(seq, when, role, actor_id, action, text))
        con.execute("INSERT INTO audit (seq, at, role, actor_id, action, detail, prev_hash, hash)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (seq, when, role, actor_id, action, text, prev, digest))
        return seq

    def entries(self, action: str | None = None, since: str | None = None,
                limit: int | None = None) -> list[AuditEntry]:
        sql, params = narrowed(
            "SELECT seq, at, role, actor_id, action, detail FROM audit WHERE 1=1",
            ("action = ?", action or None), ("at >= ?", since or None))
        sql += " ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]))
                for r in self.db.query(sql, params)]

    def about_footage(self, footage_id: int) -> list[AuditEntry]:
        """Every record that names recording ``footage_id`` (as ``footage_id`` or among
        ``footage_ids``), oldest first: its views, marks, notes, releases, holds."""
        rows = self.db.query(
            "SELECT seq, at, role, actor_id, action, detail FROM audit "
            "WHERE detail LIKE '%footage_id%' ORDER BY seq")
        out = []
        for r in rows:
            detail = json.loads(r[5])
            ids = detail.get("footage_ids")
            if detail.get("footage_id") == footage_id or (
                    isinstance(ids, list) and footage_id in ids):
                out.append(AuditEntry(r[0], r[1], r[2], r[3], r[4], detail))
        return out

    def check_chain(self) -> tuple[chain.ChainBreak | None, int]:
        rows = self.db.query("SELECT seq, at, role, actor_id, action, detail, prev_hash, hash "
                             "FROM audit ORDER BY seq")
        brk, _head, count = chain.check(
            ((r[0], r[6], r[7], fields(r[0], r[1], r[2], r[3], r[4], r[5])) for r in rows),
            self.genesis)
        return brk, count
