"""The head's month: per inspector, days on duty, recordings and hours, late returns (R17),
late downloads (R8), unexplained recording gaps (R13) and copies released (R10)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from app.clock import from_iso, to_iso
from app.errors import InvalidInput, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.ingest.gaps import find_gaps

if TYPE_CHECKING:
    from app.model.vault import VaultSession


@dataclass
class InspectorMonth:
    inspector_id: int
    name: str
    personnel_no: str
    days_on_duty: int = 0
    recordings: int = 0
    hours: float = 0.0
    late_returns: int = 0
    late_downloads: int = 0
    gaps: int = 0
    gap_minutes: float = 0.0
    releases: int = 0
    duty_days: set[date] = field(default_factory=set, repr=False)


@dataclass(frozen=True)
class MonthReport:
    year: int
    month: int
    made_at: str
    rows: list[InspectorMonth]

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def totals(self) -> InspectorMonth:
        t = InspectorMonth(0, "", "")
        for r in self.rows:
            t.days_on_duty += r.days_on_duty
            t.recordings += r.recordings
            t.hours += r.hours
            t.late_returns += r.late_returns
            t.late_downloads += r.late_downloads
            t.gaps += r.gaps
            t.gap_minutes += r.gap_minutes
            t.releases += r.releases
        return t


def parse_month(text: str) -> tuple[int, int]:
    """``YYYY-MM`` (2000–2100) for the command line and the window."""
    try:
        year, month = (int(p) for p in text.strip().split("-"))
        if not (2000 <= year <= 2100 and 1 <= month <= 12):
            raise ValueError
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "A month is written YYYY-MM, e.g. 2026-11 (years 2000–2100)."),
            ) from None
    return year, month


def month_bounds(session: VaultSession, year: int, month: int) -> tuple[datetime, datetime]:
    """The month in the office's time zone, as UTC instants [start, end)."""
    tz = session.calendar.tz
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (datetime.combine(first, time(0), tz), datetime.combine(nxt, time(0), tz))


def month_report(session: VaultSession, year: int, month: int) -> MonthReport:
    start, end = month_bounds(session, year, month)
    since, until = to_iso(start), to_iso(end)
    now = session.clock.now()
    cal = session.calendar
    reg = session.registers
    rows: dict[int, InspectorMonth] = {}

    def row(inspector_id: int) -> InspectorMonth:
        if inspector_id not in rows:
            p = reg.staff(inspector_id)
            rows[inspector_id] = InspectorMonth(inspector_id, p.full_name, p.personnel_no)
        return rows[inspector_id]

    for p in session.custody.periods(include_struck=False, since=since, until=until):
        r = row(p.inspector_id)
        issued = from_iso(p.issued_at)
        r.duty_days.add(cal.local(issued).date())
        returned = from_iso(p.returned_at) if p.returned_at else None
        if (returned or now) > cal.return_deadline(issued):
            r.late_returns += 1           # R17: not back by the end of the working day
        if returned is not None:
            downloaded = from_iso(p.downloaded_at) if p.downloaded_at else None
            if (downloaded or now) > cal.download_deadline(returned):
                r.late_downloads += 1     # R8: not downloaded within one working day
        for g in find_gaps(session, p.id):
            r.gaps += 1
            r.gap_minutes += g.seconds / 60
    footage_owner: dict[int, int] = {}
    for f in session.footage.search(since=since, until=until, limit=10_000_000):
        if f.inspector_id is None:
            continue
        footage_owner[f.id] = f.inspector_id
        r = row(f.inspector_id)
        r.recordings += 1
        r.hours += (f.duration_s or 0) / 3600
    released: dict[int, int] = defaultdict(int)
    for e in session.audit.entries(action="release", since=since):
        if e.at >= until:
            break
        owners = set()
        for fid in e.detail.get("footage_ids") or []:
            owner = footage_owner.get(fid)
            if owner is None:
                try:
                    owner = session.footage.get(int(fid)).inspector_id
                except (ValueError, TypeError, NotFound):
                    owner = None
            if owner is not None:
                owners.add(owner)
        for owner in owners:
            released[owner] += 1
    for owner, n in released.items():
        row(owner).releases = n
    for r in rows.values():
        r.days_on_duty = len(r.duty_days)
    ordered = sorted(rows.values(), key=lambda r: (r.name, r.personnel_no))
    return MonthReport(year, month, to_iso(now), ordered)


def previous_month(today: date) -> tuple[int, int]:
    first = today.replace(day=1) - timedelta(days=1)
    return first.year, first.month
