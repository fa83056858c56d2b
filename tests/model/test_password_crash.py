"""A crash (SIGKILL) at any point of a password change never leaves a vault that no
password opens (LUKS2: the new slot is written before the old one goes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from app.errors import WrongPassword
from app.model import vault
from tests.conftest import OFFICER_PW

CHANGER = textwrap.dedent("""
    import sys
    from app.clock import FakeClock
    from app.model import vault
    s = vault.unlock(__import__("pathlib").Path(sys.argv[1]), "officer", sys.argv[2],
                     FakeClock())
    print("ready", flush=True)
    s.change_password(sys.argv[2], sys.argv[3])
    print("done", flush=True)
""")


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.12, 0.2, 0.3, 0.45])
def test_kill_during_password_change_leaves_an_openable_vault(session, vault_dir, clock,
                                                              delay):
    session.lock()
    proc = subprocess.Popen([sys.executable, "-c", CHANGER, str(vault_dir), OFFICER_PW,
                             "brand-new-pass"], stdout=subprocess.PIPE,
                            cwd=os.getcwd(), env=dict(os.environ))
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    opened = []
    for pw in (OFFICER_PW, "brand-new-pass"):
        try:
            vault.unlock(vault_dir, "officer", pw, clock).lock()
            opened.append(pw)
        except WrongPassword:
            pass
    assert opened, "no password opens the vault after a crash"
