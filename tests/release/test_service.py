"""Releasing a copy to an inspector only with the head's password (R10)."""

from __future__ import annotations

import hashlib
import json

import pytest

from app import demo, release
from app.errors import InvalidInput, RuleViolation, WrongPassword
from app.model import vault
from app.model.journal import Checkpoint
from tests.conftest import HEAD_PW, TEST_KDF


@pytest.fixture
def demo_session(tmp_path, clock):
    info = demo.ensure(tmp_path / "demo", now=clock.now(), kdf=TEST_KDF)
    s = vault.unlock(info.path, "officer", info.officer_password, clock)
    yield s
    s.lock()


def test_release_writes_copy_manifest_and_logs(demo_session, tmp_path):
    s = demo_session
    ids = [f.id for f in s.footage.search()][:2]
    to = s.registers.find_staff("IN-101")
    out = release.release(s, demo.HEAD_PASSWORD, ids, to.id, "Әкімшілік іс №12", tmp_path / "o")
    files = out.manifest["files"]
    assert len(files) == 2
    for item in files:
        data = (out.folder / item["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
    on_disk = json.loads((out.folder / "manifest.json").read_text(encoding="utf-8"))
    assert on_disk["recipient"]["personnel_no"] == "IN-101"
    assert on_disk["permitted_by"]["personnel_no"] == "DEMO-HD"
    assert on_disk["purpose"] == "Әкімшілік іс №12"
    cp = Checkpoint.decode(on_disk["journal_checkpoint"])
    assert s.journal.check_checkpoint(cp) is None
    assert release.verify_copy(out.folder) == []
    row = s.db.one("SELECT recipient_id, purpose FROM releases WHERE id = ?", (out.release_id,))
    assert tuple(row) == (to.id, "Әкімшілік іс №12")
    assert [a.detail["release_id"] for a in s.audit.entries(action="release")] == [
        out.release_id]
    assert s.audit.entries(action="export")[-1].detail["files"] == 2


def test_wrong_head_password_releases_nothing(demo_session, tmp_path):
    s = demo_session
    ids = [s.footage.search()[0].id]
    with pytest.raises(WrongPassword, match="head's password is wrong"):
        release.release(s, demo.OFFICER_PASSWORD, ids, s.registers.find_staff("IN-101").id,
                        "іс", tmp_path / "o")
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())
    assert s.audit.entries(action="release") == []


def test_purpose_and_recipient_required(demo_session, tmp_path):
    s = demo_session
    ids = [s.footage.search()[0].id]
    with pytest.raises(InvalidInput):
        release.release(s, demo.HEAD_PASSWORD, ids, s.registers.find_staff("IN-101").id, "  ",
                        tmp_path)
    with pytest.raises(RuleViolation):
        release.release(s, demo.HEAD_PASSWORD, ids, s.actor_id, "іс", tmp_path)


def test_cancel_leaves_no_partial_copy(demo_session, tmp_path):
    s = demo_session
    ids = [f.id for f in s.footage.search()]
    with pytest.raises(release.ReleaseCancelled):
        release.release(s, demo.HEAD_PASSWORD, ids, s.registers.find_staff("IN-101").id, "іс",
                        tmp_path / "o", cancelled=lambda: True)
    assert list((tmp_path / "o").iterdir()) == []
    assert s.db.one("SELECT count(*) FROM releases")[0] == 0


def test_head_password_of_fixture_vault(session):
    release.check_head_password(session, HEAD_PW)
    with pytest.raises(WrongPassword):
        release.check_head_password(session, "nope-nope")


def test_a_release_changed_behind_the_program_is_found(demo_session, tmp_path):
    from app.model.verify import verify

    s = demo_session
    ids = [f.id for f in s.footage.search()][:1]
    to = s.registers.find_staff("IN-101")
    out = release.release(s, demo.HEAD_PASSWORD, ids, to.id, "іс №1", tmp_path / "o")
    assert verify(s, read_data=False).ok
    with s.db.lock:
        s.db.con.execute("DROP TRIGGER releases_no_update")
        s.db.con.execute("UPDATE releases SET purpose = 'басқа' WHERE id = ?",
                         (out.release_id,))
    assert ("release", f"release {out.release_id}") in [
        (p.where, p.ref) for p in verify(s, read_data=False).problems]
