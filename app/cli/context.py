"""What every command gets: the parsed options, the vault session, and output helpers."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import bootstrap, rules
from app.clock import Clock, SystemClock
from app.errors import CONTEXT as CORE
from app.errors import DalelError, ExitCode, InvalidInput
from app.fsutil import os_reason
from app.i18n import QT_TRANSLATE_NOOP, has_translation, translate, translate_n
from app.model import vault
from app.model.words import ROLE_WORDS, word

PASSWORD_ENV = "DALEL_PASSWORD"
HEAD_PASSWORD_ENV = "DALEL_HEAD_PASSWORD"
MAX_PASSWORD_FILE = 4096  # bytes; a password is at most a line of text


def tr(text: str, **params: Any) -> str:
    """Translate a command-line string (context "cli") into the user's language; a text
    with "%n" (marked with ``NUMERUS.translate``) takes the plural form for ``n``."""
    if "%n" in text and "n" in params:
        out = translate_n("cli", text, int(params.pop("n")))
    else:
        out = translate("cli", text)
    return out.format(**params) if params else out


def error_text(exc: DalelError) -> str:
    """A DalelError in the user's language: the core's catalogue, else the command line's
    (errors raised in app/cli carry "cli" strings, which the core's context does not hold)."""
    if not has_translation(CORE, exc.message) and has_translation("cli", exc.message):
        try:
            return tr(exc.message, **exc.params)
        except (KeyError, IndexError, ValueError):
            pass
    return exc.localized()


def read_password(
    args: argparse.Namespace,
    prompt: str,
    *,
    env: str = PASSWORD_ENV,
    file_attr: str = "password_file",
) -> str:
    """From --password-file, then the environment, then a prompt with no echo."""
    path = getattr(args, file_attr, None)
    if path:
        password = _password_file(Path(path))
    elif os.environ.get(env):
        password = os.environ[env]
    elif not sys.stdin.isatty():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli", "No password given: use --password-file or the {env} variable."
            ),
            env=env,
        )
    else:
        password = getpass.getpass(prompt)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in password):  # bytes that were not UTF-8
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli",
                "The password holds bytes that are not UTF-8 text; type it in a UTF-8 terminal.",
            )
        )
    return password


def _password_file(path: Path) -> str:
    """A small ordinary UTF-8 file's text without its final line break. Not a pipe or a
    device: reading /dev/zero would never end, opening a FIFO would wait for a writer."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("cli", "The password file must be an ordinary file.")
                )
            raw = fh.read(MAX_PASSWORD_FILE + 1)
    except OSError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("cli", "Cannot read the password file: {reason}."),
            reason=os_reason(exc),
        ) from exc
    try:
        if len(raw) > MAX_PASSWORD_FILE:
            raise ValueError
        password = raw.decode("utf-8").rstrip("\r\n")
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli", "The password file must hold the password as one line of UTF-8 text."
            )
        ) from None
    if not password:    # bad input, never a wrong password counted towards the lockout
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli", "The password file {path} is empty: write the password in it as one line."
            ),
            path=str(path),
        )
    return password


@dataclass
class Context:
    args: argparse.Namespace
    clock: Clock = field(default_factory=SystemClock)
    _session: vault.VaultSession | None = None

    @property
    def vault_path(self) -> Path:
        return bootstrap.vault_path(self.args.vault)

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def session(self, read_only: bool = False) -> vault.VaultSession:
        """The unlocked vault; ``read_only`` for ``verify`` (see ``vault.unlock``)."""
        if self._session is None:
            self._session = vault.unlock(
                self.vault_path, self.args.role, self.password(), self.clock,
                read_only=read_only,
            )
            rules.set_agency(self._session.settings.get("agency"))  # whose order is cited
        return self._session

    def password(self) -> str:
        """The password of ``--role``: --password-file, the environment, else a prompt."""
        # Scripts that act as both people keep two variables; the head's is read first
        # when unlocking as the head.
        env = (
            HEAD_PASSWORD_ENV
            if self.args.role == "head" and os.environ.get(HEAD_PASSWORD_ENV)
            else PASSWORD_ENV
        )
        return read_password(
            self.args,
            tr(QT_TRANSLATE_NOOP("cli", "Password ({role}): "),
               role=word(ROLE_WORDS, self.args.role)),
            env=env,
        )

    def adopt(self, session: vault.VaultSession) -> None:
        """A session the command opened itself (``vault create``): used by later calls of
        :meth:`session` and locked by :meth:`close` like an unlocked one."""
        self._session = session

    def close(self) -> None:
        if self._session is not None:
            self._session.lock()
            self._session = None

    # -- output ----------------------------------------------------------------------------
    def emit(self, data: Any, text: str | None = None) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        elif text is not None:
            print(text)

    def say(self, data: Any, text: str, **params: Any) -> int:
        """:meth:`emit` of one sentence: ``text`` is a marked "cli" source text, translated
        here with ``params`` (and its plural form when it has "%n" and ``n``). Most commands
        end by saying what they did, so it gives their exit code: ``return ctx.say(…)``."""
        self.emit(data, tr(text, **params))
        return ExitCode.OK

    def emit_table(
        self,
        data: Any,
        rows: Iterable[Sequence[Any]],
        headers: Sequence[str],
        empty: str | None = None,
    ) -> None:
        """What a list command prints: ``data`` as JSON, else the rows as a table under
        ``headers`` (marked "cli" texts, translated here; "#" and "" stay as they are), or
        ``empty`` (translated already) when there are no rows and it is given."""
        rows = list(rows)
        text = self.marked_table(rows, headers)
        self.emit(data, empty if empty is not None and not rows else text)

    def marked_table(self, rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
        """:meth:`table` under headers given as marked "cli" source texts."""
        return self.table(rows, [tr(h) if h else h for h in headers])

    def table(self, rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
        cells = [[("" if c is None else str(c)) for c in row] for row in rows]
        widths = [max(len(h), 3) for h in headers]   # a rule of at least "---" lines up
        for row in cells:
            for i, c in enumerate(row):
                widths[i] = min(max(widths[i], len(c)), 60)
        widths[-1] = 0  # the last column runs on in full (remarks, details)

        def line(values: Sequence[str]) -> str:
            return "  ".join(
                v if i == len(values) - 1 else v[:60].ljust(w)
                for i, (v, w) in enumerate(zip(values, widths, strict=True))
            )

        # The last column's rule as long as its heading (its width is 0: it runs on); an
        # unnamed last column gets none.
        rules = ["-" * w for w in widths[:-1]] + ["-" * len(headers[-1])]
        out = [line(list(headers)), line(rules)]
        out += [line(row) for row in cells]
        return "\n".join(out)
