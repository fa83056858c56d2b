"""Issue 14 item 3: backup to an external folder and restore on a clean machine, on real
vaults: every recording comes back matching its SHA-256, an interrupted backup resumes,
a second backup copies only new footage, a full or refusing drive says so clearly."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path

import pytest

from app.errors import ExitCode, InvalidInput, StorageError
from app.model import backup_copy, safecopy, vault
from app.model.backup import BLOB_LIST, TEMP, backup, backup_overdue, folder_name
from app.model.restore import restore
from tests.conftest import HEAD_PW, OFFICER_PW
from tests.fakes import small_footage, use_cheap_derive


@pytest.fixture
def fast_kdf(monkeypatch):
    """For the tests that unlock restored vaults: they are about files, not the KDF
    (Argon2id at the floor costs 0.3-1 s a derivation on 2 cores), so a cheap stand-in that
    still depends on the password, salt and parameters (as in test_keyslot_repair). Asked
    before ``session``, it gives the test a vault of its own made with it."""

    use_cheap_derive(monkeypatch)


def add_recordings(s, clock, ok_checklist, n: int, tag: str) -> None:
    """One custody period and a download of ``n`` small recordings (R8)."""
    p = s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal=tag)
    clock.advance(hours=1)
    s.custody.return_camera("BK-001")
    items = small_footage(s, p, n, tag, repeat=3000)
    with s.db.write() as con:
        s.footage.download_in(con, p.id, p.camera_id, {"files": n}, items)


@pytest.fixture
def recorded(stocked, clock, ok_checklist):
    add_recordings(stocked, clock, ok_checklist, 4, "a")
    return stocked


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    d = tmp_path / "usb"
    d.mkdir()
    return d


def restore_and_check(src: Path, to: Path, clock, role: str = "head"):
    return restore(src, to, role, HEAD_PW if role == "head" else OFFICER_PW, clock)


@pytest.mark.usefixtures("fast_kdf")
def test_backup_survives_the_loss_of_the_vault(recorded, drive, clock, tmp_path):
    seen: list[tuple[int, int]] = []
    result = backup(recorded, drive, progress=lambda d, t, _w: seen.append((d, t)))
    assert (result.blobs, result.copied, result.skipped) == (4, 4, 0)
    assert seen and seen[-1][0] == seen[-1][1] > 0
    folder = drive / folder_name(recorded.vault_id)
    assert result.folder == folder
    names = {p.name for p in folder.iterdir()}
    assert {"vault.json", "index.db", "keys", "blobs", "backup.json", "checkpoint.txt",
            BLOB_LIST} <= names
    assert not [p for p in folder.rglob("*") if p.name.endswith(("-wal", "-shm", ".part"))]
    assert sorted(p.name for p in (folder / "keys").iterdir()) == [
        "head.slot", "head.slot.bak", "officer.slot", "officer.slot.bak"]
    done = recorded.audit.entries(action="backup_done")[-1].detail
    assert done["copied"] == 4 and done["checkpoint"] == result.checkpoint.encode()
    assert backup_overdue(recorded) == (False, clock.now())
    vault_path = recorded.path
    recorded.lock()
    shutil.rmtree(vault_path)                         # the workstation's disk is gone
    restored, check = restore_and_check(drive, tmp_path / "new-pc", clock)
    assert check.report.ok, check.report.problems
    assert (check.recordings, check.intact, check.damaged) == (4, 4, 0)
    assert check.report.blobs_checked == 4
    assert restored.checkpoint == result.checkpoint   # verified against it: no rollback
    s = vault.unlock(tmp_path / "new-pc", "officer", OFFICER_PW, clock)
    assert s.audit.entries(action="restored")[-1].detail["backup_at"] == result.at
    assert backup_overdue(s)[1] is not None           # the drive holds a copy as of then
    s.lock()


@pytest.mark.usefixtures("fast_kdf")
def test_a_second_backup_copies_only_new_footage(recorded, drive, clock, ok_checklist,
                                                 tmp_path):
    backup(recorded, drive)
    add_recordings(recorded, clock, ok_checklist, 2, "b")
    second = backup(recorded, drive)
    assert (second.blobs, second.copied, second.skipped) == (6, 2, 4)
    assert backup(recorded, drive).copied == 0
    recorded.lock()
    _r, check = restore_and_check(drive, tmp_path / "new", clock)
    assert check.report.ok and check.intact == 6


class Crash(BaseException):
    """Stands in for kill -9 or a pulled drive in the middle of a copy."""


@pytest.mark.usefixtures("fast_kdf")
def test_an_interrupted_backup_resumes_with_what_is_missing(recorded, drive, clock,
                                                           monkeypatch, tmp_path):
    real = safecopy.write_temp
    calls = {"n": 0}

    def dies_on_the_third(src, dst, tmp, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            tmp.write_bytes(src.read_bytes()[:1000])      # half a copy, never renamed
            raise Crash()
        return real(src, dst, tmp, *args, **kwargs)

    monkeypatch.setattr(safecopy, "write_temp", dies_on_the_third)
    with pytest.raises(Crash):
        backup(recorded, drive)
    folder = drive / folder_name(recorded.vault_id)
    assert not (folder / "index.db").exists()         # nothing names the missing blobs
    assert len(list((folder / TEMP).iterdir())) == 1
    assert recorded.audit.entries(action="backup_failed")[-1].detail["copied"] == 2
    # The run died before its list was synced: the copies are hashed against their source.
    (folder / BLOB_LIST).write_text("")
    monkeypatch.setattr(safecopy, "write_temp", real)
    again = backup(recorded, drive)
    assert (again.copied, again.skipped, again.temp_removed) == (2, 2, 1)
    recorded.lock()
    _r, check = restore_and_check(drive, tmp_path / "new", clock)
    assert check.report.ok and check.intact == 4


@pytest.mark.usefixtures("fast_kdf")
def test_a_damaged_copy_on_the_drive_is_found(recorded, drive, clock, tmp_path):
    result = backup(recorded, drive)
    blob = next((result.folder / "blobs").rglob("*/*"))
    data = bytearray(blob.read_bytes())
    data[100] ^= 1
    blob.write_bytes(bytes(data))
    recorded.lock()
    _r, check = restore_and_check(drive, tmp_path / "damaged", clock, role="officer")
    assert not check.report.ok
    assert (check.recordings, check.intact, check.damaged) == (4, 3, 1)
    # --reread finds it on the drive and copies it again from the vault.
    s = vault.unlock(recorded.path, "officer", OFFICER_PW, clock)
    assert backup(s, drive).copied == 0
    mended = backup(s, drive, reread=True)
    # ... and says so (the examiner's finding: it was replaced without a word).
    assert mended.copied == 1 and mended.replaced == [blob.name]
    assert mended.as_dict()["replaced"] == [blob.name]
    s.lock()
    _r, check = restore_and_check(drive, tmp_path / "mended", clock)
    assert check.report.ok and check.intact == 4


def test_a_full_drive_is_told_before_anything_is_copied(recorded, drive, monkeypatch):
    monkeypatch.setattr(backup_copy.shutil, "disk_usage",
                        lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(StorageError) as err:
        backup(recorded, drive)
    assert err.value.exit_code == ExitCode.DISK
    assert "has 0 MB free" in str(err.value)
    folder = drive / folder_name(recorded.vault_id)
    assert not list((folder / "blobs").iterdir())
    assert recorded.audit.entries(action="backup_failed")


def test_a_drive_that_fills_up_mid_copy(recorded, drive, monkeypatch):
    class FullDrive(safecopy.DirectWriter):
        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safecopy, "DirectWriter", FullDrive)
    with pytest.raises(StorageError, match="disk is full"):
        backup(recorded, drive)
    assert not list((drive / folder_name(recorded.vault_id) / TEMP).iterdir())


def test_a_missing_or_refusing_destination(recorded, tmp_path, monkeypatch):
    with pytest.raises(InvalidInput, match="Is the drive connected"):
        backup(recorded, tmp_path / "not-mounted")
    with pytest.raises(InvalidInput, match="inside the vault"):
        backup(recorded, recorded.path / "blobs")
    ro = tmp_path / "ro"
    ro.mkdir()
    real_mkdir = Path.mkdir

    def read_only(self, *a, **k):
        if ro in self.parents:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_mkdir(self, *a, **k)

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(StorageError, match="read-only") as err:
        backup(recorded, ro)
    assert err.value.exit_code == ExitCode.DISK


def test_restore_wants_an_empty_folder_and_a_complete_backup(recorded, drive, tmp_path):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("x")
    with pytest.raises(InvalidInput, match="no complete Dalel backup"):
        restore(drive, tmp_path / "new", "head", HEAD_PW)
    backup(recorded, drive)
    with pytest.raises(InvalidInput, match="not empty"):
        restore(drive, busy, "head", HEAD_PW)
    meta = drive / folder_name(recorded.vault_id) / "backup.json"
    meta.write_text(json.dumps({"product": "dalel"}))
    with pytest.raises(InvalidInput, match="incomplete or damaged"):
        restore(drive, tmp_path / "new", "head", HEAD_PW)


def test_the_reminder_follows_the_last_backup(recorded, drive, clock):
    assert backup_overdue(recorded) == (True, None)
    backup(recorded, drive)
    assert backup_overdue(recorded)[0] is False
    clock.advance(days=7, hours=1)
    assert backup_overdue(recorded)[0] is True
