"""The full fault sweep (issue 13): every operation of ``tests/faults/sweep.py`` with the
N-th disk call failing, for every N the operation reaches, EIO and ENOSPC, once and from N
on. Prints the counts per operation and kind and every failure; exit 1 if any.

    .venv/bin/python tools/fault_sweep.py                 # everything (a few minutes)
    .venv/bin/python tools/fault_sweep.py --ops ingest,print --every 3
    .venv/bin/python tools/fault_sweep.py --markdown      # the table for docs/RELIABILITY.md
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DALEL_LANG", "en")

from tests.faults.sweep import KINDS, OPERATIONS, Base, Outcome, fast_kdf, sweep


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ops", default=",".join(OPERATIONS))
    ap.add_argument("--every", type=int, default=1, help="sweep every k-th N (1: all)")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
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
