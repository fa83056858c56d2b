"""Retention and destruction of footage (R9): how long each recording is kept, legal holds,
and the head's approved destruction of what is past its term.

- Term: 1 calendar year from download for ordinary footage, 5 for an administrative offence
  or an inspection (``app.model.footage.keep_until``: 29 February + 1 year = 28 February).
  The category is changed with a reason (``FootageIndex.mark``), chained in the audit log.
- Hold: the head puts a recording on legal hold with a reason (a case, a complaint, a
  request); it is not destroyed, whatever its term, until the head lifts the hold, again
  with a reason. Both are mark rows with their audit record (R3).
- Destruction: the head alone approves it (R1, R9: the head's session, or the head's
  password typed in the window). Each recording destroyed gets a ``footage_destroyed`` row
  and an audit record naming its SHA-256, size, times, category, term, blobs and who
  approved it when; only then are its blob files deleted (encrypted, so deleting them is
  enough) and their folders fsynced. Its footage row stays for ever. A destruction cut
  short after its records were written is finished by the next one.
- Nothing is destroyed while the clock's jump waits for the officer's confirmation of the
  date (app/model/clockwatch.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app.clock import to_iso
from app.errors import InvalidInput, NotFound, RuleViolation
from app.fsutil import fsync_dir, storage_error
from app.i18n import QT_TRANSLATE_NOOP, Phrase
from app.model import clockwatch
from app.model.footage import HELD, LIFTED, RETENTION_YEARS, keep_until
from app.model.integrity import footage_ref

if TYPE_CHECKING:
    from app.model.vault import VaultSession

SOON_DAYS = 30               # "due soon": the term ends within this many days
DESTROY_BATCH = 500          # recordings per transaction

_STATUS = """
SELECT f.id, f.downloaded_at,
  coalesce((SELECT value FROM footage_marks m WHERE m.footage_id = f.id
            AND m.mark = 'category' ORDER BY m.seq DESC LIMIT 1), 'ordinary'),
  (SELECT value || char(31) || coalesce(reason, '') FROM footage_marks m
   WHERE m.footage_id = f.id AND m.mark = 'hold' ORDER BY m.seq DESC LIMIT 1),
  d.at
FROM footage f LEFT JOIN footage_destroyed d ON d.footage_id = f.id
"""


@dataclass(frozen=True)
class Retention:
    footage_id: int
    downloaded_at: str
    category: str
    keep_until: date          # the last day it must be kept (inclusive)
    held: bool
    hold_reason: str | None
    destroyed_at: str | None

    def expired(self, today: date) -> bool:
        """Past its term (held or not) and not destroyed yet."""
        return self.destroyed_at is None and today > self.keep_until

    def destroyable(self, today: date) -> bool:
        return self.expired(today) and not self.held

    def state(self, today: date, soon_days: int = SOON_DAYS) -> str:
        """destroyed, held, expired, due (within ``soon_days``) or kept."""
        if self.destroyed_at is not None:
            return "destroyed"
        if self.held:
            return "held"
        if today > self.keep_until:
            return "expired"
        return "due" if self.keep_until <= today + timedelta(days=soon_days) else "kept"

    def as_dict(self, today: date) -> dict[str, Any]:
        return {"footage_id": self.footage_id, "category": self.category,
                "keep_until": self.keep_until.isoformat(), "held": self.held,
                "hold_reason": self.hold_reason, "destroyed_at": self.destroyed_at,
                "state": self.state(today)}


@dataclass(frozen=True)
class Destroyed:
    footage_ids: list[int]
    bytes: int
    files_removed: int


def today(session: VaultSession) -> date:
    """The office's date by the injected clock (R3, R21)."""
    return session.calendar.local(session.clock.now()).date()


def _rows_to_status(session: VaultSession, rows: Iterable[Any]) -> list[Retention]:
    tz = session.calendar.tz
    out = []
    for fid, downloaded, category, hold, destroyed in rows:
        value, _sep, reason = (hold or "").partition("\x1f")
        out.append(Retention(int(fid), str(downloaded), str(category),
                             keep_until(str(downloaded), str(category), tz), value == HELD,
                             (reason or None) if value == HELD else None, destroyed))
    return out


def statuses(session: VaultSession, footage_ids: Iterable[int]) -> dict[int, Retention]:
    """Category, term, hold and destruction of each recording (a screenful at a time)."""
    ids = [int(i) for i in footage_ids]
    out: dict[int, Retention] = {}
    for lo in range(0, len(ids), DESTROY_BATCH):
        group = ids[lo:lo + DESTROY_BATCH]
        rows = session.db.query(_STATUS + f" WHERE f.id IN ({','.join('?' * len(group))})",
                                tuple(group))
        out.update((r.footage_id, r) for r in _rows_to_status(session, rows))
    return out


def status(session: VaultSession, footage_id: int) -> Retention:
    found = statuses(session, [footage_id]).get(int(footage_id))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "No footage with id {id}."), id=footage_id)
    return found


def _candidates(session: VaultSession, within_days: int, query: Any) -> list[Retention]:
    # Every term is at least one calendar year (>= 365 days): nothing downloaded later
    # than a year before the horizon can be due; a day's slack covers the time zone.
    horizon = session.clock.now() + timedelta(days=within_days + 2 - 365 * min(
        RETENTION_YEARS.values()))
    rows = query(_STATUS + " WHERE f.downloaded_at < ? AND d.at IS NULL "
                           "ORDER BY f.downloaded_at, f.id", (to_iso(horizon),))
    day = today(session)
    limit = day + timedelta(days=within_days)
    return sorted((r for r in _rows_to_status(session, rows) if r.keep_until <= limit),
                  key=lambda r: (r.keep_until, r.footage_id))


def due(session: VaultSession, within_days: int = SOON_DAYS) -> list[Retention]:
    """Recordings past their term or reaching it within ``within_days`` (held ones too,
    marked), not destroyed, the earliest term first."""
    return _candidates(session, within_days, session.db.query)


def expired(session: VaultSession) -> list[Retention]:
    """What the head may approve for destruction now: past its term, not held."""
    day = today(session)
    return [r for r in due(session, 0) if r.destroyable(day)]


# -- holds ---------------------------------------------------------------------------------
def _require_head(session: VaultSession, message: str) -> None:
    if session.role != "head":
        raise RuleViolation(message)


def _reason(reason: str | None, message: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise InvalidInput(message)
    return text


def hold(session: VaultSession, footage_id: int, reason: str | None) -> int:
    """The head puts a recording on legal hold: it is not destroyed until lifted."""
    _require_head(session, QT_TRANSLATE_NOOP(
        "core", "Only the head puts footage on hold or lifts a hold (R9)."))
    text = _reason(reason, QT_TRANSLATE_NOOP(
        "core", "Say why the recording is held (a case, a complaint, a request)."))
    session.footage.require_kept(footage_id)
    if session.footage.held(footage_id):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Recording {id} is already on hold."),
                           id=footage_id)
    with session.db.write() as con:
        return int(session.footage.add_mark_in(con, footage_id, "hold", HELD, text))


def unhold(session: VaultSession, footage_id: int, reason: str | None) -> int:
    """The head lifts a hold; the recording's term applies again."""
    _require_head(session, QT_TRANSLATE_NOOP(
        "core", "Only the head puts footage on hold or lifts a hold (R9)."))
    text = _reason(reason, QT_TRANSLATE_NOOP("core", "Say why the hold is lifted."))
    session.footage.require_kept(footage_id)
    if not session.footage.held(footage_id):
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Recording {id} is not on hold."),
                           id=footage_id)
    with session.db.write() as con:
        return int(session.footage.add_mark_in(con, footage_id, "hold", LIFTED, text))


# -- destruction ---------------------------------------------------------------------------
def check_head_password(session: VaultSession, password: str) -> None:
    """The head's own password against the head's key slot (the window asks for it again:
    an unlocked window left alone is not an approval)."""
    session.confirm_password("head", password, QT_TRANSLATE_NOOP(
        "core", "The head's password is wrong; nothing was destroyed."))


def require_approver(session: VaultSession) -> None:
    """Destruction is the head's decision alone (R1, R9)."""
    _require_head(session, QT_TRANSLATE_NOOP(
        "core", "Only the head approves the destruction of footage (R9)."))


def destroy(session: VaultSession, footage_ids: list[int] | None = None, password: str | None = None
            ) -> Destroyed:
    """Destroy what is past its term and not held: ``footage_ids`` (each must be), or all
    of it. The head's session only; ``password`` is checked when given (the window)."""
    require_approver(session)
    if password is not None:
        check_head_password(session, password)
    clock = clockwatch.check(session)
    if not clock.confirmed:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "The computer's clock moved since it was last confirmed; nothing is "
                    "destroyed until the responsible officer confirms today's date."))
    day = today(session)
    wanted = None if footage_ids is None else list(dict.fromkeys(int(i) for i in footage_ids))
    done: list[int] = []
    total = 0
    ready = {r.footage_id: r for r in _candidates(session, 0, session.db.query)
             if r.destroyable(day)}
    if wanted is not None:
        for fid in wanted:
            if fid not in ready:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "Recording {id} is not due for destruction (its term has not "
                            "ended, it is held or already destroyed)."), id=fid)
    chosen = [ready[i] for i in (wanted if wanted is not None else list(ready))]
    for lo in range(0, len(chosen), DESTROY_BATCH):
        batch = chosen[lo:lo + DESTROY_BATCH]
        with session.db.write() as con:
            ids = [r.footage_id for r in batch]
            # Again inside this batch's transaction: still due, still not held.
            again = {r.footage_id for r in _rows_to_status(session, con.execute(
                _STATUS + f" WHERE f.id IN ({','.join('?' * len(ids))})", ids).fetchall())
                     if r.destroyable(day)}
            for r in batch:
                if r.footage_id in again:
                    total += _record_in(session, con, r, clock.watermark)
                    done.append(r.footage_id)
    removed = remove_destroyed_files(session)
    return Destroyed(done, total, removed)


def _record_in(session: VaultSession, con: Any, r: Retention, watermark: str | None) -> int:
    f = con.execute("SELECT sha256, size, media, camera_id, card_id, inspector_id, "
                    "custody_id, source_name, started_at, ended_at, downloaded_at "
                    "FROM footage WHERE id = ?", (r.footage_id,)).fetchone()
    blobs = [row[0] for row in con.execute(
        "SELECT blob_id FROM footage_parts WHERE footage_id = ? ORDER BY part_no",
        (r.footage_id,)).fetchall()]
    at = session.now_iso()
    con.execute("INSERT INTO footage_destroyed (footage_id, at, approved_by, category, "
                "keep_until, blobs) VALUES (?, ?, ?, ?, ?, ?)",
                (r.footage_id, at, session.actor_id, r.category, r.keep_until.isoformat(),
                 json.dumps(blobs)))
    session.audit.append_in(con, "footage_destroyed", session.role, session.actor_id, at, {
        "footage_id": r.footage_id, "sha256": f[0], "size": f[1], "media": f[2],
        "camera_id": f[3], "card_id": f[4], "inspector_id": f[5], "custody_id": f[6],
        "source_name": f[7], "started_at": f[8], "ended_at": f[9], "downloaded_at": f[10],
        "category": r.category, "keep_until": r.keep_until.isoformat(), "blobs": blobs,
        "approved_by": session.actor_id, "clock_watermark": watermark, "rule": "R9"})
    return int(f[1])


def destroyed_blobs(session: VaultSession) -> set[str]:
    """Blobs whose every recording was destroyed: their files are meant to be gone (a
    blob another, kept recording still uses stays). A blob holds one content, so the parts
    that could share it are found by their SHA-256 (indexed), not by a scan of every part."""
    gone: dict[str, str] = {str(b): str(h) for b, h in session.db.query(
        "SELECT p.blob_id, p.sha256 FROM footage_destroyed d JOIN footage_parts p "
        "ON p.footage_id = d.footage_id")}
    shas = sorted(set(gone.values()))
    kept: set[str] = set()
    for lo in range(0, len(shas), DESTROY_BATCH):
        group = tuple(shas[lo:lo + DESTROY_BATCH])
        kept.update(str(r[0]) for r in session.db.query(
            "SELECT p.blob_id FROM footage_parts p LEFT JOIN footage_destroyed d "
            "ON d.footage_id = p.footage_id WHERE d.footage_id IS NULL AND p.sha256 IN "
            f"({','.join('?' * len(group))})", group))
    return set(gone) - kept


def remove_destroyed_files(session: VaultSession) -> int:
    """Delete the files of destroyed blobs still on disk (all of them after a destruction
    cut short), then fsync their folders so the deletion survives a power cut."""
    folders = set()
    removed = 0
    for blob_id in sorted(destroyed_blobs(session)):
        path = session.blobs.path(blob_id)
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise storage_error(exc, path) from exc
        removed += 1
        folders.add(path.parent)
    for folder in sorted(folders):
        fsync_dir(folder)
    return removed


# -- verify --------------------------------------------------------------------------------
def check(session: VaultSession) -> list[tuple[str, str]]:
    """(ref, reason) for ``verify``: every destruction row against the audit record written
    with it (a blob deleted behind the program and "explained" by a forged row is found),
    and every mark's reason against its audit record."""
    db = session.db
    problems: list[tuple[str, str]] = []
    recorded: dict[int, tuple[Any, ...]] = {}
    for at, role, actor, detail in db.query("SELECT at, role, actor_id, detail FROM audit "
                                            "WHERE action = 'footage_destroyed'"):
        d = json.loads(detail)
        recorded[int(d["footage_id"])] = (at, role, actor, d)
    facts = {int(r[0]): (r[1], r[2]) for r in db.query(
        "SELECT f.id, f.sha256, f.size FROM footage f JOIN footage_destroyed d "
        "ON d.footage_id = f.id")}
    for fid, at, approved, category, until, blobs in db.query(
            "SELECT footage_id, at, approved_by, category, keep_until, blobs "
            "FROM footage_destroyed ORDER BY footage_id"):
        rec = recorded.pop(int(fid), None)
        if rec is None:
            problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
                "core", "destroyed with no audit record of it (its files removed behind the "
                "program?)"))))
            continue
        r_at, r_role, r_actor, d = rec
        same = (r_at == at and r_role == "head" and r_actor == approved
                and d.get("approved_by") == approved and d.get("category") == category
                and d.get("keep_until") == until and d.get("blobs") == json.loads(blobs)
                and (d.get("sha256"), d.get("size")) == facts.get(int(fid)))
        if not same:
            problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
                "core", "its destruction record does not match the audit log's record of "
                "it"))))
    for fid in sorted(recorded):
        problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
            "core", "its destruction is recorded in the audit log but the destruction record "
            "is missing"))))
    reasons = {}
    for (detail,) in db.query("SELECT detail FROM audit WHERE action = 'footage_marked'"):
        d = json.loads(detail)
        reasons[int(d["seq"])] = d.get("reason")
    for seq, reason in db.query("SELECT seq, reason FROM footage_marks ORDER BY seq"):
        if int(seq) in reasons and reasons[int(seq)] != reason:
            problems.append((f"footage_marks {seq}", Phrase(QT_TRANSLATE_NOOP(
                "core", "its reason does not match the audit log's record of it"))))
    return problems


def leftover_files(session: VaultSession) -> list[str]:
    """Destroyed blobs whose files are still on disk (a destruction cut short)."""
    return [b for b in sorted(destroyed_blobs(session)) if session.blobs.path(b).exists()]
