"""Printing the journal's new pages from the Journal screen and checking a page."""

from __future__ import annotations

from pypdf import PdfReader

from app.ui.dialogs import FileDialog, MessageBox


def test_print_new_pages_and_verify(qtbot, demo_win, tmp_path):
    page = demo_win.workspace.journal
    opened = []
    page.paper.open_url = opened.append
    FileDialog.set_next_file_name(tmp_path / "pages.pdf")
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    job = page.paper.print_new_pages()
    with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
        pass
    result = blocker.args[0]
    assert result.rows >= 3 and opened and opened[0].toLocalFile().endswith("pages.pdf")
    assert len(PdfReader(str(tmp_path / "pages.pdf")).pages) == result.pdf_pages
    dlg = page.paper.open_verify()
    dlg.code.setText(result.codes[-1])
    dlg.page.setValue(result.pages[-1])
    dlg.check()
    assert "matches the vault" in dlg.result.text()
    dlg.code.setText("1-1-AAAAA-AAAAA")
    dlg.check()
    assert "does NOT match" in dlg.result.text()
