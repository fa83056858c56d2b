"""The journal's official column titles (R18) are not clipped at 1280 px, in any language:
every word fits its column, the header is as tall as the longest title, rows fit."""

from __future__ import annotations

import pytest

from app.i18n import set_language
from app.ui.i18n_qt import apply_language
from app.ui.journal_view import JournalPage
from app.ui.wrap_header import PAD


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_headers_fit_at_1280(qtbot, demo_win, lang):
    set_language(lang)
    apply_language(lang)
    page = JournalPage(demo_win.ctx)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    header = page.view.horizontalHeader()
    qtbot.waitUntil(lambda: header.height() >= header.needed_height(), timeout=5000)
    fm = header.fontMetrics()
    for s in range(header.count()):
        room = header.sectionSize(s) - 2 * PAD
        for word in header.title(s).split():
            assert fm.horizontalAdvance(word) <= room, (lang, s, word, room)
    assert header.sectionSize(7) >= 300  # the remarks keep the rest of the width
    view = page.view
    for row in range(page.model.rowCount()):
        for col in range(8):
            need = view.sizeHintForIndex(page.model.index(row, col)).height()
            assert view.rowHeight(row) >= need - 1
        assert view.rowHeight(row) < 200  # fitted, not stretched by a narrow column
