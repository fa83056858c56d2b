"""Reconcile the blob folder with the index at unlock (vault-design-notes.md).

Call :func:`reconcile` right after ``vault.unlock`` (the GUI and CLI do): orphan temp files
of an interrupted write are removed (they were never referenced); blob files that neither
the index (``blobs``) nor the ingest staging table (m003, kept for resume) names are moved
to ``blobs/quarantine`` — never deleted; staging rows whose blob file is gone are dropped;
indexed blobs that are missing are reported; a card wipe that was journalled but never
finished (crash between the intent and the deletion) is reported in ``interrupted_wipes``
(:func:`app.ingest.wipe.interrupted_message` words it) — the next docking of that camera
finishes it.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ReconcileReport:
    temp_removed: int = 0
    quarantined: list[str] = field(default_factory=list)
    staged_dropped: int = 0
    missing: list[str] = field(default_factory=list)
    interrupted_wipes: list[dict[str, Any]] = field(default_factory=list)

    def messages(self) -> list[str]:
        """Translated lines for what needs the officer (context core)."""
        from app.ingest.wipe import interrupted_message

        return [interrupted_message(w) for w in self.interrupted_wipes]


def reconcile(session: Any) -> ReconcileReport:
    blobs = session.blobs
    report = ReconcileReport()
    if blobs.tmp.is_dir():
        for tmp in blobs.tmp.iterdir():
            with contextlib.suppress(OSError):
                tmp.unlink()
                report.temp_removed += 1
    indexed = [r[0] for r in session.db.query("SELECT id FROM blobs")]
    staged = [r[0] for r in session.db.query("SELECT blob_id FROM ingest_staged")]
    names = {blobs.name(b): b for b in indexed}
    staged_names = {blobs.name(b): b for b in staged}
    on_disk = set()
    for path in list(blobs.all_files()):
        on_disk.add(path.name)
        if path.name not in names and path.name not in staged_names:
            with contextlib.suppress(OSError):
                blobs.quarantine_file(path)
                report.quarantined.append(path.name)
    gone = [b for n, b in staged_names.items() if n not in on_disk]
    if gone:
        with session.db.write() as con:
            for b in gone:
                con.execute("DELETE FROM ingest_staged WHERE blob_id = ?", (b,))
        report.staged_dropped = len(gone)
    report.missing = [b for n, b in names.items() if n not in on_disk]
    from app.ingest.wipe import pending_wipes

    report.interrupted_wipes = [{k: v for k, v in w.items() if k != "list"}
                                for w in pending_wipes(session)]
    return report
