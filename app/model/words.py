"""What the registers' and the footage's codes are called for people, one table each, for
the window and the command line alike (``dalel --lang kk staff list`` says "инспектор" where
the Registers tab does, never ``inspector`` or ``in_store``).

Each word is marked for translation in the "core" context; :func:`word` shows it in the
user's language, and a code no table knows (a newer version's) as it is stored, so nothing
is hidden. ``--json`` keeps the codes: these are for reading only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from app.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate

CONTEXT = "core"

# Who a member of staff is (registers.STAFF_ROLES) and who holds a password (R1, R2).
ROLE_WORDS = {"inspector": QT_TRANSLATE_NOOP("core", "inspector"),
              "officer": QT_TRANSLATE_NOOP("core", "responsible officer"),
              "head": QT_TRANSLATE_NOOP("core", "head of the office")}
# A device's kind and state (registers.DEVICE_KINDS, DEVICE_STATES; R4, R19).
KIND_WORDS = {"camera": QT_TRANSLATE_NOOP("core", "camera"),
              "card": QT_TRANSLATE_NOOP("core", "memory card")}
STATE_WORDS = {"in_store": QT_TRANSLATE_NOOP("core", "in store"),
               "issued": QT_TRANSLATE_NOOP("core", "issued"),
               "faulty": QT_TRANSLATE_NOOP("core", "faulty"),
               "written_off": QT_TRANSLATE_NOOP("core", "written off")}
# A recording's category and its term (R9; footage.CATEGORIES).
CATEGORY_WORDS = {"ordinary": QT_TRANSLATE_NOOP("core", "ordinary (kept 1 year)"),
                  "offence": QT_TRANSLATE_NOOP("core", "administrative offence (5 years)"),
                  "inspection": QT_TRANSLATE_NOOP("core", "inspection (5 years)")}
# Reasons the program writes itself in a register's history (an officer's are as typed).
REASON_WORDS = {"issue": QT_TRANSLATE_NOOP("core", "at issue"),
                "return": QT_TRANSLATE_NOOP("core", "at return"),
                "correction": QT_TRANSLATE_NOOP("core", "by a correction (R7)"),
                "confirmed at issue": QT_TRANSLATE_NOOP("core", "confirmed at issue")}
# What a print made (app/paper/output.py PrintResult.kind).
PRINT_KIND_WORDS = {"pages": QT_TRANSLATE_NOOP("core", "journal pages"),
                    "closing": QT_TRANSLATE_NOOP("core", "the closing page"),
                    "reprint": QT_TRANSLATE_NOOP("core", "a duplicate"),
                    "extract": QT_TRANSLATE_NOOP("core", "an extract"),
                    "blank": QT_TRANSLATE_NOOP("core", "a blank book"),
                    "morning": QT_TRANSLATE_NOOP("core", "the sheet for signatures")}
# The days of the week, Monday first (the working days of R21: 0 is Monday).
WEEKDAY_WORDS = (QT_TRANSLATE_NOOP("core", "Mon"), QT_TRANSLATE_NOOP("core", "Tue"),
                 QT_TRANSLATE_NOOP("core", "Wed"), QT_TRANSLATE_NOOP("core", "Thu"),
                 QT_TRANSLATE_NOOP("core", "Fri"), QT_TRANSLATE_NOOP("core", "Sat"),
                 QT_TRANSLATE_NOOP("core", "Sun"))
YES, NO = QT_TRANSLATE_NOOP("core", "yes"), QT_TRANSLATE_NOOP("core", "no")
NOTHING = "—"


def word(table: Mapping[str, str], code: object, lang: str | None = None) -> str:
    """The word for ``code`` in ``lang`` (the user's language); an unknown code as stored,
    none as a dash."""
    if code is None or code == "":
        return NOTHING
    text = table.get(str(code))
    return translate(CONTEXT, text, lang) if text else str(code)


CLOCK_RIGHT_S = 2    # within this a camera's clock counts as right (reading it blurs a second)


def clock_offset_text(offset_s: float, lang: str | None = None) -> str:
    """How far a camera's clock was off when it was read, in words: ahead ("fast") or
    behind ("slow"), never a bare "+35s" (a positive offset: the camera's clock is ahead of
    the PC's). Seconds up to two minutes, then minutes up to two hours, then hours."""
    if abs(offset_s) < CLOCK_RIGHT_S:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("core", "clock right"), lang)
    size = abs(offset_s)
    unit, n = ((QT_TRANSLATE_NOOP("core", "{n} s"), size) if size < 120 else
               (QT_TRANSLATE_NOOP("core", "{n} min"), size / 60) if size < 7200 else
               (QT_TRANSLATE_NOOP("core", "{n} h"), size / 3600))
    amount = translate(CONTEXT, unit, lang).format(n=f"{n:.0f}")
    text = (QT_TRANSLATE_NOOP("core", "clock {amount} fast") if offset_s > 0 else
            QT_TRANSLATE_NOOP("core", "clock {amount} slow"))
    return translate(CONTEXT, text, lang).format(amount=amount)


def yes_no(value: object, lang: str | None = None) -> str:
    return translate(CONTEXT, YES if value else NO, lang)


def answer(text: str) -> bool | None:
    """True for "yes", False for "no", typed in any of the program's languages."""
    typed = text.strip().casefold()
    for lang in LANGUAGES:
        for said, source in ((True, YES), (False, NO)):
            if translate(CONTEXT, source, lang).casefold() == typed:
                return said
    return None


def weekday(day: int, lang: str | None = None) -> str:
    return translate(CONTEXT, WEEKDAY_WORDS[day], lang)


def weekday_number(text: str) -> int | None:
    """The day a typed name means, in any of the program's languages ("Дс", "пн", "Mon")."""
    wanted = text.strip().casefold()
    for lang in LANGUAGES:
        for i, name in enumerate(WEEKDAY_WORDS):
            if translate(CONTEXT, name, lang).casefold() == wanted:
                return i
    return None


def setting_value(value: Any, key: str = "", lang: str | None = None) -> str:
    """A setting's value as a person types it back: yes/no in the user's language, working
    days by name, a list comma-separated, nothing as a dash (``dalel settings``)."""
    if isinstance(value, bool):
        return yes_no(value, lang)
    if key == "work_days" and isinstance(value, list):
        return ", ".join(weekday(d, lang) if isinstance(d, int) and 0 <= d <= 6 else str(d)
                         for d in value) or NOTHING
    if isinstance(value, list | tuple):
        return ", ".join(setting_value(v, "", lang) for v in value) or NOTHING
    if value is None or value == "":
        return NOTHING
    return str(value)


def change_text(h: Mapping[str, Any], device_number: Callable[[str | None], str],
                lang: str | None = None) -> str:
    """One recorded change of a register record (``Registers.history``) in words: what
    changed from what to what, and why (the window's history list, ``dalel staff show``)."""
    def t(text: str) -> str:
        return translate(CONTEXT, text, lang)

    field, old, new = h["field"], h["old"], h["new"]
    if field == "created":
        text = t(QT_TRANSLATE_NOOP("core", "Registered as {number}")).format(
            number=new or NOTHING)
    elif field == "state":
        text = t(QT_TRANSLATE_NOOP("core", "State: {old} → {new}")).format(
            old=word(STATE_WORDS, old, lang), new=word(STATE_WORDS, new, lang))
    elif field == "camera_id":
        text = t(QT_TRANSLATE_NOOP("core", "In camera: {old} → {new}")).format(
            old=device_number(old), new=device_number(new))
    elif field == "slot_seal":
        text = t(QT_TRANSLATE_NOOP("core", "Slot seal: {old} → {new}")).format(
            old=old or NOTHING, new=new or NOTHING)
    elif field == "default_password":
        text = t(QT_TRANSLATE_NOOP("core", "The factory password was changed"))
    elif field == "active":
        text = t(QT_TRANSLATE_NOOP("core", "Works here again") if new == "1"
                 else QT_TRANSLATE_NOOP("core", "No longer works here"))
    else:
        text = f"{field}: {old or NOTHING} → {new or NOTHING}"
    reason = h.get("reason")
    reason = word(REASON_WORDS, reason, lang) if reason else ""
    return f"{text} ({reason})" if reason else text


def counted(items: Sequence[tuple[str, str]], lang: str | None = None) -> list[tuple[str, int]]:
    """Devices counted by kind and state, in words: [("camera, in store", 2), ...] in the
    order of the tables (``dalel status``)."""
    counts: dict[tuple[str, str], int] = {}
    for kind, state in items:
        counts[(kind, state)] = counts.get((kind, state), 0) + 1

    def order(key: tuple[str, str]) -> tuple[int, int, str]:
        kinds, states = list(KIND_WORDS), list(STATE_WORDS)
        return (kinds.index(key[0]) if key[0] in kinds else len(kinds),
                states.index(key[1]) if key[1] in states else len(states), "".join(key))

    return [(f"{word(KIND_WORDS, k, lang)}, {word(STATE_WORDS, s, lang)}", counts[(k, s)])
            for k, s in sorted(counts, key=order)]
