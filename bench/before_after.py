"""Before and after a change, in the same run: ``bench/ingest.py`` and ``bench/core.py`` of two
checkouts, run in turns (A B B A A B ...) on the same disk, so that a virtual disk's drift
falls on both alike. Issue 16 asks that the house's reordering costs no speed: the ingest
and core figures stay within 5 %.

    git worktree add --detach /tmp/before 9f8f4b2     # main before the house (issue 16)
    .venv/bin/python bench/before_after.py --before /tmp/before --rounds 3

Each checkout's own benchmark prints its figures against its own baseline (``cp``+sync and
the disk's verifying-copy floor for the ingest; plain SQLite and the bare KDF for the core);
this script reads those lines, takes the median of the rounds per checkout and prints
after/before. Not a timed test.
"""

from __future__ import annotations

import argparse
import ast
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

# (name, pattern over bench/core.py's text); the figure is the first group.
CORE_FIGURES = (
    ("unlock/KDF", r"ratio unlock/KDF = ([\d.]+)"),
    ("journal entries/s", r"custody actions: (\d+) journal entries/s"),
    ("plain SQLite transactions/s", r"baseline plain SQLite single-row transactions: (\d+)/s"),
    ("journal/plain SQLite", r"baseline plain SQLite .*; ratio = ([\d.]+)"),
    ("look-up median ms", r"search by inspector .*: median ([\d.]+) ms"),
)


def run(checkout: Path, args: list[str]) -> str:
    """One benchmark run with the checkout's own code (its folder first on sys.path)."""
    out = subprocess.run([sys.executable, *args], cwd=checkout, capture_output=True,
                         text=True, check=True)
    return out.stdout


def ingest_figures(text: str) -> dict[str, float]:
    figures: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("{'set'"):
            row = ast.literal_eval(line)
            figures[f"ingest {row['set']} MB/s"] = float(row["ingest_MBps"])
            figures[f"ingest {row['set']} / disk bound"] = float(
                row["ingest/disk bound (median)"])
            figures[f"ingest {row['set']} / cp+sync"] = float(
                row["ingest/cp+sync (median of rounds)"])
    return figures


def core_figures(text: str) -> dict[str, float]:
    figures = {}
    for name, pattern in CORE_FIGURES:
        found = re.search(pattern, text)
        if found:
            figures[name] = float(found.group(1))
    return figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", type=Path, required=True, help="the checkout before")
    ap.add_argument("--after", type=Path, default=HERE, help="the checkout after (this one)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--total-mib", type=int, default=512)
    ap.add_argument("--photos", type=int, default=300)
    ap.add_argument("--records", type=int, default=200_000)
    a = ap.parse_args()
    benches = (
        (["bench/ingest.py", "--total-mib", str(a.total_mib), "--photos", str(a.photos),
          "--rounds", "1"], ingest_figures),
        (["bench/core.py", "--records", str(a.records), "--appends", "300"], core_figures),
    )
    seen: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
    for r in range(a.rounds):
        order = [("before", a.before), ("after", a.after)]
        if r % 2:
            order.reverse()
        for label, checkout in order:
            for args, read in benches:
                for name, value in read(run(checkout, args)).items():
                    seen[label].setdefault(name, []).append(value)
        print(f"round {r + 1} of {a.rounds} done", file=sys.stderr)
    print(f"{'figure':32} {'before':>10} {'after':>10} {'after/before':>13}")
    for name, values in seen["after"].items():
        before = statistics.median(seen["before"].get(name, [float("nan")]))
        after = statistics.median(values)
        print(f"{name:32} {before:10.2f} {after:10.2f} {after / before:13.2f}")


if __name__ == "__main__":
    main()
