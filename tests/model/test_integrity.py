"""Issue 12: footage digests, checkpoints of both chains, the schema and identity checks,
and the one-time seal of a vault made before them (R1, R2, R3, R7, R9)."""

from __future__ import annotations

import base64
import json
from dataclasses import replace

import pytest

from app.errors import RuleViolation
from app.model import integrity, vault
from app.model.crypto import canonical_json
from app.model.footage import NewFootage
from app.model.journal import Checkpoint
from app.model.verify import verify
from app.paper import pagecheck
from tests.conftest import HEAD_PW, OFFICER_PW, TEST_KDF
from tests.fakes import small_footage


def _footage(s, period, n: int, tag: str = "v") -> list[NewFootage]:
    return small_footage(s, period, n, tag, repeat=1000, started_at="2026-11-23T05:00:00.000000Z")


@pytest.fixture
def downloaded(stocked, ok_checklist, clock):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    clock.advance(hours=2)
    stocked.custody.return_camera("BK-001")
    with stocked.db.write() as con:
        entry, ids = stocked.footage.download_in(con, p.id, p.camera_id, {"files": 2},
                                                 _footage(stocked, p, 2))
    return stocked, entry, ids


def test_download_entry_carries_the_digest_of_its_rows(downloaded):
    s, entry, ids = downloaded
    assert entry.data["footage"]["count"] == 2 and None not in ids
    assert s.journal.entry(entry.seq).data["footage"] == entry.data["footage"]
    report = verify(s)
    assert report.ok, report.problems
    assert report.footage_checked == 2


def test_whole_seconds_hash_as_the_index_gives_them_back(stocked, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    items = [replace(i, duration_s=600, clock_offset_s=-3) for i in _footage(stocked, p, 1)]
    with stocked.db.write() as con:
        stocked.footage.download_in(con, p.id, p.camera_id, {}, items)
    assert verify(stocked).ok


def test_a_changed_row_is_named(downloaded):
    s, entry, ids = downloaded
    with s.db.lock:
        s.db.con.execute("DROP TRIGGER footage_no_update")
        s.db.con.execute("UPDATE footage SET inspector_id = 2 WHERE id = ?", (ids[0],))
    problems = verify(s).problems
    assert ("footage", f"footage {ids[0]}, {ids[1]}") in [(p.where, p.ref) for p in problems]
    assert any(p.where == "schema" and p.ref == "footage_no_update" for p in problems)
    assert any(f"journal entry {entry.seq}" in p.reason for p in problems)


def test_rows_added_outside_an_ingest_are_reported(stocked, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    with stocked.db.write() as con:
        [fid] = stocked.footage.add_many_in(con, _footage(stocked, p, 1), None)
    problems = verify(stocked).problems
    assert [(x.where, x.ref) for x in problems] == [("footage", f"footage {fid}")]
    assert "not covered" in problems[0].reason


def test_identity_is_not_a_setting(session):
    for key, value in (("officer_id", 2), ("head_id", 1), ("vault_id", "x" * 32),
                       ("signing_public_key", "00" * 32)):
        with pytest.raises(RuleViolation, match="reset-officer"), session.db.write() as con:
            session.settings.set_in(con, key, value)
    assert verify(session).ok


def test_cli_settings_refuses_identity_and_reset_officer_designates(tmp_path, monkeypatch,
                                                                     capsys):
    from app.cli.main import main

    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    monkeypatch.setenv("DALEL_HEAD_PASSWORD", HEAD_PW)
    monkeypatch.setenv("DALEL_LANG", "en")
    v = ["--vault", str(tmp_path / "v")]
    assert main([*v, "init", "--officer-surname", "А", "--officer-name", "Б",
                 "--officer-number", "OF-1", "--head-surname", "В", "--head-name", "Г",
                 "--head-number", "HD-1", "--kdf-seconds", "0"]) == 0
    assert main([*v, "staff", "add", "--surname", "Сейітов", "--name", "Ерлан",
                 "--number", "IN-1"]) == 0
    capsys.readouterr()
    code = main([*v, "--role", "head", "settings", "officer_id", "3"])
    err = capsys.readouterr().err
    assert code != 0 and "not a setting" in err and "Traceback" not in err
    monkeypatch.setenv("DALEL_NEW_PASSWORD", "new-officer-pw-3")
    assert main([*v, "--role", "head", "reset-officer", "--officer", "IN-1"]) == 0
    assert "now the responsible officer" in capsys.readouterr().out
    monkeypatch.setenv("DALEL_PASSWORD", "new-officer-pw-3")
    assert main([*v, "--json", "verify"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    monkeypatch.setenv("DALEL_PASSWORD", HEAD_PW)
    assert main([*v, "--json", "--role", "head", "settings", "officer_id"]) == 0
    assert json.loads(capsys.readouterr().out)["officer_id"] == 3


def test_identity_settings_changed_behind_the_program_are_found(session):
    with session.db.lock:
        session.db.con.execute("UPDATE settings SET value = '2' WHERE key = 'officer_id'")
    problems = verify(session).problems
    assert [(p.where, p.ref) for p in problems] == [("identity", "officer_id")]


def test_checkpoint_covers_the_audit_log_and_old_codes_still_check(busy_session):
    s = busy_session
    cp = s.journal.checkpoint()
    assert cp.audit_size == s.audit.size() - 0 and Checkpoint.decode(cp.encode()) == cp
    assert s.journal.check_checkpoint(cp) is None
    # A format-1 code (journal only), as printed before this change.
    old = Checkpoint(cp.vault_id, cp.size, cp.head, "")
    old = replace(old, signature=s.signing_key().sign(old.message()).hex())
    text = base64.urlsafe_b64encode(canonical_json([old.vault_id, old.size, old.head,
                                                    old.signature])).decode()
    assert Checkpoint.decode(text) == old and s.journal.check_checkpoint(old) is None
    report = verify(s, checkpoints=[old])
    assert report.ok and any("predates audit coverage" in n for n in report.notes)
    # QR payloads of both formats parse.
    v1 = pagecheck.qr_payload(1, 1, "ABCDEFGHJK", "0" * 64, old)
    v2 = pagecheck.qr_payload(1, 1, "ABCDEFGHJK", "0" * 64, cp)
    assert v1.startswith("DALEL-PAGE/1:") and v2.startswith("DALEL-PAGE/2:")
    assert pagecheck.parse_qr(v1, s.vault_id).checkpoint == old
    assert pagecheck.parse_qr(v2, s.vault_id).checkpoint == cp


@pytest.fixture
def busy_session(stocked, ok_checklist, clock):
    stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    clock.advance(hours=1)
    stocked.audit.record("view", stocked.role, stocked.actor_id, footage_id=1)
    return stocked


def test_audit_tail_deletion_is_caught_by_a_checkpoint(busy_session):
    s = busy_session
    cp = s.journal.checkpoint()
    with s.db.lock:
        s.db.con.execute("DROP TRIGGER audit_no_delete")
        s.db.con.execute("DELETE FROM audit WHERE seq >= ?", (cp.audit_size,))
        s.db.con.execute(integrity.expected_schema(s.db.version)[("trigger",
                                                                   "audit_no_delete")])
    problems = verify(s, checkpoints=[cp]).problems
    assert [p.where for p in problems] == ["checkpoint"]
    assert "audit log is shorter" in problems[0].reason
    assert verify(s).ok         # a shortened chain is whole in itself ...
    problems = verify(s, checkpoints=[cp]).problems
    assert "audit log differs" in problems[0].reason   # ... and grown again, still caught


def test_expected_schema_is_what_migrations_make(session):
    assert integrity.check_schema(session.db) == []
    with session.db.lock:
        session.db.con.execute("CREATE INDEX extra ON staff(name)")
    from app.model.migrations import SCHEMA_VERSION

    assert integrity.check_schema(session.db) == [
        ("extra", f"index is not part of schema {SCHEMA_VERSION} (added)")]


def test_an_older_vault_is_sealed_once_on_upgrade(tmp_path, clock, monkeypatch):
    """A vault of schema 3 with footage and a category (no digests, no identity record):
    the first unlock chains a seal, then changes to those rows are found."""
    from app.model import migrations
    from app.model.audit import AuditLog
    from app.model.custody import Checklist

    monkeypatch.setattr("app.model.db.MIGRATIONS", migrations.MIGRATIONS[:3])
    monkeypatch.setattr("app.model.db.SCHEMA_VERSION", 3)
    real_append = AuditLog.append_in

    def old_append(self, con, action, role, actor_id, at, detail):
        if action == "vault_created":
            detail = {k: v for k, v in detail.items() if k != "identity"}
        if action in ("footage_marked", "footage_note"):
            return 0
        return real_append(self, con, action, role, actor_id, at, detail)

    monkeypatch.setattr(AuditLog, "append_in", old_append)
    path = tmp_path / "old"
    s = vault.create(path, vault.Person("А", "Б", "OF-1"), OFFICER_PW,
                     vault.Person("В", "Г", "HD-1"), HEAD_PW, clock=clock, kdf=TEST_KDF)
    s.registers.add_staff("Сейітов", "Ерлан", "IN-1")
    s.registers.add_device("camera", "BK-001")
    p = s.custody.issue("IN-1", "BK-001", Checklist.all_ok(90))
    with s.db.write() as con:
        entry = s.custody.download_in(con, p.id, p.camera_id, {"files": 2})
        ids = s.footage.add_many_in(con, _footage(s, p, 2), entry.seq)
    with s.db.write() as con:    # as the program of schema 3 wrote it: no reason, unchained
        con.execute("INSERT INTO footage_marks (footage_id, at, actor_id, mark, value) "
                    "VALUES (?, ?, ?, 'category', 'offence')", (ids[0], s.now_iso(),
                                                                 s.actor_id))
    s.lock()
    monkeypatch.undo()

    s = vault.unlock(path, "officer", OFFICER_PW, clock)
    assert s.db.version == migrations.SCHEMA_VERSION
    [seal] = s.journal.entries(kind="footage_sealed")
    assert seal.data["max_id"] == max(ids)
    report = verify(s)
    assert report.ok, report.problems
    assert any("covered from their seal" in n for n in report.notes)
    assert not integrity.seal_legacy(s)          # once only
    with s.db.lock:
        s.db.con.execute("DROP TRIGGER footage_no_update")
        s.db.con.execute("UPDATE footage SET started_at = NULL WHERE id = ?", (ids[1],))
        s.db.con.execute("DROP TRIGGER footage_marks_no_update")
        s.db.con.execute("UPDATE footage_marks SET value = 'ordinary'")
    reasons = [p.reason for p in verify(s).problems if p.where == "footage"]
    assert any("do not match the seal" in r for r in reasons)
    assert any("rows before the seal" in r for r in reasons)
    s.lock()


def test_a_damaged_blob_is_named_by_the_recording_it_holds(downloaded):
    """The examiner's finding: verify named a damaged file by its hex id only. Its reason now
    says which recording (number, camera, local start time) to restore."""
    s, _entry, ids = downloaded
    blob_id = s.footage.parts(ids[0])[0].blob_id
    path = s.blobs.path(blob_id)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    [problem] = [p for p in verify(s).problems if p.where == "blob"]
    assert problem.ref == blob_id
    assert f"it holds 1 recording(s): № {ids[0]} (BK-001, 23.11.2026 " in problem.reason
