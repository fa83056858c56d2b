"""Vault commands: init, status, passwd, reset-officer, verify, checkpoint (settings and audit:
app/cli/cmd_settings.py)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import argtypes as t
from app.cli.cmd_footage import clock_lines
from app.cli.cmd_settings import register_audit, register_settings
from app.cli.context import Context, read_password, tr
from app.cli.shared_args import person
from app.cli.shown import device_lines
from app.cli.spec import add, arg, cmd, flag
from app.errors import ExitCode, InvalidInput
from app.hardening import unencrypted_swap
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, decimal_text
from app.model import clockwatch, keyslots, retention, vault
from app.model.integrity import designate_officer
from app.model.journal import Checkpoint
from app.model.settings import AGENCIES, OFFICE_LANGUAGES
from app.model.verify import VerifyReport, verify
from app.model.words import ROLE_WORDS, word
from app.package_check import fingerprint, public_raw


def register(subs: Any, common: argparse.ArgumentParser) -> None:
    add(subs, common, (
        cmd("init", QT_TRANSLATE_NOOP("cli", "create the office's vault (R2)"), cmd_init,
            *person("officer-", QT_TRANSLATE_NOOP("cli", "the responsible officer's {what}")),
            *person("head-", QT_TRANSLATE_NOOP("cli", "the head's {what}")),
            arg("--head-password-file", metavar="FILE", type=t.path, help=QT_TRANSLATE_NOOP(
                "cli", "the head's password (else $DALEL_HEAD_PASSWORD, else a prompt)")),
            arg("--agency", choices=AGENCIES, default="veterinary",
                help=QT_TRANSLATE_NOOP("cli", "the agency whose journal form is printed")),
            arg("--unit", type=t.short_text, default="",
                help=QT_TRANSLATE_NOOP("cli", "territorial unit's name")),
            arg("--kdf-seconds", type=t.decimal(0, t.MAX_KDF_SECONDS), default=1.0,
                help=QT_TRANSLATE_NOOP(
                    "cli", "Argon2id work per unlock, calibrated on this PC (never below the "
                           "floor)"))),
        cmd("status", QT_TRANSLATE_NOOP("cli", "unlock and show the vault's state"), cmd_status),
        cmd("passwd", QT_TRANSLATE_NOOP("cli", "change your own password"), cmd_passwd,
            arg("--new-password-file", metavar="FILE", type=t.path, help=QT_TRANSLATE_NOOP(
                "cli", "the new password (else $DALEL_NEW_PASSWORD, else a prompt)"))),
        cmd("reset-officer", QT_TRANSLATE_NOOP(
                "cli", "the head sets a new officer's password (R1, R2)"),
            cmd_reset_officer,
            arg("--new-password-file", metavar="FILE", type=t.path, help=QT_TRANSLATE_NOOP(
                "cli", "the officer's new password (else $DALEL_NEW_PASSWORD, else a prompt)")),
            arg("--officer", metavar="NUMBER", type=t.short_text, help=QT_TRANSLATE_NOOP(
                "cli", "designate this member of staff (personnel number) as the new officer"))),
    ))
    register_settings(subs, common)
    add(subs, common, (
        cmd("verify", QT_TRANSLATE_NOOP(
                "cli", "check every blob, the index and the chains; exit 0 only if intact"),
            cmd_verify,
            flag("--quick", help=QT_TRANSLATE_NOOP("cli", "do not decrypt the footage")),
            arg("--checkpoint", action="append", type=t.code_text, default=[],
                help=QT_TRANSLATE_NOOP(
                    "cli", "a checkpoint code from paper or a release manifest"))),
    ))
    register_audit(subs, common)
    add(subs, common, (
        cmd("checkpoint", QT_TRANSLATE_NOOP(
                "cli", "print a signed checkpoint of the journal to keep off the PC"),
            cmd_checkpoint),
    ))


def _person(args: argparse.Namespace, who: str) -> vault.Person:
    return vault.Person(
        getattr(args, f"{who}_surname"),
        getattr(args, f"{who}_name"),
        getattr(args, f"{who}_number"),
        getattr(args, f"{who}_patronymic"),
        getattr(args, f"{who}_position"),
    )


def _new_password(args: argparse.Namespace, prompt: str, env: str, file_attr: str) -> str:
    first = read_password(args, prompt, env=env, file_attr=file_attr)
    if getattr(args, file_attr, None) is None and sys.stdin.isatty() and not _env(env):
        again = read_password(
            args, tr(QT_TRANSLATE_NOOP("cli", "Repeat: ")), env=env, file_attr=file_attr
        )
        if again != first:
            raise InvalidInput(QT_TRANSLATE_NOOP("cli", "The two passwords differ."))
    return first


def _env(name: str) -> str | None:
    import os

    return os.environ.get(name)


def cmd_init(ctx: Context) -> int:
    a = ctx.args
    officer_pw = _new_password(
        a,
        tr(QT_TRANSLATE_NOOP("cli", "Officer's new password: ")),
        "DALEL_PASSWORD",
        "password_file",
    )
    head_pw = _new_password(
        a,
        tr(QT_TRANSLATE_NOOP("cli", "Head's new password: ")),
        "DALEL_HEAD_PASSWORD",
        "head_password_file",
    )
    params = keyslots.calibrate(max(0.0, a.kdf_seconds))
    s = vault.create(
        ctx.vault_path,
        _person(a, "officer"),
        officer_pw,
        _person(a, "head"),
        head_pw,
        # --lang en is a developer's display; the office's language is Kazakh or Russian.
        vault.Office(a.agency, a.unit, a.lang if a.lang in OFFICE_LANGUAGES else "kk"),
        ctx.clock,
        params,
    )
    ctx.adopt(s)
    return ctx.say(
        {"vault": str(ctx.vault_path), "vault_id": s.vault_id, "kdf": params.as_dict()},
        QT_TRANSLATE_NOOP("cli", "Vault created at {path}."),
        path=ctx.vault_path,
    )


def cmd_status(ctx: Context) -> int:
    s = ctx.session()
    reg = s.registers
    devices = reg.list_devices()
    by_state: dict[str, int] = {}
    for d in devices:
        by_state[f"{d.kind}:{d.state}"] = by_state.get(f"{d.kind}:{d.state}", 0) + 1
    data = {
        "vault": str(s.path),
        "vault_id": s.vault_id,
        "role": s.role,
        "schema": s.db.version,
        "sqlcipher": s.db.cipher_version(),
        "journal_entries": s.journal.size(),
        "footage": s.footage.count(),
        "staff": len(reg.list_staff()),
        "devices": by_state,
        "settings": {k: v for k, v in s.settings.all().items() if k not in ("signing_public_key",)},
    }
    lines = [
        tr(QT_TRANSLATE_NOOP("cli", "Vault {path} ({role})"), path=s.path,
           role=word(ROLE_WORDS, s.role)),
        tr(QT_TRANSLATE_NOOP("cli", "Journal entries: {n}"), n=data["journal_entries"]),
        tr(QT_TRANSLATE_NOOP("cli", "Footage recordings: {n}"), n=data["footage"]),
        tr(QT_TRANSLATE_NOOP("cli", "Staff: {n}"), n=data["staff"]),
    ]
    # What a recipient compares a released package's key with (R10, app/package_check.py).
    data["signing_key_fingerprint"] = fingerprint(public_raw(s.journal.public_key()))
    lines.append(
        tr(
            QT_TRANSLATE_NOOP("cli", "Signing key fingerprint (release packages): {fp}"),
            fp=data["signing_key_fingerprint"],
        )
    )
    lines += device_lines(devices)
    # Key slots (issue 12): what this unlock repaired, and what is still wrong (a damaged
    # copy of the other person's slot waits for their unlock); `verify` exits 9 meanwhile.
    data["key_slots_repaired"] = [dict(detail, action=action) for action, detail in s.slot_events]
    problems = keyslots.slot_health(s.path / "keys", s.vault_id)
    data["key_slot_problems"] = [p.as_dict() for p in problems]
    for action, detail in s.slot_events:
        if action == "slot_repaired":
            lines.append(
                tr(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Key slot copy {copy} was damaged and has been rewritten from {source}.",
                    ),
                    copy=detail["copy"],
                    source=detail["source"],
                )
            )
    for p in problems:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Key slot copy {copy} is damaged ({reason}); the head's next unlock "
                    "repairs it.",
                )
                if p.role == "head"
                else QT_TRANSLATE_NOOP(
                    "cli",
                    "Key slot copy {copy} is damaged ({reason}); the responsible officer's "
                    "next unlock repairs it.",
                ),
                copy=p.copy,
                reason=p.reason,
            )
            if not p.fatal
            else tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Key slot copy {copy} is damaged ({reason}); no intact copy is left: "
                    "restore keys/ from a backup.",
                ),
                copy=p.copy,
                reason=p.reason,
            )
        )
    # A stored setting that fails its check (older version, damage, a direct write) is
    # replaced by its default for use; say which, and what is used (issue 13).
    setting_problems = s.settings.problems()
    data["setting_problems"] = [p.as_dict() for p in setting_problems]
    # Led by the key, which is what `dalel settings KEY VALUE` takes to correct it.
    lines += [f"{', '.join(p.keys)}: {p.text()}" for p in setting_problems]
    # Retention (R9): a clock jump waiting for the officer's confirmation, and what is
    # past its term waiting for the head (app/model/retention.py).
    clock = clockwatch.check(s)
    data["clock"] = clock.as_dict()
    lines += clock_lines(clock)
    data["retention_expired"] = past = len(retention.expired(s))
    if past:
        lines.append(
            tr(
                NUMERUS.translate(
                    "cli",
                    "%n recording(s) are past their retention term and wait for the head's "
                    "decision (R9): dalel retention list",
                    None,
                    0,
                ),
                n=past,
            )
        )
    # Blobs no recording uses, moved aside by reconcile (app/ingest/reconcile.py): said until
    # `dalel dock reconcile --purge-quarantine` removes them after a clean check.
    from app.cli.cmd_dock_more import held_quarantine

    held = held_quarantine(s)
    data["quarantine"] = held.as_dict()
    if held.files:
        lines.append(held.message())
    data["unencrypted_swap"] = exposed = unencrypted_swap()  # see app/hardening.py
    if exposed:
        lines.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Swap not on an encrypted disk (memory holding keys and footage may be "
                    "written there; use encrypted swap or none): {areas}",
                ),
                areas=", ".join(exposed),
            )
        )
    ctx.emit(data, "\n".join(lines))
    return 0


def cmd_passwd(ctx: Context) -> int:
    s = ctx.session()
    old = read_password(ctx.args, tr(QT_TRANSLATE_NOOP("cli", "Current password: ")))
    new = _new_password(
        ctx.args,
        tr(QT_TRANSLATE_NOOP("cli", "New password: ")),
        "DALEL_NEW_PASSWORD",
        "new_password_file",
    )
    s.change_password(old, new)
    return ctx.say({"changed": True}, QT_TRANSLATE_NOOP("cli", "Password changed."))


def cmd_reset_officer(ctx: Context) -> int:
    ctx.args.role = "head"  # only the head may re-key the officer's slot
    s = ctx.session()
    new = _new_password(
        ctx.args,
        tr(QT_TRANSLATE_NOOP("cli", "New officer's password: ")),
        "DALEL_NEW_PASSWORD",
        "new_password_file",
    )
    officer = s.registers.find_staff(ctx.args.officer) if ctx.args.officer else None
    if officer is not None:
        # The one path by which the officer changes (R1, R2): recorded, then verified.
        designate_officer(s, officer.id)
    s.reset_slot("officer", new)
    text = tr(QT_TRANSLATE_NOOP("cli", "The officer's password was set."))
    if officer is not None:
        text = (
            tr(
                QT_TRANSLATE_NOOP("cli", "{name} is now the responsible officer."),
                name=officer.full_name,
            )
            + "\n"
            + text
        )
    ctx.emit({"changed": True, "officer_id": officer.id if officer else None}, text)
    return 0


def cmd_verify(ctx: Context) -> int:
    s = ctx.session(read_only=True)  # a full disk does not stop a check (issue 13)
    # A code that does not decode is CheckpointUnreadable: exit 2 with the reason.
    checkpoints = [Checkpoint.decode(code) for code in ctx.args.checkpoint]

    def progress(done: int, total: int) -> None:
        if not ctx.json and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr)

    report = verify(s, read_data=not ctx.args.quick, checkpoints=checkpoints, progress=progress)
    text = "\n".join(report_lines(report))
    ctx.emit(report.as_dict(), text)
    return ExitCode.OK if report.ok else ExitCode.VERIFY_DAMAGE


def report_lines(report: VerifyReport) -> list[str]:
    """What a vault check found, one line each, in the user's language (verify, restore)."""
    if report.ok:
        lines = [
            tr(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Vault intact: {j} journal entries, {a} audit entries, {b} blobs "
                    "({mb} MB) decrypted and rehashed.",
                ),
                j=report.journal_entries,
                a=report.audit_entries,
                b=report.blobs_checked,
                mb=decimal_text(report.bytes_checked / 1e6),
            )
        ]
    else:
        lines = [
            tr(
                NUMERUS.translate("cli", "VAULT DAMAGED OR ALTERED — %n problem(s):", None, 0),
                n=len(report.problems),
            )
        ]
        lines += [f"  {p.shown()}" for p in report.problems]
    return lines + [f"  ({note})" for note in report.notes]


def cmd_checkpoint(ctx: Context) -> int:
    s = ctx.session()
    cp = s.journal.checkpoint()
    ctx.emit(
        {
            "size": cp.size,
            "head": cp.head,
            "audit_size": cp.audit_size,
            "audit_head": cp.audit_head,
            "code": cp.encode(),
        },
        tr(
            QT_TRANSLATE_NOOP("cli", "Audit log of {n} entries, head {head}."),
            n=cp.audit_size,
            head=(cp.audit_head or "")[:16],
        )
        + "\n"
        + tr(
            QT_TRANSLATE_NOOP(
                "cli", "Journal of {n} entries, head {head}.\nCheckpoint code:\n{code}"
            ),
            n=cp.size,
            head=cp.head[:16],
            code=cp.encode(),
        ),
    )
    return 0
