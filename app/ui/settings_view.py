"""Settings: office profile, agency, working schedule (R21) with the year's moved days off
and working days, language (R22), auto-lock, the docking station (download on docking,
cameras at once, automatic wipe after a verified download) and the lowest battery charge at
issue. Saving goes through ``app.model.settings.change``, as ``dalel settings`` does: the
same checks and messages, one transaction with a "settings_changed" record per changed key."""

from __future__ import annotations

from typing import Any

from PySide6 import QtWidgets

from app.model.settings import AGENCIES, OFFICE_LANGUAGES, SETTINGS, change
from app.model.words import WEEKDAY_WORDS, weekday
from app.ui.common import Context, attempt
from app.ui.i18n_qt import LANGUAGE_NAMES
from app.ui.wizard import OfficePage


class SettingsPage(QtWidgets.QWidget):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        st = ctx.session.settings
        self.unit = QtWidgets.QLineEdit(st.get("unit_name"))
        self.agency = QtWidgets.QComboBox()
        for key in AGENCIES:
            self.agency.addItem(OfficePage.tr_agency(key), key)
        self.agency.setCurrentIndex(AGENCIES.index(st.get("agency")))
        self.language = QtWidgets.QComboBox()
        for key in OFFICE_LANGUAGES:   # R22 (English is a developer's --lang)
            self.language.addItem(LANGUAGE_NAMES[key], key)
        self.language.setCurrentIndex(self.language.findData(st.get("language")))
        self.days = [QtWidgets.QCheckBox(weekday(d)) for d in range(len(WEEKDAY_WORDS))]
        for i, box in enumerate(self.days):
            box.setChecked(i in st.get("work_days"))
        days = QtWidgets.QHBoxLayout()
        for box in self.days:
            days.addWidget(box)
        self.times = {k: QtWidgets.QLineEdit(st.get(k)) for k in ("work_start", "work_end",
                                                                  "lunch_start", "lunch_end")}
        # Days that the year's government decrees move (R21), as dalel settings takes them.
        self.extra = {k: QtWidgets.QLineEdit(", ".join(st.get(k))) for k in ("extra_days_off",
                                                                             "extra_work_days")}
        for key, edit in (*self.times.items(), *self.extra.items()):
            edit.setToolTip(str(SETTINGS[key].describe()))
        for edit in self.times.values():
            edit.setPlaceholderText(self.tr("HH:MM"))
        for edit in self.extra.values():
            edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM-DD"))
        self.auto_lock = QtWidgets.QSpinBox()
        self.auto_lock.setRange(*_bounds("auto_lock_minutes"))
        self.auto_lock.setValue(int(st.get("auto_lock_minutes")))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_wipe = QtWidgets.QCheckBox(self.tr(
            "Wipe the card after its footage is stored and "
            "verified (R1, R14)"))
        self.auto_wipe.setChecked(bool(st.get("auto_wipe")))
        self.download_on_dock = QtWidgets.QCheckBox(self.tr(
            "Download a docked camera as soon as it is "
            "identified"))
        self.download_on_dock.setChecked(bool(st.get("download_on_dock")))
        self.max_parallel = QtWidgets.QSpinBox()
        self.max_parallel.setRange(*_bounds("max_parallel_downloads"))
        self.max_parallel.setValue(int(st.get("max_parallel_downloads")))
        self.min_battery = QtWidgets.QSpinBox()
        self.min_battery.setRange(*_bounds("min_battery_percent"))
        self.min_battery.setSuffix(" %")
        self.min_battery.setValue(int(st.get("min_battery_percent")))
        self.save_button = QtWidgets.QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.status = QtWidgets.QLabel()
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.tr("Territorial unit:"), self.unit)
        form.addRow(self.tr("Agency:"), self.agency)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Working days (R21):"), days)
        form.addRow(self.tr("Working day starts:"), self.times["work_start"])
        form.addRow(self.tr("Working day ends:"), self.times["work_end"])
        form.addRow(self.tr("Lunch from:"), self.times["lunch_start"])
        form.addRow(self.tr("Lunch to:"), self.times["lunch_end"])
        form.addRow(self.tr("Extra days off (decrees):"), self.extra["extra_days_off"])
        form.addRow(self.tr("Extra working days (decrees):"), self.extra["extra_work_days"])
        form.addRow(self.tr("Lock after inactivity:"), self.auto_lock)
        form.addRow(self.auto_wipe)
        form.addRow(self.download_on_dock)
        form.addRow(self.tr("Cameras downloading at once (R20):"), self.max_parallel)
        form.addRow(self.tr("Lowest battery charge at issue (R11):"), self.min_battery)
        form.addRow(self.save_button)
        form.addRow(self.status)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"unit_name": self.unit.text().strip(),
                               "agency": self.agency.currentData(),
                               "language": self.language.currentData(),
                               "work_days": [i for i, b in enumerate(self.days) if b.isChecked()],
                               "auto_lock_minutes": self.auto_lock.value(),
                               "auto_wipe": self.auto_wipe.isChecked(),
                               "download_on_dock": self.download_on_dock.isChecked(),
                               "max_parallel_downloads": self.max_parallel.value(),
                               "min_battery_percent": self.min_battery.value()}
        out.update({k: w.text().strip() for k, w in (*self.times.items(),
                                                     *self.extra.items())})
        return out

    def _write(self, values: dict[str, Any]) -> list[str]:
        return [c.key for c in change(self.ctx.session, values)]

    def save(self) -> None:
        ok, changed = attempt(self, self._write, self.values())
        if not ok:
            return
        self.status.setText(self.tr("Saved.") if changed else self.tr("Nothing changed."))
        if changed:
            st = self.ctx.session.settings
            for key, edit in (*self.times.items(), *self.extra.items()):
                value = st.get(key)     # as stored: 9:00 reads 09:00
                edit.setText(value if isinstance(value, str) else ", ".join(value))
            self.ctx.bus.changed.emit()
            self.ctx.bus.settings_changed.emit(sorted(changed))



def _bounds(key: str) -> tuple[int, int]:
    """A number's range as its one declaration gives it (app.model.settings)."""
    bounds = SETTINGS[key].bounds
    assert bounds is not None, key
    return bounds
