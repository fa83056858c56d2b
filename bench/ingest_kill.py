"""Kill harness: SIGKILL the ingest process at random moments, then check the vault.

    .venv/bin/python bench/ingest_kill.py --runs 200

Each run: a child process unlocks the vault, reconciles, and ingests a simulated card with
auto-wipe on; the parent kills it after a random delay. After every kill a fresh process
checks: index integrity; every footage row's blobs verify; no recording stored twice; every
file that left the card is in the vault (no wipe without a verified copy); the journal
chain holds. At the end one uninterrupted run must complete the card and close every
interrupted wipe (the wipe is journalled before deleting; the next docking finishes it).
The card's files are small enough (default 2 MiB) to take the batched small-file path.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PW = "officer-pass-1"


def setup(work: Path, n_files: int, size: int) -> dict:
    from app.devices.simulated import SimulatedDock
    from app.model import vault
    from app.model.keyslots import KdfParams

    s = vault.create(work / "vault", vault.Person("A", "B", "OF-1"), PW,
                     vault.Person("C", "D", "HD-1"), "head-pass-22", kdf=KdfParams())
    s.registers.add_device("camera", "BK-001", serial="SN-1")
    with s.db.write() as con:
        s.settings.set_in(con, "auto_wipe", True)
    s.lock()
    dock = SimulatedDock(work / "dock")
    cam = dock.add_camera("SN-1", n_files, size, kind="mass_storage", split_parts=1)
    hashes = {str(p.relative_to(cam.mount)): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in cam.files}
    (work / "hashes.json").write_text(json.dumps(hashes))
    return {"mount": str(cam.mount)}


CHILD = """
import sys; sys.path.insert(0, {root!r})
from pathlib import Path
from app.model import vault
from app.ingest.reconcile import reconcile
from app.ingest.job import IngestJob
s = vault.unlock(Path({vault!r}), "officer", {pw!r})
reconcile(s)
rep = IngestJob.from_folder(s, Path({mount!r}), camera="BK-001").run()
print(len(rep.stored), rep.duplicates, rep.aborted, rep.wiped, flush=True)
s.lock()
"""


def child(work: Path, mount: str) -> list[str]:
    code = CHILD.format(root=str(ROOT), vault=str(work / "vault"), pw=PW, mount=mount)
    return [sys.executable, "-c", code]


def check(work: Path, mount: str, final: bool = False) -> list[str]:
    from app.ingest.reconcile import reconcile
    from app.model import vault

    problems = []
    hashes = json.loads((work / "hashes.json").read_text())
    s = vault.unlock(work / "vault", "officer", PW)
    try:
        reconcile(s)
        bad = s.db.integrity_check()
        if bad:
            problems.append(f"index integrity: {bad[:3]}")
        shas = [f.sha256 for f in s.footage.search(limit=100000)]
        if len(shas) != len(set(shas)):
            problems.append("a recording is stored twice")
        for f in s.footage.search(limit=100000):
            for p in s.footage.parts(f.id):
                try:
                    s.blobs.verify(p.blob_id, p.sha256, p.size)
                except Exception as exc:
                    problems.append(f"blob of footage {f.id} fails: {exc}")
        stored = set(shas)
        for rel, sha in hashes.items():
            if not (Path(mount) / rel).exists() and sha not in stored:
                problems.append(f"{rel} was wiped without a verified copy")
        brk, _n = s.journal.check_chain()
        if brk is not None:
            problems.append(f"journal chain broken: {brk}")
        if final:
            from app.ingest.wipe import pending_wipes

            if pending_wipes(s):
                problems.append("an interrupted wipe was never finished")
    finally:
        s.lock()
    return problems


def refill(work: Path, mount: str, n_files: int, size: int, round_no: int) -> None:
    """The card was emptied by a completed run: put new footage on it."""
    from app.devices.simulated import mp4_bytes

    folder = Path(mount) / "DCIM" / "100MEDIA"
    folder.mkdir(parents=True, exist_ok=True)
    hashes = json.loads((work / "hashes.json").read_text())
    for i in range(n_files):
        name = f"R{round_no:04d}_{i:03d}.MP4"
        data = mp4_bytes(60, size, os.urandom(32))
        (folder / name).write_bytes(data)
        hashes[f"DCIM/100MEDIA/{name}"] = hashlib.sha256(data).hexdigest()
    (work / "hashes.json").write_text(json.dumps(hashes))


def run(runs: int, n_files: int, size: int, max_delay: float, seed: int) -> int:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="dalel-kill-") as tmp:
        work = Path(tmp)
        mount = setup(work, n_files, size)["mount"]
        kills = 0
        if max_delay <= 0:   # calibrate: one full run's length, on a copy of nothing
            t0 = time.monotonic()
            subprocess.run(child(work, mount), capture_output=True, check=False)
            max_delay = 1.2 * (time.monotonic() - t0)
            refill(work, mount, n_files, size, 0)
        for i in range(runs):
            if not any(p.is_file() for p in Path(mount).rglob("*")):
                refill(work, mount, n_files, size, i + 1)
            proc = subprocess.Popen(child(work, mount), stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
            time.sleep(rng.uniform(0.0, max_delay))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
            proc.wait()
            problems = check(work, mount)
            if problems:
                print(f"run {i}: FAIL {problems}")
                return 1
        final = subprocess.run(child(work, mount), capture_output=True, text=True)
        problems = check(work, mount, final=True)
        remaining = [p for p in Path(mount).rglob("*") if p.is_file()]
        ok = final.returncode == 0 and not problems and not remaining
        print(json.dumps({"runs": runs, "killed": kills, "final": final.stdout.strip(),
                          "problems": problems, "left_on_card": len(remaining), "ok": ok}))
        return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--size", type=int, default=2 << 20)
    ap.add_argument("--max-delay", type=float, default=0.0,
                    help="seconds; 0 = measure one full run and use 1.2x that")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    return run(a.runs, a.files, a.size, a.max_delay, a.seed)


if __name__ == "__main__":
    raise SystemExit(main())
