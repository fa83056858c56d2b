"""Remarks on a camera that is out: meal break pause and resume (R15), a free note, and the
malfunction flow (R16): the cause, the time it was reported (the clock's, when recorded),
then a replacement camera for the same inspector."""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import Qt

from app.ui.checklist import ChecklistBox
from app.ui.common import Context, attempt
from app.ui.dialogs import ok_cancel, wrapped_label


class MalfunctionDialog(QtWidgets.QDialog):
    def __init__(self, ctx: Context, custody_id: int,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.custody_id = ctx, custody_id
        self.reported = False
        s = ctx.session
        period = s.custody.live(custody_id)
        cam = s.registers.device(period.camera_id).inventory_no
        who = s.registers.staff(period.inspector_id).full_name
        self.setWindowTitle(self.tr("Malfunction of {camera}").format(camera=cam))
        self.cause = QtWidgets.QLineEdit()
        self.cause.setPlaceholderText(self.tr("what failed, e.g. the battery does not charge"))
        self.replace = QtWidgets.QCheckBox(self.tr("Issue a replacement camera now (R16)"))
        self.replace.setChecked(True)
        self.camera, self.card, self.seal = (QtWidgets.QLineEdit(), QtWidgets.QLineEdit(),
                                             QtWidgets.QLineEdit())
        self.checks = ChecklistBox()
        rep = QtWidgets.QFormLayout()
        rep.addRow(self.tr("Replacement camera no.:"), self.camera)
        rep.addRow(self.tr("Its memory card no.:"), self.card)
        rep.addRow(self.tr("Seal on the card slot (R6):"), self.seal)
        rep.addRow(self.checks)
        self.rep_box = QtWidgets.QGroupBox(self.tr("Replacement for {name}").format(name=who))
        self.rep_box.setLayout(rep)
        self.replace.toggled.connect(self.rep_box.setEnabled)
        self.status = wrapped_label()
        buttons = ok_cancel(self)
        form = QtWidgets.QFormLayout(self)
        form.addRow(QtWidgets.QLabel(self.tr(
            "The inspector {name} reports that {camera} failed. The time "
            "of the report is recorded now.").format(name=who, camera=cam)))
        form.addRow(self.tr("&Cause:"), self.cause)
        form.addRow(self.replace)
        form.addRow(self.rep_box)
        form.addRow(self.status)
        form.addRow(buttons)

    def accept(self) -> None:
        s = self.ctx.session
        if not self.reported:
            ok, _ = attempt(self, s.custody.report_malfunction, self.custody_id,
                            self.cause.text())
            if not ok:
                return
            self.reported = True
            self.cause.setEnabled(False)
            self.ctx.bus.changed.emit()
            self.status.setText(self.tr("The malfunction is recorded in Remarks."))
        if self.replace.isChecked():
            ok, _ = attempt(self, s.custody.replace_camera, self.custody_id,
                            self.camera.text().strip(), self.checks.checklist(),
                            card=self.card.text().strip() or None,
                            seal=self.seal.text().strip() or None)
            if not ok:
                return
            self.ctx.bus.changed.emit()
        super().accept()


class RemarksPanel(QtWidgets.QGroupBox):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Cameras out: remarks"), parent)
        self.ctx = ctx
        self.dialog: MalfunctionDialog | None = None
        self.out = QtWidgets.QListWidget()
        self.pause = QtWidgets.QPushButton(self.tr("Meal break &starts"))
        self.resume = QtWidgets.QPushButton(self.tr("Meal break &ends"))
        self.malfunction = QtWidgets.QPushButton(self.tr("&Malfunction…"))
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText(self.tr("a note for Remarks, Enter to add"))
        self.note.returnPressed.connect(self.add_note)
        self.pause.clicked.connect(lambda: self.remark("meal_pause"))
        self.resume.clicked.connect(lambda: self.remark("meal_resume"))
        self.malfunction.clicked.connect(self.open_malfunction)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        buttons = QtWidgets.QHBoxLayout()
        for b in (self.pause, self.resume, self.malfunction):
            buttons.addWidget(b)
        box = QtWidgets.QVBoxLayout(self)
        box.addWidget(self.out)
        box.addLayout(buttons)
        box.addWidget(self.note)
        box.addWidget(self.status)
        ctx.bus.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        s = self.ctx.session
        if s.is_locked:
            return
        current = self.selected()
        self.out.clear()
        for p in s.custody.periods(include_struck=False):
            if p.returned_at is not None:
                continue
            cam = s.registers.device(p.camera_id).inventory_no
            who = s.registers.staff(p.inspector_id).full_name
            item = QtWidgets.QListWidgetItem(self.tr("{camera} — {name}, since {time}").format(
                camera=cam, name=who, time=self.ctx.fmt(p.issued_at)))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.out.addItem(item)
            if p.id == current:
                self.out.setCurrentItem(item)
        if self.out.currentItem() is None and self.out.count():
            self.out.setCurrentRow(0)

    def selected(self) -> int | None:
        item = self.out.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_camera(self, inventory_no: str) -> bool:
        for i in range(self.out.count()):
            if self.out.item(i).text().startswith(inventory_no + " "):
                self.out.setCurrentRow(i)
                return True
        return False

    def remark(self, kind: str, text: str = "") -> None:
        cid = self.selected()
        if cid is None:
            self.status.setText(self.tr("Choose a camera that is out."))
            return
        ok, entry = attempt(self, self.ctx.session.custody.remark, cid, kind, text)
        if ok and entry is not None:
            self.status.setText(self.tr("Written in Remarks at {time}.").format(
                time=self.ctx.fmt(entry.at)))
            self.ctx.bus.changed.emit()

    def add_note(self) -> None:
        if self.note.text().strip():
            self.remark("note", self.note.text())
            self.note.clear()

    def open_malfunction(self) -> MalfunctionDialog | None:
        cid = self.selected()
        if cid is None:
            self.status.setText(self.tr("Choose a camera that is out."))
            return None
        self.dialog = MalfunctionDialog(self.ctx, cid, self)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.open()
        return self.dialog
