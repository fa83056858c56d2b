"""The watcher on real file-system events (watchdog on a temp folder) + the fake USB bus."""

from __future__ import annotations

import queue

import pytest

from app.devices.simulated import SimulatedDock
from app.devices.watcher import DockWatcher


def _collect(w: DockWatcher, want: dict[str, int], timeout: float = 10.0) -> list:
    got = []
    counts: dict[str, int] = {}
    while any(counts.get(k, 0) < n for k, n in want.items()):
        try:
            ev = w.events.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"events missing: wanted {want}, got {counts}")
        got.append(ev)
        counts[ev.kind] = counts.get(ev.kind, 0) + 1
    return got


def test_several_cameras_arrive_and_leave(tmp_path, clock):
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    # poll far slower than the test: only file-system events can wake the watcher in time
    with DockWatcher([dock.mount_root], backend=dock.backend, resolvers=[dock.resolve],
                     poll_s=60, settle_s=0.05) as w:
        for i in range(4):
            dock.add_camera(f"SN-{i}", 1, 4096, kind="ambarella" if i == 3 else "simulated")
        evs = _collect(w, {"arrived": 4})
        arrived = [e.volume for e in evs if e.kind == "arrived"]
        assert sorted(v.usb.serial for v in arrived) == ["SN-0", "SN-1", "SN-2", "SN-3"]
        assert {v.profile.name for v in arrived} == {"simulated", "ambarella"}
        assert len(w.docked()) == 4
        dock.remove_camera("SN-1")
        evs = _collect(w, {"removed": 1})
        assert [e.volume.usb.serial for e in evs if e.kind == "removed"] == ["SN-1"]
        assert not w.is_present(tmp_path / "dock" / "media" / "CAM02")


def test_usb_only_camera_is_reported(tmp_path, clock):
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    w = DockWatcher([dock.mount_root], backend=dock.backend, resolvers=[dock.resolve])
    cam = dock.add_camera("SN-7", 1, 4096, kind="ambarella")
    evs = w.rescan()
    kinds = sorted(e.kind for e in evs)
    assert kinds == ["arrived", "usb_arrived"]
    dock.backend.unplug(cam.usb)
    assert [e.kind for e in w.rescan()] == ["usb_removed"]


def test_empty_folder_waits_until_mounted(tmp_path):
    root = tmp_path / "media"
    (root / "VOL").mkdir(parents=True)
    w = DockWatcher([root], backend=None)
    assert w.rescan() == []               # still mounting
    (root / "VOL" / "DCIM").mkdir()
    evs = w.rescan()
    assert [e.kind for e in evs] == ["arrived"] and evs[0].volume.profile.name == "generic-dcim"
