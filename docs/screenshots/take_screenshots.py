"""Screenshots of the main screens in Kazakh, Russian and English on a demo vault.

Run under a real X server (Xvfb), e.g.::

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_screenshots.py
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scene import OUT, application, close, demo_vault, settle, shoot, wait_for_signal, window  # noqa: E402

from app.clock import FakeClock  # noqa: E402
from app.model import vault  # noqa: E402
from app.ui.demo_dock import demo_dock  # noqa: E402
from app.ui.i18n_qt import apply_language  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

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
    app = application()  # noqa: F841 (held to the end)
    # Monday 23 November 2026, 11:30 in Almaty: a working day with cameras out.
    clock = FakeClock(datetime(2026, 11, 23, 6, 30, tzinfo=UTC))
    tmp, info = demo_vault(clock)
    add_clip(info.path, info.officer_password, clock)
    for lang in ("kk", "ru", "en"):
        apply_language(lang)
        win = window(info.path, clock, lang,
                     demo_passwords={"officer": info.officer_password,
                                     "head": info.head_password},
                     dock_factory=demo_dock if lang == "kk" else None)
        shoot(win, f"unlock-{lang}")
        win.open_session(vault.unlock(info.path, "officer", info.officer_password, clock))
        ws = win.workspace
        if win.ctx.dock is not None:
            shot = {"done": False}

            def grab(_cam: int, done: int, total: int, _s: str, w=win, s=shot) -> None:
                if not s["done"] and 0 < done < total:
                    s["done"] = True
                    w.grab().save(str(OUT / "today-docked-kk.png"))

            win.ctx.dock.progress.connect(grab)
            wait_for_signal(win.ctx.dock.done)
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
            shoot(win, f"{name}-{lang}")
            if name == "review":
                shoot_player(win, page, lang)
            if name == "journal":
                shoot_preview(win, page, lang, tmp)
        close(win)
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
    shoot(win, f"player-{lang}")


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
    shoot(dlg, f"print-preview-{lang}", 600)
    dlg.close()


if __name__ == "__main__":
    main()
