"""How far a docked camera's download has got, as Today shows it: bytes done of the total
and the recent rate. No Qt."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

RATE_WINDOW_S = 2.0            # MB/s is measured over the last seconds, not since the start


@dataclass
class Transfer:
    """One download's progress. The rate is the recent one (over ``RATE_WINDOW_S``): a
    camera whose transfer slows down when others start shows it, and the time left follows."""

    done: int = 0
    total: int = 0
    rate: float = 0.0              # bytes per second, recent
    samples: list[tuple[float, int]] = field(default_factory=list)

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the recent rate; None before a rate is known or once all is in."""
        if self.rate <= 0 or self.total <= self.done:
            return None
        return (self.total - self.done) / self.rate

    def note(self, done: int, total: int) -> None:
        now = time.monotonic()           # a rate, not a recorded time
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > RATE_WINDOW_S:
            self.samples.pop(0)
        (t0, d0), (t1, d1) = self.samples[0], self.samples[-1]
        self.rate = (d1 - d0) / (t1 - t0) if t1 > t0 else self.rate
        self.done, self.total = done, total
