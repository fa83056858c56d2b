"""Releasing a copy to an inspector only with the head's permission (R10): the one service
the window and the command line call."""

from __future__ import annotations

import errno
import hashlib
import json
from pathlib import Path

import pytest

from app import release
from app.errors import InvalidInput, NotFound, RuleViolation, StorageError, WrongPassword
from app.model.journal import Checkpoint
from app.model.verify import verify
from app.package_check import check_package
from app.release import pdf
from tests.conftest import OFFICER_PW
from tests.release.conftest import CARD_FILES, footage_ids

PURPOSE = "Әкімшілік іс №12"


def request(s, to: Path, **kw) -> release.ReleaseRequest:
    to.mkdir(exist_ok=True)
    args = {"footage_ids": footage_ids(s), "recipient": "IN-1", "purpose": PURPOSE,
            "destination": to, **kw}
    return release.ReleaseRequest(**args)


def nothing_written(s, to: Path) -> None:
    assert list(to.iterdir()) == []          # not even a partial folder
    assert s.db.one("SELECT count(*) FROM releases")[0] == 0
    assert s.audit.entries(action="release") == []


def test_the_heads_session_releases_a_package_and_logs_it(head, tmp_path):
    s = head
    out = release.release(s, request(s, tmp_path / "out"))
    # Named in the office's local time: 12:25 UTC is 17:25 in Almaty (issue 15).
    assert out.folder.name == "dalel-release-0001-20261123-1725-IN-1"
    assert [p.name for p in (tmp_path / "out").iterdir()] == [out.folder.name]
    # The card names, made safe and unique; the bytes are the card's.
    names = {f["card_name"]: f["file"] for f in out.manifest["files"]}
    assert names == {"DCIM/100CAM/VID_0001.MP4": "recordings/VID_0001.MP4",
                     "DCIM/101CAM/VID_0001.MP4": "recordings/VID_0001-2.MP4",
                     "../../etc/passwd": "recordings/passwd",
                     "DCIM/100CAM/con.jpg": "recordings/_con.jpg"}
    for card_name, data in CARD_FILES:
        assert (out.folder / names[card_name]).read_bytes() == data
    m = json.loads((out.folder / "manifest.json").read_text(encoding="utf-8"))
    assert m == out.manifest
    assert m["released_at"] == "2026-11-23T12:25:00.000000Z"        # the clock's
    assert (m["permitted_by"]["personnel_no"], m["released_by"]["personnel_no"],
            m["recipient"]["personnel_no"], m["purpose"], m["permission"]) == (
        "HD-1", "HD-1", "IN-1", PURPOSE, "head_session")
    first = m["files"][0]
    assert (first["camera"], first["card"], first["inspector"]["personnel_no"],
            first["recorded_from"], first["downloaded_at"]) == (
        "BK-001", "MC-001", "IN-1", "2026-11-23T04:00:00.000000Z",
        "2026-11-23T12:20:00.000000Z")
    assert s.journal.check_checkpoint(Checkpoint.decode(m["checkpoint"]["code"])) is None
    # One record, chained: the row's manifest is the file, byte for byte.
    row = s.db.one("SELECT recipient_id, purpose, manifest FROM releases WHERE id = ?",
                   (out.release_id,))
    assert (row[0], row[1]) == (s.registers.find_staff("IN-1").id, PURPOSE)
    assert row[2].encode() == (out.folder / "manifest.json").read_bytes()
    rel = s.audit.entries(action="release")[-1].detail
    assert rel["manifest_sha256"] == hashlib.sha256(row[2].encode()).hexdigest()
    assert s.audit.entries(action="export")[-1].detail["folder"] == str(out.folder)
    assert verify(s, read_data=False).ok
    assert check_package(out.folder).ok


def test_the_officer_alone_is_refused(footage, tmp_path):
    s = footage
    with pytest.raises(RuleViolation, match="Only the head can permit a release"):
        release.release(s, request(s, tmp_path / "out"))
    nothing_written(s, tmp_path / "out")


def test_a_wrong_head_password_releases_nothing(footage, tmp_path):
    s = footage
    with pytest.raises(WrongPassword, match="head's password is wrong"):
        release.release(s, request(s, tmp_path / "out"), head_password=OFFICER_PW)
    nothing_written(s, tmp_path / "out")


def test_what_is_missing_or_wrong_is_said(head, tmp_path):
    s = head
    empty = release.ReleaseRequest([], " ", "  ", None)
    assert release.missing_fields(empty) == ["footage", "recipient", "purpose", "destination"]
    with pytest.raises(InvalidInput, match="service purposes only"):
        release.release(s, request(s, tmp_path / "o", purpose=" \n "))
    with pytest.raises(InvalidInput, match="does not exist"):
        release.release(s, request(s, tmp_path / "o", destination=tmp_path / "nowhere"))
    with pytest.raises(RuleViolation, match="active inspector only"):
        release.release(s, request(s, tmp_path / "o", recipient="OF-1"))
    with pytest.raises(NotFound):
        release.release(s, request(s, tmp_path / "o", recipient="IN-404"))
    with pytest.raises(NotFound):
        release.release(s, request(s, tmp_path / "o", footage_ids=[999]))
    nothing_written(s, tmp_path / "o")


def test_a_copy_is_never_released_into_the_vault_folder(head, tmp_path):
    """The examiner released plaintext into VAULT/blobs and verify said nothing."""
    s = head
    for inside in (s.path, s.path / "blobs"):
        before = sorted(p.name for p in inside.iterdir())
        with pytest.raises(InvalidInput, match="inside the vault folder"):
            release.release(s, request(s, inside))
        assert sorted(p.name for p in inside.iterdir()) == before
    assert s.db.one("SELECT count(*) FROM releases")[0] == 0
    link = tmp_path / "link-to-vault"
    link.symlink_to(s.path)
    with pytest.raises(InvalidInput, match="inside the vault folder"):
        release.release(s, request(s, link))


def test_a_recording_whose_blob_is_gone_is_refused(head, tmp_path):
    s = head
    fid = footage_ids(s)[1]
    s.blobs.path(s.footage.parts(fid)[0].blob_id).unlink()   # destroyed (R9) or lost
    with pytest.raises(NotFound, match=f"Recording {fid} .* no longer in the vault"):
        release.release(s, request(s, tmp_path / "out"))
    nothing_written(s, tmp_path / "out")


def test_cancel_and_a_full_disk_leave_no_package(head, tmp_path, monkeypatch):
    s = head
    with pytest.raises(release.ReleaseCancelled):
        release.release(s, request(s, tmp_path / "out"), cancelled=lambda: True)
    nothing_written(s, tmp_path / "out")

    def full(_manifest):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf, "render", full)
    with pytest.raises(StorageError, match="disk is full"):
        release.release(s, request(s, tmp_path / "out"))
    nothing_written(s, tmp_path / "out")


def test_a_release_changed_behind_the_program_is_found(head, tmp_path):
    s = head
    out = release.release(s, request(s, tmp_path / "o"))
    with s.db.lock:
        s.db.con.execute("DROP TRIGGER releases_no_update")
        s.db.con.execute("UPDATE releases SET head_id = ? WHERE id = ?",
                         (s.registers.find_staff("IN-2").id, out.release_id))
    assert ("release", f"release {out.release_id}") in [
        (p.where, p.ref) for p in verify(s, read_data=False).problems]


def test_a_release_made_meanwhile_moves_this_one_to_the_next_number(head, tmp_path,
                                                                    monkeypatch):
    """The manifest and its PDF are made outside the transaction under the next free
    number; another program's release in between makes this one take the number after."""
    s = head
    real = pdf.render
    calls: list[int] = []

    def meanwhile(manifest):  # type: ignore[no-untyped-def]
        calls.append(manifest["release_id"])
        if len(calls) == 1:
            release.release(s, request(s, tmp_path / "other", footage_ids=footage_ids(s)[:1]))
        return real(manifest)

    monkeypatch.setattr(pdf, "render", meanwhile)
    out = release.release(s, request(s, tmp_path / "out"))
    assert calls == [1, 1, 2] and out.release_id == 2
    assert out.manifest["release_id"] == 2 and check_package(out.folder).ok
    assert [e.detail["release_id"] for e in s.audit.entries(action="release")] == [1, 2]
    assert verify(s, read_data=False).ok
