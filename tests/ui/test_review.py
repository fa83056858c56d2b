"""Review: search, view in memory, notes, category (R9); releasing a copy (R10) is in
tests/release/test_dialog.py."""

from __future__ import annotations

import os
from pathlib import Path


def _plaintext_files(root: Path, needle: bytes) -> list[Path]:
    found = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath) / name
            if needle in p.read_bytes():
                found.append(p)
    return found


def test_search_filters(qtbot, demo_win):
    page = demo_win.workspace.review
    s = demo_win.session
    total = page.table.rowCount()
    assert total == s.footage.count() >= 6
    who = s.registers.find_staff("IN-101").id
    page.inspector.setCurrentIndex(page.inspector.findData(who))
    page.find_button.click()
    assert 0 < page.table.rowCount() < total
    assert all(page.table.item(r, 2).text() == "Ерлан Сейітов"
               for r in range(page.table.rowCount()))
    page.inspector.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("offence"))
    page.find_button.click()
    assert page.table.rowCount() == 0


def test_view_photo_in_memory_note_and_category(qtbot, demo_win, tmp_path):
    page = demo_win.workspace.review
    s = demo_win.session
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 3).text() ==
               "photo")
    page.table.selectRow(row)
    fid = page.current_id()
    job = page.open_selected()
    with qtbot.waitSignal(job.finished, timeout=10000):
        pass
    assert not page.viewer.pixmap().isNull()  # the photo, decoded from memory
    assert s.audit.entries(action="view")[-1].detail["footage_id"] == fid
    # No decrypted copy anywhere in the test's folders (vault included).
    head = s.footage.read(fid)[:64]
    assert _plaintext_files(tmp_path, head) == []

    page.note.setText("Бұзушылық 10:42")
    page.add_note()
    assert page.notes.count() == 1 and "Бұзушылық 10:42" in page.notes.item(0).text()
    page.mark_as.setCurrentIndex(page.mark_as.findData("offence"))
    page.mark_button.click()
    dlg = page.mark_dialog
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()    # no reason: refused (R9)
    assert dlg.isVisible() and "Say why" in dlg.status.text()
    assert s.footage.category(fid) == "ordinary"
    dlg.reason.setText("ӘҚБтК хаттамасы №12")
    dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert not dlg.isVisible()
    assert s.footage.category(fid) == "offence"
    assert s.audit.entries(action="footage_marked")[-1].detail["reason"] == "ӘҚБтК хаттамасы №12"
    keep = s.footage.retention_until(fid).strftime("%d.%m.%Y")
    assert page.table.item(page.table.currentRow(), 6).text() == keep
    assert keep.endswith("2031")  # R9: five years
    assert "Kept until " + keep in page.term.text()
