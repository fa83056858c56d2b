"""The paper journal from the Journal screen: the new pages of the official book (R7, R18),
or registered pages again (marked duplicate), written as a PDF off the GUI thread, then
previewed and printed inside the program (app/ui/print_preview.py); and a printed page
checked against the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.ui.print_preview import PrintPreviewDialog


class PaperActions(QObject):
    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent
        self.job: Job | None = None
        self.print_button = QPushButton(self.tr("&Print the new pages…"))
        self.print_button.clicked.connect(self.print_new_pages)
        self.reprint_button = QPushButton(self.tr("&Reprint pages…"))
        self.reprint_button.clicked.connect(self.open_reprint)
        self.verify_button = QPushButton(self.tr("Check a &paper page…"))
        self.verify_button.clicked.connect(self.open_verify)
        self.dialog: VerifyPageDialog | None = None
        self.reprint_dialog: ReprintDialog | None = None
        self.preview: PrintPreviewDialog | None = None

    def print_new_pages(self) -> Job | None:
        session = self.ctx.session
        return self._run(self.tr("Save the journal pages"), "journal-pages.pdf",
                         lambda out: paper.print_new_pages(session, out))

    def reprint(self, volume: int, pages: list[int] | None, covers: bool) -> Job | None:
        session = self.ctx.session
        return self._run(self.tr("Save the duplicate pages"),
                         f"journal-volume-{volume}-duplicate.pdf",
                         lambda out: paper.reprint(session, volume, pages, out, covers=covers))

    def _run(self, title: str, default: str, work) -> Job | None:  # type: ignore[no-untyped-def]
        """The PDF is kept where the officer saves it: a print that fails can be repeated
        from that file, without a duplicate mark."""
        if self.job is not None:
            return None
        name = FileDialog.save_file_name(self.parent_widget, title, default, "PDF (*.pdf)")
        if not name:
            return None
        out = Path(name)
        self.print_button.setEnabled(False)
        self.reprint_button.setEnabled(False)
        self.job = Job(lambda _c: work(out), "print")
        self.job.finished.connect(self._printed)
        self.job.failed.connect(self._failed)
        self.ctx.runner.start(self.job)
        return self.job

    def _done(self) -> None:
        self.job = None
        self.print_button.setEnabled(True)
        self.reprint_button.setEnabled(True)

    def _printed(self, result: paper.PrintResult) -> None:
        self._done()
        if not result.rows and not result.pdf_pages:
            MessageBox.information(self.parent_widget, self.tr("Nothing to print"),
                                   self.tr("Every finished row is already printed."))
            return
        if result.kind == "reprint":
            title = self.tr("Duplicate of volume {volume}, page(s) {pages}").format(
                volume=result.volume, pages=", ".join(map(str, result.pages)))
        else:
            title = self.tr("Volume {volume}: {rows} row(s) on page(s) {pages}").format(
                volume=result.volume, rows=result.rows, pages=", ".join(map(str, result.pages)))
        self.preview = PrintPreviewDialog(result.path, title, self.parent_widget)
        self.preview.setWindowModality(Qt.WindowModality.WindowModal)
        self.preview.open()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        show_error(self.parent_widget, exc)

    def open_reprint(self) -> ReprintDialog:
        self.reprint_dialog = ReprintDialog(self.ctx, self, self.parent_widget)
        self.reprint_dialog.open()
        return self.reprint_dialog

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


class ReprintDialog(QDialog):
    """Registered pages again, exactly as first printed, marked ТЕЛНҰСҚА / ДУБЛИКАТ."""

    def __init__(self, ctx: Context, actions: PaperActions, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx, self.actions = ctx, actions
        self.setWindowTitle(self.tr("Reprint pages"))
        vols = paper.volumes(ctx.session)
        self.volume = QSpinBox()
        self.volume.setRange(1, max([v.volume for v in vols] or [1]))
        self.volume.setValue(self.volume.maximum())
        self.pages = QLineEdit()
        self.pages.setPlaceholderText(self.tr("e.g. 3-5, 8; empty: the whole volume"))
        self.covers = QCheckBox(self.tr("With the covers"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The pages print exactly as first printed, marked "
                                   "\"duplicate\"; the reprint is recorded in the audit log.")))
        form.addRow(self.tr("&Volume:"), self.volume)
        form.addRow(self.tr("&Pages:"), self.pages)
        form.addRow(self.covers)
        form.addRow(self.status)
        form.addRow(buttons)

    def page_numbers(self) -> list[int] | None:
        text = self.pages.text().replace(" ", "")
        if not text:
            return None
        out: list[int] = []
        for part in filter(None, text.replace(";", ",").split(",")):
            a, _, b = part.partition("-")
            if not a.isdigit() or (b and not b.isdigit()):
                raise ValueError(part)
            out.extend(range(int(a), int(b or a) + 1))
        return out

    def accept(self) -> None:
        try:
            pages = self.page_numbers()
        except ValueError:
            self.status.setText(self.tr("Write page numbers like 3-5, 8."))
            return
        if self.actions.reprint(self.volume.value(), pages, self.covers.isChecked()):
            super().accept()
