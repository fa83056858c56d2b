"""Errors the user sees. Each carries an English source text marked for translation and
named parameters; the command line and the window show ``str(err)`` in the user's language.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from app.i18n import Phrase, translate, translate_n

CONTEXT = "core"


class ExitCode(IntEnum):
    """The one table of the command line's exit codes; the README lists each (no two
    failures share a code, so a script can tell them apart). ``tests/cli/test_exit_codes.py``
    holds every error class to a code in this table."""

    OK = 0
    NOT_CONFIRMED = 1        # the person declined (no ``--yes``); nothing was done
    BAD_INPUT = 2
    WRONG_PASSWORD = 3
    LOCKED_OUT = 4
    DAMAGED_VAULT = 5
    REFUSED_BY_RULE = 6
    NOT_FOUND = 7
    DISK = 8                 # the disk is full, read-only or failing
    VERIFY_DAMAGE = 9        # ``verify`` found damage or alteration
    DOWNLOAD_STOPPED = 10    # a download stopped (card pulled, cancelled, vault disk)
    FILE_NOT_COPIED = 11     # one card file could not be taken
    WIPE_INCOMPLETE = 12     # some verified files stayed on the card
    DEVICE = 13              # a camera did not answer or refused a command
    PAGE_REJECTED = 14       # ``print verify-page``: the paper does not match the vault
    NEWER_VAULT = 15         # the vault was made by a newer Dalel; update the program
    UNEXPECTED = 70          # a fault in the program; the log has the details
    INTERRUPTED = 130        # Ctrl+C


class DalelError(Exception):
    """A failure with a clear message for the person at the desk; never a traceback."""

    exit_code: ExitCode = ExitCode.BAD_INPUT

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def localized(self, lang: str | None = None) -> str:
        # A message with "%n" is a plural one (marked with NUMERUS.translate); its count is
        # the parameter ``n``.
        text = (translate_n(CONTEXT, self.message, int(self.params["n"]), lang)
                if "%n" in self.message and "n" in self.params
                else translate(CONTEXT, self.message, lang))
        try:
            return text.format(**{k: v.localized(lang) if isinstance(v, Phrase) else v
                                  for k, v in self.params.items()})
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.params)

    def __str__(self) -> str:
        return self.localized()


class WrongPassword(DalelError):
    exit_code = ExitCode.WRONG_PASSWORD


class LockedOut(DalelError):
    exit_code = ExitCode.LOCKED_OUT


class CorruptVault(DalelError):
    exit_code = ExitCode.DAMAGED_VAULT


class SlotDamaged(CorruptVault):
    """No intact copy of a person's key slot is left: damage, never a wrong password, and
    never counted towards the lockout (exit 5, a damaged vault)."""

    exit_code = ExitCode.DAMAGED_VAULT


class NewerVault(DalelError):
    """The vault (its description or its index's schema) was written by a newer Dalel than
    this one: nothing is wrong with it; the program needs updating."""

    exit_code = ExitCode.NEWER_VAULT


class RuleViolation(DalelError):
    """A custody rule (R1–R22) refuses the action."""

    exit_code = ExitCode.REFUSED_BY_RULE


class NotFound(DalelError):
    exit_code = ExitCode.NOT_FOUND


class InvalidInput(DalelError):
    exit_code = ExitCode.BAD_INPUT


class StorageError(DalelError):
    """The disk refused (full, read-only, I/O error); nothing was half-written."""

    exit_code = ExitCode.DISK
