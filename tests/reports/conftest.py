"""A month in an office: two inspectors, one late return, one late download, a gap, a note,
a category change and a release, on the fake clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.devices.simulated import SimulatedDock
from app.i18n import set_language
from app.ingest.job import IngestJob
from tests.ingest.helpers import volume


@pytest.fixture(autouse=True)
def _english():
    set_language("en")


@pytest.fixture
def month(stocked, clock, tmp_path: Path, ok_checklist):
    """November 2026: IN-1 out Mon 23rd 09:00–13:00 with a 30-minute hole (R13), downloaded
    at once; IN-2 out Mon 23rd 09:00 and back Tue 24th 10:00 (late, R17), downloaded on
    Thu 26th (late, R8)."""
    s = stocked
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    t0 = clock.now()
    p1 = s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S1")
    p2 = s.custody.issue("IN-2", "BK-002", ok_checklist, card="MC-002", seal="S2")
    clock.advance(timedelta(hours=4))
    s.custody.return_camera("BK-001")
    clock.advance(timedelta(minutes=5))
    # 09:00–10:00, then 10:30–13:00 in five 30-minute files: 10:00–10:30 is not recorded.
    cam = dock.add_camera("SN-1", 1, 4096, duration_s=3600, start=t0)
    IngestJob.from_volume(s, volume(cam), backend=dock.backend).run()
    more = dock.add_camera("SN-1b", 5, 4096, duration_s=1800,
                           start=t0 + timedelta(minutes=90))
    IngestJob.from_volume(s, volume(more), backend=dock.backend, camera="BK-001").run()
    clock.advance(timedelta(hours=20, minutes=55))      # Tue 10:00
    s.custody.return_camera("BK-002")
    clock.advance(timedelta(days=2))                     # Thu 10:00
    cam2 = dock.add_camera("SN-2", 2, 4096, duration_s=900, start=t0)
    IngestJob.from_volume(s, volume(cam2), backend=dock.backend).run()
    return {"s": s, "p1": p1, "p2": p2}
