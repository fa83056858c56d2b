"""Where the shipped resources (fonts, translations, device profiles) are.

From a checkout or an editable install they sit in ``resources/`` beside ``app/``; in a
PyInstaller bundle (installer/dalel.spec) they are unpacked under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
