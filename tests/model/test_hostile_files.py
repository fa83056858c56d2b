"""Property tests (issue 12): whatever JSON a key slot or lockout.json holds, reading it
gives a verdict, never an exception; a lockout it imposes is never longer than ten
minutes (R2: the two password holders must not be kept out by a file)."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import FakeClock
from app.model import keyslots, lockout
from app.model.keyslots import SlotUnreadable, parse
from tests.conftest import TEST_KDF

SCALARS = st.none() | st.booleans() | st.integers(-2**70, 2**70) | \
    st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) |
                    st.dictionaries(st.text(max_size=12), inner, max_size=5), max_leaves=20)
# Sealed under a fixed key: a real slot's shape without an Argon2id derivation at import.
GOOD_SLOT = json.loads(keyslots._seal_with(bytearray(32), b"k" * 32, "v" * 32, "officer",
                                           TEST_KDF, b"s" * 16))
SLOT_KEYS = st.sampled_from([*sorted(GOOD_SLOT), "kdf.t", "kdf.m_kib", "kdf.p", "kdf.alg"])
LOCK_KEYS = st.sampled_from(["format", "epoch", "generation", "pending", "roles",
                             "roles.officer", "roles.head", "roles.officer.failures",
                             "roles.officer.locked_until", "roles.head.damaged"])


def _set(doc: dict, dotted: str, value: object) -> dict:
    doc = json.loads(json.dumps(doc))
    *path, last = dotted.split(".")
    target = doc
    for key in path:
        target = target[key]
    target[last] = value
    return doc


def _as_bytes(value: object) -> bytes:
    return json.dumps(value).encode()   # ensure_ascii: lone surrogates stay escaped


@settings(max_examples=200, deadline=None)
@given(st.one_of(JSON, st.tuples(SLOT_KEYS, JSON)))
def test_any_slot_json_is_a_slot_or_damaged(case):
    data = _as_bytes(_set(GOOD_SLOT, *case) if isinstance(case, tuple) else case)
    try:
        slot = parse(data)
    except SlotUnreadable:
        return
    assert keyslots.FLOOR_M_KIB <= slot.params.m_kib <= keyslots.MAX_M_KIB
    assert keyslots.FLOOR_T <= slot.params.t <= keyslots.MAX_T


GOOD_LOCK = {"format": 2, "epoch": "0123456789abcdef", "generation": 7, "pending": [],
             "roles": {r: {"failures": 1, "locked_until": None} for r in ("officer", "head")}}
NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


@settings(max_examples=150, deadline=None)
@given(st.one_of(JSON, st.tuples(LOCK_KEYS, JSON)))
def test_any_lockout_json_locks_at_most_ten_minutes_and_is_rewritten_sane(case):
    doc = _set(GOOD_LOCK, *case) if isinstance(case, tuple) else case

    def plain_write(path: Path, data: bytes, mode: int = 0o600) -> None:
        path.write_bytes(data)   # about parsing, not durability: no fsync per example

    with tempfile.TemporaryDirectory() as folder, \
            mock.patch.object(lockout, "atomic_write", plain_write):
        path = Path(folder) / "lockout.json"
        path.write_bytes(_as_bytes(doc))
        state = lockout.LockoutState(path, FakeClock(NOW))
        for role in lockout.ROLES:
            held = state.locked_until(role)
            assert held is None or held.until <= NOW + lockout.LOCKOUT
        state.note_failure("head")
        done = state.note_success("officer")
        assert isinstance(done.pending, list)
        again = lockout.LockoutState(path, FakeClock(NOW))
        again._load()
        assert not any(e["action"] == "lockout_file_damaged" for e in again._unsaved)
        assert json.loads(path.read_text())["format"] == 2
