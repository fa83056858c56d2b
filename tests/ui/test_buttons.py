"""Qt's own button words speak the window's language (issue 15): Qt's Kazakh catalogue
leaves "OK" in English beside "Бас тарту"; every standard button is named from ours."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.ui.dialogs import name_buttons
from app.ui.i18n_qt import apply_language


def test_message_box_and_button_box_buttons_are_translated(qapp) -> None:
    try:
        for lang, ok, cancel in (("kk", "Жарайды", "Бас тарту"), ("ru", "ОК", "Отмена")):
            apply_language(lang)
            box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                              QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
            name_buttons(box)
            assert box.button(QMessageBox.StandardButton.Ok).text() == ok
            assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel
            bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                  | QDialogButtonBox.StandardButton.Cancel)
            name_buttons(bb)
            assert bb.button(QDialogButtonBox.StandardButton.Ok).text() == ok
    finally:
        apply_language("en")
