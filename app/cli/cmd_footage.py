"""Footage and retention commands (R9): ``footage list|mark`` and ``retention
list|hold|unhold|destroy|confirm-date``, over app/model/retention.py as the window uses it."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.cli import argtypes as t
from app.cli.context import Context, tr
from app.cli.parser import command
from app.clock import from_iso
from app.errors import ExitCode
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP
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


RECORDING_ID = QT_TRANSLATE_NOOP("cli", "the recording's number (dalel footage list)")

# How far ahead "soon" may look: a century, as every warning window (app/cli/argtypes.py).
within_days = t.integer(0, t.MAX_DAYS)


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    foot = subs.add_parser(
        "footage",
        help=tr(QT_TRANSLATE_NOOP("cli", "stored recordings: list, change a category (R9)")),
    )
    fs = foot.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(
        fs,
        "list",
        common,
        QT_TRANSLATE_NOOP(
            "cli", "recordings with their category, keep-until date, hold and destruction"
        ),
        footage_list,
    )
    p.add_argument(
        "--camera",
        metavar="NUMBER",
        type=t.short_text,
        help=tr(QT_TRANSLATE_NOOP("cli", "only this camera (inventory number)")),
    )
    p.add_argument(
        "--inspector",
        metavar="NUMBER",
        type=t.short_text,
        help=tr(QT_TRANSLATE_NOOP("cli", "only this inspector (personnel number)")),
    )
    p.add_argument(
        "--category",
        choices=CATEGORIES,
        help=tr(QT_TRANSLATE_NOOP("cli", "only this category (R9)")),
    )
    p.add_argument(
        "--limit",
        type=t.count,
        default=1000,
        help=tr(QT_TRANSLATE_NOOP("cli", "at most this many, the latest first (default 1000)")),
    )
    p = command(
        fs,
        "mark",
        common,
        QT_TRANSLATE_NOOP("cli", "change a recording's category, with the reason (R9)"),
        footage_mark,
    )
    p.add_argument("id", type=t.entry_id, help=tr(RECORDING_ID))
    p.add_argument(
        "category",
        choices=CATEGORIES,
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "ordinary (kept 1 year), offence or inspection (5 years) (R9)"
            )
        ),
    )
    p.add_argument(
        "--reason",
        type=t.long_text,
        help=tr(QT_TRANSLATE_NOOP("cli", "why (required; kept in the audit log)")),
    )

    ret = subs.add_parser(
        "retention",
        help=tr(QT_TRANSLATE_NOOP("cli", "retention terms, holds and destruction of footage (R9)")),
    )
    rs = ret.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = command(
        rs,
        "list",
        common,
        QT_TRANSLATE_NOOP("cli", "recordings past their term or reaching it soon"),
        retention_list,
    )
    p.add_argument(
        "--within",
        type=within_days,
        default=retention.SOON_DAYS,
        metavar="DAYS",
        help=tr(QT_TRANSLATE_NOOP("cli", "how many days ahead count as soon")),
    )
    for name, helptext, func in (
        (
            "hold",
            QT_TRANSLATE_NOOP("cli", "the head puts a recording on legal hold"),
            retention_hold,
        ),
        ("unhold", QT_TRANSLATE_NOOP("cli", "the head lifts a legal hold"), retention_unhold),
    ):
        p = command(rs, name, common, helptext, func)
        p.add_argument("id", type=t.entry_id, help=tr(RECORDING_ID))
        p.add_argument(
            "--reason",
            type=t.long_text,
            help=tr(QT_TRANSLATE_NOOP("cli", "why (required; kept in the audit log)")),
        )
    p = command(
        rs,
        "destroy",
        common,
        QT_TRANSLATE_NOOP(
            "cli", "the head destroys footage past its term (without --approve: what would go)"
        ),
        retention_destroy,
    )
    p.add_argument(
        "--approve",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "destroy it now (the head's session is the approval)")),
    )
    p = command(
        rs,
        "confirm-date",
        common,
        QT_TRANSLATE_NOOP("cli", "the officer confirms today's date after the clock moved"),
        retention_confirm,
    )
    p.add_argument(
        "date",
        type=t.day,
        help=tr(QT_TRANSLATE_NOOP("cli", "today's date from a calendar, YYYY-MM-DD")),
    )


# -- helpers -------------------------------------------------------------------------------
def _local(s: VaultSession, iso: str | None, with_time: bool = True) -> str:
    if not iso:
        return ""
    return s.calendar.local(from_iso(iso)).strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")


def _names(s: VaultSession) -> tuple[dict[int, str], dict[int, str]]:
    reg = s.registers
    return (
        {d.id: d.inventory_no for d in reg.list_devices()},
        {p.id: p.full_name for p in reg.list_staff()},
    )


def _rows(s: VaultSession, status: dict[int, retention.Retention]) -> list[dict[str, Any]]:
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


def _hold_text(row: dict[str, Any]) -> str:
    return (
        tr(QT_TRANSLATE_NOOP("cli", "held: {reason}"), reason=row["hold_reason"] or "")
        if row["held"]
        else ""
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
    ctx.emit(
        rows,
        ctx.table(
            [
                (
                    r["id"],
                    r["camera"] or "",
                    r["inspector"] or "",
                    _local(s, r["recorded_at"]),
                    _local(s, r["downloaded_at"]),
                    word(CATEGORY_WORDS, r["category"]),
                    date.fromisoformat(r["keep_until"]).strftime("%d.%m.%Y"),
                    _hold_text(r),
                    _local(s, r["destroyed_at"]),
                )
                for r in rows
            ],
            [
                "№",
                tr(QT_TRANSLATE_NOOP("cli", "camera")),
                tr(QT_TRANSLATE_NOOP("cli", "inspector")),
                tr(QT_TRANSLATE_NOOP("cli", "recorded")),
                tr(QT_TRANSLATE_NOOP("cli", "downloaded")),
                tr(QT_TRANSLATE_NOOP("cli", "category")),
                tr(QT_TRANSLATE_NOOP("cli", "keep until (R9)")),
                tr(QT_TRANSLATE_NOOP("cli", "hold")),
                tr(QT_TRANSLATE_NOOP("cli", "destroyed")),
            ],
        ),
    )
    return ExitCode.OK


def footage_mark(ctx: Context) -> int:
    s = ctx.session()
    a = ctx.args
    s.footage.mark(a.id, "category", a.category, a.reason)
    r = retention.status(s, a.id)
    ctx.say(
        r.as_dict(retention.today(s)),
        QT_TRANSLATE_NOOP(
            "cli", "Recording {id}: the category is now {category}; kept until {date} (R9)."
        ),
        id=a.id,
        category=word(CATEGORY_WORDS, a.category),
        date=r.keep_until.strftime("%d.%m.%Y"),
    )
    return ExitCode.OK


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
        else [
            ctx.table(
                [
                    (
                        r["id"],
                        r["camera"] or "",
                        r["inspector"] or "",
                        _local(s, r["downloaded_at"]),
                        word(CATEGORY_WORDS, r["category"]),
                        date.fromisoformat(r["keep_until"]).strftime("%d.%m.%Y"),
                        tr(STATE_NAMES[r["state"]])
                        + (f": {r['hold_reason']}" if r["held"] else ""),
                    )
                    for r in rows
                ],
                [
                    "№",
                    tr(QT_TRANSLATE_NOOP("cli", "camera")),
                    tr(QT_TRANSLATE_NOOP("cli", "inspector")),
                    tr(QT_TRANSLATE_NOOP("cli", "downloaded")),
                    tr(QT_TRANSLATE_NOOP("cli", "category")),
                    tr(QT_TRANSLATE_NOOP("cli", "keep until (R9)")),
                    tr(QT_TRANSLATE_NOOP("cli", "state")),
                ],
            )
        ]
    )
    ctx.emit(
        {"today": retention.today(s).isoformat(), "clock": clock.as_dict(), "recordings": rows},
        "\n".join(lines + clock_lines(clock)),
    )
    return ExitCode.OK


def retention_hold(ctx: Context) -> int:
    s = ctx.session()
    retention.hold(s, ctx.args.id, ctx.args.reason)
    ctx.say(
        {"footage_id": ctx.args.id, "held": True},
        QT_TRANSLATE_NOOP(
            "cli", "Recording {id} is on hold: it is not destroyed until the hold is lifted."
        ),
        id=ctx.args.id,
    )
    return ExitCode.OK


def retention_unhold(ctx: Context) -> int:
    s = ctx.session()
    retention.unhold(s, ctx.args.id, ctx.args.reason)
    r = retention.status(s, ctx.args.id)
    ctx.say(
        {"footage_id": ctx.args.id, "held": False},
        QT_TRANSLATE_NOOP(
            "cli", "The hold on recording {id} is lifted; it is kept until {date} (R9)."
        ),
        id=ctx.args.id,
        date=r.keep_until.strftime("%d.%m.%Y"),
    )
    return ExitCode.OK


def retention_destroy(ctx: Context) -> int:
    s = ctx.session()
    retention.require_approver(s)  # the officer's session is refused (R9)
    if ctx.args.approve:
        done = retention.destroy(s)
        ctx.say(
            {
                "destroyed": done.footage_ids,
                "bytes": done.bytes,
                "files_removed": done.files_removed,
            },
            NUMERUS.translate(
                "cli",
                "Destroyed %n recording(s), {mb:.1f} MB; files removed: {files}. What "
                "was destroyed, when and by whose approval is kept in the audit log.",
                None,
                0,
            ),
            n=len(done.footage_ids),
            mb=done.bytes / 1e6,
            files=done.files_removed,
        )
        return ExitCode.OK
    clock = clockwatch.check(s)
    ready = retention.expired(s)
    rows = _rows(s, {r.footage_id: r for r in ready})
    size = sum(r["size"] for r in rows)
    if not rows:
        text = tr(QT_TRANSLATE_NOOP("cli", "Nothing is past its term."))
    else:
        text = ctx.table(
            [
                (
                    r["id"],
                    r["camera"] or "",
                    r["inspector"] or "",
                    _local(s, r["downloaded_at"]),
                    word(CATEGORY_WORDS, r["category"]),
                    date.fromisoformat(r["keep_until"]).strftime("%d.%m.%Y"),
                )
                for r in rows
            ],
            [
                "№",
                tr(QT_TRANSLATE_NOOP("cli", "camera")),
                tr(QT_TRANSLATE_NOOP("cli", "inspector")),
                tr(QT_TRANSLATE_NOOP("cli", "downloaded")),
                tr(QT_TRANSLATE_NOOP("cli", "category")),
                tr(QT_TRANSLATE_NOOP("cli", "keep until (R9)")),
            ],
        )
        text += "\n" + tr(
            NUMERUS.translate(
                "cli",
                "%n recording(s), {mb:.1f} MB would be destroyed. Nothing was done: add "
                "--approve to destroy them.",
                None,
                0,
            ),
            n=len(rows),
            mb=size / 1e6,
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
