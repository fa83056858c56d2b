"""A dialog whose action runs off the GUI thread, one job at a time: changing a password
(a key derivation of about a second), destroying footage, a backup, a release."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtWidgets

from app.ui.common import Context
from app.ui.dialogs import wrapped_label
from app.ui.errors import message_for
from app.ui.jobs import Job, JobControl


class JobDialog(QtWidgets.QDialog):
    """While the job runs, the action button (``go``, set by the dialog) is off and
    ``status`` says what is happening; a second click starts nothing. The result goes to
    :meth:`job_done`, a failure to :meth:`job_failed` — both once the button is on again."""

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.status = wrapped_label()
        self.go: QtWidgets.QWidget | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run_job(self, work: Callable[[JobControl], Any], name: str, busy_text: str,
                progress: Callable[[int, int, str], object] | None = None) -> Job:
        if self.go is not None:
            self.go.setEnabled(False)
        self.status.setText(busy_text)
        self.job = self.ctx.runner.start_job(work, name, self._ended, self._broke, progress)
        return self.job

    def _ended(self, result: Any) -> None:
        self._idle()
        self.job_done(result)

    def _broke(self, exc: BaseException) -> None:
        self._idle()
        self.job_failed(exc)

    def _idle(self) -> None:
        self.job = None
        if self.go is not None:
            self.go.setEnabled(True)

    def job_done(self, result: Any) -> None:
        raise NotImplementedError

    def job_failed(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))
