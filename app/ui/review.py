"""Review (head and officer): find footage by inspector, camera, date and category, look at
it decrypted in memory only, keep notes beside it, mark it an offence or an inspection (R9:
kept five years; the reason is asked and chained), and release a copy with the head's
permission (R10). Each row shows its term, a legal hold and a destruction (R9); a destroyed
recording is listed with its record but cannot be opened or released.

Photos are shown and videos played from memory (app/ui/player.py): the decrypted bytes are
checked against their SHA-256 and never written to a file. A bookmark is a note at a moment
of the recording. Recording gaps (R13) are flagged per custody period (app/ui/review_gaps.py).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta

from PySide6 import QtWidgets
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap

from app.clock import to_iso
from app.model import retention
from app.model.footage import CATEGORIES, Footage
from app.model.words import CATEGORY_WORDS, word
from app.ui.common import Context, attempt, day_of
from app.ui.fit import fit_columns, fit_table, narrow_combo
from app.ui.jobs import Job, JobControl
from app.ui.player import FootagePlayer, clock_text
from app.ui.reason_dialog import ReasonDialog
from app.ui.release_dialog import ReleaseDialog
from app.ui.review_gaps import GapCache


class ReviewPage(QtWidgets.QWidget):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.viewer_job: Job | None = None
        self.shown_id: int | None = None  # the recording decrypted on screen
        self.release_dialog: ReleaseDialog | None = None
        self.mark_dialog: ReasonDialog | None = None
        self.inspector, self.camera, self.category = (QtWidgets.QComboBox(), QtWidgets.QComboBox(),
                                                      QtWidgets.QComboBox())
        narrow_combo(self.inspector), narrow_combo(self.camera, 14)  # long names, issue 15
        narrow_combo(self.category, 16)
        self.use_dates = QtWidgets.QCheckBox(self.tr("&Recorded from"))
        today = QDate.currentDate()
        self.since, self.until = QtWidgets.QDateEdit(today.addDays(-30)), QtWidgets.QDateEdit(today)
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd.MM.yyyy")
        self.gaps_only = QtWidgets.QCheckBox(self.tr("Only with recording &gaps (R13)"))
        self.find_button = QtWidgets.QPushButton(self.tr("&Find"))
        self.find_button.clicked.connect(self.search)
        self.gap_cache = GapCache(ctx.session)
        # two rows: fits 1280 px in every language
        bar, bar2 = QtWidgets.QHBoxLayout(), QtWidgets.QHBoxLayout()
        first: list[QtWidgets.QWidget] = [
            QtWidgets.QLabel(self.tr("Inspector:")), self.inspector,
            QtWidgets.QLabel(self.tr("Camera:")), self.camera, self.use_dates,
            self.since, QtWidgets.QLabel(self.tr("to")), self.until]
        second: list[QtWidgets.QWidget] = [
            QtWidgets.QLabel(self.tr("Category:")), self.category, self.gaps_only,
            self.find_button]
        for w in first:
            bar.addWidget(w)
        for w in second:
            bar2.addWidget(w)
        bar.addStretch()
        bar2.addStretch()
        self.table = QtWidgets.QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([
            self.tr("Recorded"), self.tr("Camera"), self.tr("Inspector"), self.tr("Kind"),
            self.tr("File"), self.tr("Category"), self.tr("Keep until (R9)"),
            self.tr("Gaps in the period"), self.tr("Hold / destroyed")])
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        # Column widths from the first rows only: measuring every one of a thousand rows
        # held the window for 65 ms on each refresh.
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.verticalHeader().hide()
        fit_table(self.table, cap=150, whole=(1,))  # names, files cut with "…" (issue 15)
        self.table.itemSelectionChanged.connect(self.show_selected)
        # Right: viewer, category, notes, release.
        self.viewer = QtWidgets.QLabel(self.tr("Choose a recording."))
        self.viewer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.viewer.setWordWrap(True)
        self.viewer.setMinimumHeight(240)
        self.viewer.setMinimumWidth(240)   # a long file name has no space to wrap at
        self.player = FootagePlayer()
        self.player.bookmark.connect(self.add_bookmark)
        self.player.failed.connect(self._play_failed)
        self.view_stack = QtWidgets.QStackedWidget()
        self.view_stack.addWidget(self.viewer)
        self.view_stack.addWidget(self.player)
        self.gaps = QtWidgets.QListWidget()
        self.gaps.setMaximumHeight(90)
        self.open_button = QtWidgets.QPushButton(self.tr("&Open (decrypted in memory)"))
        self.open_button.clicked.connect(self.open_selected)
        self.mark_as = narrow_combo(QtWidgets.QComboBox(), 16)
        for key in CATEGORIES:
            self.mark_as.addItem(word(CATEGORY_WORDS, key), key)
        self.mark_button = QtWidgets.QPushButton(self.tr("&Change…"))
        self.mark_button.clicked.connect(self.mark)
        self.term = QtWidgets.QLabel()
        self.term.setWordWrap(True)
        self.notes = QtWidgets.QListWidget()
        self.notes.itemDoubleClicked.connect(self._note_clicked)
        self.note = QtWidgets.QLineEdit()
        self.note.setPlaceholderText(self.tr("a note kept beside the footage, Enter to add"))
        self.note.returnPressed.connect(self.add_note)
        self.release_button = QtWidgets.QPushButton(self.tr("Release a &copy to an inspector…"))
        self.release_button.clicked.connect(self.open_release)
        side = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(side)
        form.addRow(self.view_stack)
        form.addRow(self.open_button)
        mark_row = QtWidgets.QHBoxLayout()
        mark_row.addWidget(self.mark_as, 1)
        mark_row.addWidget(self.mark_button)
        form.addRow(self.tr("Category:"), mark_row)
        form.addRow(self.term)
        form.addRow(QtWidgets.QLabel(self.tr("Notes:")))
        form.addRow(self.notes)
        form.addRow(self.note)
        gaps_title = QtWidgets.QLabel(self.tr("Recording gaps in this custody period (R13):"))
        gaps_title.setWordWrap(True)
        form.addRow(gaps_title)
        form.addRow(self.gaps)
        form.addRow(self.release_button)
        split = QtWidgets.QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setSizes([900, 400])
        split.setStretchFactor(0, 1)
        box = QtWidgets.QVBoxLayout(self)
        box.addLayout(bar)
        box.addLayout(bar2)
        box.addWidget(split)
        self.fill_filters()
        ctx.bus.changed.connect(self.search)
        self.search()

    def fill_filters(self) -> None:
        reg = self.ctx.session.registers
        for combo in (self.inspector, self.camera, self.category):
            combo.clear()
            combo.addItem(self.tr("all"), None)
        for p in reg.list_staff(role="inspector"):
            self.inspector.addItem(p.full_name, p.id)
        for d in reg.list_devices(kind="camera"):
            self.camera.addItem(d.inventory_no, d.id)
        for key in CATEGORIES:
            self.category.addItem(word(CATEGORY_WORDS, key), key)

    def search(self) -> None:
        s = self.ctx.session
        if s.is_locked:
            return
        since = until = None
        if self.use_dates.isChecked():
            tz = s.calendar.tz
            since = to_iso(datetime.combine(day_of(self.since), time(0), tz))
            until = to_iso(datetime.combine(day_of(self.until), time(0), tz)
                           + timedelta(days=1))
        found = s.footage.search(inspector_id=self.inspector.currentData(),
                                 camera_id=self.camera.currentData(), since=since,
                                 until=until, category=self.category.currentData())
        self.gap_cache.clear()
        if self.gaps_only.isChecked():
            found = [f for f in found if self.gap_cache.for_custody(f.custody_id)]
        self.table.setRowCount(len(found))
        reg = s.registers
        terms = retention.statuses(s, [f.id for f in found])   # one query, not three a row
        for row, f in enumerate(found):
            gaps = self.gap_cache.for_custody(f.custody_id)
            term = terms[f.id]
            cells = [self.ctx.fmt(f.started_at),
                     reg.device(f.camera_id).inventory_no if f.camera_id else "",
                     reg.staff(f.inspector_id).full_name if f.inspector_id else "",
                     {"photo": self.tr("photo"), "video": self.tr("video")}.get(f.media,
                                                                                  f.media),
                     f.source_name, word(CATEGORY_WORDS, term.category),
                     term.keep_until.strftime("%d.%m.%Y"),
                     self.tr("%n gap(s), {m} min", "", len(gaps)).format(
                         m=GapCache.minutes(gaps)) if gaps else "",
                     self.hold_text(term)]
            for col, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                self.table.setItem(row, col, item)
        fit_columns(self.table)

    def hold_text(self, term: retention.Retention) -> str:
        if term.destroyed_at is not None:
            return self.tr("destroyed {date}").format(date=self.ctx.fmt(term.destroyed_at))
        if term.held:
            return self.tr("held: {reason}").format(reason=term.hold_reason or "")
        return ""

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        items = (self.table.item(r, 0) for r in rows)
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i is not None]

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def show_selected(self) -> None:
        fid = self.current_id()
        self.notes.clear()
        self.gaps.clear()
        if self.shown_id != fid:
            self.player.unload()  # the previous recording's plaintext leaves memory
            self.view_stack.setCurrentWidget(self.viewer)
            self.shown_id = None
        if fid is None:
            return
        s = self.ctx.session
        f = s.footage.get(fid)
        self.viewer.setPixmap(QPixmap())
        self.viewer.setText(self.tr(
            "{name}\nSize in bytes: {size}; SHA-256 {sha}…\nDownloaded {when}")
                            .format(name=f.source_name, size=f.size, sha=f.sha256[:16],
                                    when=self.ctx.fmt(f.downloaded_at)))
        term = retention.status(s, fid)
        self.mark_as.setCurrentIndex(self.mark_as.findData(term.category))
        self.term.setText(self.tr("Kept until {date} (R9).").format(
            date=term.keep_until.strftime("%d.%m.%Y")) + (" " + self.hold_text(term)
                                                          if self.hold_text(term) else ""))
        gone = term.destroyed_at is not None
        for w in (self.open_button, self.mark_button, self.mark_as, self.release_button):
            w.setEnabled(not gone)      # a destroyed recording has only its record (R9)
        if gone:
            self.viewer.setText(self.tr("{name}\nDestroyed on {when} after its retention "
                                        "term (R9); only its record is kept.").format(
                name=f.source_name, when=self.ctx.fmt(term.destroyed_at)))
        self.fill_notes(fid)
        for g in self.gap_cache.for_custody(f.custody_id):
            self.gaps.addItem(self.tr("{start} – {end}: {m} min without recording").format(
                start=self.ctx.fmt(g.start), end=self.ctx.fmt(g.end), m=round(g.seconds / 60)))
        if f.custody_id is not None and not self.gaps.count():
            self.gaps.addItem(self.tr("none"))

    def fill_notes(self, fid: int) -> None:
        s = self.ctx.session
        self.notes.clear()
        for n in s.footage.notes(fid):
            who = s.registers.staff(n["actor_id"]).short_name if n["actor_id"] else ""
            at = "" if n["offset_s"] is None else f"[{clock_text(int(n['offset_s'] * 1000))}] "
            item = QtWidgets.QListWidgetItem(f"{at}{self.ctx.fmt(n['at'])} {who}: {n['text']}")
            item.setData(Qt.ItemDataRole.UserRole, n["offset_s"])
            self.notes.addItem(item)

    def _note_clicked(self, item: QtWidgets.QListWidgetItem) -> None:
        offset = item.data(Qt.ItemDataRole.UserRole)
        if offset is not None and self.player.loaded:
            self.player.seek(float(offset))

    def open_selected(self) -> Job | None:
        """Decrypt off the GUI thread into memory; nothing touches the disk."""
        fid = self.current_id()
        if fid is None or self.viewer_job is not None:
            return None
        footage = self.ctx.session.footage
        item = footage.get(fid)

        def work(_ctl: JobControl) -> tuple[Footage, bytes, bool]:
            data = footage.read(fid)  # audited as "view"
            return item, data, hashlib.sha256(data).hexdigest() == item.sha256

        self.viewer.setText(self.tr("Decrypting…"))
        self.viewer_job = self.ctx.runner.start_job(work, "view", self._shown, self._view_failed)
        return self.viewer_job

    def _shown(self, result: tuple[Footage, bytes, bool]) -> None:
        self.viewer_job = None
        item, data, intact = result
        check = self.tr("hash matches") if intact else self.tr("HASH DIFFERS — run a vault "
                                                               "check")
        self.viewer.setToolTip(check)
        if item.id != self.current_id():
            return  # the officer chose another recording meanwhile
        self.shown_id = item.id
        pixmap = QPixmap()
        if item.media == "photo" and pixmap.loadFromData(data):
            self.viewer.setPixmap(pixmap.scaled(self.viewer.width(), 300,
                                                Qt.AspectRatioMode.KeepAspectRatio))
            return
        if item.media in ("video", "audio"):
            self.player.load(data, item.source_name)
            self.player.setToolTip(check)
            self.view_stack.setCurrentWidget(self.player)
            return
        self.viewer.setText(self.tr("{name}: {size} bytes decrypted in memory, {check}.")
                            .format(name=item.source_name, size=len(data), check=check))

    def _play_failed(self, text: str) -> None:
        self.player.unload()
        self.view_stack.setCurrentWidget(self.viewer)
        self.viewer.setText(text)

    def _view_failed(self, exc: BaseException) -> None:
        from app.ui.errors import message_for

        self.viewer_job = None
        self.viewer.setText(message_for(exc))

    def mark(self) -> ReasonDialog | None:
        """A new category, with the reason asked for and chained (R9: it decides the
        term)."""
        fid = self.current_id()
        if fid is None:
            return None
        value = self.mark_as.currentData()
        footage = self.ctx.session.footage
        self.mark_dialog = ReasonDialog(
            self.tr("Change the category"),
            self.tr("Recording {id} becomes: {category}. The category decides how long the "
                    "recording is kept (R9); the reason is kept with the change.").format(
                id=fid, category=word(CATEGORY_WORDS, value)),
            self.tr("&Reason:"), self.tr("e.g. protocol № of the administrative offence"),
            lambda reason: footage.mark(fid, "category", value, reason), self)
        self.mark_dialog.acted.connect(lambda _r: self._marked(fid))
        self.mark_dialog.open()
        return self.mark_dialog

    def _marked(self, fid: int) -> None:
        self.ctx.bus.changed.emit()      # Today and the retention list see the new term
        self.select_id(fid)
        self.show_selected()             # the same row may have stayed selected

    def select_id(self, fid: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == fid:
                self.table.selectRow(row)
                return

    def add_note(self) -> None:
        fid = self.current_id()
        if fid is None:
            return
        ok, _ = attempt(self, self.ctx.session.footage.add_note, fid, self.note.text())
        if ok:
            self.note.clear()
            self.show_selected()

    def add_bookmark(self, seconds: float) -> None:
        """A note at this moment of the recording (the typed text, or "bookmark")."""
        fid = self.shown_id
        if fid is None:
            return
        text = self.note.text().strip() or self.tr("bookmark")
        ok, _ = attempt(self, self.ctx.session.footage.add_note, fid, text, offset_s=seconds)
        if ok:
            self.note.clear()
            self.fill_notes(fid)

    def open_release(self) -> ReleaseDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        self.release_dialog = ReleaseDialog(self.ctx, ids, self)
        self.release_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.release_dialog.open()
        return self.release_dialog
