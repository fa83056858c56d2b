"""The window's language: one QTranslator for our .qm, one for Qt's own buttons, and the
core's catalogue (app.i18n) switched together, so every message speaks the same language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import LANGUAGES, set_language, translations_dir
from app.rules import cite

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
_installed: list[QTranslator] = []


class CitingTranslator(QTranslator):
    """Our catalogue, with rule codes ("R17") shown as the order and clause (app.rules)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        # Not in the catalogue: None (a null string), so that Qt asks the next translator
        # and falls back to the source. An empty string would be taken as the translation
        # ("{name}, {role}", the same in every language, is stored by lrelease as no
        # translation: the status bar said nothing of who was signed in, issue 15).
        return cite(text, self.lang) if text else None


def apply_language(lang: str) -> None:
    if lang not in LANGUAGES:
        lang = "kk"
    set_language(lang)
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale({"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian,
                                "en": QLocale.Language.English}[lang]))
    if lang == "en":
        return
    ours = CitingTranslator(lang)
    if ours.load(str(translations_dir() / f"dalel_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation for %s", lang)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
