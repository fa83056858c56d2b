"""The data pump: card file -> SHA-256 of the plaintext -> chunked encryption -> temp file ->
fsync -> rename -> verify (read back, authenticate every chunk, compare SHA-256).

Three threads overlap per file: a reader (I/O releases the GIL), a hasher (hashlib releases
the GIL on big buffers) and the caller, which seals chunks with AES-256-GCM straight into
the block of a :class:`~app.model.uncached.DirectWriter` that sends whole blocks to the
device past the page cache. The file's fsync, rename and folder fsync run on the pump's
commit thread while the next file is copied. It is read back from the device while it is
written (:mod:`app.ingest.readback`), the rest after the rename; the job's verify worker
waits for both. Where the device cannot be written or read past the page cache, the whole
read-back runs after the rename.

Small files (photos, short clips) take the batch path instead (:meth:`Pump.store_small` on a
thread pool, then :meth:`BatchBarrier.commit`): several files are read, hashed and encrypted at
once into temp files; then ONE durability barrier for the batch (``syncfs`` of the vault
file system on Linux, else ``fsync`` of each file), the renames, a second barrier for the
directory entries, and verification of each blob from the disk. Per file this is the same
guarantee (data durable before its name, name durable before it is verified, verified
before any row names it), without two disk flushes per photo.

A file that is opened through a link is refused (``O_NOFOLLOW``); a file whose size, mtime
or inode moves while it is read is refused; a read error is told apart from a pulled card.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import ctypes
import errno
import hashlib
import itertools
import os
import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from app.devices.card import CardFile
from app.errors import StorageError
from app.fsutil import fsync_dir, linux_libc, read_into, start_writeback, storage_error
from app.ingest import errors
from app.ingest.parts import StoredPart, Written, abandon_temp
from app.ingest.readback import ReadBack
from app.ingest.slots import CHUNKS_PER_SLOT, END, SLOTS, ReadFailure, Slot, readinto_via
from app.model.blobs import DEFAULT_CHUNK, BlobStore, BlobWriter
from app.model.buffers import borrowed

GONE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.ESTALE, errno.ENOTDIR, errno.EBADF,
        errno.ENOMEDIUM if hasattr(errno, "ENOMEDIUM") else errno.ENODEV}


def open_card_file(path: Path) -> int:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags)


class Pump:
    """Moves card files into the vault. One per job; not shared between threads."""

    def __init__(self, blobs: BlobStore, mount: Path | None, cancel: threading.Event,
                 on_bytes: Callable[[int], None] | None = None,
                 opener: Callable[[Path], int] = open_card_file,
                 chunk_size: int = DEFAULT_CHUNK,
                 read: Callable[[int, int], bytes] | None = None) -> None:
        """``read`` (``os.read``'s shape) replaces the card reads: tests inject faults."""
        self.blobs = blobs
        self.mount = mount
        self.cancel = cancel
        self.on_bytes = on_bytes or (lambda n: None)
        self.opener = opener
        self.chunk = chunk_size
        self.readinto: Callable[[int, memoryview], int] = (
            read_into if read is None else readinto_via(read))
        self._local = threading.local()
        # Large blobs read back while they were written (app/ingest/readback.py), by id,
        # until the job's verify asks for the outcome.
        self._early: dict[str, ReadBack] = {}
        # A large blob's fsync, rename and folder fsync run here, off the copy: the card is
        # read on while the disk makes the last file durable (8 cameras: 64 fsyncs of 73 ms
        # each, up to half a second, all of it time the cards stood still). In order.
        self._committer: concurrent.futures.ThreadPoolExecutor | None = None
        self._committing: dict[str, concurrent.futures.Future[None]] = {}

    # -- errors ----------------------------------------------------------------------------
    def _card_gone(self) -> bool:
        return self.mount is not None and not os.path.isdir(self.mount)

    def read_error(self, f: CardFile, exc: OSError) -> Exception:
        if exc.errno in GONE or self._card_gone():
            return errors.card_removed(str(self.mount))
        if exc.errno == errno.ELOOP:
            return errors.unreadable(f.rel, "link")
        return errors.unreadable(f.rel, exc.strerror or str(exc))

    # -- reading ---------------------------------------------------------------------------
    def _open(self, f: CardFile) -> tuple[int, os.stat_result]:
        try:
            fd = self.opener(f.path)
        except OSError as exc:
            raise self.read_error(f, exc) from exc
        try:
            st = os.fstat(fd)
        except OSError as exc:
            os.close(fd)
            raise self.read_error(f, exc) from exc
        if (st.st_size, st.st_mtime_ns, st.st_ino) != (f.size, f.mtime_ns, f.ino):
            os.close(fd)
            raise errors.changed(f.rel)
        return fd, st

    def _check_after(self, f: CardFile, fd: int, before: os.stat_result, got: int) -> None:
        try:
            after = os.fstat(fd)
        except OSError as exc:
            raise self.read_error(f, exc) from exc
        if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
            raise errors.changed(f.rel)
        if got != f.size:
            raise (errors.changed(f.rel) if got > f.size else
                   errors.truncated(f.rel, got, f.size))

    def _fill(self, fd: int, view: memoryview) -> int:
        """Read until ``view`` is full or the file ends: every chunk but the last is whole
        (the blob format needs that; a card or share may return short reads)."""
        got = 0
        while got < len(view):
            n = self.readinto(fd, view[got:])
            if not n:
                break
            got += n
        return got

    def _read_chunk(self, f: CardFile, fd: int, view: memoryview) -> memoryview:
        try:
            return view[:self._fill(fd, view)]
        except OSError as exc:
            raise self.read_error(f, exc) from exc

    def _reader(self, f: CardFile, fd: int, outs: list[queue.Queue[Any]],
                stop: threading.Event, free: queue.Queue[Slot]) -> None:
        try:
            while not stop.is_set():
                if self.cancel.is_set():
                    raise errors.cancelled()
                try:
                    slot = free.get(timeout=0.1)
                except queue.Empty:
                    continue            # the consumers are behind; look at stop again
                slot.n = self._fill(fd, slot.view)
                if not slot.n:
                    break
                slot.users = len(outs)
                for q in outs:
                    q.put(slot)
        except OSError as exc:
            for q in outs:
                q.put(ReadFailure(self.read_error(f, exc)))
            return
        except BaseException as exc:  # cancel
            for q in outs:
                q.put(ReadFailure(exc))
            return
        for q in outs:
            q.put(END)

    def hash_only(self, f: CardFile, extra: Any = None) -> str:
        """Read and hash without storing (re-docking a card already downloaded: resume)."""
        fd, st = self._open(f)
        sha = hashlib.sha256()
        got = 0
        try:
            with borrowed(1 << 20) as buf:
                for data in self._chunks(f, fd, (buf,)):
                    sha.update(data)
                    if extra is not None:
                        extra.update(data)
                    got += len(data)
                    self.on_bytes(len(data))
                self._check_after(f, fd, st, got)
        finally:
            os.close(fd)
        return sha.hexdigest()

    def _chunks(self, f: CardFile, fd: int, bufs: tuple[memoryview, ...]
                ) -> Iterator[memoryview]:
        """The file's chunks, read into ``bufs`` in turn (with two, a chunk stays valid
        while the next one is read); a cancel is seen before every read."""
        for i in itertools.count():
            if self.cancel.is_set():
                raise errors.cancelled()
            data = self._read_chunk(f, fd, bufs[i % len(bufs)])
            if not data:
                return
            yield data

    def _scratch(self) -> tuple[memoryview, memoryview]:
        """This thread's two chunk buffers for small files (the one being read, and the one
        before it, still to be sealed). Allocated once per pool thread."""
        bufs: tuple[memoryview, memoryview] | None = getattr(self._local, "bufs", None)
        if bufs is None:
            bufs = (memoryview(bytearray(self.chunk)), memoryview(bytearray(self.chunk)))
            self._local.bufs = bufs
        return bufs

    # -- what the job asks besides storing (app/ingest/copier.py answers the same) ----------
    @staticmethod
    def new_hash() -> Any:
        """A SHA-256 for the whole of a recording split into parts."""
        return hashlib.sha256()

    def barrier(self) -> BatchBarrier:
        return BatchBarrier(self.blobs)

    def verify(self, part: StoredPart, from_media: bool = True) -> None:
        """After the blob is durable and named (:meth:`store` leaves that to a thread of its
        own; its refusal is raised here, a StorageError), read it back."""
        commit = self._committing.pop(part.blob_id, None)
        if commit is not None:
            commit.result()
        back = self._early.pop(part.blob_id, None)
        if back is not None:        # read back from the device as it was written
            back.result(part.blob_id, part.size, part.seal)
        else:
            verify_blob(self.blobs, part, from_media)

    def verify_full(self, blob_id: str, sha256: str, size: int) -> None:
        """A blob already in the vault, decrypted and re-hashed in full (resume)."""
        self.blobs.verify(blob_id, sha256, size)

    def close(self) -> None:
        """Commits still running end; read-backs nobody asked for (the job stopped first)
        end too."""
        if self._committer is not None:
            self._committer.shutdown(wait=True)
        self._committing.clear()
        while self._early:
            self._early.popitem()[1].abandon()

    # -- storing ---------------------------------------------------------------------------
    def store_small(self, f: CardFile) -> Written:
        """Read, hash and encrypt one small file into a temp file, in the calling thread
        (a pool runs several at once). Not durable yet: :meth:`BatchBarrier.commit` does that.
        Progress is the caller's business (this runs on a pool thread)."""
        if self.cancel.is_set():
            raise errors.cancelled()
        fd, st = self._open(f)
        blob_id = self.blobs.new_id()
        tmp: Path | None = None
        fh: Any = None
        got = 0
        try:
            tmp, fh, writer = self._new_blob(blob_id, direct=True)
            sha = hashlib.sha256()
            prev: memoryview | None = None      # sealed once the next read tells it is not last
            for data in self._chunks(f, fd, self._scratch()):
                sha.update(data)
                got += len(data)
                if prev is not None:
                    self._seal(writer, prev, False, tmp)
                prev = data
            self._seal(writer, b"" if prev is None else prev, True, tmp)
            self._check_after(f, fd, st, got)
            try:
                fh.flush()
            except OSError as exc:
                raise errors.vault_refused(storage_error(exc, tmp)) from exc
        except BaseException:
            abandon_temp(fh, tmp)
            raise
        finally:
            os.close(fd)
        return Written(f, StoredPart(blob_id, sha.hexdigest(), got, writer.seal_digest), tmp,
                       fh)

    def store(self, f: CardFile, extra: Any = None) -> StoredPart:
        """Encrypt ``f`` into a new blob. Its fsync and rename follow on the pump's commit
        thread while the caller copies on; :meth:`verify` waits for them."""
        fd, st = self._open(f)
        blob_id = self.blobs.new_id()
        q_enc: queue.Queue[Any] = queue.Queue()     # bounded by the slots in flight
        q_hash: queue.Queue[Any] = queue.Queue()
        free: queue.Queue[Slot] = queue.Queue()
        for _ in range(SLOTS):
            free.put(Slot(self.chunk * CHUNKS_PER_SLOT, free))
        sha = hashlib.sha256()
        stop = threading.Event()

        def hasher() -> None:
            while True:
                item = q_hash.get()
                if item is END or isinstance(item, ReadFailure):
                    return
                sha.update(item.data)
                if extra is not None:
                    extra.update(item.data)
                item.release()

        reader = threading.Thread(target=self._reader,
                                  args=(f, fd, [q_enc, q_hash], stop, free),
                                  name="ingest-read", daemon=True)
        hthread = threading.Thread(target=hasher, name="ingest-hash", daemon=True)
        tmp: Path | None = None
        fh: Any = None
        back: ReadBack | None = None
        got = 0
        try:
            tmp, fh, writer = self._new_blob(blob_id, direct=True)
            back = ReadBack.follow(tmp, fh, self.blobs, blob_id, f.size, self.chunk)
            reader.start()
            hthread.start()
            # The last chunk of each slot waits for the next slot: only the end of the file
            # tells which chunk is final (sealed with the final flag).
            held: tuple[Slot, memoryview] | None = None
            flushed = 0
            cs = self.chunk
            while True:
                item = q_enc.get()
                if isinstance(item, ReadFailure):
                    raise item.exc
                if item is END:
                    break
                if held is not None:
                    self._seal(writer, held[1], False, tmp)
                    held[0].release()
                data = item.data
                last = (item.n - 1) // cs * cs
                for off in range(0, last, cs):
                    self._seal(writer, data[off:off + cs], False, tmp)
                held = (item, data[last:])
                flushed = self._writeback(fh, flushed)
                if back is not None:
                    back.offer(fh)
                got += item.n
                self.on_bytes(item.n)
            self._seal(writer, b"" if held is None else held[1], True, tmp)
            hthread.join()
            self._check_after(f, fd, st, got)
            try:
                fh.flush()
            except OSError as exc:
                raise errors.vault_refused(storage_error(exc, tmp)) from exc
            if self._committer is None:
                self._committer = concurrent.futures.ThreadPoolExecutor(
                    1, thread_name_prefix="ingest-commit")
            self._committing[blob_id] = self._committer.submit(self._commit, tmp, fh, blob_id,
                                                               back)
            tmp = fh = back = None      # the committer's now
        except BaseException:
            if back is not None:
                back.abandon()
            stop.set()              # the reader sees it within 0.1 s; it never blocks on a put
            if hthread.ident is not None:   # the temp file may have failed before the start
                hthread.join(timeout=5)
            abandon_temp(fh, tmp)
            raise
        finally:
            if reader.ident is not None:
                reader.join(timeout=30)
            os.close(fd)
        return StoredPart(blob_id, sha.hexdigest(), got, writer.seal_digest)

    def _commit(self, tmp: Path, fh: Any, blob_id: str, back: ReadBack | None) -> None:
        """fsync, rename, fsync the folder; then the read-back may read the rest."""
        try:
            self.blobs.commit_temp(tmp, fh, blob_id)
        except BaseException:
            if back is not None:
                back.abandon()
            raise
        if back is not None:
            back.finish()           # fsynced and renamed: the rest may be read
            self._early[blob_id] = back

    def _new_blob(self, blob_id: str, direct: bool = False
                  ) -> tuple[Path, BinaryIO, BlobWriter]:
        """A temp file with the blob's header written; a refusal is the vault's, not the
        card's, and leaves no temp file behind."""
        tmp: Path | None = None
        fh: Any = None
        try:
            tmp, fh = self.blobs.open_temp(blob_id, direct)
            return tmp, fh, BlobWriter(fh, self.blobs.key, blob_id, self.chunk)
        except (StorageError, OSError) as exc:
            abandon_temp(fh, tmp)
            refused = exc if isinstance(exc, StorageError) else storage_error(exc, tmp or "")
            raise errors.vault_refused(refused) from exc

    @staticmethod
    def _seal(writer: BlobWriter, chunk: bytes | memoryview, final: bool, tmp: Path | None
              ) -> None:
        try:
            writer.write_chunk_hashed(chunk, final)
        except OSError as exc:
            raise errors.vault_refused(storage_error(exc, tmp or "")) from exc

    WRITEBACK_STEP = 32 << 20

    def _writeback(self, fh: Any, started: int) -> int:
        """Where the writer could not go past the page cache (no O_DIRECT: Windows, tmpfs,
        some shares), start the disk on what it handed the kernel, every WRITEBACK_STEP
        bytes, so that the final fsync does not find it all still to write."""
        pos = fh.sent
        if fh.direct or pos - started < self.WRITEBACK_STEP:
            return started
        try:
            start_writeback(fh.fileno(), started, pos - started)
        except OSError as exc:
            raise errors.vault_refused(storage_error(exc, "")) from exc
        return pos


def verify_blob(blobs: BlobStore, part: StoredPart, from_media: bool = True) -> None:
    """Read the blob back; with ``from_media`` from the device itself, bypassing the page
    cache (:mod:`app.model.uncached`). A part written in this run is checked chunk by chunk
    against the tags it was sealed with (:meth:`BlobStore.authenticate`); others are
    decrypted and re-hashed in full."""
    if part.seal:
        blobs.authenticate(part.blob_id, part.size, part.seal, from_media)
    else:
        blobs.verify(part.blob_id, part.sha256, part.size, from_media)


# -- the batch barrier ----------------------------------------------------------------------
_SYNCFS = linux_libc("syncfs", [ctypes.c_int])


def _syncfs(fd: int, what: Path) -> None:
    assert _SYNCFS is not None
    if _SYNCFS(fd) != 0:
        code = ctypes.get_errno()
        raise storage_error(OSError(code, os.strerror(code)), what)


class BatchBarrier:
    """Opened BEFORE a batch's files are written: ``syncfs`` reports a write-back error
    only to descriptors opened before it happened (Linux >= 5.8)."""

    def __init__(self, blobs: BlobStore, mode: str | None = None) -> None:
        self.blobs = blobs
        self.mode = mode or ("syncfs" if _SYNCFS is not None else "fsync")
        self.fd: int | None = None
        if self.mode == "syncfs":
            try:
                blobs.ensure()
                self.fd = os.open(blobs.root, os.O_RDONLY)
            except OSError as exc:
                raise storage_error(exc, blobs.root) from exc

    def close(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None

    def commit(self, items: list[Written]) -> None:
        """Make every temp file durable, rename each into place, make the names durable.
        On failure nothing of the batch is left (no row names these blobs yet)."""
        done: list[Path] = []
        try:
            try:
                if self.mode == "syncfs":
                    for w in items:
                        assert w.fh is not None
                        w.fh.close()
                        w.fh = None
                    assert self.fd is not None
                    _syncfs(self.fd, self.blobs.root)      # data of every temp file
                else:
                    for w in items:
                        assert w.fh is not None
                        os.fsync(w.fh.fileno())
                        w.fh.close()
                        w.fh = None
                folders: set[Path] = set()
                for w in items:
                    final = self.blobs.path(w.part.blob_id)
                    if final.parent not in folders:
                        final.parent.mkdir(exist_ok=True, mode=0o700)
                        folders.add(final.parent)
                    os.replace(w.tmp, final)
                    done.append(final)
                if self.mode == "syncfs":
                    assert self.fd is not None
                    _syncfs(self.fd, self.blobs.root)      # the renames
                else:
                    for d in folders:
                        fsync_dir(d)
            except OSError as exc:
                raise storage_error(exc, self.blobs.root) from exc
        except BaseException:
            for w in items:
                w.discard()
            for p in done:
                with contextlib.suppress(OSError):
                    p.unlink()
            raise
