"""The thread pools of one download, owned together: whatever way the copy stage ends, each
is shut down, in the order the stages need.

- ``copy``: reads, hashes and encrypts the small files of a batch (I/O releases the GIL);
- ``checks``: reads the batches back from the device. On the copy threads the next batch's
  files queued behind its read-back, so the disk wrote and read in turns instead of both at
  once;
- ``verifier``: one thread that verifies and stages, in order, while the copy goes on.
"""

from __future__ import annotations

import concurrent.futures
from types import TracebackType

Pool = concurrent.futures.ThreadPoolExecutor


class IngestPools:
    def __init__(self, workers: int, checkers: int) -> None:
        self.verifier = Pool(1, thread_name_prefix="ingest-verify")
        self.copy = Pool(workers, thread_name_prefix="ingest-small")
        self.checks = Pool(checkers, thread_name_prefix="ingest-check")

    def __enter__(self) -> IngestPools:
        return self

    def stop_copying(self) -> None:
        """The copy and read-back threads end (what was never started is dropped); the
        verifier goes on with what it was handed."""
        self.copy.shutdown(wait=True, cancel_futures=True)
        self.checks.shutdown(wait=True, cancel_futures=True)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop_copying()
        self.verifier.shutdown(wait=True)
