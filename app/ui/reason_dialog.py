"""A short dialog that asks for one line of text — the reason for a category change or a
hold (R9), today's date after the clock moved — and does the action with it. A refusal is
shown inside the dialog, which stays open, so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.errors import DalelError
from app.ui.dialogs import ok_cancel, wrapped_label
from app.ui.errors import message_for, show_error


class ReasonDialog(QDialog):
    acted = Signal(object)       # the action's result (QDialog.done is Qt's own)

    def __init__(self, title: str, text: str, label: str, placeholder: str,
                 action: Callable[[str], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(title)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(placeholder)
        self.reason.setMinimumWidth(420)
        self.status = wrapped_label()
        self.buttons = ok_cancel(self)
        explain = QLabel(text)
        explain.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(label, self.reason)
        form.addRow(self.status)
        form.addRow(self.buttons)

    def accept(self) -> None:
        try:
            result = self.action(self.reason.text())
        except DalelError as exc:
            self.status.setText(message_for(exc))
            self.reason.setFocus()
            return
        except Exception as exc:  # never into Qt: logged and shown (app.ui.errors)
            show_error(self, exc)
            return
        self.acted.emit(result)
        super().accept()
