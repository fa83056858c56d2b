"""Tampering with the stored journal through raw SQL, with the key, around the triggers:
``verify`` finds the first altered entry (R3, R7)."""

from __future__ import annotations

import pytest

from app.model.verify import verify


@pytest.fixture
def busy(stocked, clock, ok_checklist):
    for n, (who, cam) in enumerate((("IN-1", "1"), ("IN-2", "2")), start=1):
        p = stocked.custody.issue(who, f"BK-00{cam}", ok_checklist, card=f"MC-00{cam}",
                                  seal=str(n))
        clock.advance(hours=1)
        stocked.custody.remark(p.id, "note", f"note {n}")
    clock.advance(hours=6)
    stocked.custody.return_camera("BK-001")
    stocked.custody.return_camera("BK-002")
    return stocked


def raw(session, *statements):
    """What an insider with the key could do: drop the guards, edit, put the guards back
    (as they were: the schema check sees a guard left dropped)."""
    from app.model.integrity import expected_schema

    con = session.db.con
    schema = expected_schema(session.db.version)
    with session.db.lock:
        for table in ("journal", "audit"):
            con.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            con.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        for sql in statements:
            con.execute(*((sql,) if isinstance(sql, str) else sql))
        for table in ("journal", "audit"):
            for name in (f"{table}_no_update", f"{table}_no_delete"):
                con.execute(schema[("trigger", name)])


def test_intact_vault_verifies(busy):
    report = verify(busy)
    assert report.ok, report.problems
    assert report.journal_entries == 6


def test_triggers_refuse_edits(busy):
    with pytest.raises(Exception, match="append-only"), busy.db.write() as con:
        con.execute("UPDATE journal SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 1")
    with pytest.raises(Exception, match="append-only"), busy.db.write() as con:
        con.execute("DELETE FROM journal WHERE seq = 6")


def test_edited_time_is_found(busy):
    raw(busy, "UPDATE journal SET at = '2026-11-23T03:00:00.000000Z' WHERE seq = 3")
    report = verify(busy)
    assert not report.ok
    assert report.problems[0].where == "journal" and report.problems[0].ref == "3"
    assert "altered" in report.problems[0].reason


def test_edited_data_is_found(busy):
    raw(busy, "UPDATE journal SET data = replace(data, 'note 1', 'note X') WHERE seq = 2")
    assert [(p.where, p.ref) for p in verify(busy).problems] == [("journal", "2")]


def test_deleted_middle_entry_is_found(busy):
    raw(busy, "DELETE FROM journal WHERE seq = 4")
    problems = verify(busy).problems
    assert problems[0].where == "journal" and problems[0].ref == "4"
    assert "missing" in problems[0].reason


def test_deleted_tail_is_found_against_a_checkpoint(busy):
    cp = busy.journal.checkpoint()
    raw(busy, "DELETE FROM journal WHERE seq = 6")
    assert verify(busy).ok  # a shortened chain is self-consistent ...
    problems = verify(busy, checkpoints=[cp]).problems  # ... but not against paper
    assert [p.where for p in problems] == ["checkpoint"]


def test_rewritten_chain_is_found_against_a_checkpoint(busy):
    from app.model import chain
    from app.model.journal import entry_fields

    cp = busy.journal.checkpoint()
    raw(busy, "UPDATE journal SET data = replace(data, 'note 2', 'rewritten') WHERE seq = 4")
    # Recompute every hash after the edit, as an insider with the key would.
    rows = busy.db.query("SELECT seq, kind, at, actor_id, custody_id, camera_id, card_id, "
                         "inspector_id, ref_seq, data FROM journal ORDER BY seq")
    prev = busy.journal.genesis
    updates = []
    for r in rows:
        digest = chain.entry_hash(prev, entry_fields(*r))
        updates.append(("UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?",
                        (prev, digest, r[0])))
        prev = digest
    raw(busy, *updates)
    assert verify(busy).ok
    assert [p.where for p in verify(busy, checkpoints=[cp]).problems] == ["checkpoint"]


def test_forged_checkpoint_is_refused(busy):
    from dataclasses import replace

    cp = busy.journal.checkpoint()
    forged = replace(cp, size=cp.size - 1, head=busy.journal.hash_at(cp.size - 1))
    assert "signature" in busy.journal.check_checkpoint(forged)


def test_reordered_entries_are_found(busy):
    raw(busy, "UPDATE journal SET seq = 100 WHERE seq = 2",
        "UPDATE journal SET seq = 2 WHERE seq = 3",
        "UPDATE journal SET seq = 3 WHERE seq = 100")
    assert verify(busy).problems[0].ref == "2"


def test_audit_tampering_is_found(busy):
    raw(busy, "DELETE FROM audit WHERE seq = 3")
    assert any(p.where == "audit" for p in verify(busy).problems)


def test_flipped_byte_in_a_blob_is_found(busy):
    blob_id, digest, size = busy.blobs.put_bytes(b"video" * 100_000)
    with busy.db.write() as con:
        busy.footage.add_blob_in(con, blob_id, digest, size)
    assert verify(busy).ok
    path = busy.blobs.path(blob_id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x80
    path.write_bytes(bytes(data))
    problems = verify(busy).problems
    assert [(p.where, p.ref) for p in problems] == [("blob", blob_id)]


def test_truncated_blob_is_found(busy):
    blob_id, digest, size = busy.blobs.put_bytes(b"video" * 100_000)
    with busy.db.write() as con:
        busy.footage.add_blob_in(con, blob_id, digest, size)
    path = busy.blobs.path(blob_id)
    path.write_bytes(path.read_bytes()[:-5000])
    assert [p.where for p in verify(busy).problems] == ["blob"]


def test_verify_is_audited(busy):
    verify(busy)
    assert busy.audit.entries(action="verify")
