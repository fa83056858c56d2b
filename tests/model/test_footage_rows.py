"""The ingest's one transaction writes a card's recordings in a few statements
(FootageIndex.add_many_in): every recording once (issue #3 item 4: re-ingesting never
duplicates), each with its parts and blobs, across the statement-size boundary."""

from __future__ import annotations

import hashlib

from app.model.footage import ROWS_PER_STATEMENT, FootagePart, NewFootage


def _item(n: int, parts: int = 1) -> NewFootage:
    sha = hashlib.sha256(f"rec-{n}".encode()).hexdigest()
    return NewFootage(
        sha256=sha, size=100 * parts, source_name=f"DCIM/{n:05d}.MP4",
        parts=[FootagePart(k + 1, f"blob-{n}-{k}", f"DCIM/{n:05d}_{k}.MP4", 100,
                           hashlib.sha256(f"part-{n}-{k}".encode()).hexdigest())
               for k in range(parts)])


def test_many_recordings_in_one_transaction(stocked):
    s = stocked
    with s.db.write() as con:
        [first] = s.footage.add_many_in(con, [_item(0)], None)
    assert first is not None
    n = ROWS_PER_STATEMENT * 2 + 3
    items = [_item(i, parts=1 + i % 3) for i in range(n)]
    items.insert(ROWS_PER_STATEMENT + 1, _item(7, parts=2))   # the same content again
    with s.db.write() as con:
        ids = s.footage.add_many_in(con, items, None)
    assert ids[0] is None                                      # stored before this run
    assert ids[ROWS_PER_STATEMENT + 1] is None                 # twice in this run
    fresh = [i for i in ids if i is not None]
    assert len(fresh) == len(set(fresh)) == n - 1
    assert s.footage.count() == n
    for item, fid in zip(items, ids, strict=True):
        if fid is None:
            continue
        got = s.footage.get(fid)
        assert (got.sha256, got.source_name) == (item.sha256, item.source_name)
        assert [p.blob_id for p in s.footage.parts(fid)] == [p.blob_id for p in item.parts]
    blobs = s.db.one("SELECT count(*) FROM blobs")[0]
    assert blobs == 1 + sum(len(it.parts) for it, fid in zip(items, ids, strict=True) if fid)
    assert s.footage.known_among([items[5].sha256, "0" * 64]) == {items[5].sha256}
