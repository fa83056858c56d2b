"""Volumes of the paper journal: numbered pages, never reused; reprints; closing (R7, R18).

See the package docstring (``app.paper``) for the API and the design.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import check_period, from_iso, to_iso
from app.errors import NotFound, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.model import print_register
from app.model.journal import Checkpoint
from app.model.journal_rows import JournalRow, build_rows, remark_text
from app.paper import pagecheck
from app.paper.layout import PageMark, PrintRow, paginate
from app.paper.output import PdfWriter, PrintResult, audit_print, office_of, recorded_print
from app.paper.plan import printed_rows, settled, split_rows
from app.paper.render import Renderer

if TYPE_CHECKING:
    from app.model.vault import VaultSession


# -- results -------------------------------------------------------------------------------
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


def _local_date(session: VaultSession, iso: str | None) -> date | None:
    return session.calendar.local(from_iso(iso)).date() if iso else None


def _volume_started(session: VaultSession, con: Any, volume: int, opened_at: str
                    ) -> date | None:
    """The date of the volume's first entry (its first page's first row); else when opened."""
    record = print_register.first_page_record(con, volume)
    try:
        if record is None:
            raise ValueError("no page yet")
        first = json.loads(record)["rows"][0]["cells"][2]
        return datetime.strptime(first, "%d.%m.%Y %H:%M").date()
    except (TypeError, IndexError, KeyError, ValueError):
        return _local_date(session, opened_at)


def _register_page(session: VaultSession, con: Any, key: bytes, volume: int, page_no: int,
                   kind: str, cp: Checkpoint, rows: list[PrintRow], extra: Any = None
                   ) -> tuple[PageMark, dict[str, Any]]:
    rows_json = [r.as_json() for r in rows]
    hashes = print_register.journal_hashes(con, (s for r in rows for s in r.seqs))
    digest = pagecheck.page_digest(session.vault_id, volume, page_no, kind, cp, rows_json,
                                   hashes, extra)
    mac = pagecheck.mac10(key, digest)
    code = pagecheck.short_code(volume, page_no, mac)
    record = {"kind": kind, "rows": rows_json, "digest": digest, "mac": mac, "extra": extra}
    seqs = [s for r in rows for s in r.seqs]
    print_register.register_page(con, print_register.NewPage(
        volume, page_no, session.now_iso(), min(seqs) if seqs else None,
        max(seqs) if seqs else None, json.dumps(record, ensure_ascii=False), cp.encode()))
    mark = PageMark(volume, page_no, code, pagecheck.qr_payload(volume, page_no, mac, digest,
                                                                cp))
    return mark, record


# -- the API -------------------------------------------------------------------------------
def volumes(session: VaultSession) -> list[VolumeInfo]:
    return [VolumeInfo(v.volume, str(v.opened_at), v.closed_at, v.pages,
                       v.closed_at is not None) for v in print_register.volumes(session.db)]


def pending_rows(session: VaultSession, include_open: bool = False) -> list[JournalRow]:
    """Rows not yet on any page, in book order; by default only the settled prefix.

    A row is settled when it was struck (R7) or the camera was handed in and its footage
    downloaded (columns 5 and 6 filled). Printing stops at the first unsettled row so that
    row numbers run on paper without gaps; ``include_open`` takes all (open rows go on paper
    as at issue, their later cells are written in ink). ``plan.print_plan`` says why the
    others wait.
    """
    return split_rows(session, build_rows(session), printed_rows(session.db.con),
                      include_open)[0]


def print_new_pages(session: VaultSession, out_path: str | Path, *, include_open: bool = False,
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


def print_morning_sheet(session: VaultSession, out_path: str | Path, *,
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


def _append_pages(session: VaultSession, con: Any, write: PdfWriter,
                  out_path: str | Path, rows: list[JournalRow], kind: str,
                  covers: bool | None) -> PrintResult:
    """``rows`` as the next numbered pages of the open volume (a new volume when none is
    open), registered, audited and written in the caller's transaction."""
    office = office_of(session)
    current = print_register.open_volume(con)
    if current is None:
        now = session.now_iso()
        current = (print_register.start_volume(con, now), now)
    volume, _opened_at = current
    last = print_register.last_page(con, volume)
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
    audit_print(session, con, "print", detail)
    write(out_path, r.finish())   # named only once the transaction commits
    return result


def close_volume(session: VaultSession, out_path: str | Path) -> PrintResult:
    """Close the open volume: its closing page with the certification of R7, numbered as
    the last page, the count of numbered pages in figures and words. A new print then
    opens the next volume."""
    office = office_of(session)
    with recorded_print(session) as (con, write):
        current = print_register.open_volume(con)
        if current is None or print_register.last_page(con, current[0]) == 0:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "There is no open volume with printed pages to close."))
        volume, opened_at = current
        page_no = print_register.last_page(con, volume) + 1
        cp = session.journal.checkpoint()
        now = session.now_iso()
        mark, _ = _register_page(session, con, pagecheck.page_key(session), volume, page_no,
                                 "closing", cp, [], {"count": page_no})
        print_register.close_volume(con, volume, now, page_no, session.actor_id or None)
        r = Renderer(office)
        r.closing_page(page_no, mark, _volume_started(session, con, volume, opened_at),
                       _local_date(session, now))
        audit_print(session, con, "print", {"kind": "closing", "volume": volume,
                                       "pages": [page_no], "count": page_no})
        write(out_path, r.finish())
    return PrintResult(str(out_path), "closing", volume, [page_no], r.pages, covers=False,
                       codes=[mark.code])


def reprint(session: VaultSession, volume: int, pages: Iterable[int] | None, out_path: str | Path,
            *, covers: bool = False) -> PrintResult:
    """Print registered pages again, exactly as first printed, marked ТЕЛНҰСҚА / ДУБЛИКАТ,
    and log the reprint in the audit log. ``pages=None``: the whole volume."""
    office = office_of(session)
    vol = print_register.find_volume(session.db, int(volume))
    if vol is None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "There is no volume {volume}."),
                       volume=volume)
    stored = print_register.pages_of(session.db, int(volume))
    wanted = sorted(set(pages)) if pages is not None else sorted(stored)
    missing = [p for p in wanted if p not in stored]
    if missing or not wanted:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Volume {volume} has no page {page}."),
                       volume=volume, page=missing[0] if missing else "—")
    r = Renderer(office)
    if covers:
        dup = PageMark(None, None, duplicate=True)
        r.front_cover(int(volume), _volume_started(session, session.db.con, int(volume),
                                                   vol.opened_at),
                      _local_date(session, vol.closed_at), dup)
        r.inner_cover(int(volume), dup)
    codes = []
    for p in wanted:
        page = stored[p]
        record = json.loads(page.record)
        cp = Checkpoint.decode(page.checkpoint)
        code = pagecheck.short_code(int(volume), p, record["mac"])
        mark = PageMark(int(volume), p, code, pagecheck.qr_payload(
            int(volume), p, record["mac"], record["digest"], cp), duplicate=True)
        codes.append(code)
        if record["kind"] == "closing":
            r.closing_page(int(record["extra"]["count"]), mark,
                           _volume_started(session, session.db.con, int(volume),
                                           vol.opened_at),
                           _local_date(session, vol.closed_at))
        else:
            r.table_page([PrintRow.from_json(x) for x in record["rows"]], mark,
                         ink_note=bool((record.get("extra") or {}).get("ink")))
    data = r.finish()
    with recorded_print(session) as (con, write):
        audit_print(session, con, "reprint", {"volume": int(volume), "pages": wanted,
                                         "covers": covers})
        write(out_path, data)
    return PrintResult(str(out_path), "reprint", int(volume), wanted, r.pages, covers=covers,
                       duplicate=True, codes=codes)


def _bound(session: VaultSession, value: date | str | None, end: bool) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        if "T" in value:
            return value
        value = date.fromisoformat(value)
    day = value + timedelta(days=1) if end else value
    return to_iso(datetime.combine(day, time(0), session.calendar.tz))


def print_range(session: VaultSession, since: date | str | None, until: date | str | None,
                out_path: str | Path) -> PrintResult:
    """An extract of the journal (rows received in [since, until], local days inclusive):
    the official columns, marked ҮЗІНДІ / ВЫПИСКА, not numbered as book pages."""
    check_period(since, until)       # a reversed period is bad input, not "no rows"
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
        audit_print(session, con, "print", {"kind": "extract", "since": str(since or ""),
                                       "until": str(until or ""), "rows": len(pr)})
        write(out_path, data)
    return PrintResult(str(out_path), "extract", None, [], r.pages, len(pr), pr[0].number,
                       pr[-1].number)
