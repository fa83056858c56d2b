"""A few runs of the kill harness (bench/ingest_kill.py runs hundreds)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


@pytest.mark.slow
def test_sigkill_during_ingest_loses_nothing():
    path = Path(__file__).resolve().parents[2] / "bench" / "ingest_kill.py"
    spec = importlib.util.spec_from_file_location("ingest_kill", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.run(runs=4, n_files=4, size=512 * 1024, max_delay=0.0, seed=7) == 0
