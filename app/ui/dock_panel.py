"""Today's docking station: one row per docked volume (R20) — which camera, who has it, its
clock and battery, the state with a progress bar (MB/s, time left), and the one action that
state allows: tie or register an unknown volume (R4), download, cancel, wipe the verified
card (R1, R14), dismiss."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtCore import QTimer

from app.i18n import decimal_text
from app.model.words import clock_offset_text
from app.ui import docked_row as D
from app.ui.common import Context, attempt
from app.ui.dialogs import MessageBox, explained_form, ok_cancel
from app.ui.docked import DockBridge
from app.ui.docked_row import State

COLUMNS = 6   # volume, holder, clock / battery, state, progress, action
RATE_TEXT_S = 1.0   # a download's MB/s and time left are rewritten at most this often


def duration_text(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else \
        f"{s // 60}:{s % 60:02d}"


class TieDialog(QtWidgets.QDialog):
    """Which registered camera (or card) an unidentified volume is (R4)."""

    def __init__(self, ctx: Context, label: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which camera is this?"))
        self.number = QtWidgets.QComboBox()
        self.number.setEditable(True)
        reg = ctx.session.registers
        for kind in ("camera", "card"):
            for dev in reg.list_devices(kind=kind):
                if dev.state != "written_off":
                    self.number.addItem(dev.inventory_no)
        self.number.setCurrentText("")
        explained_form(self, self.tr(
            "The volume {label} does not say which camera it belongs to (a card in a reader, "
            "or a camera without a readable serial). Choose the inventory number of its "
            "camera or memory card. Your choice is written in the journal, and this card is "
            "recognised at its next docking.").format(label=label),
            [(self.tr("&Inventory number:"), self.number)], ok_cancel(self, self.tr("Tie")))


class RegisterDialog(QtWidgets.QDialog):
    """An unknown camera, registered where it is docked (R4: an inventory number first)."""

    def __init__(self, serial: str, model: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register this camera"))
        self.number = QtWidgets.QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. BK-014"))
        self.model = QtWidgets.QLineEdit(model)
        explained_form(self, self.tr(
            "This camera (serial {serial}) is not in the register. A camera without an "
            "inventory number must not be used (R4): give it its number.").format(
                serial=serial),
            [(self.tr("&Inventory number:"), self.number), (self.tr("&Model:"), self.model)],
            ok_cancel(self, self.tr("Register")))


class ProgressCell(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QtWidgets.QProgressBar()
        self.bar.setTextVisible(True)
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.addWidget(self.bar)


class ActionCell(QtWidgets.QWidget):
    """The actions a row's state allows, as buttons."""

    def __init__(self, key: str, on_click: Callable[[str, str], None],
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.on_click = key, on_click
        self.layout_ = QtWidgets.QHBoxLayout(self)
        self.layout_.setContentsMargins(2, 0, 2, 0)
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        self.specs: list[tuple[str, str, bool, str]] | None = None

    def set_buttons(self, specs: list[tuple[str, str, bool, str]]) -> None:
        """(name, text, enabled, tooltip) each; rebuilt only when the names change."""
        self.specs = specs
        if [s[0] for s in specs] != list(self.buttons):
            for b in self.buttons.values():
                b.deleteLater()
            self.buttons = {}
            for name, *_rest in specs:
                b = QtWidgets.QPushButton()
                b.setObjectName(name)
                b.clicked.connect(lambda _c=False, n=name: self.on_click(n, self.key))
                self.buttons[name] = b
                self.layout_.addWidget(b)
        for name, text, enabled, tip in specs:
            b = self.buttons[name]
            b.setText(text)
            b.setEnabled(enabled)
            b.setToolTip(tip)


class DockPanel(QtWidgets.QWidget):
    """The docking station on Today; follows the bridge's rows."""

    def __init__(self, ctx: Context, bridge: DockBridge, parent: QtWidgets.QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx, self.bridge = ctx, bridge
        self.table = QtWidgets.QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Docked"), self.tr("Who has it"), self.tr("Clock / battery"),
            self.tr("State"), self.tr("Progress"), self.tr("Action")])
        head = self.table.horizontalHeader()
        for col in (0, 1, 2, 5):
            head.setSectionResizeMode(col, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QtWidgets.QHeaderView.ResizeMode.Stretch)
        head.setMaximumSectionSize(320)   # a long name wraps instead of narrowing the state
        head.setSectionResizeMode(4, QtWidgets.QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(4, 260)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(30)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QtWidgets.QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.empty = QtWidgets.QLabel(self.tr(
            "No camera or card is docked. Dock one: it appears here "
            "and its footage is copied, verified, then the card can "
            "be wiped."))
        self.empty.setWordWrap(True)
        self.dialog: QtWidgets.QDialog | None = None
        box = QtWidgets.QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addWidget(self.empty)
        self.keys: list[str] = []
        # Eight cameras report progress 20 times a second each: rows are repainted together
        # at most every 100 ms, not once per report.
        self.dirty: set[str] = set()
        # A download's MB/s and time left, as last worded, per volume, and when: a new text
        # lays out the whole table again (its rows and columns fit their contents), ~1 ms a
        # cell, here and in Today's cameras table; the bar moves meanwhile.
        self.rate_shown: dict[str, tuple[float, str]] = {}
        self.repaint_timer = QTimer(self)
        self.repaint_timer.setSingleShot(True)
        self.repaint_timer.setInterval(100)
        self.repaint_timer.timeout.connect(self.flush)
        bridge.row_changed.connect(self.mark)
        bridge.row_removed.connect(self.remove_row)
        for key in bridge.rows:
            self.update_row(key)
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty.setVisible(not self.keys)
        self.table.setVisible(bool(self.keys))

    # -- rows ------------------------------------------------------------------------------
    def row_of(self, key: str) -> int:
        if key not in self.keys:
            self.keys.append(key)
            self.table.insertRow(len(self.keys) - 1)
            self._show_empty()
        return self.keys.index(key)

    def mark(self, key: str) -> None:
        row = self.bridge.rows.get(key)
        if key not in self.keys or row is None or row.state not in (State.DOWNLOADING,
                                                                    State.VERIFYING):
            self.dirty.discard(key)
            self.update_row(key)        # a new row or a new state shows at once
            return
        self.dirty.add(key)
        if not self.repaint_timer.isActive():
            self.repaint_timer.start()

    def flush(self) -> None:
        dirty, self.dirty = self.dirty, set()
        for key in dirty:
            self.update_row(key)

    def remove_row(self, key: str) -> None:
        self.rate_shown.pop(key, None)
        if key in self.keys:
            self.table.removeRow(self.keys.index(key))
            self.keys.remove(key)
        self._show_empty()

    def state_text(self, row: D.DockedRow) -> str:
        t = {
            State.INSPECTING: self.tr("Reading the camera…"),
            State.UNIDENTIFIED: self.tr("Not identified: say which camera or card it is"),
            State.UNREGISTERED: self.tr("Camera not in the register (R4)"),
            State.WAITING: self.tr("Waiting"),
            State.QUEUED: self.tr("In the queue: other cameras are downloading"),
            State.DOWNLOADING: self.tr("Downloading"),
            State.VERIFYING: self.tr("Verifying the copies in the vault"),
            State.VERIFIED: self.tr("Stored and verified: the card can be wiped"),
            State.INCOMPLETE: self.tr("Not complete: the card cannot be wiped"),
            State.CANCELLED: self.tr("Stopped"),
            State.WIPING: self.tr("Wiping the card"),
            State.WIPED: self.tr("Done: the card is wiped"),
            State.FAILED: self.tr("Failed"),
            State.REMOVED: self.tr("Taken out"),
            State.NO_FOOTAGE: self.tr("No recordings on it: not a camera's card, nothing to do"),
        }.get(row.state, row.state)
        if row.state == State.VERIFIED and not row.wipe_files:
            t = self.tr("Stored and verified")
        if row.state == State.WIPED and row.wiped is not None:
            t = self.tr("Done: %n file(s) wiped from the card", "", row.wiped)
        if row.state == State.DOWNLOADING and row.transfer.rate > 0:
            t += self._rate_text(row)
        return t + (f" — {row.message}" if row.message else "")

    def _rate_text(self, row: D.DockedRow) -> str:
        now = time.monotonic()              # a repaint rate, not a recorded time
        when, text = self.rate_shown.get(row.key, (float("-inf"), ""))
        if now - when < RATE_TEXT_S and text:
            return text
        text = self.tr(": {rate} MB/s").format(rate=decimal_text(row.transfer.rate / 1e6))
        if row.eta_s is not None:
            text += self.tr(", {left} left").format(left=duration_text(row.eta_s))
        self.rate_shown[row.key] = (now, text)
        return text

    def _who(self, row: D.DockedRow) -> str:
        info = row.info
        if info is None or not info.holder:
            return ""
        return info.holder if info.custody_open else self.tr("{name} (handed in)").format(
            name=info.holder)

    def _clock(self, row: D.DockedRow) -> str:
        info = row.info
        parts = []
        if row.ident is None or not row.ident.identified:
            return ""       # a card in a reader: its newest file says nothing of a camera
        if info is not None and info.clock_offset_s is not None:
            parts.append(clock_offset_text(info.clock_offset_s))
        if info is not None and info.battery is not None:
            parts.append(self.tr("battery {percent} %").format(percent=info.battery))
        return ", ".join(parts)

    def update_row(self, key: str) -> None:
        row = self.bridge.rows.get(key)
        if row is None:
            return
        r = self.row_of(key)
        ident = row.ident
        name = (ident.inventory_no if ident and ident.inventory_no else
                (ident.label if ident else row.volume.label or key))
        cells = [name, self._who(row), self._clock(row), self.state_text(row)]
        for col, text in enumerate(cells):
            item = self.table.item(r, col)
            if item is None:
                item = QtWidgets.QTableWidgetItem()
                self.table.setItem(r, col, item)
            if item.text() != text:         # an unchanged cell is not laid out again
                item.setText(text)
                item.setToolTip(text)
        self._progress_cell(r, row)
        self._action_cell(r, row)

    def _progress_cell(self, r: int, row: D.DockedRow) -> None:
        cell = self.table.cellWidget(r, 4)
        if not isinstance(cell, ProgressCell):
            cell = ProgressCell()
            self.table.setCellWidget(r, 4, cell)
        busy = row.state in (State.DOWNLOADING, State.VERIFYING, State.WIPING, State.INSPECTING)
        bar = cell.bar
        bar.setVisible(busy or row.state in (State.VERIFIED, State.WIPED))
        # QProgressBar.setValue repaints at once, inside this call; with updates off it
        # only marks the bar, and the window paints it with everything else that changed.
        bar.setUpdatesEnabled(False)
        if row.state in (State.VERIFIED, State.WIPED):
            bar.setRange(0, 1)
            bar.setValue(1)
            bar.setFormat(self.tr("100 %"))
        elif row.state == State.DOWNLOADING and row.transfer.total:
            done, total = row.transfer.done, row.transfer.total
            bar.setRange(0, 1000)
            bar.setValue(int(1000 * done / total))
            bar.setFormat(self.tr("{done} of {total} MB").format(
                done=f"{done / 1e6:.0f}", total=f"{total / 1e6:.0f}"))
        elif busy:
            bar.setRange(0, 0)          # busy, no measure of how far
            bar.setFormat("")
        bar.setUpdatesEnabled(True)

    def _action_cell(self, r: int, row: D.DockedRow) -> None:
        cell = self.table.cellWidget(r, 5)
        if not isinstance(cell, ActionCell) or cell.key != row.key:
            cell = ActionCell(row.key, self.act)
            self.table.setCellWidget(r, 5, cell)
        officer = self.ctx.keeps_journal
        specs: list[tuple[str, str, bool, str]] = []
        st = row.state
        if st == State.UNIDENTIFIED and officer:
            specs.append(("tie", self.tr("Which camera…"), True,
                          self.tr("Tie this volume to a registered camera or card (R4)")))
        elif st == State.UNREGISTERED and officer:
            specs.append(("register", self.tr("Register…"), True,
                          self.tr("Register this camera with its inventory number (R4)")))
        elif (st in (State.WAITING, State.CANCELLED, State.INCOMPLETE, State.FAILED)
              and officer and row.ident is not None and row.ident.identified):
            specs.append(("download", self.tr("Download") if st == State.WAITING else
                          self.tr("Try again"), True, ""))
        if st in (State.QUEUED, State.DOWNLOADING, State.VERIFYING):
            specs.append(("cancel", self.tr("Cancel"), row.job is None or
                          not row.job.cancel_event.is_set(),
                          self.tr("Stop this camera's download; what is already verified is "
                                  "kept and reused next time")))
        if officer and st in (State.VERIFIED, State.INCOMPLETE):
            ok = self.bridge.can_wipe(row.key)
            specs.append(("wipe", self.tr("Wipe card (%n file(s))", "", row.wipe_files), ok,
                          self.tr("Every file on the card is stored and verified in the vault; "
                                  "wiping deletes them from the card (R1, R14)") if ok else
                          self.tr("Not every file on the card is in the vault; nothing can be "
                                  "wiped (R14)")))
        if st in (State.REMOVED, State.WIPED, State.FAILED, State.NO_FOOTAGE) and row.job is None:
            specs.append(("dismiss", self.tr("Clear"), True, ""))
        if specs == cell.specs:
            return                      # progress only: the buttons stay as they are
        cell.set_buttons(specs)
        # Cell widgets do not size their column: the buttons must show their whole text
        # (their own hints: a new cell's layout has not been laid out yet).
        head = self.table.horizontalHeader()
        need = sum(b.sizeHint().width() for b in cell.buttons.values()) + 8 * len(cell.buttons)
        need += 6
        if need > self.table.columnWidth(5):
            head.setSectionResizeMode(5, QtWidgets.QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(5, need)

    # -- actions ---------------------------------------------------------------------------
    def act(self, name: str, key: str) -> None:
        if name == "tie":
            self.ask_tie(key)
        elif name == "register":
            self.ask_register(key)
        elif name == "download":
            self.bridge.download(key)
        elif name == "cancel":
            self.bridge.cancel(key)
            self.update_row(key)
        elif name == "wipe":
            self.confirm_wipe(key)
        elif name == "dismiss":
            self.bridge.dismiss(key)

    def button(self, key: str, name: str) -> QtWidgets.QPushButton | None:
        self.flush()
        if key not in self.keys:
            return None
        cell = self.table.cellWidget(self.keys.index(key), 5)
        return cell.buttons.get(name) if isinstance(cell, ActionCell) else None

    def ask_tie(self, key: str) -> TieDialog:
        row = self.bridge.rows[key]
        dlg = TieDialog(self.ctx, row.ident.label if row.ident else key, self)
        dlg.accepted.connect(lambda: attempt(self, self.bridge.tie, key,
                                             dlg.number.currentText()))
        self.dialog = dlg
        dlg.open()
        return dlg

    def ask_register(self, key: str) -> RegisterDialog:
        row = self.bridge.rows[key]
        usb = row.volume.usb
        dlg = RegisterDialog(row.ident.serial or "" if row.ident else "",
                             (usb.product or "") if usb else "", self)
        dlg.accepted.connect(lambda: attempt(self, self.bridge.register, key,
                                             dlg.number.text(), dlg.model.text()))
        self.dialog = dlg
        dlg.open()
        return dlg

    def confirm_wipe(self, key: str) -> None:
        row = self.bridge.rows.get(key)
        if row is None or not self.bridge.can_wipe(key):
            return
        name = row.ident.inventory_no if row.ident else key
        if MessageBox.question(self, self.tr("Wipe the card"), self.tr(
                "Delete %n file(s) from the card of {camera}? Each one is checked again "
                "against its verified copy in the vault first; the journal records the wipe.",
                "", row.wipe_files).format(camera=name)):
            self.bridge.wipe(key)

