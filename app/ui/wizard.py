"""First start with no vault: agency, unit and vault folder, then the officer, then the head.

Each person sets their own password (R2). Creating the vault calibrates the key derivation
(a few seconds), so it runs as a job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import Signal

from app.clock import Clock
from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP
from app.model import vault
from app.model.keyslots import KdfParams
from app.model.settings import AGENCIES
from app.ui.dialogs import FileDialog, folder_row
from app.ui.errors import message_for, show_error
from app.ui.jobs import Job, JobRunner

AGENCY_NAMES = {
    "fire": QT_TRANSLATE_NOOP("Agency", "Fire safety control"),
    "veterinary": QT_TRANSLATE_NOOP("Agency", "Veterinary-sanitary control"),
    "revenue": QT_TRANSLATE_NOOP("Agency", "State revenue"),
    "police": QT_TRANSLATE_NOOP("Agency", "Police"),
}


class PersonPage(QtWidgets.QWizardPage):
    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.surname, self.name, self.patronymic = (QtWidgets.QLineEdit(), QtWidgets.QLineEdit(),
                                                    QtWidgets.QLineEdit())
        self.number, self.position = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        self.pw1, self.pw2 = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        for pw in (self.pw1, self.pw2):
            pw.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.error = QtWidgets.QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000;")
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.tr("Surname:"), self.surname)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Patronymic (if any):"), self.patronymic)
        form.addRow(self.tr("Personnel number:"), self.number)
        form.addRow(self.tr("Position:"), self.position)
        form.addRow(self.tr("Password (8 characters or more):"), self.pw1)
        form.addRow(self.tr("Password again:"), self.pw2)
        form.addRow(self.error)

    def person(self) -> vault.Person:
        return vault.Person(self.surname.text().strip(), self.name.text().strip(),
                            self.number.text().strip(), self.patronymic.text().strip() or None,
                            self.position.text().strip())

    def validatePage(self) -> bool:
        if not (self.surname.text().strip() and self.name.text().strip()
                and self.number.text().strip()):
            self.error.setText(self.tr("Surname, name and personnel number are required."))
            return False
        if self.pw1.text() != self.pw2.text():
            self.error.setText(self.tr("The two passwords differ."))
            return False
        try:
            vault.check_password(self.pw1.text())
        except InvalidInput as exc:
            self.error.setText(message_for(exc))
            return False
        self.error.clear()
        return True


class OfficePage(QtWidgets.QWizardPage):
    def __init__(self, default_path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("The office"))
        self.setSubTitle(self.tr("Which agency this workstation serves and where the "
                                 "encrypted vault is kept."))
        self.agency = QtWidgets.QComboBox()
        for key in AGENCIES:
            self.agency.addItem(self.tr_agency(key), key)
        self.agency.setCurrentIndex(AGENCIES.index("veterinary"))
        self.unit = QtWidgets.QLineEdit()
        self.path, row = folder_row(self.tr("Choose…"), self._browse, str(default_path))
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.tr("Agency:"), self.agency)
        form.addRow(self.tr("Territorial unit:"), self.unit)
        form.addRow(self.tr("Vault folder:"), row)

    @staticmethod
    def tr_agency(key: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Agency", AGENCY_NAMES[key])

    def _browse(self) -> None:
        chosen = FileDialog.existing_directory(self, self.tr("Folder for the vault"))
        if chosen:
            self.path.setText(str(Path(chosen) / "dalel-vault"))


class CreateVaultWizard(QtWidgets.QWizard):
    created = Signal(object)  # the new VaultSession

    def __init__(self, default_path: Path, clock: Clock, runner: JobRunner,
                 kdf: KdfParams | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock, self.runner, self.kdf = clock, runner, kdf
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Create the vault"))
        self.office = OfficePage(default_path)
        self.officer = PersonPage(self.tr("The responsible officer"), self.tr(
            "The officer designated by the head keeps the cameras and the journal and sets "
            "their own password (R1, R2)."))
        self.head = PersonPage(self.tr("The head of the office"), self.tr(
            "The head types their own password; it also authorises releasing copies (R10)."))
        for page in (self.office, self.officer, self.head):
            self.addPage(page)
        self.setOption(QtWidgets.QWizard.WizardOption.NoCancelButton, True)

    def accept(self) -> None:
        if self.job is not None:
            return
        path = Path(self.office.path.text().strip()).expanduser()
        office = vault.Office(str(self.office.agency.currentData()),
                              self.office.unit.text().strip())
        args = (path, self.officer.person(), self.officer.pw1.text(), self.head.person(),
                self.head.pw1.text())
        clock, kdf = self.clock, self.kdf
        self.head.error.setText(self.tr("Creating the vault; this takes a few seconds…"))
        self.button(QtWidgets.QWizard.WizardButton.FinishButton).setEnabled(False)
        self.job = self.runner.start_job(
            lambda _c: vault.create(*args, office=office, clock=clock, kdf=kdf),
            "create-vault", self._created, self._failed)

    def _created(self, session: vault.VaultSession) -> None:
        self.job = None
        self.created.emit(session)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.button(QtWidgets.QWizard.WizardButton.FinishButton).setEnabled(True)
        self.head.error.setText(message_for(exc))
        show_error(self, exc)
