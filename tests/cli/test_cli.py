"""The command line as scripts and office IT use it: --vault, --json, exit codes, --help,
one clear line on bad input and never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli.main import build_parser, main
from tests.conftest import HEAD_PW, OFFICER_PW


def test_a_worked_day(cli):
    assert cli("staff", "add", "--surname", "Сейітов", "--name", "Ерлан",
               "--number", "IN-1")[0] == 0
    assert cli("device", "add", "camera", "BK-001", "--serial", "SN1",
               "--usb-vid", "0x4255")[0] == 0
    assert cli("device", "add", "card", "MC-001")[0] == 0
    code, out, err = cli("issue", "IN-1", "BK-001", "--card", "MC-001", "--seal", "PL-7",
                         "--checked", "all", "--battery-percent", "90")
    assert code == 0, err
    assert "issued to the inspector: Ерлан Сейітов" in out
    assert cli("remark", "BK-001", "meal-pause")[0] == 0
    assert cli("remark", "BK-001", "meal-resume")[0] == 0
    assert cli("correct", "1", "--reason", "seal misread", "--seal", "PL-8")[0] == 0
    assert cli("return", "BK-001")[0] == 0
    code, out, _ = cli("journal", "--json")
    rows = json.loads(out)
    assert [r["struck"] for r in rows] == [True, False]
    assert rows[1]["remarks"][0].startswith("Түзетілді")
    assert any("Түскі ас үзілісі" in r for r in rows[1]["remarks"])
    code, out, _ = cli("deadlines", "--json")
    assert json.loads(out)[0]["rule"] == "R8"
    code, out, _ = cli("verify", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, out, _ = cli("audit", "--json", "--action", "unlock")
    assert len(json.loads(out)) >= 8
    code, out, _ = cli("entries", "--json")
    assert [e["kind"] for e in json.loads(out)] == ["issue", "remark", "remark",
                                                     "correction", "return"]


def test_options_after_the_command_too(cli):
    code, out, _ = cli("status", "--json")
    assert code == 0 and json.loads(out)["role"] == "officer"
    code = main(["status", "--vault", str(cli.vault), "--role", "head", "--json"])
    assert code == 0


def test_head_password_from_a_file(cli, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("DALEL_PASSWORD")
    pw = tmp_path / "pw.txt"
    pw.write_text(HEAD_PW + "\n")
    code = main(["--vault", str(cli.vault), "--role", "head", "--password-file", str(pw),
                 "status", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["role"] == "head"


@pytest.mark.parametrize("args,code,message", [
    (("issue", "IN-404", "BK-001", "--checked", "all"), 7, "No staff member"),
    (("return", "BK-404"), 7, "No camera with inventory number BK-404"),
    (("device", "add", "camera", " "), 6, "R4"),
    (("issue", "OF-1", "XX", "--checked", "bogus"), 2, "Unknown check"),
    (("correct", "99", "--reason", "x", "--seal", "1"), 7, "no journal entry 99"),
])
def test_bad_input_is_one_clear_line(cli, args, code, message):
    got, _out, err = cli(*args)
    assert got == code
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_wrong_password_exit_code(cli, monkeypatch):
    monkeypatch.setenv("DALEL_PASSWORD", "nope-nope-nope")
    code, _, err = cli("status")
    assert code == 3 and "Wrong password" in err


def test_verify_fails_on_a_damaged_vault(cli):
    from app.clock import SystemClock
    from app.model import vault

    s = vault.unlock(cli.vault, "officer", OFFICER_PW, SystemClock())
    blob_id, digest, size = s.blobs.put_bytes(b"x" * 10_000)
    with s.db.write() as con:
        s.footage.add_blob_in(con, blob_id, digest, size)
    path = s.blobs.path(blob_id)
    s.lock()
    data = bytearray(path.read_bytes())
    data[-3] ^= 1
    path.write_bytes(bytes(data))
    code, out, _ = cli("verify")
    assert code == 9 and "DAMAGED" in out


def test_messages_in_kazakh(cli, monkeypatch):
    from app.i18n import _catalogue

    if not _catalogue("kk"):
        pytest.skip("translations not generated yet")
    code, _, err = cli("--lang", "kk", "return", "BK-404")
    assert code == 7 and "BK-404" in err and "No camera" not in err


def test_every_command_has_help():
    parser = build_parser()
    subs = next(a for a in parser._actions if a.dest == "command")
    names = list(subs.choices)
    assert {"init", "issue", "return", "remark", "correct", "journal", "deadlines", "audit",
            "verify", "passwd", "staff", "device"} <= set(names)
    for name in names:
        result = subprocess.run([sys.executable, "-m", "app", name, "--help"],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, (name, result.stderr)
        assert "usage: dalel" in result.stdout


def test_passwd_changes_the_officers_password(cli, monkeypatch):
    monkeypatch.setenv("DALEL_NEW_PASSWORD", "another-pass-3")
    assert cli("passwd")[0] == 0
    monkeypatch.setenv("DALEL_PASSWORD", "another-pass-3")
    assert cli("status")[0] == 0


def test_status_names_swap_that_is_not_encrypted(cli, monkeypatch):
    import app.cli.cmd_vault as cmd_vault

    monkeypatch.setattr(cmd_vault, "unencrypted_swap", lambda: [])
    code, out, _ = cli("status")
    assert code == 0 and "Swap" not in out
    monkeypatch.setattr(cmd_vault, "unencrypted_swap", lambda: ["/dev/sda3", "/swap.img"])
    code, out, _ = cli("status")
    assert "Swap not on an encrypted disk" in out and "/dev/sda3, /swap.img" in out
    code, out, _ = cli("status", "--json")
    assert json.loads(out)["unencrypted_swap"] == ["/dev/sda3", "/swap.img"]
