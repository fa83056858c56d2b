"""Printing the journal's pages from the Journal screen: preview inside the program (QtPdf),
print through QPrinter (to a PDF file here: no printer in CI), reprint, check a page."""

from __future__ import annotations

from pypdf import PdfReader

from app.ui.dialogs import FileDialog, MessageBox, PrintDialog


def test_print_new_pages_preview_print_and_verify(qtbot, demo_win, tmp_path):
    page = demo_win.workspace.journal
    FileDialog.set_next_file_name(tmp_path / "pages.pdf")
    job = page.paper.print_new_pages()
    with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
        pass
    result = blocker.args[0]
    assert result.rows >= 3
    saved = PdfReader(str(tmp_path / "pages.pdf"))
    assert len(saved.pages) == result.pdf_pages
    preview = page.paper.preview
    assert preview is not None and preview.isVisible()
    assert preview.page_count == result.pdf_pages
    assert f"{result.pdf_pages} page(s)" in preview.info.text()

    PrintDialog.set_next_output_file(tmp_path / "printed.pdf")
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    assert preview.print_pages() == result.pdf_pages
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == result.pdf_pages
    box = printed.pages[-1].mediabox  # journal pages are A4 landscape
    assert float(box.width) > float(box.height)
    PrintDialog.set_next_output_file("")  # the officer cancels the printer dialog
    assert preview.print_pages() == 0
    opened = []
    preview.open_url = opened.append  # the fallback: the system's PDF viewer
    preview.system_button.click()
    assert opened and opened[0].toLocalFile().endswith("pages.pdf")
    preview.close()

    dlg = page.paper.open_verify()
    dlg.code.setText(result.codes[-1])
    dlg.page.setValue(result.pages[-1])
    dlg.check()
    assert "matches the vault" in dlg.result.text()
    dlg.code.setText("1-1-AAAAA-AAAAA")
    dlg.check()
    assert "does NOT match" in dlg.result.text()

    # A duplicate of the first numbered page, previewed the same way.
    rd = page.paper.open_reprint()
    rd.pages.setText("x")
    rd.accept()
    assert "like 3-5" in rd.status.text()
    rd.pages.setText(str(result.pages[0]))
    FileDialog.set_next_file_name(tmp_path / "dup.pdf")
    rd.accept()
    with qtbot.waitSignal(page.paper.job.finished, timeout=30000) as blocker:
        pass
    assert blocker.args[0].duplicate and page.paper.preview.page_count == 1
    assert demo_win.session.audit.entries(action="reprint")
