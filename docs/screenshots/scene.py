"""What every screenshot script shares: the application, the demo vault, the window shown at
a size, a shot written beside the scripts, and waiting: the event loop run for a while,
until a test holds, or until a signal comes (each with a ceiling, so a script never hangs).
Imported once the script has put the repository on ``sys.path``."""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import demo
from app.clock import FakeClock
from app.devices.simulated import SimulatedDock
from app.model.keyslots import KdfParams
from app.ui.docked import DockBridge, watched_dock
from app.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent     # the screenshots lie beside their scripts


def application() -> QApplication:
    """The application, in the Fusion style (the same look on every machine)."""
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    return app


def demo_vault(clock: FakeClock) -> tuple[Path, demo.DemoInfo]:
    """A new temporary folder, and the demo vault made in it at the clock's time."""
    tmp = Path(tempfile.mkdtemp())
    return tmp, demo.ensure(tmp / "demo-vault", now=clock.now(), kdf=KdfParams())


def window(path: Path, clock: FakeClock, lang: str, size: tuple[int, int] = (1280, 780),
           **options: Any) -> MainWindow:
    """The main window on the vault at ``path``, shown at ``size``, not yet unlocked."""
    win = MainWindow(path, clock=clock, lang=lang, **options)
    win.resize(*size)
    win.show()
    return win


def docked_window(tmp: Path, session: Any, clock: FakeClock, lang: str,
                  card_bytes_per_s: float) -> tuple[MainWindow, SimulatedDock, DockBridge]:
    """The window at 1366x768 on ``session`` (its vault in ``tmp``/vault), unlocked, and a
    simulated dock in ``tmp``/dock that it watches as ``dalel dock`` watches a real one
    (polled every 0.3 s): the window, the dock and the window's bridge to it."""
    dock = SimulatedDock(tmp / "dock", clock=clock)
    bridges: list[DockBridge] = []

    def factory(ctx: Any) -> DockBridge:
        bridges.append(watched_dock(ctx, backend=dock.backend, resolvers=[dock.resolve],
                                    volume_ids=[dock.volume_id], roots=[dock.mount_root],
                                    poll_s=0.3, card_bytes_per_s=card_bytes_per_s))
        return bridges[0]

    win = window(tmp / "vault", clock, lang, (1366, 768), dock_factory=factory)
    win.open_session(session)
    return win, dock, bridges[0]


def shoot(widget: QWidget, name: str, ms: int = 300) -> None:
    """``widget`` as it looks once the event loop has run ``ms``, written to OUT/name.png."""
    settle(ms)
    widget.grab().save(str(OUT / f"{name}.png"))


def close(win: MainWindow, ms: int = 100) -> None:
    win.close()
    settle(ms)


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(test: Callable[[], bool], seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not test() and time.monotonic() < end:
        settle(100)


def wait_for_signal(signal: Any, ms: int = 20000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_a: loop.quit())
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
