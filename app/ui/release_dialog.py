"""Release a copy to an inspector (R10): the same service and the same signed package as
``dalel --role head release`` (app.release). In the officer's window the head types their
own password here; in the head's window the head's unlock is the permission. What is
missing is said before any folder chooser opens; the chooser starts in Documents; the copy
is written off the GUI thread with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QStandardPaths

from app import release
from app.errors import WrongPassword
from app.ui.common import Context
from app.ui.dialogs import (
    FileDialog,
    MessageBox,
    action_buttons,
    explained_form,
    folder_row,
    wrapped_label,
)
from app.ui.errors import message_for, show_error
from app.ui.fit import narrow_combo
from app.ui.job_dialog import JobDialog
from app.ui.jobs import Cancelled, JobControl


def documents_folder() -> str:
    """Where the folder chooser starts: the user's Documents, else their home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


class ReleaseDialog(JobDialog):
    def __init__(self, ctx: Context, footage_ids: list[int], parent: QtWidgets.QWidget | None = None
                 ) -> None:
        super().__init__(ctx, parent)
        self.footage_ids = footage_ids
        self.released: release.ReleaseResult | None = None
        self.result_folder: Path | None = None
        self.setWindowTitle(self.tr("Release a copy to an inspector"))
        self.setMinimumWidth(560)
        self.recipient = narrow_combo(QtWidgets.QComboBox(), 30)
        for p in ctx.session.registers.list_staff(role="inspector", active_only=True):
            self.recipient.addItem(f"{p.full_name} ({p.personnel_no})", p.personnel_no)
        self.purpose = QtWidgets.QLineEdit()
        self.purpose.setPlaceholderText(self.tr("service purpose, e.g. administrative case №"))
        self.folder, row = folder_row(self.tr("Choose…"), self.choose_folder)
        self.head_password = QtWidgets.QLineEdit(self)
        self.head_password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        # The head's own window: their unlock with their password is the permission (R10).
        self.asks_password = ctx.session.role != "head"
        self.head_password.setVisible(self.asks_password)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setValue(0)
        self.buttons, self.go, _cancel = action_buttons(self.tr("&Release"), self.start,
                                                        self.cancel)
        self.labels = {"recipient": self.tr("To inspector:"), "purpose": self.tr("Purpose:"),
                       "destination": self.tr("Copy into folder:"),
                       "head_password": self.tr("Head's password:")}
        # asked for, or (the head's own window) said to be the permission
        permission = ((self.labels["head_password"], self.head_password) if self.asks_password
                      else wrapped_label(self.tr("You unlocked as the head: your password is "
                                                 "the permission.")))
        explained_form(self, self.tr(
            "%n recording(s) selected. Stored footage is given to "
            "inspectors for service purposes only, with the head's "
            "permission (R10). The copy is a signed package that anyone "
            "can check without the vault.", "", len(footage_ids)),
            [(self.labels["recipient"], self.recipient), (self.labels["purpose"], self.purpose),
             (self.labels["destination"], row), permission, self.progress],
            self.status, self.buttons)

    def request(self) -> release.ReleaseRequest:
        folder = self.folder.text().strip()
        return release.ReleaseRequest(list(self.footage_ids),
                                      str(self.recipient.currentData() or ""),
                                      self.purpose.text(), Path(folder) if folder else None)

    def missing(self) -> list[str]:
        """The empty fields, in the order of the form (the folder last)."""
        missing = release.missing_fields(self.request())
        if self.asks_password and not self.head_password.text():
            missing.append("head_password")
        order = ("footage", "recipient", "purpose", "head_password", "destination")
        return sorted(missing, key=order.index)

    def choose_folder(self) -> None:
        chosen = FileDialog.existing_directory(self, self.tr("Where to put the copy"),
                                               self.folder.text().strip() or documents_folder())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        if self.busy:
            return
        missing = self.missing()
        # Everything but the folder is said first: nobody picks a folder only to be told
        # afterwards that the purpose is empty.
        before = [m for m in missing if m not in ("destination", "footage")]
        if before:
            self.status.setText(self.tr("Fill in first: {fields}").format(
                fields=", ".join(self.labels[m].rstrip(":") for m in before)))
            {"recipient": self.recipient, "purpose": self.purpose,
             "head_password": self.head_password}[before[0]].setFocus()
            return
        if "destination" in missing:
            self.choose_folder()
            if not self.folder.text().strip():
                return
        s, request = self.ctx.session, self.request()
        password = self.head_password.text() if self.asks_password else None
        self.head_password.clear()

        def work(ctl: JobControl) -> object:
            return release.release(s, request, head_password=password,
                                   progress=ctl.progress, cancelled=lambda: ctl.cancelled)

        self.run_job(work, "release", self.tr("Copying…"), self._progress)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        else:
            self.reject()

    def job_done(self, result: release.ReleaseResult) -> None:
        self.released = result
        self.result_folder = result.folder
        self.ctx.bus.changed.emit()
        MessageBox.information(self, self.tr("Copy released"), self.tr(
            "Release {id}: the copy, its signed manifest and a printable manifest.pdf are in "
            "{folder}. The release is logged.\n\nSigning key fingerprint: {fp}\nThe recipient "
            "checks the package with: dalel verify-package").format(
            id=result.release_id, folder=result.folder, fp=result.fingerprint))
        self.accept()

    def job_failed(self, exc: BaseException) -> None:
        self.progress.setValue(0)
        if isinstance(exc, Cancelled | release.ReleaseCancelled):
            self.status.setText(self.tr("Cancelled; the partial copy was removed."))
            return
        self.status.setText(message_for(exc))
        if not isinstance(exc, WrongPassword):
            show_error(self, exc)
