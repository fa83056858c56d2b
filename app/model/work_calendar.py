"""Working days and hours (R21): Kazakhstan's public holidays from the ``holidays`` library,
the office schedule from settings, and the office's own list of moved days off and working
Saturdays that government decrees announce each year."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import holidays

if TYPE_CHECKING:
    from app.model.settings import Settings

CALENDAR_SETTINGS = ("timezone", "work_days", "work_start", "work_end", "lunch_start",
                     "lunch_end", "extra_days_off", "extra_work_days")


@functools.cache
def _kz_holidays() -> Any:
    """Kazakhstan's public holidays, one table for the process: building it costs ~0.4 ms
    (it fills in years as they are asked for, so sharing it only saves work)."""
    return holidays.country_holidays("KZ")


def _hm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


@dataclass
class WorkCalendar:
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Almaty"))
    work_days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    start: time = time(9, 0)
    end: time = time(18, 30)
    lunch_start: time = time(13, 0)
    lunch_end: time = time(14, 30)
    extra_days_off: frozenset[date] = frozenset()
    extra_work_days: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        self._holidays = _kz_holidays()

    @classmethod
    def from_settings(cls, settings: Settings) -> WorkCalendar:
        """Each value as reading checked it: one that fails its check (an older version,
        damage, a direct write) is R21's default here, and ``settings.problems()`` names it,
        so deadlines, the journal and the paper never stop on a bad setting."""
        def dates(values: Iterable[str]) -> frozenset[date]:
            return frozenset(date.fromisoformat(v) for v in values)

        v = settings.read(CALENDAR_SETTINGS).values
        return cls(ZoneInfo(v["timezone"]), frozenset(v["work_days"]),
                   _hm(v["work_start"]), _hm(v["work_end"]),
                   _hm(v["lunch_start"]), _hm(v["lunch_end"]),
                   dates(v["extra_days_off"]), dates(v["extra_work_days"]))

    def holiday_name(self, day: date) -> str | None:
        return self._holidays.get(day)

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_work_days:
            return True
        if day in self.extra_days_off or day in self._holidays:
            return False
        return day.weekday() in self.work_days

    def local(self, when: datetime) -> datetime:
        return when.astimezone(self.tz)

    def end_of(self, day: date) -> datetime:
        return datetime.combine(day, self.end, self.tz)

    def next_working_day(self, day: date) -> date:
        first = day + timedelta(days=1)
        day = first
        for _ in range(400):
            if self.is_working_day(day):
                return day
            day += timedelta(days=1)
        # Only a list of extra days off closing the office for over a year gets here (each
        # setting is checked, not what they add up to): the weekly schedule alone decides
        # then, so a deadline is still shown rather than none.
        day = first
        while day.weekday() not in self.work_days and day < first + timedelta(days=6):
            day += timedelta(days=1)
        return day

    def return_deadline(self, issued_at: datetime) -> datetime:
        """R17: back by the end of the working day. Issued on a working day before its end:
        that day's end; otherwise (evening, weekend, holiday duty) the next working day's."""
        local = self.local(issued_at)
        if self.is_working_day(local.date()) and local.time() < self.end:
            return self.end_of(local.date())
        return self.end_of(self.next_working_day(local.date()))

    def download_deadline(self, handed_in_at: datetime) -> datetime:
        """R8: downloaded within 1 working day of hand-in — by the end of the next working
        day (a Friday-evening hand-in before a holiday Monday is due Tuesday 18:30)."""
        return self.end_of(self.next_working_day(self.local(handed_in_at).date()))
