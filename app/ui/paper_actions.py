"""The paper journal from the Journal screen: the new pages of the official book (R7, R18)
— first saying which rows they take and why the others wait —, the sheet for signatures
printed after the morning's issues (R5), registered pages again (marked duplicate), an
extract, a blank book and the closing page, each written as a PDF off the GUI thread, then
previewed and printed inside the program (app/ui/print_preview.py); and a printed page
checked against the vault.

Every PDF is offered for saving in the user's Documents folder, named with the office's
local date and time from the session's clock (R3: never the PC's own idea of now)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import paper
from app.ui.common import Context, attempt
from app.ui.dialogs import FileDialog, MessageBox, ok_cancel, wrapped_label
from app.ui.errors import show_error
from app.ui.jobs import Job
from app.ui.print_preview import PrintPreviewDialog

if TYPE_CHECKING:
    from app.model.vault import VaultSession

Period = Callable[[], tuple[date | None, date | None]]


def documents_folder() -> Path:
    """Where a person looks for a saved file: Documents, else the home folder (never the
    program's own folder, where a bundled program's working directory is)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # Qt names ~/Documents even where it was never made; a file dialog given a missing
    # folder opens in the working directory, the program's own (a GUI examiner's finding).
    return Path(found) if found and Path(found).is_dir() else Path.home()


def suggested_file(session: VaultSession, stem: str) -> str:
    """``Documents/<stem>-YYYY-MM-DD-HHMM.pdf`` in the office's local time (the clock's)."""
    now = session.calendar.local(session.clock.now())
    return str(documents_folder() / f"{stem}-{now:%Y-%m-%d-%H%M}.pdf")


def fit_to_content(dialog: QDialog) -> None:
    """Grow ``dialog`` so that its wrapped labels show all their text (a layout with
    word-wrapped labels trades width for height, which a shown window does not redo)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumSizeHint().width())
    height = dialog.heightForWidth(width) if dialog.hasHeightForWidth() else -1
    height = max(height, dialog.minimumSizeHint().height(), dialog.height())
    dialog.resize(width, height)


def readable_width(widget: QWidget, chars: int) -> int:
    return widget.fontMetrics().averageCharWidth() * chars


class PaperActions(QObject):
    def __init__(self, ctx: Context, parent: QWidget, period: Period | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent
        self.period = period or (lambda: (None, None))
        self.job: Job | None = None
        self.print_button = QPushButton(self.tr("&Print the new pages…"))
        self.print_button.clicked.connect(self.print_new_pages)
        self.morning_button = QPushButton(self.tr("Sheet for &signatures…"))
        self.morning_button.setToolTip(self.tr(
            "The rows issued so far as the next numbered page of the book: the inspectors sign "
            "column 4 when they take the camera (R5); columns 5–8 are written in ink later."))
        self.morning_button.clicked.connect(self.print_morning_sheet)
        self.reprint_button = QPushButton(self.tr("&Reprint pages…"))
        self.reprint_button.clicked.connect(self.open_reprint)
        self.verify_button = QPushButton(self.tr("Check a &paper page…"))
        self.verify_button.clicked.connect(self.open_verify)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More paper"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        self.extract_action = menu.addAction(self.tr("&Extract for the dates set above…"))
        self.extract_action.setToolTip(self.tr(
            "The rows received between the dates set above (the whole journal when no dates "
            "are set), marked as an extract: not pages of the book."))
        menu.setToolTipsVisible(True)
        self.extract_action.triggered.connect(self.print_extract)
        self.blank_action = menu.addAction(self.tr("&Blank book…"))
        self.blank_action.triggered.connect(self.open_blank)
        self.close_action = menu.addAction(self.tr("&Close the volume…"))
        self.close_action.triggered.connect(self.close_volume)
        self.more_button.setMenu(menu)
        self.buttons: list[QWidget] = [self.print_button, self.morning_button,
                                       self.reprint_button, self.more_button]
        self.dialog: VerifyPageDialog | None = None
        self.reprint_dialog: ReprintDialog | None = None
        self.plan_dialog: PrintPlanDialog | None = None
        self.blank_dialog: BlankBookDialog | None = None
        self.preview: PrintPreviewDialog | None = None

    # -- what a print takes, said first ------------------------------------------------------
    def print_new_pages(self) -> PrintPlanDialog | None:
        """Say which rows the new pages take and why the others wait; print from there."""
        return self._open_plan(PrintPlanDialog.PAGES)

    def print_morning_sheet(self) -> PrintPlanDialog | None:
        return self._open_plan(PrintPlanDialog.MORNING)

    def _open_plan(self, mode: str) -> PrintPlanDialog | None:
        ok, dialog = attempt(self.parent_widget, PrintPlanDialog, self.ctx, self, mode,
                             self.parent_widget)
        if not ok or dialog is None:
            return None
        self.plan_dialog = dialog
        self.plan_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.plan_dialog.open()
        return self.plan_dialog

    # -- the prints ----------------------------------------------------------------------------
    def start_new_pages(self) -> Job | None:
        session = self.ctx.session
        return self._run(self.tr("Save the journal pages"), "journal-pages",
                         lambda out: paper.print_new_pages(session, out))

    def start_morning_sheet(self) -> Job | None:
        session = self.ctx.session
        return self._run(self.tr("Save the sheet for signatures"), "journal-sheet-for-signatures",
                         lambda out: paper.print_morning_sheet(session, out))

    def reprint(self, volume: int, pages: list[int] | None, covers: bool) -> Job | None:
        session = self.ctx.session
        return self._run(self.tr("Save the duplicate pages"),
                         f"journal-volume-{volume}-duplicate",
                         lambda out: paper.reprint(session, volume, pages, out, covers=covers))

    def print_extract(self) -> Job | None:
        """An extract (not book pages) of the rows received in the journal's date filter, or
        of the whole journal when no dates are set."""
        session = self.ctx.session
        since, until = self.period()
        return self._run(self.tr("Save the extract"), "journal-extract",
                         lambda out: paper.print_range(session, since, until, out))

    def blank_book(self, pages: int) -> Job | None:
        session = self.ctx.session
        return self._run(self.tr("Save the blank book"), "journal-blank-book",
                         lambda out: paper.blank_book(session, pages, out))

    def close_volume(self) -> Job | None:
        """R7: the closing page with the count of numbered pages; the volume closes for good."""
        vols = [v for v in paper.volumes(self.ctx.session) if not v.closed and v.pages]
        if not vols:
            MessageBox.information(self.parent_widget, self.tr("Close the volume"), self.tr(
                "There is no open volume with printed pages to close."))
            return None
        vol = vols[-1]
        if not MessageBox.question(self.parent_widget, self.tr("Close the volume"), self.tr(
                "Close volume {volume}? Its closing page will be page {page}, certifying "
                "{page} numbered pages (R7). The volume cannot be opened again; the next print "
                "starts volume {next}.").format(volume=vol.volume, page=vol.pages + 1,
                                                next=vol.volume + 1)):
            return None
        session = self.ctx.session
        return self._run(self.tr("Save the closing page"),
                         f"journal-volume-{vol.volume}-closing",
                         lambda out: paper.close_volume(session, out))

    def _run(self, title: str, stem: str, work: Callable[[Path], Any]) -> Job | None:
        """The PDF is kept where the officer saves it: a print that fails can be repeated
        from that file, without a duplicate mark."""
        if self.job is not None:
            return None
        name = FileDialog.save_file_name(self.parent_widget, title,
                                         suggested_file(self.ctx.session, stem), "PDF (*.pdf)")
        if not name:
            return None
        out = Path(name)
        for button in self.buttons:
            button.setEnabled(False)
        self.job = self.ctx.runner.start_job(lambda _c: work(out), "print", self._printed,
                                             self._failed)
        return self.job

    def _done(self) -> None:
        self.job = None
        for button in self.buttons:
            button.setEnabled(True)

    def _printed(self, result: paper.PrintResult) -> None:
        self._done()
        pages = ", ".join(map(str, result.pages))
        if result.kind == "reprint":
            title = self.tr("Duplicate of volume {volume}, page(s) {pages}", "",
                            len(result.pages)).format(volume=result.volume, pages=pages)
        elif result.kind == "closing":
            title = self.tr("Volume {volume}: the closing page {pages}").format(
                volume=result.volume, pages=pages)
        elif result.kind == "extract":
            title = self.tr("Extract: %n row(s), not book pages", "", result.rows)
        elif result.kind == "blank":
            title = self.tr("A blank book of %n numbered page(s)", "", len(result.pages))
        else:
            title = self.tr("Volume {volume}: %n row(s), pages: {pages}", "",
                            result.rows).format(volume=result.volume, pages=pages)
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

    def open_blank(self) -> BlankBookDialog:
        self.blank_dialog = BlankBookDialog(self, self.parent_widget)
        self.blank_dialog.open()
        return self.blank_dialog

    def open_verify(self) -> VerifyPageDialog:
        self.dialog = VerifyPageDialog(self.ctx, self.parent_widget)
        self.dialog.open()
        return self.dialog


class PrintPlanDialog(QDialog):
    """Before a print: the rows it takes, the rows that wait and why (R17, R8, R7), and the
    values to write in ink today on pages already printed; Print… goes on to the file."""

    PAGES, MORNING = "pages", "morning"

    def __init__(self, ctx: Context, actions: PaperActions, mode: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.paper_actions, self.mode = ctx, actions, mode
        self.plan = paper.print_plan(ctx.session)
        if mode == self.MORNING:
            self.setWindowTitle(self.tr("Sheet for signatures"))
            intro = self.tr(
                "Print it once the cameras of the morning are issued. The rows go on the next "
                "numbered page of the book and never print again: the inspectors sign column 4 "
                "when they take the camera (R5); columns 5–8 (handed in, downloaded, your "
                "name and signature, remarks) are written in ink later — \"Print the new "
                "pages…\" lists those values each day.")
            lines = self.plan.sheet_lines()
            ready = bool(self.plan.sheet)
        else:
            self.setWindowTitle(self.tr("Print the new pages"))
            intro = self.tr(
                "Rows go on the numbered pages in their order (R7), once each; a row still "
                "open waits, and so do the rows after it.")
            lines = self.plan.pages_lines() + self.plan.ink_lines()
            ready = bool(self.plan.ready)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        width = readable_width(self, 90)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        needed = self.summary.heightForWidth(width) + 2 * scroll.frameWidth() + 8
        scroll.setMinimumSize(width + scroll.verticalScrollBar().sizeHint().width(),
                              min(needed, readable_width(self, 45)))
        self.intro.setMinimumWidth(width)
        buttons = QDialogButtonBox()
        self.print_now_button = buttons.addButton(self.tr("&Print…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_now_button.setEnabled(ready)
        self.print_now_button.setDefault(ready)
        self.print_now_button.clicked.connect(self.print_now)
        self.sheet_button: QPushButton | None = None
        if mode == self.PAGES and self.plan.sheet_open and ctx.keeps_journal:
            self.sheet_button = buttons.addButton(self.tr("Sheet for &signatures instead…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.sheet_button.clicked.connect(self.sheet_instead)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(scroll, 1)
        box.addWidget(buttons)
        fit_to_content(self)

    def text(self) -> str:
        return self.summary.text()

    def print_now(self) -> Job | None:
        self.accept()
        if self.mode == self.MORNING:
            return self.paper_actions.start_morning_sheet()
        return self.paper_actions.start_new_pages()

    def sheet_instead(self) -> PrintPlanDialog | None:
        self.accept()
        return self.paper_actions.print_morning_sheet()


class VerifyPageDialog(QDialog):
    """Type the short code and the page number off the paper; the vault says if it holds,
    and which rows the page must show (to compare with the paper)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Check a paper page"))
        self.code = QLineEdit()
        self.page = QSpinBox()
        self.page.setRange(1, 100000)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.PlainText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        check = buttons.addButton(self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole)
        check.clicked.connect(self.check)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Code printed on the page:"), self.code)
        form.addRow(self.tr("Page number:"), self.page)
        form.addRow(self.answer)
        form.addRow(buttons)
        # Wide enough for a reason on a line or two; taller when the answer needs it.
        self.setMinimumWidth(readable_width(self, 70))

    def check(self) -> None:
        ok, res = attempt(self, paper.verify_page, self.ctx.session, self.code.text().strip(),
                          page=self.page.value())
        if not ok or res is None:
            return
        if res.ok:
            lines = [self.tr("The page matches the vault: volume {v}, page {p}, "
                             "printed {when}.").format(v=res.volume, p=res.page_no,
                                                       when=self.ctx.fmt(res.printed_at))]
            if res.rows:
                lines.append(self.tr("The page must show:"))
            struck_word = self.tr("struck")
            for r in res.rows:
                struck = f" ({struck_word})" if r["struck"] else ""
                lines.append(f"№ {r['number']}{struck}: "
                             + " | ".join(c for c in r["cells"] if c))
            self.answer.setText("\n".join(lines))
        else:
            self.answer.setText(self.tr("The page does NOT match the vault: {why}").format(
                why=res.reason))
        fit_to_content(self)


class ReprintDialog(QDialog):
    """Registered pages again, exactly as first printed, marked ТЕЛНҰСҚА / ДУБЛИКАТ."""

    def __init__(self, ctx: Context, actions: PaperActions, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx, self.paper_actions = ctx, actions
        self.setWindowTitle(self.tr("Reprint pages"))
        vols = paper.volumes(ctx.session)
        self.volume = QSpinBox()
        self.volume.setRange(1, max([v.volume for v in vols] or [1]))
        self.volume.setValue(self.volume.maximum())
        self.pages = QLineEdit()
        self.pages.setPlaceholderText(self.tr("e.g. 3-5, 8; empty: the whole volume"))
        self.covers = QCheckBox(self.tr("With the covers"))
        self.status = wrapped_label()
        buttons = ok_cancel(self)
        note = QLabel(self.tr("The pages print exactly as first printed, marked "
                              "\"duplicate\"; the reprint is recorded in the audit log."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("&Volume:"), self.volume)
        form.addRow(self.tr("&Pages:"), self.pages)
        form.addRow(self.covers)
        form.addRow(self.status)
        form.addRow(buttons)
        self.setMinimumWidth(readable_width(self, 60))

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
            fit_to_content(self)
            return
        if self.paper_actions.reprint(self.volume.value(), pages, self.covers.isChecked()):
            super().accept()


class BlankBookDialog(QDialog):
    """A blank pre-numbered book in the official form, for keeping the journal by hand."""

    def __init__(self, actions: PaperActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper_actions = actions
        self.setWindowTitle(self.tr("Blank book"))
        self.pages = QSpinBox()
        self.pages.setRange(2, 2000)
        self.pages.setValue(100)
        note = QLabel(self.tr("Covers, then the numbered pages; the last one is the closing "
                              "page with the count already written (R7)."))
        note.setWordWrap(True)
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Numbered &pages:"), self.pages)
        form.addRow(buttons)
        self.setMinimumWidth(readable_width(self, 50))

    def accept(self) -> None:
        if self.paper_actions.blank_book(self.pages.value()):
            super().accept()
