"""The lockout (issue 12, item 6): one counter per person (R2), a damaged or hostile
lockout.json never crashes and never keeps anyone out longer than the usual ten minutes,
a missing or rolled-back file is noticed, and a disk that refuses the file never stops a
correct password."""

from __future__ import annotations

import json
import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from app.errors import LockedOut, StorageError, WrongPassword
from app.fsutil import atomic_write
from app.model import lockout, vault
from tests.conftest import HEAD_PW, OFFICER_PW
from tests.fakes import use_cheap_derive


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """These tests are about the lockout file, not Argon2id (see test_keyslot_repair.py)."""
    use_cheap_derive(monkeypatch)


def actions(s: vault.VaultSession) -> list[str]:
    return [e.action for e in s.audit.entries()]


def lockfile(vault_dir: Path) -> Path:
    return vault_dir / "lockout.json"


def wrong(vault_dir, role, clock, times=1):
    for _ in range(times):
        with pytest.raises(WrongPassword):
            vault.unlock(vault_dir, role, "not-the-password", clock)


def test_five_wrong_officer_passwords_never_lock_the_head_out(session, vault_dir, clock):
    session.lock()
    wrong(vault_dir, "officer", clock, 4)
    with pytest.raises(LockedOut, match="five times"):
        vault.unlock(vault_dir, "officer", "not-the-password", clock)
    with pytest.raises(LockedOut, match="10 more"):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    head = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    # The head's unlock moves the officer's attempts into the audit log.
    failed = head.audit.entries(action="unlock_failed")
    assert [e.role for e in failed] == ["officer"] * 5
    assert [e.role for e in head.audit.entries(action="lockout")] == ["officer"]
    head.lock()
    with pytest.raises(LockedOut):     # ... and leaves the officer's lockout in force
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    wrong(vault_dir, "head", clock, 4)  # the head's own counter starts from nothing
    clock.advance(minutes=10, seconds=1)
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    assert actions(s).count("unlock_refused_lockout") == 2
    s.lock()
    with pytest.raises(LockedOut):      # the head's 4 + 1 are the head's alone
        vault.unlock(vault_dir, "head", "not-the-password", clock)


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "x").write_text("x")


def _write(text: str):
    return lambda path: path.write_text(text)


def _roles(officer, head=None) -> str:
    head = head or {"failures": 0, "locked_until": None}
    return json.dumps({"format": 2, "generation": 3, "roles": {"officer": officer,
                                                               "head": head},
                       "pending": []})


# (what is written, who is locked out because of it: the officer meets it first, and damage
# never blocks both people)
HOSTILE = {
    "not JSON": (_write("{not json"), ("officer",)),
    "a list": (_write("[]"), ("officer",)),
    "deep nesting": (_write("[" * 50_000 + "]" * 50_000), ("officer",)),
    "a folder": (_folder, ("officer",)),
    "a pipe": (os.mkfifo, ("officer",)),   # reading it would wait for ever
    "binary": (lambda p: p.write_bytes(b"\xff\x00" * 100), ("officer",)),
    "old format, locked_until not a time":
        (_write('{"failures": 2, "locked_until": "soon", "pending": []}'), ("officer",)),
    "old format, pending not a list":
        (_write('{"failures": 0, "locked_until": null, "pending": "x"}'), ()),
    "old format, negative failures":
        (_write('{"failures": -100, "locked_until": null, "pending": []}'), ("officer",)),
    "failures not an integer":
        (_write(_roles({"failures": "3", "locked_until": None})), ("officer",)),
    "failures a float": (_write(_roles({"failures": 1.5, "locked_until": None})), ("officer",)),
    "failures negative": (_write(_roles({"failures": -1, "locked_until": None})), ("officer",)),
    "locked for a year":
        (_write(_roles({"failures": 0, "locked_until": "2027-11-23T04:00:00.000000Z"})),
         ("officer",)),
    # met by the officer's unlock first: the file is rewritten sound, the head not kept out
    "head's counter garbage": (_write(_roles({"failures": 0, "locked_until": None}, "x")),
                               ()),
    "pending garbage, no counters": (_write(json.dumps({"format": 2, "generation": 1, "roles": {},
                                           "pending": [{"action": "drop table"}]})),
                        ("officer",)),
    "pending detail unencodable": (_write(json.dumps(
        {"format": 2, "epoch": "0123456789", "generation": 4,
         "roles": {r: {"failures": 0, "locked_until": None} for r in ("officer", "head")},
         "pending": [{"at": "2026-11-23T03:00:00.000000Z", "action": "unlock_failed",
                      "role": "officer", "detail": {"x": "\ud800"}}]})), ()),
    "generation garbage": (_write(json.dumps(
        {"format": 2, "generation": -5, "pending": [],
         "roles": {r: {"failures": 0, "locked_until": None} for r in ("officer", "head")}})),
        ()),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_lockout_file_locks_at_most_ten_minutes_then_is_rewritten(
        session, vault_dir, clock, case):
    session.lock()
    vault.unlock(vault_dir, "officer", OFFICER_PW, clock).lock()  # a generation on record
    write, locked = HOSTILE[case]
    path = lockfile(vault_dir)
    path.unlink()
    write(path)
    for role, password in (("officer", OFFICER_PW), ("head", HEAD_PW)):
        if role in locked:
            with pytest.raises(LockedOut, match=r"damaged.*10 more"):
                vault.unlock(vault_dir, role, password, clock)
        else:
            vault.unlock(vault_dir, role, password, clock).lock()
    # Rewritten clean at once: valid, per person, and nobody is kept longer than that.
    state = json.loads(path.read_text())
    assert state["format"] == 2 and set(state["roles"]) == {"officer", "head"}
    clock.advance(minutes=10, seconds=1)
    for role, password in (("officer", OFFICER_PW), ("head", HEAD_PW)):
        s = vault.unlock(vault_dir, role, password, clock)
        assert "lockout_file_damaged" in actions(s)
        s.lock()
    assert json.loads(path.read_text())["pending"] == []


def test_garbage_cannot_extend_its_own_lockout(session, vault_dir, clock):
    """Written again and again while locked, the damage never adds up to more than ten
    minutes from the first time it was read (the file was rewritten then)."""
    session.lock()
    lockfile(vault_dir).write_text("{garbage")
    with pytest.raises(LockedOut):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    clock.advance(minutes=10, seconds=1)
    vault.unlock(vault_dir, "officer", OFFICER_PW, clock).lock()


def test_a_negative_counter_cannot_buy_more_guesses(session, vault_dir, clock):
    session.lock()
    state = lockout.LockoutState(lockfile(vault_dir), clock)
    state.note_failure("officer")
    data = json.loads(lockfile(vault_dir).read_text())
    data["roles"]["officer"]["failures"] = -1000
    lockfile(vault_dir).write_text(json.dumps(data))
    with pytest.raises(LockedOut):
        vault.unlock(vault_dir, "officer", "not-the-password", clock)


def test_a_deleted_lockout_file_is_recorded(session, vault_dir, clock):
    session.lock()
    vault.unlock(vault_dir, "officer", OFFICER_PW, clock).lock()
    wrong(vault_dir, "officer", clock, 3)
    lockfile(vault_dir).unlink()            # three guesses forgotten...
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    reset = s.audit.entries(action="lockout_file_reset")   # ... but not unnoticed
    assert len(reset) == 1 and reset[0].detail["found"] is None
    s.lock()
    s = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    assert len(s.audit.entries(action="lockout_file_reset")) == 1   # once, not again
    s.lock()


def test_a_rolled_back_lockout_file_is_recorded(session, vault_dir, clock, tmp_path):
    session.lock()
    vault.unlock(vault_dir, "officer", OFFICER_PW, clock).lock()
    shutil.copy(lockfile(vault_dir), tmp_path / "old.json")
    wrong(vault_dir, "officer", clock, 4)
    vault.unlock(vault_dir, "officer", OFFICER_PW, clock).lock()
    wrong(vault_dir, "officer", clock, 4)
    shutil.copy(tmp_path / "old.json", lockfile(vault_dir))     # the four guesses undone
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    reset = s.audit.entries(action="lockout_file_reset")
    assert len(reset) == 1 and reset[0].detail["found"] < reset[0].detail["expected"]
    s.lock()


def test_a_disk_that_refuses_the_file_never_stops_a_correct_password(session, vault_dir,
                                                                      clock, monkeypatch):
    session.lock()
    wrong(vault_dir, "officer", clock, 2)

    def full(path, data, mode=0o600):
        raise StorageError("The disk is full while writing {what}.", what=str(path))

    monkeypatch.setattr(lockout, "atomic_write", full)
    wrong(vault_dir, "officer", clock, 1)   # not counted on disk, but never a crash
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    from app.model.verify import verify

    assert verify(s).ok                      # verify runs on a full disk
    acts = actions(s)
    # The attempt the disk refused to keep is in the program's log only (nowhere else to
    # keep it before a key exists); the two on disk reach the audit log.
    assert acts.count("unlock_failed") == 2 and "lockout_file_unwritable" in acts
    s.lock()
    monkeypatch.setattr(lockout, "atomic_write", atomic_write)
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    # The attempts already moved are not recorded twice from the file the disk kept.
    assert actions(s).count("unlock_failed") == 2
    s.lock()


def test_lockout_file_garbage_that_cannot_be_rewritten_locks_nobody(session, vault_dir,
                                                                    clock, monkeypatch):
    session.lock()
    lockfile(vault_dir).write_text("{garbage")

    def readonly(path, data, mode=0o600):
        raise StorageError("The disk is read-only: {what}.", what=str(path))

    monkeypatch.setattr(lockout, "atomic_write", readonly)
    for _ in range(2):   # a lockout that could not be kept would be imposed for ever
        s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
        assert "lockout_file_damaged" in actions(s)
        s.lock()


def test_the_first_release_format_is_read(session, vault_dir, clock):
    session.lock()
    until = (clock.now() + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    lockfile(vault_dir).write_text(json.dumps(
        {"failures": 0, "locked_until": until,
         "pending": [{"at": "2026-11-23T03:59:00.000000Z", "action": "unlock_failed",
                      "role": "head", "detail": {"failures": 5}}]}))
    with pytest.raises(LockedOut, match="Too many"):   # one counter then: both inherit it
        vault.unlock(vault_dir, "head", HEAD_PW, clock)
    clock.advance(minutes=5, seconds=1)
    s = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    assert "lockout_file_damaged" not in actions(s)
    assert s.audit.entries(action="unlock_failed")[0].at == "2026-11-23T03:59:00.000000Z"
    s.lock()
