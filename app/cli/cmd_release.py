"""Release a copy to an inspector (R10) and check a released package anywhere.

``dalel --role head release ID… --to DIR --recipient NUMBER --purpose TEXT``: the head's
password unlocks the session, and that is the permission; the officer's session is refused.
``dalel verify-package DIR``: no vault, no password (``app.package_check``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import package_check
from app.cli import argtypes as t
from app.cli.context import Context, tr
from app.cli.parser import command
from app.errors import ExitCode
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP
from app.release import ReleaseRequest, release


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    p = command(
        subs,
        "release",
        common,
        QT_TRANSLATE_NOOP(
            "cli",
            "the head releases a copy of recordings to an inspector as a signed package (R10)",
        ),
        cmd_release,
    )
    p.add_argument(
        "footage_ids",
        metavar="ID",
        type=t.entry_id,
        nargs="+",
        help=tr(QT_TRANSLATE_NOOP("cli", "recording numbers (dalel footage list shows them)")),
    )
    p.add_argument(
        "--to",
        metavar="DIR",
        required=True,
        type=lambda v: Path(t.path(v)),
        help=tr(QT_TRANSLATE_NOOP("cli", "an existing folder; the package is made inside it")),
    )
    p.add_argument(
        "--recipient",
        metavar="NUMBER",
        required=True,
        type=t.text(),
        help=tr(QT_TRANSLATE_NOOP("cli", "the inspector's personnel number")),
    )
    p.add_argument(
        "--purpose",
        metavar="TEXT",
        required=True,
        type=t.text(t.LONG_TEXT),
        help=tr(QT_TRANSLATE_NOOP("cli", "the service purpose, e.g. the case number")),
    )

    p = command(
        subs,
        "verify-package",
        common,
        QT_TRANSLATE_NOOP(
            "cli", "check a released package without the vault; exit 0 only if intact"
        ),
        cmd_verify_package,
    )
    p.add_argument(
        "folder",
        metavar="DIR",
        type=lambda v: Path(t.path(v)),
        help=tr(QT_TRANSLATE_NOOP("cli", "the package's folder (as the recipient got it)")),
    )
    p.add_argument(
        "--key",
        metavar="FINGERPRINT",
        type=t.text(),
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "the office's signing key fingerprint (dalel status) the package "
                "must be signed with",
            )
        ),
    )


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
    ctx.say(
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
    return ExitCode.OK


def cmd_verify_package(ctx: Context) -> int:
    report = package_check.check_package(ctx.args.folder, ctx.args.key)
    ctx.emit(report.as_dict(), package_check.describe(report))
    return ExitCode.OK if report.ok else ExitCode.VERIFY_DAMAGE
