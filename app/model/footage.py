"""The footage index: what was downloaded, from which camera and card, whose, when.

Rows are written once, by ingest, in the same transaction as the journal's "downloaded"
entry, and only after every blob they name has been written, fsynced, renamed and verified.
Categories (R9 retention), legal holds and notes are new rows beside the footage, never
edits of it. A recording whose term ended and whose destruction the head approved keeps its
row; a ``footage_destroyed`` row says its blob files are gone (app/model/retention.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, tzinfo
from typing import TYPE_CHECKING, Any

from app.clock import from_iso
from app.errors import InvalidInput, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.model.crypto import canonical_json

if TYPE_CHECKING:
    from app.model.vault import VaultSession

CATEGORIES = ("ordinary", "offence", "inspection")
RETENTION_YEARS = {"ordinary": 1, "offence": 5, "inspection": 5}  # R9
MARKS = ("category", "hold")     # "hold": "held" / "lifted", set by the head only
HELD, LIFTED = "held", "lifted"


class FootageDestroyed(RuleViolation):
    """The recording's term ended and its files were destroyed with the head's approval
    (R9): nothing can be played, released or re-marked; its record stays."""


def add_years(day: date, years: int) -> date:
    """The same month and day ``years`` later. A term in years ends on the corresponding
    month and day of its last year; a term with no such day in its last month ends on that
    month's last day (Civil Code of the Republic of Kazakhstan, art. 173): 29 February plus
    one year is 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:          # 29 February, and the last year is not a leap year
        return date(day.year + years, 2, 28)


def keep_until(downloaded_at: str, category: str, tz: tzinfo) -> date:
    """R9: the last day a recording must still be kept — counted from its download (not its
    recording) in the office's time zone, 1 calendar year for ordinary footage, 5 for an
    administrative offence or an inspection. The term runs from the day after the download
    (Civil Code, art. 172) and ends at the end of this day: downloaded on 10.03.2027, kept
    through 10.03.2028, destroyable from 11.03.2028; downloaded on 29.02.2028, kept through
    28.02.2029."""
    day = from_iso(downloaded_at).astimezone(tz).date()
    return add_years(day, RETENTION_YEARS[category])


@dataclass(frozen=True)
class FootagePart:
    part_no: int
    blob_id: str
    source_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Footage:
    id: int
    sha256: str
    size: int
    camera_id: int | None
    card_id: int | None
    inspector_id: int | None
    custody_id: int | None
    source_name: str
    media: str
    started_at: str | None
    ended_at: str | None
    duration_s: float | None
    clock_offset_s: float | None
    downloaded_at: str
    journal_seq: int | None


@dataclass(frozen=True)
class NewFootage:
    """What ingest hands over once all parts are stored and verified."""

    sha256: str
    size: int
    source_name: str
    parts: list[FootagePart]
    camera_id: int | None = None
    card_id: int | None = None
    inspector_id: int | None = None
    custody_id: int | None = None
    media: str = "video"
    started_at: str | None = None
    ended_at: str | None = None
    duration_s: float | None = None
    clock_offset_s: float | None = None


COLS = ("id, sha256, size, camera_id, card_id, inspector_id, custody_id, source_name, media, "
        "started_at, ended_at, duration_s, clock_offset_s, downloaded_at, journal_seq")


# The footage digest (issue 12 item 1): every fact of the recordings one journal entry
# stored, hashed into that entry's data before the entry itself is hashed, so that a
# recording's hash, size, parts, camera, custody, inspector, times, card file name or blob
# cannot be changed, re-attributed, removed or substituted without breaking the chain (R3).
DIGEST_VERSION = 1
FACT_COLUMNS = ("sha256", "size", "camera_id", "card_id", "inspector_id", "custody_id",
                "source_name", "media", "started_at", "ended_at", "duration_s",
                "clock_offset_s", "downloaded_at")


_REAL = (FACT_COLUMNS.index("duration_s"), FACT_COLUMNS.index("clock_offset_s"))


def recording_facts(row: Sequence[Any], parts: Iterable[Sequence[Any]]) -> list[Any]:
    """One recording as hashed: its FACT_COLUMNS values, then its parts in part order as
    (part_no, blob_id, source_name, size, sha256). The REAL columns are hashed as floats
    whatever was handed in: SQLite gives back 600.0 for a stored 600."""
    values = list(row)
    for i in _REAL:
        if values[i] is not None:
            values[i] = float(values[i])
    return [*values, [list(p) for p in sorted(parts, key=lambda p: p[0])]]


def footage_digest(recordings: Iterable[list[Any]]) -> dict[str, Any]:
    """The digest carried by a journal entry: order-free (sorted by content hash, which is
    unique in the index), so the verifier can rebuild it from the rows in any order."""
    items = sorted(recordings, key=lambda r: r[0])
    text = canonical_json([f"dalel-footage/{DIGEST_VERSION}", items])
    return {"v": DIGEST_VERSION, "count": len(items),
            "sha256": hashlib.sha256(text).hexdigest()}


def _facts_of(it: NewFootage, downloaded_at: str) -> list[Any]:
    return recording_facts(
        (it.sha256, it.size, it.camera_id, it.card_id, it.inspector_id, it.custody_id,
         it.source_name, it.media, it.started_at, it.ended_at, it.duration_s,
         it.clock_offset_s, downloaded_at),
        ((p.part_no, p.blob_id, p.source_name, p.size, p.sha256) for p in it.parts))


ROWS_PER_STATEMENT = 500    # 14 values a row, well under SQLite's 32,766 variables


def _stored_among(query: Callable[[str, tuple[Any, ...]], list[Any]], shas: list[str]
                  ) -> set[str]:
    found: set[str] = set()
    for lo in range(0, len(shas), ROWS_PER_STATEMENT):
        group = tuple(shas[lo:lo + ROWS_PER_STATEMENT])
        found.update(r[0] for r in query(
            f"SELECT sha256 FROM footage WHERE sha256 IN ({','.join('?' * len(group))})", group))
    return found


class FootageIndex:
    def __init__(self, session: VaultSession) -> None:
        self.s = session
        self.db = session.db

    def known(self, sha256: str) -> Footage | None:
        row = self.db.one(f"SELECT {COLS} FROM footage WHERE sha256 = ?", (sha256,))
        return Footage(*row) if row else None

    def blobs_with_content(self, sha256: str, size: int) -> list[str]:
        """Blobs of stored parts with exactly these bytes (any camera, any card name)."""
        return [r[0] for r in self.db.query(
            "SELECT DISTINCT blob_id FROM footage_parts WHERE sha256 = ? AND size = ?",
            (sha256, size))]

    @staticmethod
    def content_indexed_in(con: Any, sha256: str, size: int) -> bool:
        """Inside a transaction: some stored part still has these bytes."""
        return con.execute("SELECT 1 FROM footage_parts WHERE sha256 = ? AND size = ?",
                           (sha256, size)).fetchone() is not None

    def known_among(self, shas: list[str]) -> set[str]:
        """Which of these contents are stored already: one query for a batch of photos, not
        one per photo (each waits for the database while the verify thread writes)."""
        return _stored_among(self.db.query, shas)

    def add_blob_in(self, con: Any, blob_id: str, sha256: str, size: int) -> None:
        """Reference a blob: only after it was written, fsynced, renamed and verified."""
        now = self.s.now_iso()
        con.execute("INSERT OR IGNORE INTO blobs (id, sha256, size, created_at, verified_at) "
                    "VALUES (?, ?, ?, ?, ?)", (blob_id, sha256, size, now, now))

    def add_in(self, con: Any, item: NewFootage, journal_seq: int | None) -> int | None:
        """Insert one recording; returns its id, or None if this content is already stored."""
        return self.add_many_in(con, [item], journal_seq)[0]

    def download_in(self, con: Any, custody_id: int | None, camera_id: int,
                    data: dict[str, Any], items: list[NewFootage]
                    ) -> tuple[Any, list[int | None]]:
        """The journal's "download" entry and the footage rows it stored, inside the
        ingest's one transaction: the entry carries the digest of every recording it adds
        (``data["footage"]``), computed before the entry is hashed (R3, R8)."""
        stored = _stored_among(lambda sql, params: con.execute(sql, params).fetchall(),
                               [it.sha256 for it in items])
        now = self.s.now_iso()
        fresh: dict[str, NewFootage] = {}
        for it in items:
            if it.sha256 not in stored and it.sha256 not in fresh:
                fresh[it.sha256] = it
        data = {**data, "footage": footage_digest(_facts_of(it, now) for it in fresh.values())}
        entry = self.s.custody.download_in(con, custody_id, camera_id, data)
        return entry, self.add_many_in(con, items, entry.seq, at=now, stored=stored)

    def add_many_in(self, con: Any, items: list[NewFootage], journal_seq: int | None,
                    at: str | None = None, stored: set[str] | None = None
                    ) -> list[int | None]:
        """Insert recordings in a few statements (a card of 2,000 photos took 12,000 before);
        per item its new id, or None where that content is already stored (or appears
        earlier in ``items``). Rows added here without ``download_in`` are outside every
        journal digest and ``verify`` reports them."""
        out: list[int | None] = [None] * len(items)
        if stored is None:
            stored = _stored_among(lambda sql, params: con.execute(sql, params).fetchall(),
                                   [it.sha256 for it in items])
        else:
            stored = set(stored)
        for lo in range(0, len(items), ROWS_PER_STATEMENT):
            group = items[lo:lo + ROWS_PER_STATEMENT]
            fresh: list[tuple[int, NewFootage]] = []
            for i, it in enumerate(group, lo):
                if it.sha256 not in stored:
                    stored.add(it.sha256)
                    fresh.append((i, it))
            if not fresh:
                continue
            now = at or self.s.now_iso()
            values: list[Any] = []
            for _i, it in fresh:
                values += (it.sha256, it.size, it.camera_id, it.card_id, it.inspector_id,
                           it.custody_id, it.source_name, it.media, it.started_at,
                           it.ended_at, it.duration_s, it.clock_offset_s, now, journal_seq)
            ids = dict((sha, int(fid)) for fid, sha in con.execute(
                "INSERT INTO footage (sha256, size, camera_id, card_id, inspector_id, "
                "custody_id, source_name, media, started_at, ended_at, duration_s, "
                "clock_offset_s, downloaded_at, journal_seq) VALUES "
                + ",".join(["(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"] * len(fresh))
                + " RETURNING id, sha256", values).fetchall())
            for i, it in fresh:
                out[i] = ids[it.sha256]
            parts = [(ids[it.sha256], p) for _i, it in fresh for p in it.parts]
            con.executemany("INSERT OR IGNORE INTO blobs (id, sha256, size, created_at, "
                            "verified_at) VALUES (?, ?, ?, ?, ?)",
                            [(p.blob_id, p.sha256, p.size, now, now) for _f, p in parts])
            con.executemany("INSERT INTO footage_parts (footage_id, part_no, blob_id, "
                            "source_name, size, sha256) VALUES (?, ?, ?, ?, ?, ?)",
                            [(fid, p.part_no, p.blob_id, p.source_name, p.size, p.sha256)
                             for fid, p in parts])
        return out

    def get(self, footage_id: int) -> Footage:
        return Footage(*self.db.found(f"SELECT {COLS} FROM footage WHERE id = ?", (footage_id,),
                                      QT_TRANSLATE_NOOP("core", "No footage with id {id}."),
                                      id=footage_id))

    def get_many(self, footage_ids: Iterable[int]) -> dict[int, Footage]:
        """Several recordings by id in a few queries (a list of thousands on one screen)."""
        ids = [int(i) for i in footage_ids]
        out: dict[int, Footage] = {}
        for lo in range(0, len(ids), ROWS_PER_STATEMENT):
            group = ids[lo:lo + ROWS_PER_STATEMENT]
            out.update((int(r[0]), Footage(*r)) for r in self.db.query(
                f"SELECT {COLS} FROM footage WHERE id IN ({','.join('?' * len(group))})",
                tuple(group)))
        return out

    def parts(self, footage_id: int, destroyed_ok: bool = False) -> list[FootagePart]:
        """The stored parts. A destroyed recording's files are gone: refused with
        FootageDestroyed unless ``destroyed_ok`` (its record is still wanted)."""
        if not destroyed_ok:
            self.require_kept(footage_id)
        return [FootagePart(*r) for r in self.db.query(
            "SELECT part_no, blob_id, source_name, size, sha256 FROM footage_parts "
            "WHERE footage_id = ? ORDER BY part_no", (footage_id,))]

    def holding_blob(self, blob_id: str) -> list[tuple[int, str | None, str | None]]:
        """The recordings a blob file is a part of: (footage id, camera inventory number,
        recording start), so a damaged file can be named as the officer knows it."""
        return [(int(r[0]), r[1], r[2]) for r in self.db.query(
            "SELECT f.id, d.inventory_no, f.started_at FROM footage_parts p "
            "JOIN footage f ON f.id = p.footage_id LEFT JOIN devices d ON d.id = f.camera_id "
            "WHERE p.blob_id = ? ORDER BY f.id", (blob_id,))]

    def search(self, inspector_id: int | None = None, camera_id: int | None = None,
               since: str | None = None, until: str | None = None,
               custody_id: int | None = None, category: str | None = None,
               limit: int = 1000) -> list[Footage]:
        """By inspector, camera and recording-time range (UTC ISO), newest first.

        Footage rows are never edited, so a recording downloaded before its issue entry
        was corrected (R7) still names the struck entry's inspector; the search follows the
        correction and files it under the inspector now in force.
        """
        conds: list[str] = []
        params: list[Any] = []
        for column, value, op in (("camera_id", camera_id, "="), ("started_at", since, ">="),
                                  ("started_at", until, "<"), ("custody_id", custody_id, "=")):
            if value is not None:
                conds.append(f"{column} {op} ?")
                params.append(value)
        if category is not None:
            conds.append("coalesce((SELECT value FROM footage_marks m WHERE m.footage_id = "
                         "footage.id AND m.mark = 'category' ORDER BY seq DESC LIMIT 1), "
                         "'ordinary') = ?")
            params.append(category)
        moved = self._corrected_custody()
        parts: list[tuple[list[str], list[Any]]] = []
        if inspector_id is None:
            parts.append((conds, params))
        else:
            away = [c for c, who in moved.items() if who[1] != inspector_id]
            toward = [c for c, who in moved.items() if who[1] == inspector_id]
            own = [*conds, "inspector_id = ?"]
            if away:
                own.append(f"(custody_id IS NULL OR custody_id NOT IN "
                           f"({','.join(str(int(c)) for c in away)}))")
            parts.append((own, [*params, inspector_id]))
            if toward:
                parts.append(([*conds, f"custody_id IN ({','.join(str(int(c)) for c in toward)})"],
                              params))
        sql = " UNION ".join(f"SELECT {COLS} FROM footage WHERE " + (" AND ".join(c) or "1=1")
                             for c, _ in parts)
        sql += f" ORDER BY started_at DESC LIMIT {int(limit)}"
        rows = [Footage(*r) for r in self.db.query(sql, tuple(v for _, p in parts for v in p))]
        return [replace(f, custody_id=moved[f.custody_id][0],
                        inspector_id=moved[f.custody_id][1])
                if f.custody_id in moved else f for f in rows]

    def _corrected_custody(self) -> dict[int, tuple[int, int]]:
        """Struck custody rows -> (live custody id, live inspector id)."""
        rows = self.db.query("SELECT id, inspector_id, superseded_id FROM custody")
        by_id = {r[0]: (r[1], r[2]) for r in rows}
        out: dict[int, tuple[int, int]] = {}
        for cid, (_who, nxt) in by_id.items():
            if nxt is None:
                continue
            live = nxt
            while by_id[live][1] is not None:
                live = by_id[live][1]
            out[cid] = (live, by_id[live][0])
        return out

    def mark(self, footage_id: int, mark: str, value: str, reason: str | None = None
             ) -> int:
        """Change a recording's category (R9: it decides how long the recording is kept);
        the reason is required and chained with the change. Holds go through
        app.model.retention (the head's alone)."""
        if mark != "category":
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Only the category is marked here."))
        if value not in CATEGORIES:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Category must be one of: {choices}."),
                               choices=", ".join(CATEGORIES))
        reason = " ".join((reason or "").split())
        if not reason:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "Say why the category changes: it decides how long the recording "
                        "is kept (R9)."))
        self.require_kept(footage_id)
        if self.category(footage_id) == value:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "Recording {id} is already in that category."), id=footage_id)
        with self.db.write() as con:
            return self.add_mark_in(con, footage_id, "category", value, reason)

    def add_mark_in(self, con: Any, footage_id: int, mark: str, value: str, reason: str,
                    at: str | None = None) -> int:
        """One mark row and its chained audit record, inside the caller's transaction: the
        audit record carries the reason too, so neither can change unseen (R3)."""
        if mark not in MARKS:
            raise ValueError(mark)
        at = at or self.s.now_iso()
        cur = con.execute("INSERT INTO footage_marks (footage_id, at, actor_id, mark, value, "
                          "reason) VALUES (?, ?, ?, ?, ?, ?)",
                          (footage_id, at, self.s.actor_id, mark, value, reason))
        seq = int(cur.lastrowid)
        # Chained beside the row: a category decides how long footage is kept (R9).
        self.s.audit.append_in(con, "footage_marked", self.s.role, self.s.actor_id, at,
                               {"footage_id": footage_id, "seq": seq, "mark": mark,
                                "value": value, "reason": reason})
        return seq

    def marks(self, footage_id: int, mark: str) -> str | None:
        row = self.db.one("SELECT value FROM footage_marks WHERE footage_id = ? AND mark = ? "
                          "ORDER BY seq DESC LIMIT 1", (footage_id, mark))
        return str(row[0]) if row else None

    def mark_history(self, footage_id: int) -> list[dict[str, Any]]:
        """Every category change and hold of a recording, oldest first, with its reason."""
        return [dict(r) for r in self.db.query(
            "SELECT seq, at, actor_id, mark, value, reason FROM footage_marks "
            "WHERE footage_id = ? ORDER BY seq", (footage_id,))]

    def category(self, footage_id: int) -> str:
        return self.marks(footage_id, "category") or "ordinary"

    def held(self, footage_id: int) -> bool:
        """A legal hold stops the term's end until the head lifts it."""
        return self.marks(footage_id, "hold") == HELD

    def retention_until(self, footage_id: int) -> date:
        """R9: the last day the recording must be kept (see :func:`keep_until`)."""
        item = self.get(footage_id)
        return keep_until(item.downloaded_at, self.category(footage_id), self.s.calendar.tz)

    def destruction(self, footage_id: int) -> dict[str, Any] | None:
        """When its files were destroyed, who approved it, its category and term then."""
        row = self.db.one("SELECT footage_id, at, approved_by, category, keep_until, blobs "
                          "FROM footage_destroyed WHERE footage_id = ?", (footage_id,))
        return dict(row) if row else None

    def is_destroyed(self, footage_id: int) -> bool:
        """For everything that reads a recording's files (player, release, export)."""
        return self.db.one("SELECT 1 FROM footage_destroyed WHERE footage_id = ?",
                           (footage_id,)) is not None

    def require_kept(self, footage_id: int) -> Footage:
        """The recording, or FootageDestroyed when its files were destroyed (R9)."""
        item = self.get(footage_id)
        gone = self.destruction(footage_id)
        if gone is not None:
            raise FootageDestroyed(QT_TRANSLATE_NOOP(
                "core", "Recording {id} was destroyed on {date} after its retention term "
                        "(R9); only its record is kept."), id=footage_id,
                date=from_iso(gone["at"]).astimezone(self.s.calendar.tz).strftime("%d.%m.%Y"))
        return item

    def add_note(self, footage_id: int, text: str, offset_s: float | None = None) -> int:
        text = text.strip()
        if not text:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "The note is empty."))
        self.get(footage_id)
        at = self.s.now_iso()
        with self.db.write() as con:
            cur = con.execute("INSERT INTO footage_notes (footage_id, at, actor_id, offset_s, "
                              "text) VALUES (?, ?, ?, ?, ?)",
                              (footage_id, at, self.s.actor_id, offset_s, text))
            seq = int(cur.lastrowid)
            self.s.audit.append_in(con, "footage_note", self.s.role, self.s.actor_id, at,
                                   {"footage_id": footage_id, "seq": seq,
                                    "offset_s": offset_s, "text": text})
            return seq

    def notes(self, footage_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query(
            "SELECT seq, at, actor_id, offset_s, text FROM footage_notes WHERE footage_id = ? "
            "ORDER BY seq", (footage_id,))]

    def read(self, footage_id: int) -> bytes:
        """Decrypted in memory only; audited as a view. A destroyed recording is refused."""
        data = b"".join(self.s.blobs.read_bytes(p.blob_id) for p in self.parts(footage_id))
        self.s.audit.record("view", self.s.role, self.s.actor_id, footage_id=footage_id)
        return data

    def count(self) -> int:
        return int(self.db.one("SELECT count(*) FROM footage")[0])
