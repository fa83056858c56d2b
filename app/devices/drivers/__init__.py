"""Camera drivers behind one interface, chosen by the device profile's ``driver`` name.

=================  ================================================================
``identify()``     serial / device id, model, USB ids
``read_clock()``   the camera's idea of the time vs the PC clock (offset in seconds)
``set_clock()``    set the camera's date and time from the PC clock (R1, at issue)
``battery()``      charge in percent, or None when the model does not report it (R11)
``recordings()``   the card's recordings (:func:`app.devices.card.scan_card`)
``wipe(files)``    delete exactly these card files (only after a verified copy: R1, R14)
``findings()``     things the officer should know (factory-default password, ...)
=================  ================================================================

One file per implementation: mass_storage.py, ambarella.py, simulated.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.devices.profiles import Profile
from app.devices.usbscan import UsbInfo

if TYPE_CHECKING:
    from app.devices.drivers.mass_storage import MassStorageDriver


@dataclass(frozen=True)
class Identity:
    serial: str | None
    model: str
    usb: UsbInfo | None = None
    device_id: str | None = None


@dataclass(frozen=True)
class ClockReading:
    camera_time: datetime | None
    pc_time: datetime
    offset_s: float | None          # camera minus PC; positive = camera runs ahead
    method: str                     # "device" (asked the camera) | "newest_file" | "none"


@dataclass(frozen=True)
class Finding:
    code: str                       # e.g. "default_password"
    message: str                    # English source, marked for translation
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        from app.i18n import translate

        return translate("core", self.message).format(**self.params)


def make_driver(profile: Profile, mount: Path | None, usb: UsbInfo | None,
                backend: Any = None) -> MassStorageDriver:
    from app.devices.drivers.ambarella import AmbarellaDriver
    from app.devices.drivers.mass_storage import MassStorageDriver
    from app.devices.drivers.simulated import SimulatedDriver

    cls = {"mass_storage": MassStorageDriver, "ambarella": AmbarellaDriver,
           "simulated": SimulatedDriver}[profile.driver]
    return cls(profile, mount, usb, backend)
