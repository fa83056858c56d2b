"""Release a copy to an inspector (R10) and check a released package anywhere.

``dalel --role head release ID… --to DIR --recipient NUMBER --purpose TEXT``: the head's
password unlocks the session, and that is the permission; the officer's session is refused.
``dalel verify-package DIR``: no vault, no password (``app.package_check``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app import package_check
from app.cli import argtypes as t
from app.cli.context import Context
from app.cli.spec import add, arg, cmd
from app.errors import ExitCode
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP
from app.release import ReleaseRequest, release


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        cmd("release", QT_TRANSLATE_NOOP(
                "cli",
                "the head releases a copy of recordings to an inspector as a signed package (R10)"),
            cmd_release,
            arg("footage_ids", metavar="ID", type=t.entry_id, nargs="+", help=QT_TRANSLATE_NOOP(
                "cli", "recording numbers (dalel footage list shows them)")),
            arg("--to", metavar="DIR", required=True, type=t.folder_path, help=QT_TRANSLATE_NOOP(
                "cli", "an existing folder; the package is made inside it")),
            arg("--recipient", metavar="NUMBER", required=True, type=t.text(),
                help=QT_TRANSLATE_NOOP("cli", "the inspector's personnel number")),
            arg("--purpose", metavar="TEXT", required=True, type=t.text(t.LONG_TEXT),
                help=QT_TRANSLATE_NOOP("cli", "the service purpose, e.g. the case number"))),
        cmd("verify-package", QT_TRANSLATE_NOOP(
                "cli", "check a released package without the vault; exit 0 only if intact"),
            cmd_verify_package,
            arg("folder", metavar="DIR", type=t.folder_path, help=QT_TRANSLATE_NOOP(
                "cli", "the package's folder (as the recipient got it)")),
            arg("--key", metavar="FINGERPRINT", type=t.text(), help=QT_TRANSLATE_NOOP(
                "cli",
                "the office's signing key fingerprint (dalel status) the package "
                "must be signed with"))),
    ))


def cmd_release(ctx: Context) -> int:
    a = ctx.args
    s = ctx.session()
    request = ReleaseRequest(a.footage_ids, a.recipient, a.purpose, a.to)

    def progress(done: int, total: int, _name: str) -> None:
        if not ctx.json and sys.stderr.isatty():
            print(f"\r{done * 100 // max(total, 1)}%", end="", file=sys.stderr)

    result = release(s, request, progress=progress)
    if not ctx.json and sys.stderr.isatty():
        print(file=sys.stderr)
    m = result.manifest
    return ctx.say(
        {
            "release_id": result.release_id,
            "folder": str(result.folder),
            "files": len(m["files"]),
            "fingerprint": result.fingerprint,
        },
        NUMERUS.translate(
            "cli",
            "Release {id}: %n file(s) to {to} in {folder}.\nSigning key fingerprint: "
            "{fp}\nThe recipient checks it with: dalel verify-package {folder}",
            None,
            0,
        ),
        id=result.release_id,
        n=len(m["files"]),
        to=f"{m['recipient']['name']} ({m['recipient']['personnel_no']})",
        folder=result.folder,
        fp=result.fingerprint,
    )


def cmd_verify_package(ctx: Context) -> int:
    report = package_check.check_package(ctx.args.folder, ctx.args.key)
    ctx.emit(report.as_dict(), package_check.describe(report))
    return ExitCode.OK if report.ok else ExitCode.VERIFY_DAMAGE
