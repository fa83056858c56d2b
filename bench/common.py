"""What the benchmarks share: their command line of sizes, and a stopwatch."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any


def sizes(**defaults: int) -> argparse.ArgumentParser:
    """A bench's command line: ``--<name>`` (``_`` written ``-``) an integer for each of
    ``defaults``, in their order, defaulting to its value. Other options are added to the
    parser returned, before ``parse_args()``."""
    ap = argparse.ArgumentParser()
    for name, default in defaults.items():
        ap.add_argument(f"--{name.replace('_', '-')}", type=int, default=default)
    return ap


def timed(fn: Callable[[], Any]) -> float:
    """Seconds ``fn()`` took."""
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0
