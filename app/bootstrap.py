"""What ``dalel`` and ``dalel-gui`` both do when they start: which vault, the log file, the
process's hardening and the language.

One place, so the two programs cannot drift apart: the same ``$DALEL_VAULT`` and user data
folder, the same log folder, the same core-dump and ptrace protection (``app/hardening.py``),
the same ``--lang`` handling. Only a program started as itself hardens its process and
opens its log; tests call the programs' ``main`` in-process and keep their own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.i18n import LANGUAGES, set_language
from app.logsetup import setup_logging

VAULT_ENV = "DALEL_VAULT"


def default_vault() -> Path:
    """``$DALEL_VAULT``, else ``vault`` in the user data folder (``--vault`` comes first)."""
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("dalel", appauthor=False)) / "vault"


def vault_path(given: str | Path | None) -> Path:
    """The vault a program opens: ``--vault`` when given, else :func:`default_vault`."""
    return Path(given) if given else default_vault()


def start_program(program: str, *, console: bool, harden: bool = True) -> None:
    """Its log file first, so that hardening's own records go there; then, for a program
    started as itself (``harden``; not a test calling in), no core dumps and no debugger
    (the process will hold the vault's keys and plaintext footage); a console program's
    output never fails on a character its terminal cannot show."""
    setup_logging(program)
    if not harden:
        return
    from app.hardening import harden_process

    harden_process()
    if console:
        never_fail_to_print()


def never_fail_to_print() -> None:
    """A console that cannot show a character (a Windows code page, a C locale) gets an
    escape instead of a UnicodeEncodeError in the middle of a report."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            reconfigure(errors="backslashreplace")


def early_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before the parser is built, so that ``--help`` speaks it too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def use_language(lang: str | None) -> None:
    """Speak ``lang`` from here on when it is one of ours (else keep the current one)."""
    if lang in LANGUAGES:
        set_language(lang)
