"""Verify the whole vault: SQLCipher integrity, the schema against its migrations, the
journal and audit chains (and signed checkpoints of both), every footage row against the
digest its journal entry carries, who holds each role against the record of it, and every
blob decrypted and rehashed (``restic check --read-data``). Reports the first bad entry of
each chain and every bad recording or blob with a clear summary; the audit log records that
a check was run (issue 12)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2

from app.clock import from_iso
from app.errors import CorruptVault, DalelError, StorageError
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, Phrase
from app.model import integrity, retention
from app.model.journal import Checkpoint

if TYPE_CHECKING:
    from app.model.vault import VaultSession

Progress = Callable[[int, int], None]


# Where a problem was found, as verify names the part (translated when shown; the code is the
# English value, what --json keeps).
WHERE = {code: Phrase(code) for code in (
    QT_TRANSLATE_NOOP("core", "index"), QT_TRANSLATE_NOOP("core", "schema"),
    QT_TRANSLATE_NOOP("core", "journal"), QT_TRANSLATE_NOOP("core", "audit"),
    QT_TRANSLATE_NOOP("core", "checkpoint"), QT_TRANSLATE_NOOP("core", "identity"),
    QT_TRANSLATE_NOOP("core", "key_slot"), QT_TRANSLATE_NOOP("core", "footage"),
    QT_TRANSLATE_NOOP("core", "release"), QT_TRANSLATE_NOOP("core", "destruction"),
    QT_TRANSLATE_NOOP("core", "blob"))}


@dataclass
class Problem:
    where: str          # "index", "schema", "journal", "audit", "blob", "footage",
    #                     "release", "identity", "checkpoint", "destruction"
    ref: str            # seq, blob id or footage id
    reason: str         # a Phrase where the core wrote it: shown in the user's language

    def __post_init__(self) -> None:
        self.where = WHERE.get(self.where, self.where)

    def shown(self) -> str:
        """The problem as one line in the user's language."""
        return f"{self.where} {self.ref}: {self.reason}"

    def as_dict(self) -> dict[str, str]:
        return {"where": self.where, "ref": self.ref, "reason": self.reason}


@dataclass
class VerifyReport:
    journal_entries: int = 0
    audit_entries: int = 0
    blobs_checked: int = 0
    bytes_checked: int = 0
    footage_checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)     # what is covered less, not a fault

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "journal_entries": self.journal_entries,
                "audit_entries": self.audit_entries, "blobs_checked": self.blobs_checked,
                "bytes_checked": self.bytes_checked,
                "footage_checked": self.footage_checked,
                "problems": [p.as_dict() for p in self.problems], "notes": list(self.notes)}


def verify(session: VaultSession, read_data: bool = True,
           checkpoints: list[Checkpoint] | None = None,
           progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False,
           start_at: int = 0, record: bool = True) -> VerifyReport:
    """Reads only; the one write is the audit entry saying a check was run, and a disk that
    refuses it (full, failing) changes nothing in the report but a note (issue 13).
    ``start_at``: skip the first blobs (a resumed full check, app.model.full_check, which
    also keeps its own audit record: ``record=False``)."""
    report = VerifyReport()
    _run(session, report, read_data, checkpoints, progress, cancelled, start_at)
    if not record:
        return report
    try:
        session.audit.record("verify", session.role, session.actor_id, ok=report.ok,
                             problems=len(report.problems), blobs=report.blobs_checked)
    except (DalelError, dbapi2.DatabaseError):
        session.unrecorded = [*getattr(session, "unrecorded", []), "verify"]
    missed = getattr(session, "unrecorded", [])
    if missed:
        report.notes.append(Phrase(QT_TRANSLATE_NOOP(
            "core", "the audit log could not take this check's entries ({entries}): the disk "
            "or the index refused them; nothing in the vault was changed"),
            entries=", ".join(missed)))
    return report


class _Unreadable(Exception):
    pass


def _guard(session: VaultSession, report: VerifyReport, where: str,
           check: Callable[[], None]) -> None:
    """Run one check; a part of the index it cannot read is a finding about that part, not
    a traceback, and the checks after it still run (on a fresh connection: SQLCipher
    refuses the rest of a connection that met a damaged page)."""
    try:
        check()
    except (CorruptVault, dbapi2.DatabaseError) as exc:
        report.problems.append(Problem(where, "-", Phrase(QT_TRANSLATE_NOOP(
            "core", "cannot be read: {why}"), why=_reason(exc))))
        try:
            session.db.reconnect()
        except DalelError as again:
            report.problems.append(Problem("index", "-", Phrase(QT_TRANSLATE_NOOP(
                "core", "cannot be opened again: {why}"), why=_reason(again))))
            raise _Unreadable from again


def _reason(exc: Exception) -> str:
    cause = exc.__cause__ if isinstance(exc, DalelError) and exc.__cause__ else exc
    return str(cause)


def _run(session: VaultSession, report: VerifyReport, read_data: bool,
         checkpoints: list[Checkpoint] | None, progress: Progress | None,
         cancelled: Callable[[], bool], start_at: int = 0) -> None:
    def index() -> None:
        for ref, problem in session.db.integrity_check():
            report.problems.append(Problem("index", ref, problem))

    def schema() -> None:
        for name, why in integrity.check_schema(session.db):
            report.problems.append(Problem("schema", name, why))

    def journal() -> None:
        brk, report.journal_entries = session.journal.check_chain()
        if brk:
            report.problems.append(Problem("journal", str(brk.seq), brk.reason))

    def audit() -> None:
        brk, report.audit_entries = session.audit.check_chain()
        if brk:
            report.problems.append(Problem("audit", str(brk.seq), brk.reason))

    def checkpoint() -> None:
        for cp in checkpoints or []:
            why = session.journal.check_checkpoint(cp)
            if why:
                report.problems.append(Problem("checkpoint", str(cp.size), why))
            elif cp.audit_size is None:
                report.notes.append(Phrase(NUMERUS.translate(
                    "core", "checkpoint of %n entries predates audit coverage: the journal "
                    "was checked against it, the audit log not", None, 0), n=cp.size))

    def identity() -> None:
        for ref, why in integrity.check_identity(session):
            report.problems.append(Problem("identity", ref, why))

    def footage() -> None:
        problems, notes = integrity.check_footage(session)
        report.problems.extend(Problem("footage", ref, why) for ref, why in problems)
        report.notes.extend(notes)
        report.problems.extend(Problem("footage", ref, why)
                               for ref, why in integrity.check_marks(session))
        report.footage_checked = session.footage.count()

    def releases() -> None:
        report.problems.extend(Problem("release", ref, why)
                               for ref, why in integrity.check_releases(session))

    def destructions() -> None:
        # Destroyed after their term (R9): their blobs are meant to be gone; each
        # destruction must match its chained record, and a blob missing without one is
        # still damage.
        report.problems.extend(Problem("destruction", ref, why)
                               for ref, why in retention.check(session))

    def blobs() -> None:
        # In the order they were stored (then by id), so that a resumed check skips exactly
        # the blobs it has checked: new ones only ever come after them.
        destroyed = retention.destroyed_blobs(session)
        left = 0
        before = len(report.problems)
        rows = session.db.query("SELECT id, sha256, size FROM blobs ORDER BY created_at, id")
        total = len(rows)
        for i, (blob_id, sha256, size) in enumerate(rows[start_at:], start=start_at + 1):
            if cancelled():
                break
            if blob_id in destroyed:
                left += session.blobs.path(blob_id).exists()
            elif read_data:
                _check_blob(session, blob_id, sha256, size, report)
            elif not session.blobs.path(blob_id).exists():
                report.problems.append(Problem("blob", blob_id, Phrase(QT_TRANSLATE_NOOP(
                    "core", "file is missing"))))
            if progress:
                progress(i, total)
        for problem in report.problems[before:]:
            problem.reason = _naming_recordings(session, problem.ref, problem.reason)
        if left:
            report.notes.append(Phrase(NUMERUS.translate(
                "core", "%n file(s) of destroyed recordings are still on disk (a destruction "
                "cut short): the next destruction removes them", None, 0), n=left))

    steps: list[tuple[str, Callable[[], None]]] = [
        ("index", index), ("schema", schema), ("journal", journal), ("audit", audit),
        ("checkpoint", checkpoint), ("identity", identity),
        ("key_slot", lambda: _check_key_slots(session, report)), ("footage", footage),
        ("release", releases), ("destruction", destructions), ("blob", blobs)]
    try:
        for where, step in steps:
            _guard(session, report, where, step)
    except _Unreadable:
        pass


def _naming_recordings(session: VaultSession, blob_id: str, reason: str) -> str:
    """A damaged blob's reason with the recordings it holds (number, camera, local start):
    a hex id alone tells the officer nothing about what to restore."""
    held = session.footage.holding_blob(blob_id)
    if not held:
        return reason
    cal = session.calendar
    names = ", ".join(
        f"№ {fid} ({camera or '?'}"
        + (f", {cal.local(from_iso(start)).strftime('%d.%m.%Y %H:%M')}" if start else "")
        + ")" for fid, camera, start in held)
    return Phrase(NUMERUS.translate("core", "{reason}; it holds %n recording(s): {names}",
                                    None, 0), reason=reason, names=names, n=len(held))


def _check_blob(session: VaultSession, blob_id: str, sha256: str, size: int, report: VerifyReport
                ) -> None:
    digest = hashlib.sha256()
    n = 0
    try:
        for chunk in session.blobs.read_chunks(blob_id):
            digest.update(chunk)
            n += len(chunk)
    except CorruptVault as exc:
        report.problems.append(Problem("blob", blob_id, getattr(exc, "detail", str(exc))))
        return
    except StorageError as exc:     # the disk could not read it (issue 13)
        cause = exc.__cause__
        why = cause.strerror if isinstance(cause, OSError) and cause.strerror else str(exc)
        report.problems.append(Problem("blob", blob_id, Phrase(QT_TRANSLATE_NOOP(
            "core", "read error: {why}"), why=why)))
        return
    except OSError as exc:
        report.problems.append(Problem("blob", blob_id, Phrase(QT_TRANSLATE_NOOP(
            "core", "read error: {why}"), why=exc.strerror)))
        return
    report.blobs_checked += 1
    report.bytes_checked += n
    if n != size or digest.hexdigest() != sha256:
        report.problems.append(Problem("blob", blob_id, Phrase(QT_TRANSLATE_NOOP(
            "core", "content does not match its recorded SHA-256"))))


def _check_key_slots(session: VaultSession, report: VerifyReport) -> None:
    """Key slots (issue 12): a damaged, missing or out-of-step copy is damage until the
    next unlock of its role rewrites it from the intact copy (R2)."""
    from app.model.keyslots import slot_health

    for problem in slot_health(session.path / "keys", session.vault_id):
        report.problems.append(Problem("key_slot", problem.copy, problem.reason))
