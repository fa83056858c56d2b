"""The checks of a setting's values: each takes text (as typed at the command line) or a
typed value (the window, the database) and returns the value in its one stored form, or
raises ValueError. :mod:`app.model.settings` declares which setting uses which.

Also :func:`shown`, how a value reads to a person (a setting's words are :class:`app.i18n.Phrase`).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from app.model.words import answer, weekday_number

TRUE_WORDS = ("yes", "true", "1", "on")
FALSE_WORDS = ("no", "false", "0", "off")
# Extra days off and working days are decrees of a year: far from today is a typing slip.
FIRST_YEAR, LAST_YEAR = 2000, 2099


def shown(value: Any) -> str:
    """A value as a person would type it at the command line (lists comma separated)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        text = ",".join(shown(v) for v in value)
    elif isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


# -- the checks: each takes text (the command line) or a typed value (the window, the
# database) and returns the value in its one stored form, or raises ValueError ----------------
Parse = Callable[[Any], Any]


def _items(value: Any) -> list[Any]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return value
    raise ValueError(value)


def _whole_number(value: Any) -> int:
    if isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,9}", value.strip()):
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError(value)


def whole(low: int, high: int) -> Parse:
    def parse(value: Any) -> int:
        number = _whole_number(value)
        if not low <= number <= high:
            raise ValueError(value)
        return number
    return parse


def flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in TRUE_WORDS + FALSE_WORDS:
        return value.strip().lower() in TRUE_WORDS
    # yes and no in the office's languages too: what `dalel settings` shows (иә, нет, ...)
    said = answer(value) if isinstance(value, str) else None
    if said is None:
        raise ValueError(value)
    return said


def choice(options: tuple[str, ...]) -> Parse:
    def parse(value: Any) -> str:
        if isinstance(value, str) and value.strip() in options:
            return value.strip()
        raise ValueError(value)
    return parse


def line_of_text(limit: int) -> Parse:
    def parse(value: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(value)
        text = value.strip()
        # A name is printed on every journal page: no line breaks or control characters.
        if len(text) > limit or any(unicodedata.category(c) == "Cc" for c in text):
            raise ValueError(value)
        return text
    return parse


def time_of_day(value: Any) -> str:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip()) if isinstance(value, str) else None
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(value)
    return f"{int(match[1]):02d}:{match[2]}"


@lru_cache(maxsize=64)
def _zone_exists(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):   # ZoneInfoNotFoundError is a KeyError
        return False
    return True


def time_zone(value: Any) -> str:
    # Area/Location names of the IANA database (or UTC); "localtime", "posixrules" and the
    # posix/ and right/ copies of the system's folder load too but are no zone of the list.
    # (zoneinfo.available_timezones() would tell, but takes a second to list.)
    name = value.strip() if isinstance(value, str) else ""
    if name != "UTC" and (not re.fullmatch(r"[A-Z][A-Za-z_-]*(/[A-Za-z0-9_+-]+){1,2}", name)
                          or name.split("/")[0] in ("posix", "right")):
        raise ValueError(value)
    if not _zone_exists(name):
        raise ValueError(value)
    return name


def _day(item: Any) -> Any:
    """0-6, or a day's name as `dalel settings` shows it (Mon, Дс, Пн)."""
    if isinstance(item, str):
        return int(item) if re.fullmatch(r"\d", item) else weekday_number(item)
    return item


def weekdays(value: Any) -> list[int]:
    days = [_day(d) for d in _items(value)]
    if not days or any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6
                       for d in days) or len(set(days)) != len(days):
        raise ValueError(value)
    return sorted(days)


def iso_dates(value: Any) -> list[str]:
    days = set()
    for item in _items(value):
        # date.fromisoformat also takes 20261217 and week dates: the form is YYYY-MM-DD, or
        # DD.MM.YYYY as every screen shows a date (stored as YYYY-MM-DD either way).
        if isinstance(item, str) and re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", item):
            item = f"{item[6:]}-{item[3:5]}-{item[:2]}"
        if not isinstance(item, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", item):
            raise ValueError(value)
        day = date.fromisoformat(item)
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValueError(value)
        days.add(item)
    return sorted(days)


def folders(value: Any) -> list[str]:
    out: list[str] = []
    for item in _items(value):
        if (not isinstance(item, str) or not os.path.isabs(item.strip())
                or any(unicodedata.category(c) == "Cc" for c in item)):
            raise ValueError(value)
        if item.strip() not in out:
            out.append(item.strip())
    return out


def staff_id(value: Any) -> int:
    number = _whole_number(value)
    if number < 1:
        raise ValueError(value)
    return number


def hex_text(length: int) -> Parse:
    def parse(value: Any) -> str:
        if isinstance(value, str) and re.fullmatch(f"[0-9a-f]{{{length}}}", value):
            return value
        raise ValueError(value)
    return parse
