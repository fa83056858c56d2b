"""Window fixtures: the real MainWindow on a real temporary vault (tests/conftest.py).

Message boxes and file dialogs are answered through the one wrapper (``MessageBox.
set_next_answer``); a box nobody expected is closed by a watchdog and fails the test
instead of hanging it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.i18n import set_language
from app.ui.dialogs import FileDialog, MessageBox, PrintDialog
from app.ui.i18n_qt import apply_language
from app.ui.main_window import MainWindow
from tests.conftest import TEST_KDF


@pytest.fixture(autouse=True)
def _no_unexpected_boxes(qapp: QApplication) -> Iterator[list[str]]:
    MessageBox.clear_answers()
    FileDialog.clear()
    PrintDialog.clear()
    unexpected: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.metaObject().className() == "QMessageBox":
            unexpected.append(modal.text())  # type: ignore[attr-defined]
            modal.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(100)
    yield unexpected
    timer.stop()
    set_language("en")
    apply_language("en")
    assert not unexpected, f"unexpected message box: {unexpected}"
    assert MessageBox.pending_answers() == 0, "a message box the test expected never came"
    MessageBox.clear_answers()
    FileDialog.clear()


@pytest.fixture
def window(qtbot, vault_dir, clock) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(vault_dir, clock=clock, lang="en", kdf=TEST_KDF)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def win(window: MainWindow, stocked) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window opened on the stocked vault (as if just unlocked by the officer)."""
    window.open_session(stocked)
    window.show()
    window.activateWindow()
    return window


@pytest.fixture
def demo_win(qtbot, tmp_path, clock) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window on a seeded demo vault (footage, corrections, deadlines)."""
    from app import demo
    from app.model import vault

    info = demo.ensure(tmp_path / "demo", now=clock.now(), kdf=TEST_KDF)
    win = MainWindow(info.path, clock=clock, lang="en", kdf=TEST_KDF)
    qtbot.addWidget(win)
    win.open_session(vault.unlock(info.path, "officer", info.officer_password, clock))
    win.show()
    yield win
    win.lock()
