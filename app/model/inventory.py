"""Inventory and personnel numbers as people type them (issue 15): officers switch keyboard
layouts all day, and "ВК-007" typed in Cyrillic looks exactly like "BK-007" in Latin. Each
number is kept as typed (for display) and compared by a canonical key: Unicode NFKC, the
Cyrillic letters that look like Latin ones mapped to those, case folded, dashes unified,
spaces dropped. Two numbers with one key are one number (R4: one device, one number)."""

from __future__ import annotations

import re
import unicodedata

# Cyrillic capitals that share a glyph with a Latin capital (after upper-casing), and the
# Kazakh/Ukrainian dotted I.
_LOOKALIKES = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "У": "Y",
})
_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
_SPACE = re.compile(r"\s+")


def number_key(text: str) -> str:
    """The form two numbers are compared in: "вк-007", "BK 007" and "ВК–007" all give
    "BK-007"."""
    t = text
    for _ in range(3):  # upper-casing and the map can make new compositions: settle them
        before = t
        t = unicodedata.normalize("NFKC", t)
        t = _SPACE.sub("", _DASHES.sub("-", t)).upper().translate(_LOOKALIKES)
        if t == before:
            break
    return unicodedata.normalize("NFKC", t)


def mixes_scripts(text: str) -> bool:
    """True when the number has both Latin and Cyrillic letters (a layout switched midway):
    it is still found however it is typed, but the officer is told."""
    scripts = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            scripts.add("latin" if name.startswith("LATIN") else
                        "cyrillic" if name.startswith("CYRILLIC") else "other")
    return {"latin", "cyrillic"} <= scripts
