"""The simulated card's read speed (demo and bench: a USB 2 camera, not the PC's disk)."""

from __future__ import annotations

import pytest

from app.devices.throttle import MAX_READ, CardThrottle


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, s: float) -> None:
        self.slept += s
        self.now += s


def test_reads_average_to_the_card_speed() -> None:
    t = FakeTime()
    th = CardThrottle(10_000_000, burst=1_000_000, clock=t.clock, sleep=t.sleep,
                      read=lambda _fd, n: b"x" * n)
    got = sum(len(th.read(0, MAX_READ)) for _ in range(50))
    # 50 MiB at 10 MB/s, less the burst lent ahead: about 5.2 s of waiting.
    assert got == 50 * MAX_READ
    assert (got - 1_000_000) / 10_000_000 == pytest.approx(t.slept, rel=1e-6)


def test_reads_are_split_and_short_reads_pass_through() -> None:
    t = FakeTime()
    th = CardThrottle(1e9, clock=t.clock, sleep=t.sleep, read=lambda _fd, n: b"y" * min(n, 7))
    assert th.read(0, 10 * MAX_READ) == b"y" * 7
    with pytest.raises(ValueError):
        CardThrottle(0)
