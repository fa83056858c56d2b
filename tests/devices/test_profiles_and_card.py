"""Profiles in data (shipped + user folder) and the card as untrusted input."""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest

from app.devices.card import mp4_duration, scan_card
from app.devices.profiles import Profile, load_profiles, match_profile
from app.devices.simulated import mp4_bytes


def test_user_profile_extends_and_overrides(tmp_path: Path):
    (tmp_path / "mine.json").write_text(json.dumps({
        "name": "office-cam", "driver": "mass_storage", "priority": 50,
        "match": {"labels": ["BODY*"], "layout_all": ["VID"]},
        "footage": [{"dir": "VID"}]}))
    (tmp_path / "broken.json").write_text("{not json")
    (tmp_path / "evil.json").write_text(json.dumps({
        "name": "evil", "driver": "mass_storage", "footage": [{"dir": "../../etc"}]}))
    profs = load_profiles(tmp_path, include_user=False)
    names = {p.name for p in profs}
    assert "office-cam" in names and "evil" not in names and "tecsar" in names
    mount = tmp_path / "BODY7"
    (mount / "VID").mkdir(parents=True)
    assert match_profile(profs, mount, "BODY7", None).name == "office-cam"


def test_matching_by_usb_label_and_layout(tmp_path: Path):
    profs = load_profiles(include_user=False)
    tecsar = tmp_path / "CAM01"
    (tecsar / "files" / "data").mkdir(parents=True)
    assert match_profile(profs, tecsar, "CAM01", None).name == "tecsar"
    rec = tmp_path / "NONAME"
    (rec / "RECORD").mkdir(parents=True)
    assert match_profile(profs, rec, "NONAME", None).name == "generic-record"
    assert match_profile(profs, None, None, (0x4255, 0x0001)).name == "ambarella"
    stick = tmp_path / "USBSTICK"
    (stick / "docs").mkdir(parents=True)
    assert match_profile(profs, stick, "USBSTICK", None) is None


def _prof() -> Profile:
    return {p.name: p for p in load_profiles(include_user=False)}["simulated"]


def test_split_parts_names_times_and_duration(tmp_path: Path):
    d = tmp_path / "DCIM" / "DALEL"
    d.mkdir(parents=True)
    (d / "20261123_100000_001.MP4").write_bytes(mp4_bytes(300, 5000, b"a"))
    (d / "20261123_100000_002.MP4").write_bytes(mp4_bytes(120, 2000, b"b"))
    (d / "20261123_110000_001.MP4").write_bytes(mp4_bytes(60, 1000, b"c"))  # small: alone
    (d / "20261123_110000_002.MP4").write_bytes(mp4_bytes(60, 1000, b"d"))
    scan = scan_card(tmp_path, _prof())
    parts = sorted(len(r.parts) for r in scan.recordings)
    assert parts == [1, 1, 2]
    joined = next(r for r in scan.recordings if len(r.parts) == 2)
    assert joined.duration_s == pytest.approx(420)
    assert joined.started_at.isoformat() == "2026-11-23T05:00:00+00:00"   # Almaty UTC+5
    assert joined.time_source == "name"


def test_bad_card_entries_are_skipped_with_reasons(tmp_path: Path):
    d = tmp_path / "DCIM" / "DALEL"
    d.mkdir(parents=True)
    (d / "empty.MP4").write_bytes(b"")
    outside = tmp_path.parent / "secret.txt"
    outside.write_text("not evidence")
    os.symlink(outside, d / "link.MP4")
    os.symlink("..", d / "up")
    os.mkfifo(d / "pipe.MP4")
    odd = os.fsencode(str(d)) + b"/\xff\xfe odd\x07name.MP4"
    with open(odd, "wb") as fh:
        fh.write(b"data")
    long_name = "Z" * 240 + ".MP4"
    (d / long_name).write_bytes(b"long")
    scan = scan_card(tmp_path, _prof())
    reasons = sorted(s.reason for s in scan.skipped)
    assert reasons == ["empty", "special", "symlink", "symlink"]
    names = [r.name for r in scan.recordings]
    assert any("\\xff\\xfe odd\\x07name" in n for n in names)
    assert any(long_name in n for n in names)
    for s in scan.skipped:
        assert s.message()


def test_truncated_mp4_is_flagged_not_dropped(tmp_path: Path):
    p = tmp_path / "x.mp4"
    data = mp4_bytes(10, 4000, b"z")
    p.write_bytes(data[:-100])         # mdat claims more than is there
    dur, whole = mp4_duration(p)
    assert dur == pytest.approx(10) and whole is False
    p.write_bytes(struct.pack(">I4s", 99999, b"ftyp"))
    assert mp4_duration(p) == (None, False)


def _custom(tmp_path: Path, split) -> Profile:
    d = {"name": "office-split", "driver": "mass_storage", "footage": [{"dir": "DCIM"}]}
    if split is not ...:
        d["split"] = split
    return Profile.from_dict(d)


def _card(tmp_path: Path, names_sizes) -> Path:
    d = tmp_path / "DCIM" / "100CAM"
    d.mkdir(parents=True)
    for name, size in names_sizes:
        (d / name).write_bytes(mp4_bytes(10, size, name.encode()))
    return tmp_path


def test_profile_declares_its_own_split_naming(tmp_path: Path):
    """A camera that names parts REC0001-P1, REC0001-P2 (not _001): the profile says so."""
    prof = _custom(tmp_path, {"regex": "^(?P<base>.+)-P(?P<part>\\d+)$",
                              "min_part_size": 4096})
    root = _card(tmp_path, [("REC0001-P1.MP4", 5000), ("REC0001-P2.MP4", 5000),
                            ("REC0001-P3.MP4", 300), ("REC0002_001.MP4", 5000),
                            ("REC0002_002.MP4", 5000)])
    scan = scan_card(root, prof)
    groups = sorted([p.rel.rsplit("/", 1)[1] for p in r.parts] for r in scan.recordings)
    assert groups == [["REC0001-P1.MP4", "REC0001-P2.MP4", "REC0001-P3.MP4"],
                      ["REC0002_001.MP4"], ["REC0002_002.MP4"]]   # not this camera's naming


def test_non_split_naming_is_never_joined(tmp_path: Path):
    names = [("CLIP_001.MP4", 5000), ("CLIP_002.MP4", 5000), ("IMG_001.JPG", 9000),
             ("IMG_002.JPG", 9000), ("20261123_100000.MP4", 5000)]
    root = _card(tmp_path, names)
    # a camera that never splits: "split": null — numbered names stay separate recordings
    for split in (None, False):
        scan = scan_card(root, _custom(tmp_path, split))
        assert sorted(len(r.parts) for r in scan.recordings) == [1] * 5
    # the default naming: numbered small files (photos, short clips) are not parts, since
    # the earlier "part" is far below the 4 GiB limit a camera splits at
    scan = scan_card(root, _custom(tmp_path, ...))
    assert sorted(len(r.parts) for r in scan.recordings) == [1] * 5
    # the same names under a profile whose min part size they reach are joined
    joined = scan_card(root, _custom(tmp_path, {"regex": "^(?P<base>.+)_(?P<part>\\d{3})$",
                                                "min_part_size": 4096}))
    assert sorted(len(r.parts) for r in joined.recordings) == [1, 2, 2]


@pytest.mark.parametrize("split", [{"regex": "^(?P<name>.+)_(\\d+)$"}, True, "x"])
def test_split_declaration_is_checked(tmp_path: Path, split):
    from app.devices.profiles import load_profile_file
    from app.errors import InvalidInput

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "bad", "driver": "mass_storage", "split": split}))
    with pytest.raises(InvalidInput):
        load_profile_file(bad)
    assert "bad" not in {p.name for p in load_profiles(tmp_path, include_user=False)}
