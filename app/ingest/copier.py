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

import contextlib
import itertools
import logging
import multiprocessing
import pickle
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.devices.card import CardFile
from app.devices.throttle import CardThrottle
from app.ingest import errors
from app.ingest.copier_child import pack_error as pack_error
from app.ingest.copier_child import serve, unpack_error
from app.ingest.parts import StoredPart, Written
from app.ingest.store import Pump
from app.model.blobs import DEFAULT_CHUNK, BlobStore

if TYPE_CHECKING:
    from app.model.vault import VaultSession

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0     # a cold start on a loaded office PC; then downloads run in-process
WATCH_S = 0.1              # how soon a cancel reaches the child


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
    def for_session(cls, session: VaultSession) -> Copier:
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
        def forget() -> None:
            self.pumps.pop(job, None)

        remote.on_close = forget
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
