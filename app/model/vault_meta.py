"""The vault's description, ``vault.json``: what it says (product, vault id, format) read as
input that may be damaged, and the format checked (a newer Dalel's vault is exit 15)."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

from app.errors import CorruptVault, InvalidInput, NewerVault
from app.fsutil import os_reason, storage_error
from app.i18n import QT_TRANSLATE_NOOP, Phrase

VAULT_FORMAT = 1
DISK_ERRORS = {errno.EIO, errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM}


def read_meta(path: Path) -> dict[str, Any]:
    """The description of the vault at ``path``; a damaged one is CorruptVault with the
    reason in the user's language, never a parser's English or a traceback."""
    meta_path = path / "vault.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):   # --vault naming a file is input too
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "There is no Dalel vault at {path}."),
                           path=str(path)) from None
    except OSError as exc:
        if exc.errno in DISK_ERRORS:    # a failing disk, not a damaged file (issue 13)
            raise storage_error(exc, meta_path) from exc
        raise _damaged(meta_path, os_reason(exc)) from exc
    except UnicodeDecodeError:
        raise _damaged(meta_path, Phrase(QT_TRANSLATE_NOOP("core", "it is not text"))) from None
    except ValueError as exc:           # JSONDecodeError, a number too long to read
        where = getattr(exc, "lineno", None)
        raise _damaged(meta_path, Phrase(QT_TRANSLATE_NOOP(
            "core", "it is not readable JSON (line {line})"), line=where or "?")) from None
    if not isinstance(meta, dict) or meta.get("product") != "dalel" \
            or not meta.get("vault_id"):
        raise _damaged(meta_path, Phrase(QT_TRANSLATE_NOOP(
            "core", "it does not describe a Dalel vault")))
    return meta


def _damaged(meta_path: Path, reason: str) -> CorruptVault:
    return CorruptVault(QT_TRANSLATE_NOOP("core", "The vault description {path} is "
                                          "damaged: {reason}."),
                        path=str(meta_path), reason=reason)


def check_format(found: object) -> None:
    """A format number above this program's is a vault made by a newer Dalel (exit 15);
    anything else but ours (negative, zero, not a whole number) is a damaged description."""
    whole = isinstance(found, int) and not isinstance(found, bool)    # not 1.0, "1", true
    if whole and isinstance(found, int) and found > VAULT_FORMAT:
        raise NewerVault(QT_TRANSLATE_NOOP(
            "core", "This vault was made by a newer Dalel (vault format {found}; this program "
                    "knows format {known}). Nothing was changed; update the program."),
            found=found, known=VAULT_FORMAT)
    if not whole or found != VAULT_FORMAT:
        raise CorruptVault(QT_TRANSLATE_NOOP("core", "Unknown vault format {found}."),
                           found=json.dumps(found, default=str))
