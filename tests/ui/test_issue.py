"""The day's flow on the real widgets: issue (R5, R6, R11, R12), return (R17), meal break
(R15), malfunction and replacement (R16), and what Today shows after each."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from app.ui.dialogs import MessageBox


def _rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in
             range(table.columnCount())] for r in range(table.rowCount())]


def _todo(today) -> list[str]:
    return [today.todo.item(i).text() for i in range(today.todo.count())]


def _issue_by_keyboard(qtbot, page, camera: str, seal: str) -> None:
    page.camera.setFocus()
    qtbot.keyClicks(page.camera, camera)
    qtbot.keyClick(page.camera, Qt.Key.Key_Tab)  # the card in the camera fills itself in
    qtbot.keyClicks(page.seal, seal)
    for box in page.checks.boxes():
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(page.checks.badge, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_issue_and_return_by_keyboard(qtbot, win):
    s = win.session
    s.registers.insert_card(s.registers.find_device("MC-001").id,
                            s.registers.find_device("BK-001").id, None)
    page = win.workspace.issue
    win.workspace.setCurrentWidget(page)
    page.inspector.setCurrentIndex(page.inspector.findData(s.registers.find_staff("IN-1").id))
    _issue_by_keyboard(qtbot, page, "BK-001", "PL-77")
    period = s.custody.open_for_camera(s.registers.find_device("BK-001").id)
    assert period is not None, page.issue_status.text()
    assert period.seal == "PL-77"
    assert s.registers.device(period.card_id).inventory_no == "MC-001"
    assert "Issued BK-001" in page.issue_status.text()
    assert page.camera.text() == "" and not page.checks.working.isChecked()
    row = next(r for r in _rows(win.workspace.today.cameras) if r[0] == "BK-001")
    assert row[1] == "Out with Ерлан Сейітов" and row[3] == "MC-001"
    todo = _todo(win.workspace.today)
    assert any("BK-001 is not back" in t and t.endswith("(R17)") for t in todo)

    page.return_no.setFocus()
    qtbot.keyClicks(page.return_no, "BK-001")
    qtbot.keyClick(page.return_no, Qt.Key.Key_Return)
    assert s.custody.open_for_camera(s.registers.find_device("BK-001").id) is None
    assert "BK-001 is back" in page.return_status.text()
    row = next(r for r in _rows(win.workspace.today.cameras) if r[0] == "BK-001")
    assert row[1] == "In store"
    todo = _todo(win.workspace.today)
    assert any("Download the footage of BK-001" in t and t.endswith("(R8)") for t in todo)


def test_issue_refused_without_checklist_or_seal(qtbot, win, caplog):
    page = win.workspace.issue
    page.camera.setText("BK-002")
    page.card.setText("MC-002")
    page.checks.set_all(True)
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    with caplog.at_level(logging.INFO, logger="app.ui.dialogs"):
        page.issue()
    assert "Seal the card slot" in caplog.text  # R6
    page.seal.setText("PL-1")
    page.checks.badge.setChecked(False)
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="app.ui.dialogs"):
        page.issue()
    assert "pre-use check is not complete" in caplog.text and "badge" in caplog.text
    assert win.session.custody.periods() == []


def test_return_unknown_camera_explained(qtbot, win, caplog):
    page = win.workspace.issue
    page.return_no.setText("BK-404")
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    with caplog.at_level(logging.INFO, logger="app.ui.dialogs"):
        qtbot.keyClick(page.return_no, Qt.Key.Key_Return)
    assert "No camera with inventory number BK-404" in caplog.text


def test_meal_break_pause_and_resume(qtbot, win, ok_checklist):
    s = win.session
    period = s.custody.issue("IN-2", "BK-002", ok_checklist, card="MC-002", seal="S-2")
    win.ctx.bus.changed.emit()
    panel = win.workspace.issue.remarks
    assert panel.select_camera("BK-002")
    panel.pause.click()
    assert "Written in Remarks" in panel.status.text()
    MessageBox.set_next_answer(MessageBox.Button.Ok)  # a second pause is refused (R15)
    panel.pause.click()
    panel.resume.click()
    kinds = [e.data["type"] for e in s.journal.entries(kind="remark", custody_id=period.id)]
    assert kinds == ["meal_pause", "meal_resume"]


def test_malfunction_reported_and_replaced(qtbot, win, ok_checklist):
    s = win.session
    failed = s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S-1")
    win.ctx.bus.changed.emit()
    panel = win.workspace.issue.remarks
    panel.select_camera("BK-001")
    dlg = panel.open_malfunction()
    dlg.cause.setText("Батарея зарядталмайды")
    dlg.camera.setText("BK-003")
    dlg.card.setText("MC-003")
    dlg.seal.setText("S-3")
    dlg.checks.set_all(False)
    MessageBox.set_next_answer(MessageBox.Button.Ok)  # checklist missing: replacement refused
    dlg.accept()
    assert dlg.isVisible() and dlg.reported  # the malfunction itself is already recorded
    dlg.checks.set_all(True)
    dlg.accept()
    assert not dlg.isVisible()
    remarks = s.journal.entries(kind="remark", custody_id=failed.id)
    assert [e.data["type"] for e in remarks] == ["malfunction"]  # recorded once
    new = s.custody.open_for_camera(s.registers.find_device("BK-003").id)
    assert new.replaces_id == failed.id and new.inspector_id == failed.inspector_id


def test_today_asks_for_encrypted_swap_where_swap_is_not(qtbot, win, monkeypatch):
    import app.ui.today as today_page

    today = win.workspace.today
    monkeypatch.setattr(today_page, "unencrypted_swap", lambda: [])
    today.refresh()
    assert not any("Swap" in t for t in _todo(today))
    monkeypatch.setattr(today_page, "unencrypted_swap", lambda: ["/dev/sda3"])
    today.refresh()
    assert any(t.startswith("Swap /dev/sda3 is not on an encrypted disk") for t in _todo(today))


def test_a_camera_past_its_service_life_asks_for_the_reason(qtbot, win):
    """R19: typing a camera whose seven-year life has ended shows why and asks for the
    reason; without it the issue is refused, with it the reason is in the journal entry."""
    s = win.session
    s.registers.add_device("camera", "BK-OLD", in_service="2015-03-01")
    page = win.workspace.issue
    win.workspace.setCurrentWidget(page)
    page.inspector.setCurrentIndex(page.inspector.findData(s.registers.find_staff("IN-1").id))
    assert not page.past_life_reason.isVisible()
    page.camera.setFocus()
    qtbot.keyClicks(page.camera, "BK-OLD")
    qtbot.keyClick(page.camera, Qt.Key.Key_Tab)
    assert page.past_life_reason.isVisible() and "01.03.2022" in page.life_note.text()
    page.checks.set_all(True)
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    page.issue()
    assert s.registers.find_device("BK-OLD").state == "in_store"
    qtbot.keyClicks(page.past_life_reason, "the new kit arrives on Monday")
    page.issue()
    assert s.registers.find_device("BK-OLD").state == "issued"
    [period] = s.custody.open_for_inspector(s.registers.find_staff("IN-1").id)
    assert s.journal.entry(period.id).data["past_service_life"]["reason"] == (
        "the new kit arrives on Monday")
    assert not page.past_life_reason.isVisible()


def test_confirmations_give_the_journal_row_number(qtbot, win, ok_checklist):
    """Issue 15: the number a confirmation gives is the row's № on the journal and paper,
    not the electronic entry's sequence number."""
    s = win.session
    s.custody.issue("IN-2", "BK-003", ok_checklist, card="MC-003", seal="S")
    s.custody.remark(1, "note", "a remark takes an entry number too")
    page = win.workspace.issue
    page.inspector.setCurrentIndex(page.inspector.findData(s.registers.find_staff("IN-1").id))
    page.camera.setText("BK-001")
    page.card.setText("MC-001")
    page.seal.setText("PL-1")
    page.checks.set_all(True)
    page.issue()
    assert "Journal row № 2 " in page.issue_status.text()     # entry 3 in the journal
    page.return_no.setText("BK-001")
    page.return_camera()
    assert "journal row № 2)" in page.return_status.text()


def test_factory_password_and_the_filled_card_field(qtbot, win):
    """Issue 15: the factory-password camera asks for the officer's confirmation; the card
    the program fills in is replaced, not appended to, when the officer types a number."""
    s = win.session
    s.registers.add_device("camera", "BK-FAC", default_password=True)
    s.registers.insert_card(s.registers.find_device("MC-003").id,
                            s.registers.find_device("BK-FAC").id, None)
    page = win.workspace.issue
    win.workspace.setCurrentWidget(page)
    page.inspector.setCurrentIndex(page.inspector.findData(s.registers.find_staff("IN-1").id))
    page.camera.setFocus()
    qtbot.keyClicks(page.camera, "BK-FAC")
    qtbot.keyClick(page.camera, Qt.Key.Key_Tab)
    assert page.password_changed.isVisible() and page.card.text() == "MC-003"
    qtbot.mouseClick(page.card, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.card, "MC-002")
    assert page.card.text() == "MC-002"
    page.seal.setText("PL-5")
    page.checks.set_all(True)
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    page.issue()
    assert s.registers.find_device("BK-FAC").state == "in_store"     # refused: not confirmed
    page.password_changed.setChecked(True)
    page.issue()
    assert s.registers.find_device("BK-FAC").state == "issued"
    assert not s.registers.find_device("BK-FAC").default_password
