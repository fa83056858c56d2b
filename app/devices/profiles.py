"""Device profiles: data, not code (device-notes.md).

A profile is a JSON file in ``resources/profiles/`` (shipped) or in the office's own folder
(``user_profiles_dir()``, or any folder passed to :func:`load_profiles`), so an office adds a
camera model without a new release. A profile with the same ``name`` in the user folder
replaces the shipped one. Every file is checked before use (:mod:`profile_schema`: size,
types, ranges, unknown fields); a bad one is skipped, named in
:attr:`LoadedProfiles.problems`, and the others still load. Fields::

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
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from app.devices import profile_schema
from app.devices.profile_schema import ProfileError
from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
# An office folder holds a handful; a folder with thousands is not a profile folder.
MAX_FILES_PER_FOLDER = 200


def shipped_profiles_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "profiles"


def user_profiles_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("dalel", appauthor=False)) / "profiles"


class ProfileInvalid(InvalidInput):
    """A profile file that cannot be used: named, with the reason (exit 2)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("core", "The device profile {path} is not valid: "
                                                   "{reason}."), path=path, reason=reason)
        self.path = path
        self.reason = reason


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
    def from_dict(cls, d: Any, source: str = "") -> Profile:
        """A profile from its parsed JSON, every field checked (:mod:`profile_schema`);
        :class:`ProfileInvalid` says which field is wrong."""
        try:
            fields = profile_schema.checked_fields(d)
        except ProfileError as exc:
            raise ProfileInvalid(source or "-", str(exc)) from None
        return cls(**fields, source=source, raw=d)

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


def read_profile_file(path: Path) -> Profile:
    """One profile file, read as hostile input: a regular file (a pipe would hang the
    read), at most :data:`profile_schema.MAX_FILE_BYTES`, then checked field by field.
    Raises :class:`ProfileInvalid` naming the file, and nothing else."""
    try:
        # O_NONBLOCK: opening a pipe in the folder must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ProfileInvalid(str(path), f"cannot be read ({exc.strerror or exc})") from None
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        regular = False
    if not regular:   # a folder, a pipe, a device
        os.close(fd)
        raise ProfileInvalid(str(path), "not a regular file")
    try:
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(profile_schema.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ProfileInvalid(str(path), f"cannot be read ({exc.strerror or exc})") from None
    try:
        doc = profile_schema.parse_json(data)
    except ProfileError as exc:
        raise ProfileInvalid(str(path), str(exc)) from None
    return Profile.from_dict(doc, str(path))


@dataclass
class LoadedProfiles:
    """The profiles that loaded and the files that were skipped (each a
    :class:`ProfileInvalid` naming the file and why): ``dalel dock list`` prints them on
    stderr, and the window may show them, since a skipped profile leaves that camera model
    unrecognised."""

    profiles: list[Profile] = field(default_factory=list)
    problems: list[ProfileInvalid] = field(default_factory=list)


def _profile_files(folder: Path) -> tuple[list[Path], ProfileInvalid | None]:
    try:
        # Hidden files are skipped: "._name.json" is the resource fork macOS leaves
        # beside each file it copies to a stick.
        with os.scandir(folder) as it:
            names = sorted(e.name for e in it
                           if e.name.endswith(".json") and not e.name.startswith("."))
    except OSError as exc:
        return [], ProfileInvalid(str(folder), f"the folder cannot be read "
                                               f"({exc.strerror or exc})")
    if len(names) > MAX_FILES_PER_FOLDER:
        return ([folder / n for n in names[:MAX_FILES_PER_FOLDER]],
                ProfileInvalid(str(folder), f"more than {MAX_FILES_PER_FOLDER} files; "
                                            f"only the first {MAX_FILES_PER_FOLDER} were read"))
    return [folder / n for n in names], None


def load_profiles_report(*extra_dirs: Path, include_user: bool = True) -> LoadedProfiles:
    """Shipped profiles, then the user folder, then ``extra_dirs``; later names replace. A
    bad file is skipped (logged and listed in ``problems``); the rest still load."""
    dirs = [shipped_profiles_dir()]
    if include_user:
        dirs.append(user_profiles_dir())
    dirs += list(extra_dirs)
    found: dict[str, Profile] = {}
    out = LoadedProfiles()
    for d in dirs:
        if not os.path.isdir(d):   # never raises (Path.is_dir does, on EACCES)
            continue
        files, problem = _profile_files(d)
        if problem is not None:
            log.warning("device profile folder %s: %s", problem.path, problem.reason)
            out.problems.append(problem)
        for f in files:
            try:
                prof = read_profile_file(f)
            except ProfileInvalid as exc:
                log.warning("device profile %s skipped: %s", exc.path, exc.reason)
                out.problems.append(exc)
                continue
            found[prof.name] = prof
    out.profiles = sorted(found.values(), key=lambda p: -p.priority)
    return out


def load_profiles(*extra_dirs: Path, include_user: bool = True) -> list[Profile]:
    """The profiles of :func:`load_profiles_report`; bad files are skipped and logged."""
    return load_profiles_report(*extra_dirs, include_user=include_user).profiles


def load_profile_file(path: Path) -> Profile:
    """One profile file (kept for callers of the old name): :func:`read_profile_file`."""
    return read_profile_file(path)


def match_profile(profiles: list[Profile], mount: Path | None, label: str | None,
                  usb: tuple[int, int] | None) -> Profile | None:
    best: tuple[int, Profile] | None = None
    for prof in profiles:
        s = prof.score(mount, label, usb)
        if s is not None and (best is None or s > best[0]):
            best = (s, prof)
    return best[1] if best else None
