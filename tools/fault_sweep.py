"""The full fault sweep (issue 13): every operation of ``tests/faults/sweep.py`` with the
N-th disk call failing, for every N the operation reaches, EIO and ENOSPC, once and from N
on. Prints the counts per operation and kind and every failure; exit 1 if any.

    .venv/bin/python tools/fault_sweep.py                 # everything (a few minutes)
    .venv/bin/python tools/fault_sweep.py --ops ingest,print --every 3
    .venv/bin/python tools/fault_sweep.py --markdown      # the table for docs/RELIABILITY.md
    .venv/bin/python tools/fault_sweep.py --real-disk     # root: a real tmpfs filled up

``--real-disk`` needs root (or a user namespace): in a private mount namespace it mounts a
small tmpfs, puts each run's vault and card on it, and before the operation fills it to
leave 0, 16, 32, ... KiB free — SQLite's own writes (WAL, -shm, checkpoint) then meet a
real full disk, which the Python-level injection cannot reach.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DALEL_LANG", "en")

from tests.faults.inject import Plan
from tests.faults.sweep import KINDS, OPERATIONS, Base, Outcome, Run, fast_kdf, run_once, sweep

IN_NAMESPACE = "DALEL_FAULT_SWEEP_NS"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ops", default=",".join(OPERATIONS))
    ap.add_argument("--every", type=int, default=1, help="sweep every k-th N (1: all)")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--real-disk", action="store_true", help="fill a real tmpfs instead")
    ap.add_argument("--max-free-kib", type=int, default=768)
    ap.add_argument("--step-kib", type=int, default=16)
    args = ap.parse_args()
    if args.real_disk:
        return real_disk(args)
    logging.disable(logging.CRITICAL)   # the program's own log lines are not the finding
    results: list[Outcome] = []
    counts: dict[str, dict[str, int]] = {}
    started = time.monotonic()
    with fast_kdf(), tempfile.TemporaryDirectory(prefix="dalel-faults-") as tmp:
        base = Base(Path(tmp))
        for op in args.ops.split(","):
            seen: dict[str, int] = {}

            def ns(total: int, seen: dict[str, int] = seen) -> list[int]:
                seen[str(len(seen))] = total
                return list(range(1, total + 1, args.every))

            def show(o: Outcome) -> None:
                mark = "ok  " if o.ok else "FAIL"
                print(f"{mark} {o.op:7} {o.kind:6} {'from' if o.persistent else 'once':4} "
                      f"N={o.n:<4} {o.message or '-'}"[:160], flush=True)
                if o.fired and o.message is None:
                    print(f"       (absorbed: {', '.join(o.fired[:3])})", flush=True)
                for p in o.problems:
                    print("       " + p.replace("\n", "\n       "), flush=True)

            results += sweep(base, op, KINDS, ns, show)
            counts[op] = {"EIO": seen.get("0", 0), "ENOSPC": seen.get("2", 0)}
    elapsed = time.monotonic() - started
    summary(results, counts, elapsed, args.markdown)
    return 0 if all(o.ok for o in results) else 1


def real_disk(args: argparse.Namespace) -> int:
    if not os.environ.get(IN_NAMESPACE):    # a private mount namespace, gone at exit
        env = dict(os.environ, **{IN_NAMESPACE: "1"})
        return subprocess.call(["unshare", "-m", sys.executable, *sys.argv], env=env)
    logging.disable(logging.CRITICAL)
    results: list[Outcome] = []
    started = time.monotonic()
    levels = list(range(0, args.max_free_kib + 1, args.step_kib))
    with fast_kdf(), tempfile.TemporaryDirectory(prefix="dalel-faults-") as tmp:
        base = Base(Path(tmp) / "base")
        disk = Path(tmp) / "disk"
        disk.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(disk)],
                       check=True)
        try:
            for op in args.ops.split(","):
                for free in levels:
                    o = run_once(base, op, Plan(), f"{op}-{free}", disk,
                                 lambda run, free=free: _fill(run, free * 1024))
                    o.kind, o.n, o.persistent = "full", free, True
                    mark = "ok  " if o.ok else "FAIL"
                    print(f"{mark} {op:7} free {free:4} KiB  {o.message or '-'}"[:160],
                          flush=True)
                    for p in o.problems:
                        print("       " + p.replace("\n", "\n       "), flush=True)
                    results.append(o)
        finally:
            held = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
                    if _points_into(f"/proc/self/fd/{fd}", disk)]
            if held:
                print(f"descriptors left open on the disk: {held}")
            subprocess.run(["umount", "--lazy", str(disk)], check=False)
    elapsed = time.monotonic() - started
    total, failed = len(results), sum(not o.ok for o in results)
    told = sum(o.message is not None for o in results)
    print(f"\nreal full disk: {len(args.ops.split(','))} operations x {len(levels)} free "
          f"levels (0-{args.max_free_kib} KiB); runs: {total}; error told: {told}; "
          f"passed: {total - failed}; failed: {failed}; {elapsed:.0f} s")
    return 0 if not failed else 1


def _points_into(link: str, folder: Path) -> bool:
    try:
        return os.readlink(link).startswith(str(folder))
    except OSError:
        return False


def _fill(run: Run, leave: int) -> Callable[[], None]:
    """Fill the file system of ``run`` until ``leave`` bytes are free; returns the undo."""
    filler = run.work / "filler"
    chunk = b"\0" * (64 << 10)
    with open(filler, "wb", buffering=0) as fh:
        while True:
            room = shutil.disk_usage(run.work).free - leave
            if room <= 0:
                break
            try:
                fh.write(chunk[:min(len(chunk), room)])
            except OSError:
                break
    return lambda: filler.unlink(missing_ok=True)


def summary(results: list[Outcome], counts: dict[str, dict[str, int]], elapsed: float,
            markdown: bool) -> None:
    runs: Counter[tuple[str, str]] = Counter()
    bad: Counter[tuple[str, str]] = Counter()
    told: Counter[tuple[str, str]] = Counter()
    for o in results:
        key = (o.op, f"{o.kind} {'persistent' if o.persistent else 'transient'}")
        runs[key] += 1
        bad[key] += not o.ok
        told[key] += o.message is not None
    print()
    if markdown:
        print("| operation | calls (EIO / ENOSPC) | fault | runs | error told | passed | failed |")
        print("|---|---|---|---|---|---|---|")
    for (op, kind), n in sorted(runs.items(), key=lambda kv: (OPERATIONS.index(kv[0][0]),
                                                             kv[0][1])):
        c = counts.get(op, {})
        calls = f"{c.get('EIO', 0)} / {c.get('ENOSPC', 0)}"
        ok = n - bad[(op, kind)]
        if markdown:
            print(f"| {op} | {calls} | {kind} | {n} | {told[(op, kind)]} | {ok} | "
                  f"{bad[(op, kind)]} |")
        else:
            print(f"{op:7} calls {calls:9} {kind:18} runs {n:4} told {told[(op, kind)]:4} "
                  f"passed {ok:4} failed {bad[(op, kind)]}")
    total = len(results)
    failed = sum(not o.ok for o in results)
    print(f"\nruns: {total}; passed: {total - failed}; failed: {failed}; "
          f"{elapsed:.0f} s")


if __name__ == "__main__":
    raise SystemExit(main())
