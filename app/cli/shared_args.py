"""Arguments several commands take, declared once (``app/cli/spec.py``): the same flag reads
the same in every command's help and is checked by the same type (``app/cli/argtypes.py``)."""

from __future__ import annotations

from typing import Any

from app.cli import argtypes as t
from app.cli import headings as h
from app.cli.spec import Arg, arg, flag
from app.i18n import QT_TRANSLATE_NOOP

CAMERA = arg("camera", help=QT_TRANSLATE_NOOP("cli", "inventory number"), type=t.short_text)
INVENTORY = arg("inventory", help=QT_TRANSLATE_NOOP("cli", "inventory number"),
                type=t.short_text)
PERSONNEL = arg("number", help=QT_TRANSLATE_NOOP("cli", "personnel number"), type=t.short_text)
CARD = arg("--card", type=t.short_text,
           help=QT_TRANSLATE_NOOP("cli", "card inventory number (default: the card in the camera)"))
SEAL = arg("--seal", type=t.short_text,
           help=QT_TRANSLATE_NOOP("cli", "number of the seal on the card slot (R6)"))
RECORDING = arg("id", type=t.entry_id,
                help=QT_TRANSLATE_NOOP("cli", "the recording's number (dalel footage list)"))
ONLY_CAMERA = arg("--camera", metavar="NUMBER", type=t.short_text,
                  help=QT_TRANSLATE_NOOP("cli", "only this camera (inventory number)"))
ONLY_INSPECTOR = arg("--inspector", metavar="NUMBER", type=t.short_text,
                     help=QT_TRANSLATE_NOOP("cli", "only this inspector (personnel number)"))
AUDIT_REASON = arg("--reason", type=t.long_text,
                   help=QT_TRANSLATE_NOOP("cli", "why (required; kept in the audit log)"))
HISTORY_REASON = arg("--reason", type=t.long_text, required=True,
                     help=QT_TRANSLATE_NOOP("cli", "why (kept in the register's history)"))
CONFIRM_WIPE = flag("--yes", help=QT_TRANSLATE_NOOP("cli", "confirm the wipe"))



def person(prefix: str = "", whose: str = "") -> tuple[Arg, ...]:
    """A person's names, personnel number and position: ``--surname`` … (``dalel staff add``),
    or for one of several people ``--head-surname`` … (``prefix`` "head-"), each helped as
    ``whose`` (a marked "the head's {what}") of the word the table's column is headed with."""

    def named(name: str, word: str, **options: Any) -> Arg:
        flags = f"--{prefix}{name}"
        if whose:
            return arg(flags, type=t.short_text, help=whose, marked={"what": word}, **options)
        return arg(flags, type=t.short_text, help=word, **options)

    return (
        named("surname", h.SURNAME, required=True),
        named("name", h.FIRST_NAME, required=True),
        named("patronymic", h.PATRONYMIC),
        arg(f"--{prefix}number", type=t.short_text, required=True, help=PERSONNEL.help),
        named("position", h.POSITION, default=""),
    )
