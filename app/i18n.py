"""Translation of the core's user-facing strings, without Qt.

Strings outside widgets are marked with ``QT_TRANSLATE_NOOP("context", "text")`` so that
``pyside6-lupdate`` extracts them into the same ``resources/translations/dalel_*.ts`` files
the GUI uses. The command line reads those ``.ts`` files directly (they are XML), so the
core, the command line and the window speak with one catalogue.

Kazakh first, Russian second, English for developers (R22).
"""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from app.assets import resource

LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "kk"

_state = threading.local()
_global_language = os.environ.get("DALEL_LANG", DEFAULT_LANGUAGE)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction; returns it unchanged (English source)."""
    return text


def translations_dir() -> Path:
    return resource("translations")


def set_language(lang: str) -> None:
    global _global_language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _global_language = lang


def language() -> str:
    return getattr(_state, "lang", None) or _global_language


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"dalel_{lang}.ts"
    table: dict[tuple[str, str], str] = {}
    if not path.exists():
        return table
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            trans = msg.find("translation")
            if source is None or trans is None:
                continue
            if trans.get("type") in ("unfinished", "obsolete", "vanished") or not trans.text:
                continue
            table[(name, source)] = trans.text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    lang = lang or language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)
