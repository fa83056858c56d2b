"""Issue 14 in the window: Today reminds the officer while there is no recent backup; the
toolbar's Back up… copies the vault to a chosen drive off the GUI thread, with progress."""

from __future__ import annotations

import threading

from app.model import backup
from app.ui.dialogs import FileDialog


def test_backup_from_the_toolbar_clears_todays_reminder(win, qtbot, tmp_path, clock,
                                                        monkeypatch):
    today = win.workspace.today
    assert today.backup_item is not None
    assert "never been backed up" in today.backup_item.text()
    threads: list[threading.Thread] = []
    real = backup.backup

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "backup", watched)
    drive = tmp_path / "usb"
    drive.mkdir()
    assert win.backup_action.isEnabled()
    dialog = win.back_up()
    FileDialog.set_next_file_name(drive)
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    assert dialog.start() is not None
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.progress.value() == 1000 and values
    assert "Backed up to" in dialog.status.text()
    assert dialog.result_value.folder.parent == drive
    assert today.backup_item is None                # Today heard the bus
    clock.advance(days=8)
    today.refresh()
    assert today.backup_item is not None and "more than 7 day" in today.backup_item.text()
    win.lock()
    assert not win.backup_action.isEnabled() and win.backup_dialog is None
