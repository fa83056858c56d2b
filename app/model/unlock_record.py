"""What an unlock writes into the audit log: the lockout file's moves and the key slot's
repairs, then the unlock itself (R2). The lockout file is plaintext that anyone can delete
or roll back, so each unlock chains the epoch and generation it left, and the next one
tells a reset file from its own."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from app.model.lockout import Success

if TYPE_CHECKING:
    from app.model.vault import VaultSession


def record_unlock(session: VaultSession, done: Success,
                  slot_events: list[tuple[str, dict[str, object]]]) -> None:
    role = session.role
    with session.db.write() as con:
        last = last_lockout_mark(con)
        # A lockout file that is missing, made anew (another epoch) or behind the generation
        # the last unlock left was deleted, damaged or rolled back — its counters reset:
        # recorded, since the file is plaintext and anyone can do that.
        reset = last is not None and (done.missing or done.read_epoch != last[0]
                                      or done.read_generation < last[1])
        if reset:
            assert last is not None
            session.audit.append_in(con, "lockout_file_reset", role, session.actor_id, None,
                                    {"found": None if done.missing else done.read_generation,
                                     "expected": last[1],
                                     "same_file": done.read_epoch == last[0]})
        for event in done.pending:
            gen = event.get("gen")
            if not reset and last is not None and isinstance(gen, int) and gen <= last[1]:
                continue  # moved at an unlock whose clean rewrite the disk refused
            session.audit.append_in(con, event["action"], event.get("role"), None,
                                    event["at"], event.get("detail", {}))
        if not done.written:
            session.audit.append_in(con, "lockout_file_unwritable", role, session.actor_id,
                                    None, {})
        for action, detail in slot_events:
            session.audit.append_in(con, action, role, session.actor_id, None, detail)
        session.audit.append_in(con, "unlock", role, session.actor_id, None,
                                {"lockout_epoch": done.epoch,
                                 "lockout_generation": done.generation})


def last_lockout_mark(con: Any) -> tuple[str, int] | None:
    """The lockout file's epoch and generation that the last unlock left on disk (None: no
    unlock has recorded them yet, e.g. a vault from before they existed)."""
    row = con.execute("SELECT detail FROM audit WHERE action = 'unlock' "
                      "ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return None
    detail = json.loads(row[0])
    epoch, gen = detail.get("lockout_epoch"), detail.get("lockout_generation")
    return (epoch, gen) if isinstance(epoch, str) and type(gen) is int else None
