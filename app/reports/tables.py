"""Reports as plain tables in one language: what the CLI prints, the window shows, and the
CSV, XLSX and PDF writers write."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.clock import from_iso
from app.i18n import QT_TRANSLATE_NOOP, decimal_text, translate
from app.reports.audit_words import Words
from app.reports.history import CATEGORY_LABELS, RecordingHistory
from app.reports.labels import audit_label
from app.reports.month import MonthReport

if TYPE_CHECKING:
    from app.model.audit import AuditEntry
    from app.model.vault import VaultSession

CONTEXT = "reports"
Cell = str | int | float
# Headings of the two tables of events, a recording's chain of custody and the audit log.
WHEN = QT_TRANSLATE_NOOP("reports", "When")
WHAT = QT_TRANSLATE_NOOP("reports", "What")
WHO = QT_TRANSLATE_NOOP("reports", "Who")
DETAILS = QT_TRANSLATE_NOOP("reports", "Details")


@dataclass(frozen=True)
class Table:
    title: str
    subtitle: str
    headers: list[str]
    rows: list[list[Cell]]
    footer: list[Cell] = field(default_factory=list)
    # Columns that hold long text: the PDF gives them the room left over.
    wide: tuple[int, ...] = ()
    office: str = ""
    lang: str | None = None

    def text(self, value: Cell) -> str:
        """A cell as a reader sees it: hours with the language's decimal sign ("1,5" in
        kk/ru). XLSX keeps the number itself."""
        return decimal_text(value, self.lang) if isinstance(value, float) else str(value)

    def shown_rows(self) -> list[list[str]]:
        """The rows and the footer, each cell as :meth:`text` writes it."""
        rows = [*self.rows, self.footer] if self.footer else self.rows
        return [[self.text(v) for v in row] for row in rows]


def _t(text: str, lang: str | None) -> str:
    return translate(CONTEXT, text, lang)


def office(session: VaultSession) -> str:
    return str(session.settings.get("unit_name") or "")


def local_time(session: VaultSession, iso: str | None) -> str:
    if not iso:
        return ""
    return session.calendar.local(from_iso(iso)).strftime("%d.%m.%Y %H:%M")


def month_table(session: VaultSession, rep: MonthReport, lang: str | None = None) -> Table:
    headers = [_t(h, lang) for h in (
        QT_TRANSLATE_NOOP("reports", "Inspector"),
        QT_TRANSLATE_NOOP("reports", "Personnel no."),
        QT_TRANSLATE_NOOP("reports", "Days on duty"),
        QT_TRANSLATE_NOOP("reports", "Recordings"),
        QT_TRANSLATE_NOOP("reports", "Hours recorded"),
        QT_TRANSLATE_NOOP("reports", "Returned late"),
        QT_TRANSLATE_NOOP("reports", "Downloaded late"),
        QT_TRANSLATE_NOOP("reports", "Unexplained gaps"),
        QT_TRANSLATE_NOOP("reports", "Gap minutes"),
        QT_TRANSLATE_NOOP("reports", "Copies released"))]
    rows: list[list[Cell]] = [
        [r.name, r.personnel_no, r.days_on_duty, r.recordings, round(r.hours, 1),
         r.late_returns, r.late_downloads, r.gaps, round(r.gap_minutes), r.releases]
        for r in rep.rows]
    t = rep.totals()
    footer: list[Cell] = [_t(QT_TRANSLATE_NOOP("reports", "Total"), lang), "", t.days_on_duty,
                          t.recordings, round(t.hours, 1), t.late_returns, t.late_downloads,
                          t.gaps, round(t.gap_minutes), t.releases]
    title = _t(QT_TRANSLATE_NOOP("reports", "Body cameras: the month {month} by inspector"),
               lang).format(month=f"{rep.month:02d}.{rep.year}")
    subtitle = _t(QT_TRANSLATE_NOOP(
        "reports", "Late return: not back by the end of the working day (R17). Late download: "
                   "not downloaded within one working day (R8). Gaps: recording missing for "
                   "over 5 minutes with no break or malfunction recorded (R13). Made {at}."),
        lang).format(at=local_time(session, rep.made_at))
    return Table(title, subtitle, headers, rows, footer, wide=(0,), office=office(session),
                 lang=lang)


def history_table(session: VaultSession, hist: RecordingHistory, lang: str | None = None
                  ) -> Table:
    headers = [_t(h, lang) for h in (WHEN, WHAT, WHO, DETAILS,
                                     QT_TRANSLATE_NOOP("reports", "Recorded in"))]
    rows: list[list[Cell]] = [[local_time(session, e.at), e.label(lang), e.actor, e.detail,
                               e.ref(lang)] for e in hist.events]
    f = hist.footage
    title = _t(QT_TRANSLATE_NOOP("reports", "Chain of custody of recording № {id}"),
               lang).format(id=f.id)
    category = CATEGORY_LABELS.get(hist.category)
    subtitle = _t(QT_TRANSLATE_NOOP(
        "reports", "{file}, camera {camera}, inspector {inspector}, category: {category}. "
                   "SHA-256 {sha}."), lang).format(
        file=f.source_name, camera=hist.camera or "—", inspector=hist.inspector or "—",
        category=_t(category, lang) if category else hist.category, sha=f.sha256)
    return Table(title, subtitle, headers, rows, wide=(3,), office=office(session), lang=lang)


def audit_table(session: VaultSession, entries: list[AuditEntry], lang: str | None = None,
                period: str = "") -> Table:
    words = Words(session, lang)
    names = words.names
    headers = [_t(h, lang) for h in (QT_TRANSLATE_NOOP("reports", "№"), WHEN, WHO, WHAT,
                                     DETAILS)]
    rows: list[list[Cell]] = [
        [e.seq, local_time(session, e.at), names.get(e.actor_id or 0, ""),
         _t(audit_label(e.action, e.detail), lang),
         words.detail(e)]
        for e in entries]
    title = _t(QT_TRANSLATE_NOOP("reports", "Audit log {period}"), lang).format(period=period)
    return Table(title.strip(), "", headers, rows, wide=(4,), office=office(session),
                 lang=lang)
