"""``dalel settings`` and ``dalel audit``: the office's settings as a person types them, and
the audit log in the words of the Reports tab and the office's local time (app/cli/shown.py).
Registered by app/cli/cmd_vault.py, in its place among the vault's commands."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import argtypes as t
from app.cli.context import Context
from app.cli.shown import audit_rows, setting_lines
from app.cli.spec import add, arg, cmd
from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP
from app.model.audit import ACTIONS
from app.model.settings import change


def register_settings(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        cmd("settings", QT_TRANSLATE_NOOP("cli", "show or change office settings"), cmd_settings,
            arg("key", nargs="?", type=t.short_text, help=QT_TRANSLATE_NOOP(
                "cli", "the setting to show or change (default: all)")),
            arg("value", nargs="?", type=t.text(t.LONG_TEXT), help=QT_TRANSLATE_NOOP(
                "cli", "its new value (lists comma-separated)"))),
    ))


def register_audit(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        cmd("audit", QT_TRANSLATE_NOOP("cli", "show the audit log"), cmd_audit,
            arg("--action", choices=ACTIONS, metavar="ACTION", help=QT_TRANSLATE_NOOP(
                "cli", "only records of this action (as --json names it)")),
            arg("--limit", type=t.count, help=QT_TRANSLATE_NOOP(
                "cli", "at most this many records (the latest)"))),
    ))


def cmd_settings(ctx: Context) -> int:
    s = ctx.session()
    a = ctx.args
    if a.key and a.value is not None:
        # The one path the window takes too: checked, written and audited (app.model.settings).
        change(s, {a.key: a.value})
        new = s.settings.get(a.key)
        ctx.emit({a.key: new}, "\n".join(setting_lines(s, {a.key: new})))
        return 0
    reading = s.settings.read()
    values = reading.values
    if a.key:
        values = {a.key: values[a.key]} if a.key in values else {}
        if not values:
            raise InvalidInput(QT_TRANSLATE_NOOP("cli", "Unknown setting {key}."), key=a.key)
    lines = setting_lines(s, values)
    lines += [p.text() for p in reading.problems if not a.key or a.key in p.keys]
    ctx.emit(values, "\n".join(lines))
    return 0


def cmd_audit(ctx: Context) -> int:
    s = ctx.session()
    entries = s.audit.entries(action=ctx.args.action, limit=ctx.args.limit)
    rows, headers = audit_rows(s, entries)
    ctx.emit([e.__dict__ for e in entries], ctx.table(rows, headers))
    return 0
