"""Change my password: the person unlocked (officer or head) changes their own (R2). The key
derivation takes about a second, so it runs as a job; nothing is re-encrypted."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import WrongPassword
from app.ui.common import Context
from app.ui.dialogs import MessageBox, explained_form, ok_cancel
from app.ui.errors import message_for
from app.ui.job_dialog import JobDialog


class ChangePasswordDialog(JobDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Change my password"))
        self.old, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for f in (self.old, self.new, self.again):
            f.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = self.go = ok_cancel(self)
        explained_form(self, self.tr("Only you know your password; nobody can recover it. "
                                     "The officer and the head each keep their own."),
                       [(self.tr("&Current password:"), self.old),
                        (self.tr("&New password:"), self.new),
                        (self.tr("&Repeat the new one:"), self.again)],
                       self.status, self.buttons)

    def accept(self) -> None:
        if self.busy:
            return
        if self.new.text() != self.again.text():
            self.status.setText(self.tr("The two new passwords differ. Type them again."))
            return
        session, old, new = self.ctx.session, self.old.text(), self.new.text()
        self.run_job(lambda _c: session.change_password(old, new), "change password",
                     self.tr("Changing the password…"))

    def job_done(self, _result: object) -> None:
        MessageBox.information(self, self.tr("Password changed"), self.tr(
            "Your password is changed. Use the new one from the next unlock."))
        super().accept()

    def job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassword):
            self.status.setText(self.tr("The current password is wrong."))
            self.old.selectAll()
            self.old.setFocus()
        else:
            self.status.setText(message_for(exc))
