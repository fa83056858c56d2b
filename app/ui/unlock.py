"""Unlock: the officer or the head picks themself and types their password (R2).

The key derivation (Argon2id, about a second) runs as a job, so the window stays alive;
wrong passwords and the lockout are explained on the page itself, in plain words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.errors import DalelError, LockedOut, WrongPassword
from app.model import vault
from app.ui.errors import message_for, show_error
from app.ui.jobs import Job, JobRunner


class UnlockPage(QWidget):
    unlocked = Signal(object)  # the VaultSession

    def __init__(self, path: Path, clock: Clock, runner: JobRunner,
                 demo_passwords: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.clock, self.runner = path, clock, runner
        self.job: Job | None = None
        title = QLabel(self.tr("Dalel — body-camera journal and evidence vault"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.officer = QRadioButton(self.tr("&Responsible officer"))
        self.head = QRadioButton(self.tr("&Head of the office"))
        self.officer.setChecked(True)
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.officer)
        self.roles.addButton(self.head)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("your own vault password"))
        self.password.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #a40000;")
        roles = QHBoxLayout()
        roles.addWidget(self.officer)
        roles.addWidget(self.head)
        roles.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Who are you:"), roles)
        form.addRow(self.tr("Password:"), self.password)
        box = QVBoxLayout(self)
        box.addStretch()
        box.addWidget(title)
        box.addWidget(QLabel(self.tr("Vault: {path}").format(path=path)))
        box.addWidget(QLabel(self.tr("Only the responsible officer and the head hold a "
                                     "password for this vault.")))
        box.addLayout(form)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.status)
        if demo_passwords:
            hint = QLabel(self.tr("Demo vault. Officer's password: {officer}   Head's "
                                  "password: {head}").format(**demo_passwords))
            hint.setStyleSheet("background: #fff3c4; padding: 6px;")
            hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(hint)
        box.addStretch()
        self.password.setFocus()

    @property
    def role(self) -> str:
        return "head" if self.head.isChecked() else "officer"

    def submit(self) -> None:
        if self.job is not None:
            return
        password = self.password.text()
        if not password:
            self.status.setText(self.tr("Type your password."))
            return
        role, path, clock = self.role, self.path, self.clock
        self.status.setText(self.tr("Checking the password…"))
        self.button.setEnabled(False)
        self.job = self.runner.start_job(lambda _c: vault.unlock(path, role, password, clock),
                                         "unlock", self._done, self._failed)

    def _done(self, session: vault.VaultSession) -> None:
        self.job = None
        self.button.setEnabled(True)
        self.password.clear()
        self.status.clear()
        self.unlocked.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.button.setEnabled(True)
        self.password.selectAll()
        self.password.setFocus()
        if isinstance(exc, WrongPassword):
            self.status.setText(self.tr("Wrong password. Check the keyboard layout and Caps "
                                        "Lock; after five wrong tries in a row unlocking is "
                                        "blocked for ten minutes."))
        elif isinstance(exc, LockedOut | DalelError):
            self.status.setText(message_for(exc))
        else:
            self.status.setText(message_for(exc))
            show_error(self, exc)
