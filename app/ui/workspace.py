"""The unlocked workspace: one tab per workflow, each its own module."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.common import Context


class Workspace(QTabWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.issue import IssuePage
        from app.ui.today import TodayPage

        self.ctx = ctx
        self.today = TodayPage(ctx)
        self.issue = IssuePage(ctx)
        self.addTab(self.today, self.tr("&Today"))
        self.addTab(self.issue, self.tr("&Issue and return"))
        self._optional_tabs()

    def _optional_tabs(self) -> None:
        """Screens added as they are written; each is a separate module."""
        from importlib import import_module

        for module, cls, attr, title in (
                ("app.ui.journal_view", "JournalPage", "journal", self.tr("&Journal")),
                ("app.ui.review", "ReviewPage", "review", self.tr("Re&view")),
                ("app.ui.registers_view", "RegistersPage", "registers", self.tr("Re&gisters")),
                ("app.ui.settings_view", "SettingsPage", "settings", self.tr("Se&ttings"))):
            try:
                page = getattr(import_module(module), cls)(self.ctx)
            except ModuleNotFoundError as exc:
                if exc.name != module:
                    raise
                continue
            setattr(self, attr, page)
            self.addTab(page, title)
