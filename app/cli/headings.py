"""Column headings of the command line's tables, each declared once: a column that several
tables show (the camera, the inspector, the day a recording was downloaded…) is headed with
the same word in each (marked "cli" texts; ``Context.marked_table`` translates them)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

NUMBER = "№"
CAMERA = QT_TRANSLATE_NOOP("cli", "camera")
INSPECTOR = QT_TRANSLATE_NOOP("cli", "inspector")
INVENTORY = QT_TRANSLATE_NOOP("cli", "inventory")
KIND = QT_TRANSLATE_NOOP("cli", "kind")
STATE = QT_TRANSLATE_NOOP("cli", "state")
SERIAL = QT_TRANSLATE_NOOP("cli", "serial")
MODEL = QT_TRANSLATE_NOOP("cli", "model")
SERVICE_ENDS = QT_TRANSLATE_NOOP("cli", "service ends")
SURNAME = QT_TRANSLATE_NOOP("cli", "surname")
FIRST_NAME = QT_TRANSLATE_NOOP("cli", "first name")
PATRONYMIC = QT_TRANSLATE_NOOP("cli", "patronymic")
POSITION = QT_TRANSLATE_NOOP("cli", "position")
ROLE = QT_TRANSLATE_NOOP("cli", "role")
RECORDED = QT_TRANSLATE_NOOP("cli", "recorded")
DOWNLOADED = QT_TRANSLATE_NOOP("cli", "downloaded")
CATEGORY = QT_TRANSLATE_NOOP("cli", "category")
KEEP_UNTIL = QT_TRANSLATE_NOOP("cli", "keep until (R9)")
DESTROYED = QT_TRANSLATE_NOOP("cli", "destroyed")
VOLUME = QT_TRANSLATE_NOOP("cli", "volume")
CLOSED = QT_TRANSLATE_NOOP("cli", "closed")

STAFF_NUMBER = QT_TRANSLATE_NOOP("cli", "number")
FULL_NAME = QT_TRANSLATE_NOOP("cli", "name")
WORKS_HERE = QT_TRANSLATE_NOOP("cli", "works here")
IN_CAMERA = QT_TRANSLATE_NOOP("cli", "in camera")
SEAL = QT_TRANSLATE_NOOP("cli", "seal")
HOLDER = QT_TRANSLATE_NOOP("cli", "holder")
CLOCK = QT_TRANSLATE_NOOP("cli", "clock")
BATTERY = QT_TRANSLATE_NOOP("cli", "battery")
RECORDINGS = QT_TRANSLATE_NOOP("cli", "recordings")
NOTES = QT_TRANSLATE_NOOP("cli", "notes")
GAP_FROM = QT_TRANSLATE_NOOP("cli", "from")
GAP_TO = QT_TRANSLATE_NOOP("cli", "to")
MINUTES = QT_TRANSLATE_NOOP("cli", "minutes")
