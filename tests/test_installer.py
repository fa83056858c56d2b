"""The README's first command (installer/run.sh) picks the demo when no real vault is on the
PC. Its check is Python inside a shell script, where neither ruff nor mypy looks: the house
moved ``default_vault`` to app/bootstrap.py and the script failed with an ImportError before
any window opened. Run that check as the script does."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_run_sh_finds_whether_a_real_vault_is_here(tmp_path):
    script = (ROOT / "installer" / "run.sh").read_text(encoding="utf-8")
    found = re.search(r'python -c \\\n\s*"(.*?)"\)', script, re.S)
    assert found, "run.sh no longer checks for a vault the way this test reads it"
    code = found.group(1).replace("\\\n", "")
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("DALEL_VAULT", None)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"          # nothing here: run.sh opens the demo
