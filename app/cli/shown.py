"""What the command line prints for people, in words and the office's local time: the
audit log and the journal's entries as the Reports tab words them (app/reports), settings
as a person types them, devices counted by kind and state (app/model/words.py). ``--json``
keeps the stored codes and UTC times; these are for reading only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app.cli.context import tr
from app.clock import from_iso
from app.i18n import QT_TRANSLATE_NOOP, language, translate
from app.model.words import ROLE_WORDS, counted, setting_value, word
from app.reports.audit_words import CODE_LABELS, Words
from app.reports.labels import audit_label

if TYPE_CHECKING:
    from app.model.audit import AuditEntry
    from app.model.journal import Entry
    from app.model.registers import Device
    from app.model.vault import VaultSession

DAY_TIME = "%d.%m.%Y %H:%M"
DAY_TIME_S = "%d.%m.%Y %H:%M:%S"


def local(s: VaultSession, iso: str | None, form: str = DAY_TIME) -> str:
    """A stored UTC time in the office's time zone (the ``timezone`` setting), as the
    journal and the reports show it; nothing as ""."""
    if not iso:
        return ""
    try:
        return s.calendar.local(from_iso(iso)).strftime(form)
    except (TypeError, ValueError):
        return str(iso)


def time_header(s: VaultSession) -> str:
    """The heading of a column of local times, naming the zone."""
    return tr(QT_TRANSLATE_NOOP("cli", "local time ({zone})"),
              zone=s.settings.get("timezone"))


def audit_rows(s: VaultSession, entries: Sequence[AuditEntry]) -> tuple[list[list[Any]],
                                                                     list[str]]:
    """``dalel audit``: each record's time, who (role and name), what and its details in
    the words of ``dalel report audit``."""
    words = Words(s, language())
    names = {p.id: p.short_name for p in s.registers.list_staff()}
    rows = [[e.seq, local(s, e.at, DAY_TIME_S), word(ROLE_WORDS, e.role),
             names.get(e.actor_id or 0, ""),
             translate("reports", audit_label(e.action, e.detail)), words.detail(e)]
            for e in entries]
    headers = ["#", time_header(s)] + [tr(h) for h in (
        QT_TRANSLATE_NOOP("cli", "role"), QT_TRANSLATE_NOOP("cli", "who"),
        QT_TRANSLATE_NOOP("cli", "action"), QT_TRANSLATE_NOOP("cli", "detail"))]
    return rows, headers


def entry_rows(s: VaultSession, entries: Sequence[Entry]) -> tuple[list[list[Any]], list[str]]:
    """``dalel entries``: each journal entry's time, kind, the issue it belongs to, the
    entry it corrects, its hash, and its data in words (last: it runs on in full)."""
    words = Words(s, language())
    kinds = CODE_LABELS["kind"]
    rows = [[e.seq, local(s, e.at, DAY_TIME_S),
             translate("reports", kinds[e.kind]) if e.kind in kinds else e.kind,
             e.custody_id, e.ref_seq, e.hash[:12], words.journal_detail(e.data)]
            for e in entries]
    headers = ["#", time_header(s)] + [tr(h) for h in (
        QT_TRANSLATE_NOOP("cli", "kind"), QT_TRANSLATE_NOOP("cli", "issue"),
        QT_TRANSLATE_NOOP("cli", "corrects"), QT_TRANSLATE_NOOP("cli", "hash"),
        QT_TRANSLATE_NOOP("cli", "data"))]
    return rows, headers


def setting_lines(s: VaultSession, values: Mapping[str, Any]) -> list[str]:
    """``key = value`` as a person types it back (yes/no, day names, lists with commas);
    who holds a role by name (those change only through their own recorded action)."""
    names = {p.id: p.full_name for p in s.registers.list_staff()}
    lines = []
    for key, value in values.items():
        text = setting_value(value, key)
        if key in ("officer_id", "head_id") and value in names:
            text = f"{value} ({names[value]})"
        lines.append(f"{key} = {text}")
    return lines


def device_lines(devices: Sequence[Device]) -> list[str]:
    """``dalel status``: how many devices of each kind are in each state, in words."""
    return [f"  {what}: {n}" for what, n in counted([(d.kind, d.state) for d in devices])]
