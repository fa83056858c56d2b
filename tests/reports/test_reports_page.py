"""The Reports tab on the real window (issue 14, item 6): the month by inspector, a
recording's chain of custody and the audit log, made off the window's thread and saved."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QDate

from app.ui.dialogs import FileDialog
from app.ui.main_window import MainWindow
from tests.conftest import TEST_KDF


def test_reports_tab(qtbot, month, tmp_path) -> None:
    s = month["s"]
    win = MainWindow(s.path, clock=s.clock, lang="en", kdf=TEST_KDF)
    qtbot.addWidget(win)
    win.open_session(s)
    page = win.workspace.reports
    win.workspace.setCurrentWidget(page)
    page.month.setDate(QDate(2026, 11, 1))
    page.month_button.click()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    assert page.grid.horizontalHeaderItem(0).text() == "Inspector"
    names = {page.grid.item(r, 1).text() for r in range(page.grid.rowCount())}
    assert {"IN-1", "IN-2"} <= names
    FileDialog.set_next_file_name(tmp_path / "month.pdf")
    page.save_button.click()
    assert "Сейітов" in PdfReader(tmp_path / "month.pdf").pages[0].extract_text()
    assert s.audit.entries(action="export")[-1].detail["what"] == "report_month"

    page.recording.setValue(1)
    page.save_button.setEnabled(False)
    page.history_button.click()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    whats = [page.grid.item(r, 1).text() for r in range(page.grid.rowCount())]
    assert whats[:2] == ["Recorded by the camera", "Downloaded into the vault"]

    page.save_button.setEnabled(False)
    page.audit_button.click()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    assert page.grid.rowCount() > 5
    win.lock()
