"""The pre-use check of R11 and the badge of R12, as tick boxes (shared by issue and
replacement)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSpinBox, QWidget

from app.model.custody import Checklist


class ChecklistBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.working = QCheckBox(self.tr("The camera &works (R11)"))
        self.battery = QCheckBox(self.tr("&Battery charged (R11)"))
        self.datetime_ok = QCheckBox(self.tr("&Date and time on the camera are right (R11)"))
        self.quality = QCheckBox(self.tr("Photo/video &quality settings checked (R11)"))
        self.badge = QCheckBox(self.tr("The inspector wears the &badge (R12)"))
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setValue(100)
        self.percent.setSuffix(" %")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, box in enumerate(self.boxes()):
            grid.addWidget(box, row, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Battery charge:")), 5, 0)
        grid.addWidget(self.percent, 5, 1)

    def boxes(self) -> list[QCheckBox]:
        return [self.working, self.battery, self.datetime_ok, self.quality, self.badge]

    def set_all(self, checked: bool) -> None:
        for box in self.boxes():
            box.setChecked(checked)

    def checklist(self) -> Checklist:
        return Checklist(self.working.isChecked(), self.battery.isChecked(),
                         self.datetime_ok.isChecked(), self.quality.isChecked(),
                         self.badge.isChecked(), self.percent.value())
