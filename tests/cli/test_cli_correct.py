"""R7 from the command line: a correction can itself be corrected (issue 15)."""

from __future__ import annotations


def test_cli_correct_a_correction(cli) -> None:
    assert cli("staff", "add", "--surname", "С", "--name", "Е", "--number", "IN-1")[0] == 0
    for inv in ("BK-1", "MC-1"):
        assert cli("device", "add", "camera" if inv.startswith("BK") else "card", inv)[0] == 0
    assert cli("issue", "IN-1", "BK-1", "--card", "MC-1", "--seal", "1", "--checked",
               "all")[0] == 0
    assert cli("correct", "1", "--reason", "seal", "--seal", "2")[0] == 0
    code, _out, err = cli("correct", "2", "--reason", "seal again", "--seal", "3")
    assert code == 0, err
