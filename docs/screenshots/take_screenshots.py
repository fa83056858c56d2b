"""Screenshots of the main screens in Kazakh, Russian and English on a demo vault.

Run under a real X server (Xvfb), e.g.::

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.i18n import set_language  # noqa: E402
from app.model import vault  # noqa: E402
from app.model.keyslots import KdfParams  # noqa: E402
from app.ui.docked import demo_dock  # noqa: E402
from app.ui.i18n_qt import apply_language  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent
TABS = ("today", "issue", "journal", "review", "registers", "settings")


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    # Monday 23 November 2026, 11:30 in Almaty: a working day with cameras out.
    clock = FakeClock(datetime(2026, 11, 23, 6, 30, tzinfo=UTC))
    tmp = Path(tempfile.mkdtemp())
    info = demo.ensure(tmp / "demo-vault", now=clock.now(), kdf=KdfParams())
    for lang in ("kk", "ru", "en"):
        set_language(lang)
        apply_language(lang)
        win = MainWindow(info.path, clock=clock, lang=lang,
                         demo_passwords={"officer": info.officer_password,
                                         "head": info.head_password},
                         dock_factory=demo_dock if lang == "kk" else None)
        win.resize(1280, 780)
        win.show()
        settle()
        win.grab().save(str(OUT / f"unlock-{lang}.png"))
        win.open_session(vault.unlock(info.path, "officer", info.officer_password, clock))
        ws = win.workspace
        if win.ctx.dock is not None:
            shot = {"done": False}

            def grab(_cam: int, done: int, total: int, _s: str, w=win, s=shot) -> None:
                if not s["done"] and 0 < done < total:
                    s["done"] = True
                    w.grab().save(str(OUT / "today-docked-kk.png"))

            win.ctx.dock.progress.connect(grab)
            loop = QEventLoop()
            win.ctx.dock.done.connect(lambda *_a, lp=loop: lp.quit())
            QTimer.singleShot(20000, loop.quit)
            loop.exec()
        for name in TABS:
            page = getattr(ws, name)
            ws.setCurrentWidget(page)
            if name == "journal":
                page.view.selectRow(2)
            if name == "review" and page.table.rowCount():
                page.table.selectRow(0)
                job = page.open_selected()
                if job is not None:
                    loop = QEventLoop()
                    job.finished.connect(lambda _r, lp=loop: lp.quit())
                    loop.exec()
            settle()
            win.grab().save(str(OUT / f"{name}-{lang}.png"))
        win.close()
        settle(100)
    print("screenshots written to", OUT)


if __name__ == "__main__":
    main()
