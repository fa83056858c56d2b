"""The tamper matrix (issue 12 item 8): build the worked-day vault of the standing tamper
suite once, inject every case on a fresh copy, and print which detector saw it — plain
``verify``, ``verify --checkpoint`` (the signed code taken after the last honest entry) and
a printed page's code + QR — with the false alarms on untampered copies and any traceback.

    .venv/bin/python bench/tamper_matrix.py [--controls 3] [--markdown]

``--markdown`` prints the table as kept in docs/RELIABILITY.md. Not a test (the same cases
are asserted by tests/model/test_tamper_suite.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DALEL_LANG", "en")

from tests.model.tamper_cases import CASES, DETECTORS, build, run_case


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--controls", type=int, default=3, help="untampered copies checked")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="dalel-tamper-") as tmp:
        work = Path(tmp)
        base = build(work / "base")
        outcomes = [run_case(base, None, work) for _ in range(args.controls)]
        outcomes += [run_case(base, case, work) for case in CASES]
    must = {c.name: c.must for c in CASES}
    tampered = outcomes[args.controls:]
    controls = outcomes[:args.controls]
    mark = {True: "yes", False: "-"}
    head = ["group", "injected", *DETECTORS, "required", "met"]
    rows = []
    met = 0
    for o in tampered:
        ok = o.traceback is None and all(o.detected.get(d) for d in must[o.case]) and (
            any(o.detected.values()) or not must[o.case])
        met += ok
        rows.append([o.group, o.case, *(mark[bool(o.detected.get(d))] for d in DETECTORS),
                     "+".join(must[o.case]) or "(none: backup copy opens)",
                     "ok" if ok else ("TRACEBACK" if o.traceback else "MISSED")])
    false_alarms = sum(any(o.detected.values()) for o in controls)
    tracebacks = sum(o.traceback is not None for o in outcomes)
    caught = {d: sum(bool(o.detected.get(d)) for o in tampered) for d in DETECTORS}
    any_caught = sum(any(o.detected.values()) for o in tampered)
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
        for r in [head, *rows]:
            print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    print()
    print(f"injected: {len(tampered)}; detected by some detector: {any_caught}; "
          f"by verify: {caught['verify']}, by verify --checkpoint: {caught['checkpoint']}, "
          f"by the page code: {caught['page']}; requirement met: {met}/{len(tampered)}")
    print(f"false alarms on {len(controls)} untampered copies: {false_alarms}; "
          f"tracebacks: {tracebacks}")
    print(f"run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC in {time.monotonic() - started:.0f} s")
    for o in outcomes:
        if o.traceback:
            print(f"TRACEBACK in {o.case}: {o.traceback}")
    return 0 if met == len(tampered) and not false_alarms and not tracebacks else 1


if __name__ == "__main__":
    sys.exit(main())
