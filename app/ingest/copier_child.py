"""The copying process's side of app/ingest/copier.py (issue 11, R20): the child holds the
blob keys and a :class:`~app.ingest.store.Pump` per download, answers each request on a
thread of its own and sends back answers, failures and byte counts for the progress bar.

A failure crosses the pipe as a program error's class and fields (:func:`pack_error`), so the
window shows it in its own language (:func:`unpack_error`).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import importlib
import itertools
import os
import pickle
import signal
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.devices.card import CardFile
from app.devices.throttle import CardThrottle
from app.errors import DalelError
from app.ingest.parts import StoredPart, Written
from app.ingest.store import BatchBarrier, Pump
from app.model.blobs import BlobStore

NICE = 5                   # the child's CPU priority below the window's (POSIX nice)
BYTES_STEP = 8 << 20       # progress is sent on every 8 MiB (the job reports no finer)


# -- exceptions across the pipe ----------------------------------------------------------------
def pack_error(exc: BaseException) -> tuple[Any, ...]:
    """A program error (``DalelError``) by class and fields, so the window shows it in its own
    language; anything else pickled, or as its text."""
    cls = type(exc)
    if isinstance(exc, DalelError):
        return ("dalel", cls.__module__, cls.__qualname__, exc.args, dict(vars(exc)))
    try:
        return ("pickle", pickle.dumps(exc))
    except Exception:  # an exception that does not pickle: its text is enough for the log
        return ("text", f"{cls.__name__}: {exc}")


def unpack_error(packed: Any) -> BaseException:
    kind = packed[0]
    if kind == "dalel":
        _k, module, qualname, args, state = packed
        if module.split(".")[0] == "app":
            cls: Any = importlib.import_module(module)
            for part in qualname.split("."):
                cls = getattr(cls, part)
            if isinstance(cls, type) and issubclass(cls, DalelError):
                exc = cls.__new__(cls)
                exc.args = tuple(args)
                vars(exc).update(state)
                return exc
        return RuntimeError(f"{module}.{qualname}: {args!r}")
    if kind == "pickle":
        try:
            exc = pickle.loads(packed[1])
        except Exception as err:
            return RuntimeError(f"copier error that does not unpickle: {err!r}")
        return exc if isinstance(exc, BaseException) else RuntimeError(repr(exc))
    return RuntimeError(str(packed[1]))


# -- the child's side ------------------------------------------------------------------------
@dataclass
class _Job:
    pump: Pump
    cancel: threading.Event
    hashes: dict[int, Any] = field(default_factory=dict)
    written: dict[int, Written] = field(default_factory=dict)
    barriers: dict[int, BatchBarrier] = field(default_factory=dict)


class _Server:
    """In the child: each request on a pool thread; answers and progress back on the pipe."""

    def __init__(self, conn: Any, blobs: BlobStore) -> None:
        self.conn, self.blobs = conn, blobs
        self.send_lock = threading.Lock()
        self.jobs: dict[int, _Job] = {}
        self.ids = itertools.count(1)
        self.local = threading.local()
        # Requests wait on cards, disks and one another's turn, not on the CPU: a thread
        # each (eight cameras x up to eight requests), reused.
        self.pool = concurrent.futures.ThreadPoolExecutor(128, thread_name_prefix="copier")

    def send(self, message: tuple[Any, ...]) -> None:
        with self.send_lock:
            self.conn.send(message)

    def loop(self) -> None:
        try:
            while True:
                message = self.conn.recv()
                if message[0] == "call":
                    _c, rid, job, op, args = message
                    self.pool.submit(self.answer, rid, job, op, args)
                elif message[0] == "cancel":
                    state = self.jobs.get(message[1])
                    if state is not None:
                        state.cancel.set()
                elif message[0] == "exit":
                    break
        except (EOFError, OSError):
            pass                      # the window's process is gone: stop everything
        for state in list(self.jobs.values()):
            state.cancel.set()
        self.pool.shutdown(wait=True, cancel_futures=True)
        for state in list(self.jobs.values()):
            self.drop(state)

    def on_bytes(self, n: int) -> None:
        """The pump's progress, on the request's thread: sent on every BYTES_STEP."""
        self.local.bytes = getattr(self.local, "bytes", 0) + n
        if self.local.bytes >= BYTES_STEP:
            self.send(("bytes", self.local.rid, self.local.bytes))
            self.local.bytes = 0

    def answer(self, rid: int, job: int, op: str, args: tuple[Any, ...]) -> None:
        self.local.rid, self.local.bytes = rid, 0
        try:
            result = getattr(self, "op_" + op)(job, *args)
        except BaseException as exc:  # every failure goes back to the caller's thread
            reply: tuple[Any, ...] = ("err", rid, pack_error(exc))
        else:
            reply = ("ok", rid, result)
        with contextlib.suppress(OSError, ValueError):
            if self.local.bytes:
                self.send(("bytes", rid, self.local.bytes))
            self.send(reply)

    # -- operations (each names the job it is for) ------------------------------------------
    def op_open(self, job: int, mount: str | None, chunk: int, rate: float | None,
                burst: int) -> None:
        cancel = threading.Event()
        read = CardThrottle(rate, burst=burst).read if rate else None
        self.jobs[job] = _Job(Pump(self.blobs, None if mount is None else Path(mount), cancel,
                                   self.on_bytes, chunk_size=chunk, read=read), cancel)

    def op_close(self, job: int) -> None:
        state = self.jobs.pop(job, None)
        if state is not None:
            self.drop(state)

    @staticmethod
    def drop(state: _Job) -> None:
        state.pump.close()
        for w in state.written.values():
            w.discard()
        for b in state.barriers.values():
            b.close()
        state.written.clear()
        state.barriers.clear()
        state.hashes.clear()

    def op_new_hash(self, job: int) -> int:
        hid = next(self.ids)
        self.jobs[job].hashes[hid] = hashlib.sha256()
        return hid

    def op_copy_hash(self, job: int, hid: int) -> int:
        state = self.jobs[job]
        new = next(self.ids)
        state.hashes[new] = state.hashes[hid].copy()
        return new

    def op_hexdigest(self, job: int, hid: int) -> str:
        return str(self.jobs[job].hashes[hid].hexdigest())

    def op_store(self, job: int, f: CardFile, hid: int | None) -> StoredPart:
        state = self.jobs[job]
        return state.pump.store(f, state.hashes[hid] if hid is not None else None)

    def op_hash_only(self, job: int, f: CardFile, hid: int | None) -> str:
        state = self.jobs[job]
        return state.pump.hash_only(f, state.hashes[hid] if hid is not None else None)

    def op_store_small(self, job: int, f: CardFile) -> tuple[int, StoredPart, str]:
        state = self.jobs[job]
        w = state.pump.store_small(f)
        wid = next(self.ids)
        state.written[wid] = w
        return wid, w.part, str(w.tmp)

    def op_discard(self, job: int, wids: list[int]) -> None:
        state = self.jobs[job]
        for wid in wids:
            w = state.written.pop(wid, None)
            if w is not None:
                w.discard()

    def op_barrier(self, job: int) -> int:
        bid = next(self.ids)
        self.jobs[job].barriers[bid] = BatchBarrier(self.blobs)
        return bid

    def op_barrier_commit(self, job: int, bid: int, wids: list[int]) -> None:
        state = self.jobs[job]
        items = [state.written.pop(w) for w in wids]
        state.barriers[bid].commit(items)

    def op_barrier_close(self, job: int, bid: int) -> None:
        barrier = self.jobs[job].barriers.pop(bid, None)
        if barrier is not None:
            barrier.close()

    def op_verify(self, job: int, part: StoredPart, from_media: bool) -> None:
        self.jobs[job].pump.verify(part, from_media)

    def op_verify_full(self, job: int, blob_id: str, sha256: str, size: int) -> None:
        self.jobs[job].pump.verify_full(blob_id, sha256, size)


def serve(conn: Any, harden: bool) -> None:
    """The child's main: hardened like the window (before any key arrives), then the keys,
    then requests until the window says ``exit`` or its end of the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl+C is the window's to handle
    if hasattr(os, "nice"):
        # Where the window and the copying compete for a core, the window goes first; the
        # cards' pace leaves the copying CPU to spare (0.9 of 2 cores for 8 cameras).
        with contextlib.suppress(OSError):
            os.nice(NICE)
    if harden:
        from app.hardening import harden_process

        harden_process()
    from app.i18n import set_language
    from app.model.crypto import wipe

    try:
        _hello, root, master, lang = conn.recv()
    except (EOFError, OSError):
        return
    key = bytearray(master)
    del master
    blobs = BlobStore(Path(root), key)
    wipe(key)
    with contextlib.suppress(ValueError):
        set_language(lang)
    conn.send(("ready",))
    _Server(conn, blobs).loop()
    blobs.forget()

