"""The buffers of the large-file copy pipeline (app/ingest/store.py): a slot is a few chunks
shared by the reader, the hasher and the sealer; a read failure is handed down the same
queues so that every consumer stops.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

END = object()          # the reader's last item: the file ended


class ReadFailure:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def readinto_via(read: Callable[[int, int], bytes]) -> Callable[[int, memoryview], int]:
    def readinto(fd: int, view: memoryview) -> int:
        data = read(fd, len(view))
        view[:len(data)] = data
        return len(data)
    return readinto


class Slot:
    """A buffer of the copy pipeline (a few chunks), shared by the hasher and the sealer;
    back in the free pool once both are done with it. Reused, not allocated per read: on a
    VM a fresh 256 KiB buffer costs a page fault per 4 KiB (see app/model/buffers.py)."""

    __slots__ = ("free", "lock", "n", "users", "view")

    def __init__(self, size: int, free: queue.Queue[Slot]) -> None:
        self.view = memoryview(bytearray(size))
        self.n = 0
        self.users = 0
        self.lock = threading.Lock()
        self.free = free

    @property
    def data(self) -> memoryview:
        return self.view[:self.n]

    def release(self) -> None:
        with self.lock:
            self.users -= 1
            last = self.users == 0
        if last:
            self.free.put(self)


SLOTS = 8               # buffers in flight per large file
CHUNKS_PER_SLOT = 4     # 1 MiB at 256 KiB chunks: fewer hand-overs between the threads
