"""Which registered camera a docked volume is, before anything is copied (R4).

A volume is tied to a camera by what the device itself says: the serial of a camera whose
profile matched its USB ids or that answered on its command channel. A card in a plain
reader, or a camera with no readable serial, says nothing about the camera; the reader's
own USB serial is not the camera's. Such a volume is *unidentified* until the responsible
officer ties it to a registered camera (or to a card, whose last custody names the camera)
by inventory number; that choice goes into the journal ("tie") with the file system's
volume id, so the same card is recognised at its next docking.

``dalel dock ingest --mount X --camera Y`` and the window both go through
:func:`identify` and :func:`require_camera`: a volume whose own identity names another
camera is refused, never filed under the camera someone typed.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.devices.usbscan import DeviceError
from app.errors import InvalidInput, NotFound, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.model.vault import VaultSession

# How a volume was tied to its camera.
BY_SERIAL = "serial"          # the camera's own serial, registered
BY_TIE = "remembered"         # the officer tied this volume id earlier (journal "tie")
UNIDENTIFIED = "none"


@dataclass
class VolumeIdentity:
    label: str                          # what the officer sees: volume name or mount
    serial: str | None = None           # the device's own serial, when it is the camera's
    volume_id: str | None = None        # the file system's id (FAT volume serial, UUID)
    camera_id: int | None = None
    inventory_no: str | None = None
    how: str = UNIDENTIFIED
    tie_seq: int | None = None          # the journal's "tie" entry, when tied by the officer
    usb: dict[str, Any] | None = None

    @property
    def identified(self) -> bool:
        return self.camera_id is not None

    @property
    def unregistered_camera(self) -> bool:
        """A camera that names itself but is in no register: register it (R4)."""
        return self.camera_id is None and self.serial is not None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def own_serial(volume: Any, backend: Any = None) -> str | None:
    """The camera's own serial, or None where the volume does not tell it (a card reader,
    a generic mass-storage camera matched only by its folder layout)."""
    prof = volume.profile
    if prof is None:
        return None
    usb = volume.usb
    matched_by_usb = usb is not None and (usb.vid, usb.pid) in set(prof.usb_ids)
    if prof.driver == "mass_storage" and not matched_by_usb:
        return None
    drv = volume.driver(backend)
    try:
        ident = drv.identify()
        return ident.serial or ident.device_id
    except DeviceError:
        return None
    finally:
        with contextlib.suppress(Exception):
            drv.close()


def label_of(volume: Any) -> str:
    return str(volume.label or (volume.mount.name if volume.mount else "") or "?")


def identify(session: VaultSession, volume: Any, backend: Any = None) -> VolumeIdentity:
    ident = VolumeIdentity(label_of(volume), own_serial(volume, backend),
                           getattr(volume, "volume_id", None),
                           usb=volume.usb.as_dict() if volume.usb else None)
    reg = session.registers
    if ident.serial:
        cam = reg.find_by_serial(ident.serial, "camera")
        if cam is not None:
            ident.camera_id, ident.inventory_no, ident.how = cam.id, cam.inventory_no, BY_SERIAL
        return ident          # a camera that names itself is never tied by hand
    usb_serial = volume.usb.serial if volume.usb else None
    cam = reg.find_by_serial(usb_serial, "camera") if usb_serial else None
    if cam is not None:
        # A plain mass-storage camera the office registered under the USB serial it shows
        # (``dalel dock list``): that registration names it.
        ident.camera_id, ident.inventory_no, ident.how = cam.id, cam.inventory_no, BY_SERIAL
        return ident
    if ident.volume_id:
        tie = remembered_tie(session, ident.volume_id)
        if tie is not None:
            cam = reg.device(tie.camera_id)
            if cam.state != "written_off":
                ident.camera_id, ident.inventory_no = cam.id, cam.inventory_no
                ident.how, ident.tie_seq = BY_TIE, tie.seq
    return ident


def remembered_tie(session: VaultSession, volume_id: str) -> Any:
    """The newest "tie" entry for this volume id (a later tie overrides an earlier one)."""
    for e in reversed(session.journal.entries(kind="tie")):
        if e.data.get("volume_id") == volume_id:
            return e
    return None


def camera_for(session: VaultSession, inventory_no: str) -> tuple[Any, Any]:
    """(camera, card) for an inventory number the officer typed: a camera, or a card whose
    newest custody names the camera it was in."""
    reg = session.registers
    number = " ".join(str(inventory_no).split())
    if not number:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "Type the inventory number of the camera or card this volume belongs to."))
    with contextlib.suppress(NotFound):
        return reg.find_device(number, "camera"), None
    try:
        card = reg.find_device(number, "card")
    except NotFound:
        raise NotFound(QT_TRANSLATE_NOOP(
            "core", "No camera or memory card has the inventory number {number} (R4)."),
            number=number) from None
    period = session.custody.last_for_card(card.id)
    if period is None:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "Memory card {number} was never issued in a camera, so whose footage it "
                    "holds is unknown. Tie the volume to the camera instead."), number=number)
    return reg.device(period.camera_id), card


def tie(session: VaultSession, volume: Any, ident: VolumeIdentity, inventory_no: str
        ) -> VolumeIdentity:
    """The officer says which registered camera (or card) an unidentified volume is (R4);
    journalled, and remembered by the volume id for the next docking."""
    session.custody.require_officer()
    if ident.serial:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "This camera tells its own serial ({serial}); it cannot be tied to another "
                    "inventory number. Register it instead (R4)."), serial=ident.serial)
    cam, card = camera_for(session, inventory_no)
    if cam.state == "written_off":
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "Camera {number} is written off."), number=cam.inventory_no)
    data = {"volume_id": ident.volume_id, "label": ident.label,
            "mount": str(volume.mount) if volume.mount else None,
            "camera_inventory": cam.inventory_no,
            "card_inventory": card.inventory_no if card else None, "usb": ident.usb}
    same = _same_tie(session, data)
    if same is not None:    # tied so already: the journal says it once, not per docking
        return VolumeIdentity(ident.label, None, ident.volume_id, cam.id, cam.inventory_no,
                              BY_TIE, same.seq, ident.usb)
    period = session.custody.open_for_camera(cam.id) or session.custody.last_for_camera(
        cam.id)
    with session.db.write() as con:
        entry = session.journal.append_in(con, "tie", custody_id=period.id if period else None,
                                          camera_id=cam.id, card_id=card.id if card else None,
                                          data=data)
        session.audit.append_in(con, "tie", session.role, session.actor_id, None,
                                dict(data, journal_seq=entry.seq))
    return VolumeIdentity(ident.label, None, ident.volume_id, cam.id, cam.inventory_no,
                          BY_TIE, entry.seq, ident.usb)


def _same_tie(session: VaultSession, data: dict[str, Any]) -> Any:
    """The newest "tie" entry of this volume (its volume id; a folder without one: the
    same folder), when it names the same camera and card; None when there is none or it
    names another (then the new choice is journalled: a later tie overrides)."""
    vid = data["volume_id"]
    for e in reversed(session.journal.entries(kind="tie")):
        d = e.data
        if vid is not None and d.get("volume_id") != vid:
            continue
        if vid is None and (d.get("volume_id") is not None or d.get("mount") != data["mount"]
                            or data["mount"] is None):
            continue
        same = (d.get("camera_inventory") == data["camera_inventory"]
                and d.get("card_inventory") == data["card_inventory"])
        return e if same else None
    return None


def require_camera(session: VaultSession, volume: Any, camera: Any, backend: Any = None
                   ) -> VolumeIdentity:
    """Before a volume is filed under ``camera``: refused when the volume's own identity
    (its serial, or the officer's earlier tie) names another camera; an unidentified
    volume is tied to ``camera`` now (the command line's ``--camera`` is the officer's
    choice)."""
    ident = identify(session, volume, backend)
    if ident.identified and ident.camera_id != camera.id:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "The volume {label} is camera {found}, not {named}; nothing was copied."),
            label=ident.label, found=ident.inventory_no, named=camera.inventory_no)
    if ident.unregistered_camera:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "The volume {label} is a camera with serial {serial} that is not "
                    "registered; register it with its own inventory number first (R4). "
                    "Nothing was copied."), label=ident.label, serial=ident.serial)
    if not ident.identified:
        ident = tie(session, volume, ident, camera.inventory_no)
    return ident


def volume_for_folder(folder: Path | str) -> Any:
    """A folder given on the command line, as the watcher would have seen it."""
    from app.devices.profiles import load_profiles, match_profile
    from app.devices.watcher import DockedVolume, volume_id_of
    from app.ingest.source import check_folder

    folder = check_folder(folder)
    prof = match_profile(load_profiles(), folder, folder.name, None)
    return DockedVolume(folder, folder.name, None, prof, volume_id=volume_id_of(folder))
