"""Printing the journal's pages from the Journal screen: preview inside the program (QtPdf),
print through QPrinter (to a PDF file here: no printer in CI), reprint, check a page."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app import paper
from app.ui.dialogs import FileDialog, MessageBox, PrintDialog
from app.ui.paper_actions import documents_folder


def test_print_new_pages_preview_print_and_verify(qtbot, demo_win, tmp_path):
    page = demo_win.workspace.journal
    plan = page.paper.print_new_pages()     # first says which rows print (and what waits)
    assert "New pages will take rows № 1–" in plan.text()
    FileDialog.set_next_file_name(tmp_path / "pages.pdf")
    job = plan.print_now()
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
    assert "matches the vault" in dlg.answer.text()
    dlg.code.setText("1-1-AAAAA-AAAAA")
    dlg.check()
    assert "does NOT match" in dlg.answer.text()

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


def _saved_to(monkeypatch, tmp_path) -> list[str]:
    """Answer save dialogs with files in tmp_path; keep the path each dialog started at."""
    starts: list[str] = []

    def answer(_parent, _title, start="", _filters=""):
        starts.append(start)
        return str(tmp_path / Path(start).name)

    monkeypatch.setattr(FileDialog, "save_file_name", answer)
    return starts


def test_sheet_for_signatures_from_the_window(qtbot, win, clock, ok_checklist, tmp_path,
                                              monkeypatch):
    """R5: the morning's rows go on the next numbered page for the inspectors to sign; the
    window says first what prints and why a row waits; files start in Documents, named in
    the office's local time."""
    s = win.session
    s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S-1")
    clock.advance(minutes=4)
    s.custody.issue("IN-2", "BK-002", ok_checklist, card="MC-002", seal="S-2")
    page = win.workspace.journal
    assert page.paper.morning_button.isVisibleTo(page)
    plan = page.paper.print_new_pages()
    assert not plan.print_now_button.isEnabled()          # nothing finished yet
    assert "№ 1 — BK-001 (MC-001), Ерлан Сейітов: the camera is not handed in yet; due " \
           "back by 23.11.2026 18:30 (R17)." in plan.text()
    assert plan.sheet_button is not None
    sheet = plan.sheet_instead()
    assert sheet.windowTitle() == "Sheet for signatures"
    assert "The sheet for signatures will take rows № 1–2 (2 in all)." in sheet.text()
    starts = _saved_to(monkeypatch, tmp_path)
    job = sheet.print_now()
    with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
        pass
    result = blocker.args[0]
    assert result.kind == "morning" and result.pages == [1] and result.open_rows == [1, 2]
    assert Path(starts[0]).parent == documents_folder()
    assert Path(starts[0]).name == "journal-sheet-for-signatures-2026-11-23-0904.pdf"
    text = " ".join(PdfReader(str(tmp_path / Path(starts[0]).name)).pages[-1]
                    .extract_text().split())
    assert "BK-001 (MC-001) Ерлан Сейітов 23.11.2026 09:00" in text
    assert "Записи с пустыми графами 5–8" in text
    assert page.paper.preview is not None
    page.paper.preview.close()
    again = page.paper.print_morning_sheet()
    assert not again.print_now_button.isEnabled()
    assert "Every row is already on a printed page." in again.text()
    again.reject()


def test_extract_blank_book_and_closing_start_in_documents(qtbot, win, ok_checklist, tmp_path,
                                                           monkeypatch):
    s = win.session
    s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S-1")
    page = win.workspace.journal
    paper = page.paper
    starts = _saved_to(monkeypatch, tmp_path)
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    assert paper.close_volume() is None                   # no volume yet: says so
    for start in (paper.print_extract, lambda: paper.blank_book(4),
                  lambda: (paper.start_morning_sheet(), paper.preview)[0]):
        job = start()
        with qtbot.waitSignal(job.finished, timeout=30000):
            pass
        paper.preview.close()
    MessageBox.set_next_answer(MessageBox.Button.Yes)
    job = paper.close_volume()
    with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
        pass
    assert blocker.args[0].kind == "closing" and blocker.args[0].pages == [2]
    paper.preview.close()
    assert [Path(p).name for p in starts] == [
        "journal-extract-2026-11-23-0900.pdf", "journal-blank-book-2026-11-23-0900.pdf",
        "journal-sheet-for-signatures-2026-11-23-0900.pdf",
        "journal-volume-1-closing-2026-11-23-0900.pdf"]
    assert all(Path(p).parent == documents_folder() for p in starts)


def test_page_check_result_is_shown_whole(qtbot, win, monkeypatch):
    """A long answer wraps and the dialog grows to show all of it."""
    reason = "the journal no longer matches the checkpoint printed on the page: " + \
        "entry 1234 was changed after the page was printed; " * 8
    monkeypatch.setattr(paper, "verify_page",
                        lambda *_a, **_k: paper.PageCheck(False, reason.strip()))
    dlg = win.workspace.journal.paper.open_verify()
    qtbot.waitExposed(dlg)
    dlg.code.setText("1-1-AAAAA-AAAAA")
    dlg.check()
    qtbot.wait(10)
    label = dlg.answer
    assert reason.strip() in label.text()
    assert label.height() >= label.heightForWidth(label.width())
    assert dlg.rect().contains(label.geometry())
    assert label.width() >= dlg.width() // 2
    dlg.close()


def test_save_dialogs_start_at_home_when_there_is_no_documents_folder(monkeypatch, tmp_path):
    """A GUI examiner's machine had no ~/Documents: every save dialog opened in the program's
    own folder, where Save would have written the PDF."""
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda _where: str(tmp_path / "no-such-Documents"))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    assert documents_folder() == tmp_path
    (tmp_path / "no-such-Documents").mkdir()
    assert documents_folder() == tmp_path / "no-such-Documents"
