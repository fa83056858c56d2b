"""The long fuzz run (issue 13, item 7): the whole ``tests/fuzz`` suite with the "long"
Hypothesis profile, every input counted and timed.

    .venv/bin/python tools/fuzz_long.py [--examples N] [--hang-seconds 10] [--json FILE]
                                        [pytest arguments, e.g. -k cli]

``--examples`` is the profile's examples per test (``$DALEL_FUZZ_EXAMPLES``; a test may
take a share of it, see tests/fuzz/conftest.py). Each input a test is called with is
counted (generation, shrinking and replay alike) and timed; one that runs longer than
``--hang-seconds`` is a hang (noted while it still runs, so a true hang is seen; after
``--abort-seconds`` the run stops with its summary). A crash is a fuzz test that found a
failing input (Hypothesis prints the smallest one it found). The summary: inputs tried,
crashes, hangs, the date and the command, per test as well; ``--json`` writes it to a file.
Exit 0 only with no crash and no hang.
"""

from __future__ import annotations

import argparse
import faulthandler
import functools
import json
import os
import shlex
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


class Census:
    """A pytest plugin: wraps each Hypothesis test's inner function (the documented
    ``test.hypothesis.inner_test`` hook) to count and time every input."""

    def __init__(self, hang_seconds: float, abort_seconds: float) -> None:
        self.hang_seconds = hang_seconds
        self.abort_seconds = abort_seconds
        self.inputs: dict[str, int] = {}
        self.slowest: dict[str, float] = {}
        self.hangs: list[dict[str, Any]] = []
        self.crashes: list[str] = []
        self.running: tuple[str, float, str] | None = None
        self.flagged: dict[str, Any] | None = None   # the hang noted while it still ran
        self.lock = threading.Lock()
        self.started = time.monotonic()

    # -- pytest hooks --------------------------------------------------------------------
    def pytest_collection_modifyitems(self, items: list[Any]) -> None:
        for item in items:
            handle = getattr(getattr(item, "obj", None), "hypothesis", None)
            if handle is not None:
                handle.inner_test = self._counted(item.nodeid, handle.inner_test)
                self.inputs.setdefault(item.nodeid, 0)

    def pytest_runtest_logreport(self, report: Any) -> None:
        if report.failed and report.nodeid not in self.crashes:
            self.crashes.append(report.nodeid)

    # -- counting ------------------------------------------------------------------------
    def _counted(self, nodeid: str, inner: Any) -> Any:
        @functools.wraps(inner)
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.monotonic()
            with self.lock:
                self.running = (nodeid, start, _short(kwargs))
                self.flagged = None
            try:
                return inner(*args, **kwargs)
            finally:
                took = time.monotonic() - start
                with self.lock:
                    self.running = None
                    self.inputs[nodeid] = self.inputs.get(nodeid, 0) + 1
                    self.slowest[nodeid] = max(self.slowest.get(nodeid, 0.0), took)
                    if self.flagged is not None:
                        self.flagged["seconds"] = round(took, 1)
                    elif took > self.hang_seconds:
                        self.hangs.append({"test": nodeid, "seconds": round(took, 1),
                                           "input": _short(kwargs)})
        return run

    def watch(self, stop: threading.Event, summary: Any) -> None:
        """Flag an input still running past the hang limit; stop the run past the abort
        limit (a true hang would otherwise never end)."""
        while not stop.wait(1.0):
            with self.lock:
                if self.running is None:
                    continue
                nodeid, start, shown = self.running
                took = time.monotonic() - start
                if took > self.hang_seconds and self.flagged is None:
                    self.flagged = {"test": nodeid, "seconds": f"still running at {took:.0f}",
                                    "input": shown}
                    self.hangs.append(self.flagged)
                    print(f"\nHANG? {nodeid} running {took:.0f} s on {shown}",
                          file=sys.stderr, flush=True)
                    faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
            if took > self.abort_seconds:
                summary(aborted=True)
                os._exit(3)


def _short(kwargs: dict[str, Any]) -> str:
    text = repr(kwargs)
    return text if len(text) <= 300 else text[:300] + "…"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000,
                        help="examples per test in the long profile (default 10000)")
    parser.add_argument("--hang-seconds", type=float, default=10.0)
    parser.add_argument("--abort-seconds", type=float, default=600.0)
    parser.add_argument("--json", type=Path, help="write the summary here too")
    args, pytest_args = parser.parse_known_args()

    os.environ["DALEL_FUZZ_PROFILE"] = "long"
    os.environ["DALEL_FUZZ_EXAMPLES"] = str(args.examples)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    import pytest

    census = Census(args.hang_seconds, args.abort_seconds)
    command = "python tools/fuzz_long.py " + " ".join(
        shlex.quote(a) for a in sys.argv[1:])
    began = datetime.now(UTC)

    def summary(aborted: bool = False) -> dict[str, Any]:
        with census.lock:
            data = {
                "date": began.strftime("%Y-%m-%d %H:%M UTC"),
                "command": command.strip(),
                "examples_per_test": args.examples,
                "inputs": sum(census.inputs.values()),
                "crashes": len(census.crashes),
                "hangs": len(census.hangs),
                "hang_seconds": args.hang_seconds,
                "minutes": round((time.monotonic() - census.started) / 60, 1),
                "aborted": aborted,
                "per_test": {k: {"inputs": n, "slowest_s": round(census.slowest.get(k, 0), 2)}
                             for k, n in census.inputs.items() if n},
                "crashed_tests": census.crashes,
                "hang_inputs": census.hangs,
            }
        lines = [
            "", "== fuzz summary ==",
            f"date: {data['date']}", f"command: {data['command']}",
            f"inputs tried: {data['inputs']:,} ({args.examples:,} examples per test "
            f"before shares; {data['minutes']} min)",
            f"crashes: {data['crashes']}", f"hangs (> {args.hang_seconds:g} s): {data['hangs']}",
        ]
        lines += [f"  {k}: {v['inputs']:,} inputs, slowest {v['slowest_s']} s"
                  for k, v in data["per_test"].items()]
        lines += [f"  CRASH {k}" for k in census.crashes]
        lines += [f"  HANG {h['test']} {h['seconds']} s: {h['input']}" for h in census.hangs]
        if aborted:
            lines.append("  (aborted: an input ran past --abort-seconds)")
        print("\n".join(lines), flush=True)
        if args.json:
            args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False), "utf-8")
        return data

    stop = threading.Event()
    watcher = threading.Thread(target=census.watch, args=(stop, summary), daemon=True)
    watcher.start()
    code = pytest.main(["-q", "-p", "no:cacheprovider", "tests/fuzz", *pytest_args],
                       plugins=[census])
    stop.set()
    data = summary()
    return 0 if code == 0 and not data["crashes"] and not data["hangs"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
