"""The scheduled full check's speed (issue 14, item 4): every blob of a vault decrypted and
rehashed by ``run_full_check``, beside ``sha256sum`` of the same blob files in the same run
(the floor: read and hash the same bytes, no decryption, no index). Both read from a cold
page cache where the system lets us drop it (root), else warm and said so. Not a test.

    .venv/bin/python bench/full_check.py [--mb 400] [--files 40] [--rounds 3]
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.devices.simulated import SimulatedDock
from app.ingest.job import IngestJob
from app.model.full_check import run_full_check
from bench.common import sizes
from bench.dock import make_vault
from tests.ingest.helpers import volume


def drop_caches() -> bool:
    os.sync()
    with contextlib.suppress(OSError), open("/proc/sys/vm/drop_caches", "w") as f:
        f.write("3\n")
        return True
    return False


def main() -> None:
    a = sizes(mb=400, files=40, rounds=3).parse_args()
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        where = Path(tmp)
        s = make_vault(where / "vault", 1)
        dock = SimulatedDock(where / "dock", clock=s.clock)
        cam = dock.add_camera("SN-0", a.files, a.mb * 1_000_000 // a.files, duration_s=60)
        IngestJob.from_volume(s, volume(cam), backend=dock.backend).run()
        files = [str(p) for p in s.blobs.all_files()]
        total = sum(os.path.getsize(f) for f in files)
        ours, floor, cold = [], [], False
        for _ in range(a.rounds):
            cold = drop_caches()
            t = time.perf_counter()
            report = run_full_check(s)
            ours.append(time.perf_counter() - t)
            assert report.ok and report.blobs_checked == a.files, report.problems
            drop_caches()
            t = time.perf_counter()
            subprocess.run(["sha256sum", *files], check=True, stdout=subprocess.DEVNULL)
            floor.append(time.perf_counter() - t)
        s.lock()
    mb = total / 1e6
    print(f"{a.files} blobs, {mb:.0f} MB, {'cold' if cold else 'warm (not root)'} cache, "
          f"{a.rounds} rounds")
    for name, times in (("full check", ours), ("sha256sum", floor)):
        print(f"{name:11s} {mb / statistics.median(times):7.0f} MB/s  "
              f"(runs: {', '.join(f'{mb / t:.0f}' for t in times)})")
    print(f"full check / sha256sum = {statistics.median(floor) / statistics.median(ours):.2f}")


if __name__ == "__main__":
    main()
