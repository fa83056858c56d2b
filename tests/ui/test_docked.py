"""Docked cameras: two cameras in a simulated dock download at once, each with its own
progress on Today (R20); footage lands in the vault and column 6 of the journal fills."""

from __future__ import annotations

from datetime import timedelta

from app.clock import from_iso
from app.devices.simulated import SimulatedDock
from app.devices.watcher import DockWatcher
from app.ui.common import Context
from app.ui.docked import DockBridge
from app.ui.main_window import MainWindow
from app.ui.today import DownloadCell
from tests.conftest import TEST_KDF


def _factory(dock: SimulatedDock, bridges: list[DockBridge]):
    """MainWindow's dock factory over the simulated dock; the bridge lands in ``bridges``."""
    def factory(ctx: Context) -> DockBridge:
        watcher = DockWatcher([dock.mount_root], backend=dock.backend,
                              resolvers=[dock.resolve], poll_s=0.2)
        bridges.append(DockBridge(ctx, watcher, backend=dock.backend))
        return bridges[0]
    return factory


def test_two_docked_cameras_download_with_progress(qtbot, stocked, vault_dir, clock,
                                                   tmp_path, ok_checklist):
    s = stocked
    for cam, who in (("BK-001", "IN-1"), ("BK-002", "IN-2")):
        s.custody.issue(who, cam, ok_checklist, card=cam.replace("BK", "MC"), seal="S")
    clock.advance(hours=8)
    for cam in ("BK-001", "BK-002"):
        s.custody.return_camera(cam)
    clock.advance(minutes=5)
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    bridges: list[DockBridge] = []

    factory = _factory(dock, bridges)
    win = MainWindow(vault_dir, clock=clock, lang="en", kdf=TEST_KDF, dock_factory=factory)
    qtbot.addWidget(win)
    win.open_session(s)
    bridge = bridges[0]
    today = win.workspace.today
    seen: dict[int, int] = {}
    bridge.progress.connect(lambda cam, d, t, _s: seen.__setitem__(cam, t))
    for n, serial in ((1, "SN-1"), (2, "SN-2")):
        p = s.custody.last_for_camera(s.registers.find_device(f"BK-00{n}").id)
        dock.add_camera(serial, n_files=2, size=3 * 1024 * 1024,
                        start=from_iso(p.issued_at) + timedelta(minutes=5), duration_s=600)
    reports = []
    bridge.done.connect(lambda cam, r: reports.append(r))
    bridge.start()
    qtbot.waitUntil(lambda: len(bridge.jobs) == 2 or len(reports) == 2, timeout=10000)
    qtbot.waitUntil(lambda: any(isinstance(today.cameras.cellWidget(r, 4), DownloadCell)
                                for r in range(today.cameras.rowCount())) or len(reports) == 2,
                    timeout=10000)
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=60000)
    assert all(not isinstance(r, BaseException) and r.complete for r in reports), reports
    assert len(seen) == 2  # one progress stream per camera
    assert s.footage.count() == 4
    for n in (1, 2):
        p = s.custody.last_for_camera(s.registers.find_device(f"BK-00{n}").id)
        assert p.downloaded_at is not None  # R8 met, R18 column 6 filled
    texts = [today.docked.item(i).text() for i in range(today.docked.count())]
    assert sum("2 recording(s) stored" in t for t in texts) == 2
    win.lock()


def test_cancel_one_camera_the_other_goes_on(qtbot, stocked, vault_dir, clock, tmp_path,
                                             ok_checklist):
    """Each docked camera's row on Today has its own cancel (R20)."""
    s = stocked
    for cam, who in (("BK-001", "IN-1"), ("BK-002", "IN-2")):
        s.custody.issue(who, cam, ok_checklist, card=cam.replace("BK", "MC"), seal="S")
    clock.advance(hours=8)
    for cam in ("BK-001", "BK-002"):
        s.custody.return_camera(cam)
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    bridges: list[DockBridge] = []

    factory = _factory(dock, bridges)
    win = MainWindow(vault_dir, clock=clock, lang="en", kdf=TEST_KDF, dock_factory=factory)
    qtbot.addWidget(win)
    win.open_session(s)
    bridge, today = bridges[0], win.workspace.today
    first = s.registers.find_device("BK-001").id
    for n, serial, size in ((1, "SN-1", 48), (2, "SN-2", 2)):
        p = s.custody.last_for_camera(s.registers.find_device(f"BK-00{n}").id)
        dock.add_camera(serial, n_files=3, size=size << 20,
                        start=from_iso(p.issued_at) + timedelta(minutes=5), duration_s=600)
    reports: dict[int, object] = {}
    bridge.done.connect(lambda cam, r: reports.__setitem__(cam, r))

    def cancel_first(cam: int, done: int, total: int, _stage: str) -> None:
        cell = today.download_cell(first)
        if cam == first and cell is not None and cell.cancel.isEnabled():
            cell.cancel.click()

    bridge.progress.connect(cancel_first)
    bridge.start()
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=60000)
    stopped = reports[first]
    other = next(r for c, r in reports.items() if c != first)
    assert not isinstance(other, BaseException) and other.complete
    assert not stopped.complete and stopped.aborted == "cancelled"
    assert "download was stopped" in stopped.aborted_message
    texts = [today.docked.item(i).text() for i in range(today.docked.count())]
    assert any("download was stopped" in t for t in texts)
    assert today.download_cell(first) is None  # the row is back to normal
    win.lock()


def test_head_session_sees_the_camera_but_does_not_download(qtbot, stocked, vault_dir, clock,
                                                           tmp_path, ok_checklist):
    """R1: with the head unlocked, a docked camera is announced, not downloaded."""
    from app.model import vault
    from tests.conftest import HEAD_PW

    stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S")
    clock.advance(hours=8)
    stocked.custody.return_camera("BK-001")
    stocked.lock()
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    dock.add_camera("SN-1", n_files=1, size=1024 * 1024)
    bridges: list[DockBridge] = []

    factory = _factory(dock, bridges)
    win = MainWindow(vault_dir, clock=clock, lang="en", kdf=TEST_KDF, dock_factory=factory)
    qtbot.addWidget(win)
    head = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    win.open_session(head)
    statuses: list[str] = []
    bridges[0].status.connect(lambda _k, text: statuses.append(text))
    bridges[0].start()
    qtbot.waitUntil(lambda: bool(statuses), timeout=10000)
    assert "responsible officer downloads it" in statuses[0] and not bridges[0].jobs
    assert head.footage.count() == 0 and all(f.exists() for f in dock.cameras["SN-1"].files)
    win.lock()
