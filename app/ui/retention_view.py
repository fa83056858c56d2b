"""Retention (R9): what is past its term or reaches it soon, legal holds, and the head's
approved destruction; the clock's jumps and the officer's confirmation of the date.

The head decides: hold and lift holds (with a reason) and destroy what is past its term,
typing their own password in the confirmation (an unlocked window left alone is no
approval). The officer sees the same list and confirms the date after the clock moved;
nothing is destroyed until then. Everything goes through app/model/retention.py and
app/model/clockwatch.py, as the command line does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.errors import InvalidInput, WrongPassword
from app.i18n import QT_TRANSLATE_NOOP, decimal_text
from app.model import clockwatch, retention
from app.model.words import CATEGORY_WORDS, word
from app.ui.common import AMBER, RED, Context
from app.ui.dialogs import MessageBox, action_buttons, explained_form
from app.ui.errors import message_for, show_error
from app.ui.job_dialog import JobDialog
from app.ui.reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from app.model.vault import VaultSession


def parse_day(text: str) -> date:
    """A date as people write it here (31.12.2027), or ISO."""
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise InvalidInput(QT_TRANSLATE_NOOP("core", "Type the date as DD.MM.YYYY."))


class DestroyDialog(JobDialog):
    """The head approves: the list's size, what happens, the head's own password."""

    def __init__(self, ctx: Context, items: list[retention.Retention], size: int,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ids = [r.footage_id for r in items]
        self.outcome: retention.Destroyed | None = None
        self.setWindowTitle(self.tr("Destroy footage past its term"))
        self.password = QtWidgets.QLineEdit()
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.buttons, self.go, _cancel = action_buttons(self.tr("&Destroy"), self.start,
                                                        self.reject)
        explained_form(self, self.tr(
            "%n recording(s), {mb} MB, are past their retention term (R9) and not on "
            "hold. Their files will be deleted for ever. Each recording's record stays: what "
            "it was (SHA-256, size, times, category), when it was destroyed and on whose "
            "approval, in the chained audit log.", "", len(self.ids)).format(
                mb=decimal_text(size / 1e6)),
            [(self.tr("Head's &password:"), self.password)], self.status, self.buttons)

    def start(self) -> None:
        if self.busy:
            return
        s, ids, password = self.ctx.session, list(self.ids), self.password.text()
        self.password.clear()
        self.run_job(lambda _c: retention.destroy(s, ids, password=password), "destroy",
                     self.tr("Destroying…"))

    def job_done(self, result: retention.Destroyed) -> None:
        self.outcome = result
        self.ctx.bus.changed.emit()
        MessageBox.information(self, self.tr("Footage destroyed"), self.tr(
            "%n recording(s) destroyed, files deleted: {files}. Their records are kept in "
            "the audit log.", "", len(result.footage_ids)).format(files=result.files_removed))
        self.accept()

    def job_failed(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))
        if isinstance(exc, WrongPassword):
            self.password.setFocus()
        else:
            show_error(self, exc)


class RetentionPage(QtWidgets.QWidget):
    COLUMNS = 8

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: QtWidgets.QDialog | None = None
        self.items: list[retention.Retention] = []
        head = ctx.session.role == "head"
        self.clock_note = QtWidgets.QLabel()
        self.clock_note.setWordWrap(True)
        self.confirm_button = QtWidgets.QPushButton(self.tr("&Confirm today's date…"))
        self.confirm_button.clicked.connect(self.confirm_date)
        self.confirm_button.setVisible(not head)
        clock_row = QtWidgets.QHBoxLayout()
        clock_row.addWidget(self.clock_note, 1)
        clock_row.addWidget(self.confirm_button)
        self.table = QtWidgets.QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Recorded"), self.tr("Camera"), self.tr("Inspector"),
            self.tr("Downloaded"), self.tr("Category"), self.tr("Keep until (R9)"),
            self.tr("State")])
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection)
        self.hold_button = QtWidgets.QPushButton(self.tr("&Hold…"))
        self.hold_button.clicked.connect(self.hold)
        self.unhold_button = QtWidgets.QPushButton(self.tr("&Lift the hold…"))
        self.unhold_button.clicked.connect(self.unhold)
        self.destroy_button = QtWidgets.QPushButton()
        self.destroy_button.clicked.connect(self.ask_destroy)
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.hold_button, self.unhold_button):
            buttons.addWidget(b)
            b.setVisible(head)
        buttons.addStretch()
        buttons.addWidget(self.destroy_button)
        self.destroy_button.setVisible(head)
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        note = QtWidgets.QLabel(self.tr(
            "Footage is kept 1 year from its download; 5 years for administrative offences "
            "and inspections (R9), counted in calendar years. The head puts footage on hold "
            "and approves its destruction.") if head else self.tr(
            "Footage is kept 1 year from its download; 5 years for administrative offences "
            "and inspections (R9), counted in calendar years. Holds and destruction are the "
            "head's decisions; after the computer's clock moved, you confirm today's date."))
        note.setWordWrap(True)
        box = QtWidgets.QVBoxLayout(self)
        box.addWidget(note)
        box.addLayout(clock_row)
        box.addWidget(QtWidgets.QLabel(self.tr("<b>Past their term, or reaching it within %n "
                                               "day(s)</b>", "", retention.SOON_DAYS)))
        box.addWidget(self.table)
        box.addWidget(self.summary)
        box.addLayout(buttons)
        ctx.bus.changed.connect(self.refresh)
        self.refresh()

    # -- contents --------------------------------------------------------------------------
    def state_text(self, r: retention.Retention, today: date) -> tuple[str, QColor | None]:
        state = r.state(today)
        if state == "held":
            return self.tr("on hold: {reason}").format(reason=r.hold_reason or ""), AMBER
        if state == "expired":
            return self.tr("past its term"), RED
        return self.tr("term ends in %n day(s)", "", (r.keep_until - today).days), None

    def refresh(self) -> None:
        s = self.ctx.session
        if s.is_locked:
            return
        clock = clockwatch.check(s)
        self.clock_note.setText(self.clock_text(clock))
        self.clock_note.setStyleSheet("" if clock.confirmed else "color: #a40000")
        self.confirm_button.setEnabled(not clock.confirmed)
        today = retention.today(s)
        self.items = retention.due(s)
        reg = s.registers
        cams = {d.id: d.inventory_no for d in reg.list_devices(kind="camera")}
        people = {p.id: p.full_name for p in reg.list_staff()}
        self.table.setRowCount(len(self.items))
        size = 0
        found = s.footage.get_many(r.footage_id for r in self.items)
        for row, r in enumerate(self.items):
            f = found[r.footage_id]
            state, colour = self.state_text(r, today)
            if r.destroyable(today):
                size += f.size
            cells = [str(f.id), self.ctx.fmt(f.started_at), cams.get(f.camera_id or 0, ""),
                     people.get(f.inspector_id or 0, ""), self.ctx.fmt(f.downloaded_at),
                     word(CATEGORY_WORDS, r.category),
                     r.keep_until.strftime("%d.%m.%Y"), state]
            for col, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                if colour is not None:
                    item.setForeground(QBrush(colour))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        ready = [r for r in self.items if r.destroyable(today)]
        self.ready_size = size
        self.destroy_button.setText(self.tr("&Destroy %n recording(s) past their term…", "",
                                            len(ready)))
        self.destroy_button.setEnabled(bool(ready) and clock.confirmed)
        held = sum(r.held for r in self.items)
        self.summary.setText(self.tr("{ready} past their term and not held, {held} on hold, "
                                     "{soon} reaching their term soon.").format(
            ready=len(ready), held=held, soon=len(self.items) - len(ready) - held))
        self._selection()

    def clock_text(self, clock: clockwatch.ClockState) -> str:
        if clock.confirmed:
            return self.tr("The computer's clock has not jumped since it was last confirmed.")
        lines = []
        for j in clock.pending:
            text = (self.tr("The computer's clock moved back from {before} to {after}.")
                    if j.kind == "back" else
                    self.tr("The computer's clock moved forward from {before} to {after}."))
            lines.append(text.format(before=self.ctx.fmt(j.before), after=self.ctx.fmt(j.after)))
        lines.append(self.tr("Nothing is destroyed until the responsible officer confirms "
                             "today's date."))
        return " ".join(lines)

    def selected(self) -> retention.Retention | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.items[min(rows)] if rows else None

    def _selection(self) -> None:
        r = self.selected()
        self.hold_button.setEnabled(r is not None and not r.held)
        self.unhold_button.setEnabled(r is not None and r.held)

    def select_id(self, fid: int) -> None:
        for row, r in enumerate(self.items):
            if r.footage_id == fid:
                self.table.selectRow(row)
                return

    # -- actions ---------------------------------------------------------------------------
    def _ask(self, title: str, text: str, label: str, placeholder: str,
             action: Callable[[str], Any]) -> ReasonDialog:
        dialog = ReasonDialog(title, text, label, placeholder, action, self)
        dialog.acted.connect(lambda _r: self.ctx.bus.changed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _ask_reason(self, r: retention.Retention, title: str, text: str, placeholder: str,
                    action: Callable[[VaultSession, int, str], Any]) -> ReasonDialog:
        """The head's reason for ``action`` (hold, lift the hold) on the recording ``r``."""
        s, fid = self.ctx.session, r.footage_id
        return self._ask(title, text, self.tr("&Reason:"), placeholder,
                         lambda reason: action(s, fid, reason))

    def hold(self) -> ReasonDialog | None:
        r = self.selected()
        return None if r is None else self._ask_reason(
            r, self.tr("Put on hold"),
            self.tr("Recording {id} will not be destroyed, whatever its term, until you lift "
                    "the hold (R9).").format(id=r.footage_id),
            self.tr("e.g. court case №, complaint, prosecutor's request"), retention.hold)

    def unhold(self) -> ReasonDialog | None:
        r = self.selected()
        return None if r is None else self._ask_reason(
            r, self.tr("Lift the hold"),
            self.tr("Recording {id} is kept until {date} (R9); past that, it can be "
                    "destroyed.").format(id=r.footage_id,
                                         date=r.keep_until.strftime("%d.%m.%Y")),
            self.tr("e.g. the case is closed"), retention.unhold)

    def confirm_date(self) -> ReasonDialog:
        s = self.ctx.session
        return self._ask(
            self.tr("Confirm today's date"),
            self.tr("Look at a calendar (not at this computer) and type today's date. If it "
                    "is not the date the computer shows, set the computer's clock right "
                    "first."),
            self.tr("&Today is:"), self.tr("DD.MM.YYYY"),
            lambda text: clockwatch.confirm(s, parse_day(text)))

    def ask_destroy(self) -> DestroyDialog | None:
        today = retention.today(self.ctx.session)
        ready = [r for r in self.items if r.destroyable(today)]
        if not ready:
            return None
        dialog = DestroyDialog(self.ctx, ready, self.ready_size, self)
        self.dialog = dialog
        dialog.open()
        return dialog
