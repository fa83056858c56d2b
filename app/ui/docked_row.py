"""One docked volume as Today shows it, and the states it walks through. No Qt: the
bridge (:mod:`app.ui.docked`) changes rows, the panel draws them.

Each docked volume gets a :class:`DockedRow` that walks through these states::

    inspecting -> unidentified | unregistered   (the officer ties or registers it, R4)
               -> waiting                      (the head's session, R1; or download by button)
               -> queued -> downloading -> verifying -> verified -> wiping -> wiped
                                                   \\-> incomplete | failed | cancelled
    removed                                     (taken out while working)
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.devices.watcher import DockedVolume
from app.ingest.identity import VolumeIdentity
from app.ingest.job import IngestReport
from app.ingest.service import DockedCamera
from app.ui.jobs import Job

INSPECTING = "inspecting"
UNIDENTIFIED = "unidentified"
UNREGISTERED = "unregistered"
WAITING = "waiting"
QUEUED = "queued"
DOWNLOADING = "downloading"
VERIFYING = "verifying"
VERIFIED = "verified"
INCOMPLETE = "incomplete"
NO_FOOTAGE = "no_footage"      # not a camera's card: no recordings on it
CANCELLED = "cancelled"
WIPING = "wiping"
WIPED = "wiped"
FAILED = "failed"
REMOVED = "removed"
BUSY = (INSPECTING, DOWNLOADING, VERIFYING, WIPING)
RATE_WINDOW_S = 2.0            # MB/s is measured over the last seconds, not since the start


@dataclass
class DockedRow:
    """One docked volume as Today shows it."""

    key: str
    volume: DockedVolume
    state: str = INSPECTING
    ident: VolumeIdentity | None = None
    # The officer's tie of this docked volume (R4): a card with no file-system id (a plain
    # folder, a Windows drive) cannot be recognised by it again, so while it stays docked
    # the row keeps the answer instead of asking again.
    tied: VolumeIdentity | None = None
    info: DockedCamera | None = None
    done: int = 0
    total: int = 0
    rate: float = 0.0              # bytes per second, recent
    message: str = ""
    report: IngestReport | None = None
    wipe_files: int = 0            # files the wipe button deletes (all proven in the vault)
    wiped: int | None = None
    job: Job | None = None
    samples: list[tuple[float, int]] | None = None

    @property
    def camera_id(self) -> int | None:
        return self.ident.camera_id if self.ident else None

    @property
    def eta_s(self) -> float | None:
        if self.state != DOWNLOADING or self.rate <= 0 or self.total <= self.done:
            return None
        return (self.total - self.done) / self.rate

    def note_progress(self, done: int, total: int) -> None:
        now = time.monotonic()           # a rate, not a recorded time
        samples = self.samples if self.samples is not None else []
        samples.append((now, done))
        while len(samples) > 2 and now - samples[0][0] > RATE_WINDOW_S:
            samples.pop(0)
        self.samples = samples
        (t0, d0), (t1, d1) = samples[0], samples[-1]
        self.rate = (d1 - d0) / (t1 - t0) if t1 > t0 else self.rate
        self.done, self.total = done, total

