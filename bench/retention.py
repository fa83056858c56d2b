"""What retention costs on a big vault (R9, issue 14): the clock scan over the whole audit
log, the retention list, and destroying a year's worth of ordinary footage.

A vault with ``--recordings`` footage rows downloaded over 2026 (one blob file each, a few
bytes: deleting is what is timed, not the content) and ``--audit`` audit entries; the clock
then stands on 1 March 2027, confirmed by the officer, and the head destroys everything
past its term.

    .venv/bin/python bench/retention.py --recordings 100000 --audit 200000
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.clock import FakeClock, to_iso  # noqa: E402
from app.model import clockwatch, retention, vault  # noqa: E402
from app.model.footage import FootagePart, NewFootage  # noqa: E402
from app.model.keyslots import KdfParams  # noqa: E402
from bench.common import sizes  # noqa: E402


def timed(label: str, fn):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    out = fn()
    print(f"{label}: {(time.perf_counter() - t0) * 1000:.0f} ms")
    return out


def main() -> None:
    a = sizes(recordings=20000, audit=50000).parse_args()
    start = datetime(2026, 1, 5, 4, 0, tzinfo=UTC)
    clock = FakeClock(start)
    path = Path(tempfile.mkdtemp()) / "vault"
    s = vault.create(path, vault.Person("А", "Б", "OF-1"), "officer-pass-1",
                     vault.Person("В", "Г", "HD-1"), "head-pass-22", clock=clock,
                     kdf=KdfParams())
    camera = s.registers.add_device("camera", "BK-001", in_service="2024-01-15")
    per_day = max(1, a.recordings // 360)
    audit_per_day = max(1, a.audit // 360)
    n = 0
    t0 = time.perf_counter()
    for day in range(360):
        at = start + timedelta(days=day)
        clock.set(at)
        items = []
        for _ in range(per_day):
            sha = hashlib.sha256(f"r{n}".encode()).hexdigest()
            blob = f"b{n:08d}"
            items.append(NewFootage(sha, 10, f"DCIM/{n}.JPG",
                                    [FootagePart(1, blob, f"DCIM/{n}.JPG", 10, sha)],
                                    media="photo", started_at=to_iso(at)))
            p = s.blobs.path(blob)
            p.parent.mkdir(exist_ok=True)
            p.write_bytes(b"0123456789")
            n += 1
        with s.db.write() as con:
            s.footage.download_in(con, None, camera.id, {"files": len(items)}, items)
            for i in range(audit_per_day):
                s.audit.append_in(con, "view", "officer", s.actor_id,
                                  to_iso(at + timedelta(seconds=i)), {"footage_id": 1})
    print(f"built {n} recordings, {s.audit.size()} audit entries in "
          f"{time.perf_counter() - t0:.0f} s")
    clock.set(datetime(2027, 3, 1, 5, 0, tzinfo=UTC))
    s.lock()
    officer = vault.unlock(path, "officer", "officer-pass-1", clock)
    timed("clock check, first (the whole audit log)", lambda: clockwatch.check(officer))
    timed("clock check, again (incremental)", lambda: clockwatch.check(officer))
    officer.lock()
    officer = vault.unlock(path, "officer", "officer-pass-1", clock)
    timed("clock check, the next session's first (from its clock_checked record)",
          lambda: clockwatch.check(officer))
    clockwatch.confirm(officer, date(2027, 3, 1))
    timed("retention list (past or within 30 days)", lambda: retention.due(officer))
    ready = timed("expired", lambda: retention.expired(officer))
    ids = [f.id for f in officer.footage.search(limit=1000)]
    timed("statuses of 1000 (Review's screenful)", lambda: retention.statuses(officer, ids))
    head = vault.unlock(path, "head", "head-pass-22", clock)
    done = timed(f"destroy {len(ready)} recordings", lambda: retention.destroy(head))
    print(f"destroyed {len(done.footage_ids)}, {done.files_removed} files removed")
    timed("verify's share: destruction records against the audit log",
          lambda: retention.check(officer))
    timed("verify's share: blobs destroyed on purpose", lambda: retention.destroyed_blobs(officer))
    from app.model.verify import verify

    report = timed("verify --quick", lambda: verify(officer, read_data=False))
    print("verify ok" if report.ok else report.problems[:3], report.notes)
    head.lock()
    officer.lock()


if __name__ == "__main__":
    main()
