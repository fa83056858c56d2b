"""Key slots (issue 12, items 5 and 7): every parser verdict is "a slot" or "damaged", a
damaged copy is reported without a password and rewritten at the next unlock of its role
(audited), both copies damaged is its own error and no wrong password, and passwords are
NFC (R2)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
from pathlib import Path

import pytest

from app.errors import SlotDamaged, WrongPassword
from app.model import keyslots, vault
from app.model.crypto import canonical_json
from app.model.keyslots import KdfParams, SlotUnreadable, parse, slot_health
from app.model.verify import verify
from tests.conftest import HEAD_PW, OFFICER_PW, TEST_KDF

derived: list[KdfParams] = []


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Argon2id at the floor costs ~0.3 s a derivation on the CI's 2 cores; these tests
    derive dozens of times and are about files, not the KDF. The stand-in keeps what
    matters (password, salt and parameters all change the key) and refuses to be asked for
    parameters outside the sanity bounds: absurd ones must be refused before deriving."""
    derived.clear()

    def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
        assert params.m_kib <= keyslots.MAX_M_KIB and params.t <= keyslots.MAX_T
        derived.append(params)
        return hashlib.blake2b(password.encode() + b"\0" + salt + repr(params).encode(),
                               digest_size=32).digest()

    monkeypatch.setattr(keyslots, "derive", derive)


def keys(vault_dir: Path) -> Path:
    return vault_dir / "keys"


def actions(s: vault.VaultSession) -> list[str]:
    return [e.action for e in s.audit.entries()]


def _rechecked(slot: dict) -> bytes:
    """A hostile edit that also rewrites the checksum, so that only the bounds stand."""
    slot = {k: v for k, v in slot.items() if k != "check"}
    try:
        slot["check"] = hashlib.sha256(canonical_json(slot)).hexdigest()
    except UnicodeEncodeError:   # a lone surrogate has no checksum at all
        slot["check"] = "0" * 64
    return json.dumps(slot).encode()


def flip(data: bytes) -> bytes:
    at = data.index(b'"wrapped"') + 15
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def absurd(field: str, value: int):
    def damage(data: bytes) -> bytes:
        slot = json.loads(data)
        slot["kdf"][field] = value
        return _rechecked(slot)
    return damage


DAMAGE = {
    "flipped byte": flip,
    "truncated": lambda data: data[: len(data) // 2],
    "bad JSON": lambda data: b"{garbage",
    "empty": lambda data: b"",
    "m = 2^32-1": absurd("m_kib", 2**32 - 1),
    "t = 10^6": absurd("t", 10**6),
}


# -- the parser is total -------------------------------------------------------------------
def _good() -> dict:
    return json.loads(keyslots.seal(bytearray(32), "password1", "v" * 32, "officer",
                                    TEST_KDF))


def _hostile() -> list[bytes]:
    cases: list[bytes] = [b"", b"\xff\xfe", b"[", b"[]", b"null", b"1e999", b"NaN",
                          b"[" * 100_000 + b"]" * 100_000, b"1" * 5000, b" " * 70_000,
                          b'{"format": 1}', b'{"format": true}', b'{"format": 2.0}']
    for key, value in (("salt", 5), ("salt", None), ("salt", "c2hvcnQ="), ("salt", "\ud800"),
                       ("nonce", "AAAA"), ("nonce", ["x"]), ("wrapped", "!!!"),
                       ("vault_id", 7), ("vault_id", "\ud800"), ("vault_id", "x" * 500),
                       ("role", "admin"), ("role", []), ("kdf", "argon2id"), ("kdf", None),
                       ("format", 3), ("extra", 1)):
        slot = _good()
        slot[key] = value
        cases += [_rechecked(slot), json.dumps(slot).encode()]
    for key, value in (("t", 10**6), ("t", 0), ("t", True), ("t", 3.0), ("t", "3"),
                       ("t", float("inf")), ("t", float("nan")), ("t", 10**400),
                       ("m_kib", 2**32 - 1), ("m_kib", -1), ("m_kib", 1024), ("p", 0),
                       ("p", 10**6), ("alg", "argon2i"), ("alg", None)):
        slot = _good()
        slot["kdf"][key] = value
        cases += [_rechecked(slot), json.dumps(slot).encode()]
    slot = _good()
    del slot["kdf"]["p"]
    cases.append(_rechecked(slot))
    return cases


def test_every_hostile_slot_is_damaged_never_a_crash():
    for data in _hostile():
        with pytest.raises(SlotUnreadable):
            parse(data)


def test_every_truncation_and_flipped_byte_is_a_verdict():
    data = keyslots.seal(bytearray(32), "password1", "v" * 32, "officer", TEST_KDF)
    verdicts = {"slot": 0, "damaged": 0}
    mutants = [data[:n] for n in range(len(data))]
    mutants += [data[:i] + bytes([data[i] ^ bit]) + data[i + 1:]
                for i in range(len(data)) for bit in (0x01, 0x80)]
    for mutant in mutants:
        try:
            parse(mutant)
            verdicts["slot"] += 1
        except SlotUnreadable:
            verdicts["damaged"] += 1
    # The checksum catches every change of content; only whitespace may be changed harmlessly.
    assert verdicts["damaged"] >= len(mutants) - 2 * data.count(b" ") - data.count(b"\n") * 2


# -- one damaged copy: reported, refused by bounds, repaired, audited ----------------------
@pytest.mark.parametrize("copy", ["officer.slot", "officer.slot.bak"])
@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_copy_is_reported_then_repaired_at_the_next_unlock(session, vault_dir,
                                                                      clock, copy, kind):
    session.lock()
    path = keys(vault_dir) / copy
    twin = keys(vault_dir) / ("officer.slot.bak" if copy == "officer.slot" else "officer.slot")
    path.write_bytes(DAMAGE[kind](path.read_bytes()))
    # Before any unlock: the health check needs no password.
    problems = slot_health(keys(vault_dir), session.vault_id)
    assert [(p.role, p.copy, p.fatal) for p in problems] == [("officer", copy, False)]
    # The head's verify sees it (exit 9 in the CLI) until the officer unlocks.
    head = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    report = verify(head)
    assert not report.ok and [p.where for p in report.problems] == ["key_slot"]
    head.lock()
    derived.clear()
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    assert all(p.m_kib <= keyslots.MAX_M_KIB for p in derived)
    assert path.read_bytes() == twin.read_bytes()
    assert slot_health(keys(vault_dir), s.vault_id) == []
    assert actions(s)[-3:] == ["slot_damaged", "slot_repaired", "unlock"]
    repaired = s.audit.entries(action="slot_repaired")[0].detail
    assert repaired["copy"] == copy and repaired["role"] == "officer"
    assert s.slot_events[-1][0] == "slot_repaired"
    assert verify(s).ok
    s.lock()


def test_a_healthy_unlock_writes_nothing(session, vault_dir, clock):
    session.lock()
    before = {p.name: p.read_bytes() for p in keys(vault_dir).iterdir()}
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    assert {p.name: p.read_bytes() for p in keys(vault_dir).iterdir()} == before
    assert "slot_repaired" not in actions(s) and s.slot_events == []
    s.lock()


@pytest.mark.parametrize("make", [Path.mkdir, os.mkfifo])
def test_a_folder_or_pipe_in_place_of_a_copy_is_reported_and_the_other_opens(
        session, vault_dir, clock, make):
    session.lock()
    bak = keys(vault_dir) / "head.slot.bak"
    bak.unlink()
    make(bak)
    problems = slot_health(keys(vault_dir), session.vault_id)
    assert problems[0].copy == "head.slot.bak" and "not a regular file" in problems[0].reason
    s = vault.unlock(vault_dir, "head", HEAD_PW, clock)  # cannot repair; still opens
    assert "slot_damaged" in actions(s)
    s.lock()


def test_another_roles_slot_in_place_of_a_copy_is_damage(session, vault_dir, clock):
    session.lock()
    head_slot = (keys(vault_dir) / "head.slot").read_bytes()
    (keys(vault_dir) / "officer.slot").write_bytes(head_slot)
    problems = slot_health(keys(vault_dir), session.vault_id)
    assert [(p.copy, p.reason) for p in problems] == \
        [("officer.slot", "belongs to another vault or role")]
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    assert slot_health(keys(vault_dir), s.vault_id) == []
    s.lock()


def test_wrong_password_with_one_damaged_copy_is_still_a_wrong_password(session, vault_dir,
                                                                        clock):
    session.lock()
    (keys(vault_dir) / "officer.slot").write_bytes(b"{garbage")
    with pytest.raises(WrongPassword):
        vault.unlock(vault_dir, "officer", "not-the-password", clock)


# -- both copies damaged: its own error, never a wrong password -----------------------------
@pytest.mark.parametrize("kind", ["flipped byte", "bad JSON", "m = 2^32-1"])
def test_both_copies_damaged_is_its_own_error_and_not_counted(session, vault_dir, clock,
                                                              kind):
    session.lock()
    for name in ("officer.slot", "officer.slot.bak"):
        path = keys(vault_dir) / name
        path.write_bytes(DAMAGE[kind](path.read_bytes()))
    assert all(p.fatal for p in slot_health(keys(vault_dir), session.vault_id))
    for _ in range(6):  # more than the lockout's five: none of them counts
        with pytest.raises(SlotDamaged, match="restore keys/ from a backup") as err:
            vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
        assert err.value.exit_code == 5
    assert not (vault_dir / "lockout.json").exists()
    vault.unlock(vault_dir, "head", HEAD_PW, clock).lock()


# -- old slots and interrupted changes ------------------------------------------------------
def _format_1(master: bytes, password: str, vault_id: str, role: str) -> bytes:
    """A slot as the first release wrote it: no checksum, the password as typed."""
    salt, nonce = b"s" * 16, b"n" * 12
    header = {"format": 1, "vault_id": vault_id, "role": role, "kdf": TEST_KDF.as_dict(),
              "salt": base64.b64encode(salt).decode()}
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = keyslots.derive(password, salt, TEST_KDF)
    wrapped = AESGCM(kek).encrypt(nonce, master, canonical_json(header))
    return json.dumps(dict(header, nonce=base64.b64encode(nonce).decode(),
                           wrapped=base64.b64encode(wrapped).decode()), indent=1).encode()


def _install_format_1(session: vault.VaultSession, vault_dir: Path, password: str) -> bytes:
    old = _format_1(bytes(session.master_key), password, session.vault_id, "officer")
    for name in ("officer.slot", "officer.slot.bak"):
        (keys(vault_dir) / name).write_bytes(old)
    session.lock()
    return old


def test_a_format_1_slot_opens_and_is_upgraded(session, vault_dir, clock):
    _install_format_1(session, vault_dir, OFFICER_PW)
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    for name in ("officer.slot", "officer.slot.bak"):
        assert parse((keys(vault_dir) / name).read_bytes()).format == keyslots.SLOT_FORMAT
    assert s.audit.entries(action="slot_rewrapped")[0].detail["reason"] == "format_upgrade"
    s.lock()
    vault.unlock(vault_dir, "officer", OFFICER_PW, clock).lock()


def test_format_1_copies_that_differ_are_told_apart_by_the_password(session, vault_dir,
                                                                    clock):
    old = _install_format_1(session, vault_dir, OFFICER_PW)
    # Another valid base64 letter in the wrapped key: still parses, format 1 has no checksum.
    at = old.index(b'"wrapped"') + 15
    other = b"B" if old[at:at + 1] == b"A" else b"A"
    (keys(vault_dir) / "officer.slot").write_bytes(old[:at] + other + old[at + 1:])
    problems = slot_health(keys(vault_dir), None)
    assert [p.copy for p in problems] == ["officer.slot.bak"] and "differs" in problems[0].reason
    with pytest.raises(WrongPassword):
        vault.unlock(vault_dir, "officer", "not-the-password", clock)
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    assert slot_health(keys(vault_dir), s.vault_id) == []
    s.lock()


def test_an_interrupted_change_is_never_rolled_back(session, vault_dir, clock):
    # Main holds the new slot, the backup still the old one (killed between the writes).
    new = keyslots.seal(session.master_key, "brand-new-pass", session.vault_id, "officer",
                        TEST_KDF)
    (keys(vault_dir) / "officer.slot").write_bytes(new)
    session.lock()
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)   # the old one, from .bak
    assert (keys(vault_dir) / "officer.slot").read_bytes() == new
    s.lock()
    s = vault.unlock(vault_dir, "officer", "brand-new-pass", clock)
    assert (keys(vault_dir) / "officer.slot.bak").read_bytes() == new
    s.lock()
    with pytest.raises(WrongPassword):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)


# -- passwords are NFC ----------------------------------------------------------------------
KAZAKH = "Құпия-сөз-йә-ё"
NFC = unicodedata.normalize("NFC", KAZAKH)
NFD = unicodedata.normalize("NFD", KAZAKH)


def test_the_same_password_in_nfc_or_nfd_opens(session, vault_dir, clock):
    assert NFC != NFD
    session.change_password(OFFICER_PW, NFD)   # stored as NFC
    session.lock()
    vault.unlock(vault_dir, "officer", NFC, clock).lock()
    vault.unlock(vault_dir, "officer", NFD, clock).lock()
    head = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    head.reset_slot("officer", NFC)
    head.lock()
    vault.unlock(vault_dir, "officer", NFD, clock).lock()


def test_a_new_vault_normalises_both_passwords(tmp_path, clock):
    s = vault.create(tmp_path / "v", vault.Person("A", "B", "1"), NFD,
                     vault.Person("C", "D", "2"), HEAD_PW, clock=clock, kdf=TEST_KDF)
    s.lock()
    vault.unlock(tmp_path / "v", "officer", NFC, clock).lock()
    with pytest.raises(Exception, match="own password"):
        vault.create(tmp_path / "w", vault.Person("A", "B", "1"), NFD,
                     vault.Person("C", "D", "2"), NFC, clock=clock, kdf=TEST_KDF)


@pytest.mark.parametrize("typed", [NFD, NFC])
def test_an_old_slot_from_a_raw_nfd_password_opens_and_is_rewrapped(session, vault_dir,
                                                                   clock, typed):
    _install_format_1(session, vault_dir, NFD)   # sealed from the NFD bytes, unnormalised
    s = vault.unlock(vault_dir, "officer", typed, clock)
    assert s.audit.entries(action="slot_rewrapped")[0].detail["reason"] == \
        "password_normalised"
    s.lock()
    derived.clear()
    vault.unlock(vault_dir, "officer", NFC, clock).lock()
    assert len(derived) == 1      # the NFC form now opens at the first try
