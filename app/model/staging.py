"""The ingest's staging table (``ingest_staged``, m003): blobs written and verified by a
download whose index transaction has not run yet, kept so that a run cut short (a crash, a
pulled card) resumes instead of copying again.

A staged blob is never referenced by the index: the footage rows that name it are written
by the download's one transaction (:meth:`app.model.footage.FootageIndex.download_in`),
which also forgets the staging rows (:meth:`StagingStore.forget_in`). Reconcile at unlock
(app/ingest/reconcile.py) keeps every file either table names and drops staging rows whose
file is gone. One database writer: every write here takes ``Database.write``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.model.db import Database

# (source name on the card, size) -> [(sha256, blob id), ...]
KnownParts = dict[tuple[str, int], list[tuple[str, str]]]


@dataclass(frozen=True)
class StagedPart:
    """A verified blob of one card file, not yet in the index."""

    blob_id: str
    source_name: str
    size: int
    sha256: str


class StagingStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def stage(self, camera_id: int, parts: Iterable[StagedPart], at: str) -> None:
        """Record verified blobs in one transaction (only after each read back: R1)."""
        rows = [(p.blob_id, camera_id, p.source_name, p.size, p.sha256, at) for p in parts]
        if not rows:
            return
        with self.db.write() as con:
            con.executemany("INSERT OR REPLACE INTO ingest_staged (blob_id, camera_id, "
                            "source_name, size, sha256, staged_at) VALUES (?, ?, ?, ?, ?, ?)",
                            rows)

    def forget(self, blob_ids: Iterable[str]) -> None:
        """Blobs that will never be indexed (a duplicate recording, a file gone)."""
        ids = list(blob_ids)
        if not ids:
            return
        with self.db.write() as con:
            self.forget_in(con, ids)

    @staticmethod
    def forget_in(con: Any, blob_ids: Iterable[str]) -> None:
        """Inside the caller's transaction (the download's index transaction)."""
        con.executemany("DELETE FROM ingest_staged WHERE blob_id = ?",
                        [(b,) for b in blob_ids])

    def known_parts(self, camera_id: int) -> KnownParts:
        """Card files of this camera already indexed or staged, fetched once per run (not
        per photo): what a re-docked card resumes from."""
        known: KnownParts = {}
        for sql in ("SELECT p.source_name, p.size, p.sha256, p.blob_id FROM footage_parts p "
                    "JOIN footage f ON f.id = p.footage_id WHERE f.camera_id = ?",
                    "SELECT source_name, size, sha256, blob_id FROM ingest_staged "
                    "WHERE camera_id = ?"):
            for name, size, sha, blob_id in self.db.query(sql, (camera_id,)):
                known.setdefault((name, size), []).append((sha, blob_id))
        return known

    def staged_blob_ids(self) -> list[str]:
        return [r[0] for r in self.db.query("SELECT blob_id FROM ingest_staged")]

    def indexed_blob_ids(self) -> list[str]:
        """Every blob the index references (the ``blobs`` table)."""
        return [r[0] for r in self.db.query("SELECT id FROM blobs")]

    def is_indexed(self, blob_id: str) -> bool:
        return self.db.one("SELECT 1 FROM blobs WHERE id = ?", (blob_id,)) is not None
