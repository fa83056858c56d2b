"""Release a copy to an inspector (R10): the head types their own password here; the copy
is written off the GUI thread with progress and cancel (app.release does the work)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from app import release
from app.errors import WrongPassword
from app.ui.common import Context
from app.ui.dialogs import FileDialog, MessageBox
from app.ui.errors import message_for, show_error
from app.ui.jobs import Cancelled, Job


class ReleaseDialog(QDialog):
    def __init__(self, ctx: Context, footage_ids: list[int], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx, self.footage_ids = ctx, footage_ids
        self.job: Job | None = None
        self.result_folder: Path | None = None
        self.setWindowTitle(self.tr("Release a copy to an inspector"))
        self.recipient = QComboBox()
        for p in ctx.session.registers.list_staff(role="inspector", active_only=True):
            self.recipient.addItem(f"{p.full_name} ({p.personnel_no})", p.id)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("service purpose, e.g. administrative case №"))
        self.folder = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(choose)
        self.head_password = QLineEdit()
        self.head_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.go = self.buttons.addButton(self.tr("&Release"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{n} recording(s) selected. Stored footage is given to "
                                   "inspectors for service purposes only, with the head's "
                                   "permission (R10).").format(n=len(footage_ids))))
        form.addRow(self.tr("To inspector:"), self.recipient)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Copy into folder:"), row)
        form.addRow(self.tr("Head's password:"), self.head_password)
        form.addRow(self.progress)
        form.addRow(self.status)
        form.addRow(self.buttons)

    def choose_folder(self) -> None:
        chosen = FileDialog.existing_directory(self, self.tr("Where to put the copy"))
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        if self.job is not None:
            return
        if not self.folder.text().strip():
            self.choose_folder()
            if not self.folder.text().strip():
                return
        s, ids = self.ctx.session, list(self.footage_ids)
        args = (self.head_password.text(), ids, self.recipient.currentData(),
                self.purpose.text(), Path(self.folder.text().strip()))
        self.head_password.clear()
        self.go.setEnabled(False)
        self.status.setText(self.tr("Copying…"))

        def work(ctl):  # type: ignore[no-untyped-def]
            return release.release(s, *args, progress=ctl.progress,
                                   cancelled=lambda: ctl.cancelled)

        self.job = Job(work, "release")
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.ctx.runner.start(self.job)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        else:
            self.reject()

    def _done(self, result: release.ReleaseResult) -> None:
        self.job = None
        self.result_folder = result.folder
        self.ctx.bus.changed.emit()
        MessageBox.information(self, self.tr("Copy released"), self.tr(
            "The copy and its manifest are in {folder}. The release is logged.").format(
            folder=result.folder))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.go.setEnabled(True)
        self.progress.setValue(0)
        if isinstance(exc, Cancelled | release.ReleaseCancelled):
            self.status.setText(self.tr("Cancelled; the partial copy was removed."))
            return
        self.status.setText(message_for(exc))
        if not isinstance(exc, WrongPassword):
            show_error(self, exc)
