"""A real FAT32 card: its volume serial is how an unidentified card is remembered once the
officer has tied it (R4); with a loop mount (root, a kernel with vfat) the window watches
the mounted card, the officer ties it, and it is downloaded, verified and wiped."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.devices.simulated import mp4_bytes
from app.devices.watcher import fat_serial


def _boot(kind: str, serial: int) -> bytes:
    b = bytearray(512)
    b[510:512] = b"\x55\xaa"
    if kind == "fat32":
        b[66], b[67:71], b[82:90] = 0x29, serial.to_bytes(4, "little"), b"FAT32   "
    elif kind == "fat16":
        b[38], b[39:43], b[54:62] = 0x29, serial.to_bytes(4, "little"), b"FAT16   "
    else:
        b[3:11], b[100:104] = b"EXFAT   ", serial.to_bytes(4, "little")
    return bytes(b)


@pytest.mark.parametrize("kind", ["fat32", "fat16", "exfat"])
def test_volume_serial_from_the_boot_sector(tmp_path: Path, kind: str) -> None:
    dev = tmp_path / "card.img"
    dev.write_bytes(_boot(kind, 0x1A2B3C4D) + bytes(4096))
    assert fat_serial(dev) == "1A2B-3C4D"


def test_not_a_fat_volume_has_no_serial(tmp_path: Path) -> None:
    dev = tmp_path / "x.img"
    dev.write_bytes(os.urandom(512))
    assert fat_serial(dev) is None and fat_serial(tmp_path / "missing") is None


def _fat32_image(path: Path, serial: str) -> Path:
    """A 40 MiB FAT32 file system made by mkfs.vfat (skipped without dosfstools)."""
    if shutil.which("mkfs.vfat") is None:
        pytest.skip("mkfs.vfat (dosfstools) is not installed")
    with open(path, "wb") as fh:
        fh.truncate(40 << 20)
    subprocess.run(["mkfs.vfat", "-F", "32", "-i", serial, str(path)], check=True,
                   capture_output=True)
    return path


def test_mkfs_vfat_image(tmp_path: Path) -> None:
    assert fat_serial(_fat32_image(tmp_path / "card.img", "5E1F22AA")) == "5E1F-22AA"


@pytest.fixture
def mounted_fat32(tmp_path: Path):
    """A 40 MiB FAT32 image loop-mounted under a mount root; skipped where the machine
    cannot (not root, no mkfs.vfat, no vfat in the kernel: containers often have none)."""
    if os.geteuid() != 0:
        pytest.skip("loop mounts need root")
    if "vfat" not in Path("/proc/filesystems").read_text():
        pytest.skip("this kernel has no vfat file system (no FAT32 loop mount possible)")
    img = _fat32_image(tmp_path / "card.img", "1A2B3C4D")
    media = tmp_path / "media"
    mount = media / "CARD"
    mount.mkdir(parents=True)
    done = subprocess.run(["mount", "-o", "loop", str(img), str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"loop mount refused: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield media, mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_fat32_card_is_watched_tied_downloaded_and_wiped(qtbot, mounted_fat32, stocked,
                                                            vault_dir, clock, ok_checklist):
    from app.devices.fakeusb import FakeUsbBackend
    from app.ui.dialogs import MessageBox
    from app.ui.docked import watched_dock
    from app.ui.docked_row import State
    from app.ui.main_window import MainWindow
    from tests.conftest import TEST_KDF

    media, mount = mounted_fat32
    s = stocked
    s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S")
    clock.advance(hours=8)
    s.custody.return_camera("BK-001")
    folder = mount / "DCIM" / "100MEDIA"
    folder.mkdir(parents=True)
    for i in range(2):
        (folder / f"20261123_0{9 + i}3000.MP4").write_bytes(
            mp4_bytes(600, 1 << 20, f"fat{i}".encode()))
    os.sync()
    bridges = []

    def factory(ctx):
        bridges.append(watched_dock(ctx, backend=FakeUsbBackend(), roots=[media], poll_s=0.2))
        return bridges[0]

    win = MainWindow(vault_dir, clock=clock, lang="en", kdf=TEST_KDF, dock_factory=factory)
    qtbot.addWidget(win)
    win.open_session(s)
    bridge = bridges[0]
    qtbot.waitUntil(lambda: [r.state for r in bridge.rows.values()] == [State.UNIDENTIFIED],
                    timeout=20000)
    row = next(iter(bridge.rows.values()))
    assert row.volume.volume_id == "1A2B-3C4D"
    bridge.tie(row.key, "MC-001")
    qtbot.waitUntil(lambda: row.state == State.VERIFIED, timeout=30000)
    MessageBox.set_next_answer(MessageBox.Button.Yes)
    win.workspace.today.dock_panel.confirm_wipe(row.key)
    qtbot.waitUntil(lambda: row.state == State.WIPED, timeout=30000)
    assert row.wiped == 2 and not any(folder.iterdir())
    assert s.footage.count() == 2
    win.lock()
