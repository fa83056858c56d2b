"""Ingest throughput against ``cp`` and ``sha256sum`` of the same files, in the same run.

    .venv/bin/python bench/ingest.py                       # 2 GiB in 4 files + 2,000 photos
    .venv/bin/python bench/ingest.py --total-mib 512 --photos 200

Prints MB/s for cp, sha256sum and the full pipeline (read -> SHA-256 -> AES-GCM chunks ->
temp -> durable -> rename -> durable -> verify -> index + journal), and the pipeline as a
ratio of each. Target (issue #3): pipeline >= 0.7 x cp.

The ``cp`` baseline is honest about durability: the pipeline only reports a file stored once
it is on the disk, so cp is timed as ``cp FILES DEST && sync -f DEST`` (cp, then one syncfs
of the destination file system — the cheapest durable cp there is). Plain cp into the page
cache is printed too, for reference. Everything is synced before each timing so no one pays
for another's dirty pages; source files are in the page cache for all three (same run).
cp runs once as a warm-up, then each cp figure is the best of two.
``--no-media-verify`` verifies from the page cache instead of dropping it first (cp never
reads back at all). Not a timed test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(work: Path, label: str, files: list[Path], session, camera: str,
            media_verify: bool) -> dict:
    from app.ingest.job import IngestJob
    from app.ingest.store import BatchBarrier

    total = sum(p.stat().st_size for p in files)
    mb = total / 1e6
    names = list(map(str, files))

    def cp(sync: bool) -> float:
        dest = work / f"cp-{label}"
        dest.mkdir()
        os.sync()
        t = timed(lambda: (subprocess.run(["cp", *names, str(dest)], check=True),
                           sync and subprocess.run(["sync", "-f", str(dest)], check=True)))
        shutil.rmtree(dest)
        os.sync()
        return t

    cp(sync=True)                         # warm-up, discarded (first touch of guest RAM)
    t_cp_cache = min(cp(sync=False), cp(sync=False))     # best of two: the hardest baseline
    t_cp = min(cp(sync=True), cp(sync=True))
    t_sha = timed(lambda: subprocess.run(["sha256sum", *names], check=True,
                                         capture_output=True))
    mount = files[0].parents[2]
    reps = []
    os.sync()
    t_ing = timed(lambda: reps.append(IngestJob(session, mount, camera=camera,
                                                verify_from_media=media_verify).run()))
    rep = reps[0]
    assert rep.complete and len(rep.stored) == len({p.name for p in files}), rep
    barrier = BatchBarrier(session.blobs)
    barrier.close()
    out = {"set": label, "files": len(files), "MB": round(mb, 1),
           "cp+sync_MBps": round(mb / t_cp), "cp_cache_MBps": round(mb / t_cp_cache),
           "sha256sum_MBps": round(mb / t_sha), "ingest_MBps": round(mb / t_ing),
           "ingest/cp+sync": round(t_cp / t_ing, 2),
           "ingest/cp_cache": round(t_cp_cache / t_ing, 2),
           "ingest/sha256sum": round(t_sha / t_ing, 2),
           "small_file_barrier": barrier.mode}
    print(out, flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--total-mib", type=int, default=2048)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--photos", type=int, default=2000)
    ap.add_argument("--photo-kib", type=int, default=512)
    ap.add_argument("--no-media-verify", action="store_true")
    ap.add_argument("--dir", help="work folder (default: a temp folder)")
    a = ap.parse_args()
    from app.clock import SystemClock
    from app.devices.simulated import SimulatedDock
    from app.model import vault
    from app.model.keyslots import KdfParams

    with tempfile.TemporaryDirectory(prefix="dalel-bench-", dir=a.dir) as tmp:
        work = Path(tmp)
        s = vault.create(work / "vault", vault.Person("A", "B", "OF-1"), "officer-pass-1",
                         vault.Person("C", "D", "HD-1"), "head-pass-22", kdf=KdfParams())
        s.registers.add_device("camera", "BK-001", serial="SN-1")
        s.registers.add_device("camera", "BK-002", serial="SN-2")
        dock = SimulatedDock(work / "dock", clock=SystemClock())
        size = a.total_mib * (1 << 20) // a.files
        t0 = time.perf_counter()
        big = dock.add_camera("SN-1", a.files, size, kind="mass_storage", big=True)
        print(f"card written in {time.perf_counter() - t0:.1f}s", flush=True)
        media = not a.no_media_verify
        print(f"verify from media (page cache dropped first): {media}")
        print("cp baseline = cp + sync -f DEST (durable, like the pipeline); "
              "cp_cache = cp into the page cache only", flush=True)
        measure(work, "large", big.files, s, "BK-001", media)
        if a.photos:
            photos = dock.add_camera("SN-2", 0, 0, kind="mass_storage", photos=a.photos,
                                     photo_size=a.photo_kib * 1024)
            measure(work, "photos", photos.files, s, "BK-002", media)
        s.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
