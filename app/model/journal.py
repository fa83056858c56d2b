"""The custody journal: append-only, hash-chained, signed checkpoints.

Entries are never changed or removed (R3, R7): the database refuses UPDATE and DELETE on
the table, and each entry carries the hash of the one before it, so a change made around
the triggers (raw SQL with the key) is found by ``check_chain``. Times come from the clock
(R3); a clock that went backwards is recorded in the audit log, never "fixed".
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.errors import InvalidInput, NotFound
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, Phrase
from app.model import chain
from app.model.crypto import canonical_json
from app.model.filters import narrowed

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.model.audit import AuditLog
    from app.model.db import Database
    from app.model.vault import VaultSession

# A checkpoint code is ~330 characters; anything far longer is not one (and is not decoded).
MAX_CHECKPOINT_CODE = 2048
# A size is looked up as a row number: SQLite's largest integer (beyond it, an OverflowError).
MAX_CHAIN_SIZE = 2**63 - 1
_HEX = frozenset("0123456789abcdef")

# Why a checkpoint code is unreadable (said in the user's language, English in the log).
NOT_A_CODE = QT_TRANSLATE_NOOP("core", "not a Dalel checkpoint code")
JOURNAL_SIZE = QT_TRANSLATE_NOOP("core", "the journal size is not a number of entries")
AUDIT_SIZE = QT_TRANSLATE_NOOP("core", "the audit log size is not a number of entries")
JOURNAL_HEAD = QT_TRANSLATE_NOOP("core", "the journal head is not {length} bytes of hex")
AUDIT_HEAD = QT_TRANSLATE_NOOP("core", "the audit head is not {length} bytes of hex")
SIGNATURE = QT_TRANSLATE_NOOP("core", "the signature is not {length} bytes of hex")

KINDS = ("issue", "return", "download", "remark", "correction", "wipe", "ingest_aborted",
         "clock_set", "tie", "footage_sealed")


@dataclass(frozen=True)
class Entry:
    seq: int
    kind: str
    at: str
    actor_id: int
    custody_id: int | None
    camera_id: int | None
    card_id: int | None
    inspector_id: int | None
    ref_seq: int | None
    data: dict[str, Any] = field(default_factory=dict)
    hash: str = ""


def entry_fields(seq: int, kind: str, at: str, actor_id: int, custody_id: int | None,
                 camera_id: int | None, card_id: int | None, inspector_id: int | None,
                 ref_seq: int | None, data: str) -> list[Any]:
    return [seq, kind, at, actor_id, custody_id, camera_id, card_id, inspector_id, ref_seq,
            data]


COLUMNS = ("seq, kind, at, actor_id, custody_id, camera_id, card_id, inspector_id, ref_seq, "
           "data, prev_hash, hash")


def _entry(row: Any) -> Entry:
    return Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                 json.loads(row[9]), row[11])


@dataclass(frozen=True)
class Checkpoint:
    """Size and head hash of the journal and of the audit log, signed with the vault's
    Ed25519 key.

    It leaves the PC (printed on each page, in each release manifest) so that a later
    rewrite or shortening of either chain by someone holding the key is caught against the
    paper (R3, R7). Codes made before the audit log was covered (format 1: four fields)
    still decode and check the journal alone.
    """

    vault_id: str
    size: int
    head: str
    signature: str
    audit_size: int | None = None
    audit_head: str | None = None

    def message(self) -> bytes:
        if self.audit_size is None:
            return f"dalel-checkpoint/1\n{self.vault_id}\n{self.size}\n{self.head}\n".encode()
        return (f"dalel-checkpoint/2\n{self.vault_id}\n{self.size}\n{self.head}\n"
                f"{self.audit_size}\n{self.audit_head}\n").encode()

    def encode(self) -> str:
        fields: list[Any] = [self.vault_id, self.size, self.head, self.signature]
        if self.audit_size is not None:
            fields += [self.audit_size, self.audit_head]
        return base64.urlsafe_b64encode(canonical_json(fields)).decode()

    @classmethod
    def checked(cls, vault_id: Any, size: Any, head: Any, signature: Any,
                audit_size: Any = None, audit_head: Any = None) -> Checkpoint:
        """A checkpoint from fields read off paper or a file, each checked for type and
        range: :class:`CheckpointUnreadable` otherwise (a code is input, never trusted)."""
        if not isinstance(vault_id, str) or not 0 < len(vault_id) <= 64 \
                or not vault_id.isascii() or not vault_id.isprintable():
            raise CheckpointUnreadable(Phrase(QT_TRANSLATE_NOOP(
                "core", "the vault id is not readable")))
        journal = (_size(size, JOURNAL_SIZE), _hex(head, 32, JOURNAL_HEAD),
                   _hex(signature, 64, SIGNATURE))
        if audit_size is None and audit_head is None:
            return cls(vault_id, *journal)
        return cls(vault_id, *journal, _size(audit_size, AUDIT_SIZE),
                   _hex(audit_head, 32, AUDIT_HEAD))

    @classmethod
    def decode(cls, text: str) -> Checkpoint:
        """The checkpoint of :meth:`encode`'s text, for any text at all: a sane checkpoint,
        or :class:`CheckpointUnreadable` (exit 2) -- never another exception."""
        if not isinstance(text, str) or len(text) > MAX_CHECKPOINT_CODE:
            raise CheckpointUnreadable(Phrase(QT_TRANSLATE_NOOP(
                "core", "too long to be a checkpoint code")))
        try:
            raw = base64.urlsafe_b64decode(text.strip().encode("ascii"))
            fields = json.loads(raw, parse_constant=_no_number, parse_float=_no_number)
        except (ValueError, binascii.Error, RecursionError):
            # UnicodeError and JSONDecodeError are ValueErrors; so is a 5000-digit number
            raise CheckpointUnreadable(Phrase(NOT_A_CODE)) from None
        if not isinstance(fields, list) or len(fields) not in (4, 6):
            raise CheckpointUnreadable(Phrase(NOT_A_CODE))
        return cls.checked(*fields)


class CheckpointUnreadable(InvalidInput):
    """A checkpoint code (typed, pasted, scanned) that is not a whole, sane checkpoint."""

    def __init__(self, reason: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("core", "The checkpoint code is not readable: "
                                                   "{reason}."), reason=reason)
        self.reason = reason


def _no_number(text: str) -> Any:
    raise CheckpointUnreadable(Phrase(QT_TRANSLATE_NOOP("core", "{text} is not a whole number"),
                                      text=text[:20]))


def _size(value: Any, what: str) -> int:
    if type(value) is not int or not 0 <= value <= MAX_CHAIN_SIZE:   # bool is an int too
        raise CheckpointUnreadable(Phrase(what))
    return value


def _hex(value: Any, length: int, what: str) -> str:
    text = value.lower() if isinstance(value, str) else ""
    if len(text) != 2 * length or not set(text) <= _HEX:
        raise CheckpointUnreadable(Phrase(what, length=length))
    return text


class ChainOwner(Protocol):
    """What reading and signing the two chains needs: the index, the vault's id, its audit
    log and the key that signs checkpoints. A session has them; so has a backup's copy of
    the index, whose checkpoint must describe the copy, not the live vault."""

    db: Database
    vault_id: str
    audit: AuditLog

    def signing_key(self) -> Ed25519PrivateKey: ...


class JournalChain(chain.ChainedTable):
    """The journal read and checked: its entries, its head and signed checkpoints."""

    def __init__(self, owner: ChainOwner) -> None:
        super().__init__(owner.db, owner.vault_id, "journal", NUMERUS.translate(
            "core", "The journal has fewer than %n entries.", None, 0))
        self.s = owner

    def entry(self, seq: int) -> Entry:
        return _entry(self.db.found(
            f"SELECT {COLUMNS} FROM journal WHERE seq = ?", (seq,),
            QT_TRANSLATE_NOOP("core", "There is no journal entry {seq}."), seq=seq))

    def entries(self, kind: str | None = None, custody_id: int | None = None,
                since: str | None = None, until: str | None = None) -> list[Entry]:
        sql, params = narrowed(f"SELECT {COLUMNS} FROM journal WHERE 1=1", ("kind = ?", kind),
                               ("custody_id = ?", custody_id), ("at >= ?", since),
                               ("at < ?", until))
        return [_entry(r) for r in self.db.query(sql + " ORDER BY seq", params)]

    def checkpoint(self, size: int | None = None) -> Checkpoint:
        """Signed size and head of the journal (``size`` entries, default all) and of the
        whole audit log as it stands now."""
        size = self.size() if size is None else size
        head = self.hash_at(size)
        audit_size = self.s.audit.size()
        audit_head = self.s.audit.hash_at(audit_size)
        unsigned = Checkpoint(self.s.vault_id, size, head, "", audit_size, audit_head)
        signature = self.s.signing_key().sign(unsigned.message()).hex()
        return Checkpoint(self.s.vault_id, size, head, signature, audit_size, audit_head)

    def public_key(self) -> Ed25519PublicKey:
        """The verifying key derived from the master key, never the stored setting: a
        setting changed with the index key must not make a forged checkpoint valid (the
        setting is compared with this key by ``verify``)."""
        return self.s.signing_key().public_key()

    def check_checkpoint(self, cp: Checkpoint) -> str | None:
        """None when both chains still match the checkpoint; otherwise why not."""
        if cp.vault_id != self.s.vault_id:
            return Phrase(QT_TRANSLATE_NOOP("core", "checkpoint belongs to another vault"))
        try:
            self.public_key().verify(bytes.fromhex(cp.signature), cp.message())
        except (InvalidSignature, ValueError):
            return Phrase(QT_TRANSLATE_NOOP("core", "checkpoint signature is not valid"))
        try:
            head = self.hash_at(cp.size)
        except NotFound:
            return Phrase(NUMERUS.translate(
                "core", "journal is shorter than the checkpoint (%n entries)", None, 0), n=cp.size)
        if head != cp.head:
            return Phrase(QT_TRANSLATE_NOOP(
                "core", "journal differs from the checkpoint at or before entry {seq}"),
                seq=cp.size)
        if cp.audit_size is None:
            return None
        try:
            audit_head = self.s.audit.hash_at(cp.audit_size)
        except NotFound:
            return Phrase(NUMERUS.translate(
                "core", "audit log is shorter than the checkpoint (%n entries)", None, 0),
                n=cp.audit_size)
        if audit_head != cp.audit_head:
            return Phrase(QT_TRANSLATE_NOOP(
                "core", "audit log differs from the checkpoint at or before entry {seq}"),
                seq=cp.audit_size)
        return None

    def check_chain(self) -> tuple[chain.ChainBreak | None, int]:
        with self.db.lock:
            cur = self.db.con.execute(f"SELECT {COLUMNS} FROM journal ORDER BY seq")
            brk, _head, count = chain.check(
                ((r[0], r[10], r[11], entry_fields(*r[:10])) for r in cur), self.genesis)
        return brk, count


class Journal(JournalChain):
    """The journal of a session: read, checked, and appended to by its one writer."""

    def __init__(self, session: VaultSession) -> None:
        super().__init__(session)
        self.session = session

    def append_in(self, con: Any, kind: str, *, custody_id: int | None = None,
                  camera_id: int | None = None, card_id: int | None = None,
                  inspector_id: int | None = None, ref_seq: int | None = None,
                  data: dict[str, Any] | None = None) -> Entry:
        """Append inside the caller's transaction (the one writer holds the lock)."""
        if kind not in KINDS:
            raise ValueError(kind)
        last = con.execute("SELECT seq, hash, at FROM journal ORDER BY seq DESC LIMIT 1"
                           ).fetchone()
        seq = (last[0] + 1) if last else 1
        prev = last[1] if last else self.genesis
        s = self.session
        at = s.now_iso()
        if last and at < last[2]:
            s.audit.append_in(con, "clock_backwards", s.role, s.actor_id, None,
                              {"previous": last[2], "now": at, "seq": seq})
        if kind == "issue":
            custody_id = seq  # an issue opens the custody period that carries its number
        text = canonical_json(data or {}).decode()
        actor = s.actor_id
        digest = chain.entry_hash(prev, entry_fields(seq, kind, at, actor, custody_id,
                                                     camera_id, card_id, inspector_id,
                                                     ref_seq, text))
        con.execute(f"INSERT INTO journal ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (seq, kind, at, actor, custody_id, camera_id, card_id, inspector_id,
                     ref_seq, text, prev, digest))
        return Entry(seq, kind, at, actor, custody_id, camera_id, card_id, inspector_id,
                     ref_seq, data or {}, digest)
