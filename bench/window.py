"""What the window benchmarks (bench/dock.py, bench/gui_stall.py) share: a dock for the
window whose watching waits until the bench starts it (the idle window is timed first), and
a 5 ms timer on the GUI thread whose gaps tell how long the window could not react."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

from app.devices.simulated import SimulatedDock
from app.devices.watcher import DockWatcher
from app.ui.docked import DockBridge


class Ticks:
    """A QTimer every 5 ms on the GUI thread: each tick calls ``on_tick(gap_ms, at_s)``,
    the time since the previous tick and since :meth:`start`. The longest gap minus the
    interval is the longest time the window could not react."""

    INTERVAL_MS = 5

    def __init__(self, on_tick: Callable[[float, float], None]) -> None:
        self.on_tick = on_tick
        self.elapsed = QElapsedTimer()
        self.elapsed.start()
        self.last = self.started = self.elapsed.nsecsElapsed()
        self.timer = QTimer()
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.elapsed.nsecsElapsed()
        self.on_tick((now - self.last) / 1e6, (now - self.started) / 1e9)
        self.last = now

    def start(self) -> None:
        self.last = self.started = self.elapsed.nsecsElapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def idle(self, seconds: float) -> None:
        """Ticks for ``seconds`` with nothing else started: the baseline."""
        loop = QEventLoop()
        self.start()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        self.stop()


class DeferredDock:
    """The window's ``dock_factory``: a :class:`DockBridge` on a simulated dock, its
    watching held back (the window starts it at unlock) until :meth:`download`."""

    def __init__(self, dock: SimulatedDock, in_process: bool = False, **bridge: Any) -> None:
        self.dock = dock
        self.in_process = in_process    # the downloads' byte work without the copier
        self.options = bridge
        self.bridges: list[DockBridge] = []
        self.starts: list[Callable[[], None]] = []

    def __call__(self, ctx: Any) -> DockBridge:
        dock = self.dock
        w = DockWatcher([dock.mount_root], backend=dock.backend, resolvers=[dock.resolve],
                        poll_s=0.2)
        bridge = DockBridge(ctx, w, backend=dock.backend, **self.options)
        if self.in_process:
            bridge.copier = None
        self.starts.append(bridge.start)
        bridge.start = lambda: None  # type: ignore[method-assign]
        self.bridges.append(bridge)
        return bridge

    @property
    def bridge(self) -> DockBridge:
        return self.bridges[0]

    def download(self, cameras: int, ceiling_s: float) -> tuple[list[Any], list[float]]:
        """Starts watching and runs the event loop until ``cameras`` reports came (at most
        ``ceiling_s``): the reports, and when each came (s after the start)."""
        reports: list[Any] = []
        came: list[float] = []
        loop = QEventLoop()
        t0 = time.perf_counter()

        def done(_camera: int, report: object) -> None:
            reports.append(report)
            came.append(time.perf_counter() - t0)
            if len(reports) == cameras:
                loop.quit()

        self.bridge.done.connect(done)
        self.starts[0]()
        QTimer.singleShot(int(ceiling_s * 1000), loop.quit)
        loop.exec()
        return reports, came
