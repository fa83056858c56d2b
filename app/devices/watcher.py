"""Watching for docked cameras: file-system events on the mount roots + USB enumeration.

Watchdog (inotify / ReadDirectoryChangesW) and the USB poll arrive on foreign threads. All
of them only *wake* one worker thread, which rescans and puts :class:`DockEvent` objects on
``DockWatcher.events`` — one thread-safe ``queue.Queue``. The GUI drains it from a timer or
a bridge thread that emits a queued Qt signal; nothing in app/devices imports Qt::

    watcher = DockWatcher(roots, backend=default_backend())
    watcher.start()
    ev = watcher.events.get(timeout=5)          # DockEvent("arrived", DockedVolume(...))
    watcher.stop()

Events: ``arrived`` / ``removed`` (a volume, with its profile and USB device when tied),
``usb_arrived`` / ``usb_removed`` (a camera's USB side, e.g. an Ambarella camera before it is
switched to disk mode). A removal in the middle of a copy shows up here *and* as read errors
in the ingest job, which aborts cleanly (app.ingest).
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from app.devices.profiles import (
    Profile,
    ProfileInvalid,
    load_profiles_report,
    match_profile,
)
from app.devices.usbscan import UsbInfo, default_backend, enumerate_usb

if TYPE_CHECKING:
    from app.devices.drivers.mass_storage import MassStorageDriver

log = logging.getLogger(__name__)
Resolver = Callable[[Path], UsbInfo | None]
VolumeIdResolver = Callable[[Path], str | None]
_DEFAULT = object()


def default_mount_roots() -> list[Path]:
    if sys.platform.startswith("win"):
        return []  # drive letters are polled (see _windows_volumes)
    user = getpass.getuser()
    roots = [Path("/media") / user, Path("/run/media") / user, Path("/media"), Path("/mnt")]
    return [r for r in roots if r.is_dir()]


def _windows_volumes() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes
    import string

    if sys.platform != "win32":  # ctypes.windll exists only there (and so for mypy)
        return []
    out = []
    mask = ctypes.windll.kernel32.GetLogicalDrives()
    for i, letter in enumerate(string.ascii_uppercase):
        if mask & (1 << i):
            root = f"{letter}:\\"
            if ctypes.windll.kernel32.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                out.append(Path(root))
    return out


def mounted_device(mount: Path) -> str | None:
    """Linux: the "major:minor" of the block device mounted at ``mount``, else None."""
    majmin = None
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as fh:
            for line in fh:
                f = line.split()
                if len(f) > 4 and f[4].replace("\\040", " ") == str(mount):
                    majmin = f[2]
    except OSError:
        return None
    return majmin


def volume_id_of(mount: Path) -> str | None:
    """The file system's own id for the volume at ``mount`` (a FAT volume serial such as
    "1A2B-3C4D", an exFAT/ext4 UUID), from udev's /dev/disk/by-uuid links: a card keeps it
    whichever reader or camera it sits in, so the officer's tie of an unidentified card is
    remembered by it. None where it cannot be told (not Linux, not a block device)."""
    majmin = mounted_device(mount)
    if majmin is None:
        return None
    try:
        major, minor = (int(x) for x in majmin.split(":"))
    except ValueError:
        return None
    with contextlib.suppress(OSError), os.scandir("/dev/disk/by-uuid") as it:
        for e in it:
            with contextlib.suppress(OSError):
                rdev = os.stat(e.path).st_rdev
                if os.major(rdev) == major and os.minor(rdev) == minor:
                    return e.name
    node = device_node(majmin)
    return fat_serial(node) if node is not None else None


def device_node(majmin: str) -> Path | None:
    """/dev/NAME of a block device, from its sysfs uevent (no udev needed)."""
    try:
        text = Path(f"/sys/dev/block/{majmin}/uevent").read_text(encoding="utf-8")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("DEVNAME="):
            name = line.split("=", 1)[1].strip()
            if name and ".." not in name:
                return Path("/dev") / name
    return None


def fat_serial(device: Path) -> str | None:
    """The volume serial from a FAT12/16/32 or exFAT boot sector, as udev would name it
    ("1A2B-3C4D"), where there are no udev links (a minimal system) and the device can be
    read (root, or the disk group); None otherwise."""
    try:
        with open(device, "rb") as fh:
            boot = fh.read(512)
    except OSError:
        return None
    if len(boot) < 512 or boot[510:512] != b"\x55\xaa":
        return None
    if boot[3:11] == b"EXFAT   ":
        raw = boot[100:104]
    elif boot[82:90].startswith(b"FAT32") and boot[66] == 0x29:
        raw = boot[67:71]
    elif boot[54:59] in (b"FAT12", b"FAT16") and boot[38] == 0x29:
        raw = boot[39:43]
    else:
        return None
    n = int.from_bytes(raw, "little")
    return f"{n >> 16:04X}-{n & 0xFFFF:04X}"


def sysfs_resolver(mount: Path) -> UsbInfo | None:
    """Linux: mount point -> block device -> the USB device above it in sysfs."""
    try:
        majmin = mounted_device(mount)
        if majmin is None:
            return None
        node = Path(os.path.realpath(f"/sys/dev/block/{majmin}"))
        while node != node.parent:
            if (node / "idVendor").exists():
                def read(name: str, node: Path = node) -> str | None:
                    p = node / name
                    return p.read_text().strip() if p.exists() else None
                return UsbInfo(int(read("idVendor") or "0", 16),
                               int(read("idProduct") or "0", 16), read("serial"),
                               int(read("busnum") or 0) or None,
                               int(read("devnum") or 0) or None, read("product"),
                               read("manufacturer"))
            node = node.parent
    except (OSError, ValueError):
        return None
    return None


@dataclass
class DockedVolume:
    """One docked camera as the watcher sees it (before the vault is consulted)."""

    mount: Path | None
    label: str | None
    usb: UsbInfo | None
    profile: Profile | None
    extra: dict[str, Any] = field(default_factory=dict)
    volume_id: str | None = None     # the file system's id (see volume_id_of)

    @property
    def key(self) -> Any:
        return str(self.mount) if self.mount else ("usb", *(self.usb.key if self.usb else ()))

    def driver(self, backend: Any = None) -> MassStorageDriver | None:
        from app.devices.drivers import make_driver

        if self.profile is None:
            return None
        return make_driver(self.profile, self.mount, self.usb, backend)


@dataclass(frozen=True)
class DockEvent:
    kind: str                          # arrived | removed | usb_arrived | usb_removed
    volume: DockedVolume | None = None
    usb: UsbInfo | None = None
    at: float = field(default_factory=time.monotonic)


class _Wake(FileSystemEventHandler):
    def __init__(self, wake: Callable[[], None]) -> None:
        self.wake = wake

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.wake()


class DockWatcher:
    def __init__(self, roots: list[Path] | None = None, *, backend: Any = _DEFAULT,
                 profiles: list[Profile] | None = None, resolvers: list[Resolver] | None = None,
                 poll_s: float = 2.0, require_mount: bool | None = None,
                 settle_s: float = 0.2,
                 volume_ids: list[VolumeIdResolver] | None = None) -> None:
        self.roots = [Path(r) for r in roots] if roots is not None else default_mount_roots()
        self.backend = default_backend() if backend is _DEFAULT else backend
        # Profile files that were skipped (bad JSON, a wrong field): for the person to see.
        self.profile_problems: list[ProfileInvalid] = []
        if profiles is None:
            loaded = load_profiles_report()
            profiles, self.profile_problems = loaded.profiles, loaded.problems
        self.profiles = profiles
        self.resolvers = [*(resolvers or []), sysfs_resolver]
        self.volume_ids = [*(volume_ids or []), volume_id_of]
        self.poll_s = poll_s
        # System roots hold mount points; test and demo roots hold plain folders.
        self.require_mount = (roots is None) if require_mount is None else require_mount
        self.settle_s = settle_s
        self.events: queue.Queue[DockEvent] = queue.Queue()
        self._volumes: dict[str, DockedVolume] = {}
        self._usb: dict[Any, UsbInfo] = {}
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._observer: Any = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        self._observer = Observer()
        handler = _Wake(self._wake.set)
        for root in self.roots:
            if root.is_dir():
                self._observer.schedule(handler, str(root), recursive=False)
        self._observer.daemon = True
        self._observer.start()
        self._thread = threading.Thread(target=self._run, name="dock-watcher", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._observer is not None:
            self._observer.stop()
            with contextlib.suppress(RuntimeError):
                self._observer.join(timeout=5)
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def __enter__(self) -> DockWatcher:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.rescan()
            except Exception:  # keep watching whatever one rescan met
                log.exception("dock rescan failed")
            woke = self._wake.wait(self.poll_s)
            self._wake.clear()
            if woke and self.settle_s:
                self._stop.wait(self.settle_s)   # let a mount finish appearing

    # -- state -----------------------------------------------------------------------------
    def docked(self) -> list[DockedVolume]:
        with self._lock:
            return list(self._volumes.values())

    def is_present(self, mount: Path) -> bool:
        with self._lock:
            return str(mount) in self._volumes

    def _candidates(self) -> list[Path]:
        out: list[Path] = []
        for root in self.roots:
            try:
                with os.scandir(root) as it:
                    for e in it:
                        if e.name.startswith(".") or not e.is_dir(follow_symlinks=False):
                            continue
                        p = Path(e.path)
                        if self.require_mount and not os.path.ismount(p):
                            continue
                        out.append(p)
            except OSError:
                continue
        if sys.platform.startswith("win"):  # pragma: no cover
            out += _windows_volumes()
        return out

    def _resolve(self, mount: Path) -> UsbInfo | None:
        for r in self.resolvers:
            with contextlib.suppress(Exception):
                info = r(mount)
                if info is not None:
                    return info
        return None

    def _volume_id(self, mount: Path) -> str | None:
        for r in self.volume_ids:
            with contextlib.suppress(Exception):
                vid = r(mount)
                if vid:
                    return vid
        return None

    def rescan(self) -> list[DockEvent]:
        """One synchronous pass (the worker calls it; tests and the CLI may too)."""
        emitted: list[DockEvent] = []
        usb_now = {u.key: u for u in enumerate_usb(self.backend)}
        with self._lock:
            for key in set(self._usb) - set(usb_now):
                emitted.append(DockEvent("usb_removed", usb=self._usb.pop(key)))
            for key in set(usb_now) - set(self._usb):
                self._usb[key] = usb_now[key]
                arrived = usb_now[key]
                prof = match_profile(self.profiles, None, None, arrived.ids)
                if prof is not None:
                    emitted.append(DockEvent("usb_arrived", DockedVolume(
                        None, None, arrived, prof), usb=arrived))
            present = {str(p): p for p in self._candidates()}
            for key in set(self._volumes) - set(present):
                emitted.append(DockEvent("removed", self._volumes.pop(key)))
            for key, mount in present.items():
                known = self._volumes.get(key)
                if known is not None:
                    if known.usb is None:  # the USB side may be seen a moment later
                        info = self._resolve(mount)
                        if info is not None:
                            known.usb = info
                    continue
                info = self._resolve(mount)
                prof = match_profile(self.profiles, mount, mount.name,
                                     info.ids if info else None)
                if prof is None and not _has_entries(mount):
                    continue  # still mounting: look again next pass
                vol = DockedVolume(mount, mount.name, info, prof,
                                   volume_id=self._volume_id(mount))
                self._volumes[key] = vol
                emitted.append(DockEvent("arrived", vol))
        for ev in emitted:
            self.events.put(ev)
        return emitted


def _has_entries(path: Path) -> bool:
    try:
        with os.scandir(path) as it:
            return any(True for _ in it)
    except OSError:
        return False
