"""Chunked authenticated blobs: every flipped byte, truncation, reordering, swap and
append is detected; nothing unverified is ever referenced."""

from __future__ import annotations

import io
import os

import pytest

from app.model.blobs import HEADER, TAG, BlobDamaged, BlobStore

CHUNK = 1024


@pytest.fixture
def store(tmp_path):
    s = BlobStore(tmp_path / "blobs", bytearray(os.urandom(32)))
    s.ensure()
    return s


def put(store, data, chunk=CHUNK):
    return store.put_stream(io.BytesIO(data), chunk_size=chunk, read_size=777)


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK, 5 * CHUNK + 3])
def test_round_trip(store, size):
    data = os.urandom(size)
    blob_id, digest, n = put(store, data)
    assert n == size
    assert store.read_bytes(blob_id) == data
    store.verify(blob_id, digest, n)


def test_file_name_is_not_the_content_hash(store):
    blob_id, digest, _ = put(store, b"abc")
    assert digest not in str(store.path(blob_id))
    assert blob_id not in str(store.path(blob_id))


def test_every_flipped_byte_is_detected(store):
    data = os.urandom(3 * CHUNK + 100)
    blob_id, _, _ = put(store, data)
    path = store.path(blob_id)
    original = path.read_bytes()
    for pos in range(0, len(original), 37):
        damaged = bytearray(original)
        damaged[pos] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises(BlobDamaged):
            store.read_bytes(blob_id)
    path.write_bytes(original)
    assert store.read_bytes(blob_id) == data  # and no false alarm on the intact file


@pytest.mark.parametrize("cut", [1, TAG, CHUNK + TAG, 2 * (CHUNK + TAG)])
def test_truncation_is_detected(store, cut):
    blob_id, _, _ = put(store, os.urandom(3 * CHUNK + 100))
    path = store.path(blob_id)
    data = path.read_bytes()
    path.write_bytes(data[:-cut])
    with pytest.raises(BlobDamaged):
        store.read_bytes(blob_id)


def test_truncation_exactly_at_a_chunk_boundary_is_detected(store):
    blob_id, _, _ = put(store, os.urandom(3 * CHUNK))
    path = store.path(blob_id)
    data = path.read_bytes()
    path.write_bytes(data[:HEADER.size + 2 * (CHUNK + TAG)])
    with pytest.raises(BlobDamaged):
        store.read_bytes(blob_id)


def test_reordered_chunks_are_detected(store):
    blob_id, _, _ = put(store, os.urandom(3 * CHUNK + 10))
    path = store.path(blob_id)
    data = path.read_bytes()
    h, s = HEADER.size, CHUNK + TAG
    swapped = data[:h] + data[h + s:h + 2 * s] + data[h:h + s] + data[h + 2 * s:]
    path.write_bytes(swapped)
    with pytest.raises(BlobDamaged):
        store.read_bytes(blob_id)


def test_chunks_cannot_move_between_blobs(store):
    a, _, _ = put(store, os.urandom(2 * CHUNK + 5))
    b, _, _ = put(store, os.urandom(2 * CHUNK + 5))
    pa, pb = store.path(a), store.path(b)
    da, db = pa.read_bytes(), pb.read_bytes()
    h, s = HEADER.size, CHUNK + TAG
    pa.write_bytes(da[:h] + db[h:h + s] + da[h + s:])
    with pytest.raises(BlobDamaged):
        store.read_bytes(a)
    pa.write_bytes(db)  # a whole blob renamed over another
    with pytest.raises(BlobDamaged):
        store.read_bytes(a)


def test_appended_data_is_detected(store):
    blob_id, _, _ = put(store, os.urandom(2 * CHUNK))
    path = store.path(blob_id)
    path.write_bytes(path.read_bytes() + os.urandom(CHUNK + TAG))
    with pytest.raises(BlobDamaged):
        store.read_bytes(blob_id)


def test_missing_file_is_reported(store):
    blob_id, _, _ = put(store, b"x")
    store.path(blob_id).unlink()
    with pytest.raises(BlobDamaged, match="missing"):
        store.read_bytes(blob_id)


def test_another_key_cannot_read(store, tmp_path):
    blob_id, _, _ = put(store, b"secret footage")
    other = BlobStore(store.root, bytearray(os.urandom(32)))
    other_path = other.path(blob_id)
    other_path.parent.mkdir(parents=True, exist_ok=True)
    other_path.write_bytes(store.path(blob_id).read_bytes())
    with pytest.raises(BlobDamaged):
        other.read_bytes(blob_id)


def test_failed_write_leaves_no_temp_and_no_blob(store):
    class Broken(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, b):
            raise OSError(5, "Input/output error")

    with pytest.raises(Exception, match="read/write error"):
        store.put_stream(Broken())
    assert list(store.tmp.iterdir()) == []
    assert list(store.all_files()) == []


# -- the ingest's read-back check: chunk tags, read from the device -------------------------
def _sealed(store, data, chunk=CHUNK, blob_id=None):
    """Write like the ingest does: BlobWriter, then the digest of the sealed tags."""
    from app.model.blobs import BlobWriter

    blob_id = blob_id or store.new_id()
    tmp, fh = store.open_temp(blob_id)
    w = BlobWriter(fh, store.key, blob_id, chunk)
    w.write(data)
    w.finish()
    store.commit_temp(tmp, fh, blob_id)
    return blob_id, w.seal_digest


@pytest.mark.parametrize("from_media", [False, True])
def test_authenticate_accepts_what_was_sealed(store, from_media):
    data = os.urandom(7 * CHUNK + 5)
    blob_id, seal = _sealed(store, data)
    store.authenticate(blob_id, len(data), seal, from_media)
    with pytest.raises(BlobDamaged):
        store.authenticate(blob_id, len(data) + 1, seal, from_media)   # length is checked


def test_authenticate_catches_a_flipped_byte_and_a_cut(store):
    data = os.urandom(4 * CHUNK)
    blob_id, seal = _sealed(store, data)
    path = store.path(blob_id)
    good = path.read_bytes()
    for damaged in (good[:50] + bytes([good[50] ^ 1]) + good[51:],
                    good[:HEADER.size + CHUNK + TAG]):                  # cut at a boundary
        path.write_bytes(damaged)
        with pytest.raises(BlobDamaged):
            store.authenticate(blob_id, len(data), seal, True)


def test_authenticate_catches_a_validly_sealed_substitute(store):
    """The same plaintext sealed again under the same blob id authenticates under GCM, but it
    is not the blob that was written: the tag digest tells them apart."""
    data = os.urandom(3 * CHUNK)
    blob_id, seal = _sealed(store, data)
    path = store.path(blob_id)
    original = path.read_bytes()
    _sealed(store, data, blob_id=blob_id)           # a new salt: new key, new tags
    assert path.read_bytes() != original
    assert store.read_bytes(blob_id) == data
    with pytest.raises(BlobDamaged):
        store.authenticate(blob_id, len(data), seal)


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, (8 << 20) + 3])
def test_uncached_reader_returns_the_file(tmp_path, size):
    from app.model.uncached import UncachedReader

    data = os.urandom(size)
    path = tmp_path / "f"
    path.write_bytes(data)
    os.sync()
    got = bytearray()
    with UncachedReader(path) as r:
        for n in (1, 4095, 262160, 1 << 20):
            got += r.read(n)
        while piece := r.read(300_001):
            got += piece
    assert bytes(got) == data
    lent = bytearray()                  # view(): lent from the block, or assembled across two
    with UncachedReader(path) as r:
        while piece := r.view(262_160):
            lent += piece
    assert bytes(lent) == data


def test_uncached_reader_falls_back_where_direct_io_is_refused(tmp_path, monkeypatch,
                                                               no_direct_io):
    import errno

    import app.model.uncached as uncached

    data = os.urandom(100_000)
    path = tmp_path / "f"
    path.write_bytes(data)
    with uncached.UncachedReader(path) as r:
        assert not r.direct and r.read(200_000) == data
    monkeypatch.undo()
    if not getattr(os, "O_DIRECT", 0):
        return

    import fcntl

    real_readv = os.readv

    def refuse_read(fd, bufs):
        if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_DIRECT:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_readv(fd, bufs)

    monkeypatch.setattr(uncached.os, "readv", refuse_read)   # accepted at open, not at read
    with uncached.UncachedReader(path) as r:
        assert r.read(200_000) == data and not r.direct
