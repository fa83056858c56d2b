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

from dataclasses import dataclass, field

from app.devices.watcher import DockedVolume
from app.ingest.identity import VolumeIdentity
from app.ingest.job import IngestReport
from app.ingest.service import DockedCamera
from app.ui.jobs import Job
from app.ui.transfer import Transfer

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
    transfer: Transfer = field(default_factory=Transfer)   # while downloading
    message: str = ""
    report: IngestReport | None = None
    wipe_files: int = 0            # files the wipe button deletes (all proven in the vault)
    wiped: int | None = None
    job: Job | None = None

    @property
    def camera_id(self) -> int | None:
        return self.ident.camera_id if self.ident else None

    @property
    def eta_s(self) -> float | None:
        """Seconds left of the download, while it runs and its rate is known."""
        return self.transfer.eta_s if self.state == DOWNLOADING else None

