"""What the desk shows for a docked camera, and the clock set at issue (R1, R4, R11).

``describe(session, volume, backend)`` -> :class:`DockedCamera`: inventory number (or
``needs_registration`` with the serial and USB ids to register, R4), who holds or last held
it, clock offset, battery, findings (factory-default password), and how much footage waits.
``set_camera_clock(session, driver, camera)`` sets the camera's date and time from the PC
clock and journals it ("clock_set").
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.clock import to_iso
from app.devices.usbscan import DeviceError
from app.errors import DalelError
from app.ingest.identity import VolumeIdentity, identify

if TYPE_CHECKING:
    from app.model.vault import VaultSession


@dataclass
class DockedCamera:
    mount: str | None
    profile: str | None
    driver: str | None
    serial: str | None
    usb: dict[str, Any] | None
    camera_id: int | None = None
    inventory_no: str | None = None
    needs_registration: bool = False   # a camera that names itself, in no register (R4)
    unidentified: bool = False         # tells no camera serial: the officer ties it
    volume_id: str | None = None
    label: str | None = None
    holder: str | None = None
    custody_id: int | None = None
    custody_open: bool = False
    clock_offset_s: float | None = None
    clock_method: str | None = None
    battery: int | None = None
    recordings: int = 0
    bytes: int = 0
    skipped: int = 0
    findings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def driver_for(volume: Any, backend: Any = None) -> Any:
    """The volume's driver; a volume no profile knows (tied by the officer) is read as a
    plain folder of recordings."""
    if volume.profile is not None:
        return volume.driver(backend)
    from app.devices.drivers import make_driver
    from app.devices.profiles import Profile
    from app.ingest.job import FOLDER_PROFILE

    return make_driver(Profile.from_dict(FOLDER_PROFILE), volume.mount, volume.usb, backend)


def can_set_clock(driver: Any) -> bool:
    """Whether the program can set this camera's clock (a command channel or a time file)."""
    return driver.name != "mass_storage" or bool(getattr(driver.profile, "time_file", None))


def describe(session: VaultSession, volume: Any, backend: Any = None,
             ident: VolumeIdentity | None = None) -> DockedCamera:
    """``ident``: the volume's identity when the caller has just worked it out (the
    window's docking station needs both; asking the camera twice costs a USB round trip)."""
    tz = session.settings.get("timezone")
    prof = volume.profile
    info = DockedCamera(str(volume.mount) if volume.mount else None,
                        prof.name if prof else None, prof.driver if prof else None,
                        volume.usb.serial if volume.usb else None,
                        volume.usb.as_dict() if volume.usb else None)
    ident = ident or identify(session, volume, backend)
    info.volume_id, info.label = ident.volume_id, ident.label
    info.needs_registration = ident.unregistered_camera
    info.unidentified = not ident.identified and not ident.unregistered_camera
    if prof is None:
        # No camera layout: read as a folder, counting only what can be footage (a memory
        # stick of documents is not a card to tie to a camera).
        if volume.mount is not None:
            try:
                scan = driver_for(volume, backend).recordings(tz)
                media = [r for r in scan.recordings if r.media != "other"]
                info.recordings, info.bytes = len(media), sum(r.size for r in media)
            except (OSError, DalelError) as exc:
                info.errors.append(str(exc))
        return info
    drv = volume.driver(backend)
    try:
        dev = drv.identify()
        info.serial = dev.serial or dev.device_id
        info.findings = [f.text() for f in drv.findings()]
        info.battery = drv.battery()
    except DeviceError as exc:
        info.errors.append(str(exc))
    cam = session.registers.device(ident.camera_id) if ident.camera_id else None
    if cam is not None:
        info.camera_id, info.inventory_no = cam.id, cam.inventory_no
        period = session.custody.open_for_camera(cam.id) or \
            session.custody.last_for_camera(cam.id)
        if period is not None:
            info.custody_id, info.custody_open = period.id, period.is_open
            info.holder = session.registers.staff(period.inspector_id).full_name
    if volume.mount is not None:
        try:
            scan = drv.recordings(tz)
            info.recordings, info.bytes, info.skipped = (len(scan.recordings),
                                                         scan.total_bytes, len(scan.skipped))
            clock = drv.read_clock(session.clock.now(), tz)
            info.clock_offset_s, info.clock_method = clock.offset_s, clock.method
        except (OSError, DalelError) as exc:
            info.errors.append(str(exc))
    drv.close()
    return info


def set_camera_clock(session: VaultSession, driver: Any, camera: Any, *, at: str = "command",
                     offset_before_s: float | None = None) -> dict[str, Any]:
    """Set the camera's date and time from the PC clock (R1), and journal it with how far
    off the camera was *before* (read now unless the caller just read it): that offset is
    evidence of when its recordings really were made. ``at``: docking | issue | command."""
    session.custody.require_officer()
    tz = session.settings.get("timezone")
    if offset_before_s is None:
        with contextlib.suppress(DeviceError, OSError):
            offset_before_s = driver.read_clock(session.clock.now(), tz).offset_s
    now = session.clock.now()
    method = driver.set_clock(now, tz)
    period = session.custody.open_for_camera(camera.id)
    data = {"camera_inventory": camera.inventory_no, "set_to": to_iso(now), "method": method,
            "offset_before_s": offset_before_s, "at": at}
    with session.db.write() as con:
        entry = session.journal.append_in(con, "clock_set", custody_id=period.id
                                          if period else None, camera_id=camera.id,
                                          data=data)
        session.audit.append_in(con, "clock_set", session.role, session.actor_id, None, data)
    data["journal_seq"] = entry.seq
    return data
