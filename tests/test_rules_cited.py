"""Rule references as people read them (issue 15): Kazakh and Russian screens, errors and the
command line show the order and clause ("№ 121 бұйрық, 22-т."), the office's own order first,
never a developer code like "R17"; English keeps the codes."""

from __future__ import annotations

import pytest

from app import rules
from app.errors import RuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.rules import cite


@pytest.fixture(autouse=True)
def _veterinary():
    rules.set_agency("veterinary")
    yield
    rules.set_agency("veterinary")


def test_codes_become_clauses() -> None:
    assert cite("(R1, R14)", "kk") == "(№ 121 бұйрық, 5, 18-т.)"
    assert cite("(R1, R14)", "ru") == "(приказ № 121, пп. 5, 18)"
    assert cite("R17", "ru") == "приказ № 121, п. 22"
    assert cite("norms (R19)", "kk") == "norms (№ 1358 бұйрық)"
    assert cite("R21", "ru") == "приказ № 138, приложение, п. 9"
    assert cite("(R1, R14)", "en") == "(R1, R14)"
    assert cite("BR2-K", "kk") == "BR2-K"            # not a code inside a word


def test_the_office_order_comes_first() -> None:
    rules.set_agency("fire")
    assert cite("R7", "kk") == "№ 236 бұйрық, 10-т."
    assert cite("R8", "kk") == "№ 121 бұйрық, 11-т."    # only order 121 has it
    assert cite("(R7, R8)", "ru") == "(приказ № 236, п. 10; приказ № 121, п. 11)"


def test_errors_the_window_and_the_cli_show_no_codes(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.ui.i18n_qt import apply_language

    err = RuleViolation(QT_TRANSLATE_NOOP("core", "Seal the card slot and enter the seal "
                                                  "number (R6)."))
    assert "R6" not in err.localized("kk") and "9-т." in err.localized("kk")
    assert "R6" in err.localized("en")
    try:
        apply_language("ru")
        text = QCoreApplication.translate("IssuePage", "&Seal on the card slot (R6):")
        assert "R6" not in text and "п. 9" in text, text
    finally:
        apply_language("en")
