"""Registers: staff and devices, with their history (nothing is deleted), write-off and
service life (R4, R19)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6 import QtWidgets
from PySide6.QtCore import Qt

from app.errors import DalelError
from app.model.inventory import mixes_scripts
from app.model.norms import norms_report
from app.model.words import KIND_WORDS, ROLE_WORDS, STATE_WORDS, change_text, word, yes_no
from app.ui.common import Context, attempt
from app.ui.fit import fit_columns, fit_list, fit_table


def _table(headers: list[str]) -> QtWidgets.QTableWidget:
    t = QtWidgets.QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    return t


class RegistersPage(QtWidgets.QWidget):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.staff = _table([self.tr("Name"), self.tr("Personnel no."), self.tr("Role"),
                             self.tr("Active")])
        self.devices = _table([self.tr("Inventory no."), self.tr("Kind"), self.tr("Serial"),
                               self.tr("Model"), self.tr("State"), self.tr("In service since"),
                               self.tr("Service life ends (R19)")])
        # Long names and numbers are cut with "…" (the tip has all); the columns start at
        # most this wide and the last one takes the rest, so no column runs off (issue 15).
        fit_table(self.staff, cap=230, whole=(1,))
        fit_table(self.devices, cap=160, whole=(0,))
        self.history = QtWidgets.QListWidget()
        fit_list(self.history)
        self.staff.itemSelectionChanged.connect(lambda: self.show_history("staff"))
        self.devices.itemSelectionChanged.connect(lambda: self.show_history("devices"))
        # Add staff.
        self.surname, self.name, self.number = (QtWidgets.QLineEdit(), QtWidgets.QLineEdit(),
                                                QtWidgets.QLineEdit())
        # Column 3 of the journal asks for the patronymic where there is one (R18).
        self.patronymic, self.position = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        add_staff = QtWidgets.QPushButton(self.tr("Add &inspector"))
        add_staff.clicked.connect(self.add_staff)
        sf = QtWidgets.QFormLayout()
        sf.addRow(self.tr("Surname:"), self.surname)
        sf.addRow(self.tr("Name:"), self.name)
        sf.addRow(self.tr("Patronymic (if any):"), self.patronymic)
        sf.addRow(self.tr("Position:"), self.position)
        sf.addRow(self.tr("Personnel no.:"), self.number)
        sf.addRow(add_staff)
        # Add device / change state.
        self.kind = QtWidgets.QComboBox()
        for kind in KIND_WORDS:
            self.kind.addItem(word(KIND_WORDS, kind), kind)
        self.inventory, self.serial, self.model = (QtWidgets.QLineEdit(), QtWidgets.QLineEdit(),
                                                   QtWidgets.QLineEdit())
        add_dev = QtWidgets.QPushButton(self.tr("Add &device"))
        add_dev.clicked.connect(self.add_device)
        self.reason = QtWidgets.QLineEdit()
        self.reason.setPlaceholderText(self.tr("reason (required)"))
        self.faulty = QtWidgets.QPushButton(self.tr("Mark &faulty"))
        self.in_store = QtWidgets.QPushButton(self.tr("Back in &store"))
        self.write_off = QtWidgets.QPushButton(self.tr("&Write off"))
        self.faulty.clicked.connect(lambda: self.set_state("faulty"))
        self.in_store.clicked.connect(lambda: self.set_state("in_store"))
        self.write_off.clicked.connect(lambda: self.set_state("written_off"))
        df = QtWidgets.QFormLayout()
        df.addRow(self.tr("Kind:"), self.kind)
        df.addRow(self.tr("Inventory no. (R4):"), self.inventory)
        df.addRow(self.tr("Serial:"), self.serial)
        df.addRow(self.tr("Model:"), self.model)
        df.addRow(add_dev)
        df.addRow(self.tr("Selected device:"), self.reason)
        states = QtWidgets.QHBoxLayout()
        for b in (self.faulty, self.in_store, self.write_off):
            states.addWidget(b)
        df.addRow(states)
        sbox, dbox, hbox = (QtWidgets.QGroupBox(self.tr("Staff")),
                            QtWidgets.QGroupBox(self.tr("Cameras and cards")),
                            QtWidgets.QGroupBox(self.tr("History of the selected record")))
        sl = QtWidgets.QVBoxLayout(sbox)
        sl.addWidget(self.staff)
        sl.addLayout(sf)
        dl = QtWidgets.QVBoxLayout(dbox)
        dl.addWidget(self.devices)
        # R19: the kits the norms allow for the headcount, against the cameras registered.
        self.norms = QtWidgets.QLabel()
        self.norms.setWordWrap(True)
        dl.addWidget(self.norms)
        dl.addLayout(df)
        QtWidgets.QVBoxLayout(hbox).addWidget(self.history)
        # The two registers side by side (the user may move the divide), the history of the
        # chosen record under the staff: three columns side by side left each table too
        # narrow at 1366 px (issue 15).
        left = QtWidgets.QWidget()
        ll = QtWidgets.QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(sbox, 3)
        ll.addWidget(hbox, 2)
        row = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        row.addWidget(left)
        row.addWidget(dbox)
        row.setStretchFactor(0, 2)
        row.setStretchFactor(1, 3)
        row.setSizes([500, 820])
        row.setChildrenCollapsible(False)
        # What the last action recorded, in one line (every recorded action is confirmed).
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        page = QtWidgets.QVBoxLayout(self)
        page.addWidget(row, 1)
        page.addWidget(self.status)
        ctx.bus.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.session.is_locked:   # a late "changed" after the lock: nothing to show
            return
        reg = self.ctx.session.registers
        people = reg.list_staff()
        self.staff.setRowCount(len(people))
        for r, p in enumerate(people):
            for c, text in enumerate([p.full_name, p.personnel_no, self.role_label(p.role),
                                      yes_no(p.active)]):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.staff.setItem(r, c, item)
        devs = reg.list_devices()
        self.devices.setRowCount(len(devs))
        for r, d in enumerate(devs):
            for c, text in enumerate([d.inventory_no, self.kind_label(d.kind), d.serial or "",
                                      d.model, self.state_label(d.state),
                                      _shown_day(d.in_service),
                                      d.end_of_life().strftime("%d.%m.%Y")]):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                self.devices.setItem(r, c, item)
        fit_columns(self.staff)
        fit_columns(self.devices)
        self.show_norms()

    def show_norms(self) -> None:
        rep = norms_report(self.ctx.session)
        text = self.tr("Equipment norms (R19): {staff} staff, {allowed} kits allowed; "
                       "{cameras} cameras registered.").format(
            staff=rep.headcount, allowed=rep.kits_allowed, cameras=rep.cameras)
        if rep.over_norm:
            text += " " + self.tr("Above the norm by {n}.").format(n=rep.over_norm)
        if rep.past_life:
            text += " " + self.tr("Service life ended: {numbers}.").format(
                numbers=", ".join(d.inventory_no for d, _ in rep.past_life))
        self.norms.setText(text)
        self.norms.setStyleSheet("color: #8a4b00;" if rep.over_norm or rep.past_life else "")

    # -- words for the register's codes (never a developer name on screen, issue 15): the
    # core's tables, which the command line shows too (app/model/words.py) ------------------
    def kind_label(self, kind: str) -> str:
        return word(KIND_WORDS, kind)

    def state_label(self, state: str | None) -> str:
        return word(STATE_WORDS, state)

    def role_label(self, role: str) -> str:
        return word(ROLE_WORDS, role)

    def device_number(self, text: str | None) -> str:
        if not text or not text.isdigit():
            return "—"
        try:
            return self.ctx.session.registers.device(int(text)).inventory_no
        except DalelError:
            return "—"

    def change_text(self, h: dict[str, Any]) -> str:
        return change_text(h, self.device_number)

    def _selected(self, table: QtWidgets.QTableWidget) -> int | None:
        items = table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def show_history(self, which: str) -> None:
        rid = self._selected(self.staff if which == "staff" else self.devices)
        self.history.clear()
        if rid is None:
            return
        for h in self.ctx.session.registers.history(which, rid):
            # change_text names the reason in words (the stored code, "issue", was shown
            # after it too: issue 15)
            self.history.addItem(f"{self.ctx.fmt(h['at'])}  {self.change_text(h)}")

    def add_staff(self) -> None:
        ok, person = attempt(self, self.ctx.session.registers.add_staff, self.surname.text(),
                             self.name.text(), self.number.text(),
                             patronymic=self.patronymic.text().strip() or None,
                             position=self.position.text())
        if ok and person is not None:
            for f in (self.surname, self.name, self.patronymic, self.position, self.number):
                f.clear()
            self.status.setText(self.tr("{name} registered, personnel no. {number}.").format(
                name=person.full_name, number=person.personnel_no))
            self.ctx.bus.changed.emit()

    def add_device(self) -> None:
        ok, dev = attempt(self, self.ctx.session.registers.add_device,
                          self.kind.currentData(), self.inventory.text(),
                          serial=self.serial.text().strip() or None, model=self.model.text())
        if ok and dev is not None:
            for f in (self.inventory, self.serial, self.model):
                f.clear()
            text = (self.tr("Camera {number} registered.") if dev.kind == "camera"
                    else self.tr("Memory card {number} registered.")).format(
                number=dev.inventory_no)
            if mixes_scripts(dev.inventory_no):
                text += " " + self.tr("The number mixes Latin and Cyrillic letters: it is "
                                      "found however it is typed, but check the label.")
            self.status.setText(text)
            self.ctx.bus.changed.emit()

    def set_state(self, state: str) -> None:
        did = self._selected(self.devices)
        if did is None:
            return
        ok, _ = attempt(self, self.ctx.session.registers.set_device_state, did, state,
                        self.reason.text())
        if ok:
            self.reason.clear()
            self.ctx.bus.changed.emit()
            self.show_history("devices")


def _shown_day(iso: str) -> str:
    """A stored YYYY-MM-DD as every screen shows a date."""
    try:
        return date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso
