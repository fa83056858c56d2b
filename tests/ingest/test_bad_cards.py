"""Bad cards (issue #3 item 7): each case has a clear message, loses nothing, wipes nothing."""

from __future__ import annotations

import errno
import os

import pytest

from app.ingest.job import IngestJob
from app.ingest.readback import ReadBack
from app.ingest.reconcile import reconcile
from app.ingest.wipe import verified_wipe
from tests.ingest.helpers import volume


def _assert_consistent(s):
    """No blob referenced that does not verify; nothing staged left referenced twice."""
    for f in s.footage.search(limit=10000):
        for p in s.footage.parts(f.id):
            s.blobs.verify(p.blob_id, p.sha256, p.size)
    assert not list(s.blobs.tmp.iterdir())
    brk, _ = s.journal.check_chain()
    assert brk is None


def test_unreadable_sector_fails_one_file_only(out_and_back, stocked, dock):
    cam = out_and_back(3)
    bad = str(cam.files[1])
    fds: dict[int, str] = {}

    def opener(path):
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        fds[fd] = str(path)
        return fd

    def reader(fd, n):
        if fds.get(fd) == bad:
            raise OSError(errno.EIO, "Input/output error")
        return os.read(fd, n)

    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, opener=opener,
                                reader=reader, wipe=True).run()
    assert len(rep.stored) == 2 and [f["code"] for f in rep.failed] == ["unreadable"]
    assert "cannot be read" in rep.failed[0]["message"]
    assert not rep.complete and rep.wiped is None          # no wipe with a file missing
    assert all(f.exists() for f in cam.files)
    _assert_consistent(stocked)
    # next docking, the sector reads again: only the missing file is copied
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert len(rep.stored) == 1 and rep.duplicates == 2 and rep.complete


def test_file_changing_while_read(out_and_back, stocked, dock):
    cam = out_and_back(2, size=600 * 1024)
    target = cam.files[0]
    done = []

    def reader(fd, n):
        data = os.read(fd, n)
        if not done and os.fstat(fd).st_ino == target.stat().st_ino:
            done.append(1)
            with open(target, "ab") as fh:     # the camera is still writing
                fh.write(b"more")
        return data

    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, reader=reader).run()
    assert [f["code"] for f in rep.failed] == ["changed"] and len(rep.stored) == 1
    _assert_consistent(stocked)


def test_truncated_read(out_and_back, stocked, dock):
    cam = out_and_back(1, size=600 * 1024)
    calls = []

    def reader(fd, n):
        calls.append(n)
        return os.read(fd, n) if len(calls) < 2 else b""   # the card stops short

    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, reader=reader).run()
    assert [f["code"] for f in rep.failed] == ["truncated"] and rep.stored == []
    _assert_consistent(stocked)
    assert reconcile(stocked).quarantined == []


def test_card_pulled_out_mid_copy(out_and_back, stocked, dock):
    cam = out_and_back(24, size=128 * 1024)   # more than the batch path keeps in flight
    pulled = []

    def progress(p):
        if p.done_files == 2 and not pulled:
            pulled.append(1)
            dock.remove_camera("SN-1")

    job = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, progress=progress,
                                wipe=True)
    rep = job.run()
    assert rep.aborted == "card_removed" and "removed" in rep.aborted_message
    assert 2 <= len(rep.stored) <= 2 + 2 * IngestJob.WORKERS
    [ab] = stocked.journal.entries(kind="ingest_aborted")
    assert ab.data["reason"] == "card_removed"
    assert stocked.audit.entries(action="ingest_aborted")
    [dl] = stocked.journal.entries(kind="download")
    assert dl.data["partial"] is True
    _assert_consistent(stocked)


def test_vault_disk_full(out_and_back, stocked, dock):
    cam = out_and_back(3, size=300 * 1024)
    real_open = stocked.blobs.open_temp
    state = {"written": 0}

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, b):
            self._count(len(b))
            return self.fh.write(b)

        def commit(self, n):              # DirectWriter: sealed straight into its buffer
            self._count(n)
            return self.fh.commit(n)

        @staticmethod
        def _count(n):
            state["written"] += n
            if state["written"] > 500 * 1024:
                raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

    def open_temp(blob_id, direct=False):
        tmp, fh = real_open(blob_id, direct)
        return tmp, Full(fh)

    stocked.blobs.open_temp = open_temp
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, wipe=True).run()
    assert rep.aborted == "vault_storage" and "full" in rep.aborted_message
    # photos are written several at once, so which one fills the disk varies; never more
    # than one whole file fits in 500 KiB
    assert len(rep.stored) <= 1 and rep.wiped is None
    assert all(f.exists() for f in cam.files)
    _assert_consistent(stocked)
    stocked.blobs.open_temp = real_open
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete and stocked.footage.count() == 3


def test_vault_disk_full_while_a_large_file_goes_past_the_cache(out_and_back, stocked, dock,
                                                               monkeypatch):
    """Large recordings are written with direct I/O (app/model/uncached.py): a full disk
    there is the same clear abort, with nothing referenced and nothing wiped."""
    import app.model.uncached as uncached

    cam = out_and_back(1, size=IngestJob.SMALL_FILE + (3 << 20))
    real_write = os.write
    sent = {"n": 0}

    def fills_up(fd, b):
        sent["n"] += 1
        if sent["n"] > 1:                       # the first 8 MiB fit, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, b)

    monkeypatch.setattr(uncached.os, "write", fills_up)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, wipe=True).run()
    assert rep.aborted == "vault_storage" and "full" in rep.aborted_message
    assert rep.stored == [] and rep.wiped is None and cam.files[0].exists()
    _assert_consistent(stocked)
    monkeypatch.undo()
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete and stocked.footage.count() == 1


def test_a_batch_whose_barrier_fails_is_not_kept_and_stops_the_run(out_and_back, stocked,
                                                                      dock, monkeypatch):
    """When a batch's barrier (durable data, renames) fails — a full disk reported at
    write-back — nothing of that batch is referenced or left behind, the run aborts with
    the vault's message, and nothing is wiped. The next docking copies everything."""
    import app.ingest.store as store

    if store.BatchBarrier(stocked.blobs).mode != "syncfs":
        pytest.skip("the barrier is per-file fsync here")
    cam = out_and_back(8, size=64 * 1024)
    monkeypatch.setattr(IngestJob, "BATCH_FILES", 2)
    real = store._syncfs
    calls = {"n": 0}

    def full_once(fd, what):
        calls["n"] += 1
        if calls["n"] == 1:                     # the first batch's data barrier
            raise store.storage_error(OSError(errno.ENOSPC, "No space left on device"), what)
        return real(fd, what)

    monkeypatch.setattr(store, "_syncfs", full_once)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, wipe=True).run()
    assert rep.aborted == "vault_storage" and "full" in rep.aborted_message
    assert len(rep.stored) <= 6 and rep.wiped is None      # the first batch is not kept
    assert all(f.exists() for f in cam.files)
    _assert_consistent(stocked)
    stored_names = {stocked.footage.get(i).source_name for i in rep.stored}
    monkeypatch.undo()
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete and stocked.footage.count() == 8
    assert len(rep.stored) == 8 - len(stored_names)


def test_cancel_keeps_what_is_stored(out_and_back, stocked, dock):
    cam = out_and_back(24)            # more than the batch path keeps in flight
    job = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend)

    def progress(p):
        if p.done_files >= 1:
            job.cancel()

    job.progress_cb = progress
    rep = job.run()
    assert rep.aborted == "cancelled" and 1 <= len(rep.stored) <= 1 + 2 * IngestJob.WORKERS
    _assert_consistent(stocked)
    drv = volume(cam).driver(dock.backend)
    from app.errors import RuleViolation
    with pytest.raises(RuleViolation):
        verified_wipe(stocked, drv, stocked.registers.find_device("BK-001"))


def test_reconcile_removes_temps_and_quarantines_orphans(out_and_back, stocked, dock):
    cam = out_and_back(1)
    IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    (stocked.blobs.tmp / "deadbeef.part").write_bytes(b"half")
    orphan_id, _sha, _n = stocked.blobs.put_bytes(b"never indexed")
    rep = reconcile(stocked)
    assert rep.temp_removed == 1 and rep.quarantined == [stocked.blobs.name(orphan_id)]
    assert rep.missing == []
    _assert_consistent(stocked)


@pytest.mark.parametrize("small_path", [True, False])
def test_failed_read_back_has_its_own_message(out_and_back, stocked, dock, monkeypatch,
                                              small_path):

    if not small_path:
        monkeypatch.setattr(IngestJob, "SMALL_FILE", 0)     # the large-file pipeline
    cam = out_and_back(3)
    # The disk hands back other bytes than were written: one byte of the first blob flips
    # between the write and the read-back from the device (after the rename, or — a large
    # file on a disk written past the page cache — while it is still being written).
    real = stocked.blobs.authenticate
    calls = []

    def authenticate(blob_id, size, seal, from_media=False):
        calls.append(blob_id)
        if len(calls) == 1:
            path = stocked.blobs.path(blob_id)
            data = bytearray(path.read_bytes())
            data[len(data) // 2] ^= 0x40
            path.write_bytes(bytes(data))
        return real(blob_id, size, seal, from_media)

    monkeypatch.setattr(stocked.blobs, "authenticate", authenticate)
    real_read = ReadBack.readinto

    def readinto(self, b):
        n = real_read(self, b)
        if n and self.pos > self.end // 2 and calls in ([], [self.blob_id]):
            calls[:] = [self.blob_id, "flipped"]
            b[n - 1] ^= 0x40
        return n

    monkeypatch.setattr(ReadBack, "readinto", readinto)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, wipe=True).run()
    [bad] = rep.failed
    assert bad["code"] == "verify_failed" and "did not read back" in bad["message"]
    assert "refused" not in bad["message"] and rep.aborted is None
    assert len(rep.stored) == 2 and rep.wiped is None and all(f.exists() for f in cam.files)
    monkeypatch.undo()
    _assert_consistent(stocked)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete and len(rep.stored) == 1
