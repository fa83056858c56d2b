"""Playable stand-in footage for the demo, the simulated dock and the bench.

A real MP4 (ISO-BMFF) holding one Motion-JPEG video track, written here without any
external tool: FFmpeg's mov demuxer (Qt's multimedia back end) maps the ``jpeg`` sample
entry to its MJPEG decoder, so the program's own player shows it. Each frame looks like a
body camera's: a simple coloured scene (chosen by the seed), a small vehicle crossing it,
and a burned-in overlay with the camera's label and the running local date-time of that
frame (start + offset), so a reviewer sees the recorded time advance.

Layout: ``ftyp``, ``moov`` (mvhd, one ``trak`` with tkhd/mdia/mdhd/hdlr/minf/stbl), ``mdat``
(the frames, one chunk), then a ``free`` box of seed-derived bytes. The ``free`` box is
always there (a short tag at least) so two recordings never share a SHA-256 (the vault
de-duplicates by content); when ``size`` asks for more than the clip needs, it grows to
make the file exactly ``size`` bytes (a realistic size for the copy speed). When ``size``
is smaller than the clip itself the file keeps its natural size, unless ``fit=True`` lowers
the frame rate (down to one frame for the whole clip) until it fits.

Speed: one JPEG per frame would cost about 3 ms (mostly drawing the stroked text). Instead
each background is encoded once with a restart marker after every row of 16x16 blocks
(MCU row), which makes every row's coded bytes independent of the others; the date-time
band (two MCU rows, built from cached glyph tiles) is encoded 64 frames at a time and its
rows spliced into the background's. A 15-minute clip at 1 frame/s takes ~0.15-0.3 s.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import math
import random
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 480, 270
QUALITY = 50                # body cameras compress hard too; 15 min fit in 6 MiB
MCU = 16                  # 4:2:0 subsampling: blocks of 16x16 pixels
BAND_ROWS = 2             # MCU rows holding the date-time (32 px at the top)
VARIANTS = 16             # positions of the moving vehicle, each encoded once
SCENES = 8
BATCH = 64                # date-time bands encoded per Pillow call
TIMESCALE = 1000          # media and movie time in milliseconds
TAG_LEN = 32              # the seed-derived tag when no padding is asked for
_RST = re.compile(rb"\xff[\xd0-\xd7]")
_EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


# --- the picture -------------------------------------------------------------------------

@dataclass(frozen=True)
class _Jpeg:
    header: bytes         # SOI .. end of SOS (tables, frame size, restart interval)
    rows: list[bytes]     # entropy-coded data of each MCU row, restart markers removed


def _encode(img: Image.Image) -> bytes:
    out = io.BytesIO()
    # Standard Huffman tables (no optimize) and a fixed quality: every encode shares the
    # same tables, so rows from two encodes can be mixed in one frame.
    img.save(out, "JPEG", quality=QUALITY, subsampling=2, optimize=False,
             restart_marker_rows=1)
    return out.getvalue()


def _split(data: bytes) -> _Jpeg:
    sos = data.index(b"\xff\xda")
    start = sos + 2 + struct.unpack(">H", data[sos + 2:sos + 4])[0]
    if not data.endswith(b"\xff\xd9"):
        raise ValueError("JPEG without its end marker")
    # Inside entropy-coded data a 0xFF byte is always stuffed (FF 00) or a marker, so a
    # regex split on FF D0..D7 finds exactly the restart markers.
    return _Jpeg(data[:start], _RST.split(data[start:-2]))


def _join(header: bytes, rows: list[bytes]) -> bytes:
    parts = [header]
    for i, row in enumerate(rows):
        parts.append(row)
        if i < len(rows) - 1:
            parts.append(bytes((0xFF, 0xD0 + i % 8)))
    parts.append(b"\xff\xd9")
    return b"".join(parts)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)   # Pillow's bundled sans (needs FreeType)
    except (OSError, ValueError, TypeError):
        return ImageFont.load_default()


def _lerp(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, ...]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


SKIES = (((70, 120, 190), (170, 200, 230)), ((40, 60, 110), (200, 150, 110)),
         ((120, 140, 160), (200, 205, 210)), ((90, 150, 210), (225, 235, 240)))
GROUNDS = ((85, 110, 60), (120, 105, 80), (95, 95, 90), (150, 140, 110))
WALLS = ((170, 150, 120), (140, 60, 50), (200, 200, 190), (90, 100, 120), (180, 170, 90))
VEHICLES = ((200, 30, 30), (240, 240, 235), (30, 70, 160), (40, 40, 40))


def _scene(scene: int, w: int, h: int, label: str) -> Image.Image:
    """The still part of a frame: sky, ground, road, buildings, the label bar."""
    rnd = random.Random(scene)
    top, bottom = SKIES[scene % len(SKIES)]
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)

    def snap(v: float) -> int:
        return int(v) // 8 * 8

    # Edges on the 8x8 JPEG blocks: a flat block costs a few bits, an edge through one
    # several bytes; a 15-minute clip then fits the ~6 MiB a simulated recording gets.
    horizon = snap(h * rnd.uniform(0.52, 0.62))
    for y in range(0, horizon, 8):
        d.rectangle((0, y, w, y + 7), fill=_lerp(top, bottom, y / max(1, horizon - 8)))
    d.rectangle((0, horizon, w, h), fill=GROUNDS[scene // 2 % len(GROUNDS)])
    mid = w * rnd.uniform(0.35, 0.65)
    d.polygon([(mid - w * 0.04, horizon), (mid + w * 0.04, horizon), (w * 0.95, h),
               (w * 0.05, h)], fill=(70, 70, 72))
    x = snap(rnd.randint(0, w // 10))
    while x < w:
        bw, bh = snap(rnd.randint(w // 10, w // 5)), snap(rnd.randint(h // 8, h // 3))
        wall = rnd.choice(WALLS)
        d.rectangle((x, horizon - bh, x + bw - 1, horizon - 1), fill=wall)
        for wy in range(horizon - bh + 8, horizon - 15, 16):
            for wx in range(x + 8, x + bw - 15, 16):
                d.rectangle((wx, wy, wx + 7, wy + 7), fill=_lerp(wall, (30, 40, 60), 0.7))
        x += bw + snap(rnd.randint(8, w // 8))
    band = BAND_ROWS * MCU
    # The dark bars body cameras put behind their text, for any scene colour.
    d.rectangle((0, 0, w, band - 1), fill=(16, 16, 16))
    small = _font(max(10, h // 18))
    d.rectangle((0, h - MCU - 6, w, h), fill=(16, 16, 16))
    d.text((8, h - MCU - 4), label, font=small, fill=(235, 235, 235))
    d.text((w - 8, h - MCU - 4), "REC", font=small, fill=(230, 40, 40), anchor="ra")
    return img


def _with_vehicle(base: Image.Image, scene: int, step: int) -> Image.Image:
    img = base.copy()
    w, h = img.size
    d = ImageDraw.Draw(img)
    vw, vh = w // 6, h // 10
    x = int(-vw + (w + vw) * step / VARIANTS) // 8 * 8
    y = int(h * 0.8) // 8 * 8
    body = VEHICLES[scene % len(VEHICLES)]
    d.rectangle((x, y - vh, x + vw, y), fill=body)
    d.rectangle((x + vw // 5, y - vh - vh // 2, x + vw * 4 // 5, y - vh), fill=body)
    d.rectangle((x + vw // 4, y - vh - vh // 3, x + vw * 3 // 4, y - vh - 2),
                fill=(150, 190, 210))
    for wx in (x + vw // 5, x + vw * 4 // 5):
        d.ellipse((wx - vh // 3, y - vh // 3, wx + vh // 3, y + vh // 3), fill=(20, 20, 20))
    return img


class _Painter:
    """Encoded backgrounds and glyph tiles of one (scene, size, label), reused by frames."""

    def __init__(self, scene: int, w: int, h: int, label: str) -> None:
        if w % MCU or h < (BAND_ROWS + 2) * MCU:
            raise ValueError(f"frame size {w}x{h}: width must be a multiple of {MCU}")
        base = _scene(scene, w, h, label)
        self.backgrounds = [_split(_encode(_with_vehicle(base, scene, i)))
                            for i in range(VARIANTS)]
        self.band = base.crop((0, 0, w, BAND_ROWS * MCU))
        self.font = _font(BAND_ROWS * MCU * 9 // 16)
        # Every glyph of "YYYY-MM-DD HH:MM:SS" in its own tile, drawn once with its dark
        # outline: drawing stroked text costs ~3 ms a frame, pasting tiles ~0.1 ms.
        self.digit_w = math.ceil(max(self.font.getlength(c) for c in "0123456789"))
        self.tiles: dict[str, Image.Image] = {}
        for c in "0123456789-: ":
            tile = Image.new("RGBA", (self.digit_w + 4, BAND_ROWS * MCU), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((2, BAND_ROWS * MCU // 2), c, font=self.font,
                                      fill=(255, 255, 255, 255), anchor="lm",
                                      stroke_width=1, stroke_fill=(0, 0, 0, 255))
            self.tiles[c] = tile
        # Where each character of the fixed format starts (digits are all one width).
        sample = datetime(2000, 1, 1).strftime(_TIME_FORMAT)
        self.xs = [8]
        for c in sample[:-1]:
            step = self.digit_w if c.isdigit() else math.ceil(self.font.getlength(c))
            self.xs.append(self.xs[-1] + step)

    def _paste(self, band: Image.Image, text: str, first: int, y: int = 0) -> None:
        for i in range(first, len(text)):
            tile = self.tiles[text[i]]
            band.paste(tile, (self.xs[i] - 2, y), tile)

    def bands(self, texts: list[str]) -> dict[str, list[bytes]]:
        """The coded MCU rows of the date-time band for each text.

        Bands are stacked into one tall picture per batch and encoded in one call: with a
        restart marker after every MCU row, band k is simply rows 2k and 2k+1 of it, and a
        Pillow save costs ~0.25 ms however small the picture."""
        out: dict[str, list[bytes]] = {}
        band_h = BAND_ROWS * MCU
        # Local, not on self: a cached painter may serve two docks' threads at once.
        head_text, head_img = "", self.band
        for first in range(0, len(texts), BATCH):
            batch = texts[first:first + BATCH]
            tall = Image.new("RGB", (self.band.width, band_h * len(batch)))
            for k, text in enumerate(batch):
                # The band up to the seconds changes once a minute: keep it, paste two
                # glyphs on a copy.
                head = text[:-2]
                if head_text != head:
                    head_img = self.band.copy()
                    self._paste(head_img, head, 0)
                    head_text = head
                tall.paste(head_img, (0, band_h * k))
                self._paste(tall, text, len(head), band_h * k)
            rows = _split(_encode(tall)).rows
            for k, text in enumerate(batch):
                out[text] = rows[BAND_ROWS * k:BAND_ROWS * (k + 1)]
        return out

    def frame(self, band: list[bytes], variant: int) -> bytes:
        bg = self.backgrounds[variant % VARIANTS]
        return _join(bg.header, band + bg.rows[BAND_ROWS:])


@lru_cache(maxsize=32)
def _painter(scene: int, w: int, h: int, label: str) -> _Painter:
    return _Painter(scene, w, h, label)


# --- the container -----------------------------------------------------------------------

def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I4s", 8 + len(body), kind) + body


def _full(kind: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", version << 24 | flags), *parts)


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _moov(deltas: list[int], sizes: list[int], mdat_at: int, w: int, h: int,
          created: int, duration_ms: int) -> bytes:
    stts_runs: list[list[int]] = []
    for dt in deltas:
        if stts_runs and stts_runs[-1][1] == dt:
            stts_runs[-1][0] += 1
        else:
            stts_runs.append([1, dt])
    entry = (bytes(6) + struct.pack(">H", 1)                 # data reference index
             + bytes(16)                                     # pre-defined, reserved
             + struct.pack(">HHIIIH", w, h, 0x480000, 0x480000, 0, 1)
             + bytes([10]) + b"Photo JPEG".ljust(31, b"\0")  # compressor name (pascal)
             + struct.pack(">hh", 24, -1))
    stsd = _full(b"stsd", 0, 0, struct.pack(">I", 1), _box(b"jpeg", entry))
    stts = _full(b"stts", 0, 0, struct.pack(">I", len(stts_runs)),
                 b"".join(struct.pack(">II", n, dt) for n, dt in stts_runs))
    stsc = _full(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, len(sizes), 1))  # one chunk
    stsz = _full(b"stsz", 0, 0, struct.pack(">II", 0, len(sizes)),
                 struct.pack(f">{len(sizes)}I", *sizes))
    stco = (_full(b"stco", 0, 0, struct.pack(">II", 1, mdat_at)) if mdat_at < 1 << 32
            else _full(b"co64", 0, 0, struct.pack(">IQ", 1, mdat_at)))
    stbl = _box(b"stbl", stsd, stts, stsc, stsz, stco)
    minf = _box(b"minf", _full(b"vmhd", 0, 1, bytes(8)),
                _box(b"dinf", _full(b"dref", 0, 0, struct.pack(">I", 1),
                                    _full(b"url ", 0, 1))), stbl)
    mdhd = _full(b"mdhd", 0, 0, struct.pack(">IIIIHH", created, created, TIMESCALE,
                                            duration_ms, 0x55C4, 0))   # language "und"
    hdlr = _full(b"hdlr", 0, 0, bytes(4), b"vide", bytes(12), b"VideoHandler\0")
    tkhd = _full(b"tkhd", 0, 3, struct.pack(">IIII", created, created, 1, 0),
                 struct.pack(">I", duration_ms), bytes(8), struct.pack(">hhhH", 0, 0, 0, 0),
                 _MATRIX, struct.pack(">II", w << 16, h << 16))
    mvhd = _full(b"mvhd", 0, 0, struct.pack(">IIII", created, created, TIMESCALE,
                                            duration_ms),
                 struct.pack(">IH", 0x10000, 0x100), bytes(10), _MATRIX, bytes(24),
                 struct.pack(">I", 2))
    return _box(b"moov", mvhd, _box(b"trak", tkhd, _box(b"mdia", mdhd, hdlr, minf)))


FTYP = _box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isom", b"iso2", b"mp41")


@dataclass(frozen=True)
class _Clip:
    head: bytes           # ftyp + moov + mdat (all frames) + the free box's header
    pad: int              # bytes of the free box's payload after it


def _frames(painter: _Painter, start: datetime, n: int, total_ms: int, fps: float
            ) -> tuple[list[int], list[bytes]]:
    # Frames on the second (at 1 frame/s) and the last one shorter, like a camera stopping
    # mid-second; spread evenly when ``fit`` left fewer frames than the rate asks for.
    step = max(TIMESCALE / fps, total_ms / n)
    times = [round(i * step) for i in range(n)] + [total_ms]
    deltas = [b - a for a, b in itertools.pairwise(times)]
    texts = [(start + timedelta(seconds=t // 1000)).strftime(_TIME_FORMAT) for t in times[:-1]]
    bands = painter.bands(list(dict.fromkeys(texts)))
    cache: dict[tuple[str, int], bytes] = {}
    frames = []
    for t, text in zip(times, texts, strict=False):
        key = (text, t // 1000 // 2 % VARIANTS)       # the vehicle moves every two seconds
        if key not in cache:
            cache[key] = painter.frame(bands[text], key[1])
        frames.append(cache[key])
    return deltas, frames


def _build(duration_s: float, start: datetime | None, label: str, seed: bytes,
           size: int | None, fps: float, fit: bool, width: int, height: int) -> _Clip:
    if not 0 < fps <= 60:   # past 1000 frames/s the 1 ms time scale could not tell them
        raise ValueError(f"fps {fps}: between 0 and 60")
    start = start if start is not None else datetime.now()
    total_ms = max(1, round(duration_s * TIMESCALE))
    # Eight scenes: enough variety between recordings, and cached painters get reused.
    scene = hashlib.sha256(b"scene/" + seed).digest()[0] % SCENES
    painter = _painter(scene, width, height, label)
    created = min(max(0, int((start.astimezone(UTC) - _EPOCH_1904).total_seconds())),
                  (1 << 32) - 1)
    n = max(1, math.ceil(total_ms * fps / TIMESCALE))
    if fit and size is not None:
        # Frames differ by a few per cent (the vehicle, the digits): guess from the first
        # one, then step down until the clip fits.
        text = start.strftime(_TIME_FORMAT)
        per_frame = len(painter.frame(painter.bands([text])[text], 0)) * 1.03 + 4
        n = max(1, min(n, int((size - len(FTYP) - 800 - 16 - TAG_LEN) / per_frame)))
    while True:
        deltas, frames = _frames(painter, start, n, total_ms, fps)
        sizes = [len(f) for f in frames]
        probe = _moov(deltas, sizes, 0, width, height, created, total_ms)
        mdat_at = len(FTYP) + len(probe) + 8
        moov = _moov(deltas, sizes, mdat_at, width, height, created, total_ms)
        natural = mdat_at + sum(sizes) + 8 + TAG_LEN
        if not fit or size is None or natural <= size or n == 1:
            break
        n = max(1, min(n - 1, int(n * size / natural)))
    mdat = struct.pack(">I4s", 8 + sum(sizes), b"mdat")
    head = b"".join([FTYP, moov, mdat, *frames])
    box = max(8 + TAG_LEN, (size or 0) - len(head))
    # A free box of 4 GiB or more (a bench file) needs the 64-bit "largesize" header.
    free = (struct.pack(">I4s", box, b"free") if box < 1 << 32
            else struct.pack(">I4sQ", 1, b"free", box))
    return _Clip(head + free, box - len(free))


def _padding(seed: bytes, n: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """``n`` bytes that look like coded video (incompressible), derived from the seed:
    an AES-CTR key stream, ~2 GB/s."""
    key = hashlib.sha256(b"pad/" + seed).digest()
    enc = Cipher(algorithms.AES(key), modes.CTR(bytes(16))).encryptor()
    zeros = bytes(min(chunk, n))
    while n > 0:
        take = min(chunk, n)
        yield enc.update(zeros[:take])
        n -= take


def clip_bytes(duration_s: float, start: datetime | None, label: str, seed: bytes,
               size: int | None = None, fps: float = 1.0, *, fit: bool = False,
               width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """A playable MP4 of ``duration_s`` seconds (see the module notes for ``size``/``fit``).

    ``start`` is the camera's local wall time of the first frame (shown as is, in its own
    zone if aware); ``label`` is burned in at the bottom (camera id, serial)."""
    clip = _build(duration_s, start, label, seed, size, fps, fit, width, height)
    return b"".join([clip.head, *_padding(seed, clip.pad)])


def write_clip(path: Path, duration_s: float, start: datetime | None, label: str,
               seed: bytes, size: int | None = None, fps: float = 1.0, *, fit: bool = False,
               width: int = WIDTH, height: int = HEIGHT) -> int:
    """:func:`clip_bytes` streamed to ``path`` (padding of hundreds of MiB never sits in
    memory). Returns the file's size."""
    clip = _build(duration_s, start, label, seed, size, fps, fit, width, height)
    with open(path, "wb") as fh:
        fh.write(clip.head)
        for block in _padding(seed, clip.pad):
            fh.write(block)
    return len(clip.head) + clip.pad
