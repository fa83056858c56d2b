"""What can go wrong with a card, said plainly (each marked for translation, context core).

Fatal for the whole job (an ``ingest_aborted`` journal entry is written): the card is
pulled out, the vault disk is full or refuses, the officer cancels. Per file (the rest
continue; the card is then not wiped): an unreadable sector, a file that changed while it
was read, a file shorter than the card said.
"""

from __future__ import annotations

from app.errors import DalelError, ExitCode, RuleViolation, StorageError
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP


class IngestAborted(DalelError):
    exit_code = ExitCode.DOWNLOAD_STOPPED

    def __init__(self, message: str, code: str, **params: object) -> None:
        super().__init__(message, **params)
        self.code = code


class FileProblem(DalelError):
    """One card file could not be taken; nothing of it was kept."""

    exit_code = ExitCode.FILE_NOT_COPIED

    def __init__(self, message: str, code: str, **params: object) -> None:
        super().__init__(message, **params)
        self.code = code


def unreadable(name: str, reason: str) -> FileProblem:
    return FileProblem(QT_TRANSLATE_NOOP(
        "core", "{name}: the card cannot be read here ({reason}); the card may be damaged. "
                "The file is left on the card and was not copied."), "unreadable",
        name=name, reason=reason)


def changed(name: str) -> FileProblem:
    return FileProblem(QT_TRANSLATE_NOOP(
        "core", "{name}: the file changed while it was being copied (is the camera still "
                "recording?). It is left on the card; dock the camera again when it is idle."),
        "changed", name=name)


def truncated(name: str, got: int, expected: int) -> FileProblem:
    return FileProblem(QT_TRANSLATE_NOOP(
        "core", "{name}: only {got} of {expected} bytes could be read. The file is left on "
                "the card."), "truncated", name=name, got=got, expected=expected)


def cancelled() -> IngestAborted:
    return IngestAborted(QT_TRANSLATE_NOOP(
        "core", "The download was stopped. Recordings already stored are kept; nothing was "
                "deleted from the card."), "cancelled")


def card_removed(mount: str) -> IngestAborted:
    return IngestAborted(QT_TRANSLATE_NOOP(
        "core", "The camera or card at {mount} was removed during the download. Recordings "
                "already stored are kept, nothing half-copied was kept, nothing was deleted "
                "from the card; dock it again to continue."), "card_removed", mount=mount)


def vault_refused(err: StorageError) -> IngestAborted:
    exc = IngestAborted(QT_TRANSLATE_NOOP(
        "core", "The vault disk refused the download: {reason} Recordings already stored are "
                "kept; nothing was deleted from the card."), "vault_storage",
        reason=str(err))
    return exc


def index_refused(err: DalelError, count: int) -> IngestAborted:
    """The copies were written and verified, but the index refused the one transaction that
    stores them: none of them is stored (issue 13)."""
    return IngestAborted(NUMERUS.translate(
        "core", "The vault refused to record the download: {reason} None of the %n "
                "recording(s) copied in this run was stored; they all stay on the card, and "
                "nothing was deleted from it. Dock the camera again once the disk has room.",
        None, 0), "vault_storage", reason=str(err), n=count)


def verify_failed(name: str) -> FileProblem:
    return FileProblem(QT_TRANSLATE_NOOP(
        "core", "{name}: the copy written to the vault did not read back correctly "
                "(verification failed), so it was not kept. The file is left on the card; "
                "dock the camera again to copy it anew. If this repeats, check the vault "
                "disk."), "verify_failed", name=name)


def unregistered(serial: str | None) -> RuleViolation:
    return RuleViolation(QT_TRANSLATE_NOOP(
        "core", "This camera (serial {serial}) is not registered. Register it with an "
                "inventory number before its footage can be taken (R4)."),
        serial=serial or "?")


def wipe_refused(count: int, first: str) -> RuleViolation:
    return RuleViolation(NUMERUS.translate(
        "core", "The card was not wiped: %n file(s), e.g. {first}, are not yet stored and "
                "verified in the vault (R1, R14).", None, 0), n=count, first=first)


def copier_stopped() -> IngestAborted:
    return IngestAborted(QT_TRANSLATE_NOOP(
        "core", "The copying process stopped during the download. Recordings already stored "
                "are kept, nothing half-copied was kept, nothing was deleted from the card; "
                "dock it again to continue."), "copier_stopped")
