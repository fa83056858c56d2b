"""Fixtures for ingest: a stocked vault, a simulated dock on the same fake clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.devices.profiles import load_profiles
from app.devices.simulated import SimulatedDock
from app.i18n import set_language
from app.model.custody import Checklist


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English; other suites may leave another language set."""
    set_language("en")


@pytest.fixture
def dock(tmp_path: Path, clock) -> SimulatedDock:
    return SimulatedDock(tmp_path / "dock", clock=clock)


@pytest.fixture
def profiles():
    return load_profiles(include_user=False)


@pytest.fixture
def out_and_back(stocked, clock, dock):
    """BK-001 (serial SN-1) issued to IN-1 at 09:00, out 4 hours, returned; returns a
    function that docks it with footage recorded during the period."""
    s = stocked
    s.custody.issue("IN-1", "BK-001", Checklist.all_ok(90), card="MC-001", seal="S-1")
    clock.advance(timedelta(hours=4))
    s.custody.return_camera("BK-001")
    clock.advance(timedelta(minutes=5))

    def dock_it(n_files: int = 3, size: int = 64 * 1024, **kw):
        kw.setdefault("duration_s", 600.0)
        kw.setdefault("start", clock.now() - timedelta(hours=3))
        return dock.add_camera("SN-1", n_files, size, **kw)

    return dock_it
