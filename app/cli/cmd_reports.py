"""Reports for the head (issue 14, item 6): ``dalel report month|recording|audit``, printed as
a table, or saved as PDF, CSV or XLSX with ``--out FILE`` (the format from its name). Each
saved report is recorded in the audit log as an export (it carries personal data)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.cli import argtypes as t
from app.cli.context import Context
from app.cli.shared_args import RECORDING
from app.cli.spec import Group, Period, add, arg, cmd
from app.clock import to_iso
from app.i18n import QT_TRANSLATE_NOOP, language
from app.reports import export
from app.reports.history import recording_history
from app.reports.month import month_report, parse_month
from app.reports.tables import Table, audit_table, history_table, month_table

# Where a report is saved; without it the report is printed as a table.
OUT = arg("--out", metavar="FILE", type=t.out_file,
          help=QT_TRANSLATE_NOOP("cli", "save to FILE (.pdf, .csv or .xlsx)"))


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        Group("report", QT_TRANSLATE_NOOP(
                "cli", "reports for the head: month, recording, audit log (PDF, CSV, XLSX)"), (
            cmd("month", QT_TRANSLATE_NOOP(
                    "cli",
                    "per inspector: days on duty, recordings and hours, late returns (R17), late "
                    "downloads (R8), unexplained gaps (R13), copies released"),
                cmd_month,
                arg("month", nargs="?", type=t.text(),
                    help=QT_TRANSLATE_NOOP("cli", "YYYY-MM (default: the current month)")),
                OUT),
            cmd("recording", QT_TRANSLATE_NOOP(
                    "cli", "the chain of custody of one recording, from download to today"),
                cmd_recording,
                RECORDING.but(metavar="ID"),
                OUT),
            cmd("audit", QT_TRANSLATE_NOOP("cli", "the audit log for a span of days"),
                cmd_audit_export,
                Period("--from", "--to"),
                OUT),
        ), metavar="REPORT"),
    ))


def _deliver(ctx: Context, table: Table, data: Any, what: str, **detail: Any) -> int:
    out = Path(ctx.args.out) if ctx.args.out else None
    if out is None:
        ctx.emit(data, f"{table.title}\n{ctx.table(table.shown_rows(), table.headers)}")
        return 0
    kind = export.save(ctx.session(), table, out, what, **detail)
    return ctx.say(
        {"file": str(out), "format": kind, "rows": len(table.rows)},
        QT_TRANSLATE_NOOP("cli", "Saved {file} ({n} rows)."),
        file=str(out),
        n=len(table.rows),
    )


def cmd_month(ctx: Context) -> int:
    s = ctx.session()
    if ctx.args.month:
        year, month = parse_month(ctx.args.month)
    else:
        today = s.calendar.local(s.clock.now()).date()
        year, month = today.year, today.month
    rep = month_report(s, year, month)
    table = month_table(s, rep, language())
    data = {
        "month": rep.label,
        "made_at": rep.made_at,
        "inspectors": [{k: v for k, v in asdict(r).items() if k != "duty_days"} for r in rep.rows],
    }
    return _deliver(ctx, table, data, "report_month", month=rep.label)


def cmd_recording(ctx: Context) -> int:
    s = ctx.session()
    hist = recording_history(s, ctx.args.id, language())
    table = history_table(s, hist, language())
    data = {
        "footage_id": hist.footage.id,
        "sha256": hist.footage.sha256,
        "events": [
            {
                "at": e.at,
                "action": e.action,
                "who": e.actor,
                "detail": e.detail,
                "source": e.source,
                "seq": e.seq,
            }
            for e in hist.events
        ],
    }
    return _deliver(ctx, table, data, "report_recording", footage_id=hist.footage.id)


def cmd_audit_export(ctx: Context) -> int:
    s = ctx.session()
    tz = s.calendar.tz
    since: date | None = ctx.args.since
    until: date | None = ctx.args.until
    since_iso = to_iso(datetime.combine(since, time(0), tz)) if since else None
    until_iso = to_iso(datetime.combine(until + timedelta(days=1), time(0), tz)) if until else None
    entries = [e for e in s.audit.entries(since=since_iso) if until_iso is None or e.at < until_iso]
    period = " — ".join(d.strftime("%d.%m.%Y") for d in (since, until) if d)
    table = audit_table(s, entries, language(), period)
    data = [e.__dict__ for e in entries]
    return _deliver(
        ctx,
        table,
        data,
        "report_audit",
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
    )
