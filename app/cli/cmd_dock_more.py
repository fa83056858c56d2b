"""``dalel dock gaps`` and ``dalel dock reconcile [--purge-quarantine]``, and what
``dalel dock ingest`` says after a download (its exit code, the quarantine); the parser is
app/cli/cmd_devices.py's."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from app.cli import headings as h
from app.cli.context import Context, tr
from app.errors import DalelError, ExitCode
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, decimal_text
from app.model.vault import VaultSession


def ingest_exit(report: Any, declined: bool) -> int:
    """README "Exit codes": the download stopped (card pulled, cancelled, the vault disk or
    index refused) -> 10; it ran to its end but left something on the card that may hold a
    recording (a file it could not take, an unreadable or too deep folder) -> 11; a wipe
    asked for but not confirmed -> 1."""
    if report.aborted is not None:
        return ExitCode.DOWNLOAD_STOPPED
    if not report.complete:
        return ExitCode.FILE_NOT_COPIED
    return ExitCode.NOT_CONFIRMED if declined else ExitCode.OK


def held_quarantine(session: VaultSession) -> Any:
    """What the quarantine holds; a folder that cannot be listed counts as empty here (the
    download's own outcome is what this command reports)."""
    from app.ingest.reconcile import QuarantineHeld, quarantine_held

    try:
        return quarantine_held(session)
    except DalelError:
        return QuarantineHeld()


def cmd_gaps(ctx: Context) -> int:
    from app.ingest.gaps import find_gaps, store_gaps

    s = ctx.session()
    fn = store_gaps if ctx.args.store else find_gaps
    gaps = fn(s, ctx.args.custody, ctx.args.min_minutes * 60)
    ctx.emit_table(
        [g.as_dict() for g in gaps],
        [(g.start, g.end, round(g.seconds / 60, 1)) for g in gaps],
        (h.GAP_FROM, h.GAP_TO, h.MINUTES),
        empty=tr(QT_TRANSLATE_NOOP("cli", "No unexplained gaps.")),
    )
    return 0


def cmd_reconcile(ctx: Context) -> int:
    from app.ingest.reconcile import purge_quarantine, quarantine_held, reconcile

    s = ctx.session()
    rep = reconcile(s)
    text = tr(
        QT_TRANSLATE_NOOP(
            "cli", "Temporary files removed: {t}; blobs quarantined: {q}; missing: {m}."
        ),
        t=rep.temp_removed,
        q=len(rep.quarantined),
        m=len(rep.missing),
    )
    lines = [text, *rep.messages()]
    data = asdict(rep)
    if ctx.args.purge_quarantine:  # refused (exit 6) unless the full check is clean
        gone = purge_quarantine(s)
        data["purged"] = gone.as_dict()
        lines.append(
            tr(
                NUMERUS.translate(
                    "cli", "Removed from the quarantine: %n file(s), {mb} MB.", None, 0
                ),
                n=gone.files,
                mb=decimal_text(gone.bytes / 1e6),
            )
        )
    held = quarantine_held(s)
    data["held"] = held.as_dict()
    if held.files:
        lines.append(held.message())
    ctx.emit(data, "\n".join(lines))
    return 0 if not rep.missing else ExitCode.DAMAGED_VAULT
