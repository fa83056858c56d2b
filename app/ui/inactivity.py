"""Lock on idle (KeePassXC ``InactivityTimer``): an application-wide event filter restarts
a timer on every key press and mouse action; when it runs out, ``inactive`` is emitted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class InactivityTimer(QObject):
    inactive = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.inactive)

    def start(self, msecs: int) -> None:
        self.timer.setInterval(max(1, msecs))
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The filter is application-wide: while its window is being torn down Qt may still
        # call it after the Python side has let go of the timer.
        timer = getattr(self, "timer", None)
        if timer is not None and event.type() in ACTIVITY and timer.isActive():
            timer.start()
        return False
