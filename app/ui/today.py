"""Today: where is every camera right now, and what needs doing.

Cameras: in store, out with whom since when, docked and downloading (one progress bar per
camera, several at once, R20), faulty. To do: cameras not back by the end of the working
day (R17), footage not downloaded within one working day (R8), devices near the end of
their 7-year service life (R19), cameras still on the factory password, swap that is not
encrypted (keys and footage in memory could reach the disk there).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.hardening import unencrypted_swap
from app.model.deadlines import deadlines
from app.ui.common import Context

RED = QColor("#a40000")
AMBER = QColor("#8a5a00")


class DownloadCell(QWidget):
    """One docked camera's download: its progress and its own cancel."""

    def __init__(self, camera_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.camera_id = camera_id
        self.bar = QProgressBar()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop this camera's download; what is already "
                                       "verified is kept and reused next time"))
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)


class TodayPage(QWidget):
    COLUMNS = 5

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.progress: dict[int, tuple[int, int, str]] = {}  # camera id -> done, total, what
        self.cameras = QTableWidget(0, self.COLUMNS)
        self.cameras.setHorizontalHeaderLabels([
            self.tr("Camera"), self.tr("Where it is"), self.tr("Since"), self.tr("Card"),
            self.tr("Download")])
        self.cameras.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.cameras.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cameras.verticalHeader().hide()
        self.todo = QListWidget()
        # Long advice (the swap warning, long names) wraps instead of hiding behind a
        # horizontal scroll bar.
        self.todo.setWordWrap(True)
        self.todo.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.todo.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.docked = QListWidget()
        self.docked_keys: dict[str, QListWidgetItem] = {}
        if ctx.dock is not None:
            ctx.dock.progress.connect(self._dock_progress)
            ctx.dock.done.connect(lambda cam, _r: self.clear_progress(cam))
            ctx.dock.status.connect(self._dock_status)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(self.tr("<b>Where is every camera right now?</b>")))
        tl.addWidget(self.cameras)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(self.tr("<b>What needs doing</b>")))
        bl.addWidget(self.todo)
        if ctx.dock is not None:
            bl.addWidget(QLabel(self.tr("<b>Docking station</b>")))
            bl.addWidget(self.docked)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([400, 200])
        QVBoxLayout(self).addWidget(split)
        ctx.bus.changed.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)  # deadlines pass while nobody clicks
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # -- docked cameras feed this (R20) ----------------------------------------------------
    def _dock_progress(self, camera_id: int, done: int, total: int, stage: str) -> None:
        if camera_id >= 0:
            mib = f"{done / 1048576:.1f} / {total / 1048576:.1f} MiB"
            self.set_progress(camera_id, done, total, mib)

    def _dock_status(self, key: str, text: str) -> None:
        item = self.docked_keys.get(key)
        if item is None:
            item = self.docked_keys[key] = QListWidgetItem()
            self.docked.addItem(item)
        item.setText(text)

    def set_progress(self, camera_id: int, done: int, total: int, what: str) -> None:
        self.progress[camera_id] = (done, total, what)
        self._paint_progress()

    def clear_progress(self, camera_id: int) -> None:
        self.progress.pop(camera_id, None)
        self._paint_progress()  # no vault read here: other cameras may be committing

    def _paint_progress(self) -> None:
        for row in range(self.cameras.rowCount()):
            item = self.cameras.item(row, 0)
            cam_id = item.data(Qt.ItemDataRole.UserRole) if item else None
            cell = self.cameras.cellWidget(row, 4)
            if cam_id in self.progress:
                done, total, what = self.progress[cam_id]
                if not isinstance(cell, DownloadCell):
                    cell = DownloadCell(cam_id)
                    cell.cancel.clicked.connect(lambda _c=False, c=cell: self.cancel(c))
                    self.cameras.setCellWidget(row, 4, cell)
                cell.bar.setRange(0, max(total, 1))
                cell.bar.setValue(done)
                cell.bar.setFormat(what or "%p%")
                self.cameras.item(row, 1).setText(self.tr("Docked, downloading"))
            elif cell is not None:
                self.cameras.removeCellWidget(row, 4)

    def download_cell(self, camera_id: int) -> DownloadCell | None:
        for row in range(self.cameras.rowCount()):
            cell = self.cameras.cellWidget(row, 4)
            if isinstance(cell, DownloadCell) and cell.camera_id == camera_id:
                return cell
        return None

    def cancel(self, cell: DownloadCell) -> None:
        """This camera only; the others keep downloading (R20)."""
        cell.cancel.setEnabled(False)
        cell.cancel.setText(self.tr("Stopping…"))
        if self.ctx.dock is not None:
            self.ctx.dock.cancel_camera(cell.camera_id)

    # -- contents --------------------------------------------------------------------------
    def state_text(self, dev: object) -> tuple[str, str]:
        s = self.ctx.session
        state = dev.state  # type: ignore[attr-defined]
        if state == "issued":
            period = s.custody.open_for_camera(dev.id)  # type: ignore[attr-defined]
            if period:
                who = s.registers.staff(period.inspector_id).full_name
                return self.tr("Out with {name}").format(name=who), self.ctx.fmt(
                    period.issued_at)
        return {"in_store": self.tr("In store"), "issued": self.tr("Issued"),
                "faulty": self.tr("Faulty"), "written_off": self.tr("Written off")
                }.get(state, state), ""

    def refresh(self) -> None:
        s = self.ctx.session
        if s.is_locked:
            return
        cams = [d for d in s.registers.list_devices(kind="camera")
                if d.state != "written_off"]
        self.cameras.setRowCount(len(cams))
        for row, dev in enumerate(cams):
            where, since = self.state_text(dev)
            card = s.registers.card_in(dev.id)
            cells = [dev.inventory_no, where, since, card.inventory_no if card else "", ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, dev.id)
                if dev.state == "faulty":
                    item.setForeground(QBrush(RED))
                self.cameras.setItem(row, col, item)
        self.cameras.resizeColumnsToContents()
        self.cameras.setColumnWidth(4, max(self.cameras.columnWidth(4), 300))
        self._paint_progress()
        self._fill_todo()

    def _fill_todo(self) -> None:
        s = self.ctx.session
        self.todo.clear()
        for d in deadlines(s):
            if d.rule == "R17":
                text = (self.tr("R17: {camera} is not back from {name}; due by {due}")
                        if not d.overdue else
                        self.tr("R17 OVERDUE: {camera} was due back from {name} by {due}"))
            else:
                text = (self.tr("R8: download the footage of {camera} ({name}) by {due}")
                        if not d.overdue else
                        self.tr("R8 OVERDUE: footage of {camera} ({name}) was due by {due}"))
            self._add(text.format(camera=d.camera, name=d.inspector, due=self.ctx.fmt(d.due)),
                      RED if d.overdue else None)
        for dev, end in s.registers.near_end_of_life():
            self._add(self.tr("R19: {number} reaches the end of its service life on {date}")
                      .format(number=dev.inventory_no, date=end.strftime("%d.%m.%Y")), AMBER)
        for dev in s.registers.list_devices(kind="camera"):
            if dev.default_password and dev.state != "written_off":
                self._add(self.tr("{number} still has the factory-default device password; "
                                  "change it on the camera").format(number=dev.inventory_no),
                          AMBER)
        for area in unencrypted_swap():
            # Keys and plaintext footage live in this program's memory (app/hardening.py).
            self._add(self.tr("Swap {area} is not on an encrypted disk (or cannot be checked): "
                              "memory holding keys and footage may be written there. Ask the "
                              "administrator for encrypted swap or none.").format(area=area),
                      AMBER)
        if self.todo.count() == 0:
            self._add(self.tr("Nothing is due."), None)

    def _add(self, text: str, colour: QColor | None) -> None:
        item = QListWidgetItem(text)
        if colour is not None:
            item.setForeground(QBrush(colour))
        self.todo.addItem(item)
