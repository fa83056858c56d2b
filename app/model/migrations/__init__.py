"""Numbered schema migrations, applied in order inside one transaction each.

The schema version lives in ``PRAGMA user_version``. A migration is never edited after a
release; a change is a new numbered module added to ``MIGRATIONS``.
"""

from __future__ import annotations

from collections.abc import Callable

from app.model.migrations import (
    m001_initial,
    m002_paper,  # paper journal volumes
    m003_ingest,  # devices/ingest: staged blobs, recording gaps
    m004_docking,  # the window's docking station: parts found by content
    m005_identity,  # issue 12: vault id and signing key fixed, settings never deleted
    m006_retention,  # issue 14: mark reasons, destruction records (R9)
)

# Each migration returns the SQL script that takes the schema from N-1 to N.
MIGRATIONS: list[tuple[int, Callable[[], str]]] = [
    (1, m001_initial.sql),
    (2, m002_paper.sql),
    (3, m003_ingest.sql),
    (4, m004_docking.sql),
    (5, m005_identity.sql),
    (6, m006_retention.sql),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
