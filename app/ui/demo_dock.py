"""The demo's docking station: a simulated dock whose cards read at a USB 2 camera's
speed, and the Docking station menu's "put a camera into the dock"."""

from __future__ import annotations

import shutil
import threading
from datetime import timedelta
from pathlib import Path

from app.clock import from_iso
from app.devices.simulated import SimulatedDock
from app.devices.throttle import USB2_CAMERA_BYTES_PER_S
from app.devices.watcher import DockWatcher
from app.ui.common import Context
from app.ui.docked import DockBridge


def demo_dock(ctx: Context) -> DockBridge:
    """The demo's docking station: camera BK-002, handed in and not yet downloaded, sits in
    a simulated dock whose card reads at a USB 2 camera's speed, so the newcomer watches
    the download, the verification and the wipe; any camera taken back can be put into
    the dock from the Docking station menu (:func:`dock_demo_camera`)."""
    s = ctx.session
    root = Path(s.path).parent / "demo-dock"
    shutil.rmtree(root, ignore_errors=True)  # a fresh dock each start
    dock = SimulatedDock(root, clock=s.clock)
    watcher = DockWatcher([dock.mount_root], backend=dock.backend, resolvers=[dock.resolve],
                          volume_ids=[dock.volume_id], poll_s=0.5)
    bridge = DockBridge(ctx, watcher, backend=dock.backend,
                        card_bytes_per_s=USB2_CAMERA_BYTES_PER_S)
    bridge.simulated = dock  # type: ignore[attr-defined]
    cam = s.registers.find_device("BK-002", "camera")
    last = s.custody.last_for_camera(cam.id)
    if cam.serial and last and last.downloaded_at is None:
        dock_demo_camera(bridge, cam.inventory_no)
    return bridge


DEMO_FILES, DEMO_FILE_BYTES = 4, 96 * 1024 * 1024   # ~11 s at a USB 2 camera's speed


def demo_cameras(bridge: DockBridge) -> list[str]:
    """Cameras the demo can put into its dock: back in store, not docked already."""
    dock = getattr(bridge, "simulated", None)
    if dock is None or bridge.ctx.session.is_locked:
        return []
    s = bridge.ctx.session
    out = []
    for dev in s.registers.list_devices(kind="camera"):
        if dev.state in ("issued", "written_off") or not dev.serial:
            continue
        if dev.serial in dock.cameras:
            continue
        out.append(dev.inventory_no)
    return out


def dock_demo_camera(bridge: DockBridge, inventory_no: str) -> threading.Thread:
    """Put a camera into the demo's simulated dock, with recordings of its last issue. The
    card is written on a thread of its own (hundreds of MB: the window must not wait); it
    appears in the dock at once when written, as a mounted card does."""
    dock = bridge.simulated  # type: ignore[attr-defined]
    s = bridge.ctx.session
    cam = s.registers.find_device(inventory_no, "camera")
    last = s.custody.last_for_camera(cam.id)
    start = (from_iso(last.issued_at) + timedelta(minutes=10) if last else
             s.clock.now() - timedelta(hours=2))
    worker = threading.Thread(
        target=dock.add_camera, name=f"demo-card {inventory_no}", daemon=True,
        args=(cam.serial,), kwargs={"n_files": DEMO_FILES, "size": DEMO_FILE_BYTES,
                                    "start": start, "duration_s": 900.0, "big": True,
                                    "label": cam.inventory_no})
    worker.start()
    return worker
