"""The highest time the vault has seen, and the clock's jumps (R3, R9).

Footage is destroyed when its term ends by the clock (R9), so a clock that moved would
destroy it early. The watermark is the highest audit time since the officer last confirmed
the date: every audit entry carries its time and is chained, so it is stored and bound
without a table of its own. Scanning the audit log in order finds each jump:

- back: an entry more than ``BACK_TOLERANCE`` before the watermark (once, when the clock
  falls behind; the entries after it stay behind until the clock catches up);
- forward: an entry more than ``FORWARD_WORKING_DAYS`` whole working days after the
  watermark (weekends and holidays do not count, R21: Friday evening to Monday morning is
  no jump, a week's leave is).

The current time is scanned as if it were the next entry, so a jump is seen before anything
is written at the new time. Each jump found is recorded once ("clock_jumped", carrying the
watermark after it); it stays pending — shown on Today, in ``dalel status`` and on the
retention screen, and destruction waits — until the officer confirms today's date
("clock_confirmed", which restarts the watermark at that moment). The journal's own check
(each entry against the one before it, "clock_backwards") is unchanged.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.clock import from_iso, to_iso
from app.errors import InvalidInput, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.model.vault import VaultSession

BACK_TOLERANCE = timedelta(minutes=10)     # time service corrections are not jumps
FORWARD_WORKING_DAYS = 2
RECORDS = ("clock_jumped", "clock_confirmed", "clock_checked")
# A scan that read this many entries without a jump leaves a "clock_checked" record of its
# watermark, where the next session's first scan starts: one record per 5,000 entries
# keeps that scan short on a vault with years of audit log.
CHECKPOINT_EVERY = 5000


@dataclass(frozen=True)
class Jump:
    kind: str           # "back" or "forward"
    before: str         # the watermark (UTC ISO) the clock left
    after: str          # the time it showed instead
    seq: int | None     # the audit entry where it was seen (None: the clock, now)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "before": self.before, "after": self.after,
                "seq": self.seq}


@dataclass
class ClockState:
    watermark: str | None
    pending: list[Jump] = field(default_factory=list)   # recorded, not yet confirmed
    recorded: int | None = None                          # seq of a record this call made

    @property
    def confirmed(self) -> bool:
        return not self.pending

    def as_dict(self) -> dict[str, Any]:
        return {"watermark": self.watermark, "confirmed": self.confirmed,
                "pending": [j.as_dict() for j in self.pending]}


@dataclass
class _Scan:
    """Where a scan stopped: the last audit seq read, the watermark and the last time."""

    seq: int = 0
    watermark: datetime | None = None
    last: datetime | None = None
    anchor: int = 0          # the seq of the clock record the scan last started from


class _Watch:
    """Per session: the scan so far (the audit log only grows, so the next check reads only
    the entries after it)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.scan: _Scan | None = None


_WATCHES: weakref.WeakKeyDictionary[Any, _Watch] = weakref.WeakKeyDictionary()


def _skipped_working_days(session: VaultSession, since: datetime, until: datetime) -> int:
    """Whole working days strictly between the two local dates, counted up to one past the
    limit (a jump of years stops counting in a week)."""
    cal = session.calendar
    day = cal.local(since).date() + timedelta(days=1)
    end = cal.local(until).date()
    n = 0
    while day < end and n <= FORWARD_WORKING_DAYS:
        if cal.is_working_day(day):
            n += 1
        day += timedelta(days=1)
    return n


def _step(session: VaultSession, scan: _Scan, seq: int | None, at: datetime, jumps: list[Jump]
          ) -> None:
    mark, last = scan.watermark, scan.last
    if mark is None or last is None:
        scan.watermark = scan.last = at
        return
    if at < mark - BACK_TOLERANCE and last >= mark - BACK_TOLERANCE:
        jumps.append(Jump("back", to_iso(mark), to_iso(at), seq))
    elif at - mark > timedelta(days=FORWARD_WORKING_DAYS) and \
            _skipped_working_days(session, mark, at) > FORWARD_WORKING_DAYS:
        jumps.append(Jump("forward", to_iso(mark), to_iso(at), seq))
    scan.watermark = max(mark, at)
    scan.last = at


def _restart(scan: _Scan, seq: int, at: str, detail: dict[str, Any]) -> None:
    """A clock record sets the scan's state to what it recorded."""
    scan.seq = scan.anchor = seq
    scan.last = from_iso(at)
    mark = detail.get("watermark")
    scan.watermark = from_iso(mark) if isinstance(mark, str) else scan.last


def _advance(session: VaultSession, scan: _Scan, rows: Iterable[Any], jumps: list[Jump]) -> None:
    """Step through the entries. The times are fixed-width UTC text, so the watermark is
    kept as text and only an entry below it or on a later day than it is parsed and
    judged: a first scan of 200,000 entries is the query and a few hundred real steps."""
    mark = to_iso(scan.watermark) if scan.watermark else None
    last = to_iso(scan.last) if scan.last else None
    for seq, at, action, detail in rows:
        if action in RECORDS:
            _restart(scan, int(seq), str(at), json.loads(detail))
            jumps.clear()        # found before a record: recorded by it already
            mark, last = to_iso(scan.watermark or from_iso(at)), str(at)
            continue
        scan.seq = int(seq)
        if mark is None or last is None:
            mark = last = str(at)
            continue
        if at < mark or at > mark[:10] + "~":     # "~" sorts after every time of that day
            _step(session, _Scan(int(seq), from_iso(mark), from_iso(last)), int(seq),
                  from_iso(str(at)), jumps)
        if at > mark:
            mark = at
        last = at
    scan.watermark = from_iso(mark) if mark else None
    scan.last = from_iso(last) if last else None


def _start(query: Callable[[str, tuple[Any, ...]], list[Any]]) -> _Scan:
    """From the last clock record, else from the first entry."""
    scan = _Scan()
    row = query("SELECT seq, at, detail FROM audit WHERE action IN ('clock_jumped', "
                "'clock_confirmed', 'clock_checked') ORDER BY seq DESC LIMIT 1", ())
    if row:
        _restart(scan, int(row[0][0]), str(row[0][1]), json.loads(row[0][2]))
    return scan


def _rows_after(query: Callable[[str, Any], list[Any]], seq: int) -> list[Any]:
    # Only a clock record's detail is read: a wipe's detail lists every file it deleted.
    return query("SELECT seq, at, action, CASE WHEN action IN ('clock_jumped', "
                 "'clock_confirmed', 'clock_checked') THEN detail END FROM audit "
                 "WHERE seq > ? ORDER BY seq", (seq,))


def _copy(scan: _Scan) -> _Scan:
    return _Scan(scan.seq, scan.watermark, scan.last, scan.anchor)


def check(session: VaultSession) -> ClockState:
    """Scan what is new in the audit log and the clock now; record any jump not recorded
    yet; return the watermark and the jumps that wait for the officer's confirmation."""
    watch = _WATCHES.setdefault(session, _Watch())
    with watch.lock:
        if watch.scan is None:
            watch.scan = _start(session.db.query)
        now = session.clock.now()
        scan, jumps = _scan_from(session, watch.scan, session.db.query, now)
        recorded = None
        if jumps:
            with session.db.write() as con:
                # Again inside the one writer: another program may have recorded it.
                def query(sql: str, params: Any) -> list[Any]:
                    return con.execute(sql, params).fetchall()

                scan, jumps = _scan_from(session, watch.scan, query, now)
                if jumps:
                    mark = max(scan.watermark or now, now)
                    recorded = session.audit.append_in(
                        con, "clock_jumped", session.role, session.actor_id, to_iso(now),
                        {"jumps": [j.as_dict() for j in jumps], "watermark": to_iso(mark)})
                    _advance(session, scan, _rows_after(query, scan.seq), [])
        elif scan.seq - scan.anchor >= CHECKPOINT_EVERY and scan.watermark is not None:
            with session.db.write() as con:
                def query_in(sql: str, params: Any) -> list[Any]:
                    return con.execute(sql, params).fetchall()

                again, found = _scan_from(session, watch.scan, query_in, now)
                if found:
                    scan = watch.scan     # a jump just now: the next check records it
                else:
                    scan = again
                    if scan.seq - scan.anchor >= CHECKPOINT_EVERY:
                        session.audit.append_in(
                            con, "clock_checked", session.role, session.actor_id,
                            to_iso(now), {"watermark": to_iso(max(scan.watermark or now,
                                                                  now))})
                        _advance(session, scan, _rows_after(query_in, scan.seq), [])
        watch.scan = scan
        state = pending(session)
        state.watermark = to_iso(scan.watermark) if scan.watermark else state.watermark
        state.recorded = recorded
        return state


def _scan_from(session: VaultSession, base: _Scan, query: Callable[[str, Any], list[Any]],
               now: datetime) -> tuple[_Scan, list[Jump]]:
    """The audit entries after ``base``, then the clock now as if it were the next one."""
    scan = _copy(base)
    jumps: list[Jump] = []
    _advance(session, scan, _rows_after(query, scan.seq), jumps)
    _step(session, _copy(scan), None, now, jumps)
    return scan, jumps


def pending(session: VaultSession) -> ClockState:
    """The recorded jumps since the last confirmation (reads only; the watermark is the
    last clock record's, None before any: :func:`check` gives the scanned one)."""
    found: list[Jump] = []
    mark: str | None = None
    for _seq, action, detail in session.db.query(
            "SELECT seq, action, detail FROM audit WHERE action IN ('clock_jumped', "
            "'clock_confirmed') ORDER BY seq DESC"):
        d = json.loads(detail)
        if mark is None:
            mark = d.get("watermark")
        if action == "clock_confirmed":
            break
        found[:0] = [Jump(j["kind"], j["before"], j["after"], j.get("seq"))
                     for j in d.get("jumps", [])]
    return ClockState(mark, found)


def confirm(session: VaultSession, typed: date) -> int | None:
    """The officer looked at a calendar and typed today's date: it must be the clock's
    date, else the clock is wrong and must be set first. Recorded with the jumps it settles
    (None when nothing was pending)."""
    if session.role != "officer":
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "The responsible officer confirms the date after the clock moved."))
    state = check(session)
    now = session.clock.now()
    today = session.calendar.local(now).date()
    if typed != today:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The computer's clock says {clock}, not {typed}. Set the computer's date "
                    "and time right first; nothing was confirmed."),
            clock=today.strftime("%d.%m.%Y"), typed=typed.strftime("%d.%m.%Y"))
    if state.confirmed:
        return None
    with session.db.write() as con:
        return int(session.audit.append_in(
            con, "clock_confirmed", session.role, session.actor_id, to_iso(now),
            {"date": today.isoformat(), "watermark": to_iso(now),
             "previous_watermark": state.watermark,
             "settles": [j.as_dict() for j in state.pending]}))
