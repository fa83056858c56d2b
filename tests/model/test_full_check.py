"""The scheduled full check (issue 14, item 4): due by the setting, resumable where it
stopped, its result in the audit log, and the window's runner that pauses while cameras
download and shows its progress and result on Today."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from app.devices.simulated import SimulatedDock
from app.ingest.job import IngestJob
from app.model import full_check
from app.model.full_check import is_due, last_full_check, run_full_check
from tests.ingest.helpers import volume


@pytest.fixture
def stored(stocked, clock, tmp_path):
    """Six recordings (six blobs) downloaded from BK-002."""
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    cam = dock.add_camera("SN-2", 6, 4096, duration_s=60, start=clock.now())
    IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, camera="BK-002").run()
    assert stocked.db.one("SELECT count(*) FROM blobs")[0] == 6
    return stocked


def test_due_by_the_setting(stored, clock) -> None:
    s = stored
    assert is_due(s) and last_full_check(s) is None
    report = run_full_check(s)
    assert report.ok and report.blobs_checked == 6
    last = last_full_check(s)
    assert last is not None and last.detail["ok"] and last.detail["blobs"] == 6
    assert not is_due(s)
    clock.advance(timedelta(days=6, hours=23))
    assert not is_due(s)
    clock.advance(timedelta(hours=1))
    assert is_due(s)
    with s.db.write() as con:
        s.settings.set_in(con, "full_check_days", 0)   # on demand only
    assert not is_due(s)


def test_an_interrupted_check_resumes_where_it_stopped(stored, monkeypatch) -> None:
    s = stored
    monkeypatch.setattr(full_check, "SAVE_EVERY", 1)
    seen: list[int] = []
    stop = {"at": 2}

    def progress(done: int, _total: int) -> None:
        seen.append(done)

    run_full_check(s, progress=progress, cancelled=lambda: len(seen) >= stop["at"])
    assert last_full_check(s) is None                  # nothing recorded for half a check
    state = json.loads(full_check.state_path(s).read_text())
    assert state["position"] == 2
    seen.clear()
    stop["at"] = 99
    report = run_full_check(s, progress=progress)
    assert seen[0] == 3 and seen[-1] == 6 and report.blobs_checked == 4
    last = last_full_check(s)
    assert last.detail["resumed_at_blob"] == 2 and last.detail["ok"]
    assert not full_check.state_path(s).exists()


def test_damage_found_is_recorded(stored) -> None:
    s = stored
    blob_id = s.db.one("SELECT id FROM blobs ORDER BY created_at, id LIMIT 1")[0]
    path = s.blobs.path(blob_id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = run_full_check(s)
    assert not report.ok
    last = last_full_check(s)
    assert last.detail["ok"] is False and last.detail["problems"] == 1


@pytest.mark.parametrize("content", [b"{", b"[]", b'{"started_at": 5, "position": -1}',
                                     b'{"started_at": "x", "position": 1, "problems": 0}',
                                     b"x" * 10_000])
def test_a_damaged_state_file_starts_a_new_check(stored, content: bytes) -> None:
    full_check.state_path(stored).write_bytes(content)
    assert run_full_check(stored).blobs_checked == 6


def test_the_window_runs_it_pauses_for_docking_and_shows_it(qtbot, stored) -> None:
    from app.ui.main_window import MainWindow
    from tests.conftest import TEST_KDF

    s = stored
    win = MainWindow(s.path, clock=s.clock, lang="en", kdf=TEST_KDF)
    qtbot.addWidget(win)
    win.open_session(s)
    fc = win.ctx.full_check
    today = win.workspace.today
    texts = [today.todo.item(i).text() for i in range(today.todo.count())]
    assert any("has not been checked yet" in t for t in texts)
    fc.docking.set()                                   # a camera is downloading
    win.check_action.trigger()
    qtbot.waitUntil(lambda: fc.done >= 1, timeout=10_000)
    qtbot.wait(300)
    assert fc.running and fc.done == 1                 # waits after its first blob
    fc.docking.clear()
    qtbot.waitUntil(lambda: not fc.running, timeout=10_000)
    assert fc.last is not None and fc.last.ok
    today.refresh()
    texts = [today.todo.item(i).text() for i in range(today.todo.count())]
    assert any(t.startswith("Last full check of the vault") for t in texts)
    win.lock()
