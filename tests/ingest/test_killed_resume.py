"""A download killed while it reads back what it wrote (examination of issue 16, item 1):
every blob it verified is staged at once and resumed by the next run, never copied again;
what it wrote but had not verified goes to the quarantine, which is reported and emptied
only after a clean full check (R1: never lose evidence; reconcile on start)."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from app.errors import RuleViolation
from app.ingest import store
from app.ingest.job import IngestJob
from app.ingest.reconcile import RUNS_DIR, purge_quarantine, quarantine_held
from app.ingest.run_state import RunState
from tests.ingest.helpers import volume


class Killed(BaseException):
    """Stands for kill -9 (nothing after it runs in the process's own code)."""


def _die_at_readback(monkeypatch, n: int) -> None:
    """The n-th read-back of the run never returns: the process dies there."""
    real = store.Pump.verify
    calls = [0]
    lock = threading.Lock()

    def verify(self, part, from_media=True):
        with lock:
            calls[0] += 1
            mine = calls[0]
        if mine >= n:
            raise Killed()
        return real(self, part, from_media)

    monkeypatch.setattr(store.Pump, "verify", verify)


def _killed_run(stocked, cam, dock, monkeypatch, n: int) -> None:
    _die_at_readback(monkeypatch, n)
    with pytest.raises(Killed):
        IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    monkeypatch.undo()
    # a real kill leaves the run's marker behind (here its `finally` removed it)
    (stocked.path / RUNS_DIR).mkdir(exist_ok=True)
    (stocked.path / RUNS_DIR / "4242-killed").touch()


def _blob_files(stocked) -> int:
    return sum(1 for _ in stocked.blobs.all_files())


@pytest.mark.parametrize("small", [True, False], ids=["batch", "one-by-one"])
def test_what_a_killed_run_verified_is_resumed_not_copied_again(
        out_and_back, stocked, dock, monkeypatch, small):
    n_files = 2 * RunState.STAGE_GROUP_FILES + 8 if small else 6
    cam = out_and_back(n_files, 8 * 1024)
    if not small:     # every file takes the one-at-a-time path (large recordings)
        monkeypatch.setattr(IngestJob, "SMALL_FILE", 1024)
    dies_at = 2 * RunState.STAGE_GROUP_FILES + 3 if small else 4
    _killed_run(stocked, cam, dock, monkeypatch, dies_at)
    if not small:
        monkeypatch.setattr(IngestJob, "SMALL_FILE", 1024)
    assert stocked.footage.count() == 0                  # nothing reached the index
    staged = len(stocked.db.query("SELECT blob_id FROM ingest_staged"))
    # batch: the groups read back before the death; one-by-one: every part before it
    assert staged == (2 * RunState.STAGE_GROUP_FILES if small else dies_at - 1)
    written = _blob_files(stocked)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert rep.complete and len(rep.stored) == n_files
    assert rep.resumed == staged                        # verified before the kill: reused
    held = quarantine_held(stocked)
    assert held.files == written - staged               # written, never read back
    assert _blob_files(stocked) == n_files              # one blob per recording, no twin
    assert stocked.db.query("SELECT COUNT(*) FROM ingest_staged")[0][0] == 0


def test_the_quarantine_is_emptied_only_after_a_clean_check(out_and_back, stocked, dock,
                                                            monkeypatch):
    cam = out_and_back(6, 8 * 1024)
    monkeypatch.setattr(IngestJob, "SMALL_FILE", 1024)
    _killed_run(stocked, cam, dock, monkeypatch, 1)      # dies at the first read-back
    monkeypatch.setattr(IngestJob, "SMALL_FILE", 1024)
    job = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend)
    assert job.run().complete
    assert job.reconciled is not None and job.reconciled.quarantined
    held = quarantine_held(stocked)
    assert held.files >= 1 and held.bytes > 0
    assert "--purge-quarantine" in held.message()

    damaged = SimpleNamespace(ok=False, problems=["x"], blobs_checked=0)
    with pytest.raises(RuleViolation, match="kept until the vault is whole"):
        purge_quarantine(stocked, check=lambda s, read_data: damaged)
    assert quarantine_held(stocked) == held               # nothing removed

    gone = purge_quarantine(stocked)                      # the real full check: clean
    assert gone == held and quarantine_held(stocked).files == 0
    [record] = stocked.audit.entries(action="quarantine_purged")
    assert record.detail["files"] == held.files and record.detail["bytes"] == held.bytes
    assert stocked.footage.count() == 6                   # every recording still there


def test_a_file_the_index_names_is_never_purged(out_and_back, stocked, dock):
    cam = out_and_back(1, 8 * 1024)
    assert IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run().complete
    [(blob_id,)] = stocked.db.query("SELECT id FROM blobs")
    stocked.blobs.quarantine_file(stocked.blobs.path(blob_id))    # wrongly moved aside

    clean = SimpleNamespace(ok=True, problems=[], blobs_checked=1)
    with pytest.raises(RuleViolation, match="names"):
        purge_quarantine(stocked, check=lambda s, read_data: clean)
    assert quarantine_held(stocked).files == 1
