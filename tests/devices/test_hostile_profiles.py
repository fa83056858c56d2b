"""Hostile device profile files (issue 13 item 2): each is skipped with a message naming the
file and the field, the other profiles still load, and nothing raises or hangs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.devices.profiles import (
    LoadedProfiles,
    ProfileInvalid,
    load_profiles_report,
    read_profile_file,
)
from app.devices.watcher import DockWatcher
from app.errors import ExitCode

GOOD = {"name": "office-cam", "driver": "mass_storage", "priority": 50,
        "match": {"labels": ["BODY*"], "layout_all": ["VID"]}, "footage": [{"dir": "VID"}]}


def _with(**changes: object) -> str:
    return json.dumps({**GOOD, **changes})


# (file text, the words the reason must hold); the examiners' four first.
HOSTILE = [
    ("[]", "the profile must be an object"),
    ('{"name": "x", "driver": "mass_storage", "priority": 1e999}', "1e999 is out of range"),
    (_with(footage=[{"dir": 5}]), "footage dir must be a non-empty text"),
    ("[" * 100_000 + "]" * 100_000, "larger than 64 KiB"),
    ("[" * 20_000 + "]" * 20_000, "nested too deeply"),
    (_with(priority=0).replace('"priority": 0', '"priority": -1e999'), "out of range"),
    (_with(priority="5"), "priority must be"),
    (_with(priority=True), "priority must be"),
    (_with(priority=10**30), "priority must be"),
    ('{"name": "x", "driver": "mass_storage", "priority": NaN}', "NaN is not a number"),
    (_with(match=[]), "match must be an object"),
    (_with(match={"usb": [[1e300, 1]]}), "USB vendor id"),
    (_with(match={"usb": [["0x10000", 1]]}), "USB vendor id"),
    (_with(match={"usb": [[1]]}), "[vendor id, product id]"),
    (_with(match={"labels": [None]}), "match label"),
    (_with(match={"layout_all": ["../../etc"]}), "unsafe path"),
    (_with(match={"files_any": ["/etc/passwd"]}), "unsafe path"),
    (_with(match={"colour": "red"}), "unknown field 'colour'"),
    (_with(footage=[]), "footage must be a list of 1"),
    (_with(footage={"dir": "DCIM"}), "footage must be a list"),
    (_with(footage=[{"dir": "DCIM", "recursive": "yes"}]), "recursive must be true or false"),
    (_with(footage=[{"dir": "A\x00B"}]), "control or invisible"),
    (_with(footage=[{"dir": "x" * 5000}]), "longer than 200"),
    (_with(name=""), "name must be a non-empty text"),
    (_with(name=["x"]), "name must be"),
    (_with(name="cam\u202egnp.exe"), "control or invisible"),
    (_with(title="line\nbreak"), "control or invisible"),
    (_with(driver="evil"), "unknown driver 'evil'"),
    (_with(driver=None), "unknown driver missing"),
    (_with(name_time="(?P<Y>\\d{4}"), "not a valid regular expression"),
    (_with(name_time="(?P<Y>\\d{4})"), "needs the groups"),
    (_with(name_time="a{99999999999}"), "not a valid regular expression"),
    (_with(name_time=5), "name_time must be"),
    (_with(split={"regex": "^(?P<name>.+)_(\\d+)$"}), "needs the groups"),
    (_with(split={"regex": "^(?P<base>.+)_(?P<part>\\d+)$", "min_part_size": -1}),
     "min_part_size"),
    (_with(split={"regex": "^(?P<base>.+)_(?P<part>\\d+)$", "min_part_size": 2**70}),
     "min_part_size"),
    (_with(split=True), "split must be an object"),
    (_with(time_file={"name": 5}), "time_file name"),
    (_with(time_file={"name": "T.TXT", "format": "%Y\u0411"}), "must be ASCII"),
    (_with(time_file={"name": "../T.TXT"}), "unsafe path"),
    (_with(default_passwords=[0]), "a default password"),
    (_with(default_passwords=["x"] * 1000), "default_passwords must be a list"),
    (_with(usb_command={"out": 256}), "usb_command out"),
    (_with(usb_command={"in": "0x"}), "usb_command in"),
    (_with(extra=1), "unknown field 'extra'"),
    ("{not json", "not JSON"),
    ("", "not JSON"),
    ("1" * 5000, "not JSON"),
]


def _write(folder: Path, text: str | bytes, name: str = "bad.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8",
                                                                       "surrogatepass"))
    return path


@pytest.mark.parametrize(("text", "reason"), HOSTILE)
def test_a_hostile_profile_is_refused_naming_file_and_field(tmp_path: Path, text, reason):
    path = _write(tmp_path, text)
    with pytest.raises(ProfileInvalid) as caught:
        read_profile_file(path)
    err = caught.value
    assert err.exit_code == ExitCode.BAD_INPUT and err.path == str(path)
    assert reason in err.reason
    assert str(err) == f"The device profile {path} is not valid: {err.reason}."


def test_bad_files_are_skipped_and_listed_the_rest_still_load(tmp_path: Path):
    folder = tmp_path / "profiles"
    for n, (text, _reason) in enumerate(HOSTILE):
        _write(folder, text, f"bad{n:02}.json")
    _write(folder, json.dumps(GOOD), "good.json")
    _write(folder, "{not json", "._good.json")       # macOS litter: hidden, not read
    os.mkfifo(folder / "pipe.json")                  # would hang a plain read
    (folder / "dir.json").mkdir()
    loaded = load_profiles_report(folder, include_user=False)
    assert isinstance(loaded, LoadedProfiles)
    names = {p.name for p in loaded.profiles}
    assert {"office-cam", "tecsar", "simulated"} <= names
    skipped = sorted(Path(p.path).name for p in loaded.problems)
    assert skipped == sorted([f"bad{n:02}.json" for n in range(len(HOSTILE))]
                             + ["dir.json", "pipe.json"])
    reasons = {Path(p.path).name: p.reason for p in loaded.problems}
    assert reasons["pipe.json"] == reasons["dir.json"] == "not a regular file"


def test_a_folder_of_thousands_reads_the_first_two_hundred_and_says_so(tmp_path: Path):
    folder = tmp_path / "profiles"
    folder.mkdir()
    for n in range(250):
        (folder / f"p{n:03}.json").write_text(json.dumps({**GOOD, "name": f"cam-{n:03}"}))
    loaded = load_profiles_report(folder, include_user=False)
    assert sum(p.name.startswith("cam-") for p in loaded.profiles) == 200
    assert [p.reason for p in loaded.problems] == \
        ["more than 200 files; only the first 200 were read"]


def test_the_watcher_keeps_the_office_folders_problems_for_the_window(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    bad = _write(tmp_path / "config" / "dalel" / "profiles", "[]")
    watcher = DockWatcher([tmp_path / "mounts"], backend=None)
    assert [p.path for p in watcher.profile_problems] == [str(bad)]
    assert "tecsar" in {p.name for p in watcher.profiles}
    assert watcher.rescan() == []


def test_shipped_profiles_all_pass_the_checks():
    loaded = load_profiles_report(include_user=False)
    assert loaded.problems == []
    assert len(loaded.profiles) == 6
