"""Unexpected errors are logged and shown as a dialog, never a silent crash."""

from __future__ import annotations

import logging
import sys

from app.ui import errors
from app.ui.dialogs import MessageBox


def test_excepthook_logs_and_shows(qapp, caplog, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    assert sys.excepthook is errors.excepthook
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.INFO):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "uncaught exception" in caplog.text and "ZeroDivisionError" in caplog.text
    assert "did not expect" in caplog.text  # the plain-words dialog was shown
