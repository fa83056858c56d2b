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

from scene import settle, wait_for_signal  # noqa: E402

from app import demo  # noqa: E402
from app.clock import FakeClock  # noqa: E402
from app.i18n import set_language  # noqa: E402
from app.model import vault  # noqa: E402
from app.model.keyslots import KdfParams  # noqa: E402
from app.ui.demo_dock import demo_dock  # noqa: E402
from app.ui.i18n_qt import apply_language  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent
TABS = ("today", "issue", "journal", "review", "registers", "settings")
CLIP = ROOT / "tests" / "ui" / "data" / "clip.mp4"  # a real 1 s MP4 for the player


def add_clip(path: Path, password: str, clock: FakeClock) -> None:
    """The demo's videos are placeholders: store one real MP4 the way ingest does."""
    from app.model.footage import FootagePart, NewFootage

    s = vault.unlock(path, "officer", password, clock)
    period = next(p for p in reversed(s.custody.periods(include_struck=False))
                  if p.downloaded_at)
    data = CLIP.read_bytes()
    blob_id, sha, size = s.blobs.put_bytes(data)
    name = "DCIM/100CAM/VID_0100.MP4"
    item = NewFootage(sha, size, name, [FootagePart(1, blob_id, name, size, sha)],
                      camera_id=period.camera_id, card_id=period.card_id,
                      inspector_id=period.inspector_id, custody_id=period.id, media="video",
                      started_at=period.returned_at, ended_at=period.returned_at,
                      duration_s=1.0)
    with s.db.write() as con:
        s.footage.add_in(con, item, None)
    s.lock()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    # Monday 23 November 2026, 11:30 in Almaty: a working day with cameras out.
    clock = FakeClock(datetime(2026, 11, 23, 6, 30, tzinfo=UTC))
    tmp = Path(tempfile.mkdtemp())
    info = demo.ensure(tmp / "demo-vault", now=clock.now(), kdf=KdfParams())
    add_clip(info.path, info.officer_password, clock)
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
                    wait_for_signal(job.finished)
            settle()
            win.grab().save(str(OUT / f"{name}-{lang}.png"))
            if name == "review":
                shoot_player(win, page, lang)
            if name == "journal":
                shoot_preview(win, page, lang, tmp)
        win.close()
        settle(100)
    print("screenshots written to", OUT)


def shoot_player(win: MainWindow, page, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The real MP4 in the player, paused half-way, with a bookmark beside it."""
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 4).text().endswith("VID_0100.MP4"))
    page.table.selectRow(row)
    job = page.open_selected()
    wait_for_signal(job.finished)
    player = page.player
    if player.player.duration() <= 0:
        wait_for_signal(player.player.durationChanged)
    player.player.play()
    settle(400)
    player.player.pause()
    player.seek(0.5)
    settle(300)
    if not page.notes.count():
        page.note.setText({"kk": "Құжат көрсетілді", "ru": "Показан документ",
                           "en": "Document shown"}[lang])
        player.mark_button.click()
    settle()
    win.grab().save(str(OUT / f"player-{lang}.png"))


def shoot_preview(win: MainWindow, page, lang: str, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """The new journal pages in the print preview (printed once, in the first language)."""
    from app import paper
    from app.ui.print_preview import PrintPreviewDialog

    pdf = tmp / "pages.pdf"
    if not pdf.exists():
        paper.print_new_pages(win.session, pdf)
    dlg = PrintPreviewDialog(pdf, "", win)
    dlg.resize(1100, 760)
    dlg.show()
    settle(600)
    dlg.grab().save(str(OUT / f"print-preview-{lang}.png"))
    dlg.close()


if __name__ == "__main__":
    main()
