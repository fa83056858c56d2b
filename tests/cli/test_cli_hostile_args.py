"""Hostile command-line values (issue 13, items 2 and 4): each example the examiners found
now gets one clear line naming the option and exit 2 (a bad value) or 7 (a personnel number
nobody has), never a traceback and never 70; a fault in the program prints one line and
leaves its traceback in the log file only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import app.cli.parser as cli_parser
from app.cli.main import main
from app.errors import ExitCode
from app.logsetup import setup_logging, stop_logging
from tests.fakes import one_line, use_cheap_derive

ROOT = Path(__file__).resolve().parents[2]
NOWHERE = ["--vault", "/nonexistent/dalel-vault"]   # refused before any vault is opened


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """These tests are about arguments and messages, not Argon2id."""
    use_cheap_derive(monkeypatch)


@pytest.mark.parametrize("args,option,says", [
    (("audit", "--limit", "1e23"), "--limit", "is not a whole number from 1 to"),
    (("audit", "--limit", "99999999999999999999"), "--limit", "is not a whole number"),
    (("correct", "99999999999999999999", "--reason", "x"), "entry",
     "from 1 to 9223372036854775807"),
    (("journal", "--from", "9999-12-31"), "--from", "from 2000-01-01 to 2100-12-31"),
    (("journal", "--from", "0001-01-01"), "--from", "is not a date written YYYY-MM-DD"),
    (("journal", "--to", "9999-12-31"), "--to", "is not a date"),
    (("dock", "gaps", "--custody", "99999999999999999999"), "--custody", "is not a whole number"),
    (("staff", "add", "--surname", "\udcff", "--name", "x", "--number", "y"), "--surname",
     "bytes that are not UTF-8"),
    (("audit", "--action", "'; DROP TABLE audit;--"), "--action", "is not one of: 'vault_created'"),
    (("audit", "--action", "\udcff\x00"), "--action", "is not one of"),
    (("remark", "BK-1", "note", "a\x00b"), "text", "control character (such as NUL)"),
    (("staff", "add", "--surname", "\u202eAB", "--name", "x", "--number", "y"), "--surname",
     "direction override"),
    (("malfunction", "BK-1", "Ә" * 10_000), "cause", "too long (10000 characters); at most 2000"),
    (("init", "--kdf-seconds", "nan", "--officer-surname", "a"), "--kdf-seconds",
     "is not a number"),
    (("device", "add", "camera", "BK-9", "--service-life", "99999"), "--service-life",
     "from 1 to 50"),
    (("device", "add", "camera", "BK-9", "--usb-vid", "0x1ffff"), "--usb-vid", "from 0 to 65535"),
    (("issue", "IN-1", "BK-1", "--battery-percent", "-5"), "--battery-percent", "from 0 to 100"),
    (("print", "blank", "b.pdf", "--pages", "10**9"), "--pages", "from 2 to 2000"),
    (("print", "verify-page", "--page", "-1"), "--page", "is not a whole number"),
    # Found by the long fuzz run: printing to a folder, a file or folder name over 255 bytes.
    (("print", "pages", ".", "--all"), "out", "is a folder; give the name of the file"),
    (("print", "close", "/"), "out", "is a folder"),
    # Found by the long fuzz run of 2026-12-03: the PDF of print pages / morning was not
    # checked at all, and a NUL in it reached the file system (an unexpected error, 70).
    (("print", "morning", "a\x00b.pdf"), "out", "control character"),
    (("print", "pages", "a\x00b.pdf"), "out", "control character"),
    (("dock", "clock", "--mount", "f-" + "·" * 200, "--camera", "BK-1"), "--mount",
     "has a file or folder name longer than 255 bytes"),
])
def test_a_hostile_value_is_one_clear_line_and_exit_2(capsys, args, option, says):
    code = main([*NOWHERE, *args])
    line = one_line(capsys.readouterr().err)
    assert code == ExitCode.BAD_INPUT
    assert f": {option}: " in line and says in line, line
    assert line.startswith("dalel ") and line.endswith("--help)")


@pytest.mark.parametrize("args,says", [
    (("nosuch",), "COMMAND: 'nosuch' is not one of: 'init'"),
    (("audit", "--limit"), "--limit: a value must follow it."),
    (("staff", "add", "--surname", "x"), "These must be given: --name, --number."),
    (("audit", "--bogus", "\udcff"), "Not understood: --bogus \\udcff."),
])
def test_the_parsers_own_refusals_are_one_line_too(capsys, args, says):
    assert main([*NOWHERE, *args]) == ExitCode.BAD_INPUT
    assert says in one_line(capsys.readouterr().err)


def test_the_parsers_refusals_go_through_the_translation(capsys, monkeypatch):
    monkeypatch.setattr(cli_parser, "tr", lambda text, **p: "«" + text.format(**p) + "»")
    assert main([*NOWHERE, "staff", "add", "--surname", "x"]) == ExitCode.BAD_INPUT
    assert "«These must be given: --name, --number.»" in capsys.readouterr().err


def test_a_long_refused_value_is_not_repeated_in_full(capsys):
    main([*NOWHERE, "audit", "--action", "x" * 10_000])
    assert len(one_line(capsys.readouterr().err)) < 1100


def test_twenty_digit_personnel_numbers_are_looked_up_not_crashed_on(cli):
    # A personnel number is text: twenty digits name nobody (7), never an SQLite overflow.
    for args in (("staff", "show", "9" * 20), ("staff", "leave", "9" * 20, "--reason", "x"),
                 ("staff", "show", "²"), ("issue", "9" * 20, "BK-001")):
        code, _, err = cli(*args)
        assert code == ExitCode.NOT_FOUND, (args, err)
        assert "No staff member" in one_line(err)


def test_found_by_fuzzing_a_blank_name_at_init_and_a_folder_that_is_no_camera(
        cli, tmp_path, capsys):
    # A blank surname was an SQLite CHECK failure (70) after the keys were written, and the
    # folder was left unusable; now it is refused first and the same folder still works.
    new = tmp_path / "new-vault"
    people = ["--officer-name", "x", "--officer-number", "1", "--head-surname", "y",
              "--head-name", "z", "--head-number", "2", "--kdf-seconds", "0"]
    assert main(["--vault", str(new), "init", "--officer-surname", " ", *people]) == 2
    assert "Surname and name are required." in one_line(capsys.readouterr().err)
    assert main(["--vault", str(new), "init", "--officer-surname", "a", *people]) == 0
    # A --mount folder that no device profile knows has no driver: refused in words.
    assert cli("device", "add", "camera", "BK-001")[0] == 0
    code, _, err = cli("dock", "clock", "--mount", str(tmp_path), "--camera", "BK-001")
    assert code == ExitCode.BAD_INPUT and "is not a camera volume" in one_line(err)


def test_text_is_stored_in_nfc(cli):
    # ё typed as е and a combining diaeresis is stored as the one letter ё (U+0451).
    assert cli("staff", "add", "--surname", "Сем\u0435\u0308нов", "--name", "x",
               "--number", "IN-7")[0] == 0
    code, out, _ = cli("staff", "show", "IN-7", "--json")
    assert code == 0 and '"surname": "Сем\u0451нов"' in out


def test_a_valid_audit_action_still_filters(cli):
    code, out, _ = cli("audit", "--action", "vault_created", "--limit", "5", "--json")
    assert code == 0 and '"action": "vault_created"' in out and '"unlock"' not in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_password_file_that_is_not_a_small_text_file(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DALEL_PASSWORD", raising=False)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)                                  # opening it must not wait for a writer
    binary = tmp_path / "pw.bin"
    binary.write_bytes(b"\xff\xfe secret")
    big = tmp_path / "pw.big"
    big.write_bytes(b"x" * 100_000)
    for path, says in ((fifo, "must be an ordinary file"), ("/dev/zero", "ordinary file"),
                       (binary, "one line of UTF-8 text"), (big, "one line of UTF-8 text"),
                       (tmp_path, "it is a folder, not a file"),
                       (tmp_path / "none", "Cannot read")):
        code = main(["--vault", str(tmp_path / "v"), "--password-file", str(path), "status"])
        assert code == ExitCode.BAD_INPUT
        assert says in one_line(capsys.readouterr().err)


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
        tmp_path, capsys, monkeypatch):
    import app.cli.cmd_vault as cmd_vault
    from app.cli import main as cli_main

    def broken(ctx):
        raise RuntimeError("a fault in the program")

    monkeypatch.setattr(cmd_vault, "cmd_checkpoint", broken)
    cli_main.parser_for.cache_clear()                  # the parser binds the function
    log = setup_logging("dalel-test", tmp_path / "logs")
    try:
        code = main([*NOWHERE, "checkpoint"])
    finally:
        stop_logging()
        cli_main.parser_for.cache_clear()
    line = one_line(capsys.readouterr().err)
    assert code == ExitCode.UNEXPECTED
    assert line.startswith("dalel checkpoint failed: an error in the program (RuntimeError).")
    assert "Nothing was half-written" in line and str(log) in line
    text = log.read_text("utf-8")
    assert "Traceback" in text and "a fault in the program" in text


def test_the_program_prints_nothing_from_its_logging(tmp_path):
    """Run as a program: a warning (DALEL_ALLOW_DEBUG) and a fault's traceback go to the
    log file in the user's log folder; stderr has the one line and nothing else."""
    code = ("import sys, app.cli.cmd_vault as v\n"
            "def boom(ctx): raise ValueError('boom')\n"
            "v.cmd_status = boom\n"
            "sys.argv = ['dalel', '--vault', sys.argv[1], 'status']\n"
            "import app.cli.main as m\n"
            "raise SystemExit(m.main())\n")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "DALEL_ALLOW_DEBUG": "1",
           "DALEL_LANG": "en", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "none")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == ExitCode.UNEXPECTED
    assert done.stdout == ""
    line = one_line(done.stderr)
    log = tmp_path / "state" / "dalel" / "log" / "dalel.log"
    assert str(log) in line and "DALEL_ALLOW_DEBUG" not in done.stderr
    text = log.read_text("utf-8")
    assert "DALEL_ALLOW_DEBUG is set" in text and "Traceback" in text and "boom" in text


def test_a_console_that_cannot_show_kazakh_gets_escapes_not_a_traceback(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "XDG_STATE_HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "app", "--lang", "kk", "status", "--help"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == ExitCode.OK and done.stderr == ""
    assert "--json" in done.stdout and "\\u04e9" in done.stdout    # ө, escaped
