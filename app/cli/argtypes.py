"""What each command-line value may be (issue 13): argparse ``type=`` functions.

Each turns the typed text into a value the program can hold, or refuses it with one clear
translated sentence; the parser puts the option's name in front (``--limit: ...``) and exits
2 (``ExitCode.BAD_INPUT``). The bounds are what the program represents:

- numbers of entries, volumes and issues: 1 .. 2**63-1 (an SQLite INTEGER);
- dates: 2000-01-01 .. 2100-12-31 (the journal turns a day into local midnight and the
  next day; a device's service life is added in years; the holiday calendar is asked);
- text: valid Unicode (a byte that is not UTF-8 reaches Python as an unpaired surrogate,
  which SQLite cannot store), no NUL or other control characters (line breaks only in
  reasons and remarks), no invisible direction overrides (they make a printed number read
  otherwise than stored), a length limit, and NFC (the same Kazakh letter typed two ways
  is stored one way).
"""

from __future__ import annotations

import argparse
import math
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.cli.context import tr
from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP

MAX_ID = 2**63 - 1          # the largest SQLite INTEGER
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2100, 12, 31)
SHORT_TEXT = 200            # names, numbers, seals, models
LONG_TEXT = 2000            # reasons, remarks, causes
CODE_TEXT = 4000            # checkpoint codes, the text of a page's QR code
PATH_TEXT = 4096            # PATH_MAX on Linux
NAME_MAX = 255              # one file or folder name: 255 bytes on Linux (Windows: characters)
SHOWN = 40                  # characters of a refused value repeated in the message
MAX_COUNT = 10**9           # how many rows a listing shows
MAX_KDF_SECONDS = 10.0      # Argon2id work per unlock asked of ``init`` (it calibrates to it)
MAX_SERVICE_YEARS = 50      # a device's service life (R19): 2100 + 50 is still a date
MAX_DAYS = 36500            # a warning window in days (a century)
MAX_GAP_MINUTES = 7 * 24 * 60   # the shortest recording gap worth reporting: up to a week

# A byte that is not UTF-8 reaches Python as an unpaired surrogate (``surrogateescape``).
UNPAIRED_SURROGATE = re.compile("[\ud800-\udfff]")
# Control characters (Unicode category Cc); reasons and remarks may hold line breaks and tabs.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
CONTROL_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Explicit bidirectional embeddings, overrides and isolates (Unicode TR 9); the marks
# U+200E/U+200F are harmless and allowed.
BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


class BadValue(argparse.ArgumentTypeError):
    """A refused value; its text is already in the user's language."""


def shown(value: str) -> str:
    """The value as it may be printed in a message: cut short, quoted, with control
    characters and undecodable bytes escaped (so printing it never fails)."""
    text = repr(value[:SHOWN])
    if len(value) > SHOWN or len(text) > 2 * SHOWN:    # escapes make a repr long too
        text = text[:2 * SHOWN] + "…"
    return text


def _whole(text: str) -> int | None:
    """A whole number written in decimal digits (ASCII, optional sign); None otherwise.
    ``int()`` alone would also take ``1_000``, Arabic-Indic digits and spaces."""
    body = text.strip()
    digits = body[1:] if body[:1] in "+-" else body
    if not digits or not digits.isascii() or not digits.isdigit() or len(digits) > 30:
        return None
    return int(body)


def integer(low: int, high: int, *, base_prefix: bool = False) -> Callable[[str], int]:
    """A whole number from ``low`` to ``high``. ``base_prefix``: ``0x4255`` is taken too
    (USB ids are written in hexadecimal)."""

    def parse(text: str) -> int:
        value = _whole(text)
        if value is None and base_prefix:
            body = text.strip().lower()
            if body.startswith(("0x", "0o", "0b")) and body.isascii() and len(body) <= 40:
                try:
                    value = int(body, 0)
                except ValueError:
                    value = None
        if value is None or not low <= value <= high:
            raise BadValue(tr(QT_TRANSLATE_NOOP(
                "cli", "{value} is not a whole number from {low} to {high}."),
                value=shown(text), low=low, high=high))
        return value

    parse.__name__ = "integer"
    return parse


def decimal(low: float, high: float) -> Callable[[str], float]:
    """A finite decimal number from ``low`` to ``high`` (``nan`` and ``inf`` are refused)."""

    def parse(text: str) -> float:
        try:
            value = float(text) if len(text) <= 40 and text.isascii() else math.nan
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not low <= value <= high:
            raise BadValue(tr(QT_TRANSLATE_NOOP(
                "cli", "{value} is not a number from {low} to {high}."),
                value=shown(text), low=f"{low:g}", high=f"{high:g}"))
        return value

    parse.__name__ = "decimal"
    return parse


def day(text: str) -> date:
    """A date written YYYY-MM-DD, from 2000-01-01 to 2100-12-31."""
    try:
        value = date.fromisoformat(text) if len(text) == 10 and text.isascii() else None
    except ValueError:
        value = None
    if value is None or not FIRST_DAY <= value <= LAST_DAY:
        raise BadValue(tr(QT_TRANSLATE_NOOP(
            "cli", "{value} is not a date written YYYY-MM-DD from {first} to {last}."),
            value=shown(text), first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()))
    return value


PERIOD = "period_options"   # where ``add_period`` notes the two options of a command's pair


def add_period(p: argparse.ArgumentParser, since_flag: str, until_flag: str) -> None:
    """A period of days as two options (``--from``/``--to``, ``--since``/``--until``), held
    as ``args.since`` and ``args.until``; :func:`check_period` refuses them reversed."""
    p.add_argument(since_flag, dest="since", type=day, metavar="YYYY-MM-DD",
                   help=tr(QT_TRANSLATE_NOOP("cli", "from this day on")))
    p.add_argument(until_flag, dest="until", type=day, metavar="YYYY-MM-DD",
                   help=tr(QT_TRANSLATE_NOOP("cli", "up to this day, included")))
    p.set_defaults(**{PERIOD: (since_flag, until_flag)})


def check_period(args: argparse.Namespace) -> None:
    """Every command with a period, once its options are parsed: a start after the end is
    bad input (exit 2) naming both options and dates, never an empty table."""
    flags = getattr(args, PERIOD, None)
    since, until = getattr(args, "since", None), getattr(args, "until", None)
    if flags is None or since is None or until is None or since <= until:
        return
    raise InvalidInput(QT_TRANSLATE_NOOP(
        "cli", "{first} {since} is after {second} {until}: the period runs backwards; give "
               "the earlier date first."),
        first=flags[0], since=since.isoformat(), second=flags[1], until=until.isoformat())


def _check_text(text: str, limit: int, line_breaks: bool, nfc: bool = True) -> str:
    if UNPAIRED_SURROGATE.search(text):
        raise BadValue(tr(QT_TRANSLATE_NOOP(
            "cli", "{value} holds bytes that are not UTF-8 text; type it again in a "
                   "UTF-8 terminal."), value=shown(text)))
    if (CONTROL_IN_TEXT if line_breaks else CONTROL).search(text):
        raise BadValue(tr(QT_TRANSLATE_NOOP(
            "cli", "{value} holds a control character (such as NUL), which cannot be "
                   "stored."), value=shown(text)))
    if BIDI_CONTROL.search(text):
        raise BadValue(tr(QT_TRANSLATE_NOOP(
            "cli", "{value} holds an invisible direction override, which would make it "
                   "read differently than it is stored."), value=shown(text)))
    value = unicodedata.normalize("NFC", text) if nfc else text
    if len(value) > limit:
        raise BadValue(tr(QT_TRANSLATE_NOOP(
            "cli", "The text is too long ({n} characters); at most {limit} are allowed."),
            n=len(value), limit=limit))
    return value


def text(limit: int = SHORT_TEXT, *, line_breaks: bool = False) -> Callable[[str], str]:
    """Text of at most ``limit`` characters, NFC, no control characters (``line_breaks``:
    line breaks and tabs are allowed, for reasons and remarks)."""

    def parse(value: str) -> str:
        return _check_text(value, limit, line_breaks)

    parse.__name__ = "text"
    return parse


def path(value: str) -> str:
    """A file or folder name: valid text, no control characters, at most 4096 characters
    and 255 bytes in each part (what Linux and Windows file systems take; a longer part makes
    even "does it exist?" fail). Not normalised: on Linux the same letters in another form
    name another file."""
    value = _check_text(value, PATH_TEXT, False, nfc=False)
    if any(len(part.encode("utf-8")) > NAME_MAX for part in re.split(r"[/\\]", value)):
        raise BadValue(tr(QT_TRANSLATE_NOOP(
            "cli", "{value} has a file or folder name longer than {n} bytes."),
            value=shown(value), n=NAME_MAX))
    return value


def folder_path(value: str) -> Path:
    """A folder as :func:`path` takes its name, held as a ``Path`` (where a release is made,
    a released package to check)."""
    return Path(path(value))


def out_file(value: str) -> str:
    """A file to write (a printout): a path whose last part names a file, not a folder."""
    value = path(value)
    target = Path(value)
    try:
        folder = target.is_dir()
    except OSError:                     # the writing will say what the disk refused
        folder = False
    if value.endswith(("/", "\\")) or target.name in ("", ".", "..") or folder:
        raise BadValue(tr(QT_TRANSLATE_NOOP(
            "cli", "{value} is a folder; give the name of the file to write, such as "
                   "journal.pdf."), value=shown(value)))
    return value


# The kinds of value commands take, by what they mean.
entry_id = integer(1, MAX_ID)           # journal entries, issues, volumes, pages
count = integer(1, MAX_COUNT)           # how many rows to show
percent = integer(0, 100)               # a battery's charge
short_text = text(SHORT_TEXT)           # names, personnel and inventory numbers, seals
long_text = text(LONG_TEXT, line_breaks=True)   # reasons, remarks, causes
code_text = text(CODE_TEXT)             # checkpoint codes, page codes, QR text
