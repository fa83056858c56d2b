"""The demo vault: seeded once, consistent, usable by a newcomer."""

from __future__ import annotations

from app import demo
from app.model import vault
from app.model.deadlines import deadlines
from app.model.journal_rows import build_rows
from tests.conftest import TEST_KDF


def test_demo_vault_seeded_once(tmp_path, clock):
    info = demo.ensure(tmp_path / "d", now=clock.now(), kdf=TEST_KDF)
    again = demo.ensure(tmp_path / "d", now=clock.now(), kdf=TEST_KDF)
    assert again.path == info.path
    s = vault.unlock(info.path, "head", info.head_password, clock)
    try:
        assert s.journal.check_chain()[0] is None
        rows = build_rows(s)
        assert any(r.struck for r in rows) and any(r.corrects_number for r in rows)
        assert any(r.remarks and r.remarks[0].kind == "meal_pause" for r in rows)
        assert {d.rule for d in deadlines(s)} >= {"R17", "R8"}
        assert s.registers.near_end_of_life()
        assert s.footage.count() >= 6
        photo = next(f for f in s.footage.search() if f.media == "photo")
        assert s.footage.read(photo.id).startswith(b"\x89PNG")
        video = next(f for f in s.footage.search() if f.media == "video")
        data = s.footage.read(video.id)       # a playable clip (tests/devices/test_democlip)
        assert data[4:8] == b"ftyp" and b"jpeg" in data[:4096]
    finally:
        s.lock()


def test_demo_seeds_at_any_hour_of_a_working_day(tmp_path):
    """After 09:30 the demo issues BK-005 (registered on its factory password) today: the
    seeding confirms the password change as the issue form would, and never fails."""
    from datetime import UTC, datetime

    info = demo.ensure(tmp_path / "d", now=datetime(2026, 11, 23, 6, 0, tzinfo=UTC),
                       kdf=TEST_KDF)                    # Monday 11:00 in Almaty
    assert info.path.exists()
