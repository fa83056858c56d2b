"""What the next print takes, why the other rows wait, and what to write in ink (R5, R7, R8,
R17, R18).

Rows go on the numbered pages in their own order, each row once (R7). ``print_new_pages``
takes the rows not yet on paper up to the first one still open — the camera not handed in
(R17) or its footage not downloaded (R8) — so the book's row numbers run on without gaps;
the rows after it wait too. The sheet for signatures (``print_morning_sheet``) takes every
row not yet on paper: finished rows as they stand, open ones as they were at issue, with
columns 5–8 left for ink (R5: the inspector signs column 4 when taking the camera).

``print_plan`` says all of it before anything is printed; the command line (``dalel print
pages --dry-run``, ``dalel print morning --dry-run``) and the window show its ``lines()``.
Texts are translated when shown (``app.i18n``), in the reader's language.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app.i18n import QT_TRANSLATE_NOOP, language, translate
from app.model import print_register
from app.model.journal_rows import JournalRow, build_rows, remark_text

if TYPE_CHECKING:
    from app.model.vault import VaultSession

#: Why a row waits: the camera is out (R17), the footage not in the vault (R8), or an
#: earlier row waits and rows go on paper in their order (R7).
CAMERA_OUT, NOT_DOWNLOADED, BEHIND = "camera_out", "not_downloaded", "behind"

_WHY = {
    CAMERA_OUT: QT_TRANSLATE_NOOP(
        "core", "№ {number} — {inventory}, {inspector}: the camera is not handed in yet; "
                "due back by {due} (R17)."),
    NOT_DOWNLOADED: QT_TRANSLATE_NOOP(
        "core", "№ {number} — {inventory}, {inspector}: the footage is not downloaded yet; "
                "due in the vault by {due} (R8)."),
    BEHIND: QT_TRANSLATE_NOOP(
        "core", "№ {number} — {inventory}, {inspector}: finished, waits for № {first}: rows "
                "go on paper in their order (R7)."),
}
_OVERDUE = QT_TRANSLATE_NOOP("core", "Overdue.")


def _say(text: str, **params: Any) -> str:
    """``text`` in the reader's language with its parameters (the English source if a
    translation lacks one)."""
    try:
        return translate("core", text).format(**params)
    except (KeyError, IndexError, ValueError):
        return text.format(**params)


def when(value: datetime | None) -> str:
    """A local time as the paper writes it."""
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


def settled(row: JournalRow) -> bool:
    """Finished for good: struck (R7), or handed in and downloaded (columns 5 and 6)."""
    return row.struck or (row.handed_in_at is not None and row.downloaded_at is not None)


@dataclass(frozen=True)
class PrintedRow:
    """A row as it stands on a numbered page (the JSON stored with the page)."""

    volume: int
    page: int
    data: dict[str, Any]

    @property
    def struck(self) -> bool:
        return bool(self.data.get("x"))

    def cell(self, column: int) -> str:
        """The printed text of column 2..7 of R18."""
        cells = self.data.get("cells", [])
        return str(cells[column - 2]) if 0 <= column - 2 < len(cells) else ""

    def remarks(self) -> set[str]:
        return {str(k) for k, _r, _s in self.data.get("rk", [])}


def printed_rows(con: Any) -> dict[int, PrintedRow]:
    """Every row on a numbered page, by custody id (a row is printed once, R7)."""
    out: dict[int, PrintedRow] = {}
    for volume, page, text in print_register.page_records(con):
        for r in json.loads(text).get("rows", []):
            out.setdefault(int(r["c"]), PrintedRow(volume, page, r))
    return out


@dataclass(frozen=True)
class WaitingRow:
    number: int
    custody_id: int
    inventory: str
    inspector: str
    why: str                     # CAMERA_OUT, NOT_DOWNLOADED or BEHIND
    rule: str                    # "R17", "R8", "R7"
    due: datetime | None = None  # local time it is due (R17, R8)
    overdue: bool = False
    first: int | None = None     # BEHIND: the first waiting row

    def text(self) -> str:
        said = _say(_WHY[self.why], number=self.number, inventory=self.inventory,
                    inspector=self.inspector, due=when(self.due), first=self.first or "")
        return f"{said} {_say(_OVERDUE)}" if self.overdue else said

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["due"] = self.due.isoformat() if self.due else None
        d["text"] = self.text()
        return d


@dataclass(frozen=True)
class InkCell:
    """A cell of a printed row the electronic journal filled today: the officer writes it
    on the page in ink (R7). ``column`` 0: strike the printed row through (corrected)."""

    number: int
    volume: int
    page: int
    column: int
    value: str

    def text(self) -> str:
        if self.column == 0:
            return _say(QT_TRANSLATE_NOOP(
                "core", "Volume {volume}, page {page}, № {number}: strike the row through; "
                        "its corrected entry is № {value} (R7)."),
                volume=self.volume, page=self.page, number=self.number, value=self.value)
        return _say(QT_TRANSLATE_NOOP(
            "core", "Volume {volume}, page {page}, № {number}, column {column}: {value}"),
            volume=self.volume, page=self.page, number=self.number, column=self.column,
            value=self.value)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "text": self.text()}


def _span(numbers: list[int]) -> str:
    return f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else str(numbers[0])


@dataclass
class PrintPlan:
    """What ``print_new_pages`` and ``print_morning_sheet`` would print now, and why."""

    ready: list[int] = field(default_factory=list)       # rows the new pages take
    waiting: list[WaitingRow] = field(default_factory=list)
    sheet: list[int] = field(default_factory=list)       # rows the sheet for signatures takes
    sheet_open: list[int] = field(default_factory=list)  # of those, printed as at issue
    ink: list[InkCell] = field(default_factory=list)     # today's values for printed rows
    include_open: bool = False

    def pages_lines(self) -> list[str]:
        """What a print of new pages takes and why the rest waits."""
        if self.ready:
            out = [_say(QT_TRANSLATE_NOOP(
                "core", "New pages will take rows № {rows} ({n} in all)."),
                rows=_span(self.ready), n=len(self.ready))]
        else:
            out = [_say(QT_TRANSLATE_NOOP("core", "No row is ready for new pages."))]
        if self.waiting:
            out.append(_say(QT_TRANSLATE_NOOP("core", "Rows waiting ({n}):"),
                            n=len(self.waiting)))
            out += [f"  {w.text()}" for w in self.waiting]
        return out

    def sheet_lines(self) -> list[str]:
        """What the sheet for signatures takes."""
        if not self.sheet:
            return [_say(QT_TRANSLATE_NOOP(
                "core", "Every row is already on a printed page."))]
        out = [_say(QT_TRANSLATE_NOOP(
            "core", "The sheet for signatures will take rows № {rows} ({n} in all)."),
            rows=_span(self.sheet), n=len(self.sheet))]
        if self.sheet_open:
            out.append(_say(QT_TRANSLATE_NOOP(
                "core", "Still open, printed as at issue with columns 5–8 left for ink: "
                        "№ {rows}."), rows=", ".join(map(str, self.sheet_open))))
        return out

    def ink_lines(self) -> list[str]:
        if not self.ink:
            return []
        out = [_say(QT_TRANSLATE_NOOP(
            "core", "To write in ink today on pages already printed ({n}):"), n=len(self.ink))]
        return out + [f"  {c.text()}" for c in self.ink]

    def lines(self) -> list[str]:
        return self.pages_lines() + self.sheet_lines() + self.ink_lines()

    def as_dict(self) -> dict[str, Any]:
        return {"ready": self.ready, "waiting": [w.as_dict() for w in self.waiting],
                "sheet": self.sheet, "sheet_open": self.sheet_open,
                "ink": [c.as_dict() for c in self.ink], "include_open": self.include_open}


def split_rows(session: VaultSession, rows: list[JournalRow], printed: dict[int, PrintedRow],
               include_open: bool = False) -> tuple[list[JournalRow], list[WaitingRow]]:
    """The rows a print of new pages takes (book order), and the rows that wait, with why."""
    ready: list[JournalRow] = []
    waiting: list[WaitingRow] = []
    first: int | None = None
    cal = session.calendar
    now = session.clock.now()
    for row in rows:
        if row.custody_id in printed:
            continue
        if include_open or (first is None and settled(row)):
            ready.append(row)
            continue
        if settled(row):
            waiting.append(WaitingRow(row.number, row.custody_id, row.inventory, row.inspector,
                                      BEHIND, "R7", first=first))
            continue
        if row.handed_in_at is None:
            due = cal.return_deadline(row.received_at)
            why, rule = CAMERA_OUT, "R17"
        else:
            due = cal.download_deadline(row.handed_in_at)
            why, rule = NOT_DOWNLOADED, "R8"
        waiting.append(WaitingRow(row.number, row.custody_id, row.inventory, row.inspector,
                                  why, rule, cal.local(due), now > due, first))
        if first is None:
            first = row.number
    return ready, waiting


def ink_cells(session: VaultSession, rows: list[JournalRow], printed: dict[int, PrintedRow],
              day: date) -> list[InkCell]:
    """Values the electronic journal recorded on ``day`` (local) for rows already on paper
    with those cells empty: the officer writes them in ink (R5, R7)."""
    lang = "ru" if language() == "ru" else "kk"
    corrected_by = {r.corrects_number: r for r in rows if r.corrects_number}
    out: list[InkCell] = []
    for row in rows:
        paper = printed.get(row.custody_id)
        if paper is None or paper.struck:
            continue
        if row.struck:
            fix = corrected_by.get(row.number)
            if fix is not None and fix.received_at.date() == day:
                out.append(InkCell(row.number, paper.volume, paper.page, 0, str(fix.number)))
            continue
        cells = ((5, row.handed_in_at, when(row.handed_in_at)),
                 (6, row.downloaded_at, when(row.downloaded_at)))
        for column, at, text in cells:
            if at is not None and at.date() == day and not paper.cell(column):
                out.append(InkCell(row.number, paper.volume, paper.page, column, text))
        if settled(row) and not paper.cell(7):
            done = max(row.handed_in_at or row.received_at, row.downloaded_at or row.received_at)
            if done.date() == day:
                out.append(InkCell(row.number, paper.volume, paper.page, 7, row.officer))
        shown = paper.remarks()
        for remark in row.remarks:
            if remark.at.date() == day and remark_text(remark, "kk") not in shown:
                out.append(InkCell(row.number, paper.volume, paper.page, 8,
                                   remark_text(remark, lang)))
    return out


def print_plan(session: VaultSession, include_open: bool = False) -> PrintPlan:
    """What a print of new pages (``include_open`` as ``print_new_pages``) and the sheet for
    signatures would take now, why the other rows wait, and today's values to write in ink
    on pages already printed. Reads only; prints nothing."""
    rows = build_rows(session)
    printed = printed_rows(session.db.con)
    ready, waiting = split_rows(session, rows, printed, include_open)
    sheet = [r for r in rows if r.custody_id not in printed]
    today = session.calendar.local(session.clock.now()).date()
    return PrintPlan([r.number for r in ready], waiting, [r.number for r in sheet],
                     [r.number for r in sheet if not settled(r)],
                     ink_cells(session, rows, printed, today), include_open)
