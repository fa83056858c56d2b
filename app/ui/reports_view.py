"""Reports for the head (issue 14, item 6): the month by inspector, one recording's chain of
custody and the month's audit log, shown as a table and saved as PDF, CSV or XLSX. The
figures are made off the window's thread (gaps are worked out per custody period)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import to_iso
from app.i18n import language
from app.reports import export
from app.reports.history import recording_history
from app.reports.month import month_bounds, month_report
from app.reports.tables import Table, audit_table, history_table, month_table
from app.ui.common import Context
from app.ui.dialogs import FileDialog
from app.ui.errors import show_error
from app.ui.fit import fit_columns, fit_table
from app.ui.jobs import Job, JobControl


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ReportsPage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = QDateEdit()
        self.month.setDisplayFormat("MM.yyyy")
        self.month.setCalendarPopup(False)
        self.recording = QSpinBox()
        self.recording.setRange(1, 2_000_000_000)
        self.month_button = QPushButton(self.tr("&Month by inspector"))
        self.audit_button = QPushButton(self.tr("&Audit log of the month"))
        self.history_button = QPushButton(self.tr("&Chain of custody"))
        self.save_button = QPushButton(self.tr("&Save as PDF, CSV or XLSX…"))
        self.save_button.setEnabled(False)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        # A wrapped label under a stretching table is squeezed to one line by the layout
        # unless it asks for its own height.
        self.subtitle.setSizePolicy(QSizePolicy.Policy.Preferred,
                                    QSizePolicy.Policy.Fixed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.grid = QTableWidget(0, 0)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        # One line a row, long details cut with "…" (the tip has all); the last column (the
        # details, the name) takes the room left (issue 15).
        fit_table(self.grid, cap=320)
        self.month_button.clicked.connect(self.show_month)
        self.audit_button.clicked.connect(self.show_audit)
        self.history_button.clicked.connect(self.show_history)
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        bar.addWidget(self.month)
        bar.addWidget(self.month_button)
        bar.addWidget(self.audit_button)
        bar.addSpacing(24)
        bar.addWidget(QLabel(self.tr("Recording №:")))
        bar.addWidget(self.recording)
        bar.addWidget(self.history_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        page = QVBoxLayout(self)
        page.addLayout(bar)
        page.addWidget(self.title)
        page.addWidget(self.subtitle)
        page.addWidget(self.grid, 1)
        page.addWidget(self.status)
        self.table: Table | None = None
        self.what: tuple[str, dict[str, Any]] = ("", {})
        self.job: Job | None = None
        today = ctx.session.calendar.local(ctx.session.clock.now()).date()
        self.month.setDate(QDate(today.year, today.month, 1))

    def chosen_month(self) -> tuple[int, int]:
        d = self.month.date()
        return d.year(), d.month()

    def run(self, make: Any, what: str, detail: dict[str, Any]) -> None:
        """Make a table off the window's thread, then show it."""
        if self.job is not None and self.job.running:
            return
        lang = language()
        self.status.setText(self.tr("Working it out…"))
        for b in (self.month_button, self.audit_button, self.history_button):
            b.setEnabled(False)

        def work(_control: JobControl) -> Table:
            return make(lang)

        self.job = self.ctx.runner.start_job(
            work, "report", lambda table: self.show_table(table, what, detail), self.failed)

    def failed(self, exc: BaseException) -> None:
        self.enable()
        self.status.clear()
        show_error(self, exc)

    def enable(self) -> None:
        for b in (self.month_button, self.audit_button, self.history_button):
            b.setEnabled(True)

    def show_month(self) -> None:
        s = self.ctx.session
        year, month = self.chosen_month()
        self.run(lambda lang: month_table(s, month_report(s, year, month), lang),
                 "report_month", {"month": f"{year:04d}-{month:02d}"})

    def show_audit(self) -> None:
        s = self.ctx.session
        year, month = self.chosen_month()
        start, end = (to_iso(t) for t in month_bounds(s, year, month))

        def make(lang: str) -> Table:
            entries = [e for e in s.audit.entries(since=start) if e.at < end]
            return audit_table(s, entries, lang, f"{month:02d}.{year}")

        self.run(make, "report_audit", {"month": f"{year:04d}-{month:02d}"})

    def show_history(self) -> None:
        s = self.ctx.session
        fid = self.recording.value()
        self.run(lambda lang: history_table(s, recording_history(s, fid, lang), lang),
                 "report_recording", {"footage_id": fid})

    def show_table(self, table: Table, what: str, detail: dict[str, Any]) -> None:
        self.enable()
        self.table, self.what = table, (what, detail)
        self.title.setText(f"<b>{table.title}</b>")
        self.subtitle.setText(table.subtitle)
        self.fit_subtitle()
        rows = table.shown_rows()
        self.grid.clear()
        self.grid.setColumnCount(len(table.headers))
        self.grid.setHorizontalHeaderLabels(table.headers)
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.grid.setItem(r, c, item)
        fit_columns(self.grid)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Rows: {n}.").format(n=len(table.rows)))

    def fit_subtitle(self) -> None:
        """Room for every wrapped line of the explanation at the table's width (a wrapped
        label above a stretching table is otherwise squeezed to one line)."""
        text = self.subtitle.text()
        width = max(300, self.grid.width())
        rect = self.subtitle.fontMetrics().boundingRect(
            0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text)
        self.subtitle.setFixedHeight(rect.height() + 4 if text else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_subtitle()

    def save(self) -> None:
        if self.table is None:
            return
        year, month = self.chosen_month()
        stem = {"report_month": f"dalel-{year:04d}-{month:02d}",
                "report_audit": f"dalel-audit-{year:04d}-{month:02d}",
                "report_recording": f"dalel-recording-{self.what[1].get('footage_id', '')}"
                }.get(self.what[0], "dalel-report")
        start = str(Path(documents_folder() or Path.home()) / f"{stem}.pdf")
        name = FileDialog.save_file_name(self, self.tr("Save the report"), start,
                                         "PDF (*.pdf);;CSV (*.csv);;Excel (*.xlsx)")
        if not name:
            return
        try:
            export.save(self.ctx.session, self.table, Path(name), self.what[0],
                        **self.what[1])
        except Exception as exc:  # shown in the user's words; never raised into Qt
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved {file}.").format(file=name))
