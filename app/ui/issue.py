"""The day's issue and return, keyboard first.

Issue: the inspector, the camera (scan or type its inventory number, Enter), its card and
the seal on the card slot (R6), the pre-use check (R11, R12), Ctrl+Enter. Return: scan the
camera's inventory number and press Enter. Cameras out are listed with their remarks.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeySequence, QMouseEvent, QShortcut

from app.errors import DalelError, NotFound
from app.ingest.service import can_set_clock, driver_for, set_camera_clock
from app.ui.checklist import ChecklistBox
from app.ui.common import Context, attempt, head_notice
from app.ui.dialogs import MessageBox
from app.ui.errors import message_for
from app.ui.fit import narrow_combo
from app.ui.remarks import RemarksPanel

if TYPE_CHECKING:
    from app.ui.docked_row import DockedRow


class FilledLineEdit(QtWidgets.QLineEdit):
    """A field the program may fill in (the card that sits in the scanned camera): until the
    officer edits it, entering it selects the whole text, so typing or scanning the number
    replaces it instead of being appended to it ("MC-004MC-004")."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.filled = False
        self.textEdited.connect(self._edited)

    def fill(self, text: str) -> None:
        self.setText(text)
        self.filled = True

    def _edited(self, _text: str) -> None:
        self.filled = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.filled:
            QTimer.singleShot(0, self.selectAll)   # after the click has placed the cursor

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.filled:
            self.selectAll()


class IssuePage(QtWidgets.QWidget):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inspector = narrow_combo(QtWidgets.QComboBox(), 30)
        self.camera = QtWidgets.QLineEdit()
        self.camera.setPlaceholderText(self.tr("scan or type, e.g. BK-001"))
        self.card = FilledLineEdit()
        self.seal = QtWidgets.QLineEdit()
        self.checks = ChecklistBox()
        # R11: the charge the docked camera reports, and the officer's explicit override
        # below the office's minimum (journalled with the issue entry).
        self.battery_note = QtWidgets.QLabel()
        self.battery_note.setWordWrap(True)
        self.battery_override = QtWidgets.QCheckBox(self.tr(
            "Issue it with the low battery anyway (written in the journal)"))
        self.checks.percent.valueChanged.connect(self._battery_changed)
        # R19: a camera past its seven-year service life goes out only with a reason,
        # written in the journal; the field shows when such a camera is typed.
        self.life_note = QtWidgets.QLabel()
        self.life_note.setWordWrap(True)
        self.life_note.setStyleSheet("color: #8a4b00;")
        # A camera registered with its factory password goes out only once the officer
        # confirms it has its own now (journalled; the register stops flagging it).
        self.password_changed = QtWidgets.QCheckBox(self.tr(
            "I have changed this camera's factory password (written in the journal)"))
        self.password_changed.setVisible(False)
        self.past_life_reason = QtWidgets.QLineEdit()
        self.past_life_reason.setPlaceholderText(self.tr(
            "why it still goes out (written in the journal)"))
        self.issue_button = QtWidgets.QPushButton(self.tr("&Issue (Ctrl+Enter)"))
        self.issue_button.clicked.connect(self.issue)
        self.issue_status = QtWidgets.QLabel()
        self.issue_status.setWordWrap(True)
        self.camera.editingFinished.connect(self._camera_typed)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("I&nspector:"), self.inspector)
        form.addRow(self.tr("&Camera inventory no.:"), self.camera)
        form.addRow(self.tr("Memory ca&rd inventory no.:"), self.card)
        form.addRow(self.tr("&Seal on the card slot (R6):"), self.seal)
        form.addRow(self.checks)
        form.addRow(self.battery_note)
        form.addRow(self.battery_override)
        form.addRow(self.password_changed)
        form.addRow(self.life_note)
        form.addRow(self.tr("Reason (service life ended):"), self.past_life_reason)
        self.life_label = form.labelForField(self.past_life_reason)
        form.addRow(self.issue_button)
        form.addRow(self.issue_status)
        issue_box = QtWidgets.QGroupBox(self.tr("Issue a camera"))
        issue_box.setLayout(form)

        self.return_no = QtWidgets.QLineEdit()
        self.return_no.setPlaceholderText(self.tr("scan or type the camera's number, Enter"))
        self.return_no.returnPressed.connect(self.return_camera)
        self.return_button = QtWidgets.QPushButton(self.tr("&Take back"))
        self.return_button.clicked.connect(self.return_camera)
        self.return_status = QtWidgets.QLabel()
        self.return_status.setWordWrap(True)
        rl = QtWidgets.QFormLayout()
        rl.addRow(self.tr("Ca&mera returned:"), self.return_no)
        rl.addRow(self.return_button)
        rl.addRow(self.return_status)
        return_box = QtWidgets.QGroupBox(self.tr("Return a camera"))
        return_box.setLayout(rl)
        self.remarks = RemarksPanel(ctx)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(return_box)
        right.addWidget(self.remarks, 1)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(issue_box, 1)
        row.addLayout(right, 1)
        page = QtWidgets.QVBoxLayout(self)
        self.head_note = QtWidgets.QLabel(head_notice())
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
        self._battery_changed()
        self.show_life_ended(None)

    def minimum_battery(self) -> int:
        try:
            return int(self.ctx.session.settings.get("min_battery_percent"))
        except (TypeError, ValueError):
            return 50

    def _battery_changed(self, _value: int = 0) -> None:
        low = self.checks.percent.value() < self.minimum_battery()
        self.battery_override.setVisible(low)
        if not low:
            self.battery_override.setChecked(False)

    def docked_row(self, camera_id: int) -> DockedRow | None:
        dock = self.ctx.dock
        return dock.row_for_camera(camera_id) if dock is not None else None

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
        """Fill in the card that sits in the scanned camera, and the charge a docked camera
        reports (R11)."""
        if self.ctx.session.is_locked:   # the field loses focus as the window locks
            return
        number = self.camera.text().strip()
        reg = self.ctx.session.registers
        try:
            cam = reg.find_device(number, "camera") if number else None
        except NotFound:
            cam = None
        ended = self.ctx.session.custody.life_ended(cam) if cam is not None else None
        if ended != self.life_shown:  # a reason already typed stays while the camera does
            self.show_life_ended(ended)
        factory = cam is not None and cam.default_password
        if not factory:
            self.password_changed.setChecked(False)
        self.password_changed.setVisible(bool(factory))
        if cam is None:
            return
        row = self.docked_row(cam.id)
        battery = row.info.battery if row is not None and row.info is not None else None
        if battery is not None:
            self.checks.percent.setValue(battery)
            self.battery_note.setText(self.tr(
                "The docked camera reports its battery at {percent} %; its clock is set when "
                "it is issued.").format(percent=battery))
        else:
            self.battery_note.clear()
        if self.card.text().strip() and not self.card.filled:
            return                     # what the officer typed stays
        card = reg.card_in(cam.id)
        if card is not None:
            self.card.fill(card.inventory_no)

    def show_life_ended(self, ended: date | None) -> None:
        """R19: say that the camera's service life has ended and ask for the reason."""
        self.life_shown = ended
        for w in (self.life_note, self.past_life_reason, self.life_label):
            if w is not None:
                w.setVisible(ended is not None)
        if ended is None:
            self.life_note.clear()
            self.past_life_reason.clear()
            return
        self.life_note.setText(self.tr(
            "This camera's service life (7 years) ended on {date}. Issue another camera, or "
            "write why this one still goes out.").format(date=ended.strftime("%d.%m.%Y")))

    def issue(self) -> None:
        s = self.ctx.session
        if self.inspector.currentData() is None:
            self.issue_status.setText(self.tr("Register an inspector first (Registers)."))
            return
        percent = self.checks.percent.value()
        low = self.battery_override.isChecked() and percent < self.minimum_battery()
        # The override box appears where the Issue button was a moment before: a click
        # meant for the button must not issue a camera on a low battery unasked (R11).
        if low and not MessageBox.question(self, self.tr("Low battery"), self.tr(
                "Issue the camera with its battery at {percent} %, below the minimum of "
                "{minimum} %? The journal records that you decided so.").format(
                    percent=percent, minimum=self.minimum_battery())):
            return
        ok, period = attempt(self, s.custody.issue, int(self.inspector.currentData()),
                             self.camera.text().strip(), self.checks.checklist(),
                             card=self.card.text().strip() or None,
                             seal=self.seal.text().strip() or None,
                             battery_override=self.battery_override.isChecked(),
                             past_life_reason=self.past_life_reason.text().strip() or None,
                             password_changed=self.password_changed.isChecked())
        if not ok or period is None:
            return
        self.set_docked_clock(period.camera_id)
        cam = s.registers.device(period.camera_id).inventory_no
        self.issue_status.setText(self.tr(
            "Issued {camera} to {name} at {time}. Journal row № {seq} — the inspector signs "
            "the paper journal (R5).").format(
                camera=cam, name=self.inspector.currentText(),
                time=self.ctx.fmt(period.issued_at), seq=s.custody.row_number(period.id))
            + (" " + self.tr("Issued with the battery at {percent} %, as you decided.").format(
                percent=percent) if low else ""))
        for field in (self.camera, self.card, self.seal):
            field.clear()
        self.checks.set_all(False)
        self.checks.percent.setValue(100)
        self.battery_override.setChecked(False)
        self.password_changed.setChecked(False)
        self.password_changed.setVisible(False)
        self.show_life_ended(None)
        self.camera.setFocus()
        self.ctx.bus.changed.emit()

    def set_docked_clock(self, camera_id: int) -> None:
        """R1: the camera goes out with the PC's date and time, when it sits in the dock and
        its model lets the program set it; the offset found is journalled."""
        row = self.docked_row(camera_id)
        if row is None or self.ctx.dock is None:
            return
        driver = driver_for(row.volume, self.ctx.dock.backend)
        if not can_set_clock(driver):
            return
        s = self.ctx.session
        try:
            set_camera_clock(s, driver, s.registers.device(camera_id), at="issue")
        except (DalelError, OSError) as exc:   # the issue stands; the officer sets it by hand
            self.battery_note.setText(self.tr("The camera's clock could not be set: {reason} "
                                              "Set it on the camera (R1).").format(
                                                  reason=message_for(exc)))

    def return_camera(self) -> None:
        number = self.return_no.text().strip()
        if not number:
            return
        ok, period = attempt(self, self.ctx.session.custody.return_camera, number)
        if not ok or period is None:
            self.return_no.selectAll()
            return
        who = self.ctx.session.registers.staff(period.inspector_id).full_name
        self.return_status.setText(self.tr("{camera} is back from {name} at {time} (journal row "
                                           "№ {row}). Download its footage within one working "
                                           "day (R8).")
                                   .format(camera=number, name=who,
                                           time=self.ctx.fmt(period.returned_at),
                                           row=self.ctx.session.custody.row_number(period.id)))
        self.return_no.clear()
        self.return_no.setFocus()
        self.ctx.bus.changed.emit()
