"""Ingest throughput against ``cp`` and ``sha256sum`` of the same files, in the same run.

    .venv/bin/python bench/ingest.py                       # 2 GiB in 4 files + 2,000 photos
    .venv/bin/python bench/ingest.py --total-mib 512 --photos 200

Prints MB/s for cp, sha256sum and the full pipeline (read -> SHA-256 -> AES-GCM chunks ->
temp -> fsync -> rename -> verify -> index + journal), and the pipeline as a ratio of each.
Target (issue #3): pipeline >= 0.7 x cp. ``--no-media-verify`` verifies from the page cache
instead of dropping it first (cp never reads back at all). Not a timed test.
"""

from __future__ import annotations

import argparse
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

    total = sum(p.stat().st_size for p in files)
    mb = total / 1e6
    dest = work / f"cp-{label}"
    dest.mkdir()
    t_cp = timed(lambda: subprocess.run(["cp", *map(str, files), str(dest)], check=True))
    t_sha = timed(lambda: subprocess.run(["sha256sum", *map(str, files)], check=True,
                                         capture_output=True))
    shutil.rmtree(dest)
    mount = files[0].parents[2]
    reps = []
    t_ing = timed(lambda: reps.append(IngestJob(session, mount, camera=camera,
                                                verify_from_media=media_verify).run()))
    rep = reps[0]
    assert rep.complete and len(rep.stored) == len({p.name for p in files}), rep
    out = {"set": label, "files": len(files), "MB": round(mb, 1),
           "cp_MBps": round(mb / t_cp), "sha256sum_MBps": round(mb / t_sha),
           "ingest_MBps": round(mb / t_ing),
           "ingest/cp": round(t_cp / t_ing, 2), "ingest/sha256sum": round(t_sha / t_ing, 2)}
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
        measure(work, "large", big.files, s, "BK-001", media)
        if a.photos:
            photos = dock.add_camera("SN-2", 0, 0, kind="mass_storage", photos=a.photos,
                                     photo_size=a.photo_kib * 1024)
            measure(work, "photos", photos.files, s, "BK-002", media)
        s.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
