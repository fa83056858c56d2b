"""Plain USB mass storage: the card is a folder; the clock is judged from the newest file."""

from __future__ import annotations

import contextlib
import errno
import os
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.devices.card import CardFile, CardScan, scan_card
from app.devices.drivers import ClockReading, Finding, Identity
from app.devices.profiles import Profile
from app.devices.usbscan import DeviceError, UsbInfo
from app.fsutil import fsync_dir
from app.i18n import QT_TRANSLATE_NOOP


class CardGone(DeviceError):
    """The card or camera was removed (or stopped answering) during the work."""


def card_gone(mount: Path | None) -> CardGone:
    return CardGone(QT_TRANSLATE_NOOP(
        "core", "The camera or card at {mount} was removed during the work. Nothing on the "
                "card was deleted and nothing half-copied was kept; dock it again to "
                "continue."), mount=str(mount))


class MassStorageDriver:
    name = "mass_storage"

    def __init__(self, profile: Profile, mount: Path | None, usb: UsbInfo | None,
                 backend: Any = None) -> None:
        self.profile = profile
        self.mount = mount
        self.usb = usb
        self.backend = backend
        self._scan: CardScan | None = None

    # -- identity --------------------------------------------------------------------------
    def identify(self) -> Identity:
        serial = self.usb.serial if self.usb else None
        model = (self.usb.product if self.usb and self.usb.product else self.profile.title)
        return Identity(serial, model, self.usb)

    def findings(self) -> list[Finding]:
        return []

    def battery(self) -> int | None:
        return None

    def close(self) -> None:
        return None

    # -- files -----------------------------------------------------------------------------
    def _need_mount(self) -> Path:
        if self.mount is None or not self.mount.is_dir():
            raise card_gone(self.mount)
        return self.mount

    def recordings(self, tz: ZoneInfo | str = "Asia/Almaty", refresh: bool = False
                   ) -> CardScan:
        if self._scan is None or refresh:
            self._scan = scan_card(self._need_mount(), self.profile, tz)
        return self._scan

    def wipe(self, files: list[CardFile]) -> int:
        """Delete exactly ``files``; a file that changed since it was copied stays."""
        self._need_mount()
        removed = 0
        folders = set()
        for f in files:
            try:
                st = os.stat(f.path, follow_symlinks=False)
            except FileNotFoundError:
                continue
            except OSError as exc:
                if exc.errno in (errno.ENODEV, errno.EIO):
                    raise card_gone(self.mount) from exc
                raise
            if (st.st_size, st.st_mtime_ns, st.st_ino) != (f.size, f.mtime_ns, f.ino):
                continue
            os.unlink(f.path)
            folders.add(f.path.parent)
            removed += 1
        for d in folders:
            with contextlib.suppress(OSError):
                fsync_dir(d)
        self._scan = None
        return removed

    # -- clock -----------------------------------------------------------------------------
    def read_clock(self, pc_now: datetime, tz: ZoneInfo | str = "Asia/Almaty"
                   ) -> ClockReading:
        """Without a command channel: the newest recording against the PC clock at docking.

        A camera cannot have recorded after it was docked, so a newest file in the future
        shows the camera runs ahead by at least that much; otherwise the figure is an upper
        bound of how far it is behind (device-notes.md)."""
        scan = self.recordings(tz)
        if not scan.recordings:
            return ClockReading(None, pc_now, None, "none")
        newest = max((r.ended_at or r.last_mtime) for r in scan.recordings)
        return ClockReading(newest, pc_now, (newest - pc_now).total_seconds(), "newest_file")

    def can_set_clock(self) -> bool:
        return bool(self.profile.time_file)

    def set_clock(self, pc_now: datetime, tz: ZoneInfo | str = "Asia/Almaty") -> str:
        """Write the profile's time file (read and deleted by the camera at boot)."""
        tf = self.profile.time_file
        if not tf:
            raise DeviceError(QT_TRANSLATE_NOOP(
                "core", "This camera model ({model}) cannot have its clock set by the "
                        "program; set it on the camera and tick the check (R1, R11)."),
                model=self.profile.title)
        mount = self._need_mount()
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        text = pc_now.astimezone(zone).strftime(tf["format"]) + "\r\n"
        target = mount / tf["name"]
        tmp = target.with_name(target.name + ".tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(text.encode("ascii"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            raise card_gone(self.mount) from exc
        return "time_file"
