"""Footage played inside the program from memory (QMediaPlayer.setSourceDevice on a
QBuffer): the player loads a real MP4 stored through the core, seeks, keeps a bookmark at
the position, and no file holding the plaintext appears anywhere under the temp folders."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

from PySide6.QtMultimedia import QMediaPlayer

from app.model.footage import FootagePart, NewFootage

CLIP = Path(__file__).parent / "data" / "clip.mp4"  # 1 s, 64x64, H.264 (ffmpeg testsrc)


def store_clip(s, ok_checklist, clock,  # type: ignore[no-untyped-def]
               data: bytes | None = None) -> int:
    """Issue, return and download one recording the way ingest does (one transaction)."""
    period = s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S-1")
    clock.advance(hours=8)
    s.custody.return_camera("BK-001")
    data = CLIP.read_bytes() if data is None else data
    blob_id, sha, size = s.blobs.put_bytes(data)
    name = "DCIM/100CAM/VID_0001.MP4"
    item = NewFootage(sha, size, name, [FootagePart(1, blob_id, name, size, sha)],
                      camera_id=period.camera_id, card_id=period.card_id,
                      inspector_id=period.inspector_id, custody_id=period.id, media="video",
                      started_at=period.issued_at, ended_at=period.issued_at, duration_s=1.0)
    with s.db.write() as con:
        entry = s.custody.download_in(con, period.id, period.camera_id, {"files": 1})
        fid = s.footage.add_in(con, item, entry.seq)
    return int(fid)


def files_holding(roots: list[Path], needle: bytes, since: float) -> list[Path]:
    found = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                p = Path(dirpath) / name
                try:
                    st = p.lstat()
                    # Regular files only: another test's FIFO would block the read forever.
                    if not stat.S_ISREG(st.st_mode):
                        continue
                    if st.st_mtime >= since and st.st_size < 64 << 20 and needle in p.read_bytes():
                        found.append(p)
                except OSError:
                    continue
    return found


def test_video_plays_from_memory_with_bookmark(qtbot, win, ok_checklist, clock, tmp_path):
    started = time.time() - 1
    s = win.session
    fid = store_clip(s, ok_checklist, clock)
    win.ctx.bus.changed.emit()
    page = win.workspace.review
    win.workspace.setCurrentWidget(page)
    page.select_id(fid)
    assert page.current_id() == fid
    player = page.player
    with qtbot.waitSignal(player.player.mediaStatusChanged, timeout=15000,
                          check_params_cb=lambda st: st == QMediaPlayer.MediaStatus.LoadedMedia):
        job = page.open_selected()
        assert job is not None
    assert page.view_stack.currentWidget() is player
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10000)
    assert 900 <= player.player.duration() <= 1100
    assert player.slider.maximum() == player.player.duration()
    assert s.audit.entries(action="view")[-1].detail["footage_id"] == fid

    with qtbot.waitSignal(player.player.playbackStateChanged, timeout=10000):
        player.play_button.click()
    qtbot.waitUntil(lambda: player.player.position() > 0
                    or player.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia,
                    timeout=10000)
    player.toggle()  # pause (or stays stopped at the end)
    player.seek(0.5)
    qtbot.waitUntil(lambda: abs(player.player.position() - 500) < 150, timeout=10000)
    page.note.setText("Жүргізуші құжатын көрсетті")
    player.mark_button.click()
    notes = s.footage.notes(fid)
    assert len(notes) == 1 and 0.3 <= notes[0]["offset_s"] <= 0.7
    assert page.notes.item(0).text().startswith("[0:00] ")
    # A double-click on the bookmark seeks back to it.
    player.seek(0.0)
    qtbot.waitUntil(lambda: player.player.position() < 100, timeout=10000)
    page.notes.itemDoubleClicked.emit(page.notes.item(0))
    qtbot.waitUntil(lambda: player.player.position() >= 300, timeout=10000)

    # No decrypted copy anywhere: the test's folders (vault included) and the system temp.
    needle = CLIP.read_bytes()[-256:]
    roots = [tmp_path, Path(tempfile.gettempdir())]
    assert files_holding(roots, needle, started) == []
    # Leaving the recording drops its plaintext from memory.
    page.table.clearSelection()
    assert not player.loaded and page.view_stack.currentWidget() is page.viewer


def test_demo_video_plays(qtbot, demo_win):
    """The demo's video is a real clip (app/devices/democlip.py): a newcomer sees it play."""
    page = demo_win.workspace.review
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 3).text() ==
               "video")
    page.table.selectRow(row)
    failed: list[str] = []
    page.player.failed.connect(failed.append)
    player = page.player
    with qtbot.waitSignal(player.player.mediaStatusChanged, timeout=15000,
                          check_params_cb=lambda st: st == QMediaPlayer.MediaStatus.LoadedMedia):
        page.open_selected()
    assert page.view_stack.currentWidget() is player
    qtbot.waitUntil(lambda: player.player.duration() > 0, timeout=10000)
    assert 41000 <= player.player.duration() <= 43000
    player.play_button.click()
    sink = player.item.videoSink()
    qtbot.waitUntil(lambda: sink.videoFrame().isValid(), timeout=10000)
    player.toggle()
    img = sink.videoFrame().toImage()
    assert (img.width(), img.height()) == (480, 270)
    # a picture, not black: the scene's colours and the burned-in text
    assert max(img.pixelColor(x, y).lightness() for x in range(0, 480, 24)
               for y in range(0, 270, 18)) > 150
    assert not failed


def test_unplayable_video_explained(qtbot, win, ok_checklist, clock):
    """A recording the back end cannot read: the officer reads why, the vault is untouched."""
    s = win.session
    fid = store_clip(s, ok_checklist, clock, data=b"\0\0\0\x18ftypisom" + bytes(range(256)) * 40)
    win.ctx.bus.changed.emit()
    page = win.workspace.review
    win.workspace.setCurrentWidget(page)
    page.select_id(fid)
    with qtbot.waitSignal(page.player.failed, timeout=15000):
        page.open_selected()
    qtbot.waitUntil(lambda: page.view_stack.currentWidget() is page.viewer, timeout=5000)
    assert "cannot be played" in page.viewer.text()
    assert not page.player.loaded


def test_gaps_flag_filter_and_period_gaps(qtbot, win, ok_checklist, clock):
    """A 1 s recording in an 8 h custody period: a recording gap (R13) the review flags."""
    s = win.session
    fid = store_clip(s, ok_checklist, clock)
    page = win.workspace.review
    page.gaps_only.setChecked(True)
    page.find_button.click()
    assert page.table.rowCount() == 1
    assert "1 gap(s), 480 min" in page.table.item(0, 7).text()
    page.select_id(fid)
    assert "480 min without recording" in page.gaps.item(0).text()
    page.category.setCurrentIndex(page.category.findData("offence"))
    page.find_button.click()
    assert page.table.rowCount() == 0  # category and gap filters combine
    page.category.setCurrentIndex(0)
    page.gaps_only.setChecked(False)
    page.find_button.click()
    assert page.table.rowCount() == 1
