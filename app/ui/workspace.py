"""The unlocked workspace: one tab per workflow, each its own module."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.common import Context


class Workspace(QTabWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported here, not at the top: the pages pull in QtMultimedia and QtPdf, which the
        # unlock screen does not need. Plain imports (not by name) so that a packaged build
        # cannot lose a tab without failing loudly.
        from app.ui.issue import IssuePage
        from app.ui.journal_view import JournalPage
        from app.ui.registers_view import RegistersPage
        from app.ui.reports_view import ReportsPage
        from app.ui.retention_view import RetentionPage
        from app.ui.review import ReviewPage
        from app.ui.settings_view import SettingsPage
        from app.ui.today import TodayPage

        self.ctx = ctx
        self.today = TodayPage(ctx)
        self.issue = IssuePage(ctx)
        self.journal = JournalPage(ctx)
        self.review = ReviewPage(ctx)
        self.retention = RetentionPage(ctx)
        self.registers = RegistersPage(ctx)
        self.reports = ReportsPage(ctx)
        self.settings = SettingsPage(ctx)
        for page, title in ((self.today, self.tr("&Today")),
                            (self.issue, self.tr("&Issue and return")),
                            (self.journal, self.tr("&Journal")),
                            (self.review, self.tr("Re&view")),
                            (self.retention, self.tr("Rete&ntion")),
                            (self.registers, self.tr("Re&gisters")),
                            (self.reports, self.tr("Re&ports")),
                            (self.settings, self.tr("Se&ttings"))):
            self.addTab(page, title)
