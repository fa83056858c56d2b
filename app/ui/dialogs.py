"""The one wrapper for message boxes and file dialogs (KeePassXC ``MessageBox::setNextAnswer``,
``FileDialog::setNextFileName``).

Every box shown is also written to the log, so a support person can read afterwards what the
officer was told. A queued "next answer" replaces the next box without showing it: tests use
it, and so can scripted demos; production code calls the same functions either way.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

StandardButton = QMessageBox.StandardButton
Button = StandardButton  # the short name; MessageBox.Button for callers

# Qt's own button words, in our catalogue: Qt's Kazakh translation leaves some in English
# ("OK" beside "Бас тарту"), so every standard button a box shows is named here.
BUTTON_TEXTS: dict[Button, str] = {
    Button.Ok: QT_TRANSLATE_NOOP("MessageBox", "OK"),
    Button.Cancel: QT_TRANSLATE_NOOP("MessageBox", "Cancel"),
    Button.Yes: QT_TRANSLATE_NOOP("MessageBox", "Yes"),
    Button.No: QT_TRANSLATE_NOOP("MessageBox", "No"),
    Button.Save: QT_TRANSLATE_NOOP("MessageBox", "Save"),
    Button.Close: QT_TRANSLATE_NOOP("MessageBox", "Close"),
}


# Words of Qt's own file dialog that Qt's Russian catalogue (6.11) lacks — the dialog said
# "Look in:" and "Files of type:" beside Russian ones (a GUI examiner's finding). Marked here
# in Qt's own contexts, our catalogue answers where Qt's has no answer.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
)


def name_buttons(box: QMessageBox | QDialogButtonBox) -> None:
    """Every standard button of ``box`` in the window's language."""
    for which, text in BUTTON_TEXTS.items():
        button = (box.button(QDialogButtonBox.StandardButton(which.value))
                  if isinstance(box, QDialogButtonBox) else box.button(which))
        if button is not None:
            button.setText(QCoreApplication.translate("MessageBox", text))


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """The OK and Cancel buttons of a form dialog, in the window's language, wired to accept
    and reject; ``ok_text`` (translated already) names what OK does ("Tie", "Register")."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    name_buttons(buttons)
    if ok_text is not None:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_buttons(go_text: str, on_go: Callable[[], object], on_cancel: Callable[[], object]
                   ) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The buttons of a dialog that starts work: one that does it (``go_text``, translated
    already) and Cancel, in the window's language; returns the box and both buttons."""
    buttons = QDialogButtonBox()
    go = buttons.addButton(go_text, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    name_buttons(buttons)
    buttons.accepted.connect(on_go)
    buttons.rejected.connect(on_cancel)
    return buttons, go, cancel


def wrapped_label(text: str = "") -> QLabel:
    """A label that wraps its words: a dialog's explanation or its status line."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


Field = QWidget | QLayout
Row = tuple[str, Field] | QWidget


def explained_form(dialog: QDialog, text: str, rows: Sequence[Row], *below: QWidget
                   ) -> QFormLayout:
    """A dialog's layout: what it is about (``text``, translated), its rows (a label and its
    field, or a widget across the form), then the widgets ``below`` it (a status line, the
    buttons)."""
    form = QFormLayout(dialog)
    form.addRow(wrapped_label(text))
    for row in rows:
        if isinstance(row, tuple):
            label, field = row
            # one call; Qt's overloads (a field's widget, its layout) want the type known
            if isinstance(field, QLayout):
                form.addRow(label, field)
            else:
                form.addRow(label, field)
        else:
            form.addRow(row)
    for widget in below:
        form.addRow(widget)
    dialog.setMinimumWidth(max(dialog.minimumWidth(), 420))  # the explanation wraps, readably
    return form


def folder_row(choose_text: str, on_choose: Callable[[], object], folder: str = ""
               ) -> tuple[QLineEdit, QHBoxLayout]:
    """A folder's field with its chooser button beside it (``choose_text``, translated
    already, opens ``on_choose``); returns the field and the row to put in a form."""
    field = QLineEdit(folder)
    choose = QPushButton(choose_text)
    choose.clicked.connect(on_choose)
    row = QHBoxLayout()
    row.addWidget(field)
    row.addWidget(choose)
    return field, row


class MessageBox:
    Button = Button

    _next: ClassVar[deque[StandardButton]] = deque()

    @classmethod
    def set_next_answer(cls, answer: StandardButton) -> None:
        cls._next.append(answer)

    @classmethod
    def pending_answers(cls) -> int:
        return len(cls._next)

    @classmethod
    def clear_answers(cls) -> None:
        cls._next.clear()

    @classmethod
    def _show(cls, icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
              buttons: StandardButton, default: StandardButton) -> StandardButton:
        level = {QMessageBox.Icon.Critical: logging.ERROR,
                 QMessageBox.Icon.Warning: logging.WARNING}.get(icon, logging.INFO)
        log.log(level, "message shown: %s: %s", title, text)
        if cls._next:
            return cls._next.popleft()
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        name_buttons(box)
        return Button(box.exec())

    @classmethod
    def critical(cls, parent: QWidget | None, title: str, text: str) -> StandardButton:
        return cls._show(QMessageBox.Icon.Critical, parent, title, text, Button.Ok, Button.Ok)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> StandardButton:
        return cls._show(QMessageBox.Icon.Warning, parent, title, text, Button.Ok, Button.Ok)

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> StandardButton:
        return cls._show(QMessageBox.Icon.Information, parent, title, text, Button.Ok,
                         Button.Ok)

    @classmethod
    def question(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = cls._show(QMessageBox.Icon.Question, parent, title, text,
                           Button.Yes | Button.No, Button.No)
        return answer == Button.Yes


class QueuedPaths:
    """The answers (paths; "" for Cancel) queued for one kind of picker: each replaces the
    next picker of that kind without showing it. Every kind has its own queue."""

    _next: ClassVar[deque[str]]

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        cls._next = deque()

    @classmethod
    def queue(cls, path: str | Path) -> None:
        cls._next.append(str(path))

    @classmethod
    def clear(cls) -> None:
        cls._next.clear()

    @classmethod
    def answer(cls, show: Callable[[], str]) -> str:
        """The next queued answer, else what the real picker (``show``) returns."""
        return cls._next.popleft() if cls._next else show()


class FileDialog(QueuedPaths):
    """Folder and file pickers. Sensitive pickers never remember the last folder (KeePassXC)."""

    @classmethod
    def set_next_file_name(cls, name: str | Path) -> None:
        cls.queue(name)

    @classmethod
    def existing_directory(cls, parent: QWidget | None, title: str, start: str = "") -> str:
        return cls.answer(lambda: QFileDialog.getExistingDirectory(parent, title, start))

    @classmethod
    def save_file_name(cls, parent: QWidget | None, title: str, start: str = "",
                       filters: str = "") -> str:
        return cls.answer(lambda: QFileDialog.getSaveFileName(parent, title, start, filters)[0])

    @classmethod
    def open_file_name(cls, parent: QWidget | None, title: str, start: str = "",
                       filters: str = "") -> str:
        return cls.answer(lambda: QFileDialog.getOpenFileName(parent, title, start, filters)[0])


class PrintDialog(QueuedPaths):
    """The printer picker. A queued answer (an output PDF path, or "" for Cancel) replaces
    the next dialog: tests print to a file through QPrinter's PDF format."""

    @classmethod
    def set_next_output_file(cls, path: str | Path) -> None:
        cls.queue(path)

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        if cls._next:
            path = cls._next.popleft()
            if not path:
                return False
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(path)
            return True
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted
