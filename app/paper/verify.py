"""Checking a paper page against the vault (R7, R3): the short code and/or the QR text
typed or scanned, with the page number read off the paper. How the codes bind a page is in
``app.paper.pagecheck``."""

from __future__ import annotations

import hmac
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP, Phrase
from app.model import print_register
from app.model.journal import Checkpoint, CheckpointUnreadable
from app.paper import pagecheck

if TYPE_CHECKING:
    from app.model.vault import VaultSession


@dataclass
class PageCheck:
    ok: bool
    reason: str     # a Phrase: English in --json and the audit log, shown translated
    volume: int | None = None
    page_no: int | None = None
    kind: str | None = None
    printed_at: str | None = None
    rows: list[dict[str, Any]] = field(default_factory=list)   # what the page must show
    checkpoint_size: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def verify_page(session: VaultSession, code: str | None = None, *, page: int | None = None,
                volume: int | None = None, qr: str | None = None) -> PageCheck:
    """Check a paper page against the vault: the short code and/or the QR payload, with the
    page number read off the paper. ``ok`` False says why (the code was not issued for that
    page, or the page's rows no longer match the hash chain, ...)."""
    check = _verify(session, code, page, volume, qr)
    session.audit.record("verify", session.role, session.actor_id, what="paper_page",
                         volume=check.volume, page=check.page_no, ok=check.ok,
                         reason=check.reason)
    return check


def _verify(session: VaultSession, code: str | None, page: int | None, volume: int | None,
            qr: str | None) -> PageCheck:
    if not code and not qr:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Give the page's check code or its QR "
                                             "text."))
    claims = []
    try:
        if code:
            claims.append(pagecheck.parse_code(code))
        if qr:
            claims.append(pagecheck.parse_qr(qr, session.vault_id))
    except ValueError:
        return PageCheck(False, Phrase(QT_TRANSLATE_NOOP(
            "core", "the code is not a Dalel page code (mistyped?)")), volume, page)
    first = claims[0]
    for c in claims[1:]:
        if (c.volume, c.page_no, c.mac) != (first.volume, first.page_no, first.mac):
            return PageCheck(False, Phrase(QT_TRANSLATE_NOOP(
                "core", "the short code and the QR code are of different pages")),
                first.volume, first.page_no)
    if page is not None and int(page) != first.page_no:
        return PageCheck(False, Phrase(QT_TRANSLATE_NOOP(
            "core", "this code was issued for page {issued}, not for page {page}"),
            issued=first.page_no, page=int(page)), first.volume, int(page))
    if volume is not None and int(volume) != first.volume:
        return PageCheck(False, Phrase(QT_TRANSLATE_NOOP(
            "core", "this code was issued for volume {issued}, not for volume {volume}"),
            issued=first.volume, volume=int(volume)), int(volume), first.page_no)
    vol, pno = first.volume, first.page_no
    stored = print_register.find_page(session.db, vol, pno)
    if stored is None:
        return PageCheck(False, Phrase(QT_TRANSLATE_NOOP(
            "core", "no page {page} was ever printed in volume {volume}"), page=pno,
            volume=vol), vol, pno)
    record = json.loads(stored.record)
    try:
        cp = Checkpoint.decode(stored.checkpoint)
    except CheckpointUnreadable as exc:
        return PageCheck(False, Phrase(QT_TRANSLATE_NOOP(
            "core", "the vault's record of this page is damaged: {reason}"),
            reason=exc.reason), vol, pno)
    base = PageCheck(False, Phrase(""), vol, pno, record["kind"], stored.printed_at,
                     [{"number": r["n"], "struck": r["x"], "cells": r["cells"],
                       "remarks": [k for k, _r, _s in r["rk"]]} for r in record["rows"]],
                     cp.size)
    why = session.journal.check_checkpoint(cp)
    if why:
        base.reason = Phrase(QT_TRANSLATE_NOOP(
            "core", "the journal no longer matches the checkpoint printed on the page: {why}"),
            why=why)
        return base
    brk, _count = session.journal.check_chain()
    if brk is not None:
        base.reason = Phrase(QT_TRANSLATE_NOOP(
            "core", "the journal's hash chain is broken at entry {seq}: {reason}"),
            seq=brk.seq, reason=brk.reason)
        return base
    hashes = print_register.journal_hashes(session.db.con,
                                           (s for r in record["rows"] for s in r["s"]))
    digest = pagecheck.page_digest(session.vault_id, vol, pno, record["kind"], cp,
                                   record["rows"], hashes, record.get("extra"))
    key = pagecheck.page_key(session)
    if digest != record["digest"] or not hmac.compare_digest(
            pagecheck.mac10(key, digest), record["mac"]):
        base.reason = Phrase(QT_TRANSLATE_NOOP(
            "core", "the rows of this page no longer match the journal's hash chain"))
        return base
    for claim in claims:
        if not hmac.compare_digest(claim.mac, record["mac"]):
            base.reason = Phrase(QT_TRANSLATE_NOOP(
                "core", "the code does not match this page (altered or substituted page)"))
            return base
        if claim.checkpoint is not None:
            why = session.journal.check_checkpoint(claim.checkpoint)
            if why:
                base.reason = Phrase(QT_TRANSLATE_NOOP(
                    "core", "the QR checkpoint does not match the journal: {why}"), why=why)
                return base
            if claim.checkpoint != cp or claim.digest_prefix != digest[:32]:
                base.reason = Phrase(QT_TRANSLATE_NOOP(
                    "core", "the QR code does not match this page"))
                return base
    base.ok = True
    base.reason = Phrase(QT_TRANSLATE_NOOP("core", "the page matches the vault"))
    return base
