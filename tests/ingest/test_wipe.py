"""The wipe is journalled BEFORE the deletion; an interrupted wipe is reported and finished
at the next docking (R1, R14). Crashes are injected between the journal entry and the
deletion, and in the middle of the deletion."""

from __future__ import annotations

import pytest

from app.ingest import wipe as wipe_mod
from app.ingest.job import IngestJob
from app.ingest.reconcile import reconcile
from app.ingest.wipe import WipeIncomplete, list_digest, pending_wipes, verified_wipe
from tests.ingest.helpers import volume


class Crash(BaseException):
    """Stands for the process dying (not an Exception: nothing may catch it)."""


def _downloaded(out_and_back, stocked, dock, n=4):
    cam = out_and_back(n)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete
    return cam, stocked.registers.find_device("BK-001")


def test_crash_between_intent_and_deletion(out_and_back, stocked, dock, monkeypatch):
    cam, camera = _downloaded(out_and_back, stocked, dock)

    def crash(seq):
        raise Crash(seq)

    monkeypatch.setattr(wipe_mod, "_before_delete", crash)
    with pytest.raises(Crash):
        verified_wipe(stocked, volume(cam).driver(dock.backend), camera)
    monkeypatch.undo()
    [intent] = stocked.journal.entries(kind="wipe")
    assert intent.data["phase"] == "intent" and intent.data["files"] == 4
    assert all(f.exists() for f in cam.files)                 # nothing deleted yet
    [audit] = stocked.audit.entries(action="wipe")
    listed = [tuple(x) for x in audit.detail["files"]]
    assert list_digest(listed) == intent.data["list_sha256"]
    # unlock: reconcile reports the interrupted wipe, in words
    rec = reconcile(stocked)
    assert [w["journal_seq"] for w in rec.interrupted_wipes] == [intent.seq]
    assert "interrupted" in rec.messages()[0] and "BK-001" in rec.messages()[0]
    # next docking finishes it: files re-verified, deleted, outcome journalled
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete and rep.stored == []
    assert not any(f.exists() for f in cam.files)
    _intent, done = stocked.journal.entries(kind="wipe")
    assert done.ref_seq == intent.seq and done.data["phase"] == "done"
    assert done.data["count"] == 4 and done.data["finished_at_next_docking"] is True
    assert pending_wipes(stocked) == [] and reconcile(stocked).interrupted_wipes == []
    brk, _ = stocked.journal.check_chain()
    assert brk is None


def test_crash_in_the_middle_of_the_deletion(out_and_back, stocked, dock, monkeypatch):
    cam, camera = _downloaded(out_and_back, stocked, dock)
    drv = volume(cam).driver(dock.backend)
    real = drv.wipe

    def half_then_crash(files):
        real(files[:2])
        raise Crash()

    monkeypatch.setattr(drv, "wipe", half_then_crash)
    with pytest.raises(Crash):
        verified_wipe(stocked, drv, camera)
    assert sum(f.exists() for f in cam.files) == 2
    assert len(pending_wipes(stocked, camera.id)) == 1
    # the officer wipes again: the interrupted one is closed first, then nothing is left
    out = verified_wipe(stocked, volume(cam).driver(dock.backend), camera)
    assert out.finished_earlier and out.removed == 0 and out.intent_seq is None
    assert not any(f.exists() for f in cam.files)
    entries = stocked.journal.entries(kind="wipe")
    assert [e.data["phase"] for e in entries] == ["intent", "done"]
    assert entries[1].data["count"] == 4


def test_a_listed_file_changed_before_redocking_stays(out_and_back, stocked, dock,
                                                      monkeypatch):
    cam, camera = _downloaded(out_and_back, stocked, dock)
    monkeypatch.setattr(wipe_mod, "_before_delete", lambda seq: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        verified_wipe(stocked, volume(cam).driver(dock.backend), camera)
    monkeypatch.undo()
    changed = cam.files[0]
    changed.write_bytes(b"not what was verified")
    closed = wipe_mod.finish_interrupted(stocked, volume(cam).driver(dock.backend), camera)
    assert len(closed) == 1 and changed.exists()
    assert not any(f.exists() for f in cam.files[1:])
    outcome = stocked.journal.entries(kind="wipe")[-1]
    assert outcome.data["phase"] == "partial" and outcome.data["remaining"] == 1
    assert outcome.data["remaining_names"] == [changed.relative_to(cam.mount).as_posix()]


def _card_turns_read_only(cam, dock, monkeypatch):
    """A driver whose card deletes one file, then answers read-only (a locked SD switch)."""
    drv = volume(cam).driver(dock.backend)
    real = drv.wipe

    def read_only_after_one(files):
        real(files[:1])
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(drv, "wipe", read_only_after_one)
    return drv


def test_deletion_refused_is_journalled_as_partial(out_and_back, stocked, dock, monkeypatch):
    cam, camera = _downloaded(out_and_back, stocked, dock, n=3)
    drv = _card_turns_read_only(cam, dock, monkeypatch)
    with pytest.raises(WipeIncomplete) as err:
        verified_wipe(stocked, drv, camera)
    assert "1 of 3" in str(err.value) and "Read-only" in str(err.value)
    intent, outcome = stocked.journal.entries(kind="wipe")
    assert outcome.data["phase"] == "partial" and outcome.data["count"] == 1
    assert outcome.data["remaining"] == 2 and outcome.ref_seq == intent.seq
    assert pending_wipes(stocked) == []


def test_paper_row_tells_the_outcome_not_the_intent(out_and_back, stocked, dock, monkeypatch):
    """R18 col. 8: one remark per wipe, worded from the outcome entry (intent is bookkeeping)."""
    from app.model.journal_rows import build_rows, remark_text

    cam, camera = _downloaded(out_and_back, stocked, dock, n=3)
    drv = _card_turns_read_only(cam, dock, monkeypatch)
    with pytest.raises(WipeIncomplete):
        verified_wipe(stocked, drv, camera)
    [row] = build_rows(stocked)
    wipes = [r for r in row.remarks if r.kind.startswith("wipe")]
    assert [r.kind for r in wipes] == ["wipe_partial"]
    assert "1 файл жойылды, 2 файл қалды" in remark_text(wipes[0], "kk")
    assert "удалено файлов 1, осталось 2" in remark_text(wipes[0], "ru")
