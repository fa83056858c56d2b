"""The one source of time for the core.

Times come from the clock, never from a form (R3): every service takes a Clock, so tests
can move time while users cannot.
"""

from __future__ import annotations

import contextlib
import threading
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that tests (and the demo) move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now.astimezone(UTC)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        with self._lock:
            self._now = self._now + (delta or timedelta(**kwargs))
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = when


def to_iso(when: datetime) -> str:
    """Fixed-width UTC text, so that stored times sort as text and hash the same everywhere."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_iso(text: str) -> datetime:
    """Parses exactly what :func:`to_iso` writes. ``fromisoformat`` is C and 10x faster
    than ``strptime`` (screens parse a few times per row); the round trip keeps it as
    strict as the format, and anything else gets ``strptime``'s own error."""
    if text.endswith("Z"):
        with contextlib.suppress(ValueError):
            when = datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)
            if to_iso(when) == text:
                return when
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def check_period(since: date | str | None, until: date | str | None) -> None:
    """A period of days (both inclusive) must run forwards: a start after the end is bad
    input (exit 2) naming both dates, never an empty answer or "no rows in that period".
    Either end may be open (None)."""
    if since is None or until is None or since == "" or until == "":
        return
    first, last = str(since)[:10], str(until)[:10]     # YYYY-MM-DD sorts as it reads
    if first > last:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The period runs backwards: it starts on {since}, after its end on "
                    "{until}. Give the earlier date first."), since=first, until=last)
