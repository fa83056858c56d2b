"""A restore is made in a temporary folder beside its target and renamed into place only
once the restored vault has been opened and checked: whatever fails on the way (a damaged
copy on the drive, the disk, a cancel), nothing vault-like is left at the target, and
nothing that was there before is touched."""

from __future__ import annotations

import pytest

from app.errors import ExitCode, StorageError, WrongPassword
from app.model import restore as restore_mod
from app.model.backup import BackupCancelled, backup
from app.model.restore import DamagedBackup, restore
from tests.conftest import HEAD_PW, OFFICER_PW


@pytest.fixture
def drive(session, tmp_path):
    d = tmp_path / "usb"
    d.mkdir()
    backup(session, d)
    session.lock()
    return d


def _left(parent):
    return sorted(p.name for p in parent.iterdir())


def test_a_halved_index_on_the_drive_is_the_backups_damage(drive, tmp_path, clock):
    index = next(drive.iterdir()) / "index.db"
    index.write_bytes(index.read_bytes()[:index.stat().st_size // 2])
    target = tmp_path / "out" / "restored"
    with pytest.raises(DamagedBackup) as err:
        restore(drive, target, "officer", OFFICER_PW, clock)
    assert err.value.exit_code == ExitCode.DAMAGED_VAULT
    assert "damaged copy of the vault" in str(err.value)
    assert "Restore it from a backup" not in str(err.value)
    assert _left(tmp_path / "out") == []


@pytest.mark.parametrize("where", ["copy", "check"])
def test_any_failure_removes_the_temporary_folder_only(drive, tmp_path, clock, monkeypatch,
                                                       where):
    parent = tmp_path / "out"
    parent.mkdir()
    (parent / "other").mkdir()
    target = parent / "restored"
    target.mkdir()

    def refuses(*_a, **_k):
        if where == "copy":
            raise BackupCancelled()
        raise StorageError("The disk is full.")

    if where == "copy":
        monkeypatch.setattr(restore_mod.CopyPipeline, "copy", refuses)
    else:
        monkeypatch.setattr(restore_mod, "verify", refuses)
    with pytest.raises((BackupCancelled, StorageError)):
        restore(drive, target, "head", HEAD_PW, clock)
    assert _left(parent) == ["other", "restored"]
    assert list(target.iterdir()) == []          # the empty target as it was


def test_a_wrong_password_stops_it_before_the_copy(drive, tmp_path, clock, monkeypatch):
    copied = []
    monkeypatch.setattr(restore_mod, "_copy", lambda *a, **k: copied.append(a))
    with pytest.raises(WrongPassword):
        restore(drive, tmp_path / "restored", "head", OFFICER_PW, clock)
    assert not copied and not (tmp_path / "restored").exists()


def test_a_checked_restore_is_in_place_with_no_temporary_folder(drive, tmp_path, clock):
    target = tmp_path / "restored"
    result, check = restore(drive, target, "head", HEAD_PW, clock)
    assert result.vault == target and check.report.ok
    assert (target / "vault.json").exists() and (target / "index.db").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
