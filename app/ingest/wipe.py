"""The verified wipe (R1, R14): card files are deleted only when every one of them is in the
vault and verified — the index names it (same camera, name, size and SHA-256 of the bytes
on the card now) and its blob reads back with every chunk authenticated.

The officer confirms (the GUI/CLI asks first), or the ``auto_wipe`` setting lets a complete
ingest call this by itself. Order, so that no deletion is ever unjournalled:

1. every card file is proved stored and verified (:func:`check_all_stored`);
2. ONE transaction re-confirms each file's index row and appends the journal's "wipe"
   entry with ``phase: "intent"`` (count, bytes, SHA-256 digest of the file list) plus an
   audit record holding the list itself (name, size, SHA-256) — BEFORE anything is deleted;
3. the files are deleted;
4. a second "wipe" entry (``ref_seq`` = the intent) records the outcome: ``phase: "done"``
   or ``"partial"`` with what remains on the card and why.

A crash between 2 and 4 leaves an intent without an outcome. :func:`pending_wipes` finds
it; :func:`app.ingest.reconcile.reconcile` reports it at unlock, and the next docking of
that camera (:func:`finish_interrupted` — called by ``IngestJob.run`` and
:func:`verified_wipe`) re-verifies the listed files still on the card, deletes them and
journals the outcome, so an interrupted wipe is finished or reported, never silent.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.devices.card import CardFile
from app.errors import DalelError, ExitCode
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, translate_n
from app.ingest import errors
from app.ingest.store import Pump
from app.model.blobs import BlobDamaged

if TYPE_CHECKING:
    from app.model.vault import VaultSession

REMAINING_LISTED = 50     # names of files left on the card kept in the outcome entry

INTERRUPTED = NUMERUS.translate(
    "core", "A wipe of the card of {camera} was interrupted (journal entry {seq}, %n "
            "file(s), all stored and verified first). Dock that camera again to finish it; "
            "nothing is lost.", None, 0)
INCOMPLETE = QT_TRANSLATE_NOOP(
    "core", "The card of {camera} was only partly wiped: files deleted: {removed} of "
            "{count}, left on the card: {left} ({reason}). Every file is stored and verified "
            "in the vault; the journal records what remains.")


@dataclass
class WipeReport:
    removed: int = 0
    bytes: int = 0
    left: list[str] = field(default_factory=list)    # skipped items (links, empty files)
    journal_seq: int | None = None                   # the outcome entry
    intent_seq: int | None = None
    remaining: list[str] = field(default_factory=list)   # verified files not deleted
    # interrupted wipes closed first: (intent entry, files deleted then)
    finished_earlier: list[tuple[int, int]] = field(default_factory=list)

    @property
    def removed_in_all(self) -> int:
        """Files deleted by this call, an interrupted wipe it finished included."""
        return self.removed + sum(n for _seq, n in self.finished_earlier)


def list_digest(items: list[tuple[str, int, str]]) -> str:
    """SHA-256 over the sorted (name, size, sha256) lines of the files to delete."""
    h = hashlib.sha256()
    for rel, size, sha in sorted(items):
        h.update(f"{rel}\t{size}\t{sha}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _stored_and_verified(session: VaultSession, pump: Pump, camera: Any, f: CardFile) -> str | None:
    """SHA-256 of the card file if the vault holds its content and that blob verifies, else
    None. By content, not by name: a second file with the same bytes on the card (stored
    once, the vault never keeps a recording twice) is as safe to delete as the first."""
    try:
        sha = pump.hash_only(f)
    except errors.FileProblem:
        return None
    for blob_id in session.footage.blobs_with_content(sha, f.size):
        try:
            # The irreversible step: the device's own bytes are decrypted and re-hashed
            # (not the page cache's), against a fresh hash of the card file.
            session.blobs.verify(blob_id, sha, f.size, from_media=True)
            return sha
        except BlobDamaged:
            continue
    return None


def check_all_stored(session: VaultSession, driver: Any, camera: Any,
                     cancel_event: threading.Event | None = None,
                     with_hashes: bool = False) -> tuple[list[Any], int]:
    """Every recording file on the card, each proved to be in the vault; raises otherwise.
    With ``with_hashes`` the list holds (CardFile, sha256) pairs."""
    scan = driver.recordings(session.settings.get("timezone"), refresh=True)
    pump = Pump(session.blobs, getattr(driver, "mount", None),
                cancel_event or threading.Event())
    missing: list[str] = []
    files: list[Any] = []
    total = 0
    for f in scan.files():
        sha = _stored_and_verified(session, pump, camera, f)
        if sha is None:
            missing.append(f.rel)
            continue
        files.append((f, sha) if with_hashes else f)
        total += f.size
    if missing:
        raise errors.wipe_refused(len(missing), missing[0])
    return files, total




def _journal_intent(session: VaultSession, camera: Any, items: list[tuple[str, int, str]],
                    total: int, left: int, resumes: int | None = None) -> int:
    period = session.custody.last_for_camera(camera.id)
    digest = list_digest(items)
    data = {"phase": "intent", "camera_inventory": camera.inventory_no, "files": len(items),
            "bytes": total, "list_sha256": digest, "left_on_card": left}
    with session.db.write() as con:
        for rel, size, sha in items:          # the rows the wipe relies on are still there
            if not session.footage.content_indexed_in(con, sha, size):
                raise errors.wipe_refused(1, rel)
        entry = session.journal.append_in(con, "wipe", custody_id=period.id if period else None,
                                          camera_id=camera.id,
                                          card_id=period.card_id if period else None,
                                          ref_seq=resumes, data=data)
        session.audit.append_in(con, "wipe", session.role, session.actor_id, None,
                                {"phase": "intent", "journal_seq": entry.seq,
                                 "camera_inventory": camera.inventory_no,
                                 "list_sha256": digest, "files": [list(i) for i in items]})
    return entry.seq


def _journal_outcome(session: VaultSession, camera: Any, intent_seq: int, count: int, removed: int,
                     total: int, remaining: list[str], left: int, reason: str | None,
                     finished_later: bool = False) -> int:
    period = session.custody.last_for_camera(camera.id)
    data = {"phase": "done" if not remaining else "partial",
            "camera_inventory": camera.inventory_no, "count": removed, "files": count,
            "bytes": total, "left_on_card": left, "remaining": len(remaining),
            "remaining_names": remaining[:REMAINING_LISTED]}
    if reason:
        data["reason"] = reason
    if finished_later:
        data["finished_at_next_docking"] = True
    with session.db.write() as con:
        entry = session.journal.append_in(con, "wipe", custody_id=period.id if period else None,
                                          camera_id=camera.id,
                                          card_id=period.card_id if period else None,
                                          ref_seq=intent_seq, data=data)
        session.audit.append_in(con, "wipe", session.role, session.actor_id, None,
                                dict(data, journal_seq=entry.seq, intent_seq=intent_seq))
    return entry.seq


def _delete(driver: Any, files: list[CardFile]) -> tuple[list[str], str | None]:
    """Delete; return the names still on the card and why (None when all went)."""
    reason: str | None = None
    try:
        driver.wipe(files)
    except (OSError, DalelError) as exc:
        reason = str(exc) or exc.__class__.__name__
    remaining = []
    for f in files:
        try:
            present = os.path.lexists(f.path)
        except OSError:
            present = True
        if present:
            remaining.append(f.rel)
    if remaining and reason is None:
        reason = "changed on the card since it was checked"
    return remaining, reason


def pending_wipes(session: VaultSession, camera_id: int | None = None) -> list[dict[str, Any]]:
    """Wipe intents with no outcome entry: the deletion was interrupted (crash, pulled
    card). Each: journal_seq, camera_id, camera_inventory, files, list (name, size, sha)."""
    entries = session.journal.entries(kind="wipe")
    closed = {e.ref_seq for e in entries if e.data.get("phase") != "intent"}
    out = []
    for e in entries:
        if e.data.get("phase") != "intent" or e.seq in closed:
            continue
        if camera_id is not None and e.camera_id != camera_id:
            continue
        listed: list[tuple[str, int, str]] = []
        for a in session.audit.entries(action="wipe"):
            if a.detail.get("phase") == "intent" and a.detail.get("journal_seq") == e.seq:
                listed = [(str(r), int(s), str(h)) for r, s, h in a.detail.get("files", [])]
        out.append({"journal_seq": e.seq, "camera_id": e.camera_id,
                    "camera_inventory": e.data.get("camera_inventory"),
                    "files": e.data.get("files", len(listed)),
                    "bytes": e.data.get("bytes", 0),
                    "list_ok": list_digest(listed) == e.data.get("list_sha256"),
                    "list": listed})
    return out


def interrupted_message(item: dict[str, Any]) -> str:
    return translate_n("core", INTERRUPTED, int(item.get("files", 0))).format(
        camera=item.get("camera_inventory") or "?", seq=item["journal_seq"])


def finish_interrupted(session: VaultSession, driver: Any, camera: Any,
                       cancel_event: threading.Event | None = None) -> list[tuple[int, int]]:
    """Finish the interrupted wipes of this camera's card: each listed file still on the
    card is re-verified against the vault and deleted; the outcome is journalled. Returns
    the intents closed, each with the files deleted now (not those the interrupted run had
    already deleted: the officer is told what this docking did). A file that changed, or
    whose copy no longer verifies, stays."""
    pending = pending_wipes(session, camera.id)
    if not pending:
        return []
    closed = []
    pump = Pump(session.blobs, getattr(driver, "mount", None),
                cancel_event or threading.Event())
    scan = driver.recordings(session.settings.get("timezone"), refresh=True)
    on_card = {f.rel: f for f in scan.files()}
    for item in pending:
        if not item["list_ok"]:       # the list does not match the journal's digest
            _journal_outcome(session, camera, item["journal_seq"], item["files"], 0, 0,
                             ["(file list does not match the journal)"], 0,
                             "file list does not match its digest", True)
            closed.append((item["journal_seq"], 0))
            continue
        todo: list[CardFile] = []
        kept: list[str] = []
        for rel, size, sha in item["list"]:
            f = on_card.get(rel)
            if f is None:
                continue                              # already deleted before the crash
            if f.size == size and _stored_and_verified(session, pump, camera, f) == sha:
                todo.append(f)
            else:
                kept.append(rel)
        remaining, reason = _delete(driver, todo) if todo else ([], None)
        deleted_now = len(todo) - len(remaining)
        remaining += kept
        if kept and reason is None:
            reason = "changed on the card since it was checked"
        gone = item["files"] - len(remaining)
        _journal_outcome(session, camera, item["journal_seq"], item["files"], gone,
                         item["bytes"], remaining, 0, reason, True)
        closed.append((item["journal_seq"], deleted_now))
    return closed


def verified_wipe(session: VaultSession, driver: Any, camera: Any,
                  cancel_event: threading.Event | None = None) -> WipeReport:
    session.custody.require_officer()       # R1: deleting from the card is the officer's
    report = WipeReport()
    report.finished_earlier = finish_interrupted(session, driver, camera, cancel_event)
    pairs, total = check_all_stored(session, driver, camera, cancel_event, with_hashes=True)
    report.left = [s.rel for s in driver.recordings(session.settings.get("timezone")).skipped]
    if not pairs:
        return report
    items = [(f.rel, f.size, sha) for f, sha in pairs]
    files = [f for f, _sha in pairs]
    report.intent_seq = _journal_intent(session, camera, items, total, len(report.left))
    _before_delete(report.intent_seq)
    remaining, reason = _delete(driver, files)
    report.remaining = remaining
    report.removed = len(files) - len(remaining)
    report.bytes = sum(f.size for f in files if f.rel not in set(remaining))
    report.journal_seq = _journal_outcome(session, camera, report.intent_seq, len(files),
                                          report.removed, report.bytes, remaining,
                                          len(report.left), reason)
    if remaining:
        raise WipeIncomplete(camera.inventory_no, report, reason or "")
    return report


def _before_delete(intent_seq: int) -> None:
    """Test hook: a crash injected here lands between the intent entry and the deletion."""


class WipeIncomplete(DalelError):
    """Some verified files could not be deleted; journalled as a partial wipe."""

    exit_code = ExitCode.WIPE_INCOMPLETE

    def __init__(self, camera: str, report: WipeReport, reason: str) -> None:
        super().__init__(INCOMPLETE, camera=camera, removed=report.removed,
                         count=report.removed + len(report.remaining),
                         left=len(report.remaining), reason=reason)
        self.report = report
