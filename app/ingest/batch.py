"""Small files (photos, short clips) in batches, a stage of :class:`app.ingest.job.IngestJob`
that shares the run's :class:`~app.ingest.run_state.RunState` (never the job itself).

A batch is read, hashed and encrypted on the run's copy pool into temp files, then made durable
with ONE barrier (:class:`app.ingest.store.BatchBarrier`). Its read-back from the device (on
the job's read-back threads, not the copy threads) and its staging run on the job's verify
thread while the NEXT batch is being copied: the disk writes one batch while it reads the
last one back, as it does for large files, instead of taking turns. Nothing changes in
what is promised — a recording reaches the index only after its blob read back and
authenticated, and whatever was written and verified is kept even when the run aborts.
"""

from __future__ import annotations

import concurrent.futures

from app.devices.card import Recording
from app.errors import DalelError, StorageError
from app.ingest import errors
from app.ingest.parts import Written
from app.ingest.pools import IngestPools, Pool
from app.ingest.run_state import Ready, RunState
from app.model.blobs import BlobDamaged


def take_batch(state: RunState, recs: list[Recording], pools: IngestPools) -> None:
    """Store the batch (at most 2 x WORKERS files in flight, so a cancel or a pulled card
    stops it soon), drop duplicates, one barrier (durable data, renames, durable names),
    then hand the read-back and staging to the verifier (the job waits for it before its
    final transaction). Raises the run's abort, if any, after handing the written files
    on."""
    barrier = state.pump.barrier()
    written: list[tuple[Recording, Written]] = []
    abort: errors.IngestAborted | None = None
    try:
        abort = _store(state, recs, pools.copy, written)
        if abort is None and state.cancel_event.is_set():
            abort = errors.cancelled()
        if not written:
            return
        try:
            barrier.commit([w for _r, w in written])
        except StorageError as exc:
            for _r, w in written:
                state.release(w.part.sha256)
            written = []
            abort = abort or errors.vault_refused(exc)
            return
        state.add_batch_check(pools.verifier.submit(_verify_and_stage, state, list(written),
                                                    pools.checks))
    finally:
        barrier.close()
        for _r, w in written:
            if w.fh is not None:
                w.discard()
        if abort is not None:
            raise abort


def _store(state: RunState, recs: list[Recording], pool: Pool,
           written: list[tuple[Recording, Written]]) -> errors.IngestAborted | None:
    abort: errors.IngestAborted | None = None
    report, pump = state.report, state.pump
    window = 2 * state.workers
    futs: list[tuple[Recording, concurrent.futures.Future[Written]]] = []
    todo = list(recs)
    while todo or futs:
        while todo and len(futs) < window and abort is None and \
                not state.cancel_event.is_set():
            rec = todo.pop(0)
            futs.append((rec, pool.submit(pump.store_small, rec.parts[0])))
        if not futs:
            break
        rec, fut = futs.pop(0)
        try:
            w = fut.result()
        except errors.FileProblem as exc:
            report.failed.append({"name": rec.name, "code": exc.code, "message": str(exc)})
            continue
        except errors.IngestAborted as exc:
            abort = abort or exc
            continue
        except StorageError as exc:
            abort = abort or errors.vault_refused(exc)
            continue
        state.count_done(rec)
        if state.take(w.part.sha256):
            written.append((rec, w))
        else:
            report.duplicates += 1          # the same content twice on this card
            w.discard()
        state.progress("copying", rec.name, force=True)
    stored = state.s.footage.known_among([w.part.sha256 for _r, w in written])
    if stored:                              # content already in the vault: never twice
        for _r, w in written:
            if w.part.sha256 in stored:
                report.duplicates += 1
                w.discard()
        written[:] = [(r, w) for r, w in written if w.part.sha256 not in stored]
    return abort


def _verify_and_stage(state: RunState, written: list[tuple[Recording, Written]], pool: Pool
                      ) -> None:
    """On the verify thread: read each blob back from the device (on ``pool``, the run's
    read-back threads), stage the good ones as they come in (a transaction per
    ``STAGE_GROUP_FILES`` files or ``STAGE_GROUP_BYTES``: a run killed meanwhile resumes from
    them), hand them on to the final index transaction."""
    checks = [(rec, w, pool.submit(state.pump.verify, w.part, state.verify_from_media))
              for rec, w in written]
    good: list[tuple[Recording, Written]] = []
    group: list[tuple[Recording, Written]] = []     # read back, not yet staged
    abort: errors.IngestAborted | None = None
    try:
        for rec, w, fut in checks:
            try:
                fut.result()
                group.append((rec, w))
            except BlobDamaged:
                state.verify_failed(w.part, rec.name)
            except DalelError as exc:
                state.forget(w.part)
                abort = abort or errors.vault_refused(StorageError(str(exc)))
            if len(group) >= state.STAGE_GROUP_FILES or \
                    sum(w.part.size for _r, w in group) >= state.STAGE_GROUP_BYTES:
                _stage_group(state, group, good)
        _stage_group(state, group, good)
    finally:
        state.ready.extend(Ready(rec, [(w.part, w.file.rel, True)], w.part.sha256)
                           for rec, w in good)
    if abort is not None:
        raise abort


def _stage_group(state: RunState, group: list[tuple[Recording, Written]],
                 good: list[tuple[Recording, Written]]) -> None:
    """Files read back so far, staged in one transaction (a run killed later resumes from
    them); only staged files go on to the index transaction, as before."""
    if not group:
        return
    state.stage_all((w.part, w.file.rel) for _r, w in group)
    good.extend(group)
    group.clear()
