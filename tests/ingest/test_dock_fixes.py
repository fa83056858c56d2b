"""What the examination of the docking flow found (issue 11, item 5), each as a test:
identical files on one card, folders skipped on a card, a refused --wipe, the count of an
interrupted wipe finished at re-docking, leftovers of a killed run, identity before
copying (R1, R4, R14, R18 column 6)."""

from __future__ import annotations

import os
import shutil

import pytest

from app.errors import RuleViolation
from app.ingest import wipe as wipe_mod
from app.ingest.identity import BY_TIE, identify, require_camera, tie
from app.ingest.job import IngestJob
from app.ingest.reconcile import RUNS_DIR
from app.ingest.wipe import verified_wipe
from tests.ingest.helpers import volume


class Crash(BaseException):
    """Stands for the process dying."""


def test_two_identical_files_on_one_card_are_wipeable(out_and_back, stocked, dock):
    cam = out_and_back(2)
    twin = cam.files[0].with_name("20261123_120000.MP4")
    shutil.copyfile(cam.files[0], twin)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete and rep.duplicates == 1 and len(rep.stored) == 2
    camera = stocked.registers.find_device("BK-001")
    out = verified_wipe(stocked, volume(cam).driver(dock.backend), camera)
    assert out.removed == 3 and not twin.exists()    # its bytes are proven in the vault
    assert not any(f.exists() for f in cam.files)


def test_an_unreadable_folder_keeps_the_download_partial(out_and_back, stocked, dock,
                                                         monkeypatch):
    cam = out_and_back(2)
    hidden = cam.mount / "DCIM" / "101HIDE"
    hidden.mkdir()
    (hidden / "20261123_130000.MP4").write_bytes(b"x" * 4096)
    real_scandir = os.scandir

    def refuse(path=".", *a, **kw):
        # as a folder with no read permission answers (root would read it anyway)
        if str(path).endswith("101HIDE"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *a, **kw)

    monkeypatch.setattr(os, "scandir", refuse)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, wipe=True).run()
    monkeypatch.undo()
    assert not rep.complete and rep.left_on_card and rep.left_on_card[0]["code"] == "unreadable"
    assert len(rep.stored) == 2
    period = stocked.custody.last_for_camera(stocked.registers.find_device("BK-001").id)
    assert period.downloaded_at is None          # column 6 waits: footage stays on the card
    [entry] = stocked.journal.entries(kind="download")
    assert entry.data["partial"] is True
    # --wipe asked for: nothing wiped, and the report says why
    assert rep.wiped is None and "not complete" in rep.wipe_message
    assert "101HIDE" in rep.wipe_message and all(f.exists() for f in cam.files)


def test_redocking_reports_the_files_an_interrupted_wipe_deletes(out_and_back, stocked, dock,
                                                                  monkeypatch):
    cam = out_and_back(4)
    assert IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run().complete
    camera = stocked.registers.find_device("BK-001")
    monkeypatch.setattr(wipe_mod, "_before_delete", lambda seq: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        verified_wipe(stocked, volume(cam).driver(dock.backend), camera)
    monkeypatch.undo()
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.wiped == 4 and not any(f.exists() for f in cam.files)


def test_a_killed_runs_leftovers_are_reconciled_at_the_next_ingest(out_and_back, stocked, dock):
    blobs = stocked.blobs
    blobs.tmp.mkdir(parents=True, exist_ok=True)
    (blobs.tmp / "deadbeef.part").write_bytes(b"half a blob")
    orphan = blobs.path(blobs.new_id())
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"sealed but never indexed")
    runs = stocked.path / RUNS_DIR
    runs.mkdir(exist_ok=True)
    (runs / "4242-killed").touch()                  # the marker a killed run leaves
    cam = out_and_back(1)
    assert IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run().complete
    assert not any(blobs.tmp.iterdir())
    assert not orphan.exists() and any(blobs.quarantine.iterdir())
    assert not any(runs.iterdir())                  # this run's own marker is gone too


def test_a_volume_that_names_another_camera_is_refused(stocked, dock):
    cam = dock.add_camera("SN-2", 1, 4096)            # BK-002's serial
    bk1 = stocked.registers.find_device("BK-001")
    with pytest.raises(RuleViolation, match="is camera BK-002, not BK-001"):
        require_camera(stocked, volume(cam), bk1, dock.backend)
    assert stocked.footage.count() == 0


def test_a_card_in_a_reader_is_tied_by_the_officer_and_remembered(stocked, dock):
    card = dock.add_camera("READER-77", 1, 4096, kind="mass_storage", volume_id="1A2B-3C4D")
    vol = volume(card)
    vol.volume_id = "1A2B-3C4D"
    ident = identify(stocked, vol, dock.backend)
    assert not ident.identified and not ident.unregistered_camera   # the reader is no camera
    with pytest.raises(RuleViolation, match="never issued"):
        tie(stocked, vol, ident, "MC-003")
    tied = tie(stocked, vol, ident, "BK-003")
    [entry] = stocked.journal.entries(kind="tie")
    assert entry.data["volume_id"] == "1A2B-3C4D" and entry.camera_id == tied.camera_id
    again = identify(stocked, vol, dock.backend)
    assert again.how == BY_TIE and again.inventory_no == "BK-003"
    # the same card filed under another camera by hand is refused from now on
    with pytest.raises(RuleViolation):
        require_camera(stocked, vol, stocked.registers.find_device("BK-001"), dock.backend)


def test_the_clock_set_at_docking_keeps_the_offset_found(out_and_back, stocked, dock):
    from app.ingest.service import set_camera_clock

    cam = out_and_back(1, clock_offset_s=-95)
    camera = stocked.registers.find_device("BK-001")
    data = set_camera_clock(stocked, volume(cam).driver(dock.backend), camera, at="docking")
    assert data["offset_before_s"] == pytest.approx(-95, abs=2) and data["at"] == "docking"
    entry = stocked.journal.entries(kind="clock_set")[-1]
    assert entry.data["offset_before_s"] == pytest.approx(-95, abs=2)


def test_a_low_battery_is_refused_at_issue_unless_the_officer_overrides(stocked):
    from app.model.custody import Checklist

    with pytest.raises(RuleViolation, match="battery is at 35 %, below the 50 %"):
        stocked.custody.issue("IN-1", "BK-001", Checklist.all_ok(35), card="MC-001", seal="S")
    assert stocked.custody.open_for_camera(stocked.registers.find_device("BK-001").id) is None
    period = stocked.custody.issue("IN-1", "BK-001", Checklist.all_ok(35), card="MC-001",
                                   seal="S", battery_override=True)
    entry = stocked.journal.entry(period.id)
    assert entry.data["battery_override"] == {"percent": 35, "minimum": 50}
    [audit] = stocked.audit.entries(action="battery_override")
    assert audit.detail["journal_seq"] == period.id
    # at or above the minimum no override is asked or recorded
    stocked.custody.issue("IN-2", "BK-002", Checklist.all_ok(50), card="MC-002", seal="S")
    assert "battery_override" not in stocked.journal.entries(kind="issue")[-1].data
