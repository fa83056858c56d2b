"""The examiners' hostile inputs at the command line (issue 13 item 2): a bad office device
profile never stops ``dalel dock list`` (exit 0, the file named on stderr), an absurd page
code is REJECTED (exit 14) and an absurd checkpoint code is bad input (exit 2); one clear
line each, never a traceback."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from app.errors import ExitCode
from app.model import keyslots


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """About parsing and exit codes, not Argon2id (as in test_cli_slots.py)."""
    def derive(password: str, salt: bytes, params: keyslots.KdfParams) -> bytes:
        return hashlib.blake2b(password.encode() + b"\0" + salt + repr(params).encode(),
                               digest_size=32).digest()

    monkeypatch.setattr(keyslots, "derive", derive)


def test_hostile_profile_page_code_and_checkpoint_code(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    office = tmp_path / "config" / "dalel" / "profiles"   # user_profiles_dir() on Linux
    office.mkdir(parents=True)
    (office / "empty-list.json").write_text("[]")
    (office / "priority.json").write_text(
        '{"name": "x", "driver": "mass_storage", "priority": 1e999}')
    (office / "deep.json").write_text("[" * 100_000)
    (office / "good.json").write_text(json.dumps(
        {"name": "office-cam", "driver": "mass_storage", "footage": [{"dir": "VID"}]}))
    mounts = tmp_path / "mounts"
    mounts.mkdir()
    for extra in ([], ["--json"]):
        code, out, err = cli("dock", "list", "--no-usb", "--mount-root", str(mounts), *extra)
        assert code == ExitCode.OK and "Traceback" not in err
        lines = err.strip().splitlines()
        assert len(lines) == 3
        for name, why in (("deep.json", "larger than 64 KiB"),
                          ("empty-list.json", "the profile must be an object"),
                          ("priority.json", "1e999 is out of range")):
            assert any(str(office / name) in line and why in line and "skipped" in line
                       for line in lines), (name, err)
        assert (json.loads(out) == []) if extra else ("No camera is docked." in out)

    code, out, err = cli("print", "verify-page", "99999999999999999999-1-ABCDE-FGHJK")
    assert code == ExitCode.PAGE_REJECTED and "Traceback" not in err
    assert out.startswith("REJECTED: the code is not a Dalel page code")

    cp = base64.urlsafe_b64encode(b'["' + b"v" * 32 + b'", 1e999, "", ""]').decode()
    code, out, err = cli("verify", "--quick", "--checkpoint", cp)
    assert code == ExitCode.BAD_INPUT
    assert err.strip() == "dalel: The checkpoint code is not readable: 1e999 is not a whole " \
                          "number."
