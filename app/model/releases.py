"""The register of released copies (``releases``, R10): one row per package, its manifest
as signed. ``app.release.service`` makes the package; this module numbers and records it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.model.db import Database

_NEXT_ID = "SELECT coalesce(max(id), 0) + 1 FROM releases"


@dataclass(frozen=True)
class ReleaseRecord:
    id: int
    at: str
    head_id: int
    recipient_id: int
    purpose: str
    manifest: str           # the manifest's exact text (what is signed and hashed)


def next_release_id(db: Database) -> int:
    """The number the next release would take (read outside a transaction: the caller
    confirms it with :func:`record_release`)."""
    return int(db.one(_NEXT_ID)[0])


def record_release(con: Any, release: ReleaseRecord) -> bool:
    """Record ``release`` inside the caller's transaction, if its number is still the next
    free one; False (nothing written) when another program released a copy meanwhile."""
    if int(con.execute(_NEXT_ID).fetchone()[0]) != release.id:
        return False
    con.execute("INSERT INTO releases (id, at, head_id, recipient_id, purpose, manifest) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (release.id, release.at, release.head_id, release.recipient_id,
                 release.purpose, release.manifest))
    return True
