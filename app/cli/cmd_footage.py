"""Footage and retention commands (R9): ``footage list|mark`` and ``retention
list|hold|unhold|destroy|confirm-date``, over app/model/retention.py as the window uses it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from app.cli import argtypes as t
from app.cli import headings as h
from app.cli.context import Context, tr
from app.cli.shared_args import AUDIT_REASON, ONLY_CAMERA, ONLY_INSPECTOR, RECORDING
from app.cli.shown import local
from app.cli.spec import Group, add, arg, cmd, flag
from app.errors import ExitCode
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, decimal_text
from app.model import clockwatch, retention
from app.model.footage import CATEGORIES
from app.model.vault import VaultSession
from app.model.words import CATEGORY_WORDS, word

STATE_NAMES = {
    "destroyed": QT_TRANSLATE_NOOP("cli", "destroyed"),
    "held": QT_TRANSLATE_NOOP("cli", "on hold"),
    "expired": QT_TRANSLATE_NOOP("cli", "past its term"),
    "due": QT_TRANSLATE_NOOP("cli", "term ends soon"),
    "kept": QT_TRANSLATE_NOOP("cli", "kept"),
}
HOLD = QT_TRANSLATE_NOOP("cli", "hold")  # the heading of a legal hold's column


# How far ahead "soon" may look: a century, as every warning window (app/cli/argtypes.py).
within_days = t.integer(0, t.MAX_DAYS)


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        Group("footage", QT_TRANSLATE_NOOP(
                "cli", "stored recordings: list, change a category (R9)"), (
            cmd("list", QT_TRANSLATE_NOOP(
                    "cli", "recordings with their category, keep-until date, hold and destruction"),
                footage_list,
                ONLY_CAMERA,
                ONLY_INSPECTOR,
                arg("--category", choices=CATEGORIES,
                    help=QT_TRANSLATE_NOOP("cli", "only this category (R9)")),
                arg("--limit", type=t.count, default=1000, help=QT_TRANSLATE_NOOP(
                    "cli", "at most this many, the latest first (default 1000)"))),
            cmd("mark", QT_TRANSLATE_NOOP(
                    "cli", "change a recording's category, with the reason (R9)"),
                footage_mark,
                RECORDING,
                arg("category", choices=CATEGORIES, help=QT_TRANSLATE_NOOP(
                    "cli", "ordinary (kept 1 year), offence or inspection (5 years) (R9)")),
                AUDIT_REASON),
        )),
        Group("retention", QT_TRANSLATE_NOOP(
                "cli", "retention terms, holds and destruction of footage (R9)"), (
            cmd("list", QT_TRANSLATE_NOOP("cli", "recordings past their term or reaching it soon"),
                retention_list,
                arg("--within", type=within_days, default=retention.SOON_DAYS, metavar="DAYS",
                    help=QT_TRANSLATE_NOOP("cli", "how many days ahead count as soon"))),
            cmd("hold", QT_TRANSLATE_NOOP("cli", "the head puts a recording on legal hold"),
                retention_hold, RECORDING, AUDIT_REASON),
            cmd("unhold", QT_TRANSLATE_NOOP("cli", "the head lifts a legal hold"),
                retention_unhold, RECORDING, AUDIT_REASON),
            cmd("destroy", QT_TRANSLATE_NOOP(
                    "cli",
                    "the head destroys footage past its term (without --approve: what would go)"),
                retention_destroy,
                flag("--approve", help=QT_TRANSLATE_NOOP(
                    "cli", "destroy it now (the head's session is the approval)"))),
            cmd("confirm-date", QT_TRANSLATE_NOOP(
                    "cli", "the officer confirms today's date after the clock moved"),
                retention_confirm,
                arg("date", type=t.day, help=QT_TRANSLATE_NOOP(
                    "cli", "today's date from a calendar, YYYY-MM-DD"))),
        )),
    ))


# -- helpers -------------------------------------------------------------------------------
def _names(s: VaultSession) -> tuple[dict[int, str], dict[int, str]]:
    reg = s.registers
    return (
        {d.id: d.inventory_no for d in reg.list_devices()},
        {p.id: p.full_name for p in reg.list_staff()},
    )


Row = dict[str, Any]


def _rows(s: VaultSession, status: dict[int, retention.Retention]) -> list[Row]:
    """One dict per recording, in the order given."""
    cams, people = _names(s)
    out = []
    day = retention.today(s)
    found = s.footage.get_many(status)
    for fid, r in status.items():
        f = found[fid]
        out.append(
            {
                "id": fid,
                "camera": cams.get(f.camera_id or 0),
                "inspector": people.get(f.inspector_id or 0),
                "recorded_at": f.started_at,
                "downloaded_at": f.downloaded_at,
                "source_name": f.source_name,
                "size": f.size,
                **r.as_dict(day),
            }
        )
    return out


def _hold_text(row: Row) -> str:
    return (
        tr(QT_TRANSLATE_NOOP("cli", "held: {reason}"), reason=row["hold_reason"] or "")
        if row["held"]
        else ""
    )


def _state_text(row: Row) -> str:
    return tr(STATE_NAMES[row["state"]]) + (f": {row['hold_reason']}" if row["held"] else "")


# The columns of the recordings' tables: each heading and how a row (``_rows``) shows it.
COLUMNS: dict[str, Callable[[VaultSession, Row], Any]] = {
    h.NUMBER: lambda s, r: r["id"],
    h.CAMERA: lambda s, r: r["camera"] or "",
    h.INSPECTOR: lambda s, r: r["inspector"] or "",
    h.RECORDED: lambda s, r: local(s, r["recorded_at"]),
    h.DOWNLOADED: lambda s, r: local(s, r["downloaded_at"]),
    h.CATEGORY: lambda s, r: word(CATEGORY_WORDS, r["category"]),
    h.KEEP_UNTIL: lambda s, r: date.fromisoformat(r["keep_until"]).strftime("%d.%m.%Y"),
    HOLD: lambda s, r: _hold_text(r),
    h.DESTROYED: lambda s, r: local(s, r["destroyed_at"]),
    h.STATE: lambda s, r: _state_text(r),
}
# What each listing shows: every recording; those near their term; those past it.
LISTED = (h.NUMBER, h.CAMERA, h.INSPECTOR, h.RECORDED, h.DOWNLOADED, h.CATEGORY, h.KEEP_UNTIL,
          HOLD, h.DESTROYED)
PAST_TERM = (h.NUMBER, h.CAMERA, h.INSPECTOR, h.DOWNLOADED, h.CATEGORY, h.KEEP_UNTIL)
NEAR_TERM = (*PAST_TERM, h.STATE)


def _table(ctx: Context, s: VaultSession, rows: list[Row], headings: tuple[str, ...]) -> str:
    return ctx.marked_table(
        [[COLUMNS[heading](s, r) for heading in headings] for r in rows], headings
    )


def clock_lines(state: clockwatch.ClockState) -> list[str]:
    lines = []
    for j in state.pending:
        text = (
            QT_TRANSLATE_NOOP("cli", "The clock moved BACK from {before} to {after}.")
            if j.kind == "back"
            else QT_TRANSLATE_NOOP("cli", "The clock moved FORWARD from {before} to {after}.")
        )
        lines.append(
            tr(text, before=j.before[:16].replace("T", " "), after=j.after[:16].replace("T", " "))
        )
    if lines:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Nothing is destroyed until the officer confirms today's date: "
                    "dalel retention confirm-date YYYY-MM-DD",
                )
            )
        )
    return lines


# -- footage -------------------------------------------------------------------------------
def footage_list(ctx: Context) -> int:
    s = ctx.session()
    a = ctx.args
    camera = s.registers.find_device(a.camera, "camera").id if a.camera else None
    inspector = s.registers.find_staff(a.inspector).id if a.inspector else None
    found = s.footage.search(
        inspector_id=inspector, camera_id=camera, category=a.category, limit=a.limit
    )
    status = retention.statuses(s, [f.id for f in found])
    rows = _rows(s, {f.id: status[f.id] for f in found})
    ctx.emit(rows, _table(ctx, s, rows, LISTED))
    return ExitCode.OK


def footage_mark(ctx: Context) -> int:
    s = ctx.session()
    a = ctx.args
    s.footage.mark(a.id, "category", a.category, a.reason)
    r = retention.status(s, a.id)
    return ctx.say(
        r.as_dict(retention.today(s)),
        QT_TRANSLATE_NOOP(
            "cli", "Recording {id}: the category is now {category}; kept until {date} (R9)."
        ),
        id=a.id,
        category=word(CATEGORY_WORDS, a.category),
        date=r.keep_until.strftime("%d.%m.%Y"),
    )


# -- retention -----------------------------------------------------------------------------
def retention_list(ctx: Context) -> int:
    s = ctx.session()
    clock = clockwatch.check(s)
    found = retention.due(s, ctx.args.within)
    rows = _rows(s, {r.footage_id: r for r in found})
    lines = (
        [
            tr(
                QT_TRANSLATE_NOOP("cli", "Nothing reaches the end of its term within {n} days."),
                n=ctx.args.within,
            )
        ]
        if not rows
        else [_table(ctx, s, rows, NEAR_TERM)]
    )
    ctx.emit(
        {"today": retention.today(s).isoformat(), "clock": clock.as_dict(), "recordings": rows},
        "\n".join(lines + clock_lines(clock)),
    )
    return ExitCode.OK


def retention_hold(ctx: Context) -> int:
    s = ctx.session()
    retention.hold(s, ctx.args.id, ctx.args.reason)
    return ctx.say(
        {"footage_id": ctx.args.id, "held": True},
        QT_TRANSLATE_NOOP(
            "cli", "Recording {id} is on hold: it is not destroyed until the hold is lifted."
        ),
        id=ctx.args.id,
    )


def retention_unhold(ctx: Context) -> int:
    s = ctx.session()
    retention.unhold(s, ctx.args.id, ctx.args.reason)
    r = retention.status(s, ctx.args.id)
    return ctx.say(
        {"footage_id": ctx.args.id, "held": False},
        QT_TRANSLATE_NOOP(
            "cli", "The hold on recording {id} is lifted; it is kept until {date} (R9)."
        ),
        id=ctx.args.id,
        date=r.keep_until.strftime("%d.%m.%Y"),
    )


def retention_destroy(ctx: Context) -> int:
    s = ctx.session()
    retention.require_approver(s)  # the officer's session is refused (R9)
    if ctx.args.approve:
        done = retention.destroy(s)
        return ctx.say(
            {
                "destroyed": done.footage_ids,
                "bytes": done.bytes,
                "files_removed": done.files_removed,
            },
            NUMERUS.translate(
                "cli",
                "Destroyed %n recording(s), {mb} MB; files removed: {files}. What "
                "was destroyed, when and by whose approval is kept in the audit log.",
                None,
                0,
            ),
            n=len(done.footage_ids),
            mb=decimal_text(done.bytes / 1e6),
            files=done.files_removed,
        )
    clock = clockwatch.check(s)
    ready = retention.expired(s)
    rows = _rows(s, {r.footage_id: r for r in ready})
    size = sum(r["size"] for r in rows)
    if not rows:
        text = tr(QT_TRANSLATE_NOOP("cli", "Nothing is past its term."))
    else:
        text = _table(ctx, s, rows, PAST_TERM)
        text += "\n" + tr(
            NUMERUS.translate(
                "cli",
                "%n recording(s), {mb} MB would be destroyed. Nothing was done: add "
                "--approve to destroy them.",
                None,
                0,
            ),
            n=len(rows),
            mb=decimal_text(size / 1e6),
        )
    lines = [text, *clock_lines(clock)]
    ctx.emit({"would_destroy": rows, "bytes": size, "clock": clock.as_dict()}, "\n".join(lines))
    return ExitCode.NOT_CONFIRMED if rows else ExitCode.OK


def retention_confirm(ctx: Context) -> int:
    s = ctx.session()
    seq = clockwatch.confirm(s, ctx.args.date)
    if seq is None:
        text = tr(QT_TRANSLATE_NOOP("cli", "The clock has not moved; there is nothing to confirm."))
    else:
        text = tr(
            QT_TRANSLATE_NOOP("cli", "Today's date {date} is confirmed and recorded."),
            date=ctx.args.date.strftime("%d.%m.%Y"),
        )
    ctx.emit({"confirmed": seq is not None, "audit_seq": seq}, text)
    return ExitCode.OK
