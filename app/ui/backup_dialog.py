"""Back up the vault to an external drive from the window (issue 14): a folder chooser that
starts on a removable drive (else the user's Documents), a progress bar, and the copy run
off the GUI thread as a Job (app/model/backup.py does the work, as ``dalel backup`` does)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QStandardPaths

from app.i18n import decimal_text
from app.model import backup
from app.ui.common import Context
from app.ui.dialogs import FileDialog, action_buttons, explained_form, folder_row
from app.ui.errors import message_for, show_error
from app.ui.job_dialog import JobDialog
from app.ui.jobs import Cancelled, Job, JobControl


def removable_drives(roots: list[Path]) -> list[Path]:
    """Mounted drives under the mount roots (/media/USER/<label> and the like)."""
    found = []
    for root in roots:
        try:
            found += [p for p in sorted(root.iterdir()) if p.is_dir() and os.path.ismount(p)]
        except OSError:
            continue
    return found


def start_folder(ctx: Context) -> str:
    """Where the chooser opens: the one removable drive, else the folder that holds the
    drives, else Documents."""
    from app.devices.watcher import default_mount_roots

    configured = [Path(p) for p in ctx.session.settings.get("mount_roots") or []]
    roots = [r for r in configured if r.is_dir()] or default_mount_roots()
    drives = removable_drives(roots)
    if len(drives) == 1:
        return str(drives[0])
    if drives:
        return str(drives[0].parent)
    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


class BackupDialog(JobDialog):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result_value: backup.BackupResult | None = None
        self.setWindowTitle(self.tr("Back up the vault"))
        self.folder, row = folder_row(self.tr("Choose…"), self.choose_folder)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.buttons, self.go, self.close_button = action_buttons(self.tr("&Back up"),
                                                                  self.start, self.reject)
        explained_form(self, self.tr(
            "The vault is copied encrypted, as it is stored: the footage, the index and the "
            "key slots. Only the officer's or the head's password opens the copy. Keep the "
            "drive away from this PC. A second backup to the same drive copies only what is "
            "new."), [(self.tr("Back up into:"), row), self.progress], self.status,
            self.buttons)
        self.resize(560, self.sizeHint().height())

    def choose_folder(self) -> None:
        chosen = FileDialog.existing_directory(self, self.tr("Where to put the backup"),
                                               start_folder(self.ctx))
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> Job | None:
        if self.busy:
            return None
        if not self.folder.text().strip():
            self.choose_folder()
            if not self.folder.text().strip():
                return None
        session, dest = self.ctx.session, Path(self.folder.text().strip())

        def work(ctl: JobControl) -> object:
            return backup.backup(session, dest, progress=ctl.progress,
                                 cancelled=lambda: ctl.cancelled)

        self.progress.setValue(0)
        return self.run_job(work, "backup", self.tr("Copying…"), self._progress)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setValue(int(1000 * done / total) if total else 0)

    def reject(self) -> None:
        """Cancel (or Escape) stops a running backup first; the dialog stays to say so."""
        if self.job is not None:
            self.job.cancel()
        else:
            super().reject()

    def job_done(self, result: backup.BackupResult) -> None:
        self.result_value = result
        self.progress.setValue(1000)
        self.close_button.setText(self.tr("Close"))
        text = self.tr("Backed up to {folder}: %n new file(s) copied ({mb} MB), "
                       "already there: {skipped}.", "", result.copied).format(
            folder=result.folder, mb=decimal_text(result.bytes_copied / 1e6),
            skipped=result.skipped)
        if result.same_disk:
            text += " " + self.tr("This folder is on the same disk as the vault: it will not "
                                  "survive that disk's loss. Use an external drive.")
        if result.missing:
            text += " " + self.tr("%n footage file(s) named by the index are not in the "
                                  "vault folder; run a vault check.", "", len(result.missing))
        if result.replaced:
            text += " " + self.tr("The drive held %n damaged footage file(s) (not as they "
                                  "were written); each was copied again and checked.", "",
                                  len(result.replaced))
        self.status.setText(text)
        self.ctx.bus.changed.emit()     # Today's reminder goes

    def job_failed(self, exc: BaseException) -> None:
        self.progress.setValue(0)
        if isinstance(exc, Cancelled | backup.BackupCancelled):
            self.status.setText(self.tr("Stopped. What was copied stays on the drive; the next "
                                        "backup there copies the rest."))
            return
        self.status.setText(message_for(exc))
        show_error(self, exc)
