"""``dalel settings`` through the real entry point (issue 13, item 1): the examiners' values
are refused with exit code 2 and a message naming the setting and its form; a vault that
already holds bad values (written straight into the database) still gives its deadlines,
journal and paper, and ``status`` names each bad setting and what is used instead."""

from __future__ import annotations

import hashlib
import json

import pytest

from app.cli.main import main
from app.errors import ExitCode
from app.model import keyslots
from app.model.keyslots import KdfParams
from app.paper import demo
from tests.conftest import OFFICER_PW
from tests.model.test_settings_checks import BAD

# Every bad value the core refuses (tests/model/test_settings_checks.py) that reaches it from
# a command line: a text without control characters (refused before, with their own message);
# and one that is bad only beside the other settings.
REFUSED = [(key, value, form) for key, value, form in BAD
           if isinstance(value, str) and value.isprintable()] + [
    ("work_end", "08:00", "does not fit the working hours")]


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """These runs are about settings, not Argon2id: every command unlocks (the session
    fixture then makes the test's own vault with this stand-in, tests/conftest.py)."""
    def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
        return hashlib.blake2b(password.encode() + b"\0" + salt + repr(params).encode(),
                               digest_size=32).digest()

    monkeypatch.setattr(keyslots, "derive", derive)


@pytest.fixture
def dalel(session, vault_dir, monkeypatch, capsys):
    """The CLI on the test's vault; the session is locked first, as another program would
    find the vault."""
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    session.lock()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--vault", str(vault_dir), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_bad_values_exit_2_with_the_setting_and_its_form(dalel):
    for key, value, form in REFUSED:
        code, out, err = dalel("settings", key, value)
        assert code == ExitCode.BAD_INPUT, (key, value, out, err)
        # The setting named in words (the window shows the same sentence), not its key.
        assert f"({key})" not in err and form in err and "Traceback" not in err, err
    code, out, _ = dalel("--json", "settings")
    assert code == 0
    values = json.loads(out)
    assert values["work_end"] == "18:30" and values["work_days"] == [0, 1, 2, 3, 4]
    assert values["timezone"] == "Asia/Almaty" and values["extra_days_off"] == []
    code, out, _ = dalel("--json", "audit", "--action", "settings_changed")
    assert json.loads(out) == []


def test_the_command_lines_text_is_taken_and_audited_once_per_change(dalel):
    assert dalel("settings", "work_days", "0,1,2,3,4,5")[0] == 0
    assert dalel("settings", "extra_days_off", "2026-12-17,2026-12-18")[0] == 0
    code, out, _ = dalel("settings", "auto_wipe", "yes")
    assert code == 0 and out.strip() == "auto_wipe = yes"
    code, out, _ = dalel("--json", "settings", "extra_days_off")
    assert json.loads(out) == {"extra_days_off": ["2026-12-17", "2026-12-18"]}
    code, out, _ = dalel("--json", "audit", "--action", "settings_changed")
    details = [e["detail"] for e in json.loads(out)]
    assert {"key": "work_days", "old": [0, 1, 2, 3, 4], "new": [0, 1, 2, 3, 4, 5]} in details
    assert len(details) == 3


def test_a_vault_holding_bad_values_still_works_and_status_names_them(session, vault_dir,
                                                                      clock, tmp_path,
                                                                      monkeypatch, capsys):
    demo.demo_journal(session, clock, days=1)
    with session.db.write() as con:       # as an insider or an older version left them
        for key, text in (("work_end", '"25:99"'), ("work_days", '["7"]'),
                          ("timezone", '"Mars/Base"'), ("extra_days_off", '["tomorrow"]')):
            con.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                        "DO UPDATE SET value = excluded.value", (key, text))
    session.lock()
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    base = ["--vault", str(vault_dir)]
    for args in (["deadlines"], ["journal"], ["print", "pages", str(tmp_path / "p.pdf")]):
        code = main([*args, *base])
        out = capsys.readouterr()
        assert code == 0, (args, out.err)
        assert "Traceback" not in out.err
    assert (tmp_path / "p.pdf").exists()
    assert main(["status", *base]) == 0
    text = capsys.readouterr().out
    for key, stored, used in (("work_end", "25:99", "18:30"), ("work_days", "7", "0,1,2,3,4"),
                              ("timezone", "Mars/Base", "Asia/Almaty"),
                              ("extra_days_off", "tomorrow", "")):
        line = next(line for line in text.splitlines() if line.startswith(f"{key}: "))
        assert f"“{stored}”" in line and f"“{used}” is used" in line, line
    assert main(["status", "--json", *base]) == 0
    problems = json.loads(capsys.readouterr().out)["setting_problems"]
    assert [p["keys"] for p in problems] == [["timezone"], ["work_days"], ["work_end"],
                                             ["extra_days_off"]]
    # Setting it right through the one path clears it from status.
    assert main(["settings", "work_end", "18:30", *base]) == 0
    capsys.readouterr()
    assert main(["status", "--json", *base]) == 0
    problems = json.loads(capsys.readouterr().out)["setting_problems"]
    assert "work_end" not in [k for p in problems for k in p["keys"]]
