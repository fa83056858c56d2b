"""Hostile files and codes, generated (issue 13 items 2 and 7): key slot files, device profile
files, paper page codes and QR texts, checkpoint codes and blob files.

The one property: each input either parses to a sane value or raises a ``DalelError`` whose
exit code is in ``ExitCode`` (for a page code: a clean REJECTED result) — never another
exception, never a hang. The number of examples comes from the Hypothesis profile
(tests/fuzz/conftest.py: "ci" for every run, "long" for tools/); no test fixes its own.
The examples the examiners reported are plain tests: tests/model/test_hostile_parsers.py,
tests/devices/test_hostile_profiles.py, tests/cli/test_hostile_inputs.py.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.clock import FakeClock
from app.devices.card import scan_card
from app.devices.profiles import (
    ProfileInvalid,
    load_profiles_report,
    match_profile,
    read_profile_file,
)
from app.errors import DalelError, ExitCode
from app.model import keyslots, vault
from app.model.blobs import HEADER, MAGIC, BlobDamaged, BlobStore, iter_plaintext
from app.model.crypto import LABEL_INDEX, canonical_json, hkdf
from app.model.db import Database
from app.model.journal import Checkpoint, CheckpointUnreadable
from app.model.keyslots import KdfParams, SlotStore, SlotUnreadable
from app.paper import verify_page
from tests.conftest import CLOCK_START
from tests.fakes import cheap_derive

EXIT_CODES = set(ExitCode)

# -- hostile values ------------------------------------------------------------------------
SPECIAL_TEXT = ["", "\x00", "a\x00b", "\u202eexe.gnp", "\ufeff", "\ud800", "١٢٣", "²",
                "ß", "İ", "ǅ", "-", "..", "../..", "/etc/passwd", "C:\\x", "%n%s%Y",
                "(?P<Y>a", "(a+)+$", "0x", "0x4255", "1_0", "+1", " 7 ", "1e999", "NaN"]
HOSTILE_TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(SPECIAL_TEXT),
    st.text(alphabet=st.sampled_from("\x00\u202e\u200f\ud800١²ß-_:09AZaz/\\.$"), max_size=12),
    st.integers(100, 6000).map(lambda n: "Ж" * n),
)
HOSTILE_NUMBER = st.one_of(
    st.integers(-1000, 1000),
    st.integers(-2**80, 2**80),
    st.sampled_from([0, -1, 1, 2**31, 2**32 - 1, 2**63 - 1, 2**63, 2**64, 10**30]),
    st.floats(allow_nan=True, allow_infinity=True),
)
SCALARS = st.none() | st.booleans() | HOSTILE_NUMBER | HOSTILE_TEXT
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(HOSTILE_TEXT, inner, max_size=4), max_leaves=12)
# Raw JSON texts json.dumps never writes: numbers past a float's range, deep nesting.
RAW_JSON = st.one_of(
    st.sampled_from(["1e999", "-1e999", "Infinity", "NaN", "1" * 5000, "", "{", "[]",
                     '"\\ud800"', "\ufeff{}", "null"]),
    st.sampled_from([10, 999, 1000, 5000, 30_000, 100_000]).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
)


def _dumps(value: Any) -> str:
    return json.dumps(value)   # ensure_ascii: a lone surrogate stays escaped


def _set(doc: Any, dotted: str, raw: str) -> str:
    """``doc`` as JSON text with the value at ``dotted`` written as the raw text ``raw``."""
    marker = "@@HOSTILE@@"
    doc = json.loads(json.dumps(doc))
    *parents, last = dotted.split(".")
    target = doc
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    if isinstance(target, list):
        target[int(last)] = marker
    else:
        target[last] = marker
    return json.dumps(doc).replace(json.dumps(marker), raw)


def _documents(good: dict[str, Any], paths: list[str]) -> st.SearchStrategy[bytes]:
    """Whole hostile documents, raw texts, random bytes, and the good document with one
    field replaced by a hostile value or raw text."""
    field = st.tuples(st.sampled_from(paths), JSON.map(_dumps) | RAW_JSON).map(
        lambda case: _set(good, *case))
    return st.one_of(JSON.map(_dumps), RAW_JSON, field, field).map(
        lambda text: text.encode("utf-8", "surrogatepass")) | st.binary(max_size=300)


# -- key slot files --------------------------------------------------------------------------


VAULT_ID = "f" * 32
MASTER = bytearray(range(32))
with mock.patch.object(keyslots, "derive", cheap_derive):
    GOOD_SLOT_BYTES = keyslots.seal(MASTER, "pw", VAULT_ID, "officer", KdfParams())
GOOD_SLOT = json.loads(GOOD_SLOT_BYTES)
SLOT_PATHS = [*sorted(GOOD_SLOT), "kdf.t", "kdf.m_kib", "kdf.p", "kdf.alg", "extra"]


def _rechecked(data: bytes) -> bytes:
    """The same slot with its checksum made right, so that the field checks stand alone."""
    try:
        slot = json.loads(data)
        slot.pop("check")
        slot["check"] = hashlib.sha256(canonical_json(slot)).hexdigest()
        return json.dumps(slot).encode()
    except Exception:   # not an object with a check: leave it as it is
        return data


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the module's examples, whose files each example rewrites: a
    temporary folder made and removed per example costs more than the parsing."""
    return tmp_path_factory.mktemp("fuzz-files")


@given(_documents(GOOD_SLOT, SLOT_PATHS), st.booleans(), st.sampled_from(["main", "backup"]))
@settings(deadline=None)
def test_a_hostile_slot_copy_is_damage_and_the_intact_copy_opens(scratch, data, recheck,
                                                                 which):
    if recheck:
        data = _rechecked(data)
    try:
        slot = keyslots.parse(data)
    except SlotUnreadable as exc:
        assert exc.exit_code in EXIT_CODES and exc.reason
    else:
        assert keyslots.FLOOR_T <= slot.params.t <= keyslots.MAX_T
        assert keyslots.FLOOR_M_KIB <= slot.params.m_kib <= keyslots.MAX_M_KIB
        assert keyslots.FLOOR_P <= slot.params.p <= keyslots.MAX_P
        assert (len(slot.salt), len(slot.nonce)) == (keyslots.SALT_LEN, keyslots.NONCE_LEN)
    with mock.patch.object(keyslots, "derive", cheap_derive):
        store = SlotStore(scratch / "keys", VAULT_ID)
        store.folder.mkdir(exist_ok=True)
        store.main("officer").write_bytes(GOOD_SLOT_BYTES)     # no fsync per example
        store.backup("officer").write_bytes(GOOD_SLOT_BYTES)
        getattr(store, which)("officer").write_bytes(data)
        problems = keyslots.slot_health(store.folder, VAULT_ID)
        assert not any(p.fatal for p in problems if p.role == "officer")
        # The slot-damage semantics: whatever one copy holds, the other opens.
        assert store.open("officer", "pw") == MASTER


# -- device profile files --------------------------------------------------------------------
GOOD_PROFILE = {
    "name": "office-cam", "title": "Office camera", "driver": "mass_storage", "priority": 5,
    "match": {"usb": [["0x4255", "0x0001"]], "labels": ["CAM*"], "layout_all": ["DCIM"],
              "layout_any": ["DCIM"], "files_any": ["TIMESET.TXT"]},
    "footage": [{"dir": "DCIM", "recursive": True}],
    "name_time": "(?P<Y>\\d{4})(?P<m>\\d{2})(?P<d>\\d{2})_(?P<H>\\d{2})(?P<M>\\d{2})"
                 "(?P<S>\\d{2})",
    "split": {"regex": "^(?P<base>.+)_(?P<part>.+)$", "min_part_size": 1},
    "time_file": {"name": "TIMESET.TXT", "format": "%Y-%m-%d %H:%M:%S"},
    "default_passwords": ["000000"], "usb_command": {"out": "0x01", "in": "0x81"},
}
PROFILE_PATHS = [*GOOD_PROFILE, "match.usb", "match.usb.0", "match.usb.0.0", "match.labels",
                 "match.labels.0", "match.layout_all", "match.files_any.0", "footage.0",
                 "footage.0.dir", "footage.0.recursive", "split.regex", "split.min_part_size",
                 "time_file.name", "time_file.format", "default_passwords.0",
                 "usb_command.out", "usb_command.in", "extra", "match.extra"]


@pytest.fixture(scope="module")
def card(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small card for a profile that loads: parts, odd names, a time file."""
    root = tmp_path_factory.mktemp("card")
    (root / "DCIM" / "100CAM").mkdir(parents=True)
    for name in ("20261123_100000_001.MP4", "20261123_100000_002.MP4", "x_²³.MP4",
                 "99999999_999999.MP4", "\u202eclip.MP4"):
        (root / "DCIM" / "100CAM" / name).write_bytes(b"\0" * 64)
    (root / "TIMESET.TXT").write_text("2026-11-23 10:00:00")
    return root


@given(_documents(GOOD_PROFILE, PROFILE_PATHS))
@settings(deadline=None)
def test_a_hostile_profile_loads_sane_or_is_skipped_by_name(scratch, card, data):
    folder = scratch / "profiles"
    folder.mkdir(exist_ok=True)
    path = folder / "office.json"
    path.write_bytes(data)
    try:
        prof = read_profile_file(path)
    except ProfileInvalid as exc:
        assert exc.exit_code in EXIT_CODES and exc.path == str(path) and exc.reason
        prof = None
    loaded = load_profiles_report(folder, include_user=False)
    assert [p.path for p in loaded.problems] == ([] if prof else [str(path)])
    assert len(loaded.profiles) >= 6   # the shipped ones still load
    if prof is None:
        return
    assert isinstance(prof.priority, int) and -1000 <= prof.priority <= 1000
    assert prof.footage and all(isinstance(d, str) and isinstance(r, bool)
                                for d, r in prof.footage)
    assert all(0 <= n <= 0xFFFF for pair in prof.usb_ids for n in pair)
    match_profile(loaded.profiles, card, "CAM01", (0x4255, 1))
    scan_card(card, prof)   # its folders, names, split and time file, on a real card


# -- page codes and QR texts, checkpoint codes (against a real vault) ------------------------
@pytest.fixture(scope="module")
def fuzz_session(fresh_vault: tuple[Path, str, bytes],
                 tmp_path_factory: pytest.TempPathFactory) -> Iterator[vault.VaultSession]:
    """One copy of the run's template vault for the module, in memory where there is
    /dev/shm (every verify_page writes an audit entry with a full fsync)."""
    template, vault_id, master = fresh_vault
    shm = Path("/dev/shm")
    root = Path(tempfile.mkdtemp(prefix="dalel-fuzz-", dir=shm)) if os.access(shm, os.W_OK) \
        else tmp_path_factory.mktemp("fuzz")
    path = root / "vault"
    shutil.copytree(template, path)
    key = bytearray(master)
    s = vault.VaultSession(path, vault_id, "officer", key,
                           Database(path / "index.db", hkdf(key, LABEL_INDEX),
                                    log_path=path / "logs" / "sqlcipher.log"),
                           FakeClock(CLOCK_START))
    yield s
    s.lock()
    shutil.rmtree(root, ignore_errors=True)


NUMBER_TEXT = st.one_of(st.integers(-10, 10**30).map(str), st.sampled_from(
    ["", "0", "1", "+1", "-1", "1_0", "١", "²", " 1", "9" * 20, "1" * 5000, "0x1"]),
    HOSTILE_TEXT)
# Crockford base32 (the code's alphabet), the letters it maps, and a few that never belong.
MAC_TEXT = st.one_of(st.text(alphabet=st.sampled_from("0123456789ABCDEFGHJKMNPQRSTVWXYZ"
                                                      "ILOUÄ-ß\x00 "), max_size=14),
                     HOSTILE_TEXT)
PAGE_CODES = st.one_of(
    HOSTILE_TEXT,
    st.tuples(NUMBER_TEXT, NUMBER_TEXT, MAC_TEXT).map("-".join),
    st.lists(NUMBER_TEXT | MAC_TEXT, max_size=12).map("-".join),
)
QR_FIELDS = st.lists(NUMBER_TEXT | MAC_TEXT | st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
                                                      max_size=110), min_size=7, max_size=9)
QR_TEXTS = st.one_of(
    HOSTILE_TEXT,
    st.tuples(st.sampled_from(["DALEL-PAGE/1", "DALEL-PAGE/2", "dalel-page/2", "X"]),
              QR_FIELDS).map(lambda t: ":".join([t[0], *t[1]])),
)


@given(st.one_of(PAGE_CODES.map(lambda c: (c, None)), QR_TEXTS.map(lambda q: (None, q)),
                 st.tuples(PAGE_CODES, QR_TEXTS)))
@settings(deadline=None)
def test_a_hostile_page_code_or_qr_text_is_a_clean_rejection(fuzz_session, case):
    code, qr = case
    try:
        check = verify_page(fuzz_session, code, qr=qr)
    except DalelError as exc:   # an empty code and no QR text: bad input
        assert exc.exit_code in EXIT_CODES
        return
    assert check.ok is False and check.reason   # this vault printed no page


CHECKPOINT_FIELDS = [VAULT_ID, 3, "ab" * 32, "cd" * 64, 5, "ef" * 32]


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode("utf-8", "surrogatepass")).decode()


CHECKPOINT_CODES = st.one_of(
    HOSTILE_TEXT,
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=",
            max_size=400),
    st.lists(SCALARS, min_size=4, max_size=6).map(_dumps).map(_b64),
    st.tuples(st.sampled_from([str(i) for i in range(6)]), JSON.map(_dumps) | RAW_JSON).map(
        lambda case: _b64(_set(CHECKPOINT_FIELDS, *case))),
    RAW_JSON.map(_b64),
)


@given(CHECKPOINT_CODES)
@settings(deadline=None)
def test_a_hostile_checkpoint_code_is_unreadable_or_checks_cleanly(fuzz_session, code):
    try:
        cp = Checkpoint.decode(code)
    except CheckpointUnreadable as exc:
        assert exc.exit_code in EXIT_CODES and exc.reason
        return
    assert 0 <= cp.size < 2**63 and len(cp.head) == 64 and len(cp.signature) == 128
    why = fuzz_session.journal.check_checkpoint(cp)   # looks the sizes up: no overflow
    assert isinstance(why, str)                      # nobody forged this vault's signature


# -- blob files ------------------------------------------------------------------------------
BLOB_KEY = bytes(range(32))


def _sealed_blob() -> tuple[bytes, bytes]:
    from app.model.blobs import BlobWriter

    plain = bytes(range(256)) * 20
    out = io.BytesIO()
    writer = BlobWriter(out, BLOB_KEY, "blob", chunk_size=1024)
    writer.write(plain)
    writer.finish()
    return out.getvalue(), plain


SEALED, PLAIN = _sealed_blob()
HEADERS = st.builds(
    HEADER.pack, st.sampled_from([MAGIC, b"DALELBLX", b"\0" * 8]), st.integers(0, 255),
    st.one_of(st.integers(0, 2**32 - 1), st.sampled_from([0, 1, 15, 16, 17, 1024, 2**24,
                                                          2**24 + 1, 2**32 - 1])),
    st.binary(min_size=16, max_size=16))


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(SEALED)
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["flip", "cut", "append", "header"]))
        if kind == "flip" and data:
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[draw(st.integers(0, len(data))):]
        elif kind == "append":
            data += draw(st.binary(max_size=64))
        else:
            data[:HEADER.size] = draw(HEADERS)
    return bytes(data)


BLOBS = st.one_of(st.binary(max_size=200), st.tuples(HEADERS, st.binary(max_size=200)).map(
    lambda t: t[0] + t[1]), _mutated())


@given(BLOBS, st.sampled_from([None, 0, -1, 10**15]))
@settings(deadline=None)
def test_a_hostile_blob_file_is_blob_damage_or_the_original(data, declared):
    size = len(data) if declared is None else declared
    try:
        plain = b"".join(bytes(c) for c in iter_plaintext(io.BytesIO(data), BLOB_KEY, "blob",
                                                          size))
    except BlobDamaged as exc:
        assert exc.exit_code in EXIT_CODES and exc.detail
        return
    assert plain == PLAIN and data == SEALED   # only the untouched blob opens


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> BlobStore:
    s = BlobStore(tmp_path_factory.mktemp("blobs"), bytearray(32))
    s.ensure()
    return s


@given(BLOBS)
@settings(deadline=None)
def test_a_hostile_blob_in_the_store_is_blob_damage(store, data):
    path = store.path("fuzzed")
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    for from_media in (False, True):
        with pytest.raises(BlobDamaged) as caught:   # another key: nothing authenticates
            store.verify("fuzzed", "0" * 64, len(PLAIN), from_media=from_media)
        assert caught.value.exit_code in EXIT_CODES
