"""A fake pyusb back end: real ``usb.core.find(backend=FakeUsbBackend(...))`` code paths.

Tests and the demo plug :class:`FakeUsbDevice` objects in and out; each answers the
descriptor requests pyusb makes (device, configuration, interface, endpoint, string
descriptors for the serial number) and routes bulk transfers to a ``protocol`` object
(for cameras: :class:`CameraProtocol`, which speaks the Ambarella command channel of
device-notes.md). Nothing here mocks Dalel's own wrappers: the code under test calls pyusb,
pyusb calls this :class:`usb.backend.IBackend`.
"""

from __future__ import annotations

import array
import errno
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import usb.backend
import usb.core

AMBA_VID, AMBA_PID = 0x4255, 0x0001
SIM_VID, SIM_PID = 0xDA1E, 0x0001


class CameraProtocol:
    """The ASCII command channel: ``@Sdt;8;yyyyMMdd;#``, ``@Stm;6;HHmmss00;#``,
    ``@ATH;8;<password>;#``, ``@Gdv``; the simulated camera adds ``@Gtm`` (read clock) and
    ``@Gbt`` (battery). Replies are ``@<cmd>;<len>;<value>;#`` or ``@ERR;...;#``."""

    def __init__(self, device_id: str, password: str = "000000", battery: int | None = None,
                 clock_offset_s: float = 0.0, extended: bool = False,
                 now: Any = None) -> None:
        self.device_id = device_id
        self.password = password
        self.battery = battery
        self.extended = extended
        self.disk_mode = False
        self._now = now or (lambda: datetime.now())
        self._offset = timedelta(seconds=clock_offset_s)
        self._pending_date: str | None = None
        self.log: list[str] = []
        self.out = bytearray()

    def camera_time(self) -> datetime:
        return self._now() + self._offset

    def _reply(self, cmd: str, value: str) -> None:
        self.out += f"@{cmd};{len(value)};{value};#".encode()

    def handle(self, data: bytes) -> None:
        text = data.decode("ascii", "replace").strip("\x00")
        self.log.append(text)
        parts = text.strip("#").split(";")
        cmd = parts[0].lstrip("@")
        value = parts[2] if len(parts) > 2 else ""
        if cmd == "Gdv":
            self._reply("Gdv", self.device_id)
        elif cmd == "Sdt" and len(value) == 8 and value.isdigit():
            self._pending_date = value
            self._reply("Sdt", "OK")
        elif cmd == "Stm" and len(value) == 8 and value.isdigit():
            day = self._pending_date or self.camera_time().strftime("%Y%m%d")
            target = datetime.strptime(day + value[:6], "%Y%m%d%H%M%S")
            self._offset = target - self._now()
            self._reply("Stm", "OK")
        elif cmd == "ATH":
            if value == self.password:
                self.disk_mode = True
                self._reply("ATH", "OK")
            else:
                self._reply("ERR", "PASSWORD")
        elif cmd == "Gtm" and self.extended:
            self._reply("Gtm", self.camera_time().strftime("%Y%m%d%H%M%S"))
        elif cmd == "Gbt" and self.extended and self.battery is not None:
            self._reply("Gbt", str(self.battery))
        else:
            self._reply("ERR", "UNKNOWN")


@dataclass
class FakeUsbDevice:
    vid: int
    pid: int
    serial: str | None = None
    product: str = "Body camera"
    manufacturer: str = "Dalel test"
    protocol: CameraProtocol | None = None
    bus: int = 1
    address: int = 1
    unplugged: bool = field(default=False, compare=False)

    def strings(self) -> dict[int, str]:
        out = {1: self.manufacturer, 2: self.product}
        if self.serial:
            out[3] = self.serial
        return out


def _desc(**kw: Any) -> SimpleNamespace:
    return SimpleNamespace(**kw)


class FakeUsbBackend(usb.backend.IBackend):
    """Holds the plugged-in fake devices; thread-safe plug/unplug."""

    def __init__(self) -> None:
        self._devices: list[FakeUsbDevice] = []
        self._lock = threading.Lock()
        self._next_address = 1

    # -- test controls ---------------------------------------------------------------------
    def plug(self, dev: FakeUsbDevice) -> FakeUsbDevice:
        with self._lock:
            dev.address = self._next_address
            self._next_address += 1
            dev.unplugged = False
            self._devices.append(dev)
        return dev

    def unplug(self, dev: FakeUsbDevice) -> None:
        with self._lock:
            dev.unplugged = True
            self._devices = [d for d in self._devices if d is not dev]

    @property
    def devices(self) -> list[FakeUsbDevice]:
        with self._lock:
            return list(self._devices)

    # -- IBackend --------------------------------------------------------------------------
    def enumerate_devices(self) -> Any:
        return iter(self.devices)

    def get_parent(self, dev: FakeUsbDevice) -> None:
        return None

    def get_device_descriptor(self, dev: FakeUsbDevice) -> SimpleNamespace:
        return _desc(bLength=18, bDescriptorType=1, bcdUSB=0x0200, bDeviceClass=0,
                     bDeviceSubClass=0, bDeviceProtocol=0, bMaxPacketSize0=64,
                     idVendor=dev.vid, idProduct=dev.pid, bcdDevice=0x0100, iManufacturer=1,
                     iProduct=2, iSerialNumber=3 if dev.serial else 0, bNumConfigurations=1,
                     address=dev.address, bus=dev.bus, port_number=dev.address,
                     port_numbers=(dev.address,), speed=3)

    def get_configuration_descriptor(self, dev: FakeUsbDevice, config: int) -> SimpleNamespace:
        return _desc(bLength=9, bDescriptorType=2, wTotalLength=32, bNumInterfaces=1,
                     bConfigurationValue=1, iConfiguration=0, bmAttributes=0x80,
                     bMaxPower=250, extra_descriptors=[])

    def get_interface_descriptor(self, dev: FakeUsbDevice, intf: int, alt: int,
                                 config: int) -> SimpleNamespace:
        return _desc(bLength=9, bDescriptorType=4, bInterfaceNumber=0, bAlternateSetting=0,
                     bNumEndpoints=2, bInterfaceClass=0xFF, bInterfaceSubClass=0,
                     bInterfaceProtocol=0, iInterface=0, extra_descriptors=[])

    def get_endpoint_descriptor(self, dev: FakeUsbDevice, ep: int, intf: int, alt: int,
                                config: int) -> SimpleNamespace:
        return _desc(bLength=7, bDescriptorType=5, bEndpointAddress=(0x01, 0x81)[ep],
                     bmAttributes=2, wMaxPacketSize=512, bInterval=0, bRefresh=0,
                     bSynchAddress=0, extra_descriptors=[])

    def open_device(self, dev: FakeUsbDevice) -> FakeUsbDevice:
        self._alive(dev)
        return dev

    def close_device(self, dev_handle: FakeUsbDevice) -> None:
        return None

    def set_configuration(self, dev_handle: FakeUsbDevice, config_value: int) -> None:
        self._alive(dev_handle)

    def get_configuration(self, dev_handle: FakeUsbDevice) -> int:
        return 1

    def claim_interface(self, dev_handle: FakeUsbDevice, intf: int) -> None:
        self._alive(dev_handle)

    def release_interface(self, dev_handle: FakeUsbDevice, intf: int) -> None:
        return None

    def is_kernel_driver_active(self, dev_handle: FakeUsbDevice, intf: int) -> bool:
        return False

    def bulk_write(self, dev_handle: FakeUsbDevice, ep: int, intf: int, data: Any,
                   timeout: int) -> int:
        self._alive(dev_handle)
        if dev_handle.protocol is None or ep != 0x01:
            raise usb.core.USBError("pipe error", errno.EPIPE, errno.EPIPE)
        dev_handle.protocol.handle(bytes(data))
        return len(data)

    def bulk_read(self, dev_handle: FakeUsbDevice, ep: int, intf: int, buff: Any,
                  timeout: int) -> int:
        self._alive(dev_handle)
        proto = dev_handle.protocol
        if proto is None or ep != 0x81 or not proto.out:
            raise usb.core.USBTimeoutError("timeout", errno.ETIMEDOUT, errno.ETIMEDOUT)
        n = min(len(buff), len(proto.out))
        buff[:n] = array.array("B", bytes(proto.out[:n]))
        del proto.out[:n]
        return n

    def ctrl_transfer(self, dev_handle: FakeUsbDevice, bmRequestType: int, bRequest: int,
                      wValue: int, wIndex: int, data: Any, timeout: int) -> int:
        self._alive(dev_handle)
        if bRequest == 0x06 and (wValue >> 8) == 3:  # GET_DESCRIPTOR, string
            index = wValue & 0xFF
            if index == 0:
                payload = (0x0409).to_bytes(2, "little")
            else:
                text = dev_handle.strings().get(index)
                if text is None:
                    raise usb.core.USBError("pipe error", errno.EPIPE, errno.EPIPE)
                payload = text.encode("utf-16-le")
            raw = bytes([len(payload) + 2, 3]) + payload
            n = min(len(data), len(raw))
            data[:n] = array.array("B", raw[:n])
            return n
        raise usb.core.USBError("pipe error", errno.EPIPE, errno.EPIPE)

    @staticmethod
    def _alive(dev: FakeUsbDevice) -> None:
        if dev.unplugged:
            raise usb.core.USBError("No such device (it may have been disconnected)",
                                    errno.ENODEV, errno.ENODEV)
