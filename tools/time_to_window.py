"""Time from ``bash installer/run.sh`` to the window's first paint, N starts in a row.

    xvfb-run -a python tools/time_to_window.py [--runs 5] [-- args for run.sh]

The first start may install (setup stamp) or create the demo vault; it is shown but left out
of min/median/max, which are the second and later starts. The program prints a line at its
first paint when DALEL_TIME_TO_WINDOW is set (app/gui_main.py); this tool then ends it.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_start(extra: list[str], timeout: float) -> float:
    env = dict(os.environ, DALEL_TIME_TO_WINDOW="1")
    start = time.monotonic()
    proc = subprocess.Popen(["bash", str(ROOT / "installer" / "run.sh"), *extra], env=env,
                            stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if "dalel: window painted" in line:
                return time.monotonic() - start
            if time.monotonic() - start > timeout:
                break
        raise SystemExit(f"no window within {timeout:.0f} s (exit {proc.poll()})")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("extra", nargs="*")
    args = parser.parse_args()
    first = one_start(args.extra, args.timeout)
    print(f"first start: {first:.2f} s")
    times = [one_start(args.extra, args.timeout) for _ in range(args.runs)]
    for t in times:
        print(f"  {t:.2f} s")
    print(f"later starts ({len(times)}): min {min(times):.2f} s, "
          f"median {statistics.median(times):.2f} s, max {max(times):.2f} s")


if __name__ == "__main__":
    main()
