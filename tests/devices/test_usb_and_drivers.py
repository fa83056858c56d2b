"""pyusb code paths through a fake IBackend (usb.core.find(backend=...)), and the drivers."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import usb.core

from app.devices.drivers import make_driver
from app.devices.fakeusb import (
    AMBA_PID,
    AMBA_VID,
    CameraProtocol,
    FakeUsbBackend,
    FakeUsbDevice,
)
from app.devices.profiles import load_profiles
from app.devices.usbscan import CommandChannel, DeviceError, enumerate_usb

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)   # 09:00 in Almaty


def _profile(name: str):
    return {p.name: p for p in load_profiles(include_user=False)}[name]


@pytest.fixture
def amba():
    backend = FakeUsbBackend()
    proto = CameraProtocol("AMB-0042", password="000000",
                           now=lambda: datetime(2026, 11, 23, 9, 0), clock_offset_s=-300)
    dev = backend.plug(FakeUsbDevice(AMBA_VID, AMBA_PID, "AMB-0042", protocol=proto))
    info = next(u for u in enumerate_usb(backend) if u.ids == (AMBA_VID, AMBA_PID))
    return backend, dev, proto, info


def test_enumeration_reads_serial_through_pyusb(amba):
    backend, _dev, _proto, info = amba
    assert info.serial == "AMB-0042"
    assert info.product == "Body camera"
    assert usb.core.find(idVendor=AMBA_VID, idProduct=AMBA_PID, backend=backend) is not None


def test_ambarella_commands_are_the_documented_ascii(amba, tmp_path):
    backend, _dev, proto, info = amba
    drv = make_driver(_profile("ambarella"), tmp_path, info, backend)
    assert drv.identify().device_id == "AMB-0042"
    assert drv.set_clock(NOW, "Asia/Almaty") == "usb_command"
    assert "@Sdt;8;20261123;#" in proto.log
    assert "@Stm;6;09000000;#" in proto.log
    assert proto.camera_time() == datetime(2026, 11, 23, 9, 0)   # offset corrected


def test_factory_default_password_is_a_finding(amba, tmp_path):
    backend, _dev, proto, info = amba
    drv = make_driver(_profile("ambarella"), tmp_path, info, backend)
    found = drv.findings()
    assert [f.code for f in found] == ["default_password"]
    assert "000000" in found[0].text()
    assert proto.disk_mode
    proto.password = "731942"
    proto.disk_mode = False
    assert make_driver(_profile("ambarella"), tmp_path, info, backend).findings() == []


def test_wrong_password_and_unplug_are_clear_errors(amba):
    backend, dev, _proto, info = amba
    ch = CommandChannel(backend, info)
    with pytest.raises(DeviceError, match="refused"):
        ch.command("@ATH;8;12345678;#")
    backend.unplug(dev)
    with pytest.raises(DeviceError):
        ch.command("@Gdv")


def test_mass_storage_clock_from_newest_file_and_time_file(tmp_path: Path):
    mount = tmp_path / "CARD"
    (mount / "DCIM" / "100MEDIA").mkdir(parents=True)
    (mount / "TIMESET.TXT").write_text("")
    f = mount / "DCIM" / "100MEDIA" / "20261123_085000.MP4"
    f.write_bytes(b"x" * 100)
    ahead = NOW.timestamp() + 120        # camera clock 2 minutes ahead
    os.utime(f, (ahead, ahead))
    drv = make_driver(_profile("consumer-timeset"), mount, None)
    reading = drv.read_clock(NOW, "Asia/Almaty")
    assert reading.method == "newest_file" and reading.offset_s == pytest.approx(120)
    assert drv.set_clock(NOW, "Asia/Almaty") == "time_file"
    assert (mount / "TIMESET.TXT").read_text().strip() == "2026-11-23 09:00:00"
    plain = make_driver(_profile("generic-dcim"), mount, None)
    with pytest.raises(DeviceError, match="cannot have its clock set"):
        plain.set_clock(NOW)


def test_simulated_camera_reports_battery_and_clock(tmp_path, clock):
    from app.devices.simulated import SimulatedDock

    dock = SimulatedDock(tmp_path / "d", clock=clock)
    cam = dock.add_camera("SN-9", 1, 8192, battery=42, clock_offset_s=-95)
    drv = make_driver(_profile("simulated"), cam.mount, dock.resolve(cam.mount), dock.backend)
    assert drv.battery() == 42
    reading = drv.read_clock(clock.now(), "Asia/Almaty")
    assert reading.method == "device" and reading.offset_s == pytest.approx(-95, abs=1)
    drv.set_clock(clock.now(), "Asia/Almaty")
    assert drv.read_clock(clock.now(), "Asia/Almaty").offset_s == pytest.approx(0, abs=1)
