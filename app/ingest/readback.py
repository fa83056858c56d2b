"""Reading a large blob back from the device while it is still being written (issue 11).

The read-back of a recording used to start once its file was written, fsynced and renamed.
For a card's last recording that is time on the clock after the card has been read to the
end, and eight cameras docked together finish together: eight whole recordings (800 MB)
were then read back at once, 1 to 2 s of a 13 s download (bench/dock.py). Here what the
writer has already sent to the device (``O_DIRECT``: on the device when the write returns)
is read back with ``O_DIRECT`` on a thread of its own and authenticated chunk by chunk while
the copy goes on; once the file is fsynced and renamed only the last few MiB and the final
chunk are left to read.

The check is :meth:`app.model.blobs.BlobStore.authenticate`'s: every chunk read from the
device authenticates (:func:`app.model.blobs.iter_plaintext`: nonce, final flag, the header
as associated data), their tags in order hash to the digest of the tags the writer sealed,
and the length is the card file's. A blob is still referenced only once it is written,
fsynced, renamed and read back whole. Where the writer could not write past the page cache,
or the device cannot be read past it, nothing is read early: the whole read-back runs after
the rename, as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import mmap
import os
import threading
from pathlib import Path
from typing import Any, BinaryIO, cast

from app.fsutil import storage_error
from app.model.blobs import HEADER, TAG, BlobDamaged, BlobStore, iter_plaintext
from app.model.uncached import ALIGN

STEP = 4 << 20          # read back in pieces of this size, as the writer gets ahead


class _Abandoned(Exception):
    """The copy failed or was cancelled: stop reading, report nothing."""


def blob_size(size: int, chunk: int) -> int:
    """The length of the blob file sealing ``size`` plaintext bytes in ``chunk``-byte chunks
    (an empty file is one empty final chunk)."""
    chunks = max(1, -(-size // chunk))
    return HEADER.size + size + TAG * chunks


class ReadBack:
    """Follows one blob's writer (:class:`~app.model.uncached.DirectWriter`)."""

    def __init__(self, path: Path, fd: int, blobs: BlobStore, blob_id: str, size: int,
                 chunk: int) -> None:
        self.path, self.fd, self.blob_id, self.size = path, fd, blob_id, size
        self.end = blob_size(size, chunk)
        self.cond = threading.Condition()
        self.limit = 0                  # bytes of the file that may be read
        self.abandoned = False
        self.raw = mmap.mmap(-1, STEP)  # page-aligned, as O_DIRECT needs
        self.buf = memoryview(self.raw)   # not "view": iter_plaintext would borrow it
        self.start = self.stop = 0      # file offsets held in ``raw``
        self.pos = 0                    # the next byte handed to the reader
        self.tags = hashlib.sha256()
        self.got = 0
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(blobs.key,),
                                       name="ingest-readback", daemon=True)
        self.thread.start()

    @classmethod
    def follow(cls, path: Path, writer: Any, blobs: BlobStore, blob_id: str, size: int,
               chunk: int) -> ReadBack | None:
        """A reader following ``writer`` (the temp file's), or None where either side cannot
        bypass the page cache (the read-back then waits for the rename, as before)."""
        flag = getattr(os, "O_DIRECT", 0)
        if not flag or not getattr(writer, "direct", False):
            return None
        try:
            fd = os.open(path, os.O_RDONLY | flag)
        except OSError:
            return None
        return cls(path, fd, blobs, blob_id, size, chunk)

    # -- the writer's side ----------------------------------------------------------------
    def offer(self, writer: Any) -> None:
        """What the writer has sent to the device so far may be read (while it writes
        directly: bytes it wrote through the page cache wait for the fsync)."""
        sent = writer.sent if writer.direct else 0
        if sent - self.limit >= STEP:
            with self.cond:
                self.limit = sent
                self.cond.notify()

    def finish(self) -> None:
        """The file is fsynced and renamed: the rest may be read."""
        with self.cond:
            self.limit = self.end
            self.cond.notify()

    def abandon(self) -> None:
        with self.cond:
            self.abandoned = True
            self.cond.notify()

    def result(self, blob_id: str, size: int, seal: str) -> None:
        """Wait for the read-back to end; raises as ``BlobStore.authenticate`` would."""
        self.thread.join()
        if self.error is not None:
            raise self.error
        if blob_id != self.blob_id or self.got != size or not hmac.compare_digest(
                self.tags.hexdigest(), seal):
            raise BlobDamaged(blob_id, "stored chunks differ from those written")

    # -- the reading side (a file object for iter_plaintext) ------------------------------
    def _fill(self) -> bool:
        """Read the next piece the writer has released; False at the end of the blob."""
        with self.cond:
            while True:
                if self.abandoned:
                    raise _Abandoned
                ready = self.limit - self.stop
                if self.limit >= self.end or ready >= STEP:
                    break
                self.cond.wait()
        if ready <= 0:
            return False
        want = min(STEP, ready)
        if self.limit < self.end:
            want -= want % ALIGN
        # the blob's own end is not aligned: the last read asks for whole units and gets
        # what there is
        ask = min(STEP, -(-want // ALIGN) * ALIGN)
        n = os.preadv(self.fd, [self.buf[:ask]], self.stop)
        n = min(n, want)
        if n <= 0:
            return False
        self.start, self.stop = self.stop, self.stop + n
        return True

    def readinto(self, b: memoryview | bytearray) -> int:
        out = memoryview(b).cast("B")
        have = 0
        while have < len(out):
            if self.pos >= self.stop and not self._fill():
                break
            n = min(self.stop - self.pos, len(out) - have)
            at = self.pos - self.start
            out[have:have + n] = self.buf[at:at + n]
            self.pos += n
            have += n
        return have

    def read(self, n: int) -> bytes:
        buf = bytearray(n)
        return bytes(buf[:self.readinto(buf)])

    def _run(self, key: bytes) -> None:
        try:
            # This object reads like the file (read, readinto) as far as it is written.
            src = cast(BinaryIO, self)
            for plain in iter_plaintext(src, key, self.blob_id, self.end, self.tags,
                                        reuse=True):
                self.got += len(plain)
        except _Abandoned:
            pass
        except OSError as exc:
            self.error = storage_error(exc, self.path)
        except Exception as exc:  # damage (BlobDamaged) or a fault: result() raises it
            self.error = exc
        finally:
            os.close(self.fd)
            self.buf.release()
            with contextlib.suppress(BufferError):
                self.raw.close()
