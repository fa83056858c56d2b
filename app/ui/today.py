"""Today: where is every camera right now, and what needs doing.

Cameras: in store, out with whom since when, docked and downloading (one progress bar per
camera, several at once, R20), faulty. To do: cameras not back by the end of the working
day (R17), footage not downloaded within one working day (R8), devices near the end of
their 7-year service life (R19), cameras still on the factory password, a stored setting
that fails its check (and the value used instead), swap that is not encrypted (keys and
footage in memory could reach the disk there), no recent backup and the full check
(issue 14), a clock that jumped and footage past its retention term (R9).
"""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from app.hardening import unencrypted_swap
from app.model import clockwatch, retention
from app.model.backup import backup_overdue, reminder_days
from app.model.deadlines import deadlines
from app.model.full_check import last_full_check
from app.model.keyslots import slot_health
from app.model.registers import Device
from app.ui.common import AMBER, GREY, RED, Context
from app.ui.dock_panel import DockPanel

MAX_LISTED = 20        # a check's problems listed on Today; dalel verify lists them all


class TodayPage(QtWidgets.QWidget):
    COLUMNS = 5

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cameras = QtWidgets.QTableWidget(0, self.COLUMNS)
        self.cameras.setHorizontalHeaderLabels([
            self.tr("Camera"), self.tr("Where it is"), self.tr("Since"), self.tr("Card"),
            self.tr("In the dock")])
        self.cameras.horizontalHeader().setSectionResizeMode(
            1, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.cameras.setEditTriggers(QtWidgets.QTableWidget.EditTrigger.NoEditTriggers)
        self.cameras.verticalHeader().hide()
        self.todo = QtWidgets.QListWidget()
        # Long advice (the swap warning, long names) wraps instead of hiding behind a
        # horizontal scroll bar.
        self.todo.setWordWrap(True)
        self.todo.setResizeMode(QtWidgets.QListWidget.ResizeMode.Adjust)
        self.todo.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dock_panel: DockPanel | None = None
        self.paint_timer = QTimer(self)
        self.paint_timer.setSingleShot(True)
        self.paint_timer.setInterval(100)
        self.paint_timer.timeout.connect(self._paint_docked)
        if ctx.dock is not None:
            self.dock_panel = DockPanel(ctx, ctx.dock)
            ctx.dock.row_changed.connect(self._dock_changed)
            ctx.dock.row_removed.connect(lambda _k: self._paint_docked())
        top = QtWidgets.QWidget()
        tl = QtWidgets.QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QtWidgets.QLabel(self.tr("<b>Where is every camera right now?</b>")))
        tl.addWidget(self.cameras)
        bottom = QtWidgets.QWidget()
        bl = QtWidgets.QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QtWidgets.QLabel(self.tr("<b>What needs doing</b>")))
        bl.addWidget(self.todo)
        split = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        if self.dock_panel is not None:
            # The docking station first: it is what the officer watches at the end of a day.
            station = QtWidgets.QWidget()
            sl = QtWidgets.QVBoxLayout(station)
            sl.setContentsMargins(0, 0, 0, 0)
            sl.addWidget(QtWidgets.QLabel(self.tr("<b>Docking station</b>")))
            sl.addWidget(self.dock_panel)
            split.addWidget(station)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([260, 300, 160] if self.dock_panel is not None else [400, 200])
        QtWidgets.QVBoxLayout(self).addWidget(split)
        ctx.bus.changed.connect(self.refresh)
        if ctx.full_check is not None:
            # The background check's progress repaints the list at most once a second.
            self.check_timer = QTimer(self)
            self.check_timer.setSingleShot(True)
            self.check_timer.setInterval(1000)
            self.check_timer.timeout.connect(self.refresh)
            ctx.full_check.changed.connect(
                lambda: None if self.check_timer.isActive() else self.check_timer.start())
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)  # deadlines pass while nobody clicks
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _dock_changed(self, key: str) -> None:
        """A docked camera's state is shown in its row of the cameras table too (painted
        with the docking station's rows, at most every 100 ms)."""
        row = self.ctx.dock.rows.get(key) if self.ctx.dock is not None else None
        if row is not None and row.camera_id is not None and not self.paint_timer.isActive():
            self.paint_timer.start()

    def _paint_docked(self) -> None:
        dock = self.ctx.dock
        for r in range(self.cameras.rowCount()):
            item = self.cameras.item(r, 0)
            cam_id = item.data(Qt.ItemDataRole.UserRole) if item else None
            row = dock.row_for_camera(cam_id) if dock is not None and cam_id else None
            cell = self.cameras.item(r, 4)
            if cell is not None:
                cell.setText(self.dock_panel.state_text(row) if row is not None
                             and self.dock_panel is not None else "")

    # -- contents --------------------------------------------------------------------------
    def state_text(self, dev: Device) -> tuple[str, str]:
        s = self.ctx.session
        state = dev.state
        if state == "issued":
            period = s.custody.open_for_camera(dev.id)
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
                item = QtWidgets.QTableWidgetItem(text)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, dev.id)
                if dev.state == "faulty":
                    item.setForeground(QBrush(RED))
                self.cameras.setItem(row, col, item)
        self.cameras.resizeColumnsToContents()
        self.cameras.setColumnWidth(4, max(self.cameras.columnWidth(4), 280))
        self._paint_docked()
        self._fill_todo()

    def _fill_todo(self) -> None:
        s = self.ctx.session
        self.todo.clear()
        self.backup_item: QtWidgets.QListWidgetItem | None = None
        for d in deadlines(s):
            if d.rule == "R17":
                text = (self.tr("{camera} is not back from {name}; due by {due} (R17)")
                        if not d.overdue else
                        self.tr("OVERDUE: {camera} was due back from {name} by {due} (R17)"))
            else:
                text = (self.tr("Download the footage of {camera} ({name}) by {due} (R8)")
                        if not d.overdue else
                        self.tr("OVERDUE: the footage of {camera} ({name}) was due by {due} (R8)"))
            self._add(text.format(camera=d.camera, name=d.inspector, due=self.ctx.fmt(d.due)),
                      RED if d.overdue else None)
        for dev, end in s.registers.near_end_of_life():
            self._add(self.tr("{number} reaches the end of its service life on {date} (R19)")
                      .format(number=dev.inventory_no, date=end.strftime("%d.%m.%Y")), AMBER)
        for dev in s.registers.list_devices(kind="camera"):
            if dev.default_password and dev.state != "written_off":
                self._add(self.tr("{number} still has the factory-default device password; "
                                  "change it on the camera").format(number=dev.inventory_no),
                          AMBER)
        for problem in slot_health(s.path / "keys", s.vault_id):
            # issue 12: a damaged copy of a key slot, repaired at that person's next unlock
            who = self.tr("the head") if problem.role == "head" else self.tr(
                "the responsible officer")
            text = (self.tr("A copy of the key slot of {who} ({copy}) is damaged; it is "
                            "rewritten from the intact copy at their next unlock.")
                    if not problem.fatal else
                    self.tr("Both copies of the key slot of {who} are damaged: that password "
                            "no longer opens the vault. Restore the keys folder from a "
                            "backup."))
            self._add(text.format(who=who, copy=problem.copy), RED)
        for bad_setting in s.settings.problems():
            # A stored setting that fails its check: its default is used meanwhile (issue 13).
            self._add(bad_setting.text(), AMBER)
        self._backup_reminder()
        self._retention_todo()
        for area in unencrypted_swap():
            # Keys and plaintext footage live in this program's memory (app/hardening.py).
            self._add(self.tr("Swap {area} is not on an encrypted disk (or cannot be checked): "
                              "memory holding keys and footage may be written there. Ask the "
                              "administrator for encrypted swap or none.").format(area=area),
                      AMBER)
        self._full_check_items()
        if self.todo.count() == 0:
            self._add(self.tr("Nothing is due."), None)
        last = last_full_check(s)
        if last is not None and last.detail.get("ok"):
            self._add(self.tr("Last full check of the vault: {date}, everything intact "
                              "(%n file(s) decrypted and rehashed).", "",
                              int(last.detail.get("blobs", 0))).format(
                date=self.ctx.fmt(last.at)), GREY)

    def _full_check_items(self) -> None:
        """The scheduled full check (issue 14): running, never run, or found damage."""
        fc = self.ctx.full_check
        if fc is not None and fc.running:
            self._add(self.tr("Checking the whole vault in the background: {done} of {total} "
                              "files (paused while cameras download).").format(
                done=fc.done, total=fc.total or "…"), None)
        last = last_full_check(self.ctx.session)
        if last is None and not (fc is not None and fc.running):
            self._add(self.tr("The whole vault has not been checked yet: the check starts by "
                              "itself, or use \"Check the whole vault\"."), AMBER)
        elif last is not None and not last.detail.get("ok"):
            self._add(self.tr("The full check of {date} found damage (%n problem(s)): run "
                              "\"dalel verify\" for the details and restore from the backup "
                              "if needed.", "", int(last.detail.get("problems", 0))).format(
                date=self.ctx.fmt(last.at)), RED)
        report = fc.last if fc is not None and not fc.running else None
        if report is not None:
            # This session's check: what it found and what it covered less, each in words.
            for problem in report.problems[:MAX_LISTED]:
                self._add("  " + problem.shown(), RED)
            for note in report.notes:
                self._add("  " + str(note), GREY)

    def _backup_reminder(self) -> None:
        """Issue 14: the footage must survive the loss of this PC's disk."""
        s = self.ctx.session
        overdue, last = backup_overdue(s)
        if not overdue:
            return
        if last is None:
            text = self.tr("The vault has never been backed up: copy it to an external drive "
                           "(Back up… on the toolbar), so that the footage survives the loss "
                           "of this PC's disk.")
        else:
            text = self.tr("The last backup of the vault is from {date}, more than %n "
                           "day(s) ago: back it up to an external drive again (Back up… on "
                           "the toolbar).", "", reminder_days(s)).format(
                date=self.ctx.fmt(s.calendar.local(last)))
        self._add(text, AMBER)
        self.backup_item = self.todo.item(self.todo.count() - 1)

    def _retention_todo(self) -> None:
        """R9: a clock jump holds back every destruction until the officer confirms the
        date; footage past its term waits for the head's decision."""
        s = self.ctx.session
        clock = clockwatch.check(s)
        for j in clock.pending:
            text = (self.tr("The computer's clock moved back from {before} to {after}; no "
                            "footage is destroyed until the responsible officer confirms "
                            "today's date (Retention tab).") if j.kind == "back" else
                    self.tr("The computer's clock moved forward from {before} to {after}; no "
                            "footage is destroyed until the responsible officer confirms "
                            "today's date (Retention tab)."))
            self._add(text.format(before=self.ctx.fmt(j.before), after=self.ctx.fmt(j.after)),
                      RED)
        past = retention.expired(s)
        if past:
            self._add(self.tr("%n recording(s) are past their retention term; the head "
                              "decides on their destruction on the Retention tab (R9).", "",
                              len(past)),
                      AMBER)

    def _add(self, text: str, colour: QColor | None) -> None:
        item = QtWidgets.QListWidgetItem(text)
        if colour is not None:
            item.setForeground(QBrush(colour))
        self.todo.addItem(item)
