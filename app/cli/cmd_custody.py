"""Custody commands: issue, return, remarks, malfunction and replacement, corrections (the
journal, its entries and the deadlines are read with app/cli/cmd_journal.py)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from app.cli import argtypes as t
from app.cli.context import Context
from app.cli.shared_args import CAMERA, CARD, SEAL
from app.cli.spec import add, arg, cmd, flag
from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP
from app.model.custody import Checklist, CustodyPeriod

CHECKS = ("working", "battery", "datetime", "quality", "badge")


CHECKED = arg(
    "--checked", type=t.short_text, default="", words={"names": ",".join(CHECKS)},
    help=QT_TRANSLATE_NOOP("cli", "pre-use checks done, comma-separated: {names}, or 'all'"))
# What an issue and a replacement's issue share (R6, R11, R19).
ISSUE_OPTIONS = (
    CARD,
    SEAL,
    CHECKED,
    arg("--battery-percent", type=t.percent, help=QT_TRANSLATE_NOOP(
        "cli", "the battery's charge at issue, in per cent (R11)")),
    flag("--battery-override", help=QT_TRANSLATE_NOOP(
        "cli", "issue below the office's lowest charge (journalled)")),
    arg("--past-life-reason", metavar="TEXT", type=t.text(t.LONG_TEXT), help=QT_TRANSLATE_NOOP(
        "cli", "why a camera past its 7-year service life still goes out (R19, journalled)")),
    flag("--password-changed", help=QT_TRANSLATE_NOOP(
        "cli", "confirm that a camera registered with its factory password now has its own "
               "(journalled)")),
)


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        cmd("issue", QT_TRANSLATE_NOOP(
                "cli", "issue a camera (and card) to an inspector (R5, R6, R11, R12)"),
            cmd_issue,
            arg("inspector", type=t.short_text,
                help=QT_TRANSLATE_NOOP("cli", "personnel number")),
            CAMERA,
            *ISSUE_OPTIONS,
            arg("--replaces", type=t.entry_id, metavar="ENTRY", help=QT_TRANSLATE_NOOP(
                "cli", "issue entry of the failed camera this one replaces (R16)"))),
        cmd("return", QT_TRANSLATE_NOOP("cli", "take a camera back (R17)"), cmd_return,
            CAMERA,
            flag("--faulty", default=None, help=QT_TRANSLATE_NOOP(
                "cli", "the camera came back faulty (it is not issued again)"))),
        cmd("remark", QT_TRANSLATE_NOOP("cli", "meal break (R15) or a note, in Remarks"),
            cmd_remark,
            arg("camera", type=t.short_text, help=QT_TRANSLATE_NOOP(
                "cli", "inventory number of the camera that is out")),
            arg("type", choices=("meal-pause", "meal-resume", "note"), help=QT_TRANSLATE_NOOP(
                "cli", "meal-pause and meal-resume: the meal break (R15); note: a remark")),
            arg("text", nargs="?", type=t.long_text, default="", help=QT_TRANSLATE_NOOP(
                "cli", "the remark's text (for a note)"))),
        cmd("malfunction", QT_TRANSLATE_NOOP(
                "cli", "record a failed camera or card: cause and time reported (R16)"),
            cmd_malfunction,
            CAMERA,
            arg("cause", type=t.long_text,
                help=QT_TRANSLATE_NOOP("cli", "what failed, in words"))),
        cmd("replace", QT_TRANSLATE_NOOP("cli", "issue a replacement for a failed camera (R16)"),
            cmd_replace,
            arg("failed_camera", type=t.short_text, help=QT_TRANSLATE_NOOP(
                "cli", "inventory number of the camera that failed")),
            arg("camera", type=t.short_text, help=QT_TRANSLATE_NOOP(
                "cli", "inventory number of the camera issued instead")),
            *ISSUE_OPTIONS),
        cmd("correct", QT_TRANSLATE_NOOP("cli", "strike an entry and write the right one (R7)"),
            cmd_correct,
            arg("entry", type=t.entry_id, help=QT_TRANSLATE_NOOP("cli", "journal entry number")),
            arg("--reason", type=t.long_text, required=True, help=QT_TRANSLATE_NOOP(
                "cli", "why the entry is corrected (written in Remarks, R7)")),
            arg("--inspector", type=t.short_text, help=QT_TRANSLATE_NOOP(
                "cli", "the right inspector (personnel number)")),
            arg("--camera", type=t.short_text, help=QT_TRANSLATE_NOOP(
                "cli", "the right camera (inventory number)")),
            arg("--card", type=t.short_text, help=QT_TRANSLATE_NOOP(
                "cli", "the right memory card (inventory number)")),
            arg("--seal", type=t.short_text,
                help=QT_TRANSLATE_NOOP("cli", "the right seal number")),
            arg("--text", type=t.long_text,
                help=QT_TRANSLATE_NOOP("cli", "a remark's right text")),
            flag("--void", help=QT_TRANSLATE_NOOP("cli", "strike a return made by mistake")),
            flag("--restore", help=QT_TRANSLATE_NOOP(
                "cli", "correct the striking of a return: the return stands again (R7)"))),
    ))


def checklist(text: str, battery: int | None) -> Checklist:
    names = {n.strip() for n in text.split(",") if n.strip()}
    if names == {"all"}:
        names = set(CHECKS)
    unknown = names - set(CHECKS)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("cli", "Unknown check {names}; use: {choices}."),
            names=", ".join(sorted(unknown)),
            choices=", ".join(CHECKS),
        )
    return Checklist(
        "working" in names,
        "battery" in names,
        "datetime" in names,
        "quality" in names,
        "badge" in names,
        battery,
    )


def _issue_options(a: argparse.Namespace) -> dict[str, Any]:
    """What ``ISSUE_OPTIONS`` gave, as an issue and a replacement's issue take it."""
    return dict(
        checklist=checklist(a.checked, a.battery_percent),
        card=a.card,
        seal=a.seal,
        battery_override=a.battery_override,
        past_life_reason=a.past_life_reason,
        password_changed=a.password_changed,
    )


def _period_dict(ctx: Context, p: CustodyPeriod) -> dict[str, Any]:
    # ``id`` is the issue entry's number in the electronic journal; ``row`` the number of
    # the row on paper (column 1), which is what people call the entry.
    return {**asdict(p), "row": ctx.session().custody.row_number(p.id)}


def cmd_issue(ctx: Context) -> int:
    a = ctx.args
    s = ctx.session()
    p = s.custody.issue(a.inspector, a.camera, replaces=a.replaces, **_issue_options(a))
    who = s.registers.staff(p.inspector_id).full_name
    return ctx.say(
        _period_dict(ctx, p),
        QT_TRANSLATE_NOOP("cli", "Journal row № {n}: {camera} issued to the inspector: {who}."),
        n=s.custody.row_number(p.id),
        camera=a.camera,
        who=who,
    )


def cmd_return(ctx: Context) -> int:
    s = ctx.session()
    p = s.custody.return_camera(ctx.args.camera, faulty=ctx.args.faulty)
    return ctx.say(
        _period_dict(ctx, p),
        QT_TRANSLATE_NOOP("cli", "{camera} returned (journal row № {n})."),
        camera=ctx.args.camera,
        n=s.custody.row_number(p.id),
    )


def _open_period(ctx: Context, camera: str) -> CustodyPeriod:
    s = ctx.session()
    cam = s.registers.find_device(camera, "camera")
    p = s.custody.open_for_camera(cam.id)
    if p is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("cli", "{camera} is not out."), camera=camera)
    return p


def cmd_remark(ctx: Context) -> int:
    p = _open_period(ctx, ctx.args.camera) if ctx.args.type != "note" else None
    s = ctx.session()
    if p is None:
        cam = s.registers.find_device(ctx.args.camera, "camera")
        p = s.custody.open_for_camera(cam.id) or s.custody.last_for_camera(cam.id)
        if p is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("cli", "{camera} has never been issued."), camera=ctx.args.camera
            )
    e = s.custody.remark(p.id, ctx.args.type.replace("-", "_"), ctx.args.text)
    return ctx.say(asdict(e), QT_TRANSLATE_NOOP("cli", "Remark recorded (entry {n})."), n=e.seq)


def cmd_malfunction(ctx: Context) -> int:
    p = _open_period(ctx, ctx.args.camera)
    e = ctx.session().custody.report_malfunction(p.id, ctx.args.cause)
    return ctx.say(
        asdict(e),
        QT_TRANSLATE_NOOP(
            "cli", "Malfunction recorded (entry {n}); issue a replacement with 'dalel replace'."
        ),
        n=e.seq,
    )


def cmd_replace(ctx: Context) -> int:
    a = ctx.args
    failed = _open_period(ctx, a.failed_camera)
    p = ctx.session().custody.replace_camera(failed.id, a.camera, **_issue_options(a))
    return ctx.say(
        asdict(p),
        QT_TRANSLATE_NOOP("cli", "Entry {n}: {camera} issued as a replacement."),
        n=p.id,
        camera=a.camera,
    )


def cmd_correct(ctx: Context) -> int:
    a = ctx.args
    changes: dict[str, Any] = {
        k: getattr(a, k)
        for k in ("inspector", "camera", "card", "seal", "text")
        if getattr(a, k) is not None
    }
    if a.void:
        changes["void"] = True
    if a.restore:
        changes["restore"] = True
    e = ctx.session().custody.correct(a.entry, a.reason, **changes)
    return ctx.say(
        asdict(e),
        QT_TRANSLATE_NOOP(
            "cli", "Entry {old} struck; correction recorded as entry {n} (Түзетілді)."
        ),
        old=a.entry,
        n=e.seq,
    )
