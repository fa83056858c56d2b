"""Fuzzing the command line (issue 13, item 7): every sub-command's arguments are filled
with hostile values — any Unicode, NUL, direction marks, 10,000-character text, SQL-looking
text, huge and negative numbers, far dates, bytes that are not UTF-8 (as Python hands them
over: unpaired surrogates) — next to ordinary ones, and run in-process against a real,
stocked vault.

The property: the exit code is one of ``ExitCode``, never ``UNEXPECTED`` (70, a fault in
the program), and no traceback reaches stdout or stderr. The sub-commands are read from
the parser itself, so a command added later is fuzzed without touching this file.
"""

from __future__ import annotations

import argparse
import functools
import math
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cli import argtypes
from app.cli.main import build_parser, main
from app.errors import ExitCode
from app.model.settings import SETTINGS
from tests.fuzz.conftest import FuzzVault, share

CODES = {c.value for c in ExitCode}
GLOBAL = {"help", "vault", "role", "password_file", "json", "lang"}


# -- the commands, read from the parser ------------------------------------------------------
def _leaves(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
            ) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found: dict[tuple[str, ...], argparse.ArgumentParser] = {}
            for name, sub in action.choices.items():
                found.update(_leaves(sub, (*words, name)))
            return found
    return {words: parser}


COMMANDS = _leaves(build_parser())


# -- values ----------------------------------------------------------------------------------
SQL = ["'; DROP TABLE journal;--", "1 OR 1=1", "' OR ''='", "%", "_", "\\", "NULL",
       "1; ATTACH DATABASE 'x' AS y", '"', "`", "*/", "/*"]
ODD = ["", " ", "\x00", "a\x00b", "\u202e123", "\u200f", "\u2066x\u2069", "\ufeff", "\n",
       "\r\n", "\t", "é", "е\u0301", "А", "ＡＢＣ", "𝟙", "\U0001f600", "\uffff", "\U0010ffff",
       "--", "-", "-1", "--help", "-h", "=", "@file", "~", "%s%n", "{0}", "{n}", "{}", "..",
       "/", "\\\\?\\C:", "CON", "ا", "\u0000\u0000"]
NUMBERS = ["0", "1", "2", "-1", "-0", "+1", " 1 ", "1e23", "1.5", "nan", "inf", "-inf",
           "0x10", "0b1", "1_000", "١٢٣", "²", "9" * 20, "-" + "9" * 20, "9" * 400,
           str(2**63 - 1), str(2**63), str(-(2**63)), "00000000001", "0.0001", "1e-400",
           "1e400", "5", "100", "101", "2001"]
# Not 2000: a blank book of 2,000 pages is valid and takes ~10 s of rendering by design;
# the fuzz run's hang limit is for inputs that should be quick.
DATES = ["2026-11-23", "2000-01-01", "2100-12-31", "1999-12-31", "2101-01-01",
         "0001-01-01", "9999-12-31", "2026-02-29", "2024-02-29", "2026-13-01", "2026-1-1",
         "20261123", "+002026-11-23", "2026-11-23T00:00", "2026–11–23", "２０２６-１１-２３"]


# Bytes that are not UTF-8, as Python decodes argv (``surrogateescape``).
SURROGATE_ESCAPED = st.binary(min_size=1, max_size=12).map(
    lambda b: b.decode("utf-8", "surrogateescape"))
HOSTILE = st.one_of(
    st.text(max_size=30),
    st.text(st.characters(categories=["Cc", "Cf", "Zs", "Mn", "Cs"]), max_size=8),
    SURROGATE_ESCAPED,
    st.sampled_from(SQL + ODD + NUMBERS + DATES),
    st.integers(9_000, 12_000).map(lambda n: "Ә" * n),          # 10,000 characters
    st.tuples(st.text(min_size=1, max_size=3), st.integers(2, 4000)).map(
        lambda t: t[0] * t[1]),
    st.integers(-(2**80), 2**80).map(str),
    st.dates().map(date.isoformat),
    st.floats().map(repr),
)
# A hostile token that may land on a file name is kept relative, below the fuzz folder (the
# tests run as whoever runs them, and ``/x`` could be written).
ANYWHERE = HOSTILE.map(lambda t: "f-" + t if t.startswith("/") else t)


# What a real value looks like, by the option's name: the fuzzed commands then also reach
# the custody rules, the registers and the printouts instead of stopping at "not found".
GOOD: dict[str, list[str]] = {
    "inspector": ["IN-1", "IN-2", "OF-1"],
    "number": ["IN-1", "IN-2", "IN-9"],
    "officer": ["IN-1", "HD-1"],
    "camera": ["BK-001", "BK-002", "BK-003"],
    "failed_camera": ["BK-001", "BK-002"],
    "inventory": ["BK-001", "MC-002", "BK-009"],
    "card": ["MC-001", "MC-002", "MC-003"],
    "seal": ["PL-1", "PL-9"],
    "checked": ["all", "working,battery", "bogus"],
    "pages": ["1", "1-3,7", "3-1", "1-2000"],
    "key": list(SETTINGS),
    "surname": ["Сейітов"], "name": ["Ерлан"], "reason": ["сынақ"], "text": ["ескерту"],
    "cause": ["батарея"], "unit": ["Алматы"], "unit_name": ["Алматы"], "model": ["Sim"],
    "serial": ["SN-9"],
}
NUMBER_GOOD = ["1", "2", "3", "5", "50", "90"]


@functools.cache
def _value(action: argparse.Action) -> st.SearchStrategy[str]:
    kind = getattr(action.type, "__name__", "")
    good: list[str] = list(action.choices or []) + GOOD.get(action.dest, [])
    if kind in ("integer", "decimal"):
        good += NUMBER_GOOD
        extra = st.sampled_from(NUMBERS)
    elif kind == "day":
        extra = st.sampled_from(DATES)
    elif kind == "path":
        # Relative, below the fuzz folder: a fuzzed path may be written to (a printout).
        good += ["out.pdf", "missing/out.pdf", ".", "sub"]
        return st.one_of(st.sampled_from(good), HOSTILE.map(lambda t: "f-" + t))
    else:
        extra = st.nothing()
    if not good:
        return st.one_of(extra, HOSTILE)
    # Half the time an ordinary value, so that the commands get past their first lookup.
    ordinary = st.sampled_from(good)
    return st.one_of(ordinary, ordinary, extra, HOSTILE)


GLOBAL_OPTIONS = st.sampled_from([["--json"], ["--lang", "kk"], ["--lang", "ru"],
                                  ["--role", "head"], ["--lang", "xx"]])


@functools.cache
def _argv(words: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
    parser = COMMANDS[words]
    actions = [a for a in parser._actions if a.dest not in GLOBAL]
    positionals = [a for a in actions if not a.option_strings]
    options = [a for a in actions if a.option_strings]

    @st.composite
    def build(draw: Callable[..., object]) -> list[str]:
        argv: list[str] = list(words)
        for a in positionals:
            if a.nargs == "?" and draw(st.booleans()):
                continue
            argv.append(draw(_value(a)))  # type: ignore[arg-type]
        for a in options:
            if not a.required and not draw(st.booleans()):
                continue
            argv.append(a.option_strings[-1])
            if a.nargs != 0:
                argv.append(draw(_value(a)))  # type: ignore[arg-type]
        if draw(st.integers(0, 5)) == 0:       # now and then the global options
            argv += draw(GLOBAL_OPTIONS)
        if draw(st.integers(0, 7)) == 0:       # and a stray token anywhere
            spot = draw(st.integers(0, len(argv)))
            argv.insert(spot, draw(ANYWHERE))  # type: ignore[arg-type]
        return argv

    return build()


def commands(*prefixes: str, but: Sequence[str] = ()) -> st.SearchStrategy[list[str]]:
    chosen = sorted(w for w in COMMANDS
                    if w[0] in prefixes and " ".join(w) not in but)
    assert chosen, prefixes
    return st.sampled_from(chosen).flatmap(_argv)


# -- the property ----------------------------------------------------------------------------
@pytest.fixture
def run(fuzz_env: FuzzVault, capsys: pytest.CaptureFixture[str]
        ) -> Callable[..., int]:
    def check(argv: list[str], vault: str | None = None) -> int:
        where = vault or str(fuzz_env.path())
        code = main(["--vault", where, *argv])
        out, err = capsys.readouterr()
        assert code in CODES, (argv, code)
        assert code != ExitCode.UNEXPECTED, (argv, err)
        assert "Traceback" not in out and "Traceback" not in err, (argv, err)
        return code

    return check


READING = ("status", "verify", "audit", "checkpoint", "journal", "entries", "deadlines")


@given(argv=st.one_of(commands(*READING), commands("staff", "device", but=(
    "staff add", "staff leave", "device add", "device state", "device insert-card"))))
def test_reading_commands(run, argv):
    run(argv)


@given(argv=st.one_of(commands("staff", "device"), commands("print", but=(
    "print pages", "print close", "print reprint", "print range", "print blank"))))
def test_register_commands(run, argv):
    run(argv)


@share(0.5)
@given(argv=commands("issue", "return", "remark", "malfunction", "replace", "correct"))
def test_custody_commands(run, argv):
    run(argv)


@share(0.25)
@given(argv=commands("print", "dock"))
def test_print_and_dock_commands(run, argv):
    run(argv)


@share(0.1)
@given(argv=commands("init", "passwd", "reset-officer", "settings"))
def test_vault_administration(run, fuzz_env, argv):
    # Each on a copy of its own: a settings value or a new password stays with its copy.
    if argv[0] == "init":
        run(argv, vault=str(fuzz_env.work / f"new-{fuzz_env.fresh().name}"))
    else:
        run(argv, vault=str(fuzz_env.fresh()))


WORDS = sorted({w for words in COMMANDS for w in words})
OPTIONS = sorted({o for p in COMMANDS.values() for a in p._actions for o in a.option_strings})


@given(argv=st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(OPTIONS), ANYWHERE),
                     max_size=8))
def test_any_tokens(run, argv):
    run(argv)


# -- the argument types alone: cheap, so the long run tries the most inputs here ------------
TYPES = {
    "entry_id": (argtypes.entry_id, lambda v: 1 <= v <= 2**63 - 1),
    "count": (argtypes.count, lambda v: 1 <= v <= argtypes.MAX_COUNT),
    "percent": (argtypes.percent, lambda v: 0 <= v <= 100),
    "usb_id": (argtypes.integer(0, 0xFFFF, base_prefix=True), lambda v: 0 <= v <= 0xFFFF),
    "decimal": (argtypes.decimal(0, 10), lambda v: math.isfinite(v) and 0 <= v <= 10),
    "day": (argtypes.day, lambda v: argtypes.FIRST_DAY <= v <= argtypes.LAST_DAY),
}


@share(1, long=3)
@given(kind=st.sampled_from(sorted(TYPES)), text=st.one_of(HOSTILE, st.sampled_from(NUMBERS),
                                                           st.sampled_from(DATES)))
def test_number_and_date_types(kind, text):
    parse, within = TYPES[kind]
    try:
        value = parse(text)
    except argtypes.BadValue as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 300
        str(exc).encode("utf-8")                      # printable: no lone surrogate left
    else:
        assert within(value), (kind, text, value)


@share(1, long=3)
@given(parse=st.sampled_from([argtypes.short_text, argtypes.long_text, argtypes.code_text,
                              argtypes.path]), text=HOSTILE)
def test_text_types(parse, text):
    try:
        value = parse(text)
    except argtypes.BadValue as exc:
        str(exc).encode("utf-8")
        assert "\n" not in str(exc) and len(str(exc)) < 300
    else:
        value.encode("utf-8")                         # SQLite can store it
        assert not any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in value)
        assert all(unicodedata.category(c) != "Cc" or c in "\n\t" for c in value)
        if parse is not argtypes.path:
            assert unicodedata.is_normalized("NFC", value)
