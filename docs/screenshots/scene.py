"""What every screenshot script waits with: the event loop run for a while, until a test
holds, or until a signal comes (each with a ceiling, so a script never hangs)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer


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
