"""Writing footage to the storage device and reading it back, past the page cache.

Verification after an ingest must prove what is on the disk, so the blob is read with
``O_DIRECT`` (Linux): the kernel hands over the device's bytes, never the copy it kept in
memory while writing. Big aligned reads also keep several requests in flight, which a
virtual or NVMe disk needs to reach its speed — on the development VM this reads back a
just-written blob at 1.3–2 GB/s where page-cache-dropped buffered reads managed ~0.5 GB/s.

The ingest writes blobs the same way (:class:`DirectWriter`): whole blocks go from one
reused buffer straight to the device. A buffered write first copies every byte into
freshly allocated page-cache pages and leaves the kernel to flush them later; on the
development VM that made the ingest's write side the bottleneck (0.6 x cp+sync with the
read-back served from memory), while direct writes run at or above cp+sync's speed.

Where ``O_DIRECT`` does not exist or the file system refuses it (tmpfs, some network
shares, Windows, macOS), blobs are written normally, and read back after asking the kernel
to drop its cached pages (``POSIX_FADV_DONTNEED``), which is the best such systems allow.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from types import TracebackType

from app.fsutil import read_into
from app.model.buffers import borrowed

BLOCK = 8 << 20          # one request to the device; a multiple of every sector size
ALIGN = 4096            # direct writes: offsets and lengths in whole 4 KiB (512e and 4Kn)
_REFUSED = {errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP}


class UncachedReader:
    """File-like ``read(n)`` / ``readinto(b)`` over the device's bytes. A context manager."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self.direct = False
        self._fd = -1
        self._data = memoryview(b"")
        self._eof = False
        self._started = False
        flag = getattr(os, "O_DIRECT", 0)
        if flag:
            try:
                self._fd = os.open(path, os.O_RDONLY | flag)
                self.direct = True
            except OSError as exc:
                if exc.errno not in _REFUSED:
                    raise
        if not self.direct:
            self._open_cached()
        # A reused page-aligned buffer (O_DIRECT needs the alignment), no bigger than the
        # file needs: a photo's reader must not fault in 8 MiB. The cached fallback reads
        # into the same buffer, so neither path allocates per block.
        self._hold = contextlib.ExitStack()
        try:
            size = os.fstat(self._fd).st_size
            self._view: memoryview | None = self._hold.enter_context(
                borrowed(min(BLOCK, size + 1)))
        except BaseException:
            os.close(self._fd)
            raise
        self._block = len(self._view)
        self._side: memoryview | None = None     # for a view across two blocks

    def _open_cached(self) -> None:
        self._fd = os.open(self._path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(self._fd, 0, 0, os.POSIX_FADV_DONTNEED)

    def _fill(self) -> None:
        assert self._view is not None
        try:
            # O_DIRECT exists only where readv does (Linux); the cached path may be Windows.
            got = os.readv(self._fd, [self._view]) if self.direct else read_into(self._fd,
                                                                                  self._view)
        except OSError as exc:
            if not self.direct or exc.errno not in _REFUSED or self._started:
                raise
            # Accepted at open, refused at the first read (some FUSE and network file
            # systems): read it the cached way instead.
            os.close(self._fd)
            self.direct = False
            self._open_cached()
            got = read_into(self._fd, self._view)
        self._started = True
        self._data = self._view[:got]
        # A direct read comes back short only at the end of the file (and reading on from an
        # unaligned end may be refused); an ordinary one may be short anywhere (shares).
        self._eof = got < self._block if self.direct else got == 0

    def readinto(self, b: memoryview | bytearray) -> int:
        """Fill ``b`` from the device; fewer bytes only at the end of the file."""
        out = memoryview(b).cast("B")
        have = 0
        while have < len(out):
            if not self._data:
                if self._eof:
                    break
                self._fill()
                if not self._data:
                    break
            n = min(len(self._data), len(out) - have)
            out[have:have + n] = self._data[:n]
            self._data = self._data[n:]
            have += n
        return have

    def view(self, n: int) -> memoryview:
        """The next ``n`` bytes (fewer at the end of the file), lent: valid only until the
        next read. No copy unless they straddle two blocks."""
        if not self._data and not self._eof:
            self._fill()
        if len(self._data) >= n:
            lent = self._data[:n]
            self._data = self._data[n:]
            return lent
        if self._side is None or len(self._side) < n:
            self._side = self._hold.enter_context(borrowed(n))
        return self._side[:self.readinto(self._side[:n])]

    def fileno(self) -> int:
        return self._fd

    def read(self, n: int) -> bytes:
        buf = bytearray(n)
        return bytes(buf[:self.readinto(buf)])

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        self._data = memoryview(b"")
        self._view = self._side = None
        self._hold.close()

    def __enter__(self) -> UncachedReader:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class DirectWriter:
    """A write-only file (``write``, ``tell``, ``flush``, ``fileno``, ``close``) that sends
    whole blocks with ``O_DIRECT``. ``flush`` ends the writing: it sends the aligned rest
    directly and the last partial block normally (the file's length is part of the blob
    format: no padding), and gives the buffer back at once — a photo's writer stays open
    until its batch's barrier, its buffer must not. ``fsync`` is still needed for the
    file's size and the device's own cache. Falls back to ordinary writes where the file
    system refuses direct I/O."""

    def __init__(self, path: Path) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        self.direct = bool(getattr(os, "O_DIRECT", 0))
        self._fd = -1
        if self.direct:
            try:
                self._fd = os.open(path, flags | os.O_DIRECT, 0o600)
            except OSError as exc:
                if exc.errno not in _REFUSED:
                    raise
                self.direct = False
        if self._fd < 0:
            self._fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
        self._hold = contextlib.ExitStack()
        self._view: memoryview | None = self._hold.enter_context(borrowed(BLOCK))
        self._used = 0          # bytes waiting in the buffer
        self._written = 0       # bytes handed to the kernel
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._view is None:
            raise ValueError("write after flush")
        src = memoryview(data).cast("B")
        done = 0
        while done < len(src):
            n = min(BLOCK - self._used, len(src) - done)
            self._view[self._used:self._used + n] = src[done:done + n]
            self._used += n
            done += n
            if self._used == BLOCK:
                self._send(self._view[:BLOCK])
        return done

    def reserve(self, n: int) -> memoryview:
        """The buffer space for the next ``n`` bytes (n <= BLOCK - ALIGN): a sealer encrypts
        straight into it, then calls :meth:`commit` — no copy of the sealed bytes."""
        if self._view is None:
            raise ValueError("write after flush")
        if self._used + n > BLOCK:
            self._send_aligned()
        return self._view[self._used:self._used + n]

    def _send_aligned(self) -> None:
        """Send what fills whole ALIGN units (all of it where not direct); the rest moves
        to the front of the block."""
        assert self._view is not None
        aligned = self._used - self._used % ALIGN if self.direct else self._used
        if aligned:
            self._send(self._view[:aligned])          # _send takes it off _used
            self._view[:self._used] = self._view[aligned:aligned + self._used]

    def commit(self, n: int) -> None:
        self._used += n
        if self._used == BLOCK:
            assert self._view is not None
            self._send(self._view[:BLOCK])

    def _send(self, block: memoryview) -> None:
        sent = 0
        while sent < len(block):
            try:
                n = os.write(self._fd, block[sent:])
            except OSError as exc:
                if not self.direct or exc.errno not in _REFUSED:
                    raise
                self._undirect()        # accepted at open, refused at write (FUSE, shares)
                continue
            if n <= 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            sent += n
            if sent < len(block) and self.direct:
                self._undirect()        # a short direct write leaves the rest unaligned
        self._written += sent
        self._used -= sent

    def _undirect(self) -> None:
        import fcntl

        fcntl.fcntl(self._fd, fcntl.F_SETFL, fcntl.fcntl(self._fd, fcntl.F_GETFL)
                    & ~os.O_DIRECT)
        self.direct = False

    def tell(self) -> int:
        return self._written + self._used

    @property
    def sent(self) -> int:
        """Bytes handed to the kernel so far (the rest waits in the block)."""
        return self._written

    def flush(self) -> None:
        if self._view is None:
            return
        self._send_aligned()
        if self._used:                      # the tail, shorter than ALIGN: not direct
            if self.direct:
                self._undirect()
            self._send(self._view[:self._used])
        self._view = None
        self._hold.close()

    def fileno(self) -> int:
        return self._fd

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            self.flush()
        finally:
            os.close(self._fd)
            self._view = None
            self._hold.close()
