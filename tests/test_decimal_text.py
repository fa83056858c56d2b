"""Decimals as each language writes them (reports' hours, megabytes in sentences, MB/s on
the docking station): a comma in Kazakh and Russian, a point in English."""

from __future__ import annotations

import pytest

from app.i18n import decimal_text, set_language, translate_n


@pytest.mark.parametrize(("lang", "text"), [("kk", "12,3"), ("ru", "12,3"), ("en", "12.3")])
def test_decimal_sign(lang: str, text: str) -> None:
    assert decimal_text(12.34, lang) == text


def test_a_sentence_in_russian_says_megabytes_with_a_comma() -> None:
    set_language("ru")
    try:
        text = translate_n("cli", "Removed from the quarantine: %n file(s), {mb} MB.", 3
                           ).format(mb=decimal_text(5.25))
    finally:
        set_language("en")
    assert text == "Удалено из карантина: 3 файла, 5,2 МБ."
