"""DirectWriter: big blobs written past the page cache (issue #3 item 4, "never lose
evidence"): the file holds exactly the bytes written, whatever the sizes, and a file system
that refuses direct I/O, or a full disk, is handled like any other write."""

from __future__ import annotations

import errno
import os

import pytest

import app.model.uncached as uncached
from app.model.uncached import BLOCK, DirectWriter

HAS_DIRECT = bool(getattr(os, "O_DIRECT", 0))


def _write(path, data, step):
    w = DirectWriter(path)
    for i in range(0, len(data), step):
        assert w.write(data[i:i + step]) == len(data[i:i + step])
    assert w.tell() == len(data)
    w.flush()
    os.fsync(w.fileno())
    w.close()
    return w


@pytest.mark.parametrize("size", [0, 1, 4095, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + 12345])
def test_the_file_holds_exactly_what_was_written(tmp_path, size):
    data = os.urandom(size)
    path = tmp_path / "blob.part"
    w = _write(path, data, 262_160)           # a sealed chunk at a time, as the pump does
    assert path.read_bytes() == data
    assert w.closed
    w.close()                                  # twice is harmless


def test_direct_io_is_used_where_the_file_system_allows_it(tmp_path):
    allows = False
    if HAS_DIRECT:
        try:
            os.close(os.open(tmp_path / "probe", os.O_WRONLY | os.O_CREAT | os.O_DIRECT, 0o600))
            allows = True
        except OSError:
            pass                                # tmpfs and the like: the writer falls back
    w = DirectWriter(tmp_path / "f")
    try:
        assert w.direct == allows
        if allows:
            import fcntl

            assert fcntl.fcntl(w.fileno(), fcntl.F_GETFL) & os.O_DIRECT
    finally:
        w.close()


def test_falls_back_when_refused_at_open(tmp_path, no_direct_io):
    data = os.urandom(BLOCK + 777)
    w = _write(tmp_path / "f", data, 1 << 20)
    assert not w.direct and (tmp_path / "f").read_bytes() == data


@pytest.mark.skipif(not HAS_DIRECT, reason="no O_DIRECT on this system")
def test_falls_back_when_refused_at_the_first_write(tmp_path, monkeypatch):
    import fcntl

    real_write = os.write

    def refuse_direct(fd, b):
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_DIRECT:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_write(fd, b)

    monkeypatch.setattr(uncached.os, "write", refuse_direct)
    data = os.urandom(2 * BLOCK + 5)
    w = _write(tmp_path / "f", data, 300_000)
    assert not w.direct and (tmp_path / "f").read_bytes() == data


def test_a_short_write_is_completed(tmp_path, monkeypatch):
    real_write = os.write

    def half(fd, b):
        return real_write(fd, b[:max(1, len(b) // 2)])

    monkeypatch.setattr(uncached.os, "write", half)
    data = os.urandom(BLOCK + 99)
    assert _write(tmp_path / "f", data, BLOCK).tell() == len(data)
    assert (tmp_path / "f").read_bytes() == data


def test_a_full_disk_raises_enospc(tmp_path, monkeypatch):
    def full(fd, b):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(uncached.os, "write", full)
    w = DirectWriter(tmp_path / "f")
    with pytest.raises(OSError) as exc:
        w.write(os.urandom(BLOCK))
    assert exc.value.errno == errno.ENOSPC
    with pytest.raises(OSError):
        w.close()                              # the tail cannot go either; fd still closed
    assert w.closed


def test_reading_without_readv_as_on_windows(tmp_path, monkeypatch, no_direct_io):
    """Windows has neither O_DIRECT nor os.readv: the cached read-back and the card reads
    go through one os.read per block, and return the same bytes."""
    import app.fsutil as fsutil

    monkeypatch.setattr(fsutil, "_READV", None)
    data = os.urandom(BLOCK + 4321)
    path = tmp_path / "f"
    path.write_bytes(data)
    with uncached.UncachedReader(path) as r:
        assert not r.direct
        got = bytearray()
        while piece := r.view(262_160):
            got += piece
    assert bytes(got) == data
    buf = memoryview(bytearray(1000))
    fd = os.open(path, os.O_RDONLY)
    try:
        assert fsutil.read_into(fd, buf) == 1000 and bytes(buf) == data[:1000]
    finally:
        os.close(fd)


def test_short_reads_of_the_cached_path_are_not_an_end(tmp_path, monkeypatch, no_direct_io):
    """A network share may return fewer bytes than asked anywhere in a file: the read-back
    goes on until a read returns nothing (a short read taken for the end would make a good
    blob look cut short)."""
    import app.fsutil as fsutil

    real = os.readv

    def stingy(fd, bufs):
        return real(fd, [bufs[0][:1000]])

    monkeypatch.setattr(fsutil, "_READV", stingy)
    data = os.urandom(300_000)
    path = tmp_path / "f"
    path.write_bytes(data)
    with uncached.UncachedReader(path) as r:
        assert r.read(400_000) == data
