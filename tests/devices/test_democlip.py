"""Demo footage that really plays: the MP4 from app/devices/democlip.py is a proper ISO-BMFF
file with one Motion-JPEG track (boxes, durations, sample tables), Qt's multimedia back end
decodes a picture from it in memory, and padding makes every recording unique at the size
asked for."""

from __future__ import annotations

import hashlib
import io
import struct
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from app.devices.card import mp4_duration, scan_card
from app.devices.democlip import _build, clip_bytes, write_clip
from app.devices.profiles import load_profiles
from app.devices.simulated import SimulatedDock

START = datetime(2026, 11, 23, 9, 10, 0)
CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"dinf"}


def boxes(data: bytes, start: int = 0, end: int | None = None) -> dict[bytes, list[tuple]]:
    """{kind: [(body_start, body_end)]}, containers walked too (paths flattened)."""
    end = len(data) if end is None else end
    found: dict[bytes, list[tuple]] = {}
    pos = start
    while pos < end:
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        assert 8 <= size <= end - pos, (kind, size)
        found.setdefault(kind, []).append((pos + 8, pos + size))
        if kind in CONTAINERS:
            for k, v in boxes(data, pos + 8, pos + size).items():
                found.setdefault(k, []).extend(v)
        pos += size
    assert pos == end
    return found


def top_level(data: bytes) -> list[bytes]:
    kinds, pos = [], 0
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        kinds.append(kind)
        pos += size
    return kinds


def test_box_structure_durations_and_samples(tmp_path: Path):
    data = clip_bytes(10.5, START, "CAM01  SN-1", b"seed-a")
    assert top_level(data) == [b"ftyp", b"moov", b"mdat", b"free"]
    b = boxes(data)

    def body(kind: bytes) -> bytes:
        (s, e), = b[kind]
        return data[s:e]

    # mvhd / tkhd / mdhd (version 0): all 10.5 s in a 1 ms time scale
    assert struct.unpack(">II", body(b"mvhd")[12:20]) == (1000, 10500)
    assert struct.unpack(">I", body(b"tkhd")[20:24]) == (10500,)
    assert struct.unpack(">II", body(b"mdhd")[12:20]) == (1000, 10500)
    assert body(b"hdlr")[8:12] == b"vide"
    stsd = body(b"stsd")
    assert stsd[12:16] == b"jpeg"                                     # MJPEG sample entry
    assert struct.unpack(">HH", stsd[16 + 24:16 + 28]) == (480, 270)
    stts = body(b"stts")
    runs = [struct.unpack(">II", stts[8 + 8 * i:16 + 8 * i])
            for i in range(struct.unpack(">I", stts[4:8])[0])]
    assert sum(n for n, _ in runs) == 11 and sum(n * d for n, d in runs) == 10500
    stsz = body(b"stsz")
    count = struct.unpack(">I", stsz[8:12])[0]
    sizes = struct.unpack(f">{count}I", stsz[12:12 + 4 * count])
    assert struct.unpack(">IIII", body(b"stsc")[4:20]) == (1, 1, count, 1)
    (offset,) = struct.unpack(">I", body(b"stco")[8:12])
    (mdat_start, mdat_end), = b[b"mdat"]
    assert offset == mdat_start and offset + sum(sizes) == mdat_end
    frames = []
    for n in sizes:                        # every sample is a whole JPEG of the frame size
        jpeg = data[offset:offset + n]
        assert jpeg[:2] == b"\xff\xd8" and jpeg[-2:] == b"\xff\xd9"
        frames.append(jpeg)
        offset += n
    img = Image.open(io.BytesIO(frames[-1]))
    img.load()
    assert img.size == (480, 270)
    assert len(set(frames)) == len(frames)        # the burned-in clock differs each second
    # the card reader finds the duration and calls the container whole
    p = tmp_path / "a.mp4"
    p.write_bytes(data)
    assert mp4_duration(p) == (pytest.approx(10.5), True)
    p.write_bytes(data[:-10])
    assert mp4_duration(p)[1] is False


def test_fifteen_minutes_at_one_frame_a_second_is_quick():
    t = time.perf_counter()
    data = clip_bytes(900, START, "CAM02  SN-2", b"seed-b")
    took = time.perf_counter() - t
    stsz = boxes(data)[b"stsz"][0][0]
    assert struct.unpack(">I", data[stsz + 8:stsz + 12])[0] == 900
    assert len(data) < 6 << 20                     # fits what the demo dock gives a file
    assert took < 5.0, f"{took:.2f} s"             # ~0.3 s on a quiet machine


def test_padding_size_and_uniqueness(tmp_path: Path):
    a = clip_bytes(30, START, "CAM01", b"one", size=1 << 20)
    b = clip_bytes(30, START, "CAM01", b"two", size=1 << 20)
    assert len(a) == len(b) == 1 << 20
    assert hashlib.sha256(a).digest() != hashlib.sha256(b).digest()
    # same scene and frames, different seed: still different files (a short tag at least)
    natural_a = clip_bytes(30, START, "CAM01", b"one")
    assert natural_a == clip_bytes(30, START, "CAM01", b"one")     # deterministic
    assert a.startswith(natural_a[:-32 - 8])
    # the padding looks like coded video, not zeros
    (s, e), = boxes(a)[b"free"]
    assert len(set(a[s:s + 4096])) > 200 and e == len(a)
    # smaller than the clip: natural size, all frames kept ...
    small = clip_bytes(30, START, "CAM01", b"one", size=4096)
    assert small == natural_a and len(small) > 4096
    # ... unless fit: fewer, longer frames, the duration unchanged
    fitted = clip_bytes(30, START, "CAM01", b"one", size=64 * 1024, fit=True)
    assert len(fitted) == 64 * 1024
    mvhd = boxes(fitted)[b"mvhd"][0][0]
    assert struct.unpack(">I", fitted[mvhd + 16:mvhd + 20])[0] == 30000
    # past 4 GiB (a bench file) the free box takes the 64-bit size header
    big = _build(30, START, "CAM01", b"one", (1 << 32) + (1 << 20), 1.0, False, 480, 270)
    assert big.head[-16:-8] == b"\0\0\0\x01free"
    assert struct.unpack(">Q", big.head[-8:])[0] == big.pad + 16
    assert len(big.head) + big.pad == (1 << 32) + (1 << 20)
    # streamed to a file: the same bytes
    p = tmp_path / "big.mp4"
    assert write_clip(p, 30, START, "CAM01", b"one", size=3 << 20) == 3 << 20
    assert p.read_bytes() == clip_bytes(30, START, "CAM01", b"one", size=3 << 20)


def test_simulated_camera_records_playable_split_parts(tmp_path: Path):
    dock = SimulatedDock(tmp_path / "dock")
    cam = dock.add_camera("SN-1", n_files=1, size=256 * 1024, duration_s=120, split_parts=2,
                          start=datetime(2026, 11, 23, 4, 0).astimezone())
    prof = {p.name: p for p in load_profiles(include_user=False)}["simulated"]
    scan = scan_card(cam.mount, prof)
    rec, = scan.recordings
    assert len(rec.parts) == 2 and rec.duration_s == pytest.approx(120)
    created = []
    for part in rec.parts:
        data = part.path.read_bytes()
        assert len(data) == 256 * 1024
        b = boxes(data)
        assert data[b[b"stsd"][0][0] + 12:][:4] == b"jpeg"
        created.append(struct.unpack(">I", data[b[b"mvhd"][0][0] + 4:][:4])[0])
    assert created[1] - created[0] == 60            # the second part starts a minute later


@pytest.fixture
def media_player(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    player = QMediaPlayer()
    if not player.isAvailable():
        pytest.skip("QtMultimedia has no media back end on this machine")
    sink = QVideoSink()
    player.setVideoSink(sink)
    yield player, sink
    player.stop()
    player.setSource(QUrl())


def test_qt_decodes_a_picture_from_memory(qtbot, media_player):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl

    player, sink = media_player
    errors: list[str] = []
    player.errorOccurred.connect(lambda _e, text: errors.append(text))
    seen: list = []

    def frame(f) -> None:  # type: ignore[no-untyped-def]
        if f.isValid():
            seen.append(f.toImage())

    sink.videoFrameChanged.connect(frame)
    buf = QBuffer()
    buf.setData(QByteArray(clip_bytes(5, START, "CAM01  SN-1", b"qt", size=256 * 1024)))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    player.setSourceDevice(buf, QUrl("memory:clip.mp4"))
    player.play()
    qtbot.waitUntil(lambda: bool(seen) or bool(errors), timeout=8000)
    assert not errors, errors
    qtbot.waitUntil(lambda: player.duration() > 0, timeout=3000)
    assert player.duration() == pytest.approx(5000, abs=50)
    img = seen[-1]
    assert (img.width(), img.height()) == (480, 270)
    # not black: the scene has colour in the middle, the overlay white text at the top
    colours = [img.pixelColor(x, y) for x in range(0, 480, 40) for y in range(40, 230, 30)]
    assert max(c.red() + c.green() + c.blue() for c in colours) > 200
    top = [img.pixelColor(x, y).lightness() for x in range(8, 200) for y in range(8, 24)]
    assert max(top) > 200                          # the burned-in date-time
    player.stop()
    buf.close()


def test_overlay_time_advances_per_frame():
    """Frame n shows start + n s: decode two frames with Pillow and compare the band."""
    data = clip_bytes(3, START + timedelta(seconds=58), "CAM01", b"t")
    b = boxes(data)
    stsz = b[b"stsz"][0][0]
    sizes = struct.unpack(">3I", data[stsz + 12:stsz + 24])
    offset = struct.unpack(">I", data[b[b"stco"][0][0] + 8:][:4])[0]
    imgs = []
    for n in sizes:
        imgs.append(Image.open(io.BytesIO(data[offset:offset + n])).convert("L"))
        offset += n
    band = (0, 0, 480, 32)
    below = (0, 40, 480, 270)   # clear of the band: chroma is smoothed across its edge
    assert imgs[0].crop(band).tobytes() != imgs[1].crop(band).tobytes()
    # only the band changes between frames one second apart (the vehicle moves every 2 s)
    assert imgs[0].crop(below).tobytes() == imgs[1].crop(below).tobytes()
