"""A docked camera's download progress on Today: the recent rate and the time left."""

from __future__ import annotations

import pytest

from app.ui import transfer as tr_module
from app.ui.docked_row import DockedRow, State
from app.ui.transfer import RATE_WINDOW_S, Transfer


def test_rate_is_the_recent_one_and_time_left_follows(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(tr_module.time, "monotonic", lambda: now[0])
    t = Transfer()
    assert t.eta_s is None                       # no rate yet
    t.note(0, 100_000_000)
    assert t.rate == 0.0 and t.eta_s is None
    for _ in range(4):                           # 10 MB/s for four seconds
        now[0] += 1.0
        t.note(t.done + 10_000_000, 100_000_000)
    assert t.rate == pytest.approx(10e6)
    assert t.eta_s == pytest.approx(6.0)         # 60 MB left
    # it slows down: within the window the old samples are dropped and the rate follows
    for _ in range(int(RATE_WINDOW_S) + 1):
        now[0] += 1.0
        t.note(t.done + 2_000_000, 100_000_000)
    assert t.rate == pytest.approx(2e6)
    t.note(100_000_000, 100_000_000)
    assert t.eta_s is None                       # all in


def test_a_row_tells_time_left_only_while_downloading() -> None:
    row = DockedRow("k", volume=None, state=State.DOWNLOADING)  # type: ignore[arg-type]
    row.transfer = Transfer(done=10, total=30, rate=5.0)
    assert row.eta_s == pytest.approx(4.0)
    row.state = State.VERIFYING
    assert row.eta_s is None
