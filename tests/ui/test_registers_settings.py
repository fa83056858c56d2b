"""Registers (history, write-off, R4) and settings (audited, auto-lock, language)."""

from __future__ import annotations

from app.ui.dialogs import MessageBox


def test_add_staff_device_history_and_write_off(qtbot, win):
    page = win.workspace.registers
    s = win.session
    page.surname.setText("Қасымов")
    page.name.setText("Арман")
    page.number.setText("IN-9")
    page.patronymic.setText("Серікұлы")       # journal column 3 asks for it (R18)
    page.position.setText("аға инспектор")
    page.add_staff()
    person = s.registers.find_staff("IN-9")
    assert person.patronymic == "Серікұлы" and person.position == "аға инспектор"
    assert page.patronymic.text() == "" and page.position.text() == ""
    MessageBox.set_next_answer(MessageBox.Button.Ok)  # no inventory number (R4)
    page.add_device()
    page.inventory.setText("BK-009")
    page.serial.setText("SN-9")
    page.add_device()
    dev = s.registers.find_device("BK-009")
    row = next(r for r in range(page.devices.rowCount())
               if page.devices.item(r, 0).text() == "BK-009")
    page.devices.selectRow(row)
    MessageBox.set_next_answer(MessageBox.Button.Ok)  # a reason is required
    page.write_off.click()
    page.reason.setText("Сынған")
    page.write_off.click()
    assert s.registers.device(dev.id).state == "written_off"
    row = next(r for r in range(page.devices.rowCount())
               if page.devices.item(r, 0).text() == "BK-009")
    page.devices.selectRow(row)
    texts = [page.history.item(i).text() for i in range(page.history.count())]
    assert any("State: in store → written off (Сынған)" in t for t in texts)
    assert any("Registered as BK-009" in t for t in texts)
    assert not any("written_off" in t or "created" in t for t in texts)   # no raw codes
    assert page.devices.item(row, 4).text() == "written off"
    assert "written_off" in [c["new"] for c in s.registers.history("devices", dev.id)]


def test_settings_saved_and_audited(qtbot, win):
    page = win.workspace.settings
    s = win.session
    page.auto_lock.setValue(3)
    page.auto_wipe.setChecked(True)
    page.unit.setText("Жаңа бөлім")
    page.save()
    assert s.settings.get("auto_lock_minutes") == 3 and s.settings.get("auto_wipe") is True
    # One record per changed key, the shape dalel settings writes too (issue 13).
    audit = {e.detail["key"]: e.detail for e in s.audit.entries(action="settings_changed")}
    assert audit["auto_lock_minutes"] == {"key": "auto_lock_minutes", "old": 10, "new": 3}
    assert set(audit) == {"auto_lock_minutes", "auto_wipe", "unit_name"}
    assert win.inactivity.timer.interval() == 3 * 60_000
    page.times["work_end"].setText("25:99")
    MessageBox.set_next_answer(MessageBox.Button.Ok)
    page.save()
    assert s.settings.get("work_end") == "18:30"


def test_language_switch_rebuilds_screens(qtbot, win):
    win.lang = None  # follow the vault's setting
    page = win.workspace.settings
    page.language.setCurrentIndex(page.language.findData("ru"))
    old = win.workspace
    page.save()
    assert win.workspace is not old
    assert win.session.settings.get("language") == "ru"


def test_registers_show_the_equipment_norms(qtbot, win):
    """R19: the kits the norms allow for the headcount against the cameras registered, and
    the devices whose service life has ended."""
    s = win.session
    page = win.workspace.registers
    page.refresh()
    staff = len(s.registers.list_staff(active_only=True))
    assert f"{staff} staff, 5 kits allowed; 3 cameras registered" in page.norms.text()
    s.registers.add_device("camera", "BK-OLD", in_service="2012-05-05")
    page.refresh()
    assert "Service life ended: BK-OLD" in page.norms.text()


def test_registering_confirms_and_flags_mixed_scripts(qtbot, win):
    """Issue 15: every recorded action is confirmed; a number that mixes Latin and Cyrillic
    letters is registered, found however typed, and flagged; a look-alike is refused."""
    page = win.workspace.registers
    page.surname.setText("Сейітова")
    page.name.setText("Айгүл")
    page.number.setText("IN-77")
    page.add_staff()
    assert page.status.text() == "Айгүл Сейітова registered, personnel no. IN-77."
    page.kind.setCurrentIndex(page.kind.findData("camera"))
    page.inventory.setText("Bк-050")                        # Latin B, Cyrillic к
    page.add_device()
    assert page.status.text().startswith("Camera Bк-050 registered.")
    assert "mixes Latin and Cyrillic" in page.status.text()
    assert win.session.registers.find_device("BK-050").inventory_no == "Bк-050"
