"""A memory card's read speed, for the simulated dock (demo, bench, tests).

A real camera on USB 2 gives about 35 MB/s; a folder on the PC's own disk gives gigabytes a
second, so a simulated download would end before anyone saw its progress bar. One
:class:`CardThrottle` per card (cameras in a dock are read in parallel, each at its own
card's speed); its :meth:`read` has ``os.read``'s shape, which is what the ingest pump takes
as its ``read`` hook::

    throttle = CardThrottle(35e6)
    IngestJob.from_volume(session, volume, reader=throttle.read)
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

USB2_CAMERA_BYTES_PER_S = 35_000_000   # a body camera over USB 2 (device-notes.md)
MAX_READ = 1 << 20                     # smaller reads keep the pace smooth


class CardThrottle:
    """Reads at most ``bytes_per_s`` on average since the first read (a token bucket that
    never lends more than ``burst`` bytes ahead)."""

    def __init__(self, bytes_per_s: float, *, burst: int = 4 << 20,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep,
                 read: Callable[[int, int], bytes] = os.read) -> None:
        if bytes_per_s <= 0:
            raise ValueError("bytes_per_s must be positive")
        self.rate = float(bytes_per_s)
        self.burst = burst
        self.clock, self.sleep, self.raw_read = clock, sleep, read
        self.lock = threading.Lock()
        self.available = float(burst)
        self.last = clock()

    def take(self, n: int) -> None:
        """Wait until ``n`` bytes may be read at this card's speed."""
        with self.lock:
            now = self.clock()
            self.available = min(self.burst, self.available + (now - self.last) * self.rate)
            self.last = now
            self.available -= n
            wait = -self.available / self.rate if self.available < 0 else 0.0
        if wait > 0:
            self.sleep(wait)

    def read(self, fd: int, n: int) -> bytes:
        data = self.raw_read(fd, min(n, MAX_READ))
        self.take(len(data))
        return data
