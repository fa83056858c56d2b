"""What the footage digest (issue 12) costs the ingest's one transaction: the index rows of a
card of N recordings written the old way (``custody.download_in`` + ``add_many_in``, no
digest) and the new way (``footage.download_in``: digest, entry, rows), alternated in one
process on one vault so that disk drift and other load hit both alike. Not a test.

    .venv/bin/python bench/footage_digest.py [--recordings 2000] [--rounds 7]
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.clock import FakeClock
from app.model import vault
from app.model.custody import Checklist
from app.model.footage import FootagePart, NewFootage
from app.model.keyslots import KdfParams
from bench.common import sizes


def card(n: int, salt: str, period) -> list[NewFootage]:  # type: ignore[no-untyped-def]
    out = []
    for i in range(n):
        sha = hashlib.sha256(f"{salt}/{i}".encode()).hexdigest()
        name = f"DCIM/100MEDIA/IMG_{i:05d}.JPG"
        out.append(NewFootage(sha, 3_000_000, name,
                              [FootagePart(1, sha[:32], name, 3_000_000, sha)],
                              camera_id=period.camera_id, card_id=period.card_id,
                              inspector_id=period.inspector_id, custody_id=period.id,
                              media="photo", started_at="2026-11-23T05:00:00.000000Z",
                              ended_at="2026-11-23T05:00:00.000000Z", clock_offset_s=1.5))
    return out


def main() -> int:
    a = sizes(recordings=2000, rounds=7).parse_args()
    clock = FakeClock(datetime(2026, 11, 23, 4, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        s = vault.create(Path(tmp) / "v", vault.Person("А", "Б", "OF-1"), "officer-pass-1",
                         vault.Person("В", "Г", "HD-1"), "head-pass-22", clock=clock,
                         kdf=KdfParams())
        s.registers.add_staff("С", "Е", "IN-1")
        s.registers.add_device("camera", "BK-001")
        s.registers.add_device("card", "MC-001")
        p = s.custody.issue("IN-1", "BK-001", Checklist.all_ok(90), card="MC-001", seal="1")
        old_t, new_t = [], []
        for r in range(a.rounds):
            for way in (("old", "new") if r % 2 == 0 else ("new", "old")):
                items = card(a.recordings, f"{way}{r}", p)
                start = time.perf_counter()
                with s.db.write() as con:
                    if way == "old":
                        entry = s.custody.download_in(con, p.id, p.camera_id, {})
                        s.footage.add_many_in(con, items, entry.seq)
                    else:
                        s.footage.download_in(con, p.id, p.camera_id, {}, items)
                (old_t if way == "old" else new_t).append(time.perf_counter() - start)
        s.lock()
    o, n = statistics.median(old_t), statistics.median(new_t)
    print(f"{a.recordings} recordings, {a.rounds} rounds: without digest {o * 1000:.0f} ms, "
          f"with digest {n * 1000:.0f} ms (median); ratio {n / o:.3f}; "
          f"{(n - o) / a.recordings * 1e6:.1f} us per recording")
    return 0


if __name__ == "__main__":
    sys.exit(main())
