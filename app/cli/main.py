"""``dalel`` — the command line over the same services as the window.

Fixed points scripts and office IT can rely on: ``--vault DIR`` selects the vault; ``--json``
on every command that reports something; ``dalel COMMAND --help``; bad input gets one clear
line on stderr and a non-zero exit, never a traceback; ``verify`` exits 0 only when intact.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from app import __version__
from app.cli.context import Context, tr
from app.errors import DalelError, ExitCode
from app.i18n import LANGUAGES, QT_TRANSLATE_NOOP, language, set_language

# Each module adds its sub-commands with ``register(subparsers)``; a command's function is
# stored as ``func`` and takes the Context.
COMMAND_MODULES = (
    "app.cli.cmd_vault",
    "app.cli.cmd_registers",
    "app.cli.cmd_custody",
    "app.cli.cmd_devices",
    "app.cli.cmd_print",
)

log = logging.getLogger(__name__)


def _global_options(p: argparse.ArgumentParser, default: object) -> None:
    p.add_argument(
        "--vault",
        metavar="DIR",
        default=default,
        help=tr(
            QT_TRANSLATE_NOOP("cli", "vault folder (default: $DALEL_VAULT or the user data folder)")
        ),
    )
    p.add_argument(
        "--role",
        choices=("officer", "head"),
        default="officer" if default is None else default,
        help=tr(QT_TRANSLATE_NOOP("cli", "who unlocks: the responsible officer or the head")),
    )
    p.add_argument(
        "--password-file",
        metavar="FILE",
        default=default,
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "read the password from FILE (else $DALEL_PASSWORD, else a prompt)"
            )
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        default=False if default is None else default,
        help=tr(QT_TRANSLATE_NOOP("cli", "print machine-readable JSON")),
    )
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=tr(QT_TRANSLATE_NOOP("cli", "language of messages (kk, ru, en)")),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dalel",
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli", "Dalel: body-camera custody journal and encrypted evidence vault."
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"dalel {__version__}")
    # The global options work before the command and after it (``dalel --vault D journal``
    # and ``dalel journal --vault D``): the copies on each command default to SUPPRESS so
    # they never overwrite a value given before the command.
    common = argparse.ArgumentParser(add_help=False)
    for target, default in ((parser, None), (common, argparse.SUPPRESS)):
        _global_options(target, default)
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


def _early_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before the parser is built, so that ``--help`` speaks it too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:                     # run as a program, not called in-process (tests)
        from app.hardening import harden_process

        harden_process()
    argv = list(sys.argv[1:] if argv is None else argv)
    before = language()
    early = _early_language(argv)
    if early in LANGUAGES:
        set_language(early)
    try:
        return _run(argv)
    finally:
        set_language(before)  # in-process callers (tests, the GUI) keep their language


def _run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    ctx = Context(args)
    code: int = ExitCode.UNEXPECTED
    try:
        code = _guarded(lambda: int(args.func(ctx) or 0))
    finally:
        # Locking writes the audit log's "lock" entry, which a full disk may refuse: told
        # like any error, in the user's language, never as a traceback (issue 13). When the
        # command itself failed the user has its message already; the log gets this one.
        closed = _guarded(ctx.close, quiet=code != ExitCode.OK)
    return code if code != ExitCode.OK else closed


def _guarded(call: Callable[[], object], quiet: bool = False) -> int:
    try:
        result = call()
        return int(result) if isinstance(result, int) else ExitCode.OK
    except DalelError as exc:
        if quiet:
            log.info("after the command: %s", exc.localized("en"))
        else:
            print(f"dalel: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(
            tr(QT_TRANSLATE_NOOP("cli", "dalel: interrupted; nothing was half-written.")),
            file=sys.stderr,
        )
        return ExitCode.INTERRUPTED
    except Exception as exc:  # never a traceback at the desk; the log has the details
        log.exception("unexpected error")
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "dalel: unexpected error: {error}. Nothing was changed; please report it.",
                ),
                error=type(exc).__name__,
            ),
            file=sys.stderr,
        )
        return ExitCode.UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
