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
from enum import StrEnum, auto

from app.devices.watcher import DockedVolume
from app.ingest.identity import VolumeIdentity
from app.ingest.job import IngestReport
from app.ingest.service import DockedCamera
from app.ui.jobs import Job
from app.ui.transfer import Transfer


class State(StrEnum):
    """Where a docked volume is in the walk above. A ``StrEnum`` (each value its name in
    lower case, "no_footage"), so a state compares and logs as its word; a misspelt one
    is a type error, not a row that never leaves its state."""

    INSPECTING = auto()
    UNIDENTIFIED = auto()
    UNREGISTERED = auto()
    WAITING = auto()
    QUEUED = auto()
    DOWNLOADING = auto()
    VERIFYING = auto()
    VERIFIED = auto()
    INCOMPLETE = auto()
    NO_FOOTAGE = auto()        # not a camera's card: no recordings on it
    CANCELLED = auto()
    WIPING = auto()
    WIPED = auto()
    FAILED = auto()
    REMOVED = auto()


BUSY = (State.INSPECTING, State.DOWNLOADING, State.VERIFYING, State.WIPING)


@dataclass
class DockedRow:
    """One docked volume as Today shows it."""

    key: str
    volume: DockedVolume
    state: State = State.INSPECTING
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
        return self.transfer.eta_s if self.state == State.DOWNLOADING else None

