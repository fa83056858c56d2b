"""``dalel footage`` and ``dalel retention`` end to end on a vault made by ``dalel init``
(R9): a category with its reason, a hold, the head's destruction after the officer confirmed
the date the clock jumped to, and the officer refused."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

import pytest

from app.clock import FakeClock, SystemClock
from app.errors import ExitCode
from app.model import keyslots, vault
from app.model.custody import Checklist
from tests.conftest import OFFICER_PW
from tests.fakes import small_footage


@pytest.fixture
def fake_now(monkeypatch) -> FakeClock:
    """Every clock the command line makes (SystemClock) reads this one instead; and a
    stand-in for Argon2id (each command unlocks: ~0.3 s a derivation at the floor, and
    this test is about retention, not the KDF; tests/model/test_keyslot_repair.py)."""
    fake = FakeClock(datetime(2027, 3, 10, 5, 0, tzinfo=UTC))    # Wednesday, 10:00 local
    monkeypatch.setattr(SystemClock, "now", lambda _self: fake.now())
    monkeypatch.setattr(keyslots, "derive", lambda pw, salt, params: hashlib.blake2b(
        pw.encode() + b"\0" + salt + repr(params).encode(), digest_size=32).digest())
    return fake


def _stored(path, n: int = 2) -> list[int]:
    s = vault.unlock(path, "officer", OFFICER_PW, SystemClock())
    try:
        s.registers.add_staff("Сейітов", "Ерлан", "IN-1")
        s.registers.add_device("camera", "BK-001", in_service="2024-01-15")
        p = s.custody.issue("IN-1", "BK-001", Checklist.all_ok(95))
        s.custody.return_camera("BK-001")
        items = small_footage(s, p, n, "cli", repeat=400)
        with s.db.write() as con:
            _e, ids = s.footage.download_in(con, p.id, p.camera_id, {"files": n}, items)
        return ids
    finally:
        s.lock()


def test_footage_and_retention_commands(fake_now, cli):
    a, b = _stored(cli.vault)
    code, out, _ = cli("footage", "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert code == 0 and rows[a]["keep_until"] == "2028-03-10"      # calendar year, 29.02
    assert rows[a]["camera"] == "BK-001" and rows[a]["inspector"] == "Ерлан Сейітов"
    assert rows[a]["category"] == "ordinary" and not rows[a]["held"]
    code, _out, err = cli("footage", "mark", str(b), "offence")
    assert code == ExitCode.BAD_INPUT and "Say why" in err
    code, out, _ = cli("footage", "mark", str(b), "offence", "--reason", "хаттама №7")
    assert code == 0 and "10.03.2032" in out
    code, _out, err = cli("retention", "hold", str(a), "--reason", "шағым")
    assert code == ExitCode.REFUSED_BY_RULE and "Only the head" in err
    code, _out, err = cli("--role", "head", "retention", "hold", str(a), "--reason", "шағым")
    assert code == 0, err

    fake_now.advance(days=367)                  # 11.03.2028 (29.02 between): a jump
    code, out, _ = cli("retention", "list")
    assert code == 0 and "on hold: шағым" in out and "FORWARD" in out
    code, out, _ = cli("status", "--json")
    assert json.loads(out)["clock"]["confirmed"] is False
    code, _out, err = cli("--role", "head", "retention", "destroy", "--approve")
    assert code == ExitCode.REFUSED_BY_RULE and "confirms today's date" in err
    code, _out, err = cli("retention", "confirm-date", "2028-03-12")
    assert code == ExitCode.BAD_INPUT and "clock says 11.03.2028" in err
    code, out, _ = cli("retention", "confirm-date", "2028-03-11")
    assert code == 0 and "confirmed" in out

    code, _out, err = cli("retention", "destroy", "--approve")
    assert code == ExitCode.REFUSED_BY_RULE and "Only the head" in err
    code, out, _ = cli("--role", "head", "retention", "destroy")
    assert code == 0 and "Nothing is past its term" in out        # a: held, b: 5 years
    code, out, _ = cli("--role", "head", "retention", "unhold", str(a), "--reason", "жабылды")
    assert code == 0
    code, out, _ = cli("--role", "head", "--json", "retention", "destroy")
    assert code == ExitCode.NOT_CONFIRMED                           # --approve missing
    assert [r["id"] for r in json.loads(out)["would_destroy"]] == [a]
    code, out, _ = cli("--role", "head", "retention", "destroy", "--approve")
    assert code == 0 and "Destroyed 1 recording(s)" in out
    code, out, _ = cli("footage", "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows[a]["destroyed_at"] and rows[b]["destroyed_at"] is None
    code, out, _ = cli("verify")
    assert code == 0, out
    code, out, _ = cli("--role", "head", "audit", "--action", "footage_destroyed", "--json")
    [rec] = json.loads(out)
    assert rec["role"] == "head" and rec["detail"]["footage_id"] == a
    assert rec["detail"]["keep_until"] == "2028-03-10"
