"""The copying process (issue 11, R20): a download's byte work — read the card, hash, seal,
write, read back — runs in a child process, so the window's interpreter is left to the window.

Why: eight downloads in the window's own process were some forty Python threads taking turns
with the window's thread at one interpreter lock (the GIL). ``bench/dock.py`` found the
window's thread *blocked* — neither running nor waiting for a CPU — for 60 to 150 ms at a time
while all it had to run was a 5 ms timer; with the same eight downloads in another process it
was never blocked, only ever waiting for a CPU like any program on a busy machine. A child
process has an interpreter lock of its own.

What crosses the pipe: once, the vault's master key (a pipe, never a file; the child derives
the blob keys from it and wipes it) and the language for messages; then per request a card
file's description, small answers (a :class:`~app.ingest.store.StoredPart`, a hash) and byte
counts for the progress bar. The database, the journal, the USB devices and every decision
stay in the window's process: :class:`~app.ingest.job.IngestJob` runs there unchanged and
calls a :class:`RemotePump` exactly as it calls a :class:`~app.ingest.store.Pump` (one
writer; the chained appends are untouched). A job whose card reads are replaced by a test's
hook (``opener``, or a ``reader`` that is not a :class:`CardThrottle`) keeps its pump in
this process.

Cancel: the jobs' cancel events are watched here and forwarded; the child's pump stops at its
next chunk, as in-process. The child ends with the session (:meth:`Copier.stop`) or when the
window's process goes (its pipe closes). If it dies, every call waiting on it fails with
:func:`app.ingest.errors.copier_stopped` and the next download starts a new one; the temp
files it left are removed by the next reconcile (app/ingest/reconcile.py), as for a killed
download. If no child can be started at all the downloads run in this process, as before.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import hashlib
import importlib
import itertools
import logging
import multiprocessing
import os
import pickle
import queue
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.devices.card import CardFile
from app.devices.throttle import CardThrottle
from app.errors import DalelError
from app.ingest import errors
from app.ingest.store import BatchBarrier, Pump, StoredPart, Written
from app.model.blobs import DEFAULT_CHUNK, BlobStore

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0     # a cold start on a loaded office PC; then downloads run in-process
WATCH_S = 0.1              # how soon a cancel reaches the child
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


def throttle_of(read: Callable[[int, int], bytes] | None) -> CardThrottle | None:
    owner = getattr(read, "__self__", None)
    return owner if isinstance(owner, CardThrottle) else None


# -- the window's side -------------------------------------------------------------------------
class _Child:
    """One child process and its pipe: requests out, answers routed back by request id."""

    def __init__(self, root: Path, master: bytes | bytearray, lang: str, harden: bool) -> None:
        ctx = multiprocessing.get_context("spawn")
        ours, theirs = ctx.Pipe(duplex=True)
        self.conn = ours
        self.send_lock = threading.Lock()
        self.pending: dict[int, queue.Queue[tuple[str, Any]]] = {}
        self.ids = itertools.count(1)
        self.alive = True
        self.proc = ctx.Process(target=serve, args=(theirs, harden), name="dalel-copier",
                                daemon=True)
        self.proc.start()
        theirs.close()
        try:
            self.conn.send(("hello", str(root), bytes(master), lang))
            if not self.conn.poll(START_TIMEOUT_S):
                raise TimeoutError("the copying process did not answer")
            answer = self.conn.recv()
            if answer != ("ready",):
                raise RuntimeError(f"the copying process answered {answer!r}")
        except BaseException:
            self.kill()
            raise
        self.receiver = threading.Thread(target=self._receive, name="copier-receive",
                                         daemon=True)
        self.receiver.start()

    def _receive(self) -> None:
        try:
            while True:
                kind, rid, value = self.conn.recv()
                box = self.pending.get(rid)
                if box is not None:
                    box.put((kind, value))
        except (EOFError, OSError, ValueError):
            pass
        self.alive = False
        for box in list(self.pending.values()):
            box.put(("gone", None))

    def send(self, message: tuple[Any, ...]) -> None:
        with self.send_lock:
            self.conn.send(message)

    def request(self, job: int, op: str, args: tuple[Any, ...]) -> tuple[int, queue.Queue[Any]]:
        rid = next(self.ids)
        box: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.pending[rid] = box
        if not self.alive:
            box.put(("gone", None))
            return rid, box
        try:
            self.send(("call", rid, job, op, args))
        except (OSError, ValueError):
            box.put(("gone", None))
        return rid, box

    def done(self, rid: int) -> None:
        self.pending.pop(rid, None)

    def close(self, wait_s: float) -> None:
        """Ask the child to end (it cancels what still runs) and wait; killed if it does not."""
        with contextlib.suppress(OSError, ValueError):
            self.send(("exit",))
        self.proc.join(wait_s)
        self.kill()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)
        with contextlib.suppress(OSError):
            self.conn.close()
        self.alive = False


class Copier:
    """The copying process of one unlocked session, shared by all its downloads; started by
    the first download, ended by :meth:`stop` (at lock)."""

    def __init__(self, blobs_root: Path, master_key: Callable[[], bytes | bytearray]) -> None:
        """``master_key`` is asked for when the child starts, not before."""
        self.root = Path(blobs_root)
        self.master_key = master_key
        self.lock = threading.Lock()
        self.child: _Child | None = None
        self.failed = False        # no child could be started: downloads run in-process
        self.pumps: dict[int, RemotePump] = {}
        self.ids = itertools.count(1)
        self.stopping = threading.Event()
        self.watcher: threading.Thread | None = None

    @classmethod
    def for_session(cls, session: Any) -> Copier:
        return cls(session.blobs.root, lambda: session.master_key)

    def _child(self) -> _Child | None:
        with self.lock:
            if self.child is not None and self.child.alive:
                return self.child
            if self.failed or self.stopping.is_set():
                return None
            from app.hardening import is_dumpable
            from app.i18n import language

            try:
                self.child = _Child(self.root, self.master_key(), language(),
                                    harden=is_dumpable() is False)
            except (OSError, RuntimeError, TimeoutError, EOFError, pickle.PickleError) as exc:
                log.warning("no copying process (%r): downloads run in the window's process",
                            exc)
                self.failed = True
                return None
            return self.child

    def start_soon(self) -> None:
        """Start the child on a thread of its own (a camera docked: its download follows in a
        moment and need not wait for a process to start)."""
        if self.child is None and not self.failed and not self.stopping.is_set():
            threading.Thread(target=self._child, name="copier-start", daemon=True).start()

    def pump(self, blobs: BlobStore, mount: Path | None, cancel: threading.Event,
             on_bytes: Callable[[int], None] | None = None,
             opener: Callable[[Path], int] | None = None, chunk_size: int = DEFAULT_CHUNK,
             read: Callable[[int, int], bytes] | None = None) -> Pump | RemotePump:
        """A pump for one download: in the child, unless a test's hook replaces the card
        reads (the hook cannot cross to another process) or no child can be started."""
        throttle = throttle_of(read)
        child = None
        if opener is None and (read is None or throttle is not None):
            child = self._child()
        if child is None:
            return Pump(blobs, mount, cancel, on_bytes,
                        **({"opener": opener} if opener else {}), chunk_size=chunk_size,
                        read=read)
        job = next(self.ids)
        remote = RemotePump(child, job, cancel, on_bytes)
        remote.call("open", None if mount is None else str(mount), chunk_size,
                    throttle.rate if throttle else None, throttle.burst if throttle else 0)
        with self.lock:
            self.pumps[job] = remote
            if self.watcher is None:
                self.watcher = threading.Thread(target=self._watch, name="copier-cancel",
                                                daemon=True)
                self.watcher.start()
        remote.on_close = lambda: self.pumps.pop(job, None)
        return remote

    def _watch(self) -> None:
        """Forward each job's cancel to the child: one thread for all jobs, 10 times a second
        while any runs (rather than every waiting thread waking up to look)."""
        while not self.stopping.wait(WATCH_S):
            with self.lock:
                if not self.pumps:
                    self.watcher = None
                    return
                running = list(self.pumps.values())
            for remote in running:
                if remote.cancel.is_set() and not remote.cancel_sent:
                    remote.cancel_sent = True
                    with contextlib.suppress(OSError, ValueError):
                        remote.child.send(("cancel", remote.job))

    def stop(self, wait_s: float = 10.0) -> None:
        """At lock, after the downloads were cancelled and waited for: the child ends."""
        self.stopping.set()
        with self.lock:
            child, self.child = self.child, None
        if child is not None:
            child.close(wait_s)
        watcher = self.watcher
        if watcher is not None:
            watcher.join(2)

    @property
    def pid(self) -> int | None:
        child = self.child
        return child.proc.pid if child is not None and child.alive else None


class RemoteHash:
    """A SHA-256 kept in the child (the whole recording's, over its parts)."""

    def __init__(self, pump: RemotePump, hid: int) -> None:
        self.pump, self.hid = pump, hid

    def copy(self) -> RemoteHash:
        return RemoteHash(self.pump, self.pump.call("copy_hash", self.hid))

    def hexdigest(self) -> str:
        return str(self.pump.call("hexdigest", self.hid))


@dataclass
class RemoteWritten(Written):
    """A small file sealed into a temp file by the child; ``fh`` is its handle there."""

    pump: Any = field(default=None, repr=False)

    def discard(self) -> None:
        if self.fh is not None:
            wid, self.fh = self.fh, None
            with contextlib.suppress(errors.IngestAborted):
                self.pump.call("discard", [wid])


class RemoteBarrier:
    """:class:`~app.ingest.store.BatchBarrier`, opened and committed in the child."""

    def __init__(self, pump: RemotePump) -> None:
        self.pump = pump
        self.bid: int | None = pump.call("barrier")

    def commit(self, items: list[Written]) -> None:
        try:
            self.pump.call("barrier_commit", self.bid, [w.fh for w in items])
        finally:
            for w in items:          # made durable and renamed, or discarded by the child
                w.fh = None

    def close(self) -> None:
        if self.bid is not None:
            bid, self.bid = self.bid, None
            with contextlib.suppress(errors.IngestAborted):
                self.pump.call("barrier_close", bid)


class RemotePump:
    """:class:`~app.ingest.store.Pump`'s interface, each call answered by the child. Calls
    block the calling thread in a queue (no interpreter lock held while the bytes move)."""

    def __init__(self, child: _Child, job: int, cancel: threading.Event,
                 on_bytes: Callable[[int], None] | None) -> None:
        self.child, self.job, self.cancel = child, job, cancel
        self.on_bytes = on_bytes or (lambda n: None)
        self.cancel_sent = False
        self.on_close: Callable[[], None] | None = None

    def call(self, op: str, *args: Any) -> Any:
        rid, box = self.child.request(self.job, op, args)
        try:
            while True:
                kind, value = box.get()
                if kind == "bytes":
                    self.on_bytes(value)
                elif kind == "ok":
                    return value
                elif kind == "err":
                    raise unpack_error(value)
                else:
                    raise errors.copier_stopped()
        finally:
            self.child.done(rid)

    # -- Pump's interface ----------------------------------------------------------------
    def new_hash(self) -> RemoteHash:
        return RemoteHash(self, self.call("new_hash"))

    def store(self, f: CardFile, extra: RemoteHash | None = None) -> StoredPart:
        result: StoredPart = self.call("store", f, extra.hid if extra is not None else None)
        return result

    def hash_only(self, f: CardFile, extra: RemoteHash | None = None) -> str:
        return str(self.call("hash_only", f, extra.hid if extra is not None else None))

    def store_small(self, f: CardFile) -> RemoteWritten:
        wid, part, tmp = self.call("store_small", f)
        return RemoteWritten(f, part, Path(tmp), wid, pump=self)

    def barrier(self) -> RemoteBarrier:
        return RemoteBarrier(self)

    def verify(self, part: StoredPart, from_media: bool = True) -> None:
        self.call("verify", part, from_media)

    def verify_full(self, blob_id: str, sha256: str, size: int) -> None:
        self.call("verify_full", blob_id, sha256, size)

    def close(self) -> None:
        if self.on_close is not None:
            self.on_close()
        with contextlib.suppress(errors.IngestAborted):
            self.call("close")


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

