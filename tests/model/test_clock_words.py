"""A camera's clock offset in words, for the docking station and ``dalel dock list``: ahead
or behind, never a bare "+35s" whose sign the officer has to guess."""

from __future__ import annotations

import pytest

from app.model.words import clock_offset_text


@pytest.mark.parametrize(("offset", "lang", "text"), [
    (0.4, "en", "clock right"),
    (-1.9, "ru", "часы верны"),
    (35, "en", "clock 35 s fast"),
    (-35, "en", "clock 35 s slow"),
    (35, "ru", "часы спешат на 35 с"),
    (-35, "ru", "часы отстают на 35 с"),
    (35, "kk", "сағат 35 с алға кеткен"),
    (-35, "kk", "сағат 35 с кейін қалған"),
    (-600, "ru", "часы отстают на 10 мин"),
    (3 * 86400, "kk", "сағат 72 сағ алға кеткен"),
])
def test_clock_offset_in_words(offset: float, lang: str, text: str) -> None:
    assert clock_offset_text(offset, lang) == text
