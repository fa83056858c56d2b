"""Longest event-loop stall of the window while several docked cameras download at once.

A 5 ms QTimer ticks on the GUI thread; the largest gap between ticks, minus the interval,
is the longest time the window could not react. It is measured twice on the same open
window: first with nothing running (the baseline, as long as the download will take, at
most 20 s), then while the cameras download; the ratio says what the downloads cost the
window. Target: under 100 ms (R20 with the window responsive; issue 11 asks under 50 ms
with 8 cameras: ``bench/dock.py``). Default 4 cameras x 4 files x 128 MiB = 2 GiB; the
downloads' byte work runs in the copying process (app/ingest/copier.py), as the window
ships. Run::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_stall.py [cameras] [files] [MiB]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from app.clock import from_iso
from app.devices.simulated import SimulatedDock
from app.ui.main_window import MainWindow
from bench.dock import make_vault
from bench.window import DeferredDock, Ticks


def main() -> None:
    cams, files, mib = (int(a) for a in (sys.argv[1:] + ["4", "4", "128"][len(sys.argv[1:]):]))
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    s = make_vault(tmp / "v", cams)      # cameras out at 09:00 and back 8 hours later
    clock = s.clock
    dock = SimulatedDock(tmp / "dock", clock=clock)
    deferred = DeferredDock(dock)
    win = MainWindow(tmp / "v", clock=clock, lang="en", dock_factory=deferred)
    win.open_session(s)
    win.show()
    for n in range(cams):
        start = from_iso(s.custody.last_for_camera(s.registers.find_device(f"BK-{n:03d}").id)
                         .issued_at) + timedelta(minutes=5)
        dock.add_camera(f"SN-{n}", n_files=files, size=mib << 20, start=start,
                        duration_s=600, big=True)
    gaps: list[float] = []
    ticks = Ticks(lambda gap_ms, _at_s: gaps.append(gap_ms))
    # Baseline: the same window, its timers, nothing downloading.
    ticks.idle(min(20.0, max(5.0, cams * files * mib / 200)))
    base_gaps, gaps = gaps, []
    base = max(base_gaps) - Ticks.INTERVAL_MS if base_gaps else 0.0
    t0 = time.perf_counter()
    ticks.start()
    done, _came = deferred.download(cams, 600)
    took = time.perf_counter() - t0
    ticks.stop()
    ok = all(getattr(r, "complete", False) for r in done)
    stall = max(gaps) - Ticks.INTERVAL_MS if gaps else 0.0
    total = cams * files * mib
    print(f"{cams} cameras x {files} files x {mib} MiB = {total} MiB in {took:.1f} s "
          f"({total / took:.0f} MiB/s), all complete: {ok}")
    print(f"longest event-loop stall: {stall:.1f} ms (target < 100 ms); "
          f"ticks: {len(gaps)}, p99 gap: {sorted(gaps)[int(len(gaps) * 0.99)]:.1f} ms")
    print(f"baseline (nothing running, {len(base_gaps)} ticks): longest stall {base:.1f} ms, "
          f"p99 gap {sorted(base_gaps)[int(len(base_gaps) * 0.99)]:.1f} ms; "
          f"ratio during download / baseline: {stall / max(base, 0.1):.1f}x")
    t1 = time.perf_counter()
    win.ctx.bus.changed.emit()
    print(f"one refresh of every screen (bus.changed): {(time.perf_counter() - t1) * 1000:.1f} ms")
    win.lock()
    app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    os._exit(0)


if __name__ == "__main__":
    main()
