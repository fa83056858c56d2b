"""The vault: two password holders (R2), wrong password vs damaged index, lockout,
password change without re-encryption, and no plaintext on disk (R3)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from app.errors import (
    CorruptVault,
    InvalidInput,
    LockedOut,
    RuleViolation,
    SlotDamaged,
    WrongPassword,
)
from app.model import keyslots, vault
from app.model.keyslots import KdfParams
from tests.conftest import HEAD_PW, OFFICER_PW, TEST_KDF


def test_both_holders_unlock_with_their_own_password(session, vault_dir, clock):
    vault_id = session.vault_id
    session.lock()
    for role, pw in (("officer", OFFICER_PW), ("head", HEAD_PW)):
        s = vault.unlock(vault_dir, role, pw, clock)
        assert s.vault_id == vault_id
        assert s.registers.staff(s.actor_id).role == role
        s.lock()


def test_nobody_else_and_no_cross_password(session, vault_dir, clock):
    session.lock()
    with pytest.raises(WrongPassword):
        vault.unlock(vault_dir, "officer", HEAD_PW, clock)
    with pytest.raises(WrongPassword):
        vault.unlock(vault_dir, "head", OFFICER_PW, clock)
    with pytest.raises(InvalidInput):
        vault.unlock(vault_dir, "inspector", OFFICER_PW, clock)


def test_creation_refuses_weak_or_shared_passwords(tmp_path, clock):
    officer = vault.Person("A", "B", "1")
    head = vault.Person("C", "D", "2")
    with pytest.raises(InvalidInput):
        vault.create(tmp_path / "a", officer, "short", head, HEAD_PW, clock=clock, kdf=TEST_KDF)
    with pytest.raises(InvalidInput):
        vault.create(tmp_path / "b", officer, HEAD_PW, head, HEAD_PW, clock=clock, kdf=TEST_KDF)
    with pytest.raises(InvalidInput):
        vault.create(tmp_path / "c", officer, OFFICER_PW, vault.Person("X", "Y", "1"),
                     HEAD_PW, clock=clock, kdf=TEST_KDF)


def test_creation_refuses_a_non_empty_folder(tmp_path, clock):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "file.txt").write_text("x")
    with pytest.raises(InvalidInput):
        vault.create(tmp_path / "busy", vault.Person("A", "B", "1"), OFFICER_PW,
                     vault.Person("C", "D", "2"), HEAD_PW, clock=clock, kdf=TEST_KDF)


def test_not_a_vault_is_a_clear_message(tmp_path, clock):
    with pytest.raises(InvalidInput, match="no Dalel vault"):
        vault.unlock(tmp_path, "officer", OFFICER_PW, clock)


def test_wrong_password_and_corrupt_index_are_told_apart(session, vault_dir, clock):
    session.lock()
    index = vault_dir / "index.db"
    data = bytearray(index.read_bytes())
    for i in range(0, len(data), 4096):  # damage the first byte of every page
        data[i + 100] ^= 0xFF
    index.write_bytes(bytes(data))
    with pytest.raises(WrongPassword):
        vault.unlock(vault_dir, "officer", "not-the-password", clock)
    with pytest.raises(CorruptVault, match="password is right"):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)


def test_missing_index_is_corrupt_not_recreated(session, vault_dir, clock):
    session.lock()
    (vault_dir / "index.db").unlink()
    for extra in vault_dir.glob("index.db-*"):
        extra.unlink()
    with pytest.raises(CorruptVault):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    assert not (vault_dir / "index.db").exists()  # mode=rw: never an empty new index


def test_five_wrong_passwords_lock_for_ten_minutes_and_persist(session, vault_dir, clock):
    session.lock()
    for _ in range(4):
        with pytest.raises(WrongPassword):
            vault.unlock(vault_dir, "officer", "wrong-password", clock)
    with pytest.raises(WrongPassword):  # the head has a counter of their own
        vault.unlock(vault_dir, "head", "wrong-again!", clock)
    with pytest.raises(LockedOut):
        vault.unlock(vault_dir, "officer", "wrong-again!", clock)
    # Even the right password is refused while locked; the state survives a restart
    # because it is on disk, not in memory.
    with pytest.raises(LockedOut, match="10 more"):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    clock.advance(minutes=9, seconds=59)
    with pytest.raises(LockedOut):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    clock.advance(seconds=2)
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    actions = [e.action for e in s.audit.entries()]
    assert actions.count("unlock_failed") == 6
    assert actions.count("lockout") == 1
    assert actions.count("unlock_refused_lockout") == 2
    assert actions[-1] == "unlock"
    failed = [e for e in s.audit.entries(action="unlock_failed")]
    assert {e.role for e in failed} == {"officer", "head"}
    s.lock()


def test_success_resets_the_counter(session, vault_dir, clock):
    session.lock()
    for _ in range(4):
        with pytest.raises(WrongPassword):
            vault.unlock(vault_dir, "officer", "wrong-password", clock)
    vault.unlock(vault_dir, "officer", OFFICER_PW, clock).lock()
    for _ in range(4):
        with pytest.raises(WrongPassword):
            vault.unlock(vault_dir, "officer", "wrong-password", clock)
    vault.unlock(vault_dir, "officer", OFFICER_PW, clock).lock()


def test_change_password_without_reencrypting(session, vault_dir, clock):
    blob_id, _digest, _size = session.blobs.put_bytes(b"footage" * 1000)
    blob_file = session.blobs.path(blob_id)
    before = blob_file.read_bytes()
    session.change_password(OFFICER_PW, "new-officer-pass")
    session.lock()
    assert blob_file.read_bytes() == before
    with pytest.raises(WrongPassword):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    s = vault.unlock(vault_dir, "officer", "new-officer-pass", clock)
    assert s.blobs.read_bytes(blob_id) == b"footage" * 1000
    assert "password_changed" in [e.action for e in s.audit.entries()]
    s.lock()
    vault.unlock(vault_dir, "head", HEAD_PW, clock).lock()  # the head's slot is untouched


def test_change_password_needs_the_current_one(session):
    with pytest.raises(WrongPassword):
        session.change_password("not-mine-at-all", "new-officer-pass")
    with pytest.raises(InvalidInput):
        session.change_password(OFFICER_PW, "short")
    with pytest.raises(InvalidInput):
        session.change_password(OFFICER_PW, HEAD_PW)


def test_head_sets_a_new_officers_password(session, vault_dir, clock):
    with pytest.raises(RuleViolation):
        session.reset_slot("officer", "whatever-new-1")
    session.lock()
    head = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    head.reset_slot("officer", "new-officer-9")
    head.lock()
    vault.unlock(vault_dir, "officer", "new-officer-9", clock).lock()


def test_damaged_main_slot_falls_back_to_its_copy(session, vault_dir, clock):
    session.lock()
    (vault_dir / "keys" / "officer.slot").write_text("{garbage")
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    s.lock()


def test_both_slot_copies_damaged_is_a_clear_error(session, vault_dir, clock):
    session.lock()
    for name in ("officer.slot", "officer.slot.bak"):
        (vault_dir / "keys" / name).write_text("{garbage")
    with pytest.raises(CorruptVault):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)


def test_slot_parameters_cannot_be_downgraded(session, vault_dir, clock):
    session.lock()
    for name in ("officer.slot", "officer.slot.bak"):
        path = vault_dir / "keys" / name
        slot = json.loads(path.read_text())
        slot["kdf"]["t"] = slot["kdf"]["t"] + 1  # any header change breaks the checksum
        path.write_text(json.dumps(slot))
    with pytest.raises(SlotDamaged):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    for name in ("officer.slot", "officer.slot.bak"):
        # ... and one who also rewrites the checksum still meets the GCM tag.
        path = vault_dir / "keys" / name
        slot = json.loads(path.read_text())
        slot["check"] = keyslots._checksum({k: v for k, v in slot.items() if k != "check"})
        path.write_text(json.dumps(slot))
    with pytest.raises(WrongPassword):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)


def test_slot_below_the_floor_is_refused():
    with pytest.raises(CorruptVault):
        keyslots.seal(bytearray(32), "password1", "v", "officer", KdfParams(t=1))
    sealed = json.loads(keyslots.seal(bytearray(32), "password1", "v", "officer", TEST_KDF))
    sealed["kdf"]["m_kib"] = 1024
    with pytest.raises(CorruptVault):
        keyslots.unseal(json.dumps(sealed).encode(), "password1", "v", "officer")


def test_calibration_never_goes_below_the_floor():
    params = keyslots.calibrate(0.0)
    assert (params.t, params.m_kib, params.p) >= (3, 64 * 1024, 4)


def test_lock_drops_the_keys(session):
    session.lock()
    assert session.is_locked
    with pytest.raises(RuleViolation):
        _ = session.master_key
    with pytest.raises(RuleViolation):
        _ = session.registers


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_vault_files_contain_no_plaintext(session, vault_dir):
    marker = "Қонысбаев-UNIQUE-7731"
    session.registers.add_staff(marker, "Дана", "IN-PLAIN")
    session.registers.add_device("camera", "INV-PLAINTEXT-42", serial="SERIAL-PLAIN-99")
    footage = b"PLAINTEXT-FOOTAGE-MARKER" * 4096
    session.blobs.put_bytes(footage)
    session.lock()  # checkpoints the WAL into the main file
    everything = _all_bytes(vault_dir)
    for needle in (marker.encode(), "Қонысбаев".encode(), b"INV-PLAINTEXT-42",
                   b"SERIAL-PLAIN-99", b"PLAINTEXT-FOOTAGE-MARKER", b"CREATE TABLE"):
        assert needle not in everything, needle


def test_no_plaintext_in_the_wal_while_open(session, vault_dir):
    session.registers.add_device("camera", "INV-IN-WAL-77")
    everything = _all_bytes(vault_dir)
    assert b"INV-IN-WAL-77" not in everything


def test_sqlcipher_is_version_4(session):
    assert session.db.cipher_version().startswith("4.")


def test_schema_is_versioned(session):
    from app.model.migrations import SCHEMA_VERSION

    assert session.db.version == SCHEMA_VERSION


def test_clock_going_backwards_is_recorded_not_fixed(stocked, clock, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S1")
    clock.advance(timedelta(hours=-2))
    stocked.custody.return_camera("BK-001")
    entries = stocked.journal.entries()
    assert entries[-1].seq == entries[-2].seq + 1
    assert entries[-1].at < entries[-2].at
    assert stocked.audit.entries(action="clock_backwards")
    assert stocked.custody.period(p.id).returned_at == entries[-1].at


def test_lock_drops_the_blob_keys(session):
    blob_id, _, _ = session.blobs.put_bytes(b"x")
    blobs = session.blobs
    session.lock()
    with pytest.raises(CorruptVault, match="locked"):
        blobs.read_bytes(blob_id)


def test_full_disk_is_a_clear_message_and_loses_nothing(stocked, ok_checklist):
    from app.errors import StorageError

    db = stocked.db
    pages = db.one("PRAGMA page_count")[0]
    db.con.execute(f"PRAGMA max_page_count = {pages}")  # the disk is "full" from now on
    before = stocked.journal.size()
    with pytest.raises(StorageError, match="disk is full"):
        for n in range(200):  # fill what free pages remain, then hit the wall
            stocked.registers.add_staff(f"Staff{n}" * 20, "Name" * 30, f"FULL-{n}",
                                        position="x" * 500)
    assert stocked.journal.size() == before
    db.con.execute("PRAGMA max_page_count = 1073741823")
    stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    brk, _ = stocked.journal.check_chain()
    assert brk is None
