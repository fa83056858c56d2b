"""``dalel`` — the command line over the same services as the window.

Fixed points scripts and office IT can rely on: ``--vault DIR`` selects the vault; ``--json``
on every command that reports something; ``dalel COMMAND --help``; bad input gets one clear
line on stderr and a non-zero exit, never a traceback; ``verify`` exits 0 only when intact.
A fault in the program prints one line (what failed, that nothing was half-written, where the
log is) and exits 70; its traceback goes to the log file only (``app/logsetup.py``).
"""

from __future__ import annotations

import argparse
import functools
import logging
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

from app import __version__
from app.bootstrap import early_language, start_program, use_language
from app.cli import argtypes
from app.cli.context import Context, error_text, tr
from app.cli.parser import DalelParser, printable
from app.cli.spec import arg, flag
from app.errors import DalelError, ExitCode
from app.i18n import LANGUAGES, QT_TRANSLATE_NOOP, language, set_language
from app.logsetup import log_file

# Each module adds its sub-commands with ``register(subparsers)``; a command's function is
# stored as ``func`` and takes the Context.
COMMAND_MODULES = (
    "app.cli.cmd_vault",
    "app.cli.cmd_registers",
    "app.cli.cmd_custody",
    "app.cli.cmd_journal",
    "app.cli.cmd_devices",
    "app.cli.cmd_print",
    "app.cli.cmd_reports",
    "app.cli.cmd_release",
    "app.cli.cmd_backup",
    "app.cli.cmd_footage",
)

log = logging.getLogger(__name__)


# The options every command takes, before it or after it.
GLOBAL_OPTIONS = (
    arg("--vault", metavar="DIR", type=argtypes.path, help=QT_TRANSLATE_NOOP(
        "cli", "vault folder (default: $DALEL_VAULT or the user data folder)")),
    arg("--role", choices=("officer", "head"), default="officer",
        help=QT_TRANSLATE_NOOP("cli", "who unlocks: the responsible officer or the head")),
    arg("--password-file", metavar="FILE", type=argtypes.path, help=QT_TRANSLATE_NOOP(
        "cli", "read the password from FILE (else $DALEL_PASSWORD, else a prompt)")),
    flag("--json", help=QT_TRANSLATE_NOOP("cli", "print machine-readable JSON")),
    arg("--lang", choices=LANGUAGES,
        help=QT_TRANSLATE_NOOP("cli", "language of messages (kk, ru, en)")),
)


def build_parser() -> argparse.ArgumentParser:
    parser = DalelParser(
        prog="dalel",
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli", "Dalel: body-camera custody journal and encrypted evidence vault."
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"dalel {__version__}",
        help=tr(QT_TRANSLATE_NOOP("cli", "show the program's version and exit")),
    )
    # The global options work before the command and after it (``dalel --vault D journal``
    # and ``dalel journal --vault D``): the copies on each command default to SUPPRESS so
    # they never overwrite a value given before the command.
    common = DalelParser(add_help=False)
    for option in GLOBAL_OPTIONS:
        option.add_to(parser)
        option.but(default=argparse.SUPPRESS).add_to(common)
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        try:
            module = import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # an area not built yet; the others still work
                continue
            raise
        module.register(subs, common)
    return parser


@functools.cache
def parser_for(lang: str) -> argparse.ArgumentParser:
    """The parser with its help in ``lang``, built once per process: building it costs
    ~20 ms (argparse looks for its own gettext catalogue at every option), which in-process
    callers (the window's tests, the fuzz suite) would otherwise pay at every call. Parsing
    leaves a parser unchanged."""
    return build_parser()


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:                     # run as a program, not called in-process (tests)
        start_program("dalel", console=True)
    argv = list(sys.argv[1:] if argv is None else argv)
    before = language()
    use_language(early_language(argv))
    try:
        return _run(argv)
    finally:
        set_language(before)  # in-process callers (tests, the GUI) keep their language


def _command_name(args: argparse.Namespace | None) -> str:
    """``dalel staff add`` for a message: the command and its action, as parsed."""
    words = ["dalel"]
    if args is not None:
        for dest in ("command", "action", "print_command"):
            word = getattr(args, dest, None)
            if isinstance(word, str):
                words.append(word)
    return " ".join(words)


def _run(argv: list[str]) -> int:
    state: dict[str, Any] = {}
    code = _attempt(lambda: _command(argv, state), state)
    ctx: Context | None = state.get("ctx")
    if ctx is None:
        return code
    # Locking writes the audit log's "lock" entry, which a full disk may refuse: told like
    # any error, in the user's language, never as a traceback (issue 13). When the command
    # itself failed the user has its message already; the log gets this one.
    def close() -> int:
        ctx.close()
        return ExitCode.OK

    closed = _attempt(close, state, quiet=code != ExitCode.OK)
    return code if code != ExitCode.OK else closed


def _command(argv: list[str], state: dict[str, Any]) -> int:
    parser = parser_for(language())
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:    # --help, --version, or a refused argument (one line)
        return ExitCode.OK if exc.code is None else int(exc.code)
    state["args"] = args
    use_language(args.lang)
    argtypes.check_period(args)   # every command's --from/--to, --since/--until
    ctx = state["ctx"] = Context(args)
    return int(args.func(ctx) or 0)


def _attempt(call: Callable[[], int | None], state: dict[str, Any], quiet: bool = False
             ) -> int:
    """Run ``call``; every failure becomes one line on stderr (or, ``quiet``, the log) and
    its exit code, never a traceback."""
    try:
        return int(call() or 0)
    except DalelError as exc:
        if quiet:
            log.info("after the command: %s", exc.localized("en"))
        else:
            print(printable(f"dalel: {error_text(exc)}"), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(
            tr(QT_TRANSLATE_NOOP("cli", "dalel: interrupted; nothing was half-written.")),
            file=sys.stderr,
        )
        return ExitCode.INTERRUPTED
    except Exception as exc:  # never a traceback at the desk; the log has the details
        if quiet:
            log.error("after the command", exc_info=exc)
            return ExitCode.UNEXPECTED
        return _unexpected(exc, _command_name(state.get("args")))


def _unexpected(exc: BaseException, command: str) -> int:
    log.error("unexpected error in %s", command, exc_info=exc)
    where = log_file()
    text = tr(QT_TRANSLATE_NOOP(
        "cli", "{command} failed: an error in the program ({error}). Nothing was "
               "half-written: every record is stored whole or not at all."),
        command=command, error=type(exc).__name__)
    text += " " + (
        tr(QT_TRANSLATE_NOOP("cli", "The details are in the log file {path}; please show it "
                                    "to your IT support."), path=where)
        if where else
        tr(QT_TRANSLATE_NOOP("cli", "Please tell your IT support what you typed.")))
    print(printable(text), file=sys.stderr)
    return ExitCode.UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
