"""The window's release dialog (R10): the same service and the same package as the command
line; what is missing is said before a folder chooser opens; the chooser starts in
Documents; the head's own window needs no second password."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.package_check import check_package
from app.ui import release_dialog
from app.ui.dialogs import FileDialog, MessageBox
from app.ui.main_window import MainWindow
from tests.conftest import HEAD_PW, OFFICER_PW, TEST_KDF
from tests.ui.conftest import _no_unexpected_boxes  # noqa: F401  (autouse: no stray boxes)


def _window(qtbot, session, clock) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(session.path, clock=clock, lang="en", kdf=TEST_KDF)
    qtbot.addWidget(win)
    win.open_session(session)
    return win


def _open(win):  # type: ignore[no-untyped-def]
    page = win.workspace.review
    page.find_button.click()
    page.table.selectAll()
    return page.open_release()


def test_the_officers_window_makes_the_same_package(qtbot, footage, clock, tmp_path,
                                                     monkeypatch):
    win = _window(qtbot, footage, clock)
    dlg = _open(win)
    assert len(dlg.footage_ids) == 4 and dlg.asks_password
    asked: list[str] = []
    monkeypatch.setattr(FileDialog, "existing_directory",
                        classmethod(lambda cls, parent, title, start="": asked.append(start)
                                    or ""))
    # Nothing filled in: the form says what is missing and opens no folder chooser.
    dlg.recipient.setCurrentIndex(-1)
    dlg.purpose.clear()
    dlg.go.click()
    assert "Fill in first: To inspector, Purpose, Head's password" in dlg.status.text()
    assert asked == [] and dlg.job is None
    dlg.recipient.setCurrentIndex(dlg.recipient.findData("IN-1"))
    dlg.purpose.setText("Әкімшілік іс №7")
    dlg.head_password.setText(OFFICER_PW)               # not the head's
    dlg.go.click()                                      # the folder is all that is missing
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [release_dialog.documents_folder()]
    assert asked[0] in (docs, str(Path.home()))
    assert dlg.job is None                              # the chooser was cancelled
    monkeypatch.undo()

    out = tmp_path / "stick"
    out.mkdir()
    FileDialog.set_next_file_name(out)
    dlg.head_password.setText(OFFICER_PW)
    dlg.go.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=20000)
    assert "head's password is wrong" in dlg.status.text()
    assert list(out.iterdir()) == []
    dlg.head_password.setText(HEAD_PW)
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    with qtbot.waitSignal(dlg.finished, timeout=20000):
        dlg.go.click()
    folder = dlg.result_folder
    assert folder.parent == out and folder.name.startswith("dalel-release-0001-20261123-1725")
    m = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert (m["recipient"]["personnel_no"], m["purpose"], m["permission"],
            m["released_by"]["personnel_no"], m["permitted_by"]["personnel_no"]) == (
        "IN-1", "Әкімшілік іс №7", "head_password", "OF-1", "HD-1")
    assert check_package(folder).ok
    assert sorted(p.name for p in folder.iterdir()) == [
        "SHA256SUMS", "SIGNATURE", "manifest.json", "manifest.pdf", "public_key.pem",
        "recordings"]
    win.lock()


def test_the_heads_window_asks_no_second_password(qtbot, head, clock, tmp_path):
    win = _window(qtbot, head, clock)
    dlg = _open(win)
    assert not dlg.asks_password and not dlg.head_password.isVisibleTo(dlg)
    dlg.purpose.setText("іс №8")
    dlg.folder.setText(str(tmp_path))
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    with qtbot.waitSignal(dlg.finished, timeout=20000):
        dlg.go.click()
    assert dlg.released is not None and dlg.released.manifest["permission"] == "head_session"
    assert check_package(dlg.result_folder).ok
    win.lock()
