"""Key slots and the lockout at the command line (issue 12): one clear line and a
documented exit code (3 wrong password, 4 locked out, 5 damaged vault, 9 verify found
damage), never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import OFFICER_PW
from tests.fakes import one_line, use_cheap_derive

DAMAGED = "The key slot is damaged; restore keys/ from a backup."


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """In-process runs are about files and exit codes, not Argon2id."""
    use_cheap_derive(monkeypatch)


def test_a_damaged_copy_is_shown_verify_fails_until_the_unlock_repairs_it(cli):
    bak = cli.vault / "keys" / "officer.slot.bak"
    bak.write_bytes(bak.read_bytes()[:100])
    code, out, _ = cli("--role", "head", "status", "--json")
    assert code == 0
    problems = json.loads(out)["key_slot_problems"]
    assert [(p["role"], p["copy"], p["fatal"]) for p in problems] == \
        [("officer", "officer.slot.bak", False)]
    code, out, _ = cli("--role", "head", "status")
    assert "officer.slot.bak is damaged" in out and "the responsible officer's next unlock" in out
    code, out, _ = cli("--role", "head", "verify", "--quick")
    assert code == 9 and "key_slot officer.slot.bak" in out
    # The officer's own unlock rewrites the copy from the intact one, and says so.
    code, out, _ = cli("status")
    assert code == 0 and "officer.slot.bak was damaged and has been rewritten" in out
    code, out, _ = cli("verify", "--quick", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, out, _ = cli("--role", "head", "audit", "--json")
    acts = [e["action"] for e in json.loads(out)]
    assert acts.count("slot_damaged") == 1 and acts.count("slot_repaired") == 1


def test_both_copies_damaged_is_exit_5_and_no_wrong_password(cli):
    for name in ("officer.slot", "officer.slot.bak"):
        (cli.vault / "keys" / name).write_text("{garbage")
    for _ in range(6):
        code, _, err = cli("status")
        assert code == 5 and one_line(err) == f"dalel: {DAMAGED}"
    code, out, _ = cli("--role", "head", "audit", "--json")
    assert code == 0
    assert "unlock_failed" not in [e["action"] for e in json.loads(out)]
    code, out, _ = cli("--role", "head", "verify", "--quick")
    assert code == 9 and "key_slot officer.slot:" in out and "key_slot officer.slot.bak:" in out


def test_the_officers_wrong_passwords_never_lock_out_the_head(cli, monkeypatch):
    monkeypatch.setenv("DALEL_PASSWORD", "not-the-password")
    codes = [cli("status")[0] for _ in range(5)]
    assert codes == [3, 3, 3, 3, 4]
    code, _, err = cli("status")
    assert code == 4 and "blocked for 10 more minute(s)" in one_line(err)
    assert cli("--role", "head", "status")[0] == 0


@pytest.mark.parametrize("content", ["{not json", "[]", "folder"])
def test_a_hostile_lockout_file_is_exit_4_for_ten_minutes_not_a_traceback(cli, content):
    path = cli.vault / "lockout.json"
    if content == "folder":
        path.mkdir()
    else:
        path.write_text(content)
    code, _, err = cli("status")
    assert code == 4
    assert "damaged; as a precaution unlocking is blocked for 10 more" in one_line(err)
    assert json.loads(path.read_text())["format"] == 2     # rewritten clean at once


def test_one_persons_garbage_counter_keeps_only_that_person_waiting(cli):
    path = cli.vault / "lockout.json"
    path.write_text(json.dumps({"format": 2, "epoch": "abcdef0123", "generation": 1,
                                "pending": [],
                                "roles": {"officer": {"failures": -3, "locked_until": None},
                                          "head": {"failures": 0, "locked_until": None}}}))
    assert cli("status")[0] == 4
    assert cli("--role", "head", "status")[0] == 0


def test_subprocess_messages_are_one_line_with_documented_codes(cli):
    env = dict(os.environ, DALEL_PASSWORD=OFFICER_PW, DALEL_LANG="en")
    run = [sys.executable, "-m", "app", "--vault", str(cli.vault), "status"]
    (cli.vault / "lockout.json").write_text('{"pending": "x", "locked_until": 5}')
    result = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 4 and "precaution" in one_line(result.stderr)
    (cli.vault / "lockout.json").unlink()
    for name in ("officer.slot", "officer.slot.bak"):
        (cli.vault / "keys" / name).write_bytes(b"\x00" * 10)
    result = subprocess.run(run, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 5 and one_line(result.stderr) == f"dalel: {DAMAGED}"
