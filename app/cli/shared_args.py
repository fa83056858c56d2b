"""Arguments several commands take, declared once (``app/cli/spec.py``): the same flag reads
the same in every command's help and is checked by the same type (``app/cli/argtypes.py``)."""

from __future__ import annotations

from app.cli import argtypes as t
from app.cli.spec import arg, flag
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

# -- arguments added while converting registers, devices, vault, dock (keep this section) --

# -- arguments added while converting footage, print, backup, release, reports, settings,
# -- journal (keep this section) --
