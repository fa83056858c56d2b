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
