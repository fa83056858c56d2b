"""The paper journal from the Journal screen: print the new pages of the official book
(R7, R18) as a PDF off the GUI thread and open it in the system's PDF viewer (this build's
Qt has no QtPdf for an inner preview), and check a printed page against the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import paper
from app.ui.common import Context, attempt
from app.ui.dialogs import FileDialog, MessageBox
from app.ui.errors import show_error
from app.ui.jobs import Job


class PaperActions(QObject):
    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent
        self.job: Job | None = None
        self.print_button = QPushButton(self.tr("&Print the new pages (PDF)…"))
        self.print_button.clicked.connect(self.print_new_pages)
        self.verify_button = QPushButton(self.tr("Check a &paper page…"))
        self.verify_button.clicked.connect(self.open_verify)
        self.dialog: VerifyPageDialog | None = None
        self.open_url = QDesktopServices.openUrl  # the system's PDF viewer

    def print_new_pages(self) -> Job | None:
        if self.job is not None:
            return None
        name = FileDialog.save_file_name(self.parent_widget, self.tr("Save the journal pages"),
                                         "journal-pages.pdf", "PDF (*.pdf)")
        if not name:
            return None
        session, out = self.ctx.session, Path(name)
        self.print_button.setEnabled(False)
        self.job = Job(lambda _c: paper.print_new_pages(session, out), "print")
        self.job.finished.connect(self._printed)
        self.job.failed.connect(self._failed)
        self.ctx.runner.start(self.job)
        return self.job

    def _printed(self, result: paper.PrintResult) -> None:
        self.job = None
        self.print_button.setEnabled(True)
        if not result.rows and not result.pdf_pages:
            MessageBox.information(self.parent_widget, self.tr("Nothing to print"),
                                   self.tr("Every finished row is already printed."))
            return
        MessageBox.information(self.parent_widget, self.tr("Pages ready"), self.tr(
            "{rows} row(s) on page(s) {pages} of volume {volume}: {path}. Print it, sign in "
            "ink and lace it into the book (R7).").format(
            rows=result.rows, pages=", ".join(map(str, result.pages)), volume=result.volume,
            path=result.path))
        self.open_url(QUrl.fromLocalFile(result.path))

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.print_button.setEnabled(True)
        show_error(self.parent_widget, exc)

    def open_verify(self) -> VerifyPageDialog:
        self.dialog = VerifyPageDialog(self.ctx, self.parent_widget)
        self.dialog.open()
        return self.dialog


class VerifyPageDialog(QDialog):
    """Type the short code and the page number off the paper; the vault says if it holds."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Check a paper page"))
        self.code = QLineEdit()
        self.page = QSpinBox()
        self.page.setRange(1, 100000)
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox()
        check = buttons.addButton(self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole)
        check.clicked.connect(self.check)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Code printed on the page:"), self.code)
        form.addRow(self.tr("Page number:"), self.page)
        form.addRow(self.result)
        form.addRow(buttons)

    def check(self) -> None:
        ok, res = attempt(self, paper.verify_page, self.ctx.session, self.code.text().strip(),
                          page=self.page.value())
        if not ok:
            return
        if res.ok:
            self.result.setText(self.tr("The page matches the vault: volume {v}, page {p}, "
                                        "printed {when}.").format(
                v=res.volume, p=res.page_no, when=self.ctx.fmt(res.printed_at)))
        else:
            self.result.setText(self.tr("The page does NOT match the vault: {why}").format(
                why=res.reason))
