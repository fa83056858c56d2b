"""Translation of the core's user-facing strings, without Qt.

Strings outside widgets are marked with ``QT_TRANSLATE_NOOP("context", "text")`` so that
``pyside6-lupdate`` extracts them into the same ``resources/translations/dalel_*.ts`` files
the GUI uses. The command line reads those ``.ts`` files directly (they are XML), so the
core, the command line and the window speak with one catalogue.

Kazakh first, Russian second, English for developers (R22).
"""

from __future__ import annotations

import contextlib
import os
import threading
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from app.assets import resource
from app.rules import cite

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


def decimal_text(value: float, lang: str | None = None, places: int = 1) -> str:
    """A number with its decimals written as the language writes them: "1,5" in Kazakh
    and Russian (a decimal comma, as Excel in those locales reads it), "1.5" in English."""
    comma = (lang or language()) in ("kk", "ru")
    return f"{value:.{places}f}".replace(".", "," if comma else ".")


class Numerus:
    """Marks a string with a count for extraction as a Qt numerus message: write
    ``NUMERUS.translate("core", "%n file(s) wiped", None, 0)`` (lupdate recognises that
    shape, with a literal count, as plural) and show it with ``translate_n``."""

    @staticmethod
    def translate(context: str, text: str, _disambiguation: None = None, _n: int = 0) -> str:
        return text


NUMERUS = Numerus()


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    return _catalogues(lang)[0]


@cache
def _numerus(lang: str) -> dict[tuple[str, str], tuple[str, ...]]:
    return _catalogues(lang)[1]


@cache
def _catalogues(lang: str) -> tuple[dict[tuple[str, str], str],
                                    dict[tuple[str, str], tuple[str, ...]]]:
    path = translations_dir() / f"dalel_{lang}.ts"
    table: dict[tuple[str, str], str] = {}
    plural: dict[tuple[str, str], tuple[str, ...]] = {}
    if not path.exists():
        return table, plural
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            trans = msg.find("translation")
            if source is None or trans is None:
                continue
            if trans.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if msg.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in trans.findall("numerusform"))
                if forms and all(forms):
                    plural[(name, source)] = forms
                continue
            if trans.text:
                table[(name, source)] = trans.text
    return table, plural


def has_translation(context: str, text: str, lang: str | None = None) -> bool:
    """The catalogue of ``lang`` holds ``text`` in ``context`` (a plain or a plural text).
    Told from the catalogue itself, not by comparing texts: ``translate`` also cites the
    rules (R4 -> the order's article), so its answer differs even for a text not held."""
    lang = lang or language()
    if lang == "en":
        return False
    return (context, text) in _catalogue(lang) or (context, text) in _numerus(lang)


def translate(context: str, text: str, lang: str | None = None) -> str:
    lang = lang or language()
    if lang == "en":
        return text
    return cite(_catalogue(lang).get((context, text), text), lang)


def plural_form(lang: str, n: int) -> int:
    """Which numerus form Qt uses for ``n``: Russian one/few/many; Kazakh and English
    one/other (the order of forms in the .ts catalogues)."""
    n = abs(n)
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def translate_n(context: str, text: str, n: int, lang: str | None = None) -> str:
    """The plural form of ``text`` for the count ``n``, with ``%n`` replaced by it."""
    lang = lang or language()
    forms = _numerus(lang).get((context, text)) if lang != "en" else None
    chosen = forms[min(plural_form(lang, n), len(forms) - 1)] if forms else text
    return cite(chosen.replace("%n", str(n)), lang)


class Phrase(str):
    """A core text that is data as well as a message: a verify problem's reason, a note, a
    key slot's fault. Its ``str`` value is the English text (what ``--json``, the log and
    tests compare); shown with ``str()``, ``print`` or an f-string it speaks the user's
    language, like ``DalelError``. Mark ``source`` with ``QT_TRANSLATE_NOOP`` (or
    ``NUMERUS.translate`` with ``%n`` and a parameter ``n``)."""

    source: str
    params: dict[str, object]

    def __new__(cls, source: str, **params: object) -> Phrase:
        english = source.replace("%n", str(params["n"])) if "n" in params else source
        with contextlib.suppress(KeyError, IndexError, ValueError):
            english = english.format(**{k: str.__str__(v) if isinstance(v, Phrase) else v
                                        for k, v in params.items()})
        obj = super().__new__(cls, english)
        obj.source, obj.params = source, params
        return obj

    def localized(self, lang: str | None = None) -> str:
        text = (translate_n("core", self.source, int(str(self.params["n"])), lang)
                if "%n" in self.source and "n" in self.params
                else translate("core", self.source, lang))
        try:
            return text.format(**{k: v.localized(lang) if isinstance(v, Phrase) else v
                                  for k, v in self.params.items()})
        except (KeyError, IndexError, ValueError):
            return str.__str__(self)

    def __str__(self) -> str:
        return self.localized()

    def __format__(self, spec: str) -> str:
        return format(self.localized(), spec)

    def __reduce__(self) -> tuple[object, ...]:
        return (_phrase, (self.source, self.params))


def _phrase(source: str, params: dict[str, object]) -> Phrase:
    return Phrase(source, **params)
