"""An audit record's details in words (issue 15): the audit log report showed each record's
stored detail as JSON ({"field": "state", "new": "in_store", ...}). Here each known key
gets its name and each value its form for people: a person's name for a staff id, an
inventory number for a device id, local times, sizes, yes/no, and the words for the
program's codes. Purely technical values (key-derivation parameters, lockout counters,
digests of lists, the English source of a message whose reason is named) are left out:
``dalel verify`` checks them and ``dalel audit --json`` shows them as stored. A key this
version does not know is shown as stored, so nothing is hidden by accident."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from app.clock import from_iso
from app.errors import DalelError
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, decimal_text, translate, translate_n
from app.model.words import CONTEXT as CORE
from app.model.words import (
    KIND_WORDS,
    PRINT_KIND_WORDS,
    REASON_WORDS,
    ROLE_WORDS,
    STATE_WORDS,
    word,
    yes_no,
)
from app.reports.history import CATEGORY_LABELS

if TYPE_CHECKING:
    from app.model.audit import AuditEntry
    from app.model.vault import VaultSession

CONTEXT = "reports"

HIDDEN = {"kdf", "lockout_epoch", "lockout_generation", "list_sha256", "checkpoint",
          "volume_id", "usb", "gen", "resumed_at_blob", "seq", "id", "table", "same_file",
          "intent_seq", "manifest_sha256", "message"}

KEY_LABELS: dict[str, str] = {
    "footage_id": QT_TRANSLATE_NOOP("reports", "recording"),
    "footage_ids": QT_TRANSLATE_NOOP("reports", "recordings"),
    "journal_seq": QT_TRANSLATE_NOOP("reports", "journal entry"),
    "camera_inventory": QT_TRANSLATE_NOOP("reports", "camera"),
    "card_inventory": QT_TRANSLATE_NOOP("reports", "memory card"),
    "camera_id": QT_TRANSLATE_NOOP("reports", "camera"),
    "card_id": QT_TRANSLATE_NOOP("reports", "memory card"),
    "officer_id": QT_TRANSLATE_NOOP("reports", "responsible officer"),
    "head_id": QT_TRANSLATE_NOOP("reports", "head"),
    "recipient_id": QT_TRANSLATE_NOOP("reports", "recipient"),
    "inspector_id": QT_TRANSLATE_NOOP("reports", "inspector"),
    "previous": QT_TRANSLATE_NOOP("reports", "before"),
    "identity": QT_TRANSLATE_NOOP("reports", "password holders"),
    "role": QT_TRANSLATE_NOOP("reports", "whose"),
    "reset_role": QT_TRANSLATE_NOOP("reports", "whose"),
    "copy": QT_TRANSLATE_NOOP("reports", "copy"),
    "reason": QT_TRANSLATE_NOOP("reports", "reason"),
    "text": QT_TRANSLATE_NOOP("reports", "text"),
    "offset_s": QT_TRANSLATE_NOOP("reports", "at the moment"),
    "mark": QT_TRANSLATE_NOOP("reports", "mark"),
    "value": QT_TRANSLATE_NOOP("reports", "category"),
    "what": QT_TRANSLATE_NOOP("reports", "what"),
    "kind": QT_TRANSLATE_NOOP("reports", "what"),
    "format": QT_TRANSLATE_NOOP("reports", "format"),
    "file": QT_TRANSLATE_NOOP("reports", "file"),
    "folder": QT_TRANSLATE_NOOP("reports", "folder"),
    "source": QT_TRANSLATE_NOOP("reports", "from"),
    "mount": QT_TRANSLATE_NOOP("reports", "folder"),
    "label": QT_TRANSLATE_NOOP("reports", "volume"),
    "rows": QT_TRANSLATE_NOOP("reports", "rows"),
    "month": QT_TRANSLATE_NOOP("reports", "month"),
    "volume": QT_TRANSLATE_NOOP("reports", "volume"),
    "page": QT_TRANSLATE_NOOP("reports", "page"),
    "pages": QT_TRANSLATE_NOOP("reports", "pages"),
    "count": QT_TRANSLATE_NOOP("reports", "count"),
    "covers": QT_TRANSLATE_NOOP("reports", "with covers"),
    "since": QT_TRANSLATE_NOOP("reports", "from"),
    "until": QT_TRANSLATE_NOOP("reports", "to"),
    "checkpoint_size": QT_TRANSLATE_NOOP("reports", "journal entries"),
    "journal_entries": QT_TRANSLATE_NOOP("reports", "journal entries"),
    "audit_entries": QT_TRANSLATE_NOOP("reports", "audit log records"),
    "files": QT_TRANSLATE_NOOP("reports", "files"),
    "bytes": QT_TRANSLATE_NOOP("reports", "size"),
    "blobs": QT_TRANSLATE_NOOP("reports", "files"),
    "copied": QT_TRANSLATE_NOOP("reports", "copied"),
    "skipped": QT_TRANSLATE_NOOP("reports", "already there"),
    "missing": QT_TRANSLATE_NOOP("reports", "missing"),
    "stored": QT_TRANSLATE_NOOP("reports", "stored"),
    "duplicates": QT_TRANSLATE_NOOP("reports", "already in the vault"),
    "failed": QT_TRANSLATE_NOOP("reports", "failed"),
    "partial": QT_TRANSLATE_NOOP("reports", "incomplete"),
    "phase": QT_TRANSLATE_NOOP("reports", "stage"),
    "left_on_card": QT_TRANSLATE_NOOP("reports", "left on the card"),
    "remaining": QT_TRANSLATE_NOOP("reports", "not wiped"),
    "remaining_names": QT_TRANSLATE_NOOP("reports", "not wiped"),
    "finished_at_next_docking": QT_TRANSLATE_NOOP("reports", "finished at the next docking"),
    "ok": QT_TRANSLATE_NOOP("reports", "intact"),
    "problems": QT_TRANSLATE_NOOP("reports", "problems"),
    "full": QT_TRANSLATE_NOOP("reports", "full check"),
    "complete": QT_TRANSLATE_NOOP("reports", "complete"),
    "started_at": QT_TRANSLATE_NOOP("reports", "started"),
    "backup_at": QT_TRANSLATE_NOOP("reports", "backup of"),
    "set_to": QT_TRANSLATE_NOOP("reports", "set to"),
    "method": QT_TRANSLATE_NOOP("reports", "how"),
    "at": QT_TRANSLATE_NOOP("reports", "when"),
    "offset_before_s": QT_TRANSLATE_NOOP("reports", "it was off by, s"),
    "now": QT_TRANSLATE_NOOP("reports", "now"),
    "percent": QT_TRANSLATE_NOOP("reports", "charge, %"),
    "minimum": QT_TRANSLATE_NOOP("reports", "minimum, %"),
    "battery_override": QT_TRANSLATE_NOOP("reports", "low battery"),
    "past_service_life": QT_TRANSLATE_NOOP("reports", "past its service life"),
    "ended": QT_TRANSLATE_NOOP("reports", "ended"),
    "purpose": QT_TRANSLATE_NOOP("reports", "purpose"),
    "permission": QT_TRANSLATE_NOOP("reports", "permission"),
    "release_id": QT_TRANSLATE_NOOP("reports", "release"),
    "fingerprint": QT_TRANSLATE_NOOP("reports", "signing key"),
    "failures": QT_TRANSLATE_NOOP("reports", "wrong passwords in a row"),
    "locked": QT_TRANSLATE_NOOP("reports", "locked out"),
    "found": QT_TRANSLATE_NOOP("reports", "found"),
    "expected": QT_TRANSLATE_NOOP("reports", "expected"),
    # what journal entries hold (``dalel entries``)
    "seal": QT_TRANSLATE_NOOP("reports", "seal"),
    "type": QT_TRANSLATE_NOOP("reports", "remark"),
    "remark_type": QT_TRANSLATE_NOOP("reports", "remark"),
    "changes": QT_TRANSLATE_NOOP("reports", "corrected"),
    "replaces": QT_TRANSLATE_NOOP("reports", "replaces the issue of entry"),
    "faulty": QT_TRANSLATE_NOOP("reports", "faulty"),
    "recordings": QT_TRANSLATE_NOOP("reports", "recordings"),
    "clock_method": QT_TRANSLATE_NOOP("reports", "camera clock read"),
    "clock_offset_s": QT_TRANSLATE_NOOP("reports", "camera clock off by, s"),
    "void": QT_TRANSLATE_NOOP("reports", "return struck out"),
    "restore": QT_TRANSLATE_NOOP("reports", "return restored"),
}

# What each kind of journal entry is (journal.KINDS; ``dalel entries``) and each remark.
JOURNAL_KINDS = {"issue": QT_TRANSLATE_NOOP("reports", "issue"),
                 "return": QT_TRANSLATE_NOOP("reports", "return"),
                 "download": QT_TRANSLATE_NOOP("reports", "download"),
                 "remark": QT_TRANSLATE_NOOP("reports", "remark"),
                 "correction": QT_TRANSLATE_NOOP("reports", "correction"),
                 "wipe": QT_TRANSLATE_NOOP("reports", "card wiped"),
                 "ingest_aborted": QT_TRANSLATE_NOOP("reports", "download stopped"),
                 "clock_set": QT_TRANSLATE_NOOP("reports", "camera clock set"),
                 "tie": QT_TRANSLATE_NOOP("reports", "card tied to a camera"),
                 "footage_sealed": QT_TRANSLATE_NOOP("reports", "recordings sealed")}
REMARK_TYPES = {"meal_pause": QT_TRANSLATE_NOOP("reports", "meal break: recording paused"),
                "meal_resume": QT_TRANSLATE_NOOP("reports", "meal break over: recording again"),
                "malfunction": QT_TRANSLATE_NOOP("reports", "malfunction"),
                "note": QT_TRANSLATE_NOOP("reports", "note")}
_ROLES = {"officer": QT_TRANSLATE_NOOP("reports", "the responsible officer"),
          "head": QT_TRANSLATE_NOOP("reports", "the head")}
CODE_LABELS: dict[str, dict[str, str]] = {
    "role": _ROLES, "reset_role": _ROLES, "locked": _ROLES,
    "value": CATEGORY_LABELS,
    "mark": {"category": QT_TRANSLATE_NOOP("reports", "category")},
    "permission": {"head_password": QT_TRANSLATE_NOOP("reports", "the head's password"),
                   "head_session": QT_TRANSLATE_NOOP("reports", "the head's own session")},
    "phase": {"intent": QT_TRANSLATE_NOOP("reports", "started"),
              "done": QT_TRANSLATE_NOOP("reports", "done"),
              "partial": QT_TRANSLATE_NOOP("reports", "partly done")},
    "what": {"journal": QT_TRANSLATE_NOOP("reports", "the journal"),
             "paper_page": QT_TRANSLATE_NOOP("reports", "a printed journal page"),
             "report_month": QT_TRANSLATE_NOOP("reports", "the month by inspector"),
             "report_audit": QT_TRANSLATE_NOOP("reports", "the audit log of the month"),
             "report_recording": QT_TRANSLATE_NOOP("reports", "a recording's chain of custody")},
    "kind": JOURNAL_KINDS,
    "type": REMARK_TYPES, "remark_type": REMARK_TYPES,
    "changes": {"seal": QT_TRANSLATE_NOOP("reports", "seal"),
                "text": QT_TRANSLATE_NOOP("reports", "text")},
    "clock_method": {"device": QT_TRANSLATE_NOOP("reports", "from the camera"),
                     "newest_file": QT_TRANSLATE_NOOP("reports", "by the newest file"),
                     "none": QT_TRANSLATE_NOOP("reports", "not read")},
    "method": {"time_file": QT_TRANSLATE_NOOP("reports", "a time file on the card"),
               "usb_command": QT_TRANSLATE_NOOP("reports", "a command over USB")},
    "at": {"issue": QT_TRANSLATE_NOOP("reports", "at issue"),
           "docking": QT_TRANSLATE_NOOP("reports", "at docking")},
    "reason": {"cancelled": QT_TRANSLATE_NOOP("reports", "cancelled"),
               "card_removed": QT_TRANSLATE_NOOP("reports", "the camera or card was removed"),
               "vault_storage": QT_TRANSLATE_NOOP("reports", "the vault disk refused")},
}
# Codes the registers and the window name too: the core's words (app/model/words.py, shown
# in its "core" context) — what a print made, what an issue's correction changed, and the
# reasons the program writes in a register's history.
CORE_CODE_LABELS: dict[str, Mapping[str, str]] = {
    "kind": PRINT_KIND_WORDS,
    "changes": {"inspector": ROLE_WORDS["inspector"], **KIND_WORDS},
    "reason": REASON_WORDS,
}
STAFF_KEYS = {"officer_id", "head_id", "recipient_id", "inspector_id", "previous"}
DEVICE_KEYS = {"camera_id", "card_id"}
ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")
TIME_KEYS = {"started_at", "backup_at", "set_to", "now", "until_at"}


class Words:
    """Renders details for one report: names are looked up once."""

    def __init__(self, session: VaultSession, lang: str | None) -> None:
        self.s, self.lang = session, lang
        # Looked up by what an entry's detail holds, which may be any JSON value.
        self.names: dict[object, str] = {p.id: p.full_name
                                         for p in session.registers.list_staff()}
        self.devices: dict[int, str] = {}

    def t(self, text: str) -> str:
        return translate(CONTEXT, text, self.lang)

    def device(self, value: Any) -> str:
        try:
            number = int(value)
        except (TypeError, ValueError):
            return "—"
        if number not in self.devices:
            try:
                self.devices[number] = self.s.registers.device(number).inventory_no
            except DalelError:
                self.devices[number] = f"№ {number}"
        return self.devices[number]

    def when(self, iso: Any) -> str:
        try:
            return self.s.calendar.local(from_iso(str(iso))).strftime("%d.%m.%Y %H:%M")
        except (TypeError, ValueError):
            return str(iso)

    def size(self, n: Any) -> str:
        try:
            mb = int(n) / 1e6
        except (TypeError, ValueError):
            return str(n)
        if mb < 1:
            return translate_n(CONTEXT, NUMERUS.translate("reports", "%n byte(s)", None, 0),
                               int(n), self.lang)
        return self.t(QT_TRANSLATE_NOOP("reports", "{n} MB")).format(
            n=decimal_text(mb, self.lang))

    def value(self, key: str, v: Any) -> str:
        if v is None or v == "":
            return "—"
        if isinstance(v, bool):
            return yes_no(v, self.lang)
        if key in STAFF_KEYS:
            return self.names.get(v, f"№ {v}") if isinstance(v, int) else str(v)
        if key in DEVICE_KEYS:
            return self.device(v)
        if key in ("footage_id", "release_id", "journal_seq"):
            return f"№ {v}"
        if key == "footage_ids" and isinstance(v, list):
            return "№ " + ", ".join(str(i) for i in v)
        if key == "bytes":
            return self.size(v)
        if key in TIME_KEYS or (isinstance(v, str) and ISO_TIME.fullmatch(v)):
            return self.when(v)
        if key == "locked" and isinstance(v, list):
            return ", ".join(self.value(key, r) for r in v)
        if key == "files" and isinstance(v, list):
            return str(len(v))
        if key in ("rows", "pages") and isinstance(v, list):
            return "–".join(str(i) for i in v) if key == "rows" and len(v) == 2 else \
                ", ".join(str(i) for i in v)
        if key == "format":
            return str(v).upper()
        if isinstance(v, dict):
            return ", ".join(self.pairs(v))
        if isinstance(v, list):
            return ", ".join(self.value(key, i) if key in CODE_LABELS or key in CORE_CODE_LABELS
                             else str(i) for i in v)
        if isinstance(v, float):
            return decimal_text(v, self.lang)
        for context, labels in ((CONTEXT, CODE_LABELS), (CORE, CORE_CODE_LABELS)):
            if str(v) in labels.get(key, {}):
                return translate(context, labels[key][str(v)], self.lang)
        return str(v)

    def pairs(self, d: dict[str, Any]) -> list[str]:
        out = []
        for key, v in d.items():
            if key in HIDDEN or v is None or v == [] or (key, v) == ("mark", "category"):
                continue
            label = KEY_LABELS.get(key)
            text = self.value(key, v)
            out.append(f"{self.t(label)}: {text}" if label else f"{key}: {text}")
        return out

    # -- the records that read as a sentence ------------------------------------------------
    def register_changed(self, d: dict[str, Any]) -> str:
        field, old, new = d.get("field"), d.get("old"), d.get("new")
        record = (self.device(d.get("id")) if d.get("table") == "devices"
                  else self.names.get(d.get("id"), f"№ {d.get('id')}"))

        def state(code: Any) -> str:
            return word(STATE_WORDS, code, self.lang)

        sentences: dict[Any, Callable[[], str]] = {
            "created": lambda: self.t(QT_TRANSLATE_NOOP("reports", "registered")) if new == record
            else self.t(QT_TRANSLATE_NOOP("reports", "registered as {number}")).format(
                number=new or "—"),
            "state": lambda: self.t(QT_TRANSLATE_NOOP("reports", "state: {old} → {new}")
                                    ).format(old=state(old), new=state(new)),
            "camera_id": lambda: self.t(QT_TRANSLATE_NOOP("reports", "in camera: {old} → {new}")
                                        ).format(old=self.device(old), new=self.device(new)),
            "slot_seal": lambda: self.t(QT_TRANSLATE_NOOP("reports", "slot seal: {old} → {new}")
                                        ).format(old=old or "—", new=new or "—"),
            "default_password": lambda: self.t(QT_TRANSLATE_NOOP(
                "reports", "the factory password was changed")),
            "active": lambda: self.t(QT_TRANSLATE_NOOP("reports", "works here again")
                                     if new == "1" else
                                     QT_TRANSLATE_NOOP("reports", "no longer works here")),
        }
        change = sentences[field]() if field in sentences else f"{field}: {old} → {new}"
        reason = d.get("reason")
        if reason:
            change += f" ({self.value('reason', reason)})"
        return f"{record}: {change}"

    def settings_changed(self, d: dict[str, Any]) -> str:
        from app.model.settings import SETTINGS

        key = str(d.get("key", ""))
        name = translate("core", SETTINGS[key].label, self.lang) if key in SETTINGS else key

        def shown(v: Any) -> str:
            if isinstance(v, list):
                return ", ".join(str(i) for i in v) or "—"
            return self.value("setting", v)

        return f"{name}: {shown(d.get('old'))} → {shown(d.get('new'))}"

    def detail(self, entry: AuditEntry) -> str:
        d = entry.detail or {}
        if entry.action == "register_changed":
            return self.register_changed(d)
        if entry.action == "settings_changed":
            return self.settings_changed(d)
        if entry.action == "footage_marked" and d.get("mark") == "hold":
            # what was done is the record's name (labels.audit_label): set or lifted
            d = {k: v for k, v in d.items() if k not in ("mark", "value")}
        return "; ".join(self.pairs(d))

    def journal_detail(self, data: dict[str, Any]) -> str:
        """A journal entry's stored data in words (``dalel entries``): the pre-use check and
        the digest of the recordings are left out (``--json`` has them)."""
        skip = {"checklist", "footage"} | ({"remark_type"} if "type" in data else set())
        return "; ".join(self.pairs({k: v for k, v in data.items()
                                     if k not in skip and v != ""}))
