"""A large recording is read back from the device while it is being written
(app/ingest/readback.py, issue 11): the read-back starts before the copy ends, finds what
the whole read-back after the rename finds, and stops with a failed copy."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest

from app.devices.card import CardFile
from app.ingest import errors
from app.ingest.readback import ReadBack, blob_size
from app.ingest.store import Pump
from app.model.blobs import BlobStore


def _card_file(path: Path) -> CardFile:
    st = path.stat()
    return CardFile(path.name, path, st.st_size, st.st_mtime_ns, st.st_dev, st.st_ino)


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    store = BlobStore(tmp_path / "blobs", bytearray(os.urandom(32)))
    store.ensure()
    probe = store.tmp / "probe"
    probe.write_bytes(b"")
    try:
        os.close(os.open(probe, os.O_RDONLY | getattr(os, "O_DIRECT", 0)))
    except OSError:
        pytest.skip("this file system cannot be read past the page cache")
    if not getattr(os, "O_DIRECT", 0):
        pytest.skip("no O_DIRECT here")
    return store


def _gated_reader(after: int, gate: threading.Event):
    """Card reads that stop after ``after`` bytes until ``gate`` is set."""
    handed = [0]

    def read(fd: int, n: int) -> bytes:
        if handed[0] >= after and not gate.wait(30):
            raise OSError(errno.ETIMEDOUT, "nothing was read back while the copy ran")
        data = os.read(fd, n)
        handed[0] += len(data)
        return data
    return read


def test_the_read_back_starts_before_the_copy_ends(blobs, tmp_path, monkeypatch):
    src = tmp_path / "CLIP.MP4"
    src.write_bytes(os.urandom(20 << 20))
    early = threading.Event()
    real_fill = ReadBack._fill

    def fill(self) -> bool:
        got = real_fill(self)
        if got:
            early.set()
        return got

    monkeypatch.setattr(ReadBack, "_fill", fill)
    # the card hands out 16 MiB, then waits until something was read back from the device
    pump = Pump(blobs, None, threading.Event(), read=_gated_reader(16 << 20, early))
    part = pump.store(_card_file(src))
    pump.verify(part)
    blobs.authenticate(part.blob_id, part.size, part.seal, from_media=True)
    assert part.size == 20 << 20
    assert blobs.path(part.blob_id).stat().st_size == blob_size(part.size, pump.chunk)


def test_a_failed_copy_stops_its_read_back(blobs, tmp_path):
    src = tmp_path / "CLIP.MP4"
    src.write_bytes(os.urandom(20 << 20))
    handed = [0]

    def read(fd: int, n: int) -> bytes:
        if handed[0] >= 14 << 20:
            raise OSError(errno.EIO, "Input/output error")
        data = os.read(fd, n)
        handed[0] += len(data)
        return data

    pump = Pump(blobs, None, threading.Event(), read=read)
    with pytest.raises(errors.FileProblem):
        pump.store(_card_file(src))
    for t in threading.enumerate():
        if t.name == "ingest-readback":
            t.join(10)
            assert not t.is_alive()
    assert not any(blobs.tmp.glob("*.part")) and not list(blobs.all_files())
