"""What a device profile must hold before Dalel uses it (issue 13).

A profile is a file the office writes (or anyone who can write its folder), so it is read
as hostile input: the file is bounded before it is parsed (which also bounds how deep its
JSON can nest), and every field is checked for type, range and length, so a bad file is
refused naming the field it fails on, never with an exception from deep in the program.
:func:`checked_fields` turns a parsed document into the keyword arguments of
:class:`app.devices.profiles.Profile`; :func:`parse_json` turns a file's bytes into that
document.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import PurePosixPath
from typing import Any

MAX_FILE_BYTES = 64 * 1024     # a profile is ~1 KiB; this also caps the JSON's nesting
MAX_TEXT = 200                 # a name, a title, a folder, a glob
MAX_ITEMS = 64                 # entries of any list
MAX_REGEX = 500
MAX_PRIORITY = 1000
MAX_PART_SIZE = 2**62
DEFAULT_PART_SIZE = 4227858432           # just under the 4 GiB a FAT32 card allows a file
DRIVERS = ("mass_storage", "ambarella", "simulated")
TIME_GROUPS = ("Y", "m", "d", "H", "M", "S")
FIELDS = frozenset({"name", "title", "driver", "priority", "match", "footage", "name_time",
                    "split", "time_file", "default_passwords", "usb_command"})
MATCH_FIELDS = frozenset({"usb", "labels", "layout_all", "layout_any", "files_any"})


class ProfileError(ValueError):
    """Why a profile's content is refused, in plain (untranslated) words: it becomes the
    ``{reason}`` of the message the person sees and the log line."""


def _reject_constant(name: str) -> float:
    raise ProfileError(f"{name} is not a number a profile may hold")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):   # 1e999 reads as infinity
        raise ProfileError(f"the number {text[:20]} is out of range")
    return value


def parse_json(data: bytes) -> Any:
    """The JSON document in a profile file's bytes (UTF-8, a byte order mark allowed)."""
    if len(data) > MAX_FILE_BYTES:
        raise ProfileError(f"the file is larger than {MAX_FILE_BYTES // 1024} KiB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError("the file is not UTF-8 text") from None
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite)
    except RecursionError:
        raise ProfileError("the JSON is nested too deeply") from None
    except ProfileError:
        raise
    except ValueError as exc:   # JSONDecodeError; a number of more than 4300 digits
        raise ProfileError(f"not JSON ({str(exc)[:80]})") from None


def _text(value: Any, what: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or not value:
        raise ProfileError(f"{what} must be a non-empty text")
    if len(value) > limit:
        raise ProfileError(f"{what} is longer than {limit} characters")
    # No control or format characters (NUL, line breaks, right-to-left overrides): these
    # texts are shown to people and become file names.
    if not value.isprintable():
        raise ProfileError(f"{what} holds control or invisible characters")
    return value


def _int(value: Any, what: str, low: int, high: int) -> int:
    # bool is an int to Python and 3.0, "3", inf are not whole numbers in a profile.
    if type(value) is not int or not low <= value <= high:
        raise ProfileError(f"{what} must be a whole number from {low} to {high}")
    return value


def _usb_number(value: Any, what: str, high: int) -> int:
    """A USB id or endpoint: a number or its text ("0x4255")."""
    if isinstance(value, str) and value.isascii() and 0 < len(value) <= 10:
        try:
            value = int(value, 0)
        except ValueError:
            raise ProfileError(f"{what} must be a number from 0 to {high:#x}") from None
    return _int(value, what, 0, high)


def _list(value: Any, what: str, least: int = 0) -> list[Any]:
    if not isinstance(value, list) or not least <= len(value) <= MAX_ITEMS:
        raise ProfileError(f"{what} must be a list of {least} to {MAX_ITEMS} entries")
    return value


def _object(value: Any, what: str, allowed: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProfileError(f"{what} must be an object")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise ProfileError(f"{what} has an unknown field {unknown[0][:40]!r}")
    return value


def safe_rel(value: Any, what: str) -> str:
    """A path inside the card: relative, without "..", at most 16 levels deep."""
    text = _text(value, what).replace("\\", "/")
    p = PurePosixPath(text)
    if p.is_absolute() or ".." in p.parts or len(p.parts) > 16:
        raise ProfileError(f"unsafe path in profile: {text!r}")
    return str(p)


def _regex(value: Any, what: str, groups: tuple[str, ...]) -> re.Pattern[str]:
    text = _text(value, what, MAX_REGEX)
    try:
        pattern = re.compile(text)
    except (re.error, OverflowError, RecursionError, ValueError) as exc:
        raise ProfileError(f"{what} is not a valid regular expression ({exc})") from None
    missing = [g for g in groups if g not in pattern.groupindex]
    if missing:
        names = " and ".join(f"(?P<{g}>...)" for g in groups)
        raise ProfileError(f"{what} needs the groups {names}")
    return pattern


def _split(value: Any) -> tuple[re.Pattern[str] | None, int]:
    if value is None or value is False:   # a camera that never splits
        return None, DEFAULT_PART_SIZE
    split = _object(value, "split", frozenset({"regex", "min_part_size"}))
    regex = split.get("regex")
    pattern = None if regex is None else _regex(regex, "split regex", ("base", "part"))
    size = _int(split.get("min_part_size", DEFAULT_PART_SIZE), "split min_part_size", 1,
                MAX_PART_SIZE)
    return pattern, size


def _time_file(value: Any) -> dict[str, str] | None:
    if value is None or value is False:
        return None
    tf = _object(value, "time_file", frozenset({"name", "format"}))
    fmt = _text(tf.get("format", "%Y-%m-%d %H:%M:%S"), "time_file format", 64)
    if not fmt.isascii():   # the camera reads the file as ASCII
        raise ProfileError("time_file format must be ASCII")
    return {"name": safe_rel(tf.get("name"), "time_file name"), "format": fmt}


def _footage(value: Any) -> tuple[tuple[str, bool], ...]:
    out = []
    for entry in _list(value, "footage", least=1):
        f = _object(entry, "a footage entry", frozenset({"dir", "recursive"}))
        recursive = f.get("recursive", True)
        if not isinstance(recursive, bool):
            raise ProfileError("footage recursive must be true or false")
        out.append((safe_rel(f.get("dir"), "footage dir"), recursive))
    return tuple(out)


def _match(value: Any) -> dict[str, Any]:
    m = _object(value, "match", MATCH_FIELDS)
    usb = []
    for pair in _list(m.get("usb", []), "match usb"):
        if not isinstance(pair, list) or len(pair) != 2:
            raise ProfileError("match usb entries must be [vendor id, product id]")
        usb.append((_usb_number(pair[0], "USB vendor id", 0xFFFF),
                    _usb_number(pair[1], "USB product id", 0xFFFF)))
    return {
        "usb_ids": tuple(usb),
        "labels": tuple(_text(g, "match label", 64) for g in _list(m.get("labels", []),
                                                                  "match labels")),
        **{key: tuple(safe_rel(x, f"match {key}") for x in _list(m.get(key, []),
                                                                  f"match {key}"))
           for key in ("layout_all", "layout_any", "files_any")},
    }


def _or_empty(value: Any) -> Any:
    return {} if value is None else value


def checked_fields(doc: Any) -> dict[str, Any]:
    """The keyword arguments of a ``Profile`` for a parsed profile document, every field
    checked; :class:`ProfileError` names the first that is wrong."""
    d = _object(doc, "the profile", FIELDS)
    name = _text(d.get("name"), "name", 64)
    driver = d.get("driver")
    if driver not in DRIVERS:
        shown = repr(driver[:40]) if isinstance(driver, str) else "missing or not a text"
        raise ProfileError(f"unknown driver {shown}; one of {', '.join(DRIVERS)}")
    name_time = d.get("name_time")
    split_regex, split_min = _split(d.get("split"))
    cmd = _object(_or_empty(d.get("usb_command")), "usb_command", frozenset({"out", "in"}))
    return {
        "name": name,
        "title": _text(d.get("title", name), "title"),
        "driver": driver,
        "priority": _int(d.get("priority", 0), "priority", -MAX_PRIORITY, MAX_PRIORITY),
        **_match(_or_empty(d.get("match"))),
        "footage": _footage(d.get("footage", [{"dir": "DCIM"}])),
        "name_time": None if name_time is None else _regex(name_time, "name_time",
                                                            TIME_GROUPS),
        "split_regex": split_regex,
        "split_min_part": split_min,
        "time_file": _time_file(d.get("time_file")),
        "default_passwords": tuple(_text(p, "a default password", 64)
                                   for p in _list(d.get("default_passwords", []),
                                                  "default_passwords")),
        "ep_out": _usb_number(cmd.get("out", 0x01), "usb_command out", 0xFF),
        "ep_in": _usb_number(cmd.get("in", 0x81), "usb_command in", 0xFF),
    }
