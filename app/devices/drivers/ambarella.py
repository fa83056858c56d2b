"""Ambarella-based body camera: files over mass storage, commands over USB bulk endpoints.

Protocol (device-notes.md, from BigBadMuttuH/AmbaBodyCam): VID 0x4255 PID 0x0001, EP 0x01
out / 0x81 in, ASCII ``@Sdt;8;yyyyMMdd;#`` (date), ``@Stm;6;HHmmss00;#`` (time),
``@ATH;8;<password>;#`` (disk mode), ``@Gdv`` (device id).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from app.devices.drivers import Finding, Identity
from app.devices.drivers.mass_storage import MassStorageDriver
from app.devices.usbscan import CommandChannel, DeviceError
from app.i18n import QT_TRANSLATE_NOOP


class AmbarellaDriver(MassStorageDriver):
    name = "ambarella"
    _channel: CommandChannel | None = None   # opened on the first command

    @property
    def channel(self) -> CommandChannel:
        if self._channel is None:
            if self.usb is None:
                raise DeviceError(QT_TRANSLATE_NOOP(
                    "core", "The camera's USB connection was not found; its clock and "
                            "disk mode cannot be reached."))
            self._channel = CommandChannel(self.backend, self.usb, self.profile.ep_out,
                                           self.profile.ep_in)
        return self._channel

    def identify(self) -> Identity:
        base = super().identify()
        device_id = self.channel.command("@Gdv") or None
        return Identity(base.serial or device_id, base.model, self.usb, device_id)

    def enter_disk_mode(self, password: str) -> None:
        self.channel.command(f"@ATH;{len(password)};{password};#")

    def findings(self) -> list[Finding]:
        """A camera that still accepts a factory-default password is reported."""
        out = []
        for pw in self.profile.default_passwords:
            try:
                self.enter_disk_mode(pw)
            except DeviceError:
                continue
            out.append(Finding("default_password", QT_TRANSLATE_NOOP(
                "core", "The camera still accepts the factory-default password {password}; "
                        "change it on the camera."), {"password": pw}))
            break
        return out

    def can_set_clock(self) -> bool:
        return True

    def set_clock(self, pc_now: datetime, tz: ZoneInfo | str = "Asia/Almaty") -> str:
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        local = pc_now.astimezone(zone)
        self.channel.command(f"@Sdt;8;{local:%Y%m%d};#")
        self.channel.command(f"@Stm;6;{local:%H%M%S}00;#")
        return "usb_command"

    def close(self) -> None:
        if self._channel is not None:
            self._channel.close()
            self._channel = None
