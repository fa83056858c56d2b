"""The register of the paper journal: volumes (``print_volumes``) and the numbered pages
printed in them (``print_pages``, append-only: a page number is never reused, R7, R18).

``app.paper`` decides what goes on a page; this module only stores and reads it. The
functions taking ``con`` work inside the caller's transaction (``db.write()``), so a page is
registered, its print audited and its volume opened or closed in one commit; those taking
``db`` are reads of their own. Stored texts are handed back as stored (not coerced): a
value altered in the index is then refused by the check that reads it (``verify``), not
disguised here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.model.db import Database

# SQLite's default limit on host parameters is 999 in older builds: asked in parts.
_SEQS_PER_QUERY = 500


@dataclass(frozen=True)
class StoredVolume:
    volume: int
    opened_at: str
    closed_at: str | None
    pages: int = 0          # numbered pages registered (the closing page included)


@dataclass(frozen=True)
class StoredPage:
    volume: int
    page_no: int
    printed_at: str
    record: str             # JSON: kind, rows as printed, digest, mac, extra
    checkpoint: str         # the signed checkpoint taken when it was printed (encoded)


@dataclass(frozen=True)
class NewPage:
    volume: int
    page_no: int
    printed_at: str
    first_seq: int | None
    last_seq: int | None
    record: str
    checkpoint: str


# -- inside the caller's transaction -------------------------------------------------------
def open_volume(con: Any) -> tuple[int, str] | None:
    """The open volume's number and when it was opened; None when every volume is closed."""
    row = con.execute("SELECT volume, opened_at FROM print_volumes WHERE closed_at IS NULL "
                      "ORDER BY volume DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def start_volume(con: Any, opened_at: str) -> int:
    """Open the next volume (numbered on from the last one) and return its number."""
    number = int(con.execute("SELECT coalesce(max(volume), 0) + 1 FROM print_volumes"
                             ).fetchone()[0])
    con.execute("INSERT INTO print_volumes (volume, opened_at) VALUES (?, ?)",
                (number, opened_at))
    return number


def close_volume(con: Any, volume: int, closed_at: str, pages: int,
                 closed_by: int | None) -> None:
    """Close ``volume`` for good (a trigger refuses closing it twice)."""
    con.execute("UPDATE print_volumes SET closed_at = ?, pages = ?, closed_by = ? "
                "WHERE volume = ?", (closed_at, pages, closed_by, volume))


def last_page(con: Any, volume: int) -> int:
    """The highest page number registered in ``volume``; 0 when it has none."""
    row = con.execute("SELECT max(page_no) FROM print_pages WHERE volume = ?", (volume,)
                      ).fetchone()
    return int(row[0] or 0)


def register_page(con: Any, page: NewPage) -> None:
    con.execute("INSERT INTO print_pages (page_no, volume, printed_at, first_seq, last_seq, "
                "rows, checkpoint) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (page.page_no, page.volume, page.printed_at, page.first_seq, page.last_seq,
                 page.record, page.checkpoint))


def first_page_record(con: Any, volume: int) -> str | None:
    """The stored record (JSON) of the volume's first page, None when it has none."""
    row = con.execute("SELECT rows FROM print_pages WHERE volume = ? ORDER BY page_no LIMIT 1",
                      (volume,)).fetchone()
    return row[0] if row else None


def page_records(con: Any) -> list[tuple[int, int, str]]:
    """(volume, page number, record JSON) of every registered page, in book order."""
    return [(int(v), int(p), text) for v, p, text in con.execute(
        "SELECT volume, page_no, rows FROM print_pages ORDER BY volume, page_no")]


def journal_hashes(con: Any, seqs: Iterable[int]) -> dict[int, str | None]:
    """The journal's hash of each entry in ``seqs``; None for an entry that is not there
    (a page showing it no longer matches the chain)."""
    wanted = sorted(set(seqs))
    out: dict[int, str | None] = dict.fromkeys(wanted)
    for i in range(0, len(wanted), _SEQS_PER_QUERY):
        part = wanted[i:i + _SEQS_PER_QUERY]
        marks = ",".join("?" * len(part))
        for seq, digest in con.execute(f"SELECT seq, hash FROM journal WHERE seq IN ({marks})",
                                       part).fetchall():
            out[int(seq)] = str(digest)
    return out


# -- reads of their own --------------------------------------------------------------------
def volumes(db: Database) -> list[StoredVolume]:
    """Every volume, oldest first, with the count of its registered pages."""
    return [StoredVolume(int(vol), str(opened), closed, int(pages))
            for vol, opened, closed, pages in db.query(
                "SELECT v.volume, v.opened_at, v.closed_at, "
                "(SELECT count(*) FROM print_pages p WHERE p.volume = v.volume) "
                "FROM print_volumes v ORDER BY v.volume")]


def find_volume(db: Database, volume: int) -> StoredVolume | None:
    row = db.one("SELECT volume, opened_at, closed_at FROM print_volumes WHERE volume = ?",
                 (volume,))
    return StoredVolume(int(row[0]), row[1], row[2]) if row else None


def pages_of(db: Database, volume: int) -> dict[int, StoredPage]:
    """The registered pages of ``volume`` by page number."""
    return {int(p): StoredPage(volume, int(p), at, text, cp)
            for p, at, text, cp in db.query(
                "SELECT page_no, printed_at, rows, checkpoint FROM print_pages "
                "WHERE volume = ? ORDER BY page_no", (volume,))}


def find_page(db: Database, volume: int, page_no: int) -> StoredPage | None:
    row = db.one("SELECT printed_at, rows, checkpoint FROM print_pages WHERE volume = ? "
                 "AND page_no = ?", (volume, page_no))
    return StoredPage(volume, page_no, row[0], row[1], row[2]) if row else None
