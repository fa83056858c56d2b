"""The window's language: one QTranslator for our .qm, one for Qt's own buttons, and the
core's catalogue (app.i18n) switched together, so every message speaks the same language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import LANGUAGES, set_language, translations_dir

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
_installed: list[QTranslator] = []


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
    ours = QTranslator()
    if ours.load(str(translations_dir() / f"dalel_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation for %s", lang)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
