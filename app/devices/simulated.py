"""A simulated docking station: N cameras, each a folder of footage plus a fake USB device.

For tests and the demo (R20: several cameras docked at once)::

    dock = SimulatedDock(tmp_path / "dock", clock=session.clock)
    cam = dock.add_camera("SN-1", n_files=3, size=256 * 1024)     # appears atomically
    watcher = DockWatcher([dock.mount_root], backend=dock.backend, resolvers=[dock.resolve])
    ...
    dock.remove_camera("SN-1")                                     # pulled out

``kind`` picks the USB personality: "simulated" (VID 0xDA1E, answers clock and battery),
"ambarella" (VID 0x4255, the real command set only) or "mass_storage" (plain disk with a
TIMESET.TXT-capable layout, no command channel). Recording names carry the camera's local
start time (``YYYYMMDD_HHMMSS.MP4``); each MP4 is a playable clip (app/devices/democlip.py:
Motion-JPEG frames with the camera's label and running time burned in) whose ``mvhd``
gives its duration, padded to ``size`` bytes; ``split_parts`` > 1 makes FAT32-style
``_001``/``_002`` parts, each playing its share of the time. A ``size`` too small for the
clip lowers its frame rate (down to one frame); below one frame the file is a little
larger than asked. ``playable=False`` writes the old picture-less containers instead.
"""

from __future__ import annotations

import os
import shutil
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.clock import Clock, SystemClock
from app.devices.democlip import write_clip
from app.devices.fakeusb import (
    AMBA_PID,
    AMBA_VID,
    SIM_PID,
    SIM_VID,
    CameraProtocol,
    FakeUsbBackend,
    FakeUsbDevice,
)
from app.devices.usbscan import UsbInfo

MASS_VID, MASS_PID = 0x0BDA, 0x0129   # a generic card reader's ids


def mp4_bytes(duration_s: float, size: int, seed: bytes) -> bytes:
    """A container with no picture, exactly ``size`` bytes: ftyp, moov/mvhd (timescale
    1000), mdat filling the rest. For tests that need exact tiny sizes (split parts below
    a profile's ``min_part_size``); playable footage comes from app/devices/democlip.py."""
    ftyp = struct.pack(">I4s4sI4s4s", 24, b"ftyp", b"isom", 0x200, b"isom", b"mp41")
    mvhd_body = struct.pack(">B3xIIII", 0, 0, 0, 1000, int(duration_s * 1000)) + bytes(80)
    mvhd = struct.pack(">I4s", 8 + len(mvhd_body), b"mvhd") + mvhd_body
    moov = struct.pack(">I4s", 8 + len(mvhd), b"moov") + mvhd
    head = ftyp + moov
    payload = max(0, size - len(head) - 8)
    block = (seed * (1 + 65536 // max(1, len(seed))))[:65536]
    reps, rest = divmod(payload, len(block))
    mdat = struct.pack(">I4s", 8 + payload, b"mdat") + block * reps + block[:rest]
    return head + mdat


def write_mp4(path: Path, duration_s: float, size: int, seed: bytes) -> None:
    """Streamed version of :func:`mp4_bytes` for big files (bench)."""
    head = mp4_bytes(duration_s, 0, seed)[:-8]
    payload = max(0, size - len(head) - 8)
    block = bytearray(os.urandom(1 << 20))
    with open(path, "wb") as fh:
        fh.write(head + struct.pack(">I4s", 8 + payload, b"mdat"))
        written = 0
        n = 0
        while written < payload:
            block[:16] = seed[:8].ljust(8, b"\0") + n.to_bytes(8, "big")
            chunk = block[: payload - written]
            fh.write(chunk)
            written += len(chunk)
            n += 1


@dataclass
class SimulatedCamera:
    serial: str
    label: str
    mount: Path
    usb: FakeUsbDevice
    protocol: CameraProtocol | None
    files: list[Path] = field(default_factory=list)
    volume_id: str | None = None

    @property
    def usb_info(self) -> UsbInfo:
        return UsbInfo(self.usb.vid, self.usb.pid, self.usb.serial, self.usb.bus,
                       self.usb.address, self.usb.product, self.usb.manufacturer)


class SimulatedDock:
    def __init__(self, root: Path, clock: Clock | None = None, tz: str = "Asia/Almaty",
                 backend: FakeUsbBackend | None = None) -> None:
        self.root = Path(root)
        self.mount_root = self.root / "media"
        self.staging = self.root / ".staging"
        self.mount_root.mkdir(parents=True, exist_ok=True)
        self.staging.mkdir(parents=True, exist_ok=True)
        self.clock = clock or SystemClock()
        self.tz = ZoneInfo(tz)
        self.backend = backend or FakeUsbBackend()
        self.cameras: dict[str, SimulatedCamera] = {}
        self._lock = threading.Lock()

    def _camera_now(self) -> Callable[[], datetime]:
        return lambda: self.clock.now().astimezone(self.tz).replace(tzinfo=None)

    def add_camera(self, serial: str, n_files: int = 3, size: int = 64 * 1024, *,
                   kind: str = "simulated", label: str | None = None,
                   start: datetime | None = None, duration_s: float = 600.0,
                   gap_s: float = 0.0, split_parts: int = 1, photos: int = 0,
                   photo_size: int = 32 * 1024, battery: int | None = 87,
                   clock_offset_s: float = 0.0, password: str = "000000",
                   plug_usb: bool = True, big: bool = False,
                   volume_id: str | None = None,
                   playable: bool = True) -> SimulatedCamera:
        """Create a camera with ``n_files`` recordings ending before now; dock it.
        ``volume_id``: the card's file-system id (``kind="mass_storage"`` is a card in a
        plain reader: the reader's serial is not the camera's).

        ``big`` only matters with ``playable=False`` (a streamed picture-less file); a
        playable clip always streams its padding."""
        with self._lock:
            label = label or f"CAM{len(self.cameras) + 1:02d}"
            stage = self.staging / label
            if stage.exists():
                shutil.rmtree(stage)
            if kind == "mass_storage":
                folder = stage / "DCIM" / "100MEDIA"
            else:
                folder = stage / "DCIM" / "DALEL"
            folder.mkdir(parents=True)
            now_cam = self.clock.now() + timedelta(seconds=clock_offset_s)
            step = duration_s + gap_s
            start = start or (now_cam - timedelta(seconds=step * n_files + 60))
            files = []
            for i in range(n_files):
                t0 = start + timedelta(seconds=step * i)
                stem = t0.astimezone(self.tz).strftime("%Y%m%d_%H%M%S")
                names = ([f"{stem}.MP4"] if split_parts == 1 else
                         [f"{stem}_{p:03d}.MP4" for p in range(1, split_parts + 1)])
                for j, name in enumerate(names):
                    p = folder / name
                    seed = f"{serial}/{name}/{j}".encode() + os.urandom(16)
                    dur = duration_s / len(names)
                    if playable:
                        # The overlay shows the camera's local wall time, like its name.
                        shown = (t0 + timedelta(seconds=dur * j)).astimezone(self.tz)
                        write_clip(p, dur, shown, f"{label}  {serial}", seed, size, fit=True)
                    elif big:
                        write_mp4(p, dur, size, seed)
                    else:
                        p.write_bytes(mp4_bytes(dur, size, seed))
                    end = (t0 + timedelta(seconds=dur * (j + 1))).timestamp()
                    os.utime(p, (end, end))
                    files.append(p)
            for i in range(photos):
                t0 = start + timedelta(seconds=30 * i + 5)
                p = folder / f"{t0.astimezone(self.tz):%Y%m%d_%H%M%S}_P{i:04d}.JPG"
                p.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(max(0, photo_size - 4)))
                os.utime(p, (t0.timestamp(), t0.timestamp()))
                files.append(p)
            mount = self.mount_root / label
            proto = None
            if kind == "simulated":
                proto = CameraProtocol(serial, password, battery, clock_offset_s,
                                       extended=True, now=self._camera_now())
                dev = FakeUsbDevice(SIM_VID, SIM_PID, serial, "Dalel simulated camera",
                                    protocol=proto)
            elif kind == "ambarella":
                proto = CameraProtocol(serial, password, None, clock_offset_s,
                                       now=self._camera_now())
                dev = FakeUsbDevice(AMBA_VID, AMBA_PID, serial, "Ambarella body camera",
                                    protocol=proto)
            else:
                dev = FakeUsbDevice(MASS_VID, MASS_PID, serial, "Card reader")
            cam = SimulatedCamera(serial, label, mount, dev, proto,
                                  [mount / p.relative_to(stage) for p in files],
                                  volume_id)
            self.cameras[serial] = cam
        if plug_usb:
            self.backend.plug(dev)
        os.replace(stage, mount)   # the volume appears at once, like a mount
        return cam

    def remove_camera(self, serial: str) -> None:
        """The camera is pulled out: USB gone, volume gone."""
        with self._lock:
            cam = self.cameras.pop(serial)
        self.backend.unplug(cam.usb)
        gone = self.staging / f"removed-{cam.label}"
        if cam.mount.exists():
            if gone.exists():
                shutil.rmtree(gone)
            os.replace(cam.mount, gone)
            shutil.rmtree(gone, ignore_errors=True)

    def volume_id(self, mount: Path) -> str | None:
        """The card's file-system id (what ``volume_id_of`` reads from udev for real)."""
        with self._lock:
            for cam in self.cameras.values():
                if cam.mount == Path(mount):
                    return cam.volume_id
        return None

    def resolve(self, mount: Path) -> UsbInfo | None:
        """Tie a volume to its USB device (what sysfs does for real cards on Linux)."""
        with self._lock:
            for cam in self.cameras.values():
                if cam.mount == Path(mount) and not cam.usb.unplugged:
                    return cam.usb_info
        return None
