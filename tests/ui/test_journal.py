"""The journal screen: the 8 columns of R18, filters, corrections that strike (R7)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.dialogs import MessageBox
from app.ui.journal_view import STRIKE


def _cells(page, row: int) -> list[str]:
    m = page.model
    return [m.data(m.index(row, c), Qt.ItemDataRole.DisplayRole) for c in range(8)]


def test_columns_filters_and_correction(qtbot, win, clock, ok_checklist):
    s = win.session
    a = s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S-1")
    clock.advance(minutes=5)
    s.custody.issue("IN-2", "BK-002", ok_checklist, card="MC-002", seal="S-2")
    clock.advance(hours=3)
    s.custody.remark(a.id, "meal_pause")
    win.ctx.bus.changed.emit()
    page = win.workspace.journal
    assert page.model.columnCount() == 8 and page.model.rowCount() == 2
    first = _cells(page, 0)
    assert first[:3] == ["1", "BK-001 (MC-001)", "Ерлан Сейітов"]
    assert first[3] == "23.11.2026 09:00" and first[4] == "" and first[5] == ""
    assert first[6] == "Серік Қайратұлы Ахметов"
    assert first[7].startswith("Түскі ас үзілісі")  # official Kazakh wording (R15, R22)

    page.inspector.setCurrentIndex(page.inspector.findData(s.registers.find_staff("IN-2").id))
    page.refresh()
    assert page.model.rowCount() == 1 and _cells(page, 0)[1] == "BK-002 (MC-002)"
    page.inspector.setCurrentIndex(0)
    page.camera.setCurrentIndex(page.camera.findData(s.registers.find_device("BK-001").id))
    page.refresh()
    assert [r.number for r in page.model.rows] == [1]
    page.camera.setCurrentIndex(0)
    page.use_dates.setChecked(True)  # 30 days to today: the fake clock is in the future
    page.since.setDate(page.since.date().fromString("2026-11-23", "yyyy-MM-dd"))
    page.until.setDate(page.until.date().fromString("2026-11-23", "yyyy-MM-dd"))
    assert page.model.rowCount() == 2
    page.since.setDate(page.since.date().fromString("2026-11-24", "yyyy-MM-dd"))
    page.until.setDate(page.until.date().fromString("2026-11-24", "yyyy-MM-dd"))
    assert page.model.rowCount() == 0
    page.use_dates.setChecked(False)

    # Entry 2 was written to the wrong inspector: strike and rewrite (R7).
    s.custody.return_camera("BK-001")
    page.select_number(2)
    dlg = page.open_correction()
    dlg.inspector.setCurrentIndex(dlg.inspector.findData(s.registers.find_staff("IN-1").id))
    MessageBox.set_next_answer(MessageBox.Button.Ok)  # no reason given: refused
    dlg.accept()
    assert dlg.isVisible()
    dlg.reason.setText("Қате инспектор")
    dlg.accept()
    assert not dlg.isVisible()
    assert page.model.rowCount() == 3
    struck = page.model.rows[1]
    assert struck.struck
    font = page.model.data(page.model.index(1, 2), Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    new = _cells(page, 2)
    assert new[2] == "Ерлан Сейітов" and "Түзетілді" in new[7] and "Қате инспектор" in new[7]
    page.select_number(2)
    assert page.open_correction() is None


def test_struck_remark_shown_struck_and_russian_wording(qtbot, win, ok_checklist):
    from app.i18n import set_language

    s = win.session
    a = s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S-1")
    note = s.custody.remark(a.id, "note", "қате жазба")
    s.custody.correct(note.seq, "опечатка", text="дұрыс жазба")
    set_language("ru")
    win.ctx.bus.changed.emit()
    remarks = _cells(win.workspace.journal, 0)[7]
    assert STRIKE in remarks  # the struck remark's text is struck through
    assert "Исправлено" in remarks


def test_to_date_is_the_offices_day_from_the_clock(qtbot, win, clock):
    """Just after midnight in Almaty (UTC+5) the "to" date is already the new day, from the
    session's clock, not the PC's; a page left open over midnight moves on with it."""
    from datetime import UTC, date, datetime

    from app.ui.journal_view import JournalPage

    clock.set(datetime(2026, 11, 23, 19, 5, tzinfo=UTC))     # 24 Nov, 00:05 in Almaty
    page = JournalPage(win.ctx)
    qtbot.addWidget(page)
    assert page.until.date().toPython() == date(2026, 11, 24)
    assert page.since.date().toPython() == date(2026, 10, 25)
    clock.set(datetime(2026, 11, 24, 19, 1, tzinfo=UTC))     # 25 Nov, 00:01
    page.until.setDate(page.until.date().addDays(-3))        # the person chose this one
    page.refresh()
    assert page.until.date().toPython() == date(2026, 11, 21)
    assert page.since.date().toPython() == date(2026, 10, 26)
