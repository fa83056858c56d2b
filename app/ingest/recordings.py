"""Recordings taken one at a time, a stage of :class:`app.ingest.job.IngestJob` that shares
the run's :class:`~app.ingest.run_state.RunState`: large files, recordings split into parts,
and card files the vault already knows (indexed, or staged by an interrupted run: resume).

Each new part is stored by the pump (its fsync and rename on the pump's commit thread), then
read back and staged on the run's verify thread while the next part is copied. A part the
vault already holds is only hashed and its blob verified in full. A recording whose content
is stored already (or taken earlier in this run) is a duplicate: its new blobs are removed,
never referenced.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
from typing import Any

from app.devices.card import CardFile, Recording
from app.errors import DalelError, StorageError
from app.ingest import errors
from app.ingest.parts import StoredPart
from app.ingest.pools import Pool
from app.ingest.run_state import Ready, RunState
from app.model.blobs import BlobDamaged

# (verify future, part, card file name): a part waiting for its read-back
Pending = tuple[concurrent.futures.Future[None], StoredPart, str]


def take_recording(state: RunState, rec: Recording, verifier: Pool, pending: list[Pending]
                   ) -> Ready | None:
    """Store (or reuse) every part of ``rec``; None when it is a duplicate."""
    pump = state.pump
    # the hash of the whole recording (all parts in order), when it has several
    whole = [pump.new_hash() if len(rec.parts) > 1 else None]
    parts: list[tuple[StoredPart, str, bool]] = []
    new_blobs: list[str] = []
    for f in rec.parts:
        part = _reuse(state, f, whole)
        if part is None:
            if state.cancel_event.is_set():
                raise errors.cancelled()
            # The whole-recording hash is only needed when it differs from the part's:
            # hashing a single-part recording twice would halve the pump's speed.
            part = pump.store(f, whole[0] if len(rec.parts) > 1 else None)
            new_blobs.append(part.blob_id)
            pending.append((verifier.submit(state.verify_and_stage, part, f.rel), part, f.rel))
            parts.append((part, f.rel, True))
        else:
            parts.append((part, f.rel, False))
        state.count_file(f.rel)
    sha = whole[0].hexdigest() if whole[0] is not None else parts[0][0].sha256
    if sha in state.seen or state.s.footage.known(sha) is not None:
        state.report.duplicates += 1
        for fut, part, _n in list(pending):   # staged rows exist before discarding
            if part.blob_id in new_blobs:
                with contextlib.suppress(Exception):
                    fut.result()
        state.discard(new_blobs)
        return None
    state.take(sha)
    return Ready(rec, parts, sha)


def _reuse(state: RunState, f: CardFile, whole: list[Any]) -> StoredPart | None:
    """A part already in the vault or staged by an interrupted run: hash only."""
    rows = state.known.get((f.rel, f.size), [])
    if not rows:
        return None
    trial = whole[0].copy() if whole[0] is not None else None
    sha = state.pump.hash_only(f, trial)
    for row_sha, blob_id in rows:
        if row_sha != sha:
            continue
        try:
            state.pump.verify_full(blob_id, sha, f.size)
        except BlobDamaged:
            continue
        whole[0] = trial
        state.report.resumed += 1
        return StoredPart(blob_id, sha, f.size)
    return None   # different content under a known name: store it anew


def finish_verify(state: RunState, pending: list[Pending],
                  abort: errors.IngestAborted | None) -> errors.IngestAborted | None:
    """Wait for every part's read-back; the ones that failed are never indexed; what is
    still buffered for staging is written."""
    bad: set[str] = set()
    for fut, part, name in pending:
        try:
            fut.result()
        except BlobDamaged:
            bad.add(part.blob_id)
            state.verify_failed(part, name)
        except StorageError as exc:
            bad.add(part.blob_id)
            abort = abort or errors.vault_refused(exc)
        except DalelError as exc:
            bad.add(part.blob_id)
            abort = abort or errors.vault_refused(StorageError(str(exc)))
    state.bad |= bad
    state.unstage(bad)
    try:
        state.flush_staged()
    except StorageError as exc:
        abort = abort or errors.vault_refused(exc)
    return abort
