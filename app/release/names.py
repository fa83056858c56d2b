"""File and folder names in a released package: the card's own names, made safe.

A card name comes from a camera's file system, so it is not trusted: only its last part is
kept, characters a file system or ``sha256sum`` would trip on are replaced, it never starts
with a dot (no ``..``, no hidden file) and it is never a Windows device name. Names are made
unique ignoring case, because a package often goes onto a FAT or exFAT stick.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME = 100
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                   *(f"LPT{i}" for i in range(1, 10))}


def safe_name(card_name: str, fallback: str = "file") -> str:
    name = unicodedata.normalize("NFC", card_name).replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[^\w.\-]+", "_", name, flags=re.UNICODE)
    name = name.lstrip(".").strip("_ ") or fallback
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.upper() in WINDOWS_DEVICES:
        stem = f"_{stem}"
    ext = ext[:16]
    stem = stem[:MAX_NAME - len(ext) - 1] if ext else stem[:MAX_NAME]
    return f"{stem}.{ext}" if ext else stem


class UniqueNames:
    """Hands out each name once (case ignored): ``VID.MP4``, ``VID-2.MP4``, ``VID-3.MP4``."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = {t.casefold() for t in (taken or set())}

    def claim(self, name: str) -> str:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem:
            stem, ext = name, ""
        candidate, n = name, 1
        while candidate.casefold() in self.taken:
            n += 1
            candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        self.taken.add(candidate.casefold())
        return candidate
