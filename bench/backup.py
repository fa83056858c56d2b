"""Backup throughput against ``cp -r`` of the vault folder, in the same run (issue 14).

    .venv/bin/python bench/backup.py                      # ~200 MB of footage, 3 rounds
    .venv/bin/python bench/backup.py --mib 64 --rounds 1
    .venv/bin/python bench/backup.py --mib 48 --kill 30   # kill -9 at random points

One vault (``bench.dock.make_vault``) holds ``--mib`` of footage from one download: 3/4 of
it as 4 MiB recordings, 1/4 as 512 KiB photos (random bytes, so nothing compresses),
stored through the vault's own blob writer with index rows and the journal's digest.

Each round times, back to back and alternating the order (a VM disk's speed drifts within
minutes): ``cp -r VAULT D1 && sync -f D1`` (durable at the end, one syncfs); a copy of the
same files that makes each one durable as the backup does (copy, fsync, rename, fsync the
folder; no hashing, no read-back); and ``backup(session, D3)`` into an empty folder, which
also hashes every file and reads every copy back from the drive. MB/s is the vault
folder's bytes over the wall time; ratios are taken within the round, the median printed.
Then, once: a second backup with nothing new (the incremental path), ``restore`` of the
backup into an empty folder, and the full verify of the restored vault (every blob
decrypted and rehashed).

``--kill N``: N backups of the vault, each in a child process killed with SIGKILL at a
random moment within the time a whole backup takes, one after the other into the same
folder; after each, the folder must still hold a consistent backup (the index there names
only blobs that are there, and each is as blobs.list recorded). Then one backup runs to the
end and the folder is restored and verified: every recording must match its SHA-256.
A benchmark printing figures, not a timed test.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.model import vault  # noqa: E402
from app.model.backup import BLOB_LIST, backup, folder_name  # noqa: E402
from app.model.footage import FootagePart, NewFootage  # noqa: E402
from app.model.restore import restore  # noqa: E402
from app.model.safecopy import BlobList, sha256_of  # noqa: E402
from bench.common import sizes, timed  # noqa: E402
from bench.dock import make_vault  # noqa: E402

MIB = 1 << 20
PASSWORD = "officer-pw"     # bench.dock.make_vault's


def stock(s: Any, mib: int) -> int:
    """Footage into the vault: one download of big recordings and photos. Returns count."""
    cam = s.registers.find_device("BK-000", "camera")
    period = s.custody.last_for_camera(cam.id)
    sizes = [4 * MIB] * (mib * 3 // 4 // 4) + [MIB // 2] * (mib // 4 * 2)
    items = []
    for i, size in enumerate(sizes):
        blob_id, sha, n = s.blobs.put_bytes(os.urandom(size))
        name = f"DCIM/{i:05d}.{'MP4' if size > MIB else 'JPG'}"
        items.append(NewFootage(sha, n, name, [FootagePart(1, blob_id, name, n, sha)],
                                camera_id=cam.id, card_id=period.card_id,
                                inspector_id=period.inspector_id, custody_id=period.id,
                                media="video" if size > MIB else "photo"))
    with s.db.write() as con:
        s.footage.download_in(con, period.id, cam.id, {"files": len(items)}, items)
    return len(items)


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def cp_sync(src: Path, dst: Path) -> None:
    subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    subprocess.run(["sync", "-f", str(dst)], check=True)


def copy_fsync_each(src: Path, dst: Path) -> None:
    """The durability the backup gives each file, without hashing or reading back: copy,
    fsync the file, rename, fsync its folder — one file after another."""
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        target = dst / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        shutil.copyfile(path, tmp)
        fd = os.open(tmp, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
        os.replace(tmp, target)
        fd = os.open(target.parent, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)


def rounds(s: Any, work: Path, n: int) -> None:
    size = folder_bytes(s.path)
    print(f"vault folder: {size / 1e6:.1f} MB ({s.footage.count()} recordings)")
    ratios, each = [], []
    for r in range(n):
        for d in ("cp", "each", "bk"):
            shutil.rmtree(work / d, ignore_errors=True)
        (work / "bk").mkdir()
        os.sync()
        order = ("cp", "each", "bk") if r % 2 == 0 else ("bk", "each", "cp")
        times = {}
        for what in order:
            times[what] = (timed(lambda: cp_sync(s.path, work / "cp")) if what == "cp"
                           else timed(lambda: copy_fsync_each(s.path, work / "each"))
                           if what == "each" else timed(lambda: backup(s, work / "bk")))
            os.sync()
        rate = {k: size / t / 1e6 for k, t in times.items()}
        ratios.append(rate["bk"] / rate["cp"])
        each.append(rate["bk"] / rate["each"])
        print(f"round {r + 1}: cp -r + sync {rate['cp']:7.1f} MB/s   copy + fsync each file "
              f"{rate['each']:7.1f} MB/s   backup {rate['bk']:7.1f} MB/s   backup/cp = "
              f"{ratios[-1]:.2f}   backup/fsync-each = {each[-1]:.2f}")
    print(f"backup: median backup/cp = {statistics.median(ratios):.2f}, backup/fsync-each = "
          f"{statistics.median(each):.2f} over {n} round(s)")
    t = timed(lambda: backup(s, work / "bk"))
    print(f"second backup, nothing new: {t * 1000:.0f} ms")


def restore_and_verify(work: Path, clock: Any) -> None:
    target = work / "restored"
    shutil.rmtree(target, ignore_errors=True)
    t0 = time.perf_counter()
    marks: list[float] = []
    result, check = restore(work / "bk", target, "officer", PASSWORD, clock,
                            check_progress=lambda _d, _t: marks or marks.append(
                                time.perf_counter()))
    t_end = time.perf_counter()
    t_restore = (marks[0] if marks else t_end) - t0   # the copy, until the check began
    t_verify = t_end - (marks[0] if marks else t0)
    print(f"restore: {result.bytes / t_restore / 1e6:.1f} MB/s ({result.files} files); "
          f"verify of the restored vault: {check.report.bytes_checked / t_verify / 1e6:.1f} "
          f"MB/s; {check.intact} of {check.recordings} recordings match their SHA-256; "
          f"ok={check.report.ok}")


def consistent(s: Any, folder: Path) -> str | None:
    """None when the backup folder's index names only blobs that are there as listed."""
    if not (folder / "index.db").exists():
        return None                      # no backup completed yet: nothing to hold
    from app.model.crypto import LABEL_INDEX, hkdf
    from app.model.db import Database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "index.db"
        shutil.copyfile(folder / "index.db", copy)
        db = Database(copy, hkdf(s.master_key, LABEL_INDEX))
        ids = [r[0] for r in db.query("SELECT id FROM blobs")]
        db.con.close()
    listed = BlobList(folder / BLOB_LIST).known
    for blob_id in ids:
        name = s.blobs.path(blob_id).name
        path = folder / "blobs" / name[:2] / name
        if not path.exists():
            return f"index names {name}, which is not in the backup"
        if name in listed and listed[name][1] != sha256_of(path)[0]:
            return f"{name} differs from blobs.list"
    return None


def kill_runs(s: Any, work: Path, n: int, full_s: float, mib: int) -> None:
    dest = work / "bk"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir()
    folder = dest / folder_name(s.vault_id)
    problems = killed = temp_left = 0
    for i in range(n):
        stock(s, max(4, mib // 4))       # something new for each run to copy
        child = subprocess.Popen([sys.executable, __file__, "--child", str(s.path), str(dest)],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert child.stdout is not None
        child.stdout.readline()          # unlocked, the backup starts: kill within its time
        time.sleep(random.uniform(0, full_s))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            killed += 1
        child.wait()
        if (folder / "tmp").is_dir():
            temp_left += len(list((folder / "tmp").iterdir()))
        why = consistent(s, folder)
        if why:
            problems += 1
            print(f"run {i + 1}: {why}")
    result = backup(s, dest)
    print(f"kill: {n} runs, {killed} killed at random, {temp_left} temp files left behind "
          f"in all (each removed by the next run); {problems} inconsistent backups; the last "
          f"run copied {result.copied}, skipped {result.skipped}")


def child(vault_path: str, dest: str) -> None:
    s = vault.unlock(Path(vault_path), "officer", PASSWORD)
    print("go", flush=True)
    backup(s, Path(dest))
    s.lock()


def main() -> None:
    ap = sizes(mib=200, rounds=3, kill=0)
    ap.add_argument("--child", nargs=2)
    ap.add_argument("--work", default=None, help="folder for the vault and the copies")
    a = ap.parse_args()
    if a.child:
        child(*a.child)
        return
    work = Path(tempfile.mkdtemp(prefix="dalel-bench-backup-", dir=a.work))
    try:
        s = make_vault(work / "vault", 1)
        print(f"stored {stock(s, a.mib)} recordings")
        if a.kill:
            full = timed(lambda: backup(s, _fresh(work / "probe")))
            kill_runs(s, work, a.kill, full, a.mib)
            restore_and_verify(work, s.clock)
        else:
            rounds(s, work, a.rounds)
            restore_and_verify(work, s.clock)
        s.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir()
    return path


if __name__ == "__main__":
    main()
