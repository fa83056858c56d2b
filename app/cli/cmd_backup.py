"""Backup and restore (issue 14): ``dalel backup DEST`` and ``dalel restore SRC --to DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import argtypes as t
from app.cli.cmd_vault import report_lines
from app.cli.context import Context, tr
from app.cli.spec import add, arg, cmd, flag
from app.errors import ExitCode
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, decimal_text
from app.model.backup import backup, require_folder
from app.model.restore import restore


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        cmd("backup", QT_TRANSLATE_NOOP(
                "cli", "copy the vault, encrypted as it is, to an external drive or folder"),
            cmd_backup,
            arg("dest", metavar="DEST", type=t.path, help=QT_TRANSLATE_NOOP(
                "cli", "an existing folder on the backup drive (e.g. the drive's root)")),
            flag("--reread", help=QT_TRANSLATE_NOOP(
                "cli", "read every copy already on the drive again and compare its hash"))),
        cmd("restore", QT_TRANSLATE_NOOP(
                "cli", "make a vault from a backup on this machine, then verify every recording"),
            cmd_restore,
            arg("src", metavar="SRC", type=t.path, help=QT_TRANSLATE_NOOP(
                "cli", "the backup folder, or the drive or folder that holds it")),
            arg("--to", metavar="DIR", required=True, type=t.path, help=QT_TRANSLATE_NOOP(
                "cli", "a new or empty folder for the restored vault"))),
    ))


class _Meter:
    """Progress on a terminal only (never into a pipe or --json output)."""

    def __init__(self, ctx: Context) -> None:
        self.on = not ctx.json and sys.stderr.isatty()
        self.shown = -1

    def bytes(self, done: int, total: int, _what: str = "") -> None:
        percent = int(100 * done / total) if total else 100
        if self.on and percent != self.shown:
            self.shown = percent
            print(
                f"\r{percent:3d} %  {done / 1e6:,.0f} / {total / 1e6:,.0f} MB",
                end="",
                file=sys.stderr,
                flush=True,
            )

    def count(self, done: int, total: int) -> None:
        if self.on:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.on and self.shown >= 0:
            print(file=sys.stderr)
        self.shown = -1


def cmd_backup(ctx: Context) -> int:
    require_folder(Path(ctx.args.dest))  # before the password: is the drive there?
    s = ctx.session()
    meter = _Meter(ctx)
    try:
        result = backup(s, Path(ctx.args.dest), progress=meter.bytes, reread=ctx.args.reread)
    finally:
        meter.end()
    lines = [
        tr(
            NUMERUS.translate(
                "cli",
                "Backed up to {folder}: %n new file(s) copied ({mb} MB); already there: "
                "{skipped}; footage files in the backup: {blobs}.",
                None,
                0,
            ),
            folder=result.folder,
            n=result.copied,
            mb=decimal_text(result.bytes_copied / 1e6),
            skipped=result.skipped,
            blobs=result.blobs,
        )
    ]
    lines.append(
        tr(
            QT_TRANSLATE_NOOP("cli", "Checkpoint of the backup (also in {file}):\n{code}"),
            file=result.folder / "checkpoint.txt",
            code=result.checkpoint.encode(),
        )
    )
    counted = (
        (result.missing, NUMERUS.translate(
            "cli",
            "Warning: %n footage file(s) named by the index are not in the vault "
            "folder; run dalel verify.",
            None,
            0,
        )),
        (result.replaced, NUMERUS.translate(
            "cli",
            "Warning: the drive held %n damaged footage file(s) (not as they were "
            "written); each was copied again and checked.",
            None,
            0,
        )),
    )
    lines += [tr(warning, n=len(files)) for files, warning in counted if files]
    if result.slots_kept:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Warning: damaged key slot copies were not copied (the backup keeps its "
                    "earlier ones): {names}.",
                ),
                names=", ".join(result.slots_kept),
            )
        )
    if result.same_disk:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Warning: the backup is on the same disk as the vault and will not "
                    "survive that disk's loss; use an external drive.",
                )
            )
        )
    ctx.emit(result.as_dict(), "\n".join(lines))
    return ExitCode.OK


def cmd_restore(ctx: Context) -> int:
    to = Path(ctx.args.to)
    meter = _Meter(ctx)

    def checking(done: int, total: int) -> None:
        meter.end()      # the copy's line is finished once the check begins
        meter.count(done, total)

    # The password is asked first: it is tried on the backup's key slot before anything
    # is copied, and unlocks the restored vault in its temporary folder for the check; the
    # vault is renamed to --to only once checked (app/model/restore.py).
    try:
        result, check = restore(
            Path(ctx.args.src),
            to,
            ctx.args.role,
            ctx.password(),
            ctx.clock,
            progress=meter.bytes,
            check_progress=checking,
        )
    finally:
        meter.end()
        if meter.on:
            print(file=sys.stderr)
    report = check.report
    lines = [
        tr(
            NUMERUS.translate(
                "cli",
                "Restored %n file(s) ({mb} MB) from {source} (backup of {at}) into {to}.",
                None,
                0,
            ),
            n=result.files,
            mb=decimal_text(result.bytes / 1e6),
            source=result.source,
            at=check.backup_at_local or result.backup_at[:19].replace("T", " "),
            to=to,
        )
    ]
    lines.append(
        tr(
            QT_TRANSLATE_NOOP("cli", "Recordings that match their SHA-256: {intact} of {n}."),
            intact=check.intact,
            n=check.recordings,
        )
    )
    if check.without_footage:
        lines.append(
            tr(
                NUMERUS.translate(
                    "cli",
                    "%n recording(s) have no footage kept (destroyed after their retention "
                    "period).",
                    None,
                    0,
                ),
                n=check.without_footage,
            )
        )
    lines += report_lines(report)
    data = {
        "vault": str(to),
        "source": str(result.source),
        "backup_at": result.backup_at,
        "files": result.files,
        "bytes": result.bytes,
        **check.as_dict(),
    }
    ctx.emit(data, "\n".join(lines))
    return ExitCode.OK if report.ok else ExitCode.VERIFY_DAMAGE
