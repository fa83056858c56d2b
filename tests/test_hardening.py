"""The program keeps its memory (keys, plaintext footage) out of core dumps and out of other
processes' reach. Each check runs in a child process: the test runner itself stays
debuggable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = sys.platform.startswith("linux")

REPORT = """
import json, sys
from app import hardening
def report():
    import resource
    print(json.dumps({"core": list(resource.getrlimit(resource.RLIMIT_CORE)),
                      "dumpable": hardening.is_dumpable()}))
    return 0
"""


def run(code: str, **env: str) -> dict:
    out = subprocess.run([sys.executable, "-c", REPORT + code], cwd=ROOT, check=True,
                         capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not LINUX, reason="core limits and PR_SET_DUMPABLE are Linux's")
def test_hardened_process_writes_no_core_and_cannot_be_attached() -> None:
    before = run("report()")
    assert before["dumpable"] is True            # the check itself can tell the difference
    after = run("print(hardening.harden_process()); report()")
    assert after == {"core": [0, 0], "dumpable": False}


@pytest.mark.skipif(not LINUX, reason="core limits and PR_SET_DUMPABLE are Linux's")
def test_command_line_program_hardens_itself_but_in_process_calls_do_not() -> None:
    # Run as a program (argv None): hardened before any command runs.
    code = ("import app.cli.main as m\n"
            "m._run = lambda argv: report()\n"
            "sys.argv = ['dalel', 'vault', 'status']\n"
            "m.main()\n")
    assert run(code) == {"core": [0, 0], "dumpable": False}
    # Called in-process with arguments (tests, scripts): the caller's process is left alone.
    code = ("import app.cli.main as m\n"
            "m._run = lambda argv: report()\n"
            "m.main(['vault', 'status'])\n")
    assert run(code)["dumpable"] is True


@pytest.mark.skipif(not LINUX, reason="core limits and PR_SET_DUMPABLE are Linux's")
def test_developers_can_opt_out_to_attach_a_profiler() -> None:
    got = run("print(hardening.harden_process()); report()", DALEL_ALLOW_DEBUG="1")
    assert got["dumpable"] is True


# -- swap: the other way memory reaches a disk ----------------------------------------------
SWAPS_HEADER = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"


def _sys(root: Path, name: str, uuid: str | None = None, slaves: tuple[str, ...] = ()) -> None:
    block = root / "class" / "block" / name
    block.mkdir(parents=True, exist_ok=True)
    if uuid is not None:
        (block / "dm").mkdir(exist_ok=True)
        (block / "dm" / "uuid").write_text(uuid + "\n")
    if slaves:
        (block / "slaves").mkdir(exist_ok=True)
        for s in slaves:
            (block / "slaves" / s).mkdir(exist_ok=True)


def test_swap_on_dm_crypt_lvm_on_luks_and_zram_is_safe_plain_partitions_and_files_are_not(
        tmp_path: Path) -> None:
    from app.hardening import unencrypted_swap

    sysfs = tmp_path / "sys"
    _sys(sysfs, "dm-1", "CRYPT-PLAIN-cryptswap")                 # crypttab swap
    _sys(sysfs, "dm-0", "CRYPT-LUKS2-0123-root")
    _sys(sysfs, "dm-2", "LVM-abc", slaves=("dm-0",))             # LVM on LUKS
    _sys(sysfs, "dm-3", "LVM-def", slaves=("sda4",))             # LVM on a bare disk
    _sys(sysfs, "sda3")
    _sys(sysfs, "sda4")
    _sys(sysfs, "nvme0n1p2")
    swaps = tmp_path / "swaps"
    swaps.write_text(SWAPS_HEADER
                     + "/dev/dm-1 partition 1000 0 -2\n"
                     + "/dev/dm-2 partition 1000 0 -3\n"
                     + "/dev/zram0 partition 1000 0 100\n"
                     + "/dev/sda3 partition 1000 0 -4\n"
                     + "/dev/dm-3 partition 1000 0 -5\n"
                     + "/swap.img file 1000 0 -6\n"
                     + "/home/my\\040swap file 1000 0 -7\n"
                     + "/lost.swap file 1000 0 -8\n")
    devices = {"/swap.img": "dm-2", "/home/my swap": "nvme0n1p2", "/lost.swap": None}
    got = unencrypted_swap(swaps, sysfs, device_of=devices.__getitem__)
    assert got == ["/dev/sda3", "/dev/dm-3", "/home/my swap", "/lost.swap"]


def test_no_swap_or_no_way_to_tell_reports_nothing(tmp_path: Path) -> None:
    from app.hardening import unencrypted_swap

    swaps = tmp_path / "swaps"
    swaps.write_text(SWAPS_HEADER)
    assert unencrypted_swap(swaps, tmp_path) == []
    assert unencrypted_swap(tmp_path / "absent", tmp_path) == []       # not Linux
