"""Stored times (R3): one fixed-width UTC text form, read back exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.clock import from_iso, to_iso


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 1, 1),
                    timezones=st.just(UTC)))
def test_every_stored_time_reads_back_to_the_same_instant(when: datetime) -> None:
    text = to_iso(when)
    assert from_iso(text) == when and to_iso(from_iso(text)) == text


def test_a_time_from_another_zone_is_stored_as_utc() -> None:
    almaty = datetime(2026, 11, 29, 15, 0, tzinfo=timezone(timedelta(hours=5)))
    assert to_iso(almaty) == "2026-11-29T10:00:00.000000Z"


@pytest.mark.parametrize("text", [
    "2026-11-29T10:00:00Z",                     # no fraction
    "2026-11-29 10:00:00.000000Z",              # space separator
    "2026-11-29T10:00:00.000000+00:00",         # offset instead of Z
    "2026-11-29T10:00:00,000000Z",              # comma fraction
    "2026-11-29",
    "",
])
def test_anything_but_the_stored_form_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        from_iso(text)
