"""``dalel print ...``: the journal on paper (R7, R18, R22).

dalel print pages OUT.pdf [--all]          new rows as new numbered pages of the volume
dalel print pages --dry-run                what would print, why rows wait, what to ink
dalel print morning OUT.pdf [--dry-run]    the sheet for signatures (R5): rows issued so
                                           far, columns 5–8 left for ink
dalel print close OUT.pdf                  closing page with the certification; close
dalel print reprint OUT.pdf --volume V [--pages 1-3,7] [--covers]   ТЕЛНҰСҚА / ДУБЛИКАТ
dalel print range OUT.pdf [--since D] [--until D]                    an extract
dalel print blank OUT.pdf --pages N [--agency A --unit-name U]       a blank book
dalel print volumes                        volumes and their pages
dalel print verify-page [CODE] [--qr TEXT] [--page N] [--volume V]  exit 0 only if true
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import argtypes as t
from app.cli import headings as h
from app.cli.context import Context, tr
from app.cli.shown import local
from app.cli.spec import Group, Period, add, arg, cmd, flag
from app.errors import ExitCode, InvalidInput
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP
from app.model.settings import AGENCIES
from app.model.words import PRINT_KIND_WORDS, word
from app.paper.blank import MAX_PAGES

# The file a print writes; ``pages`` and ``morning`` may do without it (--dry-run).
PDF = arg("out", type=t.out_file, help=QT_TRANSLATE_NOOP("cli", "PDF file to write"))
PDF_OR_DRY_RUN = PDF.but(nargs="?")


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        Group("print", QT_TRANSLATE_NOOP(
                "cli",
                "the journal on paper: pages, closing page, "
                "reprints, blank book, page check (R7, R18)",
            ), (
            cmd("pages", QT_TRANSLATE_NOOP(
                    "cli", "print the rows not yet printed as new numbered pages"),
                cmd_pages,
                PDF_OR_DRY_RUN,
                flag("--all", help=QT_TRANSLATE_NOOP(
                    "cli", "also rows whose camera is still out or not yet downloaded")),
                flag("--dry-run", help=QT_TRANSLATE_NOOP(
                    "cli",
                    "print nothing: say which rows would print, why the others wait, and "
                    "what to write in ink today"))),
            cmd("morning", QT_TRANSLATE_NOOP(
                    "cli",
                    "the sheet for signatures (R5): the rows issued so far as new numbered "
                    "pages, columns 5–8 left for ink"),
                cmd_morning,
                PDF_OR_DRY_RUN,
                flag("--dry-run", help=QT_TRANSLATE_NOOP(
                    "cli", "print nothing: say which rows the sheet would take"))),
            cmd("close", QT_TRANSLATE_NOOP(
                    "cli", "close the volume: the closing page with the page count (R7)"),
                cmd_close,
                PDF),
            cmd("reprint", QT_TRANSLATE_NOOP(
                    "cli", "print pages again, marked as a duplicate (logged)"),
                cmd_reprint,
                PDF,
                arg("--volume", type=t.entry_id, required=True,
                    help=QT_TRANSLATE_NOOP("cli", "the volume's number")),
                arg("--pages", type=t.short_text, help=QT_TRANSLATE_NOOP(
                    "cli", "e.g. 1-3,7 (default: the whole volume)")),
                flag("--covers", help=QT_TRANSLATE_NOOP("cli", "the covers too"))),
            cmd("range", QT_TRANSLATE_NOOP(
                    "cli", "an extract of the journal for a period (not book pages)"),
                cmd_range,
                PDF,
                Period("--since", "--until")),
            cmd("blank", QT_TRANSLATE_NOOP(
                    "cli", "a blank pre-numbered book in the official form"),
                cmd_blank,
                PDF,
                arg("--pages", type=t.integer(2, MAX_PAGES), required=True,
                    help=QT_TRANSLATE_NOOP(
                        "cli", "numbered pages in all, the closing page included")),
                arg("--agency", choices=AGENCIES, help=QT_TRANSLATE_NOOP(
                    "cli", "print without opening the vault, for this agency's form")),
                arg("--unit-name", type=t.short_text, default="",
                    help=QT_TRANSLATE_NOOP("cli", "the territorial unit's name"))),
            cmd("volumes", QT_TRANSLATE_NOOP("cli", "the volumes and their pages"), cmd_volumes),
            cmd("verify-page", QT_TRANSLATE_NOOP(
                    "cli", "check a paper page against the vault (exit 0 only if true)"),
                cmd_verify_page,
                arg("code", nargs="?", type=t.code_text,
                    help=QT_TRANSLATE_NOOP("cli", "the check code printed on the page")),
                arg("--qr", type=t.code_text,
                    help=QT_TRANSLATE_NOOP("cli", "the text of the page's QR code")),
                arg("--page", type=t.entry_id,
                    help=QT_TRANSLATE_NOOP("cli", "the page number printed on the page")),
                arg("--volume", type=t.entry_id,
                    help=QT_TRANSLATE_NOOP("cli", "the volume number printed on the page"))),
        ), dest="print_command"),
    ))


def _page(text: str) -> int:
    """A page number of a volume: 1 to the longest book (``int`` alone takes ``1_0``)."""
    text = text.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 6 and 1 <= int(text) <= MAX_PAGES):
        raise ValueError(text)
    return int(text)


def parse_pages(text: str) -> list[int]:
    out: set[int] = set()
    try:
        for part in text.split(","):
            part = part.strip()
            if not part:
                continue
            if "-" in part:
                a, b = (_page(x) for x in part.split("-", 1))
                if b < a:
                    raise ValueError
                out.update(range(a, b + 1))
            else:
                out.add(_page(part))
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("cli", "Pages look like 1-3,7.")) from None
    return sorted(out)


def _runs(numbers: list[int]) -> str:
    """1, 2, 3, 7 as "1–3, 7"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _report(ctx: Context, result: Any) -> None:
    """One line for a print made: the file, what it holds (in words), the volume, the
    page numbers, and the sheets of the PDF (the covers and duplicates included)."""
    d = result.as_dict()
    pages = d["pages"]
    sheets = tr(NUMERUS.translate("cli", "%n sheet(s) in the PDF", None, 0), n=d["pdf_pages"])
    numbers = (
        tr(QT_TRANSLATE_NOOP("cli", "page {pages}"), pages=_runs(pages))
        if len(pages) == 1
        else tr(QT_TRANSLATE_NOOP("cli", "pages {pages}"), pages=_runs(pages))
    )
    kind = word(PRINT_KIND_WORDS, d["kind"])
    if d["volume"] and pages:
        text = tr(
            QT_TRANSLATE_NOOP("cli", "{path}: {kind}, volume {volume}, {pages} ({sheets})."),
            path=d["path"],
            kind=kind,
            volume=d["volume"],
            pages=numbers,
            sheets=sheets,
        )
    elif pages:
        text = tr(
            QT_TRANSLATE_NOOP("cli", "{path}: {kind}, {pages} ({sheets})."),
            path=d["path"],
            kind=kind,
            pages=numbers,
            sheets=sheets,
        )
    else:
        text = tr(
            QT_TRANSLATE_NOOP("cli", "{path}: {kind} ({sheets})."),
            path=d["path"],
            kind=kind,
            sheets=sheets,
        )
    ctx.emit(d, text)


def _out(ctx: Context) -> str:
    if not ctx.args.out:
        raise InvalidInput(QT_TRANSLATE_NOOP("cli", "Give the PDF file to write, or --dry-run."))
    return str(ctx.args.out)


def _rows_line(result: Any) -> str:
    if not result.rows:
        return ""
    rows = (
        f"{result.first_row}–{result.last_row}"
        if result.last_row != result.first_row
        else str(result.first_row)
    )
    return tr(
        QT_TRANSLATE_NOOP("cli", "Rows № {rows} printed ({n} in all)."), rows=rows, n=result.rows
    )


def cmd_pages(ctx: Context) -> int:
    from app.paper import print_new_pages, print_plan

    if ctx.args.dry_run:
        plan = print_plan(ctx.session(), include_open=ctx.args.all)
        ctx.emit(plan.as_dict(), "\n".join(plan.lines()))
        return 0
    out = _out(ctx)
    result = print_new_pages(ctx.session(), out, include_open=ctx.args.all)
    _report(ctx, result)
    if not ctx.json:
        lines = [_rows_line(result)]
        if result.waiting:
            lines.append(tr(QT_TRANSLATE_NOOP("cli", "Rows waiting ({n}):"), n=len(result.waiting)))
            lines += [f"  {w['text']}" for w in result.waiting]
        print("\n".join(line for line in lines if line))
    return 0


def cmd_morning(ctx: Context) -> int:
    from app.paper import print_morning_sheet, print_plan

    if ctx.args.dry_run:
        plan = print_plan(ctx.session(), include_open=True)
        ctx.emit(plan.as_dict(), "\n".join(plan.sheet_lines()))
        return 0
    out = _out(ctx)
    result = print_morning_sheet(ctx.session(), out)
    _report(ctx, result)
    if not ctx.json:
        lines = [_rows_line(result)]
        if result.open_rows:
            lines.append(
                tr(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Open rows printed as at issue: № {rows}. The inspectors sign column 4 "
                        "now; columns 5–8 are written in ink later (dalel print pages --dry-run "
                        "lists the values each day).",
                    ),
                    rows=", ".join(map(str, result.open_rows)),
                )
            )
        print("\n".join(line for line in lines if line))
    return 0


def cmd_close(ctx: Context) -> int:
    from app.paper import close_volume

    _report(ctx, close_volume(ctx.session(), ctx.args.out))
    return 0


def cmd_reprint(ctx: Context) -> int:
    from app.paper import reprint

    pages = parse_pages(ctx.args.pages) if ctx.args.pages else None
    _report(
        ctx, reprint(ctx.session(), ctx.args.volume, pages, ctx.args.out, covers=ctx.args.covers)
    )
    return 0


def cmd_range(ctx: Context) -> int:
    from app.paper import print_range

    _report(ctx, print_range(ctx.session(), ctx.args.since, ctx.args.until, ctx.args.out))
    return 0


def cmd_blank(ctx: Context) -> int:
    from app.paper import Office, blank_book

    source: Any = Office(ctx.args.agency, ctx.args.unit_name) if ctx.args.agency else ctx.session()
    _report(ctx, blank_book(source, ctx.args.pages, ctx.args.out))
    return 0


def cmd_volumes(ctx: Context) -> int:
    from app.paper import pending_rows, volumes

    session = ctx.session()
    vols = volumes(session)
    pending = len(pending_rows(session))
    data = {"volumes": [v.as_dict() for v in vols], "pending_rows": pending}
    closed = tr(QT_TRANSLATE_NOOP("cli", "closed"))
    still_open = tr(QT_TRANSLATE_NOOP("cli", "open"))
    text = ctx.marked_table(
        [
            (
                v.volume,
                local(session, v.opened_at),
                local(session, v.closed_at),
                v.pages,
                closed if v.closed else still_open,
            )
            for v in vols
        ],
        (h.VOLUME, QT_TRANSLATE_NOOP("cli", "opened"), h.CLOSED,
         QT_TRANSLATE_NOOP("cli", "pages"), h.STATE),
    )
    ctx.emit(
        data, text + "\n" + tr(QT_TRANSLATE_NOOP("cli", "Rows ready to print: {n}"), n=pending)
    )
    return 0


def cmd_verify_page(ctx: Context) -> int:
    from app.paper import verify_page

    if not ctx.args.code and not ctx.args.qr:
        raise InvalidInput(QT_TRANSLATE_NOOP("cli", "Give the page's check code or --qr."))
    check = verify_page(
        ctx.session(), ctx.args.code, page=ctx.args.page, volume=ctx.args.volume, qr=ctx.args.qr
    )
    lines = [
        (
            tr(QT_TRANSLATE_NOOP("cli", "TRUE PAGE"))
            if check.ok
            else tr(QT_TRANSLATE_NOOP("cli", "REJECTED"))
        )
        + f": {check.reason}"  # a Phrase: in the user's language
    ]
    if check.ok:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP("cli", "Volume {v}, page {p}, printed {at}."),
                v=check.volume,
                p=check.page_no,
                at=local(ctx.session(), check.printed_at),
            )
        )
        struck = tr(QT_TRANSLATE_NOOP("cli", "struck"))
        for r in check.rows:
            mark = f" ({struck})" if r["struck"] else ""
            lines.append(f"  № {r['number']}{mark}: " + " | ".join(c for c in r["cells"] if c))
    ctx.emit(check.as_dict(), "\n".join(lines))
    return ExitCode.OK if check.ok else ExitCode.PAGE_REJECTED
