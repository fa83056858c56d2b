"""Issue 14: ``dalel backup`` and ``dalel restore`` end to end, as office IT runs them."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from app.clock import SystemClock
from app.errors import ExitCode
from app.model import backup as backup_mod
from app.model import backup_copy, vault
from tests.conftest import OFFICER_PW
from tests.model.test_backup import add_recordings, fast_kdf  # noqa: F401 (a fixture)


class StillClock(SystemClock):
    """The system's clock for the footage helper, which moves its clock between issue and
    return: here the command line's own clock must not fall behind it."""

    def advance(self, **_kw: float) -> None:
        pass


@pytest.mark.usefixtures("fast_kdf")
def test_backup_then_restore_on_a_clean_machine(cli, tmp_path, ok_checklist, monkeypatch):
    s = vault.unlock(cli.vault, "officer", OFFICER_PW, StillClock())
    s.registers.add_staff("Сейітов", "Ерлан", "IN-1")
    s.registers.add_device("camera", "BK-001", serial="SN-1")
    s.registers.add_device("card", "MC-001")
    add_recordings(s, StillClock(), ok_checklist, 3, "c")
    folder_name = backup_mod.folder_name(s.vault_id)
    s.lock()
    drive = tmp_path / "usb"
    drive.mkdir()

    code, out, err = cli("backup", str(drive))
    assert code == ExitCode.OK, err
    assert "3 new file(s) copied" in out and "checkpoint.txt" in out
    code, out, _ = cli("--json", "backup", str(drive))
    assert code == ExitCode.OK
    assert (json.loads(out)["copied"], json.loads(out)["skipped"]) == (0, 3)
    code, out, _ = cli("--role", "head", "audit", "--action", "backup_done")
    assert code == ExitCode.OK and out.count("Backed up") == 2

    shutil.rmtree(cli.vault)                       # the workstation's disk is lost
    new = tmp_path / "new-pc"
    code, out, err = cli("--role", "head", "restore", str(drive), "--to", str(new))
    assert code == ExitCode.OK, out + err
    # The backup's time as the office reads it (the examiner saw UTC passed off as local).
    assert re.search(r"\(backup of \d\d\.\d\d\.\d{4} \d\d:\d\d\)", out), out
    assert "Recordings that match their SHA-256: 3 of 3" in out and "Vault intact" in out
    checkpoint = (drive / folder_name / "checkpoint.txt").read_text().strip()
    code, out, err = cli("verify", "--vault", str(new), "--checkpoint", checkpoint)
    assert code == ExitCode.OK, out + err

    code, _, err = cli("restore", str(drive), "--to", str(new))
    assert code == ExitCode.BAD_INPUT and "not empty" in err
    code, _, err = cli("backup", "--vault", str(new), str(tmp_path / "unplugged"))
    assert code == ExitCode.BAD_INPUT and "Is the drive connected" in err
    monkeypatch.setattr(backup_copy.shutil, "disk_usage",
                        lambda _p: shutil._ntuple_diskusage(10**9, 10**9, 0))
    other = tmp_path / "small-stick"
    other.mkdir()
    code, _, err = cli("backup", "--vault", str(new), str(other))
    assert code == ExitCode.DISK and "has 0 MB free" in err
