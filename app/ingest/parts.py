"""What the pump hands back: a stored part (a blob written, durable and named) and a small
file written into a temp file that is not durable yet (the batch path, app/ingest/batch.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.devices.card import CardFile


@dataclass(frozen=True)
class StoredPart:
    blob_id: str
    sha256: str
    size: int
    seal: str = ""      # SHA-256 of the sealed chunks' tags; "" = verify by full re-hash


def abandon_temp(fh: Any, tmp: Path | None) -> None:
    """Close and remove a temp blob that will not be kept; nothing names it yet."""
    if fh is not None:
        with contextlib.suppress(OSError):
            fh.close()
    if tmp is not None:
        with contextlib.suppress(OSError):
            tmp.unlink()


@dataclass
class Written:
    """A small file encrypted into a temp file that is not yet durable (batch path)."""

    file: CardFile
    part: StoredPart
    tmp: Path
    fh: BinaryIO | None = field(default=None, repr=False)

    def discard(self) -> None:
        abandon_temp(self.fh, self.tmp)
        self.fh = None
