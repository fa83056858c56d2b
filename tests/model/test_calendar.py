"""Working days (R21) and the deadlines of R17 (back by the end of the working day) and R8
(downloaded within one working day of hand-in), across weekends and Kazakhstan holidays."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.model.deadlines import deadlines
from app.model.work_calendar import WorkCalendar

ALMATY = ZoneInfo("Asia/Almaty")


def at(y, m, d, hh=9, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=ALMATY)


@pytest.fixture
def cal():
    return WorkCalendar()


def test_holidays_come_from_the_library(cal):
    assert not cal.is_working_day(date(2026, 12, 16))  # Independence Day
    assert not cal.is_working_day(date(2026, 3, 23))   # Nauryz
    assert not cal.is_working_day(date(2026, 11, 21))  # Saturday
    assert cal.is_working_day(date(2026, 11, 23))


def test_office_can_add_moved_days(cal):
    moved = WorkCalendar(extra_days_off=frozenset({date(2026, 11, 24)}),
                         extra_work_days=frozenset({date(2026, 11, 28)}))
    assert not moved.is_working_day(date(2026, 11, 24))
    assert moved.is_working_day(date(2026, 11, 28))


def test_return_by_the_end_of_the_working_day(cal):
    assert cal.return_deadline(at(2026, 11, 23, 9)) == at(2026, 11, 23, 18, 30)
    # Issued after hours on Friday: due at the end of Monday.
    assert cal.return_deadline(at(2026, 11, 27, 19)) == at(2026, 11, 30, 18, 30)
    # Issued on a Saturday duty: due at the end of the next working day.
    assert cal.return_deadline(at(2026, 11, 28, 10)) == at(2026, 11, 30, 18, 30)


def test_download_within_one_working_day(cal):
    assert cal.download_deadline(at(2026, 11, 23, 17)) == at(2026, 11, 24, 18, 30)
    # Friday evening hand-in: Monday.
    assert cal.download_deadline(at(2026, 11, 27, 18)) == at(2026, 11, 30, 18, 30)


def test_friday_evening_before_a_holiday_monday():
    # 2026-10-23 is a Friday; Republic Day (observed) falls on Monday 26 October.
    cal = WorkCalendar()
    assert not cal.is_working_day(date(2026, 10, 26))
    assert cal.download_deadline(at(2026, 10, 23, 18, 10)) == at(2026, 10, 27, 18, 30)


def test_independence_day_week(cal):
    # Handed in Tuesday 15 Dec 2026; 16 Dec is Independence Day -> due Thursday 17th.
    assert cal.download_deadline(at(2026, 12, 15, 17)) == at(2026, 12, 17, 18, 30)


def test_schedule_is_configurable(session):
    with session.db.write() as con:
        session.settings.set_in(con, "work_end", "17:00")
        session.settings.set_in(con, "work_days", [0, 1, 2, 3, 4, 5])
    cal = session.calendar
    assert cal.end == datetime.strptime("17:00", "%H:%M").time()
    assert cal.is_working_day(date(2026, 11, 28))


def test_the_session_calendar_is_built_once_and_again_after_any_change(session):
    """Screens ask for it once per row they format: it is kept while its settings stay the
    same, and follows a change at once, also one made by another process (CLI)."""
    first = session.calendar
    assert session.calendar is first
    with session.db.write() as con:
        session.settings.set_in(con, "extra_days_off", ["2026-11-30"])
    changed = session.calendar
    assert changed is not first and not changed.is_working_day(date(2026, 11, 30))
    session.db.con.execute(                  # as another process's write would land
        "INSERT INTO settings (key, value) VALUES ('work_end', '\"16:00\"')")
    assert session.calendar.end == datetime.strptime("16:00", "%H:%M").time()
    session.settings.set_in(session.db.con, "timezone", "Asia/Aqtobe")  # was the default
    assert session.calendar.tz == ZoneInfo("Asia/Aqtobe")


def test_deadlines_of_the_day(stocked, clock, ok_checklist):
    stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    stocked.custody.issue("IN-2", "BK-002", ok_checklist, card="MC-002", seal="2")
    clock.advance(hours=8)  # 17:00
    stocked.custody.return_camera("BK-002")
    items = {d.camera: d for d in deadlines(stocked)}
    assert items["BK-001"].rule == "R17" and not items["BK-001"].overdue
    assert items["BK-001"].due == at(2026, 11, 23, 18, 30)
    assert items["BK-002"].rule == "R8" and items["BK-002"].due == at(2026, 11, 24, 18, 30)
    clock.advance(hours=2)  # 19:00: BK-001 is late
    items = {d.camera: d for d in deadlines(stocked)}
    assert items["BK-001"].overdue and not items["BK-002"].overdue
    clock.advance(days=1)
    assert all(d.overdue for d in deadlines(stocked))
