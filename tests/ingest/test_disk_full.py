"""A disk that fills up near the index (issue 13): the copies fit, the index's COMMIT does
not. The report says nothing of this run was stored and why, the card is not wiped, and the
copies wait (staged) for the next docking, which stores them without copying again."""

from __future__ import annotations

from app.ingest.job import IngestJob
from tests.faults.inject import Plan, faults
from tests.ingest.helpers import volume


def test_a_full_disk_at_the_index_commit_stores_nothing_and_says_so(out_and_back, stocked,
                                                                     dock):
    cam = out_and_back(3)
    on_card = sorted(p.name for p in cam.files)
    before = stocked.footage.count()
    # Every COMMIT from the second on (the first stages the verified copies) meets a full
    # disk, as when the blobs fit and the index's WAL does not.
    plan = Plan("ENOSPC", n=2, persistent=True, only=lambda what: what == "sql COMMIT")
    with faults([stocked.path], plan, dbs=(stocked.db,)):
        rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, wipe=True).run()
    assert plan.fired, "the fault was never reached"
    assert rep.stored == [] and rep.bytes_stored == 0 and rep.journal_seqs == []
    assert sorted(n.rsplit("/", 1)[-1] for n in rep.not_stored) == on_card
    assert not rep.complete and rep.aborted == "vault_storage"
    assert "disk is full" in rep.aborted_message and "None of the 3" in rep.aborted_message
    assert rep.wiped is None and sorted(p.name for p in cam.mount.rglob("*.MP4")) == on_card
    assert stocked.footage.count() == before
    # The disk has room again: the same card is stored from the staged copies.
    again = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend).run()
    assert again.complete and len(again.stored) == 3 and again.resumed == 3
