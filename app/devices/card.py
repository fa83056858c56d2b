"""Reading a camera's card as untrusted input (device-notes.md, last section).

:func:`scan_card` walks only the profile's footage folders, never follows a link, never
leaves the card (``..`` cannot be produced: names come from ``scandir``, never from text),
skips zero-length and special files with a reason, and groups FAT32 split parts
(``name_001.MP4``, ``name_002.MP4``) into one :class:`Recording` when every part before the
last is near the 4 GiB limit (the profile's ``min_part_size``).

Recording start time comes from the file name where the profile encodes it (camera wall
time in the office time zone), else from the file's modification time. Duration comes from
the MP4/MOV ``mvhd`` box when the container has one (cheap: a few seeks).
"""

from __future__ import annotations

import os
import stat
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

from app.devices.profiles import Profile, resolve_ci
from app.i18n import QT_TRANSLATE_NOOP

VIDEO = {".mp4", ".mov", ".avi", ".mkv", ".ts", ".m4v", ".3gp", ".mts", ".asf", ".h264"}
PHOTO = {".jpg", ".jpeg", ".png", ".bmp", ".heic"}
AUDIO = {".wav", ".mp3", ".aac", ".amr", ".m4a", ".ogg", ".opus"}
MAX_DEPTH = 12

SKIP_REASONS = {
    "symlink": QT_TRANSLATE_NOOP("core", "{name}: a link on the card; links are never "
                                 "followed. Left on the card."),
    "special": QT_TRANSLATE_NOOP("core", "{name}: not a regular file. Left on the card."),
    "empty": QT_TRANSLATE_NOOP("core", "{name}: the file is empty (0 bytes). Left on the "
                               "card."),
    "unreadable": QT_TRANSLATE_NOOP("core", "{name}: the folder cannot be read ({reason}). "
                                    "Left on the card."),
    "too_deep": QT_TRANSLATE_NOOP("core", "{name}: folders nested too deep. Left on the "
                                  "card."),
}


def display_name(name: str) -> str:
    """A card name made safe to store and show: undecodable bytes and control characters
    become escapes; very long names are kept whole (they are evidence)."""
    raw = os.fsencode(name)
    text = raw.decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def media_of(name: str) -> str:
    ext = os.path.splitext(name)[1].lower()
    if ext in VIDEO:
        return "video"
    if ext in PHOTO:
        return "photo"
    if ext in AUDIO:
        return "audio"
    return "other"


@dataclass(frozen=True)
class CardFile:
    rel: str            # display-safe path relative to the card root ("/" separators)
    path: Path          # real path (may hold undecodable bytes via surrogateescape)
    size: int
    mtime_ns: int
    dev: int
    ino: int


@dataclass
class Recording:
    key: str
    parts: list[CardFile]
    media: str
    started_at: datetime | None = None   # camera time, UTC
    time_source: str = "mtime"
    duration_s: float | None = None
    container_ok: bool | None = None

    @property
    def size(self) -> int:
        return sum(p.size for p in self.parts)

    @property
    def name(self) -> str:
        return self.parts[0].rel

    @property
    def last_mtime(self) -> datetime:
        return datetime.fromtimestamp(max(p.mtime_ns for p in self.parts) / 1e9, UTC)

    @property
    def ended_at(self) -> datetime | None:
        if self.started_at is not None and self.duration_s is not None:
            return self.started_at + timedelta(seconds=self.duration_s)
        if self.started_at is not None and self.media == "video":
            end = self.last_mtime
            return end if end >= self.started_at else None
        return None


@dataclass(frozen=True)
class Skipped:
    rel: str
    reason: str
    detail: str = ""

    def message(self) -> str:
        from app.i18n import translate

        return translate("core", SKIP_REASONS[self.reason]).format(name=self.rel,
                                                                  reason=self.detail)


@dataclass
class CardScan:
    root: Path
    recordings: list[Recording] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(r.size for r in self.recordings)

    def files(self) -> list[CardFile]:
        return [p for r in self.recordings for p in r.parts]


def _walk(root: Path, rel_dir: str, directory: Path, recursive: bool, depth: int,
          out: list[CardFile], skipped: list[Skipped], seen: set[tuple[int, int]]) -> None:
    if depth > MAX_DEPTH:
        skipped.append(Skipped(rel_dir, "too_deep"))
        return
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        skipped.append(Skipped(rel_dir, "unreadable", exc.strerror or str(exc)))
        return
    for e in entries:
        rel = f"{rel_dir}/{display_name(e.name)}" if rel_dir else display_name(e.name)
        try:
            st = e.stat(follow_symlinks=False)
        except OSError as exc:
            skipped.append(Skipped(rel, "unreadable", exc.strerror or str(exc)))
            continue
        if stat.S_ISLNK(st.st_mode):
            skipped.append(Skipped(rel, "symlink"))
        elif stat.S_ISDIR(st.st_mode):
            if recursive and (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                _walk(root, rel, Path(e.path), recursive, depth + 1, out, skipped, seen)
        elif not stat.S_ISREG(st.st_mode):
            skipped.append(Skipped(rel, "special"))
        elif st.st_size == 0:
            skipped.append(Skipped(rel, "empty"))
        elif (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            out.append(CardFile(rel, Path(e.path), st.st_size, st.st_mtime_ns, st.st_dev,
                                st.st_ino))


def name_time(profile: Profile, name: str, tz: ZoneInfo) -> datetime | None:
    if profile.name_time is None:
        return None
    m = profile.name_time.search(os.path.basename(name))
    if not m:
        return None
    g = m.groupdict()
    try:
        local = datetime(int(g["Y"]), int(g["m"]), int(g["d"]), int(g["H"]), int(g["M"]),
                         int(g["S"]), tzinfo=tz)
    except (KeyError, ValueError):
        return None
    return local.astimezone(UTC)


def _group(profile: Profile, files: list[CardFile]) -> list[list[CardFile]]:
    """Join split parts: base_001, base_002, ... of one extension, in one folder."""
    if profile.split_regex is None:
        return [[f] for f in files]
    groups: dict[tuple[str, str, str], list[tuple[int, CardFile]]] = {}
    singles: list[list[CardFile]] = []
    for f in files:
        folder, name = os.path.split(f.rel)
        stem, ext = os.path.splitext(name)
        m = profile.split_regex.match(stem)
        # isdecimal, not isdigit: "²" is a digit that int() refuses (an office regex such
        # as (?P<part>.+) may capture one from a card's file name).
        if m and m.group("part") and m.group("part").isdecimal():
            groups.setdefault((folder, m.group("base"), ext.lower()), []).append(
                (int(m.group("part")), f))
        else:
            singles.append([f])
    out = list(singles)
    for members in groups.values():
        members.sort(key=lambda t: t[0])
        current: list[CardFile] = []
        prev_no = None
        for no, f in members:
            joined = (current and prev_no is not None and no == prev_no + 1
                      and current[-1].size >= profile.split_min_part)
            if current and not joined:
                out.append(current)
                current = []
            current.append(f)
            prev_no = no
        if current:
            out.append(current)
    return out


def scan_card(root: Path, profile: Profile, tz: ZoneInfo | str = "Asia/Almaty") -> CardScan:
    tz = ZoneInfo(tz) if isinstance(tz, str) else tz
    scan = CardScan(root)
    files: list[CardFile] = []
    seen: set[tuple[int, int]] = set()
    for rel, recursive in profile.footage:
        d = resolve_ci(root, rel)
        if d is None or not d.is_dir():
            continue
        _walk(root, os.path.relpath(d, root).replace(os.sep, "/"), d, recursive, 0, files,
              scan.skipped, seen)
    if profile.time_file:
        tf = profile.time_file["name"].upper()
        files = [f for f in files if f.rel.upper() != tf]
    for parts in _group(profile, files):
        rec = Recording(parts[0].rel, parts, media_of(parts[0].rel))
        started = name_time(profile, parts[0].rel, tz)
        if started is not None:
            rec.started_at, rec.time_source = started, "name"
        else:
            rec.started_at = datetime.fromtimestamp(parts[0].mtime_ns / 1e9, UTC)
        if rec.media == "video":
            total = 0.0
            ok = True
            for p in parts:
                seconds, good = mp4_duration(p.path)
                ok = ok and good
                total += seconds or 0.0
            rec.duration_s = total if total > 0 else None
            rec.container_ok = ok
            if rec.time_source == "mtime" and rec.duration_s:
                rec.started_at = rec.last_mtime - timedelta(seconds=rec.duration_s)
        scan.recordings.append(rec)
    scan.recordings.sort(key=lambda r: (r.started_at or datetime.min.replace(tzinfo=UTC),
                                        r.key))
    return scan


_BOX = struct.Struct(">I4s")


def _boxes(fh: BinaryIO, start: int, end: int) -> list[tuple[bytes, int, int]]:
    out = []
    pos = start
    while pos + 8 <= end:
        fh.seek(pos)
        head = fh.read(16)
        if len(head) < 8:
            break
        size, kind = _BOX.unpack(head[:8])
        body = pos + 8
        if size == 1 and len(head) == 16:
            size = struct.unpack(">Q", head[8:16])[0]
            body = pos + 16
        elif size == 0:
            size = end - pos
        if size < 8 or pos + size > end:
            out.append((b"!bad", pos, end))
            break
        out.append((kind, body, pos + size))
        pos += size
    return out


def mp4_duration(path: Path) -> tuple[float | None, bool]:
    """(seconds or None, container looks whole). Reads a few box headers only."""
    try:
        with open(path, "rb") as fh:
            end = os.fstat(fh.fileno()).st_size
            first = fh.read(8)[4:8]
            if first not in (b"ftyp", b"moov", b"mdat", b"free", b"wide"):
                return None, True  # not an MP4/MOV container: nothing to judge
            top = _boxes(fh, 0, end)
            whole = all(k != b"!bad" for k, _, _ in top)
            for kind, body, stop in top:
                if kind != b"moov":
                    continue
                for k2, b2, _s2 in _boxes(fh, body, stop):
                    if k2 != b"mvhd":
                        continue
                    fh.seek(b2)
                    head = fh.read(32)
                    if head[:1] == b"\x01":
                        scale, dur = struct.unpack(">IQ", head[20:32])
                    else:
                        scale, dur = struct.unpack(">II", head[12:20])
                    return (dur / scale if scale else None), whole
            return None, False
    except (OSError, struct.error):
        return None, False


