"""The journal on paper: the official form, numbered, laced and sealed (R5, R7, R18, R22).

Pure core (reportlab, no Qt). The GUI produces a PDF through these calls and prints or
previews it itself; the command line is ``dalel print ...`` (app/cli/cmd_print.py).

API (``session`` is an unlocked ``VaultSession``; every call writes one PDF to
``out_path`` atomically and returns a ``PrintResult`` with ``.as_dict()``):

``print_plan(session, include_open=False) -> PrintPlan``
    Before printing: the rows the new pages would take, the rows that wait and why (camera
    not handed in, R17; footage not downloaded, R8; behind a waiting row, R7), the rows the
    sheet for signatures would take, and today's values to write in ink on pages already
    printed. ``.lines()`` in the reader's language, ``.as_dict()``.
``print_new_pages(session, out_path, include_open=False) -> PrintResult``
    Appends the rows not yet printed to the open volume as new pages numbered on from the
    last one (a new volume opens, with front and inner covers, when none is open). Only the
    settled prefix is printed (struck, or handed in and downloaded) so row numbers run on
    paper without gaps; ``include_open=True`` prints every pending row (open ones as at
    issue, like the sheet for signatures). Raises ``RuleViolation`` when there is nothing
    new, naming the first row that waits. Pages are recorded in ``print_pages`` (which rows
    went on which page, never reused) and the print in the audit log ("print"); the
    result's ``waiting`` says why the rows left wait.
``print_morning_sheet(session, out_path) -> PrintResult``
    The sheet for signatures (R5), printed after the morning's issues: every row not yet
    on paper as the next numbered pages of the book, open rows with columns 1–4 (the
    inspector signs column 4 on receipt) and columns 5–8 left for ink. Audit "print" with
    kind "morning".
``close_volume(session, out_path) -> PrintResult``
    The closing page: the next page number, the certification of R7 with the count of
    numbered pages in figures and words (Kazakh and Russian), officer's signature, М.О./М.П.
    The volume is closed for good; the next print opens volume N+1.
``reprint(session, volume, pages | None, out_path, covers=False) -> PrintResult``
    Registered pages again, exactly as first printed, marked ТЕЛНҰСҚА / ДУБЛИКАТ; audit
    "reprint".
``print_range(session, since, until, out_path) -> PrintResult``
    An extract (ҮЗІНДІ / ВЫПИСКА) of the rows received in a period (``date`` or ISO text;
    local days, inclusive); not book pages, not numbered; audit "print".
``blank_book(session | Office(agency, unit_name), pages, out_path) -> PrintResult``
    A blank book: covers, ``pages`` numbered sheets, the last one the closing page.
``verify_page(session, code=None, page=None, volume=None, qr=None) -> PageCheck``
    Checks a paper page against the vault (see ``pagecheck``): ``.ok``, ``.reason`` and the
    rows the page must show. Audit "verify".
``volumes(session) -> list[VolumeInfo]``; ``pending_rows(session)``.

Design: one printed page = one numbered sheet (single-sided); covers are not numbered;
the closing page is the last numbered sheet, so the certification count equals the number
of numbered pages of the volume. Row numbers (column 1) are the electronic journal's and run
on across volumes, so that a correction's "instead of № N" always points at the right row.
A row is frozen as printed: later entries for it (a late download) are written in ink; a
correction made after printing appears as a new row with "Түзетілді" (R7) and the officer
strikes the printed row by hand. An open row goes on paper as it was at issue (columns 1–4
and what it was born with); its page's check code binds only that — the issue entry and the
texts printed — so the values written in ink later never make the page disagree.
"""

from __future__ import annotations

from app.paper.blank import blank_book
from app.paper.layout import Office
from app.paper.output import PrintResult
from app.paper.plan import InkCell, PrintPlan, WaitingRow, print_plan
from app.paper.verify import PageCheck, verify_page
from app.paper.volume import (
    VolumeInfo,
    close_volume,
    pending_rows,
    print_morning_sheet,
    print_new_pages,
    print_range,
    reprint,
    volumes,
)

__all__ = ["InkCell", "Office", "PageCheck", "PrintPlan", "PrintResult", "VolumeInfo",
           "WaitingRow", "blank_book", "close_volume", "pending_rows", "print_morning_sheet",
           "print_new_pages", "print_plan", "print_range", "reprint", "verify_page", "volumes"]
