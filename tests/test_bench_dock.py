"""bench/dock.py runs end to end on a tiny dock: two cameras of two small recordings, the
direct threads and the window as shipped, and prints its summary lines (not a timing)."""

from __future__ import annotations

import pytest

from bench import dock


def test_dock_bench_tiny(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert dock.main(["--cameras", "2", "--files", "2", "--mib", "2", "--card-mbps", "40",
                      "--window-pools", "default", "--idle-s", "0.5", "--dir",
                      str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("N=2: ") for line in out)
    assert any(line.startswith("window (default setting), 2 cameras docked") for line in out)
    assert out[-2].startswith("dock: longest stall during 2 cameras = ")
    assert out[-1].startswith("dock: aggregate/bound = ")
