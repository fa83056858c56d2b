"""The simulated camera (tests, demo): a folder plus a fake USB device that also answers
``@Gtm`` (read clock, ``yyyyMMddHHmmss`` camera wall time) and ``@Gbt`` (battery %)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from app.devices.drivers import ClockReading
from app.devices.drivers.ambarella import AmbarellaDriver
from app.devices.usbscan import DeviceError


class SimulatedDriver(AmbarellaDriver):
    name = "simulated"

    def battery(self) -> int | None:
        try:
            return int(self.channel.command("@Gbt"))
        except (DeviceError, ValueError):
            return None

    def read_clock(self, pc_now: datetime, tz: ZoneInfo | str = "Asia/Almaty"
                   ) -> ClockReading:
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        try:
            text = self.channel.command("@Gtm")
            cam = datetime.strptime(text, "%Y%m%d%H%M%S").replace(tzinfo=zone)
        except (DeviceError, ValueError):
            return super().read_clock(pc_now, tz)
        return ClockReading(cam, pc_now, round((cam - pc_now).total_seconds(), 3), "device")
