"""Screenshots of the head's Reports tab (issue 14): the month by inspector and a
recording's chain of custody, in Kazakh and Russian, at 1366x768, on the demo vault opened
by the head. Run under Xvfb or offscreen::

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/reports_scene.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.model import vault  # noqa: E402
from app.model.keyslots import KdfParams  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)     # Friday 17:00 in Almaty


def wait_for(test, ms: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if test() else None)
    timer.start(50)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        info = demo.ensure(Path(tmp) / "demo", now=NOW, kdf=KdfParams())
        for lang in ("kk", "ru"):
            clock = FakeClock(NOW)
            win = MainWindow(info.path, clock=clock, lang=lang, kdf=KdfParams())
            win.resize(1366, 768)
            win.open_session(vault.unlock(info.path, "head", info.head_password, clock))
            win.show()
            page = win.workspace.reports
            win.workspace.setCurrentWidget(page)
            page.month.setDate(QDate(2026, 11, 1))
            page.save_button.setEnabled(False)
            page.month_button.click()
            wait_for(page.save_button.isEnabled)
            wait_for(lambda: False, 300)   # let the layout settle
            win.grab().save(str(OUT / f"reports-month-{lang}.png"))
            first = win.session.footage.search()[-1].id
            page.recording.setValue(first)
            page.save_button.setEnabled(False)
            page.history_button.click()
            wait_for(page.save_button.isEnabled)
            wait_for(lambda: False, 300)   # let the layout settle
            win.grab().save(str(OUT / f"reports-recording-{lang}.png"))
            win.lock()
            win.close()
    app.quit()


if __name__ == "__main__":
    main()
