"""The hash chain shared by the custody journal and the audit log.

Each entry's hash is SHA-256 over the previous entry's hash and the canonical JSON of the
entry's own fields, so editing, deleting or reordering any stored row breaks every hash
after it. Both password holders have the key and could rewrite a whole chain; what guards
against that is the signed checkpoint (size + head hash, Ed25519) that leaves the PC on
every printed page and release manifest (see ``checkpoint.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP, Phrase
from app.model.crypto import canonical_json

if TYPE_CHECKING:
    from app.model.db import Database


def genesis(vault_id: str, name: str) -> str:
    return hashlib.sha256(f"dalel/{name}/genesis/{vault_id}".encode()).hexdigest()


def entry_hash(prev_hash: str, fields: Sequence[Any]) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + canonical_json(list(fields))).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str         # a Phrase: English in --json, the user's language when shown


def check(rows: Iterable[tuple[int, str, str, Sequence[Any]]], start_hash: str,
          start_seq: int = 1) -> tuple[ChainBreak | None, str, int]:
    """Walk (seq, prev_hash, hash, fields) in order; returns (first break, head, count)."""
    prev = start_hash
    expected_seq = start_seq
    count = 0
    for seq, prev_hash, stored_hash, fields in rows:
        if seq != expected_seq:
            return ChainBreak(expected_seq, Phrase(QT_TRANSLATE_NOOP(
                "core", "entry {expected} is missing (found {seq} next)"),
                expected=expected_seq, seq=seq)), prev, count
        if prev_hash != prev:
            return ChainBreak(seq, Phrase(QT_TRANSLATE_NOOP("core",
                "does not follow the entry before it"))), prev, count
        if entry_hash(prev_hash, fields) != stored_hash:
            return ChainBreak(seq, Phrase(QT_TRANSLATE_NOOP("core",
                "content does not match its hash (altered)"))), prev, count
        prev = stored_hash
        expected_seq += 1
        count += 1
    return None, prev, count


class ChainedTable:
    """A hash-chained, append-only table whose rows are numbered ``seq`` from 1 — the
    journal, the audit log: its size, and its head hash after any number of entries."""

    def __init__(self, db: Database, vault_id: str, table: str, too_short: str) -> None:
        self.db = db
        self.table = table
        self.genesis = genesis(vault_id, table)
        self.too_short = too_short   # hash_at's NotFound: a plural message ("%n")

    def size(self) -> int:
        return int(self.db.one(f"SELECT count(*) FROM {self.table}")[0])

    def hash_at(self, size: int) -> str:
        """The head hash after ``size`` entries (the genesis hash for 0)."""
        if size == 0:
            return self.genesis
        return str(self.db.found(f"SELECT hash FROM {self.table} WHERE seq = ?", (size,),
                                 self.too_short, n=size)[0])
