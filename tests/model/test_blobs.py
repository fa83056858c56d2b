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
