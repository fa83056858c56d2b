"""Retention and destruction (R9, issue 14 item 1): calendar-year terms with 29 February,
legal holds, destruction only with the head's approval and with its record kept, destroyed
recordings handled by everything that reads blobs, and a clock that jumped destroys nothing
until the officer confirms the date (R3)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.errors import InvalidInput, RuleViolation, WrongPassword
from app.ingest.reconcile import reconcile
from app.model import clockwatch, retention, vault
from app.model.backup import backup
from app.model.crypto import LABEL_INDEX, hkdf
from app.model.custody import Checklist
from app.model.db import Database
from app.model.footage import FootageDestroyed, add_years, keep_until
from app.model.verify import verify
from app.release import ReleaseRequest, release
from app.reports.history import recording_history
from tests.conftest import OFFICER_PW
from tests.fakes import small_footage

ALMATY = ZoneInfo("Asia/Almaty")


def _download(s, clock, n: int = 2, tag: str = "r") -> list[int]:
    p = s.custody.issue("IN-1", "BK-001", Checklist.all_ok(95), card="MC-001", seal="1")
    clock.advance(hours=2)
    s.custody.return_camera("BK-001")
    with s.db.write() as con:
        _entry, ids = s.footage.download_in(con, p.id, p.camera_id, {"files": n},
                                            small_footage(s, p, n, tag))
    return ids


def _head(s, clock) -> vault.VaultSession:
    """The head's session on the same vault (the key the head's slot opens; no KDF)."""
    key = bytearray(s.master_key)
    return vault.VaultSession(s.path, s.vault_id, "head", key,
                              Database(s.path / "index.db", hkdf(key, LABEL_INDEX),
                                       log_path=s.path / "logs" / "sqlcipher.log"), clock)


def _to(clock, s, day: date, hour: int = 10) -> None:
    """Move the clock to ``day`` (local) and have the officer confirm it, as an office does
    after the PC stood switched off for a while."""
    clock.set(datetime(day.year, day.month, day.day, hour, tzinfo=ALMATY).astimezone(UTC))
    clockwatch.confirm(s, day)


@pytest.fixture
def kept(stocked, clock):
    """Two recordings downloaded on Monday 23.11.2026 and the head's session."""
    ids = _download(stocked, clock)
    head = _head(stocked, clock)
    yield stocked, head, ids
    head.lock()


# -- terms ---------------------------------------------------------------------------------
def test_terms_are_calendar_years_and_29_february_ends_on_28_february():
    assert keep_until("2027-03-10T05:00:00.000000Z", "ordinary", ALMATY) == date(2028, 3, 10)
    # 29 February 2028 lies inside the span; the old day count gave 09.03.2028.
    assert keep_until("2027-03-09T20:00:00.000000Z", "ordinary", ALMATY) == date(2028, 3, 10)
    assert keep_until("2027-03-10T05:00:00.000000Z", "offence", ALMATY) == date(2032, 3, 10)
    assert keep_until("2028-02-29T06:00:00.000000Z", "ordinary", ALMATY) == date(2029, 2, 28)
    assert keep_until("2028-02-29T06:00:00.000000Z", "inspection", ALMATY) == date(2033, 2, 28)
    assert add_years(date(2028, 2, 29), 4) == date(2032, 2, 29)
    assert add_years(date(2027, 12, 31), 1) == date(2028, 12, 31)


def test_expiry_across_the_year_and_category_change_needs_a_reason(kept, clock):
    s, _head, (a, b) = kept
    assert s.footage.retention_until(a) == date(2027, 11, 23)
    with pytest.raises(InvalidInput, match="Say why"):
        s.footage.mark(b, "category", "offence")
    with pytest.raises(InvalidInput, match="Say why"):
        s.footage.mark(b, "category", "offence", "   ")
    s.footage.mark(b, "category", "offence", "ӘҚБтК 408-бап, хаттама №12")
    [rec] = [e for e in s.audit.entries(action="footage_marked")]
    assert rec.detail["reason"] == "ӘҚБтК 408-бап, хаттама №12"
    with pytest.raises(InvalidInput, match="already"):
        s.footage.mark(b, "category", "offence", "again")
    _to(clock, s, date(2027, 11, 23))                     # the last day it is kept
    assert retention.expired(s) == []
    assert [r.footage_id for r in retention.due(s)] == [a]
    _to(clock, s, date(2027, 11, 24))
    assert [r.footage_id for r in retention.expired(s)] == [a]
    assert retention.status(s, b).keep_until == date(2031, 11, 23)
    assert verify(s, read_data=False).ok


def test_hold_stops_expiry_until_the_head_lifts_it(kept, clock):
    s, head, (a, b) = kept
    with pytest.raises(RuleViolation, match="Only the head"):
        retention.hold(s, a, "шағым")
    with pytest.raises(InvalidInput):
        retention.hold(head, a, "")
    retention.hold(head, a, "Прокуратураның сұрауы №5")
    _to(clock, s, date(2028, 1, 10))
    st = retention.status(s, a)
    assert st.held and st.hold_reason == "Прокуратураның сұрауы №5" and st.state(
        retention.today(s)) == "held"
    assert [r.footage_id for r in retention.expired(head)] == [b]
    with pytest.raises(RuleViolation, match="not due"):
        retention.destroy(head, [a])
    assert retention.destroy(head).footage_ids == [b]
    assert s.footage.parts(a)                               # the held one is untouched
    with pytest.raises(InvalidInput, match="Say why"):
        retention.unhold(head, a, None)
    retention.unhold(head, a, "іс жабылды")
    assert [r.footage_id for r in retention.expired(head)] == [a]
    marks = [(m["mark"], m["value"], m["reason"]) for m in s.footage.mark_history(a)]
    assert marks == [("hold", "held", "Прокуратураның сұрауы №5"),
                     ("hold", "lifted", "іс жабылды")]
    events = [(e.action, e.detail) for e in recording_history(s, a).events]
    assert ("retention_hold", "Прокуратураның сұрауы №5") in events
    assert ("retention_unhold", "іс жабылды") in events
    assert "footage_destroyed" in [e.action for e in recording_history(s, b).events]
    assert verify(s, read_data=False).ok


def test_destruction_needs_the_head_and_keeps_its_record(kept, clock, tmp_path):
    s, head, (a, b) = kept
    s.footage.mark(b, "category", "inspection", "жоспарлы тексеру")
    parts = s.footage.parts(a)
    blob = s.blobs.path(parts[0].blob_id)
    sha, size = s.footage.get(a).sha256, s.footage.get(a).size
    _to(clock, s, date(2027, 12, 1))
    with pytest.raises(RuleViolation, match="Only the head"):
        retention.destroy(s)
    with pytest.raises(WrongPassword, match="nothing was destroyed"):
        retention.destroy(head, password=OFFICER_PW)
    assert blob.exists()
    done = retention.destroy(head)                           # the head's session approves
    assert done.footage_ids == [a] and done.bytes == size and done.files_removed == 1
    assert not blob.exists()
    assert s.footage.get(a).sha256 == sha                   # the row stays for ever
    gone = s.footage.destruction(a)
    assert gone["approved_by"] == head.actor_id and gone["category"] == "ordinary"
    assert gone["keep_until"] == "2027-11-23"
    [rec] = s.audit.entries(action="footage_destroyed")
    assert rec.role == "head" and rec.actor_id == head.actor_id
    assert (rec.detail["sha256"], rec.detail["size"], rec.detail["category"]) == (
        sha, size, "ordinary")
    assert rec.detail["downloaded_at"] == s.footage.get(a).downloaded_at
    assert rec.detail["blobs"] == [parts[0].blob_id]
    # Verify: a destroyed recording's missing blob is no damage; the other is read whole.
    report = verify(s)
    assert report.ok, report.problems
    assert report.blobs_checked == 1
    # Player, release and category refuse it cleanly.
    with pytest.raises(FootageDestroyed, match=r"destroyed on 01\.12\.2027"):
        s.footage.read(a)
    (tmp_path / "out").mkdir()
    with pytest.raises(FootageDestroyed):
        release(head, ReleaseRequest([a], "IN-1", "іс", tmp_path / "out"))
    assert list((tmp_path / "out").iterdir()) == []
    with pytest.raises(FootageDestroyed):
        s.footage.mark(a, "category", "offence", "кеш")
    with pytest.raises(FootageDestroyed):
        retention.hold(head, a, "кеш")
    assert s.footage.is_destroyed(a) and not s.footage.is_destroyed(b)
    assert reconcile(s).missing == []
    (tmp_path / "backup").mkdir()
    assert backup(s, tmp_path / "backup").missing == []     # gone on purpose, not lost
    assert retention.destroy(head).footage_ids == []        # nothing else is due


def test_missing_blob_of_a_kept_recording_is_reported(kept):
    s, _head_s, (a, _b) = kept
    blob_id = s.footage.parts(a)[0].blob_id
    s.blobs.path(blob_id).unlink()
    report = verify(s, read_data=False)
    assert [(p.where, p.ref) for p in report.problems] == [("blob", blob_id)]


def test_forged_destruction_record_is_found(kept):
    """A blob deleted behind the program and "explained" by a destruction row without its
    chained audit record."""
    s, _head_s, (a, _b) = kept
    blob_id = s.footage.parts(a)[0].blob_id
    s.blobs.path(blob_id).unlink()
    with s.db.lock:
        s.db.con.execute("INSERT INTO footage_destroyed VALUES (?, ?, ?, 'ordinary', "
                         "'2027-11-23', ?)", (a, s.now_iso(), 2, json.dumps([blob_id])))
    problems = [(p.where, p.reason) for p in verify(s, read_data=False).problems]
    assert ("destruction", "destroyed with no audit record of it (its files removed behind "
                           "the program?)") in problems


def test_changed_mark_reason_is_found(kept):
    s, _head_s, (a, _b) = kept
    s.footage.mark(a, "category", "offence", "хаттама №3")
    with s.db.lock:
        s.db.con.execute("DROP TRIGGER footage_marks_no_update")
        s.db.con.execute("UPDATE footage_marks SET reason = 'басқа'")
    refs = [p.ref for p in verify(s, read_data=False).problems]
    assert "footage_marks 1" in refs


def test_destruction_cut_short_is_finished_by_the_next(kept, clock, monkeypatch):
    s, head, (a, b) = kept
    _to(clock, s, date(2027, 12, 1))
    real = retention.remove_destroyed_files
    monkeypatch.setattr(retention, "remove_destroyed_files", lambda _s: 0)   # the crash
    assert retention.destroy(head).footage_ids == [a, b]
    monkeypatch.setattr(retention, "remove_destroyed_files", real)
    assert len(retention.leftover_files(s)) == 2
    report = verify(s, read_data=False)
    assert report.ok and any("destruction cut short" in n for n in report.notes)
    done = retention.destroy(head)
    assert done.footage_ids == [] and done.files_removed == 2
    assert retention.leftover_files(s) == []


# -- the clock -----------------------------------------------------------------------------
def test_a_clock_moved_forward_destroys_nothing_until_the_officer_confirms(kept, clock):
    s, head, (a, b) = kept
    clock.advance(days=400)                                  # the PC's clock jumps
    s.audit.record("view", s.role, s.actor_id)               # and is written before a check
    state = clockwatch.check(head)
    assert not state.confirmed and state.pending[0].kind == "forward"
    assert [r.footage_id for r in retention.expired(head)] == [a, b]   # shown, but
    with pytest.raises(RuleViolation, match="clock moved"):
        retention.destroy(head)
    assert s.footage.parts(a) and not s.footage.is_destroyed(a)
    assert len(s.audit.entries(action="clock_jumped")) == 1
    clockwatch.check(s)                                      # recorded once
    assert len(s.audit.entries(action="clock_jumped")) == 1
    with pytest.raises(RuleViolation, match="officer confirms"):
        clockwatch.confirm(head, retention.today(head))
    with pytest.raises(InvalidInput, match="clock says"):
        clockwatch.confirm(s, retention.today(s) - timedelta(days=400))
    assert clockwatch.confirm(s, retention.today(s)) is not None
    [conf] = s.audit.entries(action="clock_confirmed")
    assert conf.role == "officer" and conf.detail["settles"][0]["kind"] == "forward"
    assert clockwatch.check(head).confirmed
    assert retention.destroy(head).footage_ids == [a, b]


def test_a_clock_moved_back_destroys_nothing_until_confirmed(kept, clock):
    s, head, (a, b) = kept
    _to(clock, s, date(2027, 12, 1))
    clock.advance(days=-3)                                   # back, but still past the term
    s.audit.record("view", s.role, s.actor_id)               # written at the earlier time
    state = clockwatch.check(head)
    assert [j.kind for j in state.pending] == ["back"]
    with pytest.raises(RuleViolation, match="clock moved"):
        retention.destroy(head)
    recorded = len(s.audit.entries(action="clock_jumped"))
    s.audit.record("view", s.role, s.actor_id)
    clockwatch.check(head)                                   # still behind: not again
    assert len(s.audit.entries(action="clock_jumped")) == recorded
    clockwatch.confirm(s, retention.today(s))
    assert retention.destroy(head).footage_ids == [a, b]


def test_a_weekend_is_no_jump_a_week_away_is(session, clock):
    # Used on Monday, Wednesday and Friday till 18:00, back on Monday 09:00: no jump.
    for when in (datetime(2026, 11, 25, 5, 0, tzinfo=UTC), datetime(2026, 11, 27, 13, 0,
                                                                       tzinfo=UTC)):
        clock.set(when)
        session.audit.record("view", session.role, session.actor_id)
    clock.set(datetime(2026, 11, 30, 4, 0, tzinfo=UTC))
    assert clockwatch.check(session).confirmed
    session.audit.record("view", session.role, session.actor_id)
    clock.advance(days=8)                                    # a week's leave
    assert [j.kind for j in clockwatch.check(session).pending] == ["forward"]


def test_one_scan_finds_each_jump_once(session, clock):
    """Entries written across several jumps before anyone checks: the scan of the audit log
    (one query) names each jump at the entry where it happened."""
    seqs = []

    def write(**delta: float) -> None:
        clock.advance(**delta)
        seqs.append(session.audit.record("view", session.role, session.actor_id))

    write(hours=1)
    write(hours=-2)           # back: seen here
    write(minutes=30)         # still behind: not again
    write(hours=3)            # caught up
    write(minutes=-5)         # within the tolerance
    write(days=10)            # forward over working days: seen here
    write(days=3)             # Thursday -> Sunday: one working day skipped, no jump
    jumps = clockwatch.check(session).pending
    assert [(j.kind, j.seq) for j in jumps] == [("back", seqs[1]), ("forward", seqs[5])]
    assert clockwatch.check(session).pending == jumps          # recorded once


def test_a_long_scan_leaves_where_the_next_starts(session, clock, monkeypatch):
    """A scan that read many entries records its watermark ("clock_checked"); a new
    session starts there and still sees a jump after it."""
    monkeypatch.setattr(clockwatch, "CHECKPOINT_EVERY", 5)
    for _ in range(6):
        clock.advance(minutes=10)
        session.audit.record("view", session.role, session.actor_id)
    assert clockwatch.check(session).confirmed
    [mark] = session.audit.entries(action="clock_checked")
    assert mark.detail["watermark"] == session.now_iso()
    clock.advance(minutes=-30)
    session.audit.record("view", session.role, session.actor_id)
    head = _head(session, clock)
    try:
        assert [j.kind for j in clockwatch.check(head).pending] == ["back"]
    finally:
        head.lock()
