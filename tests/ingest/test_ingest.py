"""Ingest end to end on a real temporary vault and a simulated dock."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from app.errors import RuleViolation
from app.ingest.job import IngestJob
from app.ingest.service import describe, set_camera_clock
from app.ingest.wipe import verified_wipe
from tests.ingest.helpers import volume


def test_download_fills_index_journal_and_custody(out_and_back, stocked, dock):
    cam = out_and_back(3, split_parts=2, clock_offset_s=40)
    seen = []
    job = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, progress=seen.append)
    rep = job.run()
    assert rep.complete and len(rep.stored) == 3 and rep.duplicates == 0
    assert seen[-1].stage == "done" and seen[-1].fraction == 1.0
    period = stocked.custody.last_for_camera(stocked.registers.find_device("BK-001").id)
    assert period.downloaded_at is not None                      # R18 column 6
    [entry] = stocked.journal.entries(kind="download")
    assert entry.custody_id == period.id and entry.data["recordings"] == 3
    assert entry.data["clock_offset_s"] == pytest.approx(40, abs=1)
    items = stocked.footage.search(camera_id=1)
    assert {f.inspector_id for f in items} == {period.inspector_id}
    for f in items:
        assert f.custody_id == period.id and f.card_id == period.card_id
        assert f.duration_s == pytest.approx(600) and f.journal_seq == entry.seq
        parts = stocked.footage.parts(f.id)
        assert len(parts) == 2
        for p in parts:
            stocked.blobs.verify(p.blob_id, p.sha256, p.size)
    # plaintext of the vault equals the card, byte for byte
    f = items[0]
    on_card = b"".join((cam.mount / p.source_name).read_bytes()
                       for p in stocked.footage.parts(f.id))
    assert stocked.footage.read(f.id) == on_card
    assert stocked.audit.entries(action="ingest")
    assert stocked.db.one("SELECT count(*) FROM ingest_staged")[0] == 0


def test_redocking_never_duplicates(out_and_back, stocked, dock):
    cam = out_and_back(2)
    IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    blobs_before = sorted(p.name for p in stocked.blobs.all_files())
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.stored == [] and rep.duplicates == 2
    assert stocked.footage.count() == 2
    assert sorted(p.name for p in stocked.blobs.all_files()) == blobs_before
    # the same bytes under another name are still one recording
    src = cam.files[0]
    (src.parent / "COPY_OF.MP4").write_bytes(src.read_bytes())
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.duplicates == 3 and stocked.footage.count() == 2


def test_unregistered_camera_cannot_be_used(stocked, dock):
    cam = dock.add_camera("SN-UNKNOWN", 1, 4096)
    info = describe(stocked, volume(cam), dock.backend)
    assert info.needs_registration and info.serial == "SN-UNKNOWN"
    assert info.findings                                      # factory password 000000
    with pytest.raises(RuleViolation, match="R4"):
        IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()


def test_describe_shows_holder_clock_battery(stocked, dock, clock, ok_checklist):
    stocked.custody.issue("IN-2", "BK-002", ok_checklist, card="MC-002", seal="S2")
    cam = dock.add_camera("SN-2", 2, 4096, clock_offset_s=-70, battery=55)
    info = describe(stocked, volume(cam), dock.backend)
    assert info.inventory_no == "BK-002" and "Гүлнұр" in info.holder
    assert info.battery == 55 and info.clock_offset_s == pytest.approx(-70, abs=1)
    assert info.recordings == 2 and info.custody_open
    drv = volume(cam).driver(dock.backend)
    out = set_camera_clock(stocked, drv, stocked.registers.find_device("BK-002"))
    assert out["method"] == "usb_command"
    assert stocked.journal.entries(kind="clock_set")
    assert describe(stocked, volume(cam), dock.backend).clock_offset_s == pytest.approx(0,
                                                                                    abs=1)


def test_dock_with_several_cameras_at_once(stocked, dock, clock, ok_checklist):
    """R20: three cameras downloaded in parallel threads."""
    for n, who in ((1, "IN-1"), (2, "IN-2")):
        stocked.custody.issue(who, f"BK-00{n}", ok_checklist, card=f"MC-00{n}", seal=f"S{n}")
    clock.advance(timedelta(hours=3))
    cams = [dock.add_camera(f"SN-{n}", 4, 32 * 1024, duration_s=300,
                            start=clock.now() - timedelta(hours=2)) for n in (1, 2, 3)]
    reports = {}

    def run(cam):
        job = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend)
        reports[cam.serial] = job.run()

    threads = [threading.Thread(target=run, args=(c,)) for c in cams]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.complete and len(r.stored) == 4 for r in reports.values())
    assert stocked.footage.count() == 12
    brk, _n = stocked.journal.check_chain()
    assert brk is None
    bk3 = stocked.registers.find_device("BK-003").id
    assert reports["SN-3"].journal_seqs   # never issued: stored, with no custody period
    assert {f.custody_id for f in stocked.footage.search(camera_id=bk3)} == {None}


def test_verified_wipe_and_auto_wipe(out_and_back, stocked, dock):
    cam = out_and_back(2, photos=2)
    drv = volume(cam).driver(dock.backend)
    camera = stocked.registers.find_device("BK-001")
    with pytest.raises(RuleViolation, match="not yet stored"):
        verified_wipe(stocked, drv, camera)           # nothing downloaded yet: R14
    assert all(f.exists() for f in cam.files)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete and rep.wiped is None          # auto_wipe off by default
    # a new file appears after the download: the wipe refuses the whole card
    extra = cam.mount / "DCIM" / "DALEL" / "20261123_120000.MP4"
    extra.write_bytes(b"new footage")
    with pytest.raises(RuleViolation):
        verified_wipe(stocked, drv, camera)
    extra.unlink()
    out = verified_wipe(stocked, drv, camera)
    assert out.removed == 4 and not any(f.exists() for f in cam.files)
    intent, done = stocked.journal.entries(kind="wipe")      # intent BEFORE the deletion
    assert intent.data["phase"] == "intent" and intent.data["files"] == 4
    assert done.data["phase"] == "done" and done.ref_seq == intent.seq
    assert done.data["count"] == 4 and done.data["remaining"] == 0
    assert out.intent_seq == intent.seq and out.journal_seq == done.seq
    assert [a.detail["phase"] for a in stocked.audit.entries(action="wipe")] == ["intent",
                                                                                 "done"]


def test_auto_wipe_setting(out_and_back, stocked, dock):
    with stocked.db.write() as con:
        stocked.settings.set_in(con, "auto_wipe", True)
    cam = out_and_back(2)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.wiped == 2 and not any(f.exists() for f in cam.files)


def test_photos_are_one_item_each(out_and_back, stocked, dock):
    cam = out_and_back(1, photos=5)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert len(rep.stored) == 6
    assert len(stocked.footage.search(camera_id=1)) == 6
    assert {f.media for f in stocked.footage.search(camera_id=1)} == {"video", "photo"}


def test_the_head_does_not_download_wipe_or_set_clocks(out_and_back, stocked, dock, vault_dir,
                                                       clock):
    """R1: downloading, deleting from the card and setting the camera's clock are the
    responsible officer's duties. The head's session refuses them and touches nothing."""
    from app.model import vault
    from tests.conftest import HEAD_PW

    cam = out_and_back(2)
    stocked.lock()
    head = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    try:
        camera = head.registers.find_device("BK-001")
        before = len(head.journal.entries())
        with pytest.raises(RuleViolation, match="R1"):
            IngestJob.from_volume(head, volume(cam), backend=dock.backend).run()
        with pytest.raises(RuleViolation, match="R1"):
            verified_wipe(head, volume(cam).driver(dock.backend), camera)
        with pytest.raises(RuleViolation, match="R1"):
            set_camera_clock(head, volume(cam).driver(dock.backend), camera)
        assert len(head.journal.entries()) == before and head.footage.count() == 0
        assert all(f.exists() for f in cam.files)
    finally:
        head.lock()


def test_large_recording_where_direct_io_is_refused(out_and_back, stocked, dock, monkeypatch,
                                                     no_direct_io):
    """Windows, tmpfs and some shares refuse O_DIRECT: the large-file path then writes
    through the page cache (starting the disk every WRITEBACK_STEP) and verifies the same."""
    from app.ingest.store import Pump

    monkeypatch.setattr(Pump, "WRITEBACK_STEP", 4 << 20)
    cam = out_and_back(1, size=IngestJob.SMALL_FILE + (5 << 20) + 123)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, wipe=True).run()
    assert rep.complete and len(rep.stored) == 1 and rep.wiped == 1
    [f] = stocked.footage.search()
    [part] = stocked.footage.parts(f.id)
    stocked.blobs.verify(part.blob_id, part.sha256, part.size)
    assert part.size == IngestJob.SMALL_FILE + (5 << 20) + 123
