"""Settings declared once and checked in the core (issue 13, item 1): ``change`` refuses a
bad value with a message naming the setting and its allowed form, accepts the command
line's text, audits one record per changed key, and a value already stored bad (an older
version, damage, an insider's direct write) is replaced by its default for use (R21's hours
for the schedule) and named by ``problems()``."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from app.errors import InvalidInput, RuleViolation
from app.model import settings as settings_module
from app.model.deadlines import deadlines
from app.model.settings import BOTH, IDENTITY, NOBODY, SETTINGS, change

# The examiners' values (accepted before, then deadlines, journal and print died) and more.
BAD = [
    ("work_start", "25:99", "HH:MM, 00:00–23:59"),
    ("work_end", "25:99", "HH:MM, 00:00–23:59"),
    ("lunch_start", "13", "HH:MM, 00:00–23:59"),
    ("work_days", "7", "0 is Monday"),
    ("work_days", "", "at least one"),
    ("work_days", "0,0,1", "each once"),
    ("work_days", "Monday,Tue", "0 is Monday"),   # the short names `dalel settings` shows
    ("work_days", [True], "0 is Monday"),
    ("timezone", "Mars/Base", "Asia/Almaty"),
    ("timezone", "Asia/Almatyy", "Asia/Almaty"),
    ("timezone", "localtime", "Asia/Almaty"),
    ("timezone", "../../etc/passwd", "Asia/Almaty"),
    ("extra_days_off", "tomorrow", "YYYY-MM-DD"),
    ("extra_days_off", "32.12.2026", "YYYY-MM-DD"),
    ("extra_work_days", "20261217", "YYYY-MM-DD"),
    ("extra_work_days", "2026-02-30", "YYYY-MM-DD"),
    ("extra_days_off", "1926-12-17", "YYYY-MM-DD"),
    ("language", "en", "kk (Kazakh) or ru (Russian)"),
    ("agency", "army", "fire, veterinary, revenue, police"),
    ("unit_name", "line one\nline two", "one line"),
    ("unit_name", "х" * 201, "at most 200"),
    ("auto_lock_minutes", "0", "from 1 to 240"),
    ("auto_lock_minutes", "ten", "from 1 to 240"),
    ("auto_lock_minutes", "2.5", "from 1 to 240"),
    ("max_parallel_downloads", 17, "from 1 to 16"),
    ("min_battery_percent", "101", "from 0 to 100"),
    ("service_life_warn_days", "-1", "from 0 to 730"),
    ("office_headcount", "many", "from 0 to 1000000"),
    ("full_check_days", "366", "from 0 to 365"),
    ("auto_wipe", "maybe", "yes or no"),
    ("download_on_dock", "", "yes or no"),
    ("auto_wipe", 1, "yes or no"),
    ("mount_roots", "media/usb", "absolute folder paths"),
]

GOOD = [
    ("work_days", "0,1,2,3,4,5", [0, 1, 2, 3, 4, 5]),
    ("work_days", [4, 0, 2], [0, 2, 4]),
    ("work_days", "Mon, tue,4", [0, 1, 4]),          # as `dalel settings` shows them
    ("auto_wipe", "Yes", True),
    ("work_start", "8:30", "08:30"),
    ("work_end", "23:59", "23:59"),
    ("timezone", "Asia/Aqtobe", "Asia/Aqtobe"),
    ("timezone", "UTC", "UTC"),
    ("extra_days_off", "2026-12-18, 2026-12-17", ["2026-12-17", "2026-12-18"]),
    ("extra_days_off", "", []),
    # as every screen shows a date (a GUI examiner typed it so)
    ("extra_days_off", "17.12.2026, 2026-12-18", ["2026-12-17", "2026-12-18"]),
    ("extra_work_days", ["2026-12-26"], ["2026-12-26"]),
    ("language", "ru", "ru"),
    ("agency", "fire", "fire"),
    ("unit_name", "  Қостанай облысы  ", "Қостанай облысы"),
    ("auto_lock_minutes", "240", 240),
    ("office_headcount", "120", 120),
    ("full_check_days", 0, 0),
    ("auto_wipe", "Yes", True),
    ("auto_wipe", "off", False),
    ("download_on_dock", "0", False),
    ("download_on_dock", True, True),
    ("mount_roots", "/media/officer, /run/media/officer", ["/media/officer",
                                                            "/run/media/officer"]),
]


def test_every_setting_is_declared_with_a_sound_default_and_who_may_change_it():
    for key, spec in SETTINGS.items():
        assert spec.key == key and spec.label and spec.form
        if key in IDENTITY:
            assert spec.who == NOBODY
            continue
        assert spec.parse(spec.default) == spec.default, key
        # Existing behaviour, declared (item 3): either person who holds a password.
        assert spec.who == BOTH, key


def test_a_bad_value_is_refused_naming_the_setting_and_its_form(session):
    # One vault for every example: a refusal leaves nothing behind for the next one.
    before = session.settings.stored(tuple(SETTINGS))
    for key, value, form in BAD:
        with pytest.raises(InvalidInput) as err:
            change(session, {key: value})
        text = str(err.value)
        assert f"({key})" not in text and form in text, text
        assert str(SETTINGS[key].name()) in text
    assert session.settings.stored(tuple(SETTINGS)) == before
    assert session.audit.entries(action="settings_changed") == []


def test_good_values_from_text_or_typed_are_stored_in_one_form(session):
    for key, value, stored in GOOD:
        change(session, {key: value})
        assert session.settings.get(key) == stored, key
        assert json.loads(session.settings.stored((key,))[0]) == stored
    assert session.settings.problems() == []


def test_one_audit_record_per_changed_key_and_none_when_nothing_changed(session):
    change(session, {"work_end": "17:00", "auto_lock_minutes": "5", "agency": "veterinary"})
    details = [e.detail for e in session.audit.entries(action="settings_changed")]
    assert details == [{"key": "work_end", "old": "18:30", "new": "17:00"},
                       {"key": "auto_lock_minutes", "old": 10, "new": 5}]
    assert change(session, {"work_end": "17:00"}) == []
    assert len(session.audit.entries(action="settings_changed")) == 2


def test_a_batch_with_one_bad_value_changes_nothing(session):
    with pytest.raises(InvalidInput, match="Working days"):
        change(session, {"auto_lock_minutes": 3, "work_days": "7"})
    assert session.settings.get("auto_lock_minutes") == 10
    assert session.audit.entries(action="settings_changed") == []


def test_the_working_hours_are_checked_together(session):
    for values, key in (({"work_end": "08:00"}, "work_end"),
                        ({"work_start": "18:30"}, "work_start"),
                        ({"lunch_start": "08:00"}, "lunch_start"),
                        ({"lunch_end": "19:00"}, "lunch_end"),
                        ({"lunch_start": "14:30"}, "lunch_start")):
        with pytest.raises(InvalidInput, match="does not fit the working hours") as err:
            change(session, values)
        assert str(SETTINGS[key].name()) in str(err.value)
    # A night shift moved in one go (the window saves every field at once) is allowed.
    change(session, {"work_start": "19:00", "work_end": "23:30", "lunch_start": "21:00",
                     "lunch_end": "21:30"})
    assert session.calendar.end == time(23, 30)


def test_a_day_cannot_be_both_off_and_working(session):
    change(session, {"extra_days_off": "2026-12-17"})
    with pytest.raises(InvalidInput, match="2026-12-17 would be both"):
        change(session, {"extra_work_days": "2026-12-19,2026-12-17"})


def test_identity_and_unknown_keys(session):
    for key in IDENTITY:
        with pytest.raises(RuleViolation, match="reset-officer"):
            change(session, {key: "1"})
    with pytest.raises(InvalidInput, match="Unknown setting"):
        change(session, {"work_ends": "17:00"})


def test_who_may_change_is_enforced_as_declared(session, monkeypatch):
    head_only = dataclasses.replace(SETTINGS["auto_wipe"], who=("head",))
    monkeypatch.setitem(settings_module.SETTINGS, "auto_wipe", head_only)
    with pytest.raises(RuleViolation, match=r"verified download is not changed by the "
                                            r"responsible officer"):
        change(session, {"auto_wipe": "yes"})


def _store_raw(session, **raw: str) -> None:
    """As an older version, damage or an insider's direct write leaves it."""
    with session.db.write() as con:
        for key, text in raw.items():
            con.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                        "DO UPDATE SET value = excluded.value", (key, text))


def test_values_stored_bad_fall_back_to_their_defaults_and_are_named(stocked, ok_checklist):
    stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    _store_raw(stocked, work_end='"25:99"', work_days='["7"]', timezone='"Mars/Base"',
               extra_days_off='["tomorrow", "17.12.2026"]', auto_lock_minutes='"ten"',
               auto_wipe='"maybe"', language="not json at all")
    s = stocked.settings
    assert s.get("work_end") == "18:30" and s.get("work_days") == [0, 1, 2, 3, 4]
    assert s.get("timezone") == "Asia/Almaty" and s.get("extra_days_off") == []
    assert s.get("auto_lock_minutes") == 10 and s.get("auto_wipe") is False
    assert s.get("language") == "kk"
    problems = {p.keys[0]: p for p in s.problems()}
    assert set(problems) == {"work_end", "work_days", "timezone", "extra_days_off",
                             "auto_lock_minutes", "auto_wipe", "language"}
    assert problems["timezone"].stored == ("Mars/Base",)
    assert problems["timezone"].used == ("Asia/Almaty",)
    text = problems["work_end"].text()
    assert "Working day ends" in text and "25:99" in text and "18:30" in text and "HH:MM" in text
    assert problems["language"].stored == ("not json at all",)
    # The calendar (R21) and the deadlines built on it keep working.
    cal = stocked.calendar
    assert cal.tz == ZoneInfo("Asia/Almaty") and cal.end == time(18, 30)
    assert cal.is_working_day(date(2026, 11, 23)) and not cal.is_working_day(date(2026, 11, 28))
    assert [d.rule for d in deadlines(stocked)] == ["R17"]
    # Saving the setting again through change() clears its problem (the old value audited).
    change(stocked, {"work_end": "18:00"})
    assert "work_end" not in {p.keys[0] for p in stocked.settings.problems()}
    assert stocked.audit.entries(action="settings_changed")[-1].detail == {
        "key": "work_end", "old": "25:99", "new": "18:00"}


def test_working_hours_stored_out_of_order_fall_back_to_r21_together(session):
    _store_raw(session, work_start='"19:00"', lunch_end='"20:00"')
    values = session.settings.all()
    assert [values[k] for k in ("work_start", "work_end", "lunch_start", "lunch_end")] == [
        "09:00", "18:30", "13:00", "14:30"]
    [problem] = session.settings.problems()
    assert problem.keys == ("work_start", "work_end", "lunch_start", "lunch_end")
    assert problem.stored == ("19:00", "18:30", "13:00", "20:00")
    assert "do not fit together" in problem.text() and "09:00" in problem.text()
    assert session.calendar.end == time(18, 30)


def test_extra_days_off_closing_a_year_leave_a_deadline(session):
    days = [date.fromordinal(date(2026, 11, 23).toordinal() + i).isoformat()
            for i in range(420)]
    change(session, {"extra_days_off": days})
    cal = session.calendar
    assert cal.next_working_day(date(2026, 11, 23)) == date(2026, 11, 24)
