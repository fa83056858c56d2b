"""The journal as it is read: ``dalel journal`` (the 8 official columns, R18), ``dalel
entries`` (the electronic journal's entries, in words and local time) and ``dalel
deadlines`` (R8, R17). Issue, return, remarks and corrections are in app/cli/cmd_custody.py."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from typing import Any

from app.cli import headings as h
from app.cli.context import Context, tr
from app.cli.shared_args import ONLY_CAMERA, ONLY_INSPECTOR
from app.cli.shown import entry_rows
from app.cli.spec import Period, add, arg, cmd
from app.clock import to_iso
from app.i18n import QT_TRANSLATE_NOOP, language
from app.model.deadlines import deadlines
from app.model.journal import KINDS
from app.model.journal_rows import build_rows, remark_text
from app.model.vault import VaultSession


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        cmd("journal", QT_TRANSLATE_NOOP("cli", "the journal in its 8 official columns (R18)"),
            cmd_journal,
            Period("--from", "--to"),
            ONLY_INSPECTOR.but(metavar=None),
            ONLY_CAMERA.but(metavar=None),
            arg("--paper-lang", choices=("kk", "ru"), help=QT_TRANSLATE_NOOP(
                "cli", "language of the Remarks wording (default: Russian with --lang ru, else "
                       "Kazakh)"))),
        cmd("entries", QT_TRANSLATE_NOOP("cli", "raw journal entries with their hashes"),
            cmd_entries,
            arg("--kind", choices=KINDS, help=QT_TRANSLATE_NOOP(
                "cli", "only entries of this kind (as --json names it)"))),
        cmd("deadlines", QT_TRANSLATE_NOOP(
                "cli", "cameras not back (R17) and footage not downloaded (R8)"),
            cmd_deadlines),
    ))


def _day_bound(s: VaultSession, day: date | None, end: bool) -> str | None:
    if day is None:
        return None
    if end:
        day += timedelta(days=1)
    return to_iso(datetime.combine(day, time(0), s.calendar.tz))


def _fmt(value: datetime | None) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


def cmd_journal(ctx: Context) -> int:
    s = ctx.session()
    a = ctx.args
    # The Remarks in the user's language when that is one the orders word them in (R22).
    paper_lang = a.paper_lang or ("ru" if language() == "ru" else "kk")
    rows = build_rows(s, _day_bound(s, a.since, False), _day_bound(s, a.until, True))
    if a.inspector:
        pid = s.registers.find_staff(a.inspector).id
        rows = [r for r in rows if r.inspector_id == pid]
    if a.camera:
        cid = s.registers.find_device(a.camera, "camera").id
        rows = [r for r in rows if r.camera_id == cid]
    s.audit.record("view", s.role, s.actor_id, what="journal", rows=len(rows))
    table = ctx.marked_table(
        [
            (
                (f"~{r.number}~" if r.struck else r.number),
                r.inventory,
                r.inspector,
                _fmt(r.received_at),
                _fmt(r.handed_in_at),
                _fmt(r.downloaded_at),
                r.officer,
                "; ".join(remark_text(m, paper_lang) for m in r.remarks),
            )
            for r in rows
        ],
        (
            h.NUMBER,
            h.INVENTORY,
            h.INSPECTOR,
            QT_TRANSLATE_NOOP("cli", "received"),
            QT_TRANSLATE_NOOP("cli", "handed in"),
            h.DOWNLOADED,
            QT_TRANSLATE_NOOP("cli", "officer"),
            QT_TRANSLATE_NOOP("cli", "remarks"),
        ),
    )
    if any(r.struck for r in rows):
        table += "\n" + tr(QT_TRANSLATE_NOOP("cli", "~N~ = struck through by a correction (R7)"))
    ctx.emit([r.as_dict() for r in rows], table)
    return 0


def cmd_entries(ctx: Context) -> int:
    s = ctx.session()
    entries = s.journal.entries(kind=ctx.args.kind)
    rows, headers = entry_rows(s, entries)
    ctx.emit([asdict(e) for e in entries], ctx.table(rows, headers))
    return 0


def cmd_deadlines(ctx: Context) -> int:
    items = deadlines(ctx.session())
    overdue = tr(QT_TRANSLATE_NOOP("cli", "OVERDUE"))
    ctx.emit_table(
        [d.as_dict() for d in items],
        [
            (
                d.rule,
                d.camera,
                d.inspector,
                _fmt(d.since),
                _fmt(d.due) + (f"  {overdue}" if d.overdue else ""),
            )
            for d in items
        ],
        (
            QT_TRANSLATE_NOOP("cli", "rule"),
            h.CAMERA,
            h.INSPECTOR,
            QT_TRANSLATE_NOOP("cli", "since"),
            QT_TRANSLATE_NOOP("cli", "due"),
        ),
        empty=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Nothing is due: no camera is out (R17) and no footage handed in waits to "
                "be downloaded (R8).",
            )
        ),
    )
    return 0
