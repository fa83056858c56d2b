"""USB enumeration and the ASCII command channel, through pyusb.

The back end is libusb from ``libusb-package`` (bundled), else the system libusb, else none
(then cameras are still found by their volumes, only without USB serials). Tests pass a
:class:`app.devices.fakeusb.FakeUsbBackend`: the same ``usb.core.find(backend=...)`` path.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

import usb.core
import usb.util

from app.errors import DalelError, ExitCode
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class DeviceError(DalelError):
    """A camera did not answer as expected, was unplugged, or refused a command."""

    exit_code = ExitCode.DEVICE


def default_backend() -> Any:
    try:
        import libusb_package

        backend = libusb_package.get_libusb1_backend()
        if backend is not None:
            return backend
    except Exception:  # pragma: no cover - depends on the machine
        log.debug("libusb-package unavailable", exc_info=True)
    try:
        import usb.backend.libusb1

        return usb.backend.libusb1.get_backend()
    except Exception:  # pragma: no cover
        return None


@dataclass(frozen=True)
class UsbInfo:
    vid: int
    pid: int
    serial: str | None
    bus: int | None = None
    address: int | None = None
    product: str | None = None
    manufacturer: str | None = None

    @property
    def ids(self) -> tuple[int, int]:
        return (self.vid, self.pid)

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.bus, self.address, self.vid, self.pid, self.serial)

    def as_dict(self) -> dict[str, Any]:
        return {"vid": f"0x{self.vid:04x}", "pid": f"0x{self.pid:04x}", "serial": self.serial,
                "bus": self.bus, "address": self.address, "product": self.product}


def _string(dev: Any, attr: str) -> str | None:
    try:
        value = getattr(dev, attr)
    except (usb.core.USBError, ValueError, NotImplementedError):
        return None
    return str(value).strip() if value else None


def enumerate_usb(backend: Any) -> list[UsbInfo]:
    """Every USB device now plugged in (serial numbers where the device gives them)."""
    if backend is None:
        return []
    out = []
    try:
        devices = list(usb.core.find(find_all=True, backend=backend))
    except (usb.core.USBError, usb.core.NoBackendError, ValueError) as exc:
        log.warning("USB enumeration failed: %s", exc)
        return []
    for dev in devices:
        out.append(UsbInfo(int(dev.idVendor), int(dev.idProduct),
                           _string(dev, "serial_number"), getattr(dev, "bus", None),
                           getattr(dev, "address", None), _string(dev, "product"),
                           _string(dev, "manufacturer")))
    return out


class CommandChannel:
    """``@Cmd;len;value;#`` over bulk endpoints (Ambarella family, device-notes.md)."""

    def __init__(self, backend: Any, usb_info: UsbInfo, ep_out: int = 0x01, ep_in: int = 0x81,
                 timeout_ms: int = 2000) -> None:
        self.backend = backend
        self.info = usb_info
        self.ep_out, self.ep_in = ep_out, ep_in
        self.timeout = timeout_ms
        self._dev: Any = None
        self._lock = threading.Lock()

    def _open(self) -> Any:
        if self._dev is not None:
            return self._dev

        def same(dev: Any) -> bool:
            if self.info.bus is not None and getattr(dev, "bus", None) != self.info.bus:
                return False
            addr = self.info.address
            return addr is None or getattr(dev, "address", None) == addr

        dev = usb.core.find(idVendor=self.info.vid, idProduct=self.info.pid,
                            backend=self.backend, custom_match=same)
        if dev is None:
            raise DeviceError(QT_TRANSLATE_NOOP(
                "core", "The camera is no longer connected (USB {vid}:{pid})."),
                vid=f"{self.info.vid:04x}", pid=f"{self.info.pid:04x}")
        try:
            dev.set_configuration()
        except usb.core.USBError as exc:
            raise self._error(exc) from exc
        self._dev = dev
        return dev

    def _error(self, exc: Exception) -> DeviceError:
        return DeviceError(QT_TRANSLATE_NOOP(
            "core", "The camera did not answer over USB ({reason}). Check the cable or dock "
                    "and try again."), reason=str(exc))

    def command(self, text: str) -> str:
        """Send one command; return the value field of the reply. Raises on @ERR."""
        with self._lock:
            dev = self._open()
            try:
                dev.write(self.ep_out, text.encode("ascii"), self.timeout)
                reply = bytes(dev.read(self.ep_in, 512, self.timeout)).decode("ascii",
                                                                             "replace")
            except usb.core.USBError as exc:
                self._dev = None
                raise self._error(exc) from exc
        fields = reply.strip("\x00").strip().strip("#").split(";")
        if fields[0] == "@ERR":
            raise DeviceError(QT_TRANSLATE_NOOP(
                "core", "The camera refused the command {cmd}: {why}."),
                cmd=text.split(";")[0], why=fields[2] if len(fields) > 2 else "?")
        return fields[2] if len(fields) > 2 else ""

    def close(self) -> None:
        with self._lock:
            if self._dev is not None:
                usb.util.dispose_resources(self._dev)
                self._dev = None
