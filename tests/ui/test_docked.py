"""The docking station in the window (issue 11; R1, R4, R14, R20): on a real vault made by
``dalel init`` and opened through the program's own entry point, docked volumes are watched,
named, tied, downloaded, verified and wiped on the button; several at once up to the
setting, each with its own progress and cancel; the head's window shows them and downloads
nothing; locking stops the watching and unlocking picks up what is docked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app import gui_main
from app.cli.main import main as cli_main
from app.clock import from_iso
from app.devices.simulated import SimulatedDock
from app.model import vault
from app.ui.common import Context
from app.ui.dialogs import MessageBox
from app.ui.docked import DockBridge, watched_dock
from app.ui.docked_row import State
from app.ui.main_window import MainWindow
from tests.conftest import HEAD_PW, OFFICER_PW, TEST_KDF


def _factory(dock: SimulatedDock, bridges: list[DockBridge], rate: float | None = None,
             roots: list[Path] | None = None):
    """The real program's dock factory (``watched_dock``: the ``mount_roots`` setting when
    ``roots`` is None), with the simulated dock's USB backend and volume ids in place of the
    machine's; the bridge lands in ``bridges``."""
    def factory(ctx: Context) -> DockBridge:
        bridge = watched_dock(ctx, backend=dock.backend, resolvers=[dock.resolve],
                              volume_ids=[dock.volume_id], roots=roots, poll_s=0.2,
                              card_bytes_per_s=rate)
        bridges.append(bridge)
        return bridge
    return factory


def _states(bridge: DockBridge) -> dict[str | None, str]:
    return {(r.ident.inventory_no if r.ident else None): r.state for r in bridge.rows.values()}


def _out_and_back(s, clock, checklist, pairs) -> None:
    for cam, who in pairs:
        s.custody.issue(who, cam, checklist, card=cam.replace("BK", "MC"), seal="S")
    clock.advance(hours=8)
    for cam, _who in pairs:
        s.custody.return_camera(cam)
    clock.advance(minutes=5)


def _dock_recorded(s, dock: SimulatedDock, serial: str, camera: str, **kw):
    p = s.custody.last_for_camera(s.registers.find_device(camera).id)
    kw.setdefault("n_files", 2)
    kw.setdefault("size", 2 * 1024 * 1024)
    return dock.add_camera(serial, start=from_iso(p.issued_at) + timedelta(minutes=5),
                           duration_s=600, **kw)


# -- the real program: `dalel init`, `main.py --vault DIR`, the unlock page -----------------
@pytest.fixture
def real_vault(tmp_path: Path, monkeypatch) -> Path:
    """A vault made by the command line, as an office makes it: one inspector, BK-001
    registered by serial, BK-002 without, cards MC-001/MC-002, and the simulated dock's
    folder as the watched mount root (setting ``mount_roots``)."""
    path = tmp_path / "office-vault"
    media = tmp_path / "dock" / "media"
    media.mkdir(parents=True)
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    monkeypatch.setenv("DALEL_HEAD_PASSWORD", HEAD_PW)
    run = [["init", "--officer-surname", "Ахметов", "--officer-name", "Серік",
            "--officer-number", "OF-1", "--head-surname", "Омарова", "--head-name",
            "Әйгерім", "--head-number", "HD-1", "--unit", "Алматы", "--kdf-seconds", "0"],
           ["staff", "add", "--surname", "Сейітов", "--name", "Ерлан", "--number", "IN-1"],
           ["device", "add", "camera", "BK-001", "--serial", "SN-1"],
           ["device", "add", "camera", "BK-002"],
           ["device", "add", "card", "MC-001"], ["device", "add", "card", "MC-002"],
           ["settings", "mount_roots", str(media)]]
    for args in run:
        assert cli_main(["--vault", str(path), *args]) == 0, args
    return path


def _open(qtbot, path: Path, clock, factory, role: str = "officer") -> MainWindow:
    args = gui_main.parse(["--vault", str(path), "--lang", "en"])
    win = gui_main.build_window(args, dock_factory=factory, clock=clock)
    qtbot.addWidget(win)
    win.show()
    page = win.entry
    if role == "head":
        page.head.setChecked(True)
    page.password.setText(OFFICER_PW if role == "officer" else HEAD_PW)
    page.submit()
    qtbot.waitUntil(lambda: win.ctx is not None, timeout=20000)
    return win


def _after_a_day(qtbot, path: Path, clock, tmp_path: Path, checklist, camera: str):
    """``camera`` out with IN-1 and back; the program opened on the vault, the officer
    unlocked; (window, bridge, docking panel, simulated dock)."""
    s = vault.unlock(path, "officer", OFFICER_PW, clock)
    _out_and_back(s, clock, checklist, [(camera, "IN-1")])
    s.lock()
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    bridges: list[DockBridge] = []
    win = _open(qtbot, path, clock, _factory(dock, bridges))
    return win, bridges[0], win.workspace.today.dock_panel, dock


def _window_on(qtbot, vault_dir: Path, s, clock, tmp_path: Path, rate: float | None = None):
    """The window on the unlocked session ``s``, with a simulated dock whose mount root is
    watched; (window, bridge, docking panel, simulated dock)."""
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    bridges: list[DockBridge] = []
    win = MainWindow(vault_dir, clock=clock, lang="en", kdf=TEST_KDF,
                     dock_factory=_factory(dock, bridges, rate=rate, roots=[dock.mount_root]))
    qtbot.addWidget(win)
    win.open_session(s)
    return win, bridges[0], win.workspace.today.dock_panel, dock


def test_real_vault_watches_downloads_verifies_and_wipes_on_the_button(
        qtbot, real_vault, clock, tmp_path, ok_checklist):
    win, bridge, panel, dock = _after_a_day(qtbot, real_vault, clock, tmp_path, ok_checklist,
                                            "BK-001")
    assert bridge.started and panel is not None
    session = win.session
    cam = _dock_recorded(session, dock, "SN-1", "BK-001", n_files=3)
    qtbot.waitUntil(lambda: _states(bridge).get("BK-001") == State.VERIFIED, timeout=30000)
    row = next(iter(bridge.rows.values()))
    assert row.info.holder == "Ерлан Сейітов" and row.info.battery == 87
    assert session.footage.count() == 3
    period = session.custody.last_for_camera(session.registers.find_device("BK-001").id)
    assert period.downloaded_at is not None            # R18 column 6
    # the camera's clock was set after the download, the offset found journalled (R1)
    [clock_set] = session.journal.entries(kind="clock_set")
    assert clock_set.data["at"] == "docking" and "offset_before_s" in clock_set.data
    # the wipe button: enabled, counts the files, asks, wipes, journals
    button = panel.button(row.key, "wipe")
    assert button is not None and button.isEnabled() and "3" in button.text()
    # its whole text shows (a cell widget does not widen its column by itself)
    qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width(), timeout=5000)
    assert all(f.exists() for f in cam.files)
    MessageBox.set_next_answer(MessageBox.Button.Yes)
    button.click()
    qtbot.waitUntil(lambda: row.state == State.WIPED, timeout=20000)
    assert row.wiped == 3 and not any(f.exists() for f in cam.files)
    assert [e.data["phase"] for e in session.journal.entries(kind="wipe")] == ["intent", "done"]
    assert "3 file(s) wiped" in panel.state_text(row)
    # taken out: the row goes
    dock.remove_camera("SN-1")
    qtbot.waitUntil(lambda: not bridge.rows, timeout=10000)
    # docked again, wiped: no "Wipe card (0 files)" to press (a GUI examiner's finding)
    dock.add_camera("SN-1", n_files=0)
    qtbot.waitUntil(lambda: _states(bridge).get("BK-001") == State.VERIFIED, timeout=30000)
    row = next(iter(bridge.rows.values()))
    assert not bridge.can_wipe(row.key)
    assert "nothing to wipe" in panel.state_text(row) and "can be wiped" not in \
        panel.state_text(row)
    win.lock()
    assert not bridge.started and not bridge.watcher.running


def test_unidentified_card_is_tied_by_the_officer_then_recognised(
        qtbot, real_vault, clock, tmp_path, ok_checklist):
    win, bridge, panel, dock = _after_a_day(qtbot, real_vault, clock, tmp_path, ok_checklist,
                                            "BK-002")
    _dock_recorded(win.session, dock, "READER-1", "BK-002", kind="mass_storage",
                   volume_id="5E1F-22AA")
    qtbot.waitUntil(lambda: [r.state for r in bridge.rows.values()] == [State.UNIDENTIFIED],
                    timeout=10000)
    row = next(iter(bridge.rows.values()))
    assert panel.table.item(0, 0).text() == "CAM01"       # shown by its name
    assert win.session.footage.count() == 0               # nothing copied before the tie
    panel.button(row.key, "tie").click()
    dialog = panel.dialog
    dialog.number.setCurrentText("MC-002")                # its card: the card's camera
    dialog.accept()
    qtbot.waitUntil(lambda: row.state == State.VERIFIED, timeout=30000)
    assert row.ident.inventory_no == "BK-002" and win.session.footage.count() == 2
    [tie] = win.session.journal.entries(kind="tie")
    assert tie.data["volume_id"] == "5E1F-22AA" and tie.data["card_inventory"] == "MC-002"
    # docked again: recognised by its volume id, no question asked
    dock.remove_camera("READER-1")
    qtbot.waitUntil(lambda: not bridge.rows, timeout=10000)
    _dock_recorded(win.session, dock, "READER-1", "BK-002", kind="mass_storage",
                   volume_id="5E1F-22AA", n_files=1)
    qtbot.waitUntil(lambda: _states(bridge).get("BK-002") == State.VERIFIED, timeout=30000)
    assert len(win.session.journal.entries(kind="tie")) == 1
    win.lock()


def test_a_card_with_no_volume_id_is_downloaded_once_tied(qtbot, real_vault, clock, tmp_path,
                                                          ok_checklist):
    """The examiner's card in a plain reader (no file-system id, as every such card on
    Windows): the tie was journalled but the row went back to "not identified" for ever."""
    win, bridge, _panel, dock = _after_a_day(qtbot, real_vault, clock, tmp_path, ok_checklist,
                                             "BK-002")
    _dock_recorded(win.session, dock, "READER-2", "BK-002", kind="mass_storage",
                   volume_id=None)
    qtbot.waitUntil(lambda: [r.state for r in bridge.rows.values()] == [State.UNIDENTIFIED],
                    timeout=10000)
    row = next(iter(bridge.rows.values()))
    assert row.ident is not None and row.ident.volume_id is None
    bridge.tie(row.key, "BK-002")
    qtbot.waitUntil(lambda: row.state == State.VERIFIED, timeout=30000)
    assert win.session.footage.count() == 2
    assert len(win.session.journal.entries(kind="tie")) == 1
    win.lock()


def test_an_unknown_camera_is_registered_where_it_is_docked(qtbot, real_vault, clock,
                                                            tmp_path):
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    bridges: list[DockBridge] = []
    win = _open(qtbot, real_vault, clock, _factory(dock, bridges))
    bridge, panel = bridges[0], win.workspace.today.dock_panel
    dock.add_camera("SN-NEW", n_files=1, size=1 << 20)
    qtbot.waitUntil(lambda: [r.state for r in bridge.rows.values()] == [State.UNREGISTERED],
                    timeout=10000)
    row = next(iter(bridge.rows.values()))
    panel.button(row.key, "register").click()
    panel.dialog.number.setText("BK-014")
    panel.dialog.accept()
    qtbot.waitUntil(lambda: row.state == State.VERIFIED, timeout=30000)
    cam = win.session.registers.find_device("BK-014")
    assert cam.serial == "SN-NEW" and row.ident.inventory_no == "BK-014"
    win.lock()


def test_head_sees_docked_cameras_downloads_nothing_and_unlock_picks_them_up(
        qtbot, real_vault, clock, tmp_path, ok_checklist):
    s = vault.unlock(real_vault, "officer", OFFICER_PW, clock)
    _out_and_back(s, clock, ok_checklist, [("BK-001", "IN-1")])
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    cam = _dock_recorded(s, dock, "SN-1", "BK-001")
    s.lock()
    bridges: list[DockBridge] = []
    factory = _factory(dock, bridges)
    win = _open(qtbot, real_vault, clock, factory, role="head")
    head_bridge = bridges[0]
    qtbot.waitUntil(lambda: _states(head_bridge).get("BK-001") == State.WAITING, timeout=10000)
    panel = win.workspace.today.dock_panel
    row = next(iter(head_bridge.rows.values()))
    assert "responsible officer downloads it" in panel.state_text(row)
    assert panel.button(row.key, "download") is None and panel.button(row.key, "wipe") is None
    assert win.session.footage.count() == 0 and all(f.exists() for f in cam.files)
    win.lock()                                    # the watcher stops with the session
    assert not head_bridge.watcher.running
    page = win.entry
    page.password.setText(OFFICER_PW)
    page.submit()
    qtbot.waitUntil(lambda: win.ctx is not None, timeout=20000)
    officer_bridge = bridges[-1]
    assert officer_bridge is not head_bridge
    qtbot.waitUntil(lambda: _states(officer_bridge).get("BK-001") == State.VERIFIED,
                    timeout=30000)
    assert win.session.footage.count() == 2
    win.lock()


def test_downloads_run_up_to_the_setting_the_rest_queue_and_each_cancels(
        qtbot, stocked, vault_dir, clock, tmp_path, ok_checklist):
    s = stocked
    s.registers.add_staff("Әлиев", "Нұр", "IN-3")
    _out_and_back(s, clock, ok_checklist, [("BK-001", "IN-1"), ("BK-002", "IN-2"),
                                           ("BK-003", "IN-3")])
    with s.db.write() as con:
        s.settings.set_in(con, "max_parallel_downloads", 2)
    win, bridge, panel, dock = _window_on(qtbot, vault_dir, s, clock, tmp_path, rate=2e6)
    for n in (1, 2, 3):
        _dock_recorded(s, dock, f"SN-{n}", f"BK-00{n}", n_files=2, size=6 << 20)
    at_once: list[int] = []      # downloads running, at every change of any row
    bridge.row_changed.connect(lambda _k: at_once.append(sum(
        r.state in (State.DOWNLOADING, State.VERIFYING) for r in bridge.rows.values())))

    def watch() -> bool:
        states = sorted(r.state for r in bridge.rows.values())
        return len(states) == 3 and State.QUEUED in states and states.count(State.DOWNLOADING) == 2

    qtbot.waitUntil(watch, timeout=20000)
    queued = next(r for r in bridge.rows.values() if r.state == State.QUEUED)
    running, other = (r for r in bridge.rows.values() if r.state == State.DOWNLOADING)
    panel.button(running.key, "cancel").click()
    qtbot.waitUntil(lambda: running.state == State.CANCELLED, timeout=20000)
    # the other goes on, its bar in MB (reported per file of a batch of small files)
    qtbot.waitUntil(lambda: other.transfer.done > 0 or other.state != State.DOWNLOADING,
                    timeout=20000)
    if other.state == State.DOWNLOADING:
        panel.flush()
        assert "MB" in panel.table.cellWidget(panel.keys.index(other.key), 4).bar.format()
    qtbot.waitUntil(lambda: all(r.state in (State.VERIFIED, State.CANCELLED)
                                for r in bridge.rows.values()), timeout=60000)
    assert queued.state == State.VERIFIED                     # its turn came
    assert max(at_once) == 2                              # never more than the setting
    assert "download was stopped" in running.message
    assert panel.button(running.key, "download").text() == "Try again"
    win.lock()


def test_the_demo_docks_a_camera_from_its_menu(qtbot, tmp_path, clock, monkeypatch):
    from app import demo
    from app.ui import demo_dock

    monkeypatch.setattr(demo_dock, "DEMO_FILE_BYTES", 1 << 20)    # small files for the test
    demo.ensure(tmp_path / "demo", kdf=TEST_KDF)          # seeded with the test KDF
    args = gui_main.parse(["--demo", "--vault", str(tmp_path / "demo"), "--lang", "en"])
    win = gui_main.build_window(args)
    qtbot.addWidget(win)
    win.entry.password.setText(win.demo_passwords["officer"])
    win.entry.submit()
    qtbot.waitUntil(lambda: win.ctx is not None, timeout=30000)
    bridge = win.ctx.dock
    bridge.card_bytes_per_s = None        # the test need not watch it at USB 2 speed
    assert win.demo_action is not None
    win.demo_menu.aboutToShow.emit()
    numbers = [a.text() for a in win.demo_menu.actions()]
    assert "BK-004" in numbers
    next(a for a in win.demo_menu.actions() if a.text() == "BK-004").trigger()
    qtbot.waitUntil(lambda: "BK-004" in _states(bridge), timeout=20000)
    win.lock()


def test_issue_shows_the_docked_battery_refuses_it_low_and_sets_the_clock(
        qtbot, stocked, vault_dir, clock, tmp_path):
    win, bridge, _panel, dock = _window_on(qtbot, vault_dir, stocked, clock, tmp_path)
    dock.add_camera("SN-1", n_files=0, battery=35, clock_offset_s=-240)
    qtbot.waitUntil(lambda: _states(bridge).get("BK-001") == State.VERIFIED, timeout=20000)
    page = win.workspace.issue
    page.inspector.setCurrentIndex(0)
    page.camera.setText("BK-001")
    page.camera.editingFinished.emit()
    assert page.checks.percent.value() == 35 and "35 %" in page.battery_note.text()
    assert not page.battery_override.isHidden()
    page.card.setText("MC-001")
    page.seal.setText("PL-1")
    page.checks.set_all(True)
    MessageBox.set_next_answer(MessageBox.Button.Ok)      # the refusal, in words
    page.issue()
    assert stocked.custody.open_for_camera(stocked.registers.find_device("BK-001").id) is None
    page.battery_override.setChecked(True)
    # The override is asked once more (a click meant for the button can tick the box that
    # appears under it): "No" issues nothing, "Yes" issues and says so.
    MessageBox.set_next_answer(MessageBox.Button.No)
    page.issue()
    assert stocked.custody.open_for_camera(stocked.registers.find_device("BK-001").id) is None
    MessageBox.set_next_answer(MessageBox.Button.Yes)
    page.issue()
    period = stocked.custody.open_for_camera(stocked.registers.find_device("BK-001").id)
    assert period is not None
    assert "battery at 35 %" in page.issue_status.text()
    assert stocked.journal.entry(period.id).data["battery_override"]["percent"] == 35
    # set at docking (4 minutes slow, journalled), and again as it goes out (R1)
    sets = {e.data["at"]: e.data for e in stocked.journal.entries(kind="clock_set")}
    assert sets["docking"]["offset_before_s"] == pytest.approx(-240, abs=2)
    assert sets["issue"]["offset_before_s"] == pytest.approx(0, abs=2)
    win.lock()


def test_a_memory_stick_without_recordings_is_not_offered_for_a_tie(qtbot, stocked, vault_dir,
                                                                    clock, tmp_path):
    win, bridge, panel, dock = _window_on(qtbot, vault_dir, stocked, clock, tmp_path)
    stick = dock.mount_root.parent / "stick"
    (stick / "Documents").mkdir(parents=True)
    (stick / "Documents" / "report.docx").write_bytes(b"PK\x03\x04 not footage")
    stick.rename(dock.mount_root / "KINGSTON")
    qtbot.waitUntil(lambda: [r.state for r in bridge.rows.values()] == [State.NO_FOOTAGE],
                    timeout=10000)
    key = next(iter(bridge.rows))
    assert panel.button(key, "tie") is None and panel.button(key, "dismiss") is not None
    assert stocked.footage.count() == 0 and not stocked.journal.entries(kind="tie")
    win.lock()
