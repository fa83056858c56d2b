"""Device profiles: data, not code (device-notes.md).

A profile is a JSON file in ``resources/profiles/`` (shipped) or in the office's own folder
(``user_profiles_dir()``, or any folder passed to :func:`load_profiles`), so an office adds a
camera model without a new release. A profile with the same ``name`` in the user folder
replaces the shipped one. Fields::

    name, title, driver ("mass_storage" | "ambarella" | "simulated"), priority (higher wins)
    match:  usb [[vid, pid], ...], labels [glob, ...] (volume label = mount folder name),
            layout_all [dir, ...], layout_any [dir, ...], files_any [file, ...]
    footage: [{"dir": "DCIM", "recursive": true}, ...]     where recordings live
    name_time: regex with groups Y m d H M S                 start time encoded in file names
    split: {"regex": "^(?P<base>.+)_(?P<part>\\d{3})$", "min_part_size": bytes}
           how the camera names the parts of a recording it splits at the FAT32 limit: the
           regex sees the file name without its extension and must have the groups
           ``base`` and ``part`` (a number); consecutive parts of one base, extension and
           folder are joined when every part before the last is >= ``min_part_size``
           (default 4227858432, just under 4 GiB). ``"split": null`` (or false) declares
           a camera that never splits: nothing is joined, whatever the names.
    time_file: {"name": "TIMESET.TXT", "format": "%Y-%m-%d %H:%M:%S"} or null
    default_passwords: ["000000"]                           factory defaults (a finding)
    usb_command: {"out": "0x01", "in": "0x81"}              command-channel endpoints
"""

from __future__ import annotations

import fnmatch
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
DRIVERS = ("mass_storage", "ambarella", "simulated")


def shipped_profiles_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "profiles"


def user_profiles_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("dalel", appauthor=False)) / "profiles"


def _int(v: Any) -> int:
    return int(v, 0) if isinstance(v, str) else int(v)


def _safe_rel(text: str) -> str:
    p = PurePosixPath(text.replace("\\", "/"))
    if p.is_absolute() or ".." in p.parts:
        raise ValueError(f"unsafe path in profile: {text!r}")
    return str(p)


@dataclass(frozen=True)
class Profile:
    name: str
    title: str
    driver: str
    priority: int = 0
    usb_ids: tuple[tuple[int, int], ...] = ()
    labels: tuple[str, ...] = ()
    layout_all: tuple[str, ...] = ()
    layout_any: tuple[str, ...] = ()
    files_any: tuple[str, ...] = ()
    footage: tuple[tuple[str, bool], ...] = (("DCIM", True),)
    name_time: re.Pattern[str] | None = None
    split_regex: re.Pattern[str] | None = None
    split_min_part: int = 4227858432
    time_file: dict[str, str] | None = None
    default_passwords: tuple[str, ...] = ()
    ep_out: int = 0x01
    ep_in: int = 0x81
    source: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any], source: str = "") -> Profile:
        m = d.get("match") or {}
        split = d.get("split") or {}
        if not isinstance(split, dict):
            raise ValueError("split must be an object or null")
        split_re = re.compile(split["regex"]) if split.get("regex") else None
        if split_re is not None and not {"base", "part"} <= set(split_re.groupindex):
            raise ValueError("split regex needs the groups (?P<base>...) and (?P<part>...)")
        cmd = d.get("usb_command") or {}
        if d.get("driver") not in DRIVERS:
            raise ValueError(f"unknown driver {d.get('driver')!r}")
        if not d.get("name"):
            raise ValueError("profile has no name")
        tf = d.get("time_file")
        if tf:
            tf = {"name": _safe_rel(tf["name"]), "format": tf.get("format",
                                                                 "%Y-%m-%d %H:%M:%S")}
        return cls(
            name=str(d["name"]), title=str(d.get("title", d["name"])), driver=d["driver"],
            priority=int(d.get("priority", 0)),
            usb_ids=tuple((_int(v), _int(p)) for v, p in m.get("usb", [])),
            labels=tuple(m.get("labels", [])),
            layout_all=tuple(_safe_rel(x) for x in m.get("layout_all", [])),
            layout_any=tuple(_safe_rel(x) for x in m.get("layout_any", [])),
            files_any=tuple(_safe_rel(x) for x in m.get("files_any", [])),
            footage=tuple((_safe_rel(f["dir"]), bool(f.get("recursive", True)))
                          for f in d.get("footage", [{"dir": "DCIM"}])),
            name_time=re.compile(d["name_time"]) if d.get("name_time") else None,
            split_regex=split_re,
            split_min_part=int(split.get("min_part_size", 4227858432)),
            time_file=tf or None,
            default_passwords=tuple(str(p) for p in d.get("default_passwords", [])),
            ep_out=_int(cmd.get("out", 0x01)), ep_in=_int(cmd.get("in", 0x81)),
            source=source, raw=d)

    # -- matching --------------------------------------------------------------------------
    def score(self, mount: Path | None, label: str | None,
              usb: tuple[int, int] | None) -> int | None:
        """None if the profile does not fit; otherwise how specifically it fits."""
        points = 0
        if self.usb_ids:
            if usb is not None and usb in self.usb_ids:
                points += 100
            elif not (self.layout_all or self.layout_any or self.labels):
                return None
        if self.labels:
            if label is None or not any(fnmatch.fnmatch(label.upper(), g.upper())
                                        for g in self.labels):
                return None
            points += 10
        if mount is not None:
            if self.layout_all:
                if not all(_exists_ci(mount, p) for p in self.layout_all):
                    if not (self.usb_ids and usb in self.usb_ids):
                        return None
                else:
                    points += 5 * len(self.layout_all)
            if self.layout_any:
                if not any(_exists_ci(mount, p) for p in self.layout_any):
                    return None
                points += 1
            if self.files_any:
                if not any(_exists_ci(mount, p) for p in self.files_any):
                    return None
                points += 3
        elif self.layout_all or self.layout_any:
            return None if not (usb and usb in self.usb_ids) else points
        return points + self.priority


def _exists_ci(root: Path, rel: str) -> bool:
    return resolve_ci(root, rel) is not None


def resolve_ci(root: Path, rel: str) -> Path | None:
    """Find ``rel`` under ``root`` ignoring case (FAT cards), never following links."""
    cur = root
    for part in PurePosixPath(rel).parts:
        try:
            names = {e.name.upper(): e for e in _scandir(cur)}
        except OSError:
            return None
        entry = names.get(part.upper())
        if entry is None or entry.is_symlink():
            return None
        cur = Path(entry.path)
    return cur


def _scandir(path: Path) -> list[Any]:
    import os

    with os.scandir(path) as it:
        return list(it)


def load_profiles(*extra_dirs: Path, include_user: bool = True) -> list[Profile]:
    """Shipped profiles, then the user folder, then ``extra_dirs``; later names replace."""
    dirs = [shipped_profiles_dir()]
    if include_user:
        dirs.append(user_profiles_dir())
    dirs += list(extra_dirs)
    found: dict[str, Profile] = {}
    for d in dirs:
        if not d.is_dir():
            continue
        for f in sorted(d.glob("*.json")):
            try:
                prof = Profile.from_dict(json.loads(f.read_text(encoding="utf-8")), str(f))
            except (OSError, ValueError, KeyError, TypeError, re.error) as exc:
                log.warning("device profile %s ignored: %s", f, exc)
                continue
            found[prof.name] = prof
    return sorted(found.values(), key=lambda p: -p.priority)


def load_profile_file(path: Path) -> Profile:
    try:
        return Profile.from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))
    except (OSError, ValueError, KeyError, TypeError, re.error) as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "The device profile {path} is not valid: "
                                             "{reason}."), path=str(path), reason=str(exc)
                           ) from exc


def match_profile(profiles: list[Profile], mount: Path | None, label: str | None,
                  usb: tuple[int, int] | None) -> Profile | None:
    best: tuple[int, Profile] | None = None
    for prof in profiles:
        s = prof.score(mount, label, usb)
        if s is not None and (best is None or s > best[0]):
            best = (s, prof)
    return best[1] if best else None
