"""The second examination of ``dalel dock`` on a vault made by ``dalel init``: skipped card
items are exit 11 and counted as listed; re-ingesting a folder journals its tie once; a full
disk's reason is said once; the quarantine is reported and emptied on request (R1, R4, R14)."""

from __future__ import annotations

import json
import os

import pytest

from app.errors import ExitCode
from tests.faults.inject import Plan, faults


def _camera(cli) -> None:
    code, _, err = cli("device", "add", "camera", "BK-001", "--model", "M",
                       "--in-service", "2024-01-15")
    assert code == 0, err


def _card(tmp_path, n: int = 2):
    card = tmp_path / "card"
    media = card / "DCIM" / "100MEDIA"
    media.mkdir(parents=True)
    for i in range(n):
        (media / f"20261123_10{i:02d}00.jpg").write_bytes(bytes([i]) * 5000 + b"jpg")
    return card, media


def test_skipped_items_are_exit_11_and_the_count_is_what_was_listed(cli, tmp_path):
    _camera(cli)
    card, media = _card(tmp_path)
    (media / "out.jpg").symlink_to("/etc/passwd")
    (media / "dir").symlink_to("/etc")
    os.mkfifo(media / "pipe.mp4")
    (media / "empty.jpg").write_bytes(b"")
    deep = media.joinpath(*[f"d{i}" for i in range(20)])
    deep.mkdir(parents=True)
    (deep / "x.jpg").write_bytes(b"x" * 100)
    code, out, err = cli("dock", "ingest", "--folder", str(card), "--camera", "BK-001",
                         "--wipe", "--yes")
    assert code == ExitCode.FILE_NOT_COPIED, out + err
    listed = [line for line in out.splitlines() if "Left on the card" in line]
    assert len(listed) == 5
    assert "(5 file(s) or folder(s) not stored, 1 of them may hold recordings" in out
    assert all(p.exists() for p in media.glob("*.jpg"))          # nothing wiped
    # links, a FIFO and an empty file alone hold no recording: complete, exit 0, wiped
    import shutil
    shutil.rmtree(media / "d0")
    code, out, err = cli("dock", "ingest", "--folder", str(card), "--camera", "BK-001",
                         "--wipe", "--yes")
    assert code == ExitCode.OK, out + err


def test_re_ingesting_a_folder_journals_its_tie_once(cli, tmp_path):
    _camera(cli)
    card, _media = _card(tmp_path)
    for _ in range(3):
        code, out, err = cli("dock", "ingest", "--folder", str(card), "--camera", "BK-001")
        assert code == 0, out + err
    _, out, _ = cli("--json", "entries")
    assert sum(e["kind"] == "tie" for e in json.loads(out)) == 1


def test_a_full_disk_is_said_once_with_wipe(cli, tmp_path):
    _camera(cli)
    card, _media = _card(tmp_path)
    with faults([cli.vault / "blobs"], Plan("ENOSPC", n=1, persistent=True)):
        code, out, err = cli("dock", "ingest", "--folder", str(card), "--camera", "BK-001",
                             "--wipe", "--yes")
    assert code == ExitCode.DOWNLOAD_STOPPED, out + err
    assert out.count("The disk is full") == 1, out
    assert "the download did not finish" in out


def test_the_quarantine_is_reported_and_purged_on_request(cli, tmp_path):
    _camera(cli)
    card, _media = _card(tmp_path)
    assert cli("dock", "ingest", "--folder", str(card), "--camera", "BK-001")[0] == 0
    q = cli.vault / "blobs" / "quarantine"
    q.mkdir(exist_ok=True)
    (q / ("ab" * 32)).write_bytes(b"z" * 2_000_000)        # a blob no recording uses
    for args in (("status",), ("dock", "reconcile"),
                 ("dock", "ingest", "--folder", str(card), "--camera", "BK-001")):
        code, out, err = cli(*args)
        assert code == 0, out + err
        assert "1 file(s) (2.0 MB) are in the vault's quarantine" in out, args
    code, out, err = cli("--role", "head", "dock", "reconcile", "--purge-quarantine")
    assert code == 0, out + err
    assert "Removed from the quarantine: 1 file(s), 2.0 MB." in out
    assert not any(q.iterdir())
    assert "vault's quarantine" not in cli("status")[1]
    _, out, _ = cli("--json", "audit")
    assert any(e["action"] == "quarantine_purged" for e in json.loads(out))


@pytest.mark.parametrize("args", [("dock", "wipe"), ("dock", "clock"), ("dock", "gaps")])
def test_the_dock_options_have_help(cli, args):
    _code, out, _ = cli(*args, "--help")
    assert "--camera" in out or "--min-minutes" in out
