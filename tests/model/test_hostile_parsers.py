"""The examiners' hostile inputs (issue 13 item 2), one by one: key slot copies, checkpoint
codes, paper page codes and blob headers each give a clean ``DalelError`` with its own
message and exit code (or a REJECTED page), never a traceback. Device profiles:
tests/devices/test_hostile_profiles.py; the command line: tests/cli/test_hostile_inputs.py;
random inputs of every kind: tests/fuzz/test_fuzz_parsers.py."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct
from pathlib import Path

import pytest

from app.errors import CorruptVault, ExitCode, InvalidInput
from app.model import keyslots
from app.model.blobs import (
    HEADER,
    MAGIC,
    MAX_CHUNK,
    VERSION,
    BlobDamaged,
    BlobStore,
    iter_plaintext,
)
from app.model.crypto import canonical_json
from app.model.journal import Checkpoint, CheckpointUnreadable
from app.model.keyslots import SlotUnreadable, slot_health
from app.paper import pagecheck, verify_page
from tests.fakes import use_cheap_derive


# -- key slots -----------------------------------------------------------------------------
@pytest.fixture
def fast_kdf(monkeypatch):
    """About files, not Argon2id; absurd parameters must be refused before deriving."""
    use_cheap_derive(monkeypatch)


def _text_with(slot: dict, path: str, raw: str) -> bytes:
    """The slot's JSON with one field's value written as raw JSON text (``1e999`` cannot be
    made by json.dumps), its checksum rewritten so that only the field's own check stands."""
    marker = "@@HOSTILE@@"
    doc = json.loads(json.dumps(slot))
    *parents, last = path.split(".")
    target = doc
    for key in parents:
        target = target[key]
    target[last] = marker
    doc.pop("check", None)
    text = json.dumps(doc).replace(json.dumps(marker), raw)
    try:
        check = hashlib.sha256(canonical_json(json.loads(text))).hexdigest()
    except ValueError:   # a lone surrogate has no checksum
        check = "0" * 64
    return (text[:-1] + f', "check": "{check}"}}').encode()


# The 13 kinds of the examiners' report: non-string, short or empty salt and nonce, inf and
# huge Argon2 parameters.
HOSTILE_SLOT_FIELDS = [
    ("salt", "5"), ("salt", "null"), ("salt", '["AAAA"]'), ("salt", '"c2hvcnQ="'),
    ("nonce", "12"), ("nonce", '"AAAA"'), ("nonce", '""'),
    ("kdf.t", "1e999"), ("kdf.m_kib", "Infinity"), ("kdf.p", "NaN"),
    ("kdf.t", "1000000000"), ("kdf.m_kib", str(2**40)), ("kdf.p", str(10**30)),
]


def test_each_hostile_slot_field_is_slot_damage_with_its_reason(fast_kdf):
    good = json.loads(keyslots.seal(bytearray(32), "pw", "v" * 32, "officer",
                                    keyslots.KdfParams()))
    reasons = set()
    for path, raw in HOSTILE_SLOT_FIELDS:
        with pytest.raises(SlotUnreadable) as caught:
            keyslots.parse(_text_with(good, path, raw))
        assert caught.value.exit_code == ExitCode.DAMAGED_VAULT
        reasons.add(caught.value.reason)
    assert {"salt is not base64 text", "nonce has 3 bytes, not 12", "Argon2 passes outside "
            "3..64", "Argon2 memory outside 65536..1048576"} <= reasons


def test_a_hostile_copy_is_reported_and_the_intact_one_opens(fast_kdf, tmp_path: Path):
    """The slot-damage semantics hold for every one of them: ``slot_health`` names the
    damaged copy, the unlock opens the intact one and rewrites the damaged copy (the vault's
    own unlock adds the audit entries: tests/model/test_keyslot_repair.py)."""
    store = keyslots.SlotStore(tmp_path / "keys", "v" * 32)
    master = bytearray(os.urandom(32))
    store.write_new("officer", keyslots.seal(master, "pw", "v" * 32, "officer",
                                             keyslots.KdfParams()))
    intact = store.backup("officer").read_bytes()
    for n, (path, raw) in enumerate(HOSTILE_SLOT_FIELDS):
        copy = store.main("officer") if n % 2 else store.backup("officer")
        copy.write_bytes(_text_with(json.loads(intact), path, raw))
        problems = slot_health(store.folder, store.vault_id)
        assert [(p.copy, p.fatal) for p in problems if p.role == "officer"] == \
            [(copy.name, False)], (path, raw)
        opened = store.unlock("officer", "pw")
        assert opened.master == master
        assert [e for e, _ in opened.events] == ["slot_damaged", "slot_repaired"]
        assert copy.read_bytes() == intact
        assert not [p for p in slot_health(store.folder, store.vault_id) if p.role == "officer"]


# -- checkpoint codes ----------------------------------------------------------------------
GOOD_FIELDS = ["v" * 32, 7, "ab" * 32, "cd" * 64, 9, "ef" * 32]


def _code(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


def _fields(**changes: str) -> str:
    texts = [json.dumps(v) for v in GOOD_FIELDS]
    for index, raw in changes.items():
        texts[int(index[1:])] = raw
    return _code("[" + ",".join(texts) + "]")


@pytest.mark.parametrize("code", [
    _fields(f1="1e999"), _fields(f1="-1e999"), _fields(f1="Infinity"), _fields(f4="NaN"),
    _fields(f1="7.0"), _fields(f1="true"), _fields(f1="-1"), _fields(f1=str(2**63)),
    _fields(f4=str(10**30)), _fields(f2='"xyz"'), _fields(f3="5"), _fields(f0="null"),
    _fields(f0='"' + "v" * 65 + '"'), _fields(f5="[]"),
    _code("[" * 100_000), _code("1" * 5000), _code("{}"), _code("[1, 2, 3]"),
    "not base64 at all!", "ключ", "\ud800", "A" * 10_000, "", "=",
])
def test_a_hostile_checkpoint_code_is_unreadable_input(code):
    with pytest.raises(CheckpointUnreadable) as caught:
        Checkpoint.decode(code)
    assert isinstance(caught.value, InvalidInput)
    assert caught.value.exit_code == ExitCode.BAD_INPUT
    assert str(caught.value).startswith("The checkpoint code is not readable: ")


def test_a_sound_checkpoint_code_still_decodes():
    cp = Checkpoint.decode(_fields())
    assert (cp.size, cp.audit_size, cp.head) == (7, 9, "ab" * 32)
    assert Checkpoint.decode(cp.encode()) == cp
    old = Checkpoint.decode(_code(json.dumps(GOOD_FIELDS[:4])))
    assert old.audit_size is None and old.audit_head is None


# -- page codes ----------------------------------------------------------------------------
@pytest.mark.parametrize("code", [
    "99999999999999999999-1-ABCDE-FGHJK", "1-99999999999999999999-ABCDE-FGHJK",
    "1" * 5000 + "-1-ABCDE-FGHJK", "+1-1-ABCDE-FGHJK", "1_0-1-ABCDE-FGHJK",
    "١-1-ABCDE-FGHJK", "1-1-ÄBCDE-FGHJK", "1-1-\x00BCDE-FGHJK", "-".join(["1"] * 10_000),
])
def test_a_hostile_page_code_is_a_clean_rejection(session, code):
    with pytest.raises(ValueError):
        pagecheck.parse_code(code)
    check = verify_page(session, code)
    assert not check.ok and check.reason == "the code is not a Dalel page code (mistyped?)"


def test_a_hostile_qr_text_is_a_clean_rejection(session):
    cp = session.journal.checkpoint()
    good = pagecheck.qr_payload(1, 1, "ABCDEFGHJK", "0" * 64, cp)
    parts = good.split(":")
    assert pagecheck.parse_qr(good, session.vault_id).checkpoint == cp
    for index, value in ((1, "9" * 30), (5, "9" * 30), (8, str(2**63)), (5, "-1"),
                         (6, "AAAA"), (7, "!!"), (3, "ÄÄÄÄÄÄÄÄÄÄ"), (4, "X")):
        hostile = ":".join([*parts[:index], value, *parts[index + 1:]])
        with pytest.raises(ValueError):
            pagecheck.parse_qr(hostile, session.vault_id)
        assert not verify_page(session, qr=hostile).ok


# -- blob headers --------------------------------------------------------------------------
def _header(magic: bytes = MAGIC, version: int = VERSION, chunk: int = 1024) -> bytes:
    return HEADER.pack(magic, version, chunk, b"s" * 16)


@pytest.mark.parametrize("data", [
    b"", b"DALELBLB", _header()[:-1], _header(chunk=0), _header(chunk=2**32 - 1),
    _header(chunk=MAX_CHUNK + 1), _header(magic=b"DALELBLX"), _header(version=255),
    _header(), _header() + b"x" * 15, _header(chunk=1) + os.urandom(4096),
    struct.pack(">8sBI", MAGIC, VERSION, 16) + b"\xff" * 200,
])
def test_a_hostile_blob_header_is_blob_damage(data):
    for size in (len(data), 0, -1, len(data) + 10**12):
        with pytest.raises(BlobDamaged) as caught:
            for _ in iter_plaintext(io.BytesIO(data), b"k" * 32, "blob", size):
                pass
        assert isinstance(caught.value, CorruptVault)
        assert caught.value.exit_code == ExitCode.DAMAGED_VAULT


def test_a_folder_or_pipe_in_place_of_a_blob_is_damage_not_a_hang(tmp_path: Path):
    store = BlobStore(tmp_path / "blobs", bytearray(32))
    store.ensure()
    for blob_id, make in (("folder", Path.mkdir), ("pipe", os.mkfifo)):
        path = store.path(blob_id)
        path.parent.mkdir(exist_ok=True)
        make(path)
        for from_media in (False, True):
            with pytest.raises(BlobDamaged, match="not a regular file"):
                store.verify(blob_id, "0" * 64, 0, from_media=from_media)
