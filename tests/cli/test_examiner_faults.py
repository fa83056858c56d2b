"""What an examiner found at the command line, each on a real vault made by ``dalel init``:
an emptied index, a wipe not confirmed, a newer vault, a failed restore, an empty password
file, a missing ingest folder, a period given backwards, English words in kk/ru output."""

from __future__ import annotations

import io
import json
import shutil
import sys

import pytest

from app import i18n
from app.errors import ExitCode
from app.model import vault
from tests.conftest import HEAD_PW


def _lockout_failures(vault_dir) -> int:
    path = vault_dir / "lockout.json"
    if not path.exists():
        return 0
    return int(json.loads(path.read_text())["roles"]["officer"]["failures"])


def _with_catalogue(monkeypatch, lang: str, extra: dict[tuple[str, str], str]) -> None:
    """The ``lang`` catalogue with ``extra`` texts, as the lead will fill it: the tests show
    the text goes through translation without waiting for the .ts files."""
    table = dict(i18n._catalogue(lang))
    table.update(extra)
    real = i18n._catalogue
    monkeypatch.setattr(i18n, "_catalogue", lambda code: table if code == lang else real(code))


# -- 1. an emptied index is damage, never a new vault -----------------------------------------
@pytest.mark.parametrize("command", ["verify", "status"])
def test_an_emptied_index_is_exit_5_and_stays_empty(cli, command):
    index = cli.vault / "index.db"
    for extra in cli.vault.glob("index.db-*"):
        extra.unlink()
    index.write_bytes(b"")
    for _ in range(2):        # the second run meets the same damage: nothing was written
        code, _out, err = cli(command)
        assert code == ExitCode.DAMAGED_VAULT, err
        assert "empty or holds no schema" in err and "Traceback" not in err
        assert index.stat().st_size == 0
        assert not list(cli.vault.glob("index.db-*"))


# -- 2. --wipe without --yes ------------------------------------------------------------------
def _card(tmp_path):
    card = tmp_path / "card"
    clip = card / "DCIM" / "100MEDIA" / "20261123_100000.mp4"
    clip.parent.mkdir(parents=True)
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64)
    return card, clip


@pytest.mark.parametrize("stdin", ["", "n\n"])
def test_a_wipe_without_yes_is_not_confirmed_exit_1(cli, tmp_path, monkeypatch, stdin):
    code, _, err = cli("device", "add", "camera", "BK-001", "--serial", "SN1", "--model", "M",
                       "--in-service", "2024-01-15")
    assert code == 0, err
    card, clip = _card(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))      # not a terminal
    code, out, err = cli("dock", "ingest", "--folder", str(card), "--camera", "BK-001",
                         "--wipe")
    assert code == ExitCode.NOT_CONFIRMED, out + err
    assert "not confirmed" in out and "stored in the vault" in out
    assert clip.exists()                                  # the card is untouched
    code, out, _ = cli("--json", "dock", "ingest", "--folder", str(card), "--camera",
                       "BK-001", "--wipe")
    data = json.loads(out)
    assert code == ExitCode.NOT_CONFIRMED and data["wipe_confirmed"] is False
    assert data["duplicates"] == 1 and data["wiped"] is None   # stored by the first run
    assert clip.exists()


def test_a_wipe_answered_no_at_the_terminal_is_exit_1(cli, tmp_path, monkeypatch):
    cli("device", "add", "camera", "BK-001", "--serial", "SN1", "--model", "M",
        "--in-service", "2024-01-15")
    card, clip = _card(tmp_path)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda _prompt="": "n")
    code, out, err = cli("dock", "ingest", "--folder", str(card), "--camera", "BK-001",
                         "--wipe")
    assert code == ExitCode.NOT_CONFIRMED and "not confirmed" in out, out + err
    assert clip.exists()


# -- 3. a vault made by a newer Dalel ---------------------------------------------------------
@pytest.mark.parametrize(("found", "expected"), [
    (99, ExitCode.NEWER_VAULT), (2, ExitCode.NEWER_VAULT),
    (-1, ExitCode.DAMAGED_VAULT), (0, ExitCode.DAMAGED_VAULT),
    ("2", ExitCode.DAMAGED_VAULT), (1.5, ExitCode.DAMAGED_VAULT),
    (True, ExitCode.DAMAGED_VAULT), (None, ExitCode.DAMAGED_VAULT),
])
def test_a_newer_vault_format_is_exit_15_and_nonsense_is_damage(cli, found, expected):
    meta_path = cli.vault / "vault.json"
    meta = json.loads(meta_path.read_text())
    meta["format"] = found
    meta_path.write_text(json.dumps(meta))
    before = _lockout_failures(cli.vault)
    for command in ("verify", "status"):
        code, _, err = cli(command)
        assert code == expected, err
        if expected == ExitCode.NEWER_VAULT:
            assert "newer Dalel" in err and f"format {found}" in err
        else:
            assert "Unknown vault format" in err
    assert _lockout_failures(cli.vault) == before


@pytest.mark.parametrize("text,reason", [
    (b"[]", "it does not describe a Dalel vault"),          # a list: was an AttributeError
    (b'{"product": "x"}', "it does not describe a Dalel vault"),
    (b"{", "it is not readable JSON (line 1)"),
    (b"\xff\xfe", "it is not text"),
])
def test_a_damaged_vault_description_says_why_in_words(cli, text, reason):
    """The examiner saw the JSON parser's English ("Expecting property name enclosed in
    double quotes: line 1 column 2 (char 1)") inside a Russian message."""
    (cli.vault / "vault.json").write_bytes(text)
    code, _, err = cli("status")
    assert code == ExitCode.DAMAGED_VAULT, err
    assert reason in err and "Expecting" not in err and "Traceback" not in err
    code, _, err = cli("--lang", "ru", "status")
    assert code == ExitCode.DAMAGED_VAULT and "повреждено" in err and reason not in err, err


# -- 4. a restore that fails leaves nothing vault-like at --to ---------------------------------
@pytest.fixture
def damaged_backup(cli, tmp_path, monkeypatch):
    """A backup of the CLI's vault whose index.db is cut in half on the drive."""
    drive = tmp_path / "usb"
    drive.mkdir()
    code, _, err = cli("backup", str(drive))
    assert code == 0, err
    folder = next(drive.iterdir())
    index = folder / "index.db"
    index.write_bytes(index.read_bytes()[:index.stat().st_size // 2])
    return drive


def test_a_restore_from_a_damaged_backup_leaves_nothing(cli, damaged_backup, tmp_path):
    parent = tmp_path / "x"
    parent.mkdir()
    (parent / "keep.txt").write_text("mine")
    for to, existed in ((parent / "r2", False), (parent / "empty", True)):
        if existed:
            to.mkdir()
        code, _, err = cli("--role", "head", "restore", str(damaged_backup), "--to", str(to))
        assert code == ExitCode.DAMAGED_VAULT, err
        assert "holds a damaged copy of the vault" in err and "another backup" in err
        assert "Restore it from a backup" not in err
        assert to.is_dir() == existed and (not existed or not list(to.iterdir()))
    # No temporary folder is left beside the target; what was there before stays.
    assert sorted(p.name for p in parent.iterdir()) == ["empty", "keep.txt"]
    assert (parent / "keep.txt").read_text() == "mine"


def test_a_wrong_password_is_told_before_anything_is_copied(cli, tmp_path):
    drive = tmp_path / "usb"
    drive.mkdir()
    assert cli("backup", str(drive))[0] == 0
    to = tmp_path / "new"
    pw = tmp_path / "wrong.pw"
    pw.write_text("not-the-password\n")
    code, _, err = cli("--role", "head", "--password-file", str(pw), "restore", str(drive),
                       "--to", str(to))
    assert code == ExitCode.WRONG_PASSWORD, err
    assert not to.exists() and sorted(p.name for p in tmp_path.iterdir()) == [
        "usb", "vault", "wrong.pw"]


def test_a_restore_that_checks_out_is_renamed_into_place(cli, tmp_path):
    drive = tmp_path / "usb"
    drive.mkdir()
    assert cli("backup", str(drive))[0] == 0
    shutil.rmtree(cli.vault)
    to = tmp_path / "restored"
    to.mkdir()                                   # an empty folder is taken
    code, out, err = cli("--role", "head", "restore", str(drive), "--to", str(to))
    assert code == ExitCode.OK, out + err
    assert (to / "vault.json").exists() and not [
        p for p in tmp_path.iterdir() if p.name.startswith(".")]
    s = vault.unlock(to, "head", HEAD_PW)
    assert s.audit.entries(action="restored")
    s.lock()


# -- 5. an empty password file; the system's reasons in the user's language --------------------
@pytest.mark.parametrize("content", [b"", b"\n", b"\r\n"])
def test_an_empty_password_file_is_bad_input_not_a_wrong_password(cli, tmp_path, content):
    pw = tmp_path / "empty.pw"
    pw.write_bytes(content)
    before = _lockout_failures(cli.vault)
    code, _, err = cli("--password-file", str(pw), "status")
    assert code == ExitCode.BAD_INPUT, err
    assert "is empty" in err and "Wrong password" not in err
    assert _lockout_failures(cli.vault) == before


def test_an_empty_password_never_counts_towards_the_lockout(cli):
    before = _lockout_failures(cli.vault)
    with pytest.raises(Exception, match="No password was given") as err:
        vault.unlock(cli.vault, "officer", "")
    assert err.value.exit_code == ExitCode.BAD_INPUT  # type: ignore[attr-defined]
    assert _lockout_failures(cli.vault) == before


def test_a_missing_password_file_is_told_in_the_users_language(cli, tmp_path, monkeypatch):
    _with_catalogue(monkeypatch, "kk", {("core", "there is no such file or folder"): "ФАЙЛ ЖОҚ",
                                        ("core", "it is a folder, not a file"): "БҰЛ ҚАЛТА"})
    code, _, err = cli("--lang", "kk", "--password-file", str(tmp_path / "none.pw"), "status")
    assert code == ExitCode.BAD_INPUT
    assert "ФАЙЛ ЖОҚ" in err and "No such file" not in err
    code, _, err = cli("--lang", "kk", "--password-file", str(tmp_path), "status")
    assert code == ExitCode.BAD_INPUT and "БҰЛ ҚАЛТА" in err and "Is a directory" not in err
    code, _, err = cli("--lang", "en", "--password-file", str(tmp_path / "none.pw"), "status")
    assert "there is no such file or folder" in err


# -- 6. a missing ingest folder is bad input, before anything starts ---------------------------
@pytest.mark.parametrize("folder", ["/nonexistent/dalel-card", "", "FILE"])
def test_a_missing_ingest_folder_is_exit_2_before_the_password(cli, tmp_path, monkeypatch,
                                                              folder):
    if folder == "FILE":
        folder = str(tmp_path / "a-file")
        (tmp_path / "a-file").write_text("x")
    monkeypatch.delenv("DALEL_PASSWORD")          # never asked: the folder is refused first
    for command in ("ingest", "wipe"):
        extra = ["--yes"] if command == "wipe" else []
        code, _, err = cli("dock", command, "--folder", folder, "--camera", "BK-001", *extra)
        assert code == ExitCode.BAD_INPUT, err
        assert ("There is no folder" in err or "No folder was given" in err
                or "is not a folder" in err), err
        assert "pulled" not in err and "not docked" not in err


# -- 7. a period given backwards ---------------------------------------------------------------
@pytest.mark.parametrize("args", [
    ("report", "audit", "--from", "2026-12-31", "--to", "2026-12-01"),
    ("journal", "--from", "2026-12-31", "--to", "2026-12-01"),
    ("print", "range", "OUT", "--since", "2026-12-31", "--until", "2026-12-01"),
])
def test_a_period_given_backwards_is_exit_2_naming_both_dates(cli, tmp_path, args):
    args = tuple(str(tmp_path / "out.pdf") if a == "OUT" else a for a in args)
    code, out, err = cli(*args)
    assert code == ExitCode.BAD_INPUT, out + err
    assert "2026-12-31" in err and "2026-12-01" in err and "backwards" in err
    same_day = [a if a != "2026-12-31" else "2026-12-01" for a in args]
    assert cli(*same_day)[0] != ExitCode.BAD_INPUT       # one day is a period


# -- 8. the ingest's words in kk/ru -----------------------------------------------------------
def test_the_ingest_progress_and_its_refusals_speak_the_users_language(cli, tmp_path,
                                                                       monkeypatch):
    from app.ingest.report import STAGE_WORDS

    words = {("core", w): f"<{w}-ru>" for w in STAGE_WORDS.values()}
    _with_catalogue(monkeypatch, "ru", words)
    cli("device", "add", "camera", "BK-001", "--serial", "SN1", "--model", "M",
        "--in-service", "2024-01-15")
    card, _clip = _card(tmp_path)
    code, _, err = cli("--lang", "ru", "dock", "ingest", "--folder", str(card), "--camera",
                       "BK-001")
    assert code == 0, err
    for stage in ("copying", "verifying", "committing", "done"):
        assert f"<{stage}-ru>" in err and f" {stage} " not in err
    # A refusal raised by the command line with a rule code (R4) in it: the command
    # line's catalogue, not English (the citation made it look "translated" before).
    code, _, err = cli("--lang", "ru", "dock", "ingest", "--folder", str(card))
    assert code == ExitCode.BAD_INPUT
    assert "Say which camera" not in err and "--camera" in err


def test_a_vault_path_that_names_a_file_is_bad_input(cli, tmp_path):
    """The examiner's --vault pointing at a file was "vault damaged" (5); it is input (2)."""
    afile = tmp_path / "not-a-vault"
    afile.write_text("x")
    code, _, err = cli("--vault", str(afile), "status")
    assert code == ExitCode.BAD_INPUT and "There is no Dalel vault" in err, err
