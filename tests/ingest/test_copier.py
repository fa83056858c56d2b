"""The copying process (app/ingest/copier.py, issue 11): the window's downloads do their byte
work in a child process. The same job, the same answers; a cancel reaches the child; a
killed child stops its downloads with a clear message and the next one starts a new child;
errors cross the pipe as themselves, in the window's language."""

from __future__ import annotations

import errno
import os
import signal
import threading
from pathlib import Path

import pytest

from app.devices.throttle import CardThrottle
from app.errors import StorageError
from app.i18n import set_language
from app.ingest import errors
from app.ingest.copier import Copier, RemotePump, pack_error, unpack_error
from app.ingest.job import IngestJob
from app.ingest.reconcile import killed_runs
from app.ingest.store import Pump
from app.model.blobs import BlobDamaged
from tests.ingest.helpers import volume


@pytest.fixture
def copier(stocked):
    c = Copier.for_session(stocked)
    yield c
    c.stop()


def _parent_never_copies(monkeypatch) -> None:
    """The window's process must not move a byte: its own Pump fails if it is asked to (a
    child started by ``spawn`` does not see this)."""
    def refuse(*_a, **_k):
        raise AssertionError("copied in the window's process")
    for name in ("store", "store_small", "hash_only", "verify", "verify_full"):
        monkeypatch.setattr(Pump, name, refuse)


def test_the_child_copies_and_the_job_answers_the_same(out_and_back, stocked, dock, copier,
                                                        monkeypatch):
    _parent_never_copies(monkeypatch)
    cam = out_and_back(2, split_parts=2, photos=3)
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, copier=copier).run()
    assert copier.pid not in (None, os.getpid())
    assert rep.complete and len(rep.stored) == 5 and rep.duplicates == 0
    items = stocked.footage.search(camera_id=1)
    for f in items:
        on_card = b"".join((cam.mount / p.source_name).read_bytes()
                           for p in stocked.footage.parts(f.id))
        assert stocked.footage.read(f.id) == on_card
    assert stocked.db.one("SELECT count(*) FROM ingest_staged")[0] == 0
    # docked again: known names are hashed in the child (the whole of a split recording
    # too) and found in the vault, nothing is stored twice
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, copier=copier).run()
    assert rep.complete and rep.stored == [] and rep.duplicates == 5
    assert not copier.pumps                       # each job closed its pump


def _throttled_run(stocked, cam, dock, copier, rate: float):
    """A download at ``rate`` on a thread; returns (thread, job, reports, bytes_seen)."""
    seen = threading.Event()
    out: list = []

    def progress(p) -> None:
        if p.done_bytes > 0:
            seen.set()

    job = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, progress=progress,
                                reader=CardThrottle(rate).read, copier=copier)
    t = threading.Thread(target=lambda: out.append(job.run()))
    t.start()
    assert seen.wait(60)
    return t, job, out


def test_cancel_reaches_the_child_and_a_killed_child_is_replaced(out_and_back, stocked, dock,
                                                                  copier):
    cam = out_and_back(1, size=20 << 20)          # one large recording: the streamed path
    t, _job, out = _throttled_run(stocked, cam, dock, copier, 8e6)
    first = copier.pid
    os.kill(first, signal.SIGKILL)                # mid-file
    t.join(60)
    [rep] = out
    assert rep.aborted == "copier_stopped" and not rep.stored
    assert "dock it again" in rep.aborted_message
    assert stocked.journal.entries(kind="ingest_aborted")[-1].data["reason"] == \
        "copier_stopped"
    # the next docking: a new child; what the killed one left is cleaned up first
    t, job, out = _throttled_run(stocked, cam, dock, copier, 8e6)
    assert copier.pid not in (None, first)
    job.cancel()
    t.join(60)
    assert out[0].aborted == "cancelled" and not out[0].stored
    rep = IngestJob.from_volume(stocked, volume(cam), backend=dock.backend, copier=copier).run()
    assert rep.complete and len(rep.stored) == 1
    assert not any(stocked.blobs.tmp.iterdir()) and not killed_runs(Path(stocked.path))


def test_a_test_hook_keeps_the_pump_in_this_process(stocked, copier):
    ev = threading.Event()
    pump = copier.pump(stocked.blobs, None, ev, opener=lambda p: os.open(p, os.O_RDONLY))
    assert isinstance(pump, Pump) and copier.child is None
    pump = copier.pump(stocked.blobs, None, ev, read=lambda fd, n: os.read(fd, n))
    assert isinstance(pump, Pump) and copier.child is None
    pump = copier.pump(stocked.blobs, None, ev, read=CardThrottle(1e6).read)
    assert isinstance(pump, RemotePump)
    pump.close()


def test_errors_cross_the_pipe_as_themselves():
    for exc in (errors.truncated("A.MP4", 10, 20), errors.card_removed("/media/x"),
                errors.vault_refused(StorageError("Disk {what}", what="v")),
                BlobDamaged("b1", "chunk 3 fails authentication"),
                OSError(errno.EIO, "I/O error")):
        back = unpack_error(pack_error(exc))
        assert type(back) is type(exc) and str(back) == str(exc)
        assert getattr(back, "code", None) == getattr(exc, "code", None)
        assert vars(back) == vars(exc)
    set_language("ru")                            # shown in the window's language
    try:
        back = unpack_error(pack_error(errors.cancelled()))
        assert str(back) == str(errors.cancelled()) and "download was stopped" not in str(back)
    finally:
        set_language("en")
    assert isinstance(unpack_error(("text", "ValueError: x")), RuntimeError)


def test_a_stopped_copier_starts_no_child(stocked):
    c = Copier.for_session(stocked)
    c.stop()                                      # the window locked meanwhile
    pump = c.pump(stocked.blobs, None, threading.Event())
    assert isinstance(pump, Pump) and c.child is None
