"""``dalel dock ...``: docked cameras — list, ingest, clock, verified wipe, gaps, reconcile.

dalel dock list [--mount-root DIR]                 what is docked, whose, clock, battery
dalel dock ingest --camera BK-001 [--mount DIR | --folder DIR] [--wipe --yes]
dalel dock clock --camera BK-001 [--mount DIR]     set the camera clock from the PC (R1)
dalel dock wipe --camera BK-001 [--mount DIR] --yes   only after a verified copy (R14)
dalel dock gaps --custody 12 [--store]             recording gaps for review (R13, R15)
dalel dock reconcile [--purge-quarantine]          temp files, unreferenced blobs
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.cli import argtypes as t
from app.cli import headings as h
from app.cli.cmd_dock_more import cmd_gaps, cmd_reconcile, held_quarantine, ingest_exit
from app.cli.context import Context, tr
from app.cli.shared_args import CAMERA, CONFIRM_WIPE
from app.cli.spec import Group, add, arg, cmd, flag
from app.errors import ExitCode, InvalidInput, NotFound
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP
from app.model.vault import VaultSession
from app.model.words import clock_offset_text

# Where the dock looks for cameras (list, ingest, clock, wipe).
WHERE = (
    arg("--mount-root", action="append", metavar="DIR", type=t.path,
        help=QT_TRANSLATE_NOOP("cli", "look for camera volumes in DIR (repeatable)")),
    arg("--mount", metavar="DIR", type=t.path,
        help=QT_TRANSLATE_NOOP("cli", "the camera's volume")),
    flag("--no-usb", help=QT_TRANSLATE_NOOP("cli", "do not enumerate USB")),
)
DOCKED_CAMERA = arg("--camera", type=t.short_text, required=True, help=CAMERA.help)


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        Group("dock", QT_TRANSLATE_NOOP("cli", "docked cameras: list, download, clock, wipe"), (
            cmd("list", QT_TRANSLATE_NOOP("cli", "list docked cameras"), cmd_list, *WHERE),
            cmd("ingest", QT_TRANSLATE_NOOP("cli", "download a camera's footage into the vault"),
                cmd_ingest,
                *WHERE,
                arg("--camera", type=t.short_text,
                    help=QT_TRANSLATE_NOOP("cli", "inventory number (else found by serial)")),
                arg("--folder", metavar="DIR", type=t.path,
                    help=QT_TRANSLATE_NOOP("cli", "ingest a folder (needs --camera)")),
                flag("--wipe", help=QT_TRANSLATE_NOOP(
                    "cli", "wipe the card after a verified complete download")),
                CONFIRM_WIPE),
            cmd("clock", QT_TRANSLATE_NOOP(
                    "cli", "set the camera's date and time from this PC (R1)"),
                cmd_clock,
                *WHERE,
                DOCKED_CAMERA),
            cmd("wipe", QT_TRANSLATE_NOOP(
                    "cli", "wipe the card after checking every file is in the vault"),
                cmd_wipe,
                *WHERE,
                DOCKED_CAMERA,
                arg("--folder", metavar="DIR", type=t.path, help=QT_TRANSLATE_NOOP(
                    "cli", "wipe a card read as a folder (a card reader)")),
                CONFIRM_WIPE),
            cmd("gaps", QT_TRANSLATE_NOOP("cli", "recording gaps (R13, R15)"), cmd_gaps,
                arg("--custody", type=t.entry_id, required=True,
                    help=QT_TRANSLATE_NOOP("cli", "issue entry number")),
                arg("--min-minutes", type=t.decimal(0, t.MAX_GAP_MINUTES), default=5.0,
                    help=QT_TRANSLATE_NOOP(
                        "cli", "shortest gap to list, in minutes (5 unless given)")),
                flag("--store", help=QT_TRANSLATE_NOOP("cli", "keep them for review"))),
            cmd("reconcile", QT_TRANSLATE_NOOP(
                    "cli", "remove orphan temp files, quarantine unreferenced blobs"),
                cmd_reconcile,
                flag("--purge-quarantine", help=QT_TRANSLATE_NOOP(
                    "cli", "then delete what the quarantine holds; only after a clean full "
                           "check (audited)"))),
        )),
    ))


def _profiles() -> list[Any]:
    """The device profiles; each file that was skipped (bad JSON, a wrong field) is named
    on stderr, since a skipped profile leaves its camera model unrecognised. Never raises:
    one bad office profile must not stop the dock for everyone (issue 13)."""
    from app.devices.profiles import load_profiles_report

    loaded = load_profiles_report()
    for problem in loaded.problems:
        text = tr(
            QT_TRANSLATE_NOOP(
                "cli", "{problem} It was skipped; the other device profiles are in use."
            ),
            problem=problem,
        )
        print(f"dalel: {text}", file=sys.stderr)
    return loaded.profiles


def _watcher(ctx: Context, profiles: list[Any]) -> Any:
    from app.devices.watcher import DockWatcher

    roots = ctx.args.mount_root
    kw: dict[str, Any] = {"profiles": profiles}
    if ctx.args.no_usb:
        kw["backend"] = None
    if not roots:
        extra = ctx.session().settings.get("mount_roots")
        if extra:
            roots = extra
    return DockWatcher([Path(r) for r in roots] if roots else None, **kw)


def _volumes(ctx: Context) -> list[Any]:
    profiles = _profiles()
    if getattr(ctx.args, "mount", None):
        from app.devices.profiles import match_profile
        from app.devices.watcher import DockedVolume, sysfs_resolver, volume_id_of

        mount = Path(ctx.args.mount)
        try:
            is_folder = mount.is_dir()
        except OSError:  # a name the file system refuses (too long, ...)
            is_folder = False
        if not is_folder:
            raise InvalidInput(QT_TRANSLATE_NOOP("cli", "{path} is not a folder."), path=str(mount))
        prof = match_profile(profiles, mount, mount.name, None)
        return [
            DockedVolume(
                mount, mount.name, sysfs_resolver(mount), prof, volume_id=volume_id_of(mount)
            )
        ]
    w = _watcher(ctx, profiles)
    w.rescan()
    return [v for v in w.docked() if v.profile is not None]


def _find(ctx: Context, inventory: str | None) -> tuple[Any, Any]:
    """(volume, camera) for --camera / --mount."""
    from app.ingest.identity import require_camera
    from app.ingest.service import describe

    s = ctx.session()
    cam = s.registers.find_device(inventory, "camera") if inventory else None
    vols = _volumes(ctx)
    if getattr(ctx.args, "mount", None):
        if cam is not None:  # the volume's own identity wins over what was typed (R4)
            require_camera(s, vols[0], cam)
        return vols[0], cam
    for v in vols:
        d = describe(s, v)
        if cam is None or d.camera_id == cam.id:
            return v, cam or (s.registers.device(d.camera_id) if d.camera_id else None)
    raise NotFound(
        QT_TRANSLATE_NOOP("cli", "Camera {number} is not docked."), number=inventory or "?"
    )


def cmd_list(ctx: Context) -> int:
    from app.ingest.service import describe

    s = ctx.session()
    rows = [describe(s, v) for v in _volumes(ctx)]
    unregistered = tr(QT_TRANSLATE_NOOP("cli", "UNREGISTERED (R4)"))
    ctx.emit_table(
        [asdict(r) for r in rows],
        [
            (
                r.inventory_no or unregistered,
                r.serial,
                r.holder,
                None if r.clock_offset_s is None else clock_offset_text(r.clock_offset_s),
                r.battery,
                r.recordings,
                r.mount,
                "; ".join(r.findings + r.errors),
            )
            for r in rows
        ],
        (h.CAMERA, h.SERIAL, h.HOLDER, h.CLOCK, h.BATTERY, h.RECORDINGS, h.VOLUME, h.NOTES),
        empty=tr(QT_TRANSLATE_NOOP("cli", "No camera is docked.")),
    )
    return 0


def _confirm(ctx: Context, text: str) -> bool:
    if ctx.args.yes:
        return True
    if not sys.stdin.isatty():
        return False
    return input(text + " [y/N] ").strip().lower() in ("y", "yes", "и", "д")


def _print_progress(p: Any) -> None:
    from app.ingest.report import stage_text

    print(
        f"\r{p.camera}: {stage_text(p.stage)} {p.fraction:6.1%} "
        f"({p.done_files}/{p.total_files})",
        end="",
        file=sys.stderr,
        flush=True,
    )


def cmd_ingest(ctx: Context) -> int:
    from app.ingest.job import IngestJob
    from app.ingest.source import check_folder

    by_folder = ctx.args.folder is not None  # "" too: refused, never the current folder
    if by_folder:  # checked before the password is asked and anything starts
        if not ctx.args.camera:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "cli", "Say which camera the folder came from: --camera INVENTORY (R4)."
                )
            )
        source: Any = check_folder(ctx.args.folder)
    s = ctx.session()
    if by_folder:
        cam: Any = s.registers.find_device(ctx.args.camera, "camera")
        from app.ingest.identity import require_camera, volume_for_folder

        require_camera(s, volume_for_folder(source), cam)  # R4: what the folder says wins
    else:
        source, cam = _find(ctx, ctx.args.camera)
        if cam is None:
            _identified_or_ask(s, source)
    wipe = bool(ctx.args.wipe) and _confirm(
        ctx, tr(QT_TRANSLATE_NOOP("cli", "Wipe the card after the download?"))
    )
    # --wipe without --yes (and no "yes" typed): the download goes on, the wipe does not,
    # and the exit says it was not confirmed (README: exit 1).
    declined = bool(ctx.args.wipe) and not wipe
    options: dict[str, Any] = dict(
        camera=cam, progress=None if ctx.json else _print_progress, wipe=wipe
    )
    job = (
        IngestJob.from_folder(s, source, **options)
        if by_folder
        else IngestJob.from_volume(s, source, **options)
    )
    report = job.run()
    if not ctx.json:
        print(file=sys.stderr)
    lines = [
        tr(
            NUMERUS.translate(
                "cli",
                "%n new recording(s) stored; already in the vault: {d}; failed: {f}.",
                None,
                0,
            ),
            n=len(report.stored),
            d=report.duplicates,
            f=len(report.failed),
        )
    ]
    lines += [f"  ! {x['message']}" for x in report.failed + report.skipped]
    if report.aborted_message:
        lines.append(f"  ! {report.aborted_message}")
    if report.wiped is not None:
        lines.append(
            tr(NUMERUS.translate("cli", "%n file(s) wiped from the card.", None, 0), n=report.wiped)
        )
    if report.wipe_message:
        lines.append(f"  ! {report.wipe_message}")
    if declined:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The card was not wiped: the wipe was not confirmed (use --yes). What "
                    "was downloaded is stored in the vault and stays on the card too.",
                )
            )
        )
    held = held_quarantine(s)
    moved = len(job.reconciled.quarantined) if job.reconciled else 0
    if held.files:
        lines.append(held.message())
    data = dict(
        report.as_dict(),
        wipe_confirmed=not declined,
        quarantine=dict(held.as_dict(), moved_at_start=moved),
    )
    ctx.emit(data, "\n".join(lines))
    return ingest_exit(report, declined)


def _identified_or_ask(session: VaultSession, volume: Any) -> None:
    """A volume that names no camera is not guessed at: the officer says which (R4)."""
    from app.ingest.identity import identify

    ident = identify(session, volume)
    if not ident.identified and not ident.unregistered_camera:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli",
                "The volume {label} does not say which camera it is (a card in a reader?). "
                "Say which: --camera INVENTORY (R4); the choice is journalled.",
            ),
            label=ident.label,
        )


def _driver(volume: Any) -> Any:
    """The camera driver of a volume named with --mount; a folder that no device profile
    recognises has none, and is refused in words."""
    driver = volume.driver()
    if driver is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli",
                "{path} is not a camera volume that Dalel knows (no device profile matches it).",
            ),
            path=str(volume.mount),
        )
    return driver


def cmd_clock(ctx: Context) -> int:
    from app.ingest.service import set_camera_clock

    s = ctx.session()
    vol, cam = _find(ctx, ctx.args.camera)
    result = set_camera_clock(s, _driver(vol), cam)
    return ctx.say(
        result,
        QT_TRANSLATE_NOOP("cli", "Clock of {number} set to {time} ({method})."),
        number=cam.inventory_no,
        time=result["set_to"],
        method=result["method"],
    )


def cmd_wipe(ctx: Context) -> int:
    from app.devices.drivers import make_driver
    from app.ingest.job import FOLDER_PROFILE
    from app.ingest.source import check_folder
    from app.ingest.wipe import verified_wipe

    folder = None if ctx.args.folder is None else check_folder(ctx.args.folder)
    s = ctx.session()
    if folder is not None:
        from app.devices.profiles import Profile, load_profiles, match_profile

        prof = match_profile(load_profiles(), folder, folder.name, None) or Profile.from_dict(
            FOLDER_PROFILE
        )
        drv = make_driver(prof, folder, None)
        cam = s.registers.find_device(ctx.args.camera, "camera")
    else:
        vol, cam = _find(ctx, ctx.args.camera)
        drv = _driver(vol)
    if not _confirm(
        ctx,
        tr(
            QT_TRANSLATE_NOOP("cli", "Delete the footage from the card of {n}?"), n=cam.inventory_no
        ),
    ):
        ctx.say(
            {"wiped": 0},
            QT_TRANSLATE_NOOP("cli", "Nothing was deleted (not confirmed; use --yes)."),
        )
        return ExitCode.NOT_CONFIRMED
    rep = verified_wipe(s, drv, cam)
    return ctx.say(
        dict(asdict(rep), removed_in_all=rep.removed_in_all),
        NUMERUS.translate("cli", "%n file(s) wiped after verification.", None, 0),
        n=rep.removed_in_all,
    )
