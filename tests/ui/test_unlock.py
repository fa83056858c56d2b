"""Unlock (R2), wrong passwords and the lockout, locking by hand and on idle, first start."""

from __future__ import annotations

from app.model import vault
from app.ui.dialogs import MessageBox
from app.ui.unlock import UnlockPage
from app.ui.wizard import CreateVaultWizard
from app.ui.workspace import Workspace
from tests.conftest import HEAD_PW, OFFICER_PW


def _try(qtbot, page: UnlockPage, password: str) -> None:
    page.password.setText(password)
    page.submit()
    qtbot.waitUntil(lambda: page.job is None, timeout=20000)


def test_officer_unlocks_and_locks(qtbot, window, session):
    session.lock()
    window.show_entry()  # the fixture vault now exists: the unlock page is shown
    page = window.entry
    assert isinstance(page, UnlockPage)
    with qtbot.waitSignal(window.session_opened, timeout=20000):
        page.password.setText(OFFICER_PW)
        qtbot.keyClick(page.password, "\r")
    assert isinstance(window.stack.currentWidget(), Workspace)
    assert window.session.role == "officer"
    assert "Ахметов" in window.who.text()
    opened = window.session
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()
    assert opened.is_locked
    assert isinstance(window.stack.currentWidget(), UnlockPage)


def test_head_picks_themself(qtbot, window, session):
    session.lock()
    window.show_entry()
    page = window.entry
    page.head.setChecked(True)
    with qtbot.waitSignal(window.session_opened, timeout=20000):
        page.password.setText(HEAD_PW)
        page.submit()
    assert window.session.role == "head"
    assert "head of the office" in window.who.text()


def test_wrong_password_then_lockout_explained(qtbot, window, session):
    session.lock()
    window.show_entry()
    page = window.entry
    _try(qtbot, page, "not-the-password")
    assert "Wrong password" in page.status.text()
    assert window.session is None
    for _ in range(4):
        _try(qtbot, page, "still-wrong-1")
    assert "blocked for ten minutes" in page.status.text()
    _try(qtbot, page, OFFICER_PW)  # even the right one waits out the lockout
    assert "blocked" in page.status.text()
    assert window.session is None


def test_auto_lock_after_inactivity(qtbot, win):
    assert win.inactivity.active  # started from auto_lock_minutes (default 10)
    assert win.inactivity.timer.interval() == 10 * 60_000
    opened = win.session
    win.inactivity.start(50)
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass
    assert opened.is_locked
    assert isinstance(win.entry, UnlockPage)


def test_activity_postpones_auto_lock(qtbot, win):
    win.inactivity.start(400)
    for _ in range(3):
        qtbot.wait(150)
        qtbot.keyClick(win.workspace.issue.camera, "x")
    assert win.session is not None and not win.session.is_locked


def test_first_start_wizard_creates_vault(qtbot, window, vault_dir):
    wiz = window.entry
    assert isinstance(wiz, CreateVaultWizard)
    wiz.office.agency.setCurrentIndex(wiz.office.agency.findData("fire"))
    wiz.office.unit.setText("Қостанай облысы ТЖД")
    for page, (surname, number, pw) in ((wiz.officer, ("Әлиев", "OF-9", "officer-pw-9")),
                                        (wiz.head, ("Бекова", "HD-9", "head-pw-99"))):
        page.surname.setText(surname)
        page.name.setText("Аты")
        page.number.setText(number)
        page.pw1.setText(pw)
        page.pw2.setText("different")
        assert not page.validatePage()
        assert "differ" in page.error.text()
        page.pw2.setText(pw)
        assert page.validatePage()
    with qtbot.waitSignal(window.session_opened, timeout=30000):
        wiz.accept()
    s = window.session
    assert vault.is_vault(vault_dir)
    assert s.settings.get("agency") == "fire"
    assert s.settings.get("unit_name") == "Қостанай облысы ТЖД"
    assert "Қостанай" in window.windowTitle()


def test_wizard_refuses_same_password_for_both(qtbot, window):
    wiz = window.entry
    for page, number in ((wiz.officer, "OF-9"), (wiz.head, "HD-9")):
        page.surname.setText("Х")
        page.name.setText("Y")
        page.number.setText(number)
        page.pw1.setText("same-password")
        page.pw2.setText("same-password")
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    wiz.accept()
    qtbot.waitUntil(lambda: wiz.job is None, timeout=10000)
    assert "each choose their own password" in wiz.head.error.text()
    assert window.session is None
