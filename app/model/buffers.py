"""Reused, page-aligned I/O buffers: one small free list per thread.

Why: every fresh buffer costs the kernel a page fault per 4 KiB the first time it is
touched, and on a virtual machine such a fault can cost more than copying the page (the
development VM faults fresh memory in at ~250 MB/s). The ingest reads, seals, writes and
reads back every byte of a card through buffers; allocating them per file or per chunk made
that — not the disk, not the crypto — the bottleneck. Page alignment is what ``O_DIRECT``
needs (:mod:`app.model.uncached`).
"""

from __future__ import annotations

import contextlib
import mmap
import threading
from collections.abc import Iterator

PAGE = 1 << 16          # alignment and granularity: fine for any device's sector size
KEEP = 4                # buffers kept per size class and thread

_local = threading.local()


def size_class(size: int) -> int:
    """The buffer size handed out for ``size``: a power of two, at least one PAGE."""
    n = PAGE
    while n < size:
        n <<= 1
    return n


@contextlib.contextmanager
def borrowed(size: int) -> Iterator[memoryview]:
    """A page-aligned buffer of at least ``size`` bytes (contents undefined), back to this
    thread's free list afterwards. Neither it nor a slice of it may be used past the
    ``with``: the next borrower overwrites it."""
    free: dict[int, list[mmap.mmap]] = _local.__dict__.setdefault("free", {})
    n = size_class(size)
    stack = free.setdefault(n, [])
    buf = stack.pop() if stack else mmap.mmap(-1, n)
    view = memoryview(buf)
    try:
        yield view
    except BaseException:
        # A traceback may still hold a slice of it: never hand this one out again; the
        # garbage collector unmaps it once nothing points into it.
        view.release()
        raise
    view.release()
    if len(stack) < KEEP:
        stack.append(buf)
    else:
        with contextlib.suppress(BufferError):
            buf.close()
