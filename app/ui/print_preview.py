"""Print preview and printing of the official pages inside the program (R7, R18).

The PDF that app.paper wrote is shown with QtPdf (``QPdfDocument`` + ``QPdfView``, every
page, zoom to width) and printed through ``QPrintDialog``: each page is rendered by
``QPdfDocument.render`` at the printer's resolution and drawn into the printer's painter,
in the page's own orientation. "Open in the system viewer" stays as a fallback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import DalelError, ExitCode
from app.i18n import QT_TRANSLATE_NOOP
from app.ui.dialogs import MessageBox, PrintDialog
from app.ui.errors import show_error


class PrintFailed(DalelError):
    """The printer refused a page (the window's own; the command line prints to PDF)."""

    exit_code = ExitCode.DISK


def print_pdf(doc: QPdfDocument, printer: QPrinter) -> int:
    """Every page (or the printer's from..to range) into ``printer``; returns pages sent."""
    count = doc.pageCount()
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    dpi = min(printer.resolution(), 300)  # an A4 page at 300 dpi is about 35 MB of pixels
    painter = QPainter()
    sent = 0
    for n in range(first - 1, last):
        size = doc.pagePointSize(n)
        landscape = size.width() > size.height()
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        if sent == 0:
            if not painter.begin(printer):
                raise PrintFailed(QT_TRANSLATE_NOOP(
                    "PrintPreview", "The printer could not be opened. Check that it is on "
                                    "and connected, or choose another printer."))
        elif not printer.newPage():
            painter.end()
            raise PrintFailed(QT_TRANSLATE_NOOP(
                "PrintPreview", "The printer stopped taking pages. Check its paper and "
                                "try again."))
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        target.moveTo(0, 0)
        px = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        image = doc.render(n, px)
        fitted = px.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(target.topLeft() + _centre(target.size(), fitted), fitted),
                          image)
        sent += 1
    if sent:
        painter.end()
    return sent


def _centre(outer: QSize, inner: QSize) -> QPoint:
    return QPoint((outer.width() - inner.width()) // 2, (outer.height() - inner.height()) // 2)


class PrintPreviewDialog(QDialog):
    """The pages as they will print; Print… asks for the printer, then prints them all."""

    def __init__(self, pdf_path: str | Path, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(pdf_path)
        self.setWindowTitle(title or self.tr("Print preview"))
        self.doc = QPdfDocument(self)
        self.doc.load(str(self.path))
        self.view = QPdfView()
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel(self.tr("%n page(s) — {file}", "", self.doc.pageCount()).format(
            file=self.path.name))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_pages)
        self.system_button = QPushButton(self.tr("Open in the &system viewer"))
        self.system_button.clicked.connect(self.open_in_system_viewer)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.open_url = QDesktopServices.openUrl
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        row.addWidget(self.system_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.view, 1)
        box.addLayout(row)
        self.resize(1000, 720)
        if self.doc.status() != QPdfDocument.Status.Ready:
            self.print_button.setEnabled(False)
            self.info.setText(self.tr("The pages could not be shown here; open them in the "
                                      "system viewer."))

    @property
    def page_count(self) -> int:
        return self.doc.pageCount()

    def print_pages(self) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, self.doc.pageCount())
        if not PrintDialog.ask(self, printer):
            return 0
        try:
            sent = print_pdf(self.doc, printer)
        except Exception as exc:  # shown in words, never a traceback
            show_error(self, exc)
            return 0
        MessageBox.information(self, self.tr("Sent to the printer"), self.tr(
            "%n page(s) sent to {printer}. Sign each page in ink and lace it into the book "
            "(R7).", "", sent).format(printer=printer.printerName() or printer.outputFileName()))
        return sent

    def open_in_system_viewer(self) -> None:
        self.open_url(QUrl.fromLocalFile(str(self.path)))
