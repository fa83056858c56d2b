"""A card's file names in a package: safe on any file system, no way out of the folder,
unique even where case is ignored (FAT/exFAT sticks)."""

from __future__ import annotations

import pytest

from app.package_check import safe_relative
from app.release.names import UniqueNames, safe_name


@pytest.mark.parametrize(("card_name", "safe"), [
    ("DCIM/100CAM/VID_0001.MP4", "VID_0001.MP4"),
    ("..\\..\\Windows\\win.ini", "win.ini"),
    ("../..", "file"),
    (".hidden", "hidden"),
    ("", "file"),
    ("NUL.txt", "_NUL.txt"),
    ("com1", "_com1"),
    ("Бейне жазба 1.mp4", "Бейне_жазба_1.mp4"),
    ("a:b*c?.MP4", "a_b_c_.MP4"),
    ("x" * 300 + ".MP4", "x" * 96 + ".MP4"),           # 100 characters in all
])
def test_safe_name(card_name, safe):
    assert safe_name(card_name) == safe
    assert safe_relative(f"recordings/{safe_name(card_name)}")


def test_unique_ignoring_case():
    names = UniqueNames()
    assert [names.claim(n) for n in ("VID.MP4", "vid.mp4", "VID.MP4", "README")] == [
        "VID.MP4", "vid-2.mp4", "VID-3.MP4", "README"]


@pytest.mark.parametrize("bad", ["", "/etc/passwd", "../x", "recordings/../x", "a//b", "a\\b",
                                 "./a", "recordings/"])
def test_unsafe_paths_in_a_manifest(bad):
    assert not safe_relative(bad)
