"""The day's issue and return, keyboard first.

Issue: the inspector, the camera (scan or type its inventory number, Enter), its card and
the seal on the card slot (R6), the pre-use check (R11, R12), Ctrl+Enter. Return: scan the
camera's inventory number and press Enter. Cameras out are listed with their remarks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFound
from app.ui.checklist import ChecklistBox
from app.ui.common import Context, attempt, head_notice
from app.ui.remarks import RemarksPanel


class IssuePage(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspector = QComboBox()
        self.camera = QLineEdit()
        self.camera.setPlaceholderText(self.tr("scan or type, e.g. BK-001"))
        self.card = QLineEdit()
        self.seal = QLineEdit()
        self.checks = ChecklistBox()
        self.issue_button = QPushButton(self.tr("&Issue (Ctrl+Enter)"))
        self.issue_button.clicked.connect(self.issue)
        self.issue_status = QLabel()
        self.issue_status.setWordWrap(True)
        self.camera.editingFinished.connect(self._camera_typed)
        form = QFormLayout()
        form.addRow(self.tr("I&nspector:"), self.inspector)
        form.addRow(self.tr("&Camera inventory no.:"), self.camera)
        form.addRow(self.tr("Memory ca&rd inventory no.:"), self.card)
        form.addRow(self.tr("&Seal on the card slot (R6):"), self.seal)
        form.addRow(self.checks)
        form.addRow(self.issue_button)
        form.addRow(self.issue_status)
        issue_box = QGroupBox(self.tr("Issue a camera"))
        issue_box.setLayout(form)

        self.return_no = QLineEdit()
        self.return_no.setPlaceholderText(self.tr("scan or type the camera's number, Enter"))
        self.return_no.returnPressed.connect(self.return_camera)
        self.return_button = QPushButton(self.tr("&Take back"))
        self.return_button.clicked.connect(self.return_camera)
        self.return_status = QLabel()
        self.return_status.setWordWrap(True)
        rl = QFormLayout()
        rl.addRow(self.tr("Ca&mera returned:"), self.return_no)
        rl.addRow(self.return_button)
        rl.addRow(self.return_status)
        return_box = QGroupBox(self.tr("Return a camera"))
        return_box.setLayout(rl)
        self.remarks = RemarksPanel(ctx)
        right = QVBoxLayout()
        right.addWidget(return_box)
        right.addWidget(self.remarks, 1)
        row = QHBoxLayout()
        row.addWidget(issue_box, 1)
        row.addLayout(right, 1)
        page = QVBoxLayout(self)
        self.head_note = QLabel(head_notice())
        self.head_note.setWordWrap(True)
        self.head_note.setStyleSheet("background: #fff3c4; padding: 6px;")
        page.addWidget(self.head_note)
        page.addLayout(row, 1)
        self.head_note.setVisible(not ctx.keeps_journal)
        for box in (issue_box, return_box, self.remarks):
            box.setEnabled(ctx.keeps_journal)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), issue_box, self.issue,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.bus.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.session.is_locked:
            return
        current = self.inspector.currentData()
        self.inspector.clear()
        for p in self.ctx.session.registers.list_staff(role="inspector", active_only=True):
            self.inspector.addItem(f"{p.full_name} ({p.personnel_no})", p.id)
        if current is not None and (i := self.inspector.findData(current)) >= 0:
            self.inspector.setCurrentIndex(i)

    def _camera_typed(self) -> None:
        """Fill in the card that sits in the scanned camera, and its last seal."""
        number = self.camera.text().strip()
        if not number or self.card.text().strip():
            return
        reg = self.ctx.session.registers
        try:
            cam = reg.find_device(number, "camera")
        except NotFound:
            return
        card = reg.card_in(cam.id)
        if card is not None:
            self.card.setText(card.inventory_no)

    def issue(self) -> None:
        s = self.ctx.session
        if self.inspector.currentData() is None:
            self.issue_status.setText(self.tr("Register an inspector first (Registers)."))
            return
        ok, period = attempt(self, s.custody.issue, int(self.inspector.currentData()),
                             self.camera.text().strip(), self.checks.checklist(),
                             card=self.card.text().strip() or None,
                             seal=self.seal.text().strip() or None)
        if not ok:
            return
        cam = s.registers.device(period.camera_id).inventory_no
        self.issue_status.setText(self.tr("Issued {camera} to {name} at {time}. Entry № {seq} "
                                          "— the inspector signs the paper journal (R5).")
                                  .format(camera=cam, name=self.inspector.currentText(),
                                          time=self.ctx.fmt(period.issued_at), seq=period.id))
        for field in (self.camera, self.card, self.seal):
            field.clear()
        self.checks.set_all(False)
        self.camera.setFocus()
        self.ctx.bus.changed.emit()

    def return_camera(self) -> None:
        number = self.return_no.text().strip()
        if not number:
            return
        ok, period = attempt(self, self.ctx.session.custody.return_camera, number)
        if not ok:
            self.return_no.selectAll()
            return
        who = self.ctx.session.registers.staff(period.inspector_id).full_name
        self.return_status.setText(self.tr("{camera} is back from {name} at {time}. Download "
                                           "its footage within one working day (R8).")
                                   .format(camera=number, name=who,
                                           time=self.ctx.fmt(period.returned_at)))
        self.return_no.clear()
        self.return_no.setFocus()
        self.ctx.bus.changed.emit()
