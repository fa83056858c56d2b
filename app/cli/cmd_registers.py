"""Register commands: staff and devices (cameras, memory cards). Nothing is deleted."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from typing import Any

from app.cli import argtypes as t
from app.cli import headings as h
from app.cli.context import Context, tr
from app.cli.shared_args import HISTORY_REASON, INVENTORY, PERSONNEL, SEAL, person
from app.cli.shown import local
from app.cli.spec import Group, add, arg, cmd, flag
from app.errors import DalelError
from app.i18n import QT_TRANSLATE_NOOP
from app.model.inventory import mixes_scripts
from app.model.registers import DEVICE_KINDS, DEVICE_STATES, STAFF_ROLES, Device
from app.model.words import KIND_WORDS, ROLE_WORDS, STATE_WORDS, change_text, word, yes_no

usb_id = t.integer(0, 0xFFFF, base_prefix=True)  # USB ids are usually written in hex: 0x4255


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        Group("staff", QT_TRANSLATE_NOOP("cli", "the staff register"), (
            cmd("add", QT_TRANSLATE_NOOP("cli", "register a staff member"), staff_add,
                *person(),
                arg("--staff-role", choices=STAFF_ROLES, default="inspector",
                    help=QT_TRANSLATE_NOOP("cli", "the person's role (default: inspector)"))),
            cmd("list", QT_TRANSLATE_NOOP("cli", "list staff"), staff_list,
                flag("--all", help=QT_TRANSLATE_NOOP("cli", "include those who left"))),
            cmd("show", QT_TRANSLATE_NOOP("cli", "one person with history"), staff_show,
                PERSONNEL),
            cmd("leave", QT_TRANSLATE_NOOP("cli", "mark a person as no longer active"),
                staff_leave,
                PERSONNEL,
                HISTORY_REASON),
        )),
        Group("device", QT_TRANSLATE_NOOP("cli", "the register of cameras and memory cards"), (
            cmd("add", QT_TRANSLATE_NOOP("cli", "register a camera or card (R4)"), device_add,
                arg("kind", choices=DEVICE_KINDS,
                    help=QT_TRANSLATE_NOOP("cli", "camera, or card for a memory card")),
                arg("inventory", type=t.short_text,
                    help=QT_TRANSLATE_NOOP("cli", "inventory number (mandatory, R4)")),
                arg("--serial", type=t.short_text, help=QT_TRANSLATE_NOOP(
                    "cli", "the maker's serial number (how a docked camera is known)")),
                arg("--model", type=t.short_text, default="", help=h.MODEL),
                arg("--in-service", type=t.day, metavar="YYYY-MM-DD",
                    help=QT_TRANSLATE_NOOP("cli", "date put in service, YYYY-MM-DD")),
                arg("--service-life", type=t.integer(1, t.MAX_SERVICE_YEARS), default=7,
                    help=QT_TRANSLATE_NOOP("cli", "years (R19)")),
                arg("--usb-vid", type=usb_id,
                    help=QT_TRANSLATE_NOOP("cli", "the camera's USB vendor id, e.g. 0x4255")),
                arg("--usb-pid", type=usb_id,
                    help=QT_TRANSLATE_NOOP("cli", "the camera's USB product id, e.g. 0x0001")),
                flag("--default-password", help=QT_TRANSLATE_NOOP(
                    "cli", "the device still has its factory password"))),
            cmd("list", QT_TRANSLATE_NOOP("cli", "list devices"), device_list,
                arg("--kind", choices=DEVICE_KINDS,
                    help=QT_TRANSLATE_NOOP("cli", "only this kind")),
                arg("--state", choices=DEVICE_STATES,
                    help=QT_TRANSLATE_NOOP("cli", "only in this state"))),
            cmd("show", QT_TRANSLATE_NOOP("cli", "one device with history"), device_show,
                INVENTORY),
            cmd("state", QT_TRANSLATE_NOOP("cli", "mark faulty, back in store, or written off"),
                device_state,
                INVENTORY,
                arg("state", choices=("in_store", "faulty", "written_off"), help=QT_TRANSLATE_NOOP(
                    "cli", "in_store (back in store), faulty, or written_off (cannot be undone)")),
                HISTORY_REASON),
            cmd("insert-card", QT_TRANSLATE_NOOP(
                    "cli", "put a card in a camera and record the slot seal (R6)"),
                device_insert,
                arg("card", type=t.short_text,
                    help=QT_TRANSLATE_NOOP("cli", "the memory card's inventory number")),
                arg("camera", type=t.short_text,
                    help=QT_TRANSLATE_NOOP("cli", "the camera's inventory number")),
                SEAL.but(required=True)),
            cmd("end-of-life", QT_TRANSLATE_NOOP(
                    "cli", "devices near or past the end of their service life (R19)"),
                device_eol,
                arg("--days", type=t.integer(0, t.MAX_DAYS), help=QT_TRANSLATE_NOOP(
                    "cli", "how many days ahead count as near (default: the "
                           "service_life_warn_days setting)"))),
            cmd("norms", QT_TRANSLATE_NOOP(
                    "cli", "kits the equipment norms allow for the headcount, and service life "
                           "(R19)"),
                device_norms,
                arg("--headcount", type=t.integer(0, 1_000_000), help=QT_TRANSLATE_NOOP(
                    "cli", "the office's staff (default: the office_headcount setting, else "
                           "the active staff in the register)"))),
        )),
    ))


def staff_add(ctx: Context) -> int:
    a = ctx.args
    person = ctx.session().registers.add_staff(
        a.surname, a.name, a.number, a.staff_role, a.patronymic, a.position
    )
    return ctx.say(
        asdict(person),
        QT_TRANSLATE_NOOP("cli", "Registered {name} ({number})."),
        name=person.full_name,
        number=person.personnel_no,
    )


def staff_list(ctx: Context) -> int:
    people = ctx.session().registers.list_staff(active_only=not ctx.args.all)
    ctx.emit_table(
        [asdict(p) for p in people],
        [
            (p.personnel_no, p.full_name, word(ROLE_WORDS, p.role), yes_no(p.active), p.position)
            for p in people
        ],
        (h.STAFF_NUMBER, h.FULL_NAME, h.ROLE, h.WORKS_HERE, h.POSITION),
    )
    return 0


def _record(ctx: Context, key: str, table: str, record: Any, title: str) -> int:
    """What a show command prints: the record and the changes recorded in the register's
    ``table`` (``--json``: as stored), or a title over one line per change in words and
    local time."""
    s = ctx.session()
    history = s.registers.history(table, record.id)

    def device_number(text: str | None) -> str:
        if not text or not text.isdigit():
            return "—"
        try:
            return s.registers.device(int(text)).inventory_no
        except DalelError:
            return "—"

    lines = [title] + [f"  {local(s, c['at'])}  {change_text(c, device_number)}" for c in history]
    ctx.emit({key: asdict(record), "history": history}, "\n".join(lines))
    return 0


def staff_show(ctx: Context) -> int:
    person = ctx.session().registers.find_staff(ctx.args.number)
    title = f"{person.full_name} ({person.personnel_no}), {word(ROLE_WORDS, person.role)}"
    return _record(ctx, "staff", "staff", person, title)


def staff_leave(ctx: Context) -> int:
    reg = ctx.session().registers
    person = reg.set_staff_active(reg.find_staff(ctx.args.number).id, False, ctx.args.reason)
    return ctx.say(
        asdict(person),
        QT_TRANSLATE_NOOP("cli", "{name} marked as no longer active."),
        name=person.full_name,
    )


def device_add(ctx: Context) -> int:
    a = ctx.args
    dev = ctx.session().registers.add_device(
        a.kind,
        a.inventory,
        a.serial,
        a.model,
        a.in_service,
        a.service_life,
        a.usb_vid,
        a.usb_pid,
        a.default_password,
    )
    text = (
        tr(QT_TRANSLATE_NOOP("cli", "Camera {number} registered."), number=dev.inventory_no)
        if dev.kind == "camera"
        else tr(
            QT_TRANSLATE_NOOP("cli", "Memory card {number} registered."), number=dev.inventory_no
        )
    )
    if mixes_scripts(dev.inventory_no):
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "dalel: note: {number} mixes Latin and Cyrillic letters; it is found "
                    "however it is typed, but check the label.",
                ),
                number=dev.inventory_no,
            ),
            file=sys.stderr,
        )
    ctx.emit(asdict(dev), text)
    return 0


def device_list(ctx: Context) -> int:
    reg = ctx.session().registers
    devices = reg.list_devices(ctx.args.kind, ctx.args.state)
    inv = {d.id: d.inventory_no for d in reg.list_devices()}
    ctx.emit_table(
        [asdict(d) for d in devices],
        [
            (
                d.inventory_no,
                word(KIND_WORDS, d.kind),
                d.serial,
                d.model,
                word(STATE_WORDS, d.state),
                inv.get(d.camera_id or 0, ""),
                d.slot_seal,
                d.end_of_life().isoformat(),
            )
            for d in devices
        ],
        (h.INVENTORY, h.KIND, h.SERIAL, h.MODEL, h.STATE, h.IN_CAMERA, h.SEAL, h.SERVICE_ENDS),
    )
    return 0


def device_show(ctx: Context) -> int:
    dev = ctx.session().registers.find_device(ctx.args.inventory)
    what = " ".join(x for x in (dev.model, dev.serial or "") if x)
    title = (f"{word(KIND_WORDS, dev.kind)} {dev.inventory_no}" + (f" ({what})" if what else "")
             + f" — {word(STATE_WORDS, dev.state)}")
    return _record(ctx, "device", "devices", dev, title)


def device_state(ctx: Context) -> int:
    reg = ctx.session().registers
    dev = reg.set_device_state(
        reg.find_device(ctx.args.inventory).id, ctx.args.state, ctx.args.reason
    )
    ctx.emit(asdict(dev), f"{dev.inventory_no}: {word(STATE_WORDS, dev.state)}")
    return 0


def device_insert(ctx: Context) -> int:
    reg = ctx.session().registers
    card = reg.find_device(ctx.args.card, "card")
    cam = reg.find_device(ctx.args.camera, "camera")
    card = reg.insert_card(card.id, cam.id, ctx.args.seal, "insert-card")
    return ctx.say(
        asdict(card),
        QT_TRANSLATE_NOOP("cli", "{card} is in {camera}, seal {seal}."),
        card=card.inventory_no,
        camera=cam.inventory_no,
        seal=card.slot_seal,
    )


def device_eol(ctx: Context) -> int:
    items = ctx.session().registers.near_end_of_life(ctx.args.days)
    ctx.emit_table(
        _service_ends(items),
        [(d.inventory_no, word(KIND_WORDS, d.kind), end.isoformat()) for d, end in items],
        (h.INVENTORY, h.KIND, h.SERVICE_ENDS),
    )
    return 0


def _service_ends(items: list[tuple[Device, date]]) -> list[dict[str, str]]:
    """Devices and the day their service life ends, as ``--json`` gives them (R19)."""
    return [
        {"inventory": d.inventory_no, "kind": d.kind, "ends": end.isoformat()} for d, end in items
    ]


def device_norms(ctx: Context) -> int:
    from app.model.norms import norms_report

    rep = norms_report(ctx.session(), ctx.args.headcount)
    source = {
        "given": tr(QT_TRANSLATE_NOOP("cli", "as given")),
        "setting": tr(QT_TRANSLATE_NOOP("cli", "office_headcount setting")),
        "register": tr(QT_TRANSLATE_NOOP("cli", "active staff in the register")),
    }[rep.headcount_from]
    lines = [
        tr(QT_TRANSLATE_NOOP("cli", "Headcount: {n} ({source})."), n=rep.headcount, source=source),
        tr(
            QT_TRANSLATE_NOOP(
                "cli", "Kits the norms allow (R19): {allowed}; cameras registered: {cameras}."
            ),
            allowed=rep.kits_allowed,
            cameras=rep.cameras,
        ),
    ]
    if rep.over_norm:
        lines.append(tr(QT_TRANSLATE_NOOP("cli", "Cameras above the norm: {n}."), n=rep.over_norm))
    elif rep.short_of_norm:
        lines.append(tr(QT_TRANSLATE_NOOP("cli", "Kits still allowed: {n}."), n=rep.short_of_norm))
    for label, items in (
        (tr(QT_TRANSLATE_NOOP("cli", "Service life ended (7 years):")), rep.past_life),
        (tr(QT_TRANSLATE_NOOP("cli", "Service life ends soon:")), rep.ending_soon),
    ):
        if items:
            lines.append(label)
            lines += [
                f"  {d.inventory_no}  {word(KIND_WORDS, d.kind)}  {end.strftime('%d.%m.%Y')}"
                for d, end in items
            ]

    ctx.emit(
        {
            "headcount": rep.headcount,
            "headcount_from": rep.headcount_from,
            "kits_allowed": rep.kits_allowed,
            "cameras": rep.cameras,
            "over_norm": rep.over_norm,
            "past_life": _service_ends(rep.past_life),
            "ending_soon": _service_ends(rep.ending_soon),
        },
        "\n".join(lines),
    )
    return 0
