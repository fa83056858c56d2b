"""The argument parser's own refusals, in the user's language, on one line (issue 13).

argparse prints its usage block and an English ``error:`` line; at the desk that is two
screens of options in a language the officer may not read. :class:`DalelParser` prints
one translated line naming the option and what was expected, with the command to ask for
help, and exits ``ExitCode.BAD_INPUT``. The sentences of the values' own checks
(``app/cli/argtypes.py``) come already translated; argparse's few fixed sentences are
recognised here and translated.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from app.cli.context import tr
from app.errors import ExitCode
from app.i18n import QT_TRANSLATE_NOOP

# argparse's sentences (Python 3.11 to 3.13) and ours; the first that matches is used.
_ARGUMENT = re.compile(r"argument (?P<option>.+?): (?P<message>.*)", re.S)
_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)", re.S),
        QT_TRANSLATE_NOOP("cli", "{value} is not one of: {choices}."),
    ),
    (
        re.compile(r"invalid \S+ value: (?P<value>.*)", re.S),
        QT_TRANSLATE_NOOP("cli", "{value} is not a valid value here."),
    ),
    (
        re.compile(r"expected (one|at most one|at least one) argument"),
        QT_TRANSLATE_NOOP("cli", "a value must follow it."),
    ),
    (
        re.compile(r"ignored explicit argument (?P<value>.*)", re.S),
        QT_TRANSLATE_NOOP("cli", "it takes no value ({value})."),
    ),
    (
        re.compile(r"not allowed with argument (?P<other>.*)", re.S),
        QT_TRANSLATE_NOOP("cli", "it cannot be given together with {other}."),
    ),
    (
        re.compile(r"the following arguments are required: (?P<names>.*)", re.S),
        QT_TRANSLATE_NOOP("cli", "These must be given: {names}."),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<words>.*)", re.S),
        QT_TRANSLATE_NOOP("cli", "Not understood: {words}."),
    ),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)", re.S),
        QT_TRANSLATE_NOOP("cli", "{option} could mean {matches}; write the option in full."),
    ),
)
MAX_LINE = 1000  # a refused 10,000-character value is not repeated in full


def translate_error(message: str) -> str:
    """argparse's English error text in the user's language (unknown sentences stay)."""
    option = None
    match = _ARGUMENT.fullmatch(message)
    if match:
        option, message = match["option"], match["message"]
    for pattern, template in _SENTENCES:
        found = pattern.fullmatch(message)
        if found:
            message = tr(template, **found.groupdict())
            break
    return f"{option}: {message}" if option else message


def printable(text: str) -> str:
    """Text that any terminal can take: undecodable bytes from argv (surrogates) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


class DalelFormatter(argparse.HelpFormatter):
    """argparse's help layout with its "usage:" in the user's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = tr(QT_TRANSLATE_NOOP("cli", "usage: "))
        super().add_usage(usage, actions, groups, prefix)


class DalelParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` whose refusals are one translated line and whose help
    speaks the user's language: argparse's own words ("usage:", the section titles, the
    help of -h) are replaced by translated ones (sub-command parsers are made of the same
    class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DalelFormatter)
        super().__init__(*args, **kwargs)
        for action in self._actions:
            if "--help" in action.option_strings:
                action.help = tr(QT_TRANSLATE_NOOP("cli", "show this help and exit"))

    def format_help(self) -> str:
        # The sections keep argparse's titles (a command's options and the global ones it
        # takes from its parent merge by title); they are shown translated.
        titles = {
            "positional arguments": tr(QT_TRANSLATE_NOOP("cli", "positional arguments")),
            "options": tr(QT_TRANSLATE_NOOP("cli", "options")),
        }
        kept = [(group, group.title) for group in self._action_groups]
        for group, title in kept:
            group.title = titles.get(title or "", title)
        try:
            return super().format_help()
        finally:
            for group, title in kept:
                group.title = title

    def error(self, message: str) -> NoReturn:
        line = translate_error(message)
        if len(line) > MAX_LINE:
            line = line[:MAX_LINE] + "…"
        self.exit(ExitCode.BAD_INPUT, printable(f"{self.prog}: {line} ({self.prog} --help)\n"))

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            print(printable(message), end="", file=sys.stderr)
        raise SystemExit(status)

