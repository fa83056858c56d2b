"""Errors the user sees. Each carries an English source text marked for translation and
named parameters; the command line and the window show ``str(err)`` in the user's language.
"""

from __future__ import annotations

from typing import Any

from app.i18n import translate

CONTEXT = "core"


class DalelError(Exception):
    """A failure with a clear message for the person at the desk; never a traceback."""

    exit_code = 1

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def localized(self, lang: str | None = None) -> str:
        text = translate(CONTEXT, self.message, lang)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.params)

    def __str__(self) -> str:
        return self.localized()


class WrongPassword(DalelError):
    exit_code = 3


class LockedOut(DalelError):
    exit_code = 4


class CorruptVault(DalelError):
    exit_code = 5


class SlotDamaged(CorruptVault):
    """No intact copy of a person's key slot is left: damage, never a wrong password, and
    never counted towards the lockout (exit 5, a damaged vault)."""

    exit_code = 5


class RuleViolation(DalelError):
    """A custody rule (R1–R22) refuses the action."""

    exit_code = 6


class NotFound(DalelError):
    exit_code = 7


class InvalidInput(DalelError):
    exit_code = 2


class StorageError(DalelError):
    """The disk refused (full, read-only, I/O error); nothing was half-written."""

    exit_code = 8
