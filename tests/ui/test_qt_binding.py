"""The Qt binding must not eat references: PySide6 6.12.0 on CPython 3.11 dropped a
reference to None on every void call, and the window, painting progress bars during a
download, aborted the interpreter ("Fatal Python error: none_dealloc") mid-download. The
project pins PySide6 below 6.12 (pyproject.toml); this test fails on a binding that has the
bug, so a version bump cannot bring it back unnoticed."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QProgressBar


def test_void_calls_keep_references_to_none_true_and_false(qapp) -> None:
    label, bar = QLabel(), QProgressBar()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for i in range(2000):
        label.setText("x")
        bar.setValue(i % 100)
        bar.setRange(0, 100)
        label.setVisible(False)
        bar.setEnabled(True)
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # immortal from 3.12 (a constant); on 3.11 a healthy binding moves them by a handful
    assert all(a - b > -100 for a, b in zip(after, before, strict=True)), (before, after)
