"""After unlock: reconcile and its notice, change my password, and the head's session
(R1, R5: no custody writes; review, release, journal, registers stay open)."""

from __future__ import annotations

from app.model import vault
from app.ui.dialogs import MessageBox
from tests.conftest import HEAD_PW, OFFICER_PW


def test_reconcile_runs_at_unlock_and_tells_what_it_found(qtbot, window, stocked):
    blobs = stocked.blobs
    stray = blobs.root / "ab" / ("ab" + "0" * 62)
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"not referenced by the index")
    (blobs.tmp / "leftover.part").write_bytes(b"half a write")
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    window.open_session(stocked)
    assert not stray.exists() and (blobs.quarantine / stray.name).exists()
    assert not (blobs.tmp / "leftover.part").exists()
    text = window.statusBar().currentMessage()
    assert "moved to blobs/quarantine" in text and "interrupted download" in text


def test_clean_vault_shows_nothing(qtbot, win):
    assert win.statusBar().currentMessage() == ""  # and no box (the watchdog would fail)


def test_change_my_password(qtbot, win, vault_dir, clock):
    dlg = win.change_password()
    dlg.old.setText("not-my-password")
    dlg.new.setText("a-new-pass-77")
    dlg.again.setText("a-new-pass-7")
    dlg.accept()
    assert "differ" in dlg.status.text() and dlg.job is None
    dlg.again.setText("a-new-pass-77")
    dlg.accept()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=20000)
    assert "current password is wrong" in dlg.status.text()
    dlg.old.setText(OFFICER_PW)
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    with qtbot.waitSignal(dlg.accepted, timeout=20000):
        dlg.accept()
    win.lock()
    s = vault.unlock(vault_dir, "officer", "a-new-pass-77", clock)
    assert s.audit.entries(action="password_changed")
    s.lock()


def test_head_cannot_write_custody_but_reviews(qtbot, window, stocked, vault_dir, clock):
    stocked.lock()
    window.open_session(vault.unlock(vault_dir, "head", HEAD_PW, clock))
    ws = window.workspace
    issue = ws.issue
    assert issue.head_note.isVisibleTo(issue) and "head" in issue.head_note.text()
    assert not issue.issue_button.isEnabledTo(issue)
    assert not issue.return_button.isEnabledTo(issue)
    assert not issue.remarks.pause.isEnabledTo(issue)
    assert not ws.journal.correct_button.isVisibleTo(ws.journal)
    assert ws.journal.open_correction() is None
    assert ws.journal.paper.verify_button.isEnabled()
    assert not ws.journal.paper.morning_button.isVisibleTo(ws.journal)   # R5: the officer's
    assert ws.review.find_button.isEnabled() and ws.review.release_button.isEnabled()
    assert window.password_action.isEnabled()


def test_officer_sees_no_head_notice(qtbot, win):
    issue = win.workspace.issue
    assert not issue.head_note.isVisibleTo(issue)
    assert issue.issue_button.isEnabledTo(issue)
    assert win.workspace.journal.correct_button.isVisibleTo(win.workspace.journal)
