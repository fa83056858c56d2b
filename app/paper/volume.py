"""Volumes of the paper journal: numbered pages, never reused; reprints; closing (R7, R18).

See the package docstring (``app.paper``) for the API and the design.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.clock import from_iso, to_iso
from app.errors import DalelError, InvalidInput, NotFound, RuleViolation, StorageError
from app.fsutil import atomic_write, fsync_dir, storage_error
from app.i18n import QT_TRANSLATE_NOOP
from app.model.journal import Checkpoint, CheckpointUnreadable
from app.model.journal_rows import JournalRow, build_rows, remark_text
from app.paper import pagecheck
from app.paper.layout import Office, PageMark, PrintRow, paginate
from app.paper.plan import printed_rows, settled, split_rows
from app.paper.render import Renderer


# -- results -------------------------------------------------------------------------------
@dataclass
class PrintResult:
    path: str
    kind: str                      # "pages", "closing", "reprint", "extract", "blank"
    volume: int | None = None
    pages: list[int] = field(default_factory=list)   # journal page numbers printed
    pdf_pages: int = 0             # sheets in the PDF (covers included)
    rows: int = 0
    first_row: int | None = None
    last_row: int | None = None
    covers: bool = False
    duplicate: bool = False
    codes: list[str] = field(default_factory=list)
    open_rows: list[int] = field(default_factory=list)   # printed as at issue, 5–8 for ink
    waiting: list[dict[str, Any]] = field(default_factory=list)   # rows left, with why

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PageCheck:
    ok: bool
    reason: str
    volume: int | None = None
    page_no: int | None = None
    kind: str | None = None
    printed_at: str | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)   # what the page must show
    checkpoint_size: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class VolumeInfo:
    volume: int
    opened_at: str
    closed_at: str | None
    pages: int          # numbered pages printed so far (the closing page included)
    closed: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- helpers -------------------------------------------------------------------------------
def office_of(session: Any) -> Office:
    s = session.settings
    reg = session.registers

    def name(key: str) -> str:
        sid = int(s.get(key) or 0)
        if not sid:
            return ""
        try:
            return str(reg.staff(sid).full_name)
        except NotFound:
            return ""

    return Office(str(s.get("agency")), str(s.get("unit_name")), name("officer_id"),
                  name("head_id"))


def _dt(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


def to_print_row(row: JournalRow, corrected_by: dict[int, int]) -> PrintRow:
    remarks = [(remark_text(r, "kk"), remark_text(r, "ru"), r.kind == "struck" or row.struck)
               for r in row.remarks]
    if row.struck:
        new = corrected_by.get(row.number)
        remarks.append((f"Сызылды{f'; түзетілген жазба № {new}' if new else ''}",
                        f"Зачёркнуто{f'; исправленная запись № {new}' if new else ''}", False))
    return PrintRow(row.number, row.custody_id, tuple(row.seqs), row.struck,
                    (row.inventory, row.inspector, _dt(row.received_at),
                     _dt(row.handed_in_at), _dt(row.downloaded_at), row.officer),
                    tuple(remarks))


def as_issued(row: JournalRow) -> PrintRow:
    """An open row as it was when the camera went out (R5): columns 1–4 and what the row was
    born with (the "Түзетілді" of a corrected row, R7; the camera it replaces, R16).
    Columns 5–8 stay empty for ink; the page binds only the issue entry and these texts, so
    what is recorded later never makes the page disagree with the vault."""
    born = tuple((remark_text(r, "kk"), remark_text(r, "ru"), False) for r in row.remarks
                 if r.kind in ("correction", "replacement"))
    return PrintRow(row.number, row.custody_id, (row.custody_id,), False,
                    (row.inventory, row.inspector, _dt(row.received_at), "", "", ""), born)


def print_rows(rows: list[JournalRow]) -> list[PrintRow]:
    """Finished rows (struck, or handed in and downloaded) as they stand; open rows as at
    issue."""
    corrected_by = {r.corrects_number: r.number for r in rows if r.corrects_number}
    return [to_print_row(r, corrected_by) if settled(r) else as_issued(r) for r in rows]


def _local_date(session: Any, iso: str | None) -> date | None:
    return session.calendar.local(from_iso(iso)).date() if iso else None


def _volume_started(session: Any, con: Any, volume: int, opened_at: str) -> date | None:
    """The date of the volume's first entry (its first page's first row); else when opened."""
    row = con.execute("SELECT rows FROM print_pages WHERE volume = ? ORDER BY page_no LIMIT 1",
                      (volume,)).fetchone()
    try:
        first = json.loads(row[0])["rows"][0]["cells"][2]
        return datetime.strptime(first, "%d.%m.%Y %H:%M").date()
    except (TypeError, IndexError, KeyError, ValueError):
        return _local_date(session, opened_at)


def _hashes(con: Any, seqs: Iterable[int]) -> dict[int, str | None]:
    wanted = sorted(set(seqs))
    out: dict[int, str | None] = dict.fromkeys(wanted)
    for i in range(0, len(wanted), 500):
        part = wanted[i:i + 500]
        marks = ",".join("?" * len(part))
        for seq, digest in con.execute(f"SELECT seq, hash FROM journal WHERE seq IN ({marks})",
                                       part).fetchall():
            out[int(seq)] = str(digest)
    return out


def _open_volume(con: Any) -> tuple[int, str] | None:
    row = con.execute("SELECT volume, opened_at FROM print_volumes WHERE closed_at IS NULL "
                      "ORDER BY volume DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _last_page(con: Any, volume: int) -> int:
    row = con.execute("SELECT max(page_no) FROM print_pages WHERE volume = ?", (volume,)
                      ).fetchone()
    return int(row[0] or 0)


def _out_path(out_path: str | Path) -> Path:
    path = Path(out_path)
    if not path.parent.exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The folder {path} does not exist."),
                           path=str(path.parent))
    return path


def _write(out_path: str | Path, data: bytes) -> Path:
    path = _out_path(out_path)
    atomic_write(path, data, mode=0o600)
    return path


class PdfNotWritten(StorageError):
    """The print committed (its pages are registered) but the disk refused the PDF."""

    def __init__(self, cause: DalelError) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "core", "The pages were registered in the vault, but the disk refused their PDF: "
                    "{reason} Print them again as a reprint (the same page numbers and "
                    "codes)."), reason=cause.localized())


@contextlib.contextmanager
def recorded_print(session: Any) -> Iterator[tuple[Any, Callable[[str | Path, bytes], Path]]]:
    """The print's transaction and the function that writes its PDF inside it. The PDF is
    written under a hidden name first and takes its own name only once the transaction
    has committed (issue 13): a page on paper whose code the vault never registered could
    never be verified, so no such PDF is ever left under the name asked for."""
    staged: list[tuple[Path, Path]] = []

    def write(out_path: str | Path, data: bytes) -> Path:
        final = _out_path(out_path)
        hidden = final.with_name(f".{final.name}.unregistered")
        staged.append((hidden, final))
        atomic_write(hidden, data, mode=0o600)
        return final

    try:
        with session.db.write() as con:
            yield con, write
    except BaseException:
        for hidden, _final in staged:
            with contextlib.suppress(OSError):
                hidden.unlink()
        raise
    for hidden, final in staged:
        try:
            os.replace(hidden, final)
            fsync_dir(final.parent)
        except OSError as exc:
            raise PdfNotWritten(storage_error(exc, final)) from exc


def _audit(session: Any, con: Any, action: str, detail: dict[str, Any]) -> None:
    session.audit.append_in(con, action, session.role, session.actor_id, None, detail)


def _register_page(session: Any, con: Any, key: bytes, volume: int, page_no: int, kind: str,
                   cp: Checkpoint, rows: list[PrintRow], extra: Any = None
                   ) -> tuple[PageMark, dict[str, Any]]:
    rows_json = [r.as_json() for r in rows]
    hashes = _hashes(con, (s for r in rows for s in r.seqs))
    digest = pagecheck.page_digest(session.vault_id, volume, page_no, kind, cp, rows_json,
                                   hashes, extra)
    mac = pagecheck.mac10(key, digest)
    code = pagecheck.short_code(volume, page_no, mac)
    record = {"kind": kind, "rows": rows_json, "digest": digest, "mac": mac, "extra": extra}
    seqs = [s for r in rows for s in r.seqs]
    con.execute("INSERT INTO print_pages (page_no, volume, printed_at, first_seq, last_seq, "
                "rows, checkpoint) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (page_no, volume, session.now_iso(), min(seqs) if seqs else None,
                 max(seqs) if seqs else None, json.dumps(record, ensure_ascii=False),
                 cp.encode()))
    mark = PageMark(volume, page_no, code, pagecheck.qr_payload(volume, page_no, mac, digest,
                                                                cp))
    return mark, record


# -- the API -------------------------------------------------------------------------------
def volumes(session: Any) -> list[VolumeInfo]:
    out = []
    for vol, opened, closed in session.db.query(
            "SELECT volume, opened_at, closed_at FROM print_volumes ORDER BY volume"):
        pages = int(session.db.one("SELECT count(*) FROM print_pages WHERE volume = ?",
                                   (vol,))[0])
        out.append(VolumeInfo(int(vol), str(opened), closed, pages, closed is not None))
    return out


def pending_rows(session: Any, include_open: bool = False) -> list[JournalRow]:
    """Rows not yet on any page, in book order; by default only the settled prefix.

    A row is settled when it was struck (R7) or the camera was handed in and its footage
    downloaded (columns 5 and 6 filled). Printing stops at the first unsettled row so that
    row numbers run on paper without gaps; ``include_open`` takes all (open rows go on paper
    as at issue, their later cells are written in ink). ``plan.print_plan`` says why the
    others wait.
    """
    return split_rows(session, build_rows(session), printed_rows(session.db.con),
                      include_open)[0]


def print_new_pages(session: Any, out_path: str | Path, *, include_open: bool = False,
                    covers: bool | None = None) -> PrintResult:
    """Append the rows not yet printed to the open volume as new numbered pages (R7, R18).

    A new volume is opened when none is open; its first print carries the front and inner
    covers (``covers`` forces them on/off). Pages are registered (print_pages) and the print
    is logged in the audit log in the same transaction as the PDF is written. The result's
    ``waiting`` lists the rows left for a later print, each with why (R8, R17, R7).
    """
    with recorded_print(session) as (con, write):
        rows, waiting = split_rows(session, build_rows(session), printed_rows(con),
                                   include_open)
        if not rows and waiting:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "There are no new journal entries to print. Rows waiting: {n}; the "
                        "first: {first}"), n=len(waiting), first=waiting[0].text())
        if not rows:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "There are no new journal entries to print."))
        result = _append_pages(session, con, write, out_path, rows, "pages", covers)
        result.waiting = [w.as_dict() for w in waiting]
    return result


def print_morning_sheet(session: Any, out_path: str | Path, *,
                        covers: bool | None = None) -> PrintResult:
    """The sheet for signatures (R5): every row not yet on paper, as new numbered pages of
    the book — the rows issued so far with columns 1–4 printed and the signature cell of
    column 4 empty for the inspector's ink; columns 5–8 are left for ink (handed in and its
    signature, downloaded, the officer's name and signature, remarks). A row already finished
    prints as it stands. These rows never print again: ``print_new_pages`` goes on after
    them, and ``plan.print_plan`` lists what to write in ink each day.
    """
    with recorded_print(session) as (con, write):
        rows = split_rows(session, build_rows(session), printed_rows(con), True)[0]
        if not rows:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Every row is already on a printed page."))
        result = _append_pages(session, con, write, out_path, rows, "morning", covers)
    return result


def _append_pages(session: Any, con: Any, write: Callable[[str | Path, bytes], Path],
                  out_path: str | Path, rows: list[JournalRow], kind: str,
                  covers: bool | None) -> PrintResult:
    """``rows`` as the next numbered pages of the open volume (a new volume when none is
    open), registered, audited and written in the caller's transaction."""
    office = office_of(session)
    current = _open_volume(con)
    now = session.now_iso()
    if current is None:
        nxt = int(con.execute("SELECT coalesce(max(volume), 0) + 1 FROM print_volumes"
                              ).fetchone()[0])
        con.execute("INSERT INTO print_volumes (volume, opened_at) VALUES (?, ?)",
                    (nxt, now))
        current = (nxt, now)
    volume, _opened_at = current
    last = _last_page(con, volume)
    with_covers = (last == 0) if covers is None else covers
    cp = session.journal.checkpoint()
    key = pagecheck.page_key(session)
    pr = print_rows(rows)
    r = Renderer(office)
    if with_covers:
        r.front_cover(volume, rows[0].received_at.date(), None)
        r.inner_cover(volume)
    result = PrintResult(str(out_path), kind, volume, covers=with_covers, rows=len(pr),
                         first_row=pr[0].number, last_row=pr[-1].number,
                         open_rows=[x.number for x in rows if not settled(x)])
    for page_rows in paginate(pr, office.agency):
        last += 1
        # The rows printed as at issue are named in the page's record (bound into its
        # check code): their columns 5–8 are written in ink, and a reprint says so again.
        ink = [p.number for p in page_rows if p.number in result.open_rows]
        mark, _ = _register_page(session, con, key, volume, last, "table", cp, page_rows,
                                 {"ink": ink} if ink else None)
        r.table_page(page_rows, mark, ink_note=bool(ink))
        result.pages.append(last)
        result.codes.append(mark.code)
    result.pdf_pages = r.pages
    detail = {"kind": kind, "volume": volume, "pages": result.pages,
              "rows": [result.first_row, result.last_row], "checkpoint_size": cp.size}
    if result.open_rows:
        detail["open_rows"] = result.open_rows
    _audit(session, con, "print", detail)
    write(out_path, r.finish())   # named only once the transaction commits
    return result


def close_volume(session: Any, out_path: str | Path) -> PrintResult:
    """Close the open volume: its closing page with the certification of R7, numbered as
    the last page, the count of numbered pages in figures and words. A new print then
    opens the next volume."""
    office = office_of(session)
    with recorded_print(session) as (con, write):
        current = _open_volume(con)
        if current is None or _last_page(con, current[0]) == 0:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "There is no open volume with printed pages to close."))
        volume, opened_at = current
        page_no = _last_page(con, volume) + 1
        cp = session.journal.checkpoint()
        now = session.now_iso()
        mark, _ = _register_page(session, con, pagecheck.page_key(session), volume, page_no,
                                 "closing", cp, [], {"count": page_no})
        con.execute("UPDATE print_volumes SET closed_at = ?, pages = ?, closed_by = ? "
                    "WHERE volume = ?", (now, page_no, session.actor_id or None, volume))
        r = Renderer(office)
        r.closing_page(page_no, mark, _volume_started(session, con, volume, opened_at),
                       _local_date(session, now))
        _audit(session, con, "print", {"kind": "closing", "volume": volume,
                                       "pages": [page_no], "count": page_no})
        write(out_path, r.finish())
    return PrintResult(str(out_path), "closing", volume, [page_no], r.pages, covers=False,
                       codes=[mark.code])


def reprint(session: Any, volume: int, pages: Iterable[int] | None, out_path: str | Path,
            *, covers: bool = False) -> PrintResult:
    """Print registered pages again, exactly as first printed, marked ТЕЛНҰСҚА / ДУБЛИКАТ,
    and log the reprint in the audit log. ``pages=None``: the whole volume."""
    office = office_of(session)
    vol = session.db.one("SELECT volume, opened_at, closed_at FROM print_volumes "
                         "WHERE volume = ?", (int(volume),))
    if vol is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "There is no volume {volume}."),
                       volume=volume)
    stored = {int(r[0]): r for r in session.db.query(
        "SELECT page_no, printed_at, rows, checkpoint FROM print_pages WHERE volume = ? "
        "ORDER BY page_no", (int(volume),))}
    wanted = sorted(set(pages)) if pages is not None else sorted(stored)
    missing = [p for p in wanted if p not in stored]
    if missing or not wanted:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Volume {volume} has no page {page}."),
                       volume=volume, page=missing[0] if missing else "—")
    r = Renderer(office)
    if covers:
        dup = PageMark(None, None, duplicate=True)
        r.front_cover(int(volume), _volume_started(session, session.db.con, int(volume),
                                                   vol[1]), _local_date(session, vol[2]), dup)
        r.inner_cover(int(volume), dup)
    codes = []
    for p in wanted:
        _, _printed_at, text, cp_text = stored[p]
        record = json.loads(text)
        cp = Checkpoint.decode(cp_text)
        code = pagecheck.short_code(int(volume), p, record["mac"])
        mark = PageMark(int(volume), p, code, pagecheck.qr_payload(
            int(volume), p, record["mac"], record["digest"], cp), duplicate=True)
        codes.append(code)
        if record["kind"] == "closing":
            r.closing_page(int(record["extra"]["count"]), mark,
                           _volume_started(session, session.db.con, int(volume), vol[1]),
                           _local_date(session, vol[2]))
        else:
            r.table_page([PrintRow.from_json(x) for x in record["rows"]], mark,
                         ink_note=bool((record.get("extra") or {}).get("ink")))
    data = r.finish()
    with recorded_print(session) as (con, write):
        _audit(session, con, "reprint", {"volume": int(volume), "pages": wanted,
                                         "covers": covers})
        write(out_path, data)
    return PrintResult(str(out_path), "reprint", int(volume), wanted, r.pages, covers=covers,
                       duplicate=True, codes=codes)


def _bound(session: Any, value: date | str | None, end: bool) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        if "T" in value:
            return value
        value = date.fromisoformat(value)
    day = value + timedelta(days=1) if end else value
    return to_iso(datetime.combine(day, time(0), session.calendar.tz))


def print_range(session: Any, since: date | str | None, until: date | str | None,
                out_path: str | Path) -> PrintResult:
    """An extract of the journal (rows received in [since, until], local days inclusive):
    the official columns, marked ҮЗІНДІ / ВЫПИСКА, not numbered as book pages."""
    office = office_of(session)
    rows = build_rows(session, _bound(session, since, False), _bound(session, until, True))
    if not rows:
        raise RuleViolation(QT_TRANSLATE_NOOP("core", "No journal rows in that period."))
    pr = print_rows(rows)
    r = Renderer(office, "Үзінді / Выписка")
    for page_rows in paginate(pr, office.agency):
        r.table_page(page_rows, PageMark(None, None, extract=True))
    data = r.finish()
    with recorded_print(session) as (con, write):
        _audit(session, con, "print", {"kind": "extract", "since": str(since or ""),
                                       "until": str(until or ""), "rows": len(pr)})
        write(out_path, data)
    return PrintResult(str(out_path), "extract", None, [], r.pages, len(pr), pr[0].number,
                       pr[-1].number)


def verify_page(session: Any, code: str | None = None, *, page: int | None = None,
                volume: int | None = None, qr: str | None = None) -> PageCheck:
    """Check a paper page against the vault: the short code and/or the QR payload, with the
    page number read off the paper. ``ok`` False says why (the code was not issued for that
    page, or the page's rows no longer match the hash chain, ...)."""
    check = _verify(session, code, page, volume, qr)
    session.audit.record("verify", session.role, session.actor_id, what="paper_page",
                         volume=check.volume, page=check.page_no, ok=check.ok,
                         reason=check.reason)
    return check


def _verify(session: Any, code: str | None, page: int | None, volume: int | None,
            qr: str | None) -> PageCheck:
    if not code and not qr:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Give the page's check code or its QR "
                                             "text."))
    claims = []
    try:
        if code:
            claims.append(pagecheck.parse_code(code))
        if qr:
            claims.append(pagecheck.parse_qr(qr, session.vault_id))
    except ValueError:
        return PageCheck(False, "the code is not a Dalel page code (mistyped?)", volume, page)
    first = claims[0]
    for c in claims[1:]:
        if (c.volume, c.page_no, c.mac) != (first.volume, first.page_no, first.mac):
            return PageCheck(False, "the short code and the QR code are of different pages",
                             first.volume, first.page_no)
    if page is not None and int(page) != first.page_no:
        return PageCheck(False, f"this code was issued for page {first.page_no}, not for "
                                f"page {page}", first.volume, int(page))
    if volume is not None and int(volume) != first.volume:
        return PageCheck(False, f"this code was issued for volume {first.volume}, not for "
                                f"volume {volume}", int(volume), first.page_no)
    vol, pno = first.volume, first.page_no
    row = session.db.one("SELECT printed_at, rows, checkpoint FROM print_pages WHERE volume = ? "
                         "AND page_no = ?", (vol, pno))
    if row is None:
        return PageCheck(False, f"no page {pno} was ever printed in volume {vol}", vol, pno)
    record = json.loads(row[1])
    try:
        cp = Checkpoint.decode(row[2])
    except CheckpointUnreadable as exc:
        return PageCheck(False, f"the vault's record of this page is damaged: {exc.reason}",
                         vol, pno)
    base = PageCheck(False, "", vol, pno, record["kind"], row[0],
                     [{"number": r["n"], "struck": r["x"], "cells": r["cells"],
                       "remarks": [k for k, _r, _s in r["rk"]]} for r in record["rows"]],
                     cp.size)
    why = session.journal.check_checkpoint(cp)
    if why:
        base.reason = f"the journal no longer matches the checkpoint printed on the page: {why}"
        return base
    brk, _count = session.journal.check_chain()
    if brk is not None:
        base.reason = f"the journal's hash chain is broken at entry {brk.seq}: {brk.reason}"
        return base
    hashes = _hashes(session.db.con, (s for r in record["rows"] for s in r["s"]))
    digest = pagecheck.page_digest(session.vault_id, vol, pno, record["kind"], cp,
                                   record["rows"], hashes, record.get("extra"))
    key = pagecheck.page_key(session)
    if digest != record["digest"] or not hmac.compare_digest(
            pagecheck.mac10(key, digest), record["mac"]):
        base.reason = "the rows of this page no longer match the journal's hash chain"
        return base
    for claim in claims:
        if not hmac.compare_digest(claim.mac, record["mac"]):
            base.reason = "the code does not match this page (altered or substituted page)"
            return base
        if claim.checkpoint is not None:
            why = session.journal.check_checkpoint(claim.checkpoint)
            if why:
                base.reason = f"the QR checkpoint does not match the journal: {why}"
                return base
            if claim.checkpoint != cp or claim.digest_prefix != digest[:32]:
                base.reason = "the QR code does not match this page"
                return base
    base.ok = True
    base.reason = "the page matches the vault"
    return base
