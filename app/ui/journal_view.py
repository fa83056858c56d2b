"""The journal: the 8 official columns (R18) as a table, filtered by date, inspector and
camera. A correction strikes the row and adds the right one carrying "Түзетілді" (R7);
nothing is edited in place, and struck rows stay visible, struck through."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6 import QtWidgets
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.clock import to_iso
from app.model.journal_rows import JournalRow, build_rows, remark_text
from app.ui.common import Context, attempt, day_of, head_notice, qdate, remark_language
from app.ui.dialogs import ok_cancel
from app.ui.fit import narrow_combo
from app.ui.wrap_header import WrapHeader

STRIKE = "\u0336"


def struck_text(text: str) -> str:
    """Plain text struck through (combining long stroke), for a struck remark in a cell."""
    return "".join(ch + STRIKE for ch in text)


class JournalModel(QAbstractTableModel):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[JournalRow] = []
        self.headers = [self.tr("№"), self.tr("Inventory no. of the camera (memory card)"),
                        self.tr("Inspector"), self.tr("Received: date and time, signature"),
                        self.tr("Handed in: date and time, signature"),
                        self.tr("Footage downloaded: date and time"),
                        self.tr("Responsible officer, signature"), self.tr("Remarks")]

    def set_rows(self, rows: list[JournalRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                    ) -> int:
        return 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # long official titles: WrapHeader wraps
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.headers[section]
        return None

    def cell(self, row: JournalRow, column: int) -> str:
        fmt = self.ctx.fmt
        lang = remark_language()
        remarks = [struck_text(remark_text(r, lang)) if r.kind == "struck"
                   else remark_text(r, lang) for r in row.remarks]
        return [str(row.number), row.inventory, row.inspector, fmt(row.received_at),
                fmt(row.handed_in_at), fmt(row.downloaded_at), row.officer,
                "\n".join(remarks)][column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.FontRole and row.struck:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.struck:
            return QBrush(QColor("#777777"))
        return None


class CorrectionDialog(QtWidgets.QDialog):
    """R7: strike the entry and write the right one; the reason is required."""

    def __init__(self, ctx: Context, row: JournalRow,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        s = ctx.session
        self.period = s.custody.period(row.custody_id)
        self.setWindowTitle(self.tr("Correct entry № {n}").format(n=row.number))
        self.inspector = narrow_combo(QtWidgets.QComboBox(), 30)
        for p in s.registers.list_staff(role="inspector", active_only=True):
            self.inspector.addItem(p.full_name, p.id)
        self.inspector.setCurrentIndex(max(0, self.inspector.findData(self.period.inspector_id)))
        self.camera = QtWidgets.QLineEdit(s.registers.device(self.period.camera_id).inventory_no)
        self.card = QtWidgets.QLineEdit(s.registers.device(self.period.card_id).inventory_no
                                        if self.period.card_id else "")
        self.seal = QtWidgets.QLineEdit(self.period.seal or "")
        self.void_return = QtWidgets.QCheckBox(
            self.tr("The return was recorded by mistake: strike it"))
        self.void_return.setEnabled(self.period.return_seq is not None)
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(self.tr("why the entry was wrong (required, R7)"))
        buttons = ok_cancel(self)
        form = QtWidgets.QFormLayout(self)
        form.addRow(QtWidgets.QLabel(self.tr(
            "The wrong entry stays in the journal, struck through; the "
            "right one is added with \"Түзетілді\", the time and your "
            "name. Times cannot be corrected (R3).")))
        form.addRow(self.tr("Inspector:"), self.inspector)
        form.addRow(self.tr("Camera:"), self.camera)
        form.addRow(self.tr("Memory card:"), self.card)
        form.addRow(self.tr("Seal:"), self.seal)
        form.addRow(self.void_return)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(buttons)

    def changes(self) -> dict[str, Any]:
        s, p = self.ctx.session, self.period
        out: dict[str, Any] = {}
        if self.inspector.currentData() != p.inspector_id:
            out["inspector"] = int(self.inspector.currentData())
        if self.camera.text().strip() != s.registers.device(p.camera_id).inventory_no:
            out["camera"] = self.camera.text().strip()
        old_card = s.registers.device(p.card_id).inventory_no if p.card_id else ""
        if self.card.text().strip() != old_card:
            out["card"] = self.card.text().strip() or None
        if self.seal.text().strip() != (p.seal or ""):
            out["seal"] = self.seal.text().strip() or None
        return out

    def accept(self) -> None:
        custody = self.ctx.session.custody
        if self.void_return.isChecked():
            ok, _ = attempt(self, custody.correct, self.period.return_seq, self.reason.text(),
                            void=True)
        else:
            ok, _ = attempt(self, custody.correct, self.row.custody_id, self.reason.text(),
                            **self.changes())
        if ok:
            self.ctx.bus.changed.emit()
            super().accept()


class JournalPage(QtWidgets.QWidget):
    WIDTHS = (44, 130, 150, 118, 118, 118, 150)  # columns 1-7 of R18, in pixels

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: CorrectionDialog | None = None
        self.model = JournalModel(ctx)
        self.view = QtWidgets.QTableView()
        self.header = WrapHeader(self.view)
        self.view.setHorizontalHeader(self.header)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QTableView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.header
        for col, width in enumerate(self.WIDTHS):  # 1280 px: remarks get the rest
            header.resizeSection(col, width)
        header.setSectionResizeMode(7, QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.widen_to_words()
        self.view.doubleClicked.connect(lambda _i: self.open_correction())
        # The office's day from the session's clock (R3, R21), not the PC's: just after
        # midnight "to" is already the new day.
        today = qdate(self.today())
        self.shown_today = self.today()
        self.use_dates = QtWidgets.QCheckBox(self.tr("&From"))
        self.since = QtWidgets.QDateEdit(today.addDays(-30))
        self.until = QtWidgets.QDateEdit(today)
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd.MM.yyyy")
        self.inspector = narrow_combo(QtWidgets.QComboBox())
        self.camera = narrow_combo(QtWidgets.QComboBox(), 14)
        self.correct_button = QtWidgets.QPushButton(self.tr("&Correct the entry…"))
        self.correct_button.clicked.connect(self.open_correction)
        self.paper_bar = QtWidgets.QHBoxLayout()
        bar = QtWidgets.QHBoxLayout()
        bar.addWidget(self.use_dates)
        bar.addWidget(self.since)
        bar.addWidget(QtWidgets.QLabel(self.tr("to")))
        bar.addWidget(self.until)
        bar.addWidget(QtWidgets.QLabel(self.tr("Inspector:")))
        bar.addWidget(self.inspector, 1)
        bar.addWidget(QtWidgets.QLabel(self.tr("Camera:")))
        bar.addWidget(self.camera)
        bar.addWidget(self.correct_button)
        box = QtWidgets.QVBoxLayout(self)
        if not ctx.keeps_journal:  # R1, R5: the head reads and verifies, does not correct
            self.correct_button.hide()
            note = QtWidgets.QLabel(head_notice())
            note.setWordWrap(True)
            box.addWidget(note)
        box.addLayout(bar)
        box.addWidget(self.view)
        box.addLayout(self.paper_bar)
        from app.ui.paper_actions import PaperActions

        self.paper = PaperActions(ctx, self, self.period)
        self.paper_bar.addWidget(self.paper.print_button)
        if ctx.keeps_journal:   # R5: the officer issues against the inspector's signature
            self.paper_bar.addWidget(self.paper.morning_button)
        self.paper_bar.addWidget(self.paper.reprint_button)
        self.paper_bar.addWidget(self.paper.verify_button)
        self.paper_bar.addWidget(self.paper.more_button)
        self.paper_bar.addStretch()
        for w in (self.since, self.until):
            w.dateChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self.refresh)
        self.inspector.activated.connect(self.refresh)
        self.camera.activated.connect(self.refresh)
        ctx.bus.changed.connect(self.refresh)
        self.fill_filters()
        self.refresh()

    def fill_filters(self) -> None:
        reg = self.ctx.session.registers
        self.inspector.clear()
        self.inspector.addItem(self.tr("all"), None)
        for p in reg.list_staff(role="inspector"):
            self.inspector.addItem(p.full_name, p.id)
        self.camera.clear()
        self.camera.addItem(self.tr("all"), None)
        for d in reg.list_devices(kind="camera"):
            self.camera.addItem(d.inventory_no, d.id)

    def today(self) -> date:
        session = self.ctx.session
        return session.calendar.local(session.clock.now()).date()

    def follow_the_day(self) -> None:
        """A window left open over midnight: dates the person did not change move on."""
        today = self.today()
        if today == self.shown_today:
            return
        old = self.shown_today
        self.shown_today = today
        for edit, default in ((self.until, old), (self.since, old - timedelta(days=30))):
            if day_of(edit) == default:
                edit.blockSignals(True)
                edit.setDate(qdate(today - (old - default)))
                edit.blockSignals(False)

    def period(self) -> tuple[date | None, date | None]:
        """The dates of the filter (local days), or none when it is off."""
        if not self.use_dates.isChecked():
            return None, None
        return day_of(self.since), day_of(self.until)

    def _bounds(self) -> tuple[str | None, str | None]:
        if not self.use_dates.isChecked():
            return None, None
        tz = self.ctx.session.calendar.tz
        start = datetime.combine(day_of(self.since), time(0), tz)
        end = datetime.combine(day_of(self.until), time(0), tz) + timedelta(days=1)
        return to_iso(start), to_iso(end)

    def refresh(self) -> None:
        if self.ctx.session.is_locked:
            return
        self.follow_the_day()
        since, until = self._bounds()
        rows = build_rows(self.ctx.session, since=since, until=until)
        who, cam = self.inspector.currentData(), self.camera.currentData()
        rows = [r for r in rows if (who is None or r.inspector_id == who)
                and (cam is None or r.camera_id == cam)]
        self.model.set_rows(rows)
        self.header.fit()

    def selected_row(self) -> JournalRow | None:
        idx = self.view.selectionModel().selectedRows()
        return self.model.rows[idx[0].row()] if idx else None

    def select_number(self, number: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r.number == number:
                self.view.selectRow(i)
                return

    def open_correction(self) -> CorrectionDialog | None:
        row = self.selected_row()
        if row is None or row.struck or not self.ctx.keeps_journal:
            return None
        self.dialog = CorrectionDialog(self.ctx, row, self)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.open()
        return self.dialog
