"""The command line declared as data: a command is its name, its one-line help, the function
that runs it and its arguments; a group ("staff", "device", "dock") holds commands under one
word. The modules ``app/cli/cmd_*.py`` declare theirs as tuples of :class:`Command` and
:class:`Group` and :func:`add` builds argparse's parsers from them.

Why data and not ``add_argument`` calls: an argument the program takes in several places
(the camera's inventory number, a filter by inspector, the reason kept in the audit log) is
declared once (``app/cli/shared_args.py``) and read the same in every command's help, and a
command's whole surface fits in the lines that declare it.

Help texts are marked "cli" sources (``QT_TRANSLATE_NOOP("cli", …)``) and are translated
only here, when the parser is built, after the language is chosen (``parser_for``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from app.cli.argtypes import add_period
from app.cli.context import tr

if TYPE_CHECKING:
    from app.cli.context import Context


@dataclass(frozen=True)
class Arg:
    """One argument: its flags (``"camera"`` or ``"--card"``), its marked help and
    argparse's other options (``type``, ``choices``, ``default``, ``metavar``, ``action``…).
    ``words`` fill the help's ``{placeholders}`` after it is translated; ``marked`` fill
    them with marked "cli" texts, translated too ("the head's {what}": "surname")."""

    flags: tuple[str, ...]
    help: str
    options: Mapping[str, Any] = field(default_factory=dict)
    words: Mapping[str, str] = field(default_factory=dict)
    marked: Mapping[str, str] = field(default_factory=dict)

    def add_to(self, target: Any) -> None:
        words = {**self.words, **{k: tr(v) for k, v in self.marked.items()}}
        target.add_argument(*self.flags, help=tr(self.help, **words), **self.options)

    def but(self, **options: Any) -> Arg:
        """The same argument with some of argparse's options otherwise (``nargs="?"``;
        ``metavar=None`` for argparse's own), where a command takes it a little differently."""
        return replace(self, options={**self.options, **options})


def arg(*flags: str, help: str, words: Mapping[str, str] | None = None,
        marked: Mapping[str, str] | None = None, **options: Any) -> Arg:
    """An :class:`Arg`; ``help`` is a marked "cli" text."""
    return Arg(flags, help, options, words or {}, marked or {})


def flag(name: str, help: str, **options: Any) -> Arg:
    """An option that is on or off (``--json``, ``--all``, ``--yes``)."""
    return Arg((name,), help, {"action": "store_true", **options})


@dataclass(frozen=True)
class Period:
    """A period of days as two options (``--from``/``--to`` or ``--since``/``--until``),
    held as ``args.since`` and ``args.until`` and refused reversed (``argtypes``)."""

    since_flag: str = "--from"
    until_flag: str = "--to"

    def add_to(self, target: Any) -> None:
        add_period(target, self.since_flag, self.until_flag)


Part = Arg | Period


@dataclass(frozen=True)
class Command:
    """A command: ``dalel NAME …`` (or ``dalel GROUP NAME …``) runs ``run(ctx)``."""

    name: str
    help: str
    run: Callable[[Context], int]
    args: Sequence[Part] = ()


@dataclass(frozen=True)
class Group:
    """A word that holds commands (``dalel staff add``); ``dest`` names where the chosen
    command is kept (``args.action`` unless an older caller reads another name)."""

    name: str
    help: str
    commands: Sequence[Command]
    dest: str = "action"
    metavar: str = "ACTION"


def cmd(name: str, help: str, run: Callable[[Context], int], *args: Part) -> Command:
    """A :class:`Command` with its arguments in the order they are shown."""
    return Command(name, help, run, args)


def add(subs: Any, common: argparse.ArgumentParser, entries: Sequence[Command | Group]) -> None:
    """argparse's parsers for ``entries`` under ``subs``; each command takes the global
    options of ``common`` and keeps its function as ``func`` (``app/cli/main.py``)."""
    for entry in entries:
        if isinstance(entry, Group):
            top = subs.add_parser(entry.name, help=tr(entry.help))
            inner = top.add_subparsers(dest=entry.dest, required=True, metavar=entry.metavar)
            add(inner, common, entry.commands)
            continue
        p = subs.add_parser(entry.name, parents=[common], help=tr(entry.help))
        p.set_defaults(func=entry.run)
        for part in entry.args:
            part.add_to(p)
