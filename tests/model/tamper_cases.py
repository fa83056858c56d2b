"""The standing tamper suite (issue 12 item 8): one vault with a worked day and footage,
built once; each case tampers with a fresh copy of its folder the way an insider holding
the key could, then asks each detector whether it sees it.

Detectors: ``verify`` (plain ``dalel verify``), ``checkpoint`` (``verify --checkpoint`` with
the signed code taken after the last honest entry) and ``page`` (a printed page's QR code
checked with ``dalel print verify``). Opening the vault refusing with a clear message counts
as a detection by every detector; anything other than an ``app.errors.DalelError`` is a
traceback and counted as such. Used by tests/model/test_tamper_suite.py and by
``bench/tamper_matrix.py`` (which prints the table kept in docs/RELIABILITY.md).
"""

from __future__ import annotations

import json
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.clock import FakeClock
from app.errors import DalelError
from app.model import chain, vault
from app.model.audit import fields as audit_fields
from app.model.crypto import LABEL_INDEX, hkdf
from app.model.custody import Checklist
from app.model.db import Database
from app.model.integrity import expected_schema
from app.model.journal import Checkpoint, entry_fields
from app.model.keyslots import KdfParams
from app.model.vault_meta import read_meta

OFFICER_PW = "officer-pass-1"
HEAD_PW = "head-pass-22"
DETECTORS = ("verify", "checkpoint", "page")


@dataclass
class Base:
    """The untampered vault folder and what lies outside it: the master key (the
    insider's), the checkpoint code and a printed page's QR text (the paper)."""

    path: Path
    vault_id: str
    master: bytes
    checkpoint: str
    page_qr: str
    page_code: str
    snapshot: Path                    # index.db as it stood after the first download
    start: datetime


def build(root: Path) -> Base:
    """Two inspectors out and back, footage of both downloaded through the real ingest,
    a remark, a category and a note, pages printed, a checkpoint taken last."""
    from app.devices.simulated import SimulatedDock
    from app.ingest.job import IngestJob
    from app.paper import volume as paper
    from tests.ingest.helpers import volume as docked

    start = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    clock = FakeClock(start)
    path = root / "vault"
    s = vault.create(path, vault.Person("Ахметов", "Серік", "OF-1"), OFFICER_PW,
                     vault.Person("Омарова", "Әйгерім", "HD-1"), HEAD_PW,
                     office=vault.Office(agency="veterinary", unit_name="Инспекция"),
                     clock=clock, kdf=KdfParams())
    reg = s.registers
    reg.add_staff("Сейітов", "Ерлан", "IN-1")
    reg.add_staff("Жұмабаева", "Гүлнұр", "IN-2")
    for n in (1, 2):
        reg.add_device("camera", f"BK-00{n}", serial=f"SN-{n}", model="Sim Cam",
                       in_service="2024-01-15")
        reg.add_device("card", f"MC-00{n}", serial=f"CARD-{n}", model="32GB")
    ok = Checklist.all_ok(battery_percent=95)
    a = s.custody.issue("IN-1", "BK-001", ok, card="MC-001", seal="1")
    clock.advance(timedelta(minutes=10))
    s.custody.issue("IN-2", "BK-002", ok, card="MC-002", seal="2")
    clock.advance(timedelta(hours=3))
    s.custody.remark(a.id, "note", "жаңбыр")
    clock.advance(timedelta(hours=4))
    s.custody.return_camera("BK-001")
    s.custody.return_camera("BK-002")
    clock.advance(timedelta(minutes=5))
    dock = SimulatedDock(root / "dock", clock=clock)
    cam1 = dock.add_camera("SN-1", 2, 600 * 1024, split_parts=2, duration_s=600.0,
                           start=clock.now() - timedelta(hours=5))
    IngestJob.from_volume(s, docked(cam1), backend=dock.backend).run()
    s.db.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    snapshot = root / "index-after-first-download.db"
    shutil.copy(path / "index.db", snapshot)
    clock.advance(timedelta(minutes=5))
    cam2 = dock.add_camera("SN-2", 2, 64 * 1024, photos=2, duration_s=300.0,
                           start=clock.now() - timedelta(hours=4))
    IngestJob.from_volume(s, docked(cam2), backend=dock.backend).run()
    first = s.footage.search(camera_id=1)[-1]
    s.footage.mark(first.id, "category", "offence", "ӘҚБтК хаттамасы №1")
    s.footage.add_note(first.id, "бұзушылық", 12.0)
    clock.advance(timedelta(minutes=5))
    printed = paper.print_new_pages(s, root / "pages.pdf")
    vol, page = printed.volume, printed.pages[0]
    record_row = s.db.one("SELECT rows, checkpoint FROM print_pages WHERE volume = ? AND "
                          "page_no = ?", (vol, page))
    from app.paper import pagecheck

    record = json.loads(record_row[0])
    qr = pagecheck.qr_payload(vol, page, record["mac"], record["digest"],
                              Checkpoint.decode(record_row[1]))
    clock.advance(timedelta(minutes=1))
    cp = s.journal.checkpoint().encode()
    master = bytes(s.master_key)
    vault_id = s.vault_id
    s.lock()
    return Base(path, vault_id, master, cp, qr, printed.codes[0], snapshot, start)


# -- opening a copy ------------------------------------------------------------------------
def open_copy(base: Base, path: Path) -> vault.VaultSession:
    """As ``vault.unlock`` after the key slot: the index keyed from the master key, the
    one-time seal of older vaults. (The key slots are tried by the slot cases themselves,
    with the real unlock and its Argon2id.)"""
    from app.model.integrity import seal_legacy

    clock = FakeClock(base.start + timedelta(days=1))
    db = Database(path / "index.db", hkdf(bytearray(base.master), LABEL_INDEX))
    s = vault.VaultSession(path, read_meta(path)["vault_id"], "officer",
                           bytearray(base.master), db, clock)
    seal_legacy(s)
    return s


def raw_db(base: Base, path: Path) -> Database:
    return Database(path / "index.db", hkdf(bytearray(base.master), LABEL_INDEX))


def sql(base: Base, path: Path, *statements: Any, keep_dropped: tuple[str, ...] = ()) -> None:
    """With the key: drop every trigger, run the statements, put the triggers back exactly
    as they were (except ``keep_dropped``), so that only the data differs."""
    db = raw_db(base, path)
    con = db.con
    con.execute("PRAGMA foreign_keys = OFF")    # the insider is not held back by them either
    triggers = {n: s for (t, n), s in expected_schema(db.version).items() if t == "trigger"}
    for name in triggers:
        con.execute(f"DROP TRIGGER IF EXISTS {name}")
    for st in statements:
        if callable(st):
            st(con)
        else:
            con.execute(*((st,) if isinstance(st, str) else st))
    for name, text in triggers.items():
        if name not in keep_dropped:
            con.execute(text)
    db.close()


def rechain(table: str) -> Callable[[Any], None]:
    """Recompute every hash of a chain after an edit, as an insider with the key would."""
    def run(con: Any) -> None:
        vault_id = json.loads(con.execute("SELECT value FROM settings WHERE key = "
                                          "'vault_id'").fetchone()[0])
        prev = chain.genesis(vault_id, table)
        if table == "journal":
            rows = con.execute("SELECT seq, kind, at, actor_id, custody_id, camera_id, "
                               "card_id, inspector_id, ref_seq, data FROM journal ORDER BY "
                               "seq").fetchall()
            make = entry_fields
        else:
            rows = con.execute("SELECT seq, at, role, actor_id, action, detail FROM audit "
                               "ORDER BY seq").fetchall()
            make = audit_fields
        for r in rows:
            digest = chain.entry_hash(prev, make(*r))
            con.execute(f"UPDATE {table} SET prev_hash = ?, hash = ? WHERE seq = ?",
                        (prev, digest, r[0]))
            prev = digest
    return run


def _one_blob(base: Base, path: Path, index: int = 0) -> Path:
    from app.model.blobs import BlobStore

    db = raw_db(base, path)
    blob_ids = [r[0] for r in db.query("SELECT blob_id FROM footage_parts ORDER BY "
                                       "footage_id, part_no")]
    db.close()
    return BlobStore(path / "blobs", bytearray(base.master)).path(blob_ids[index])


def _flip(p: Path, offset: int) -> None:
    data = bytearray(p.read_bytes())
    data[offset] ^= 0x55
    p.write_bytes(bytes(data))


def _chunks(p: Path) -> tuple[bytes, list[bytes]]:
    data = p.read_bytes()
    head = data[:29]
    size = struct.unpack(">I", data[9:13])[0] + 16
    return head, [data[i:i + size] for i in range(29, len(data), size)]


# -- the cases -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    name: str
    group: str
    tamper: Callable[[Base, Path], None]
    must: tuple[str, ...]             # detectors that must see it
    slot: bool = False                # opened with the real unlock (key slot cases)


def _blob_header(b: Base, p: Path) -> None:
    _flip(_one_blob(b, p), 12)


def _blob_chunk(b: Base, p: Path) -> None:
    f = _one_blob(b, p)
    _flip(f, 29 + 1000)


def _blob_tag(b: Base, p: Path) -> None:
    f = _one_blob(b, p)
    _flip(f, f.stat().st_size - 3)


def _blob_truncate(b: Base, p: Path) -> None:
    f = _one_blob(b, p)
    head, chunks = _chunks(f)
    f.write_bytes(head + b"".join(chunks[:-1]))     # at a chunk boundary


def _blob_append(b: Base, p: Path) -> None:
    f = _one_blob(b, p)
    head, chunks = _chunks(f)
    f.write_bytes(head + b"".join(chunks) + chunks[0])


def _blob_swap(b: Base, p: Path) -> None:
    one, two = _one_blob(b, p, 0), _one_blob(b, p, 1)
    a, c = one.read_bytes(), two.read_bytes()
    one.write_bytes(c)
    two.write_bytes(a)


def _blob_reorder(b: Base, p: Path) -> None:
    f = _one_blob(b, p)
    head, chunks = _chunks(f)
    assert len(chunks) >= 2
    f.write_bytes(head + chunks[1] + chunks[0] + b"".join(chunks[2:]))


def _blob_delete(b: Base, p: Path) -> None:
    _one_blob(b, p).unlink()


def _slot_one(b: Base, p: Path) -> None:
    # The other person's copy: the officer's own would be rewritten by this very unlock
    # (and the audit log says so); the head's stays damaged, and reported, until theirs.
    _flip(p / "keys" / "head.slot", 40)


def _slot_both(b: Base, p: Path) -> None:
    _flip(p / "keys" / "officer.slot", 40)
    _flip(p / "keys" / "officer.slot.bak", 40)


def _slot_json(b: Base, p: Path) -> None:
    for name in ("officer.slot", "officer.slot.bak"):
        (p / "keys" / name).write_text("{not json", encoding="utf-8")


def _slot_kdf(b: Base, p: Path) -> None:
    """Weaker Argon2id parameters written into both copies (the header is the AEAD's
    associated data, so the slot no longer opens either)."""
    for name in ("officer.slot", "officer.slot.bak"):
        f = p / "keys" / name
        slot = json.loads(f.read_text(encoding="utf-8"))
        slot["kdf"]["t"], slot["kdf"]["m_kib"] = 1, 8
        f.write_text(json.dumps(slot), encoding="utf-8")


def _index_page(b: Base, p: Path) -> None:
    f = p / "index.db"
    _flip(f, 4096 * 3 + 200)


def _sql(*statements: Any) -> Callable[[Base, Path], None]:
    """The tamper that is only ``statements`` run with the key (:func:`sql`)."""
    return lambda b, p: sql(b, p, *statements)


def _footage(col: str, value: Any, where: str = "id = 1") -> Callable[[Base, Path], None]:
    return _sql((f"UPDATE footage SET {col} = ? WHERE {where}", (value,)))








def _sealed_blob(b: Base, p: Path, blob_id: str, data: bytes) -> str:
    """Seal ``data`` under ``blob_id`` with the vault's own blob key, as ingest would."""
    import hashlib

    from app.model.blobs import BlobStore, BlobWriter

    store = BlobStore(p / "blobs", bytearray(b.master))
    tmp, fh = store.open_temp(blob_id)
    w = BlobWriter(fh, store.key, blob_id)
    w.write(data)
    w.finish()
    store.commit_temp(tmp, fh, blob_id)
    return hashlib.sha256(data).hexdigest()


def _substitute(b: Base, p: Path) -> None:
    """Same-size content sealed with the vault's key, every row that names it updated."""
    db = raw_db(b, p)
    fid, blob_id, size = db.one("SELECT f.id, p.blob_id, p.size FROM footage f JOIN "
                                "footage_parts p ON p.footage_id = f.id WHERE f.media = 'photo'"
                                " LIMIT 1")
    db.close()
    sha = _sealed_blob(b, p, blob_id, b"\x00" * size)
    sql(b, p, ("UPDATE blobs SET sha256 = ? WHERE id = ?", (sha, blob_id)),
        ("UPDATE footage_parts SET sha256 = ? WHERE blob_id = ?", (sha, blob_id)),
        ("UPDATE footage SET sha256 = ? WHERE id = ?", (sha, fid)))


def _substitute_file(b: Base, p: Path) -> None:
    db = raw_db(b, p)
    blob_id, size = db.one("SELECT blob_id, size FROM footage_parts WHERE part_no = 1 "
                           "ORDER BY footage_id DESC LIMIT 1")
    db.close()
    _sealed_blob(b, p, blob_id, b"\x01" * size)


def _insert_recording(b: Base, p: Path) -> None:
    db = raw_db(b, p)
    row = db.one("SELECT camera_id, card_id, inspector_id, custody_id, journal_seq, "
                 "downloaded_at FROM footage WHERE id = 1")
    db.close()
    blob_id = "f" * 32
    sha = _sealed_blob(b, p, blob_id, b"forged" * 100)
    sql(b, p, ("INSERT INTO blobs VALUES (?, ?, 600, ?, ?)", (blob_id, sha, row[5], row[5])),
        ("INSERT INTO footage (id, sha256, size, camera_id, card_id, inspector_id, custody_id,"
         " source_name, media, downloaded_at, journal_seq) VALUES (999, ?, 600, ?, ?, ?, ?, "
         "'DCIM/X.MP4', 'video', ?, ?)", (sha, row[0], row[1], row[2], row[3], row[5], row[4])),
        ("INSERT INTO footage_parts VALUES (999, 1, ?, 'DCIM/X.MP4', 600, ?)", (blob_id, sha)))


def _move_recording(b: Base, p: Path) -> None:
    sql(b, p, "UPDATE footage SET journal_seq = (SELECT max(journal_seq) FROM footage) "
              "WHERE id = 1")




def _forged_destruction(b: Base, p: Path) -> None:
    # A recording's files deleted behind the program and passed off as destroyed after its
    # term (R9): a destruction row with no chained audit record of it.
    db = raw_db(b, p)
    blobs = [r[0] for r in db.query("SELECT blob_id FROM footage_parts WHERE footage_id = 1")]
    db.close()
    for n in range(len(blobs)):
        _one_blob(b, p, n).unlink()
    sql(b, p, ("INSERT INTO footage_destroyed VALUES (1, '2027-11-24T05:00:00.000000Z', 2, "
               "'ordinary', '2027-11-23', ?)", (json.dumps(blobs),)))














def _journal_tail(b: Base, p: Path) -> None:
    """The last download and everything it stored removed, as if never made: a shorter
    chain that is whole in itself."""
    last = "(SELECT max(seq) FROM journal)"
    sql(b, p,
        f"DELETE FROM footage_notes WHERE footage_id IN (SELECT id FROM footage WHERE "
        f"journal_seq = {last})",
        f"DELETE FROM footage_marks WHERE footage_id IN (SELECT id FROM footage WHERE "
        f"journal_seq = {last})",
        f"DELETE FROM blobs WHERE id IN (SELECT blob_id FROM footage_parts WHERE footage_id "
        f"IN (SELECT id FROM footage WHERE journal_seq = {last}))",
        f"DELETE FROM footage_parts WHERE footage_id IN (SELECT id FROM footage WHERE "
        f"journal_seq = {last})",
        f"DELETE FROM footage WHERE journal_seq = {last}",
        "UPDATE custody SET downloaded_at = NULL WHERE id = (SELECT custody_id FROM journal "
        f"WHERE seq = {last})",
        f"DELETE FROM journal WHERE seq = {last}")








def _audit_tail(b: Base, p: Path) -> None:
    """The last honest audit entries (up to the checkpoint's) and all after them."""
    size = Checkpoint.decode(b.checkpoint).audit_size
    sql(b, p, ("DELETE FROM audit WHERE seq >= ?", (size,)))


def _drop(*names: str) -> Callable[[Base, Path], None]:
    return lambda b, p: sql(b, p, keep_dropped=names)


def _setting(key: str, value: Any) -> Callable[[Base, Path], None]:
    return _sql(("UPDATE settings SET value = ? WHERE key = ?", (json.dumps(value), key)))


def _rollback(b: Base, p: Path) -> None:
    (p / "index.db").unlink()
    shutil.copy(b.snapshot, p / "index.db")


AUDIT_TIME = "UPDATE audit SET at = '2026-11-23T01:00:00.000000Z' WHERE seq = 5"
V, C, P = ("verify",), ("checkpoint",), ("page",)
CASES: list[Case] = [
    Case("blob header byte", "blob", _blob_header, V),
    Case("blob chunk byte", "blob", _blob_chunk, V),
    Case("blob tag byte", "blob", _blob_tag, V),
    Case("blob truncated at a chunk", "blob", _blob_truncate, V),
    Case("blob chunk appended", "blob", _blob_append, V),
    Case("two blobs swapped", "blob", _blob_swap, V),
    Case("blob chunks reordered", "blob", _blob_reorder, V),
    Case("blob deleted", "blob", _blob_delete, V),
    Case("slot: one copy of the other's damaged", "key slot", _slot_one, V, slot=True),
    Case("slot: both copies damaged", "key slot", _slot_both, V, slot=True),
    Case("slot: not JSON", "key slot", _slot_json, V, slot=True),
    Case("slot: KDF downgraded", "key slot", _slot_kdf, V, slot=True),
    Case("index page bytes", "index", _index_page, V),
    Case("journal entry edited", "journal",
         _sql("UPDATE journal SET data = replace(data, 'жаңбыр', 'күн') WHERE kind = 'remark'"),
         V),
    Case("journal time edited", "journal",
         _sql("UPDATE journal SET at = '2026-11-23T03:00:00.000000Z' WHERE seq = 3"), V),
    Case("journal middle entry deleted", "journal", _sql("DELETE FROM journal WHERE seq = 4"),
         V),
    Case("journal tail deleted (its footage left)", "journal",
         _sql("DELETE FROM journal WHERE seq = (SELECT max(seq) FROM journal)"), V),
    Case("journal tail deleted with its footage", "journal", _journal_tail, C),
    Case("journal rewritten and re-chained", "journal",
         _sql("UPDATE journal SET inspector_id = 4 WHERE seq = 1", rechain("journal")), C + P),
    Case("footage SHA-256 changed", "footage", _footage("sha256", "ab" * 32), V),
    Case("part SHA-256 changed", "footage",
         _sql("UPDATE footage_parts SET sha256 = '00' || substr(sha256, 3) "
              "WHERE footage_id = 1 AND part_no = 2"), V),
    Case("parts reordered", "footage",
         _sql("UPDATE footage_parts SET part_no = 3 - part_no + 100 WHERE footage_id = 1",
              "UPDATE footage_parts SET part_no = part_no - 100 WHERE footage_id = 1"), V),
    Case("re-attributed to another inspector", "footage", _footage("inspector_id", 4), V),
    Case("re-attributed to another camera", "footage", _footage("camera_id", 2), V),
    Case("recording time changed", "footage",
         _footage("started_at", "2026-11-22T04:00:00.000000Z"), V),
    Case("card file name changed", "footage", _footage("source_name", "DCIM/OTHER.MP4"), V),
    Case("recording deleted", "footage", _sql("DELETE FROM footage_parts WHERE footage_id = 2",
                                              "DELETE FROM footage WHERE id = 2"), V),
    Case("same-size content substituted (rows too)", "footage", _substitute, V),
    Case("same-size content substituted (file only)", "footage", _substitute_file, V),
    Case("forged recording inserted", "footage", _insert_recording, V),
    Case("recording moved to another download", "footage", _move_recording, V),
    # An offence kept five years (R9) quietly made ordinary (one year).
    Case("category changed behind the program", "footage",
         _sql("INSERT INTO footage_marks (footage_id, at, actor_id, mark, value) "
              "SELECT footage_id, at, actor_id, mark, 'ordinary' FROM footage_marks LIMIT 1"), V),
    Case("note edited", "footage",
         _sql("UPDATE footage_notes SET text = 'ештеңе' WHERE seq = 1"), V),
    Case("category reason edited", "retention",
         _sql("UPDATE footage_marks SET reason = 'қате' WHERE seq = 1"), V),
    Case("blob deleted, a destruction forged", "retention", _forged_destruction, V),
    Case("audit time edited", "audit", _sql(AUDIT_TIME), V),
    Case("audit time edited and re-chained", "audit", _sql(AUDIT_TIME, rechain("audit")), C),
    Case("audit tail deleted", "audit", _audit_tail, C),
    Case("journal triggers dropped", "schema", _drop("journal_no_update", "journal_no_delete"), V),
    Case("footage trigger dropped", "schema", _drop("footage_no_delete"), V),
    Case("officer_id set to another person", "identity", _setting("officer_id", 4), V),
    Case("head_id set to another person", "identity", _setting("head_id", 3), V),
    Case("vault_id changed", "identity", _setting("vault_id", "0" * 32), V),
    Case("signing_public_key replaced", "identity", _setting("signing_public_key", "11" * 32),
         V),
    Case("index rolled back to an older copy", "rollback", _rollback, C),
]


# -- running a case ------------------------------------------------------------------------
@dataclass
class Outcome:
    case: str
    group: str
    detected: dict[str, bool] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)
    traceback: str | None = None


def detect(base: Base, path: Path, slot: bool = False) -> Outcome:
    out = Outcome("", "")
    try:
        if slot:
            s = vault.unlock(path, "officer", OFFICER_PW,
                             FakeClock(base.start + timedelta(days=1)))
        else:
            s = open_copy(base, path)
    except DalelError as exc:
        for d in DETECTORS:
            out.detected[d], out.how[d] = True, f"refused to open: {exc}"
        return out
    except Exception as exc:  # a traceback is what the suite counts
        out.traceback = f"open: {type(exc).__name__}: {exc}"
        return out
    try:
        from app.model.verify import verify
        from app.paper import verify_page

        plain = verify(s)
        out.detected["verify"] = not plain.ok
        out.how["verify"] = "; ".join(f"{p.where} {p.ref}: {p.reason}"
                                      for p in plain.problems[:3])
        anchored = verify(s, checkpoints=[Checkpoint.decode(base.checkpoint)])
        out.detected["checkpoint"] = not anchored.ok
        out.how["checkpoint"] = "; ".join(f"{p.where} {p.ref}: {p.reason}"
                                          for p in anchored.problems[:3])
        page = verify_page(s, base.page_code, qr=base.page_qr)
        out.detected["page"] = not page.ok
        out.how["page"] = page.reason
    except DalelError as exc:
        for d in DETECTORS:
            out.detected.setdefault(d, True)
            out.how.setdefault(d, f"refused: {exc}")
    except Exception as exc:
        out.traceback = f"{type(exc).__name__}: {exc}"
    finally:
        try:
            s.lock()
        except DalelError as exc:     # e.g. a damaged index refuses even the "lock" record
            out.how["lock"] = str(exc)
    return out


def run_case(base: Base, case: Case | None, work: Path) -> Outcome:
    """On a fresh copy of the base folder; ``None`` runs the untampered control."""
    target = work / (case.name.replace(" ", "_").replace("/", "_") if case else "control")
    shutil.copytree(base.path, target)
    if case is not None:
        case.tamper(base, target)
    out = detect(base, target, slot=bool(case and case.slot))
    out.case, out.group = (case.name, case.group) if case else ("untampered copy", "control")
    shutil.rmtree(target, ignore_errors=True)
    return out
