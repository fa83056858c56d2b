"""The chain of custody of one recording: every event from the camera to today — recorded,
downloaded (the journal entry), then each view, note, category change, hold, release and
destruction the audit log names it in (R3, R9, R10, R13)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.clock import from_iso
from app.errors import NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.model.footage import HELD, Footage
from app.reports.labels import HOLD_LIFTED, HOLD_SET

if TYPE_CHECKING:
    from app.model.vault import VaultSession

CONTEXT = "reports"

# What each audit record about a recording is called in the report. Records the program
# does not know by name yet (a newer version's) are still listed, as "Other record".
EVENT_LABELS: dict[str, str] = {
    "recorded": QT_TRANSLATE_NOOP("reports", "Recorded by the camera"),
    "downloaded": QT_TRANSLATE_NOOP("reports", "Downloaded into the vault"),
    "view": QT_TRANSLATE_NOOP("reports", "Viewed"),
    "footage_marked": QT_TRANSLATE_NOOP("reports", "Category changed"),
    "footage_note": QT_TRANSLATE_NOOP("reports", "Note added"),
    "release": QT_TRANSLATE_NOOP("reports", "Copy released"),
    "export": QT_TRANSLATE_NOOP("reports", "Copy written"),
    "retention_hold": HOLD_SET,
    "retention_unhold": HOLD_LIFTED,
    "footage_destroyed": QT_TRANSLATE_NOOP("reports", "Destroyed after its term"),
}
OTHER = QT_TRANSLATE_NOOP("reports", "Other record")
CATEGORY_LABELS = {
    "ordinary": QT_TRANSLATE_NOOP("reports", "ordinary (1 year)"),
    "offence": QT_TRANSLATE_NOOP("reports", "offence (5 years)"),
    "inspection": QT_TRANSLATE_NOOP("reports", "inspection (5 years)"),
}


@dataclass(frozen=True)
class Event:
    at: str               # UTC ISO
    action: str           # developer name; ``label()`` is what people read
    actor: str            # full name, or "" for the camera
    detail: str           # in the language asked for
    source: str = ""      # "journal" or "audit": where the event is recorded
    seq: int | None = None

    def label(self, lang: str | None = None) -> str:
        return translate(CONTEXT, EVENT_LABELS.get(self.action, OTHER), lang)

    def ref(self, lang: str | None = None) -> str:
        """Where to find it: the journal entry or the audit record, by number."""
        if self.seq is None:
            return ""
        text = (QT_TRANSLATE_NOOP("reports", "journal № {n}") if self.source == "journal"
                else QT_TRANSLATE_NOOP("reports", "audit log № {n}"))
        return translate(CONTEXT, text, lang).format(n=self.seq)


@dataclass(frozen=True)
class RecordingHistory:
    footage: Footage
    camera: str
    inspector: str
    category: str
    events: list[Event]


def _name(session: VaultSession, staff_id: Any) -> str:
    if not isinstance(staff_id, int):
        return ""
    try:
        return session.registers.staff(staff_id).full_name
    except NotFound:
        return ""


def _detail(session: VaultSession, action: str, d: dict[str, Any], lang: str | None) -> str:
    def t(text: str) -> str:
        return translate(CONTEXT, text, lang)

    if action == "footage_marked":
        value = str(d.get("value", ""))
        text = t(CATEGORY_LABELS[value]) if value in CATEGORY_LABELS else value
        if d.get("reason"):
            text += " — " + str(d["reason"])
        return text
    if action == "footage_note":
        return str(d.get("text", ""))
    if action == "release":
        who = _name(session, d.get("recipient_id"))
        return t(QT_TRANSLATE_NOOP("reports", "to {who}: {purpose}")).format(
            who=who or "?", purpose=d.get("purpose", ""))
    if "reason" in d:
        return str(d["reason"])
    return ""


def recording_history(session: VaultSession, footage_id: int, lang: str | None = None
                      ) -> RecordingHistory:
    """Raises NotFound for an unknown recording."""
    f = session.footage.get(footage_id)
    reg = session.registers
    events: list[Event] = []
    if f.started_at:
        def local(iso: str) -> str:
            return session.calendar.local(from_iso(iso)).strftime("%d.%m.%Y %H:%M:%S")

        span = local(f.started_at) + (f" — {local(f.ended_at)}" if f.ended_at else "")
        events.append(Event(f.started_at, "recorded", "", f"{f.source_name}: {span}"))
    download_actor = ""
    if f.journal_seq is not None:
        download_actor = _name(session, session.journal.entry(f.journal_seq).actor_id)
    events.append(Event(f.downloaded_at, "downloaded", download_actor,
                        f"SHA-256 {f.sha256}, {f.size:,} B".replace(",", " "),
                        "journal", f.journal_seq))
    for e in session.audit.about_footage(footage_id):
        action = e.action
        if action == "footage_marked" and e.detail.get("mark") == "hold":
            # A legal hold is a mark row with its chained record (app/model/retention.py).
            action = "retention_hold" if e.detail.get("value") == HELD else "retention_unhold"
        events.append(Event(e.at, action, _name(session, e.actor_id),
                            _detail(session, action, e.detail, lang), "audit", e.seq))
    camera = reg.device(f.camera_id).inventory_no if f.camera_id else ""
    inspector = _name(session, f.inspector_id)
    return RecordingHistory(f, camera, inspector, session.footage.category(footage_id),
                            sorted(events, key=lambda e: e.at))
