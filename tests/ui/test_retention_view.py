"""The Retention tab (R9): the head sees what is past its term, holds a recording with a
reason and destroys the rest with their own password — once the officer has confirmed the
date the clock jumped to."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from app.model import retention
from app.ui.common import Bus, Context
from app.ui.dialogs import MessageBox
from app.ui.retention_view import RetentionPage
from tests.conftest import HEAD_PW, OFFICER_PW
from tests.model.test_retention import _download, _head


def _ok(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_head_holds_and_destroys_after_the_officer_confirms_the_date(qtbot, window, stocked,
                                                                      clock):
    officer = stocked
    a, b = _download(officer, clock)
    clock.advance(days=366 + 7)                     # the PC comes back a year and a week on
    head = _head(officer, clock)
    window.open_session(head)
    window.show()
    page = window.workspace.retention
    assert window.workspace.indexOf(page) >= 0
    assert page.table.rowCount() == 2
    assert all(page.table.item(r, 7).text() == "past its term" for r in range(2))
    assert "moved forward" in page.clock_note.text()
    assert not page.destroy_button.isEnabled()        # nothing goes until the date is confirmed
    assert not page.confirm_button.isVisible()        # the officer's to confirm
    todo = window.workspace.today.todo
    lines = [todo.item(i).text() for i in range(todo.count())]
    assert any("clock moved forward" in t for t in lines)
    assert any(t.startswith("2 recording(s) are past") for t in lines)

    # The officer's own screen: a wrong date is refused, today's is recorded.
    mine = RetentionPage(Context(officer, window.runner, Bus()))
    qtbot.addWidget(mine)
    dlg = mine.confirm_date()
    dlg.reason.setText("01.01.2020")
    _ok(dlg)
    assert dlg.isVisible() and "clock says" in dlg.status.text()
    dlg.reason.setText(retention.today(officer).strftime("%d.%m.%Y"))
    _ok(dlg)
    assert not dlg.isVisible()
    assert [e.role for e in officer.audit.entries(action="clock_confirmed")] == ["officer"]

    window.ctx.bus.changed.emit()
    assert page.destroy_button.isEnabled()
    assert "2 recording(s)" in page.destroy_button.text()
    page.select_id(a)
    hold = page.hold()
    _ok(hold)                                         # no reason: refused, stays open
    assert hold.isVisible()
    hold.reason.setText("Сот ісі №2-45")
    _ok(hold)
    page.select_id(a)
    assert page.table.item(page.table.currentRow(), 7).text() == "on hold: Сот ісі №2-45"
    assert "1 recording(s)" in page.destroy_button.text()

    dlg = page.ask_destroy()
    dlg.password.setText(OFFICER_PW)                  # not the head's
    dlg.go.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=15000)
    assert "head's password is wrong" in dlg.status.text()
    assert not officer.footage.is_destroyed(b)
    dlg.password.setText(HEAD_PW)
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    dlg.go.click()
    qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=15000)
    assert dlg.outcome.footage_ids == [b]
    assert officer.footage.is_destroyed(b) and not officer.footage.is_destroyed(a)
    assert page.table.rowCount() == 1 and not page.destroy_button.isEnabled()
    [rec] = officer.audit.entries(action="footage_destroyed")
    assert rec.role == "head" and rec.detail["footage_id"] == b

    # Review lists the destroyed one with its record and will not open it.
    review = window.workspace.review
    review.search()
    review.select_id(b)
    assert not review.open_button.isEnabled() and not review.release_button.isEnabled()
    assert "Destroyed on" in review.viewer.text()
    row = review.table.currentRow()
    assert review.table.item(row, 8).text().startswith("destroyed")
