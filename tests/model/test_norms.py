"""R19: kits the equipment norms allow for the headcount, and the seven-year service life
(issue 14, item 5): the norms table at its boundaries, the report against the register, and a
camera past its service life issued only with a reason that is journalled."""

from __future__ import annotations

import pytest

from app.errors import RuleViolation
from app.model.norms import kits_allowed, norms_report


@pytest.mark.parametrize(("headcount", "kits"), [
    (0, 0), (1, 5), (50, 5), (51, 10), (100, 10), (101, 20), (200, 20), (201, 30),
    (300, 30), (301, 40), (400, 40), (401, 50), (5000, 50)])
def test_norms_table(headcount: int, kits: int) -> None:
    assert kits_allowed(headcount) == kits


def test_report_counts_cameras_against_the_register_headcount(stocked) -> None:
    rep = norms_report(stocked)   # two inspectors and the officer and head are active staff
    staff = len(stocked.registers.list_staff(active_only=True))
    assert (rep.headcount, rep.headcount_from, rep.kits_allowed) == (staff, "register", 5)
    assert rep.cameras == 3 and rep.over_norm == 0 and rep.short_of_norm == 2


def test_the_headcount_setting_and_a_given_headcount_win(stocked) -> None:
    with stocked.db.write() as con:
        stocked.settings.set_in(con, "office_headcount", 120)
    assert norms_report(stocked).headcount_from == "setting"
    assert norms_report(stocked).kits_allowed == 20
    given = norms_report(stocked, headcount=0)
    assert (given.kits_allowed, given.over_norm) == (0, 3)


def test_service_life_ended_and_ending_soon(stocked, clock) -> None:
    stocked.registers.add_device("camera", "BK-OLD", in_service="2019-11-01")
    stocked.registers.add_device("camera", "BK-SOON", in_service="2019-12-20")
    rep = norms_report(stocked)   # today: 23 Nov 2026; warning window 90 days
    assert [(d.inventory_no, e.isoformat()) for d, e in rep.past_life] == [
        ("BK-OLD", "2026-11-01")]
    assert [(d.inventory_no, e.isoformat()) for d, e in rep.ending_soon] == [
        ("BK-SOON", "2026-12-20")]


def test_a_camera_past_its_service_life_needs_a_reason_that_is_journalled(
        stocked, ok_checklist) -> None:
    stocked.registers.add_device("camera", "BK-OLD", in_service="2019-11-23")  # ends today
    with pytest.raises(RuleViolation, match="R19") as exc:
        stocked.custody.issue("IN-1", "BK-OLD", ok_checklist, past_life_reason="   ")
    assert "23.11.2026" in str(exc.value)
    p = stocked.custody.issue("IN-1", "BK-OLD", ok_checklist,
                              past_life_reason="the replacement kit is not delivered yet")
    entry = stocked.journal.entry(p.id)
    assert entry.data["past_service_life"] == {
        "ended": "2026-11-23", "reason": "the replacement kit is not delivered yet"}
    # A camera within its life needs no reason and records none.
    q = stocked.custody.issue("IN-2", "BK-002", ok_checklist)
    assert "past_service_life" not in stocked.journal.entry(q.id).data


def test_a_camera_on_its_factory_password_goes_out_only_once_it_is_changed(
        stocked, ok_checklist) -> None:
    """Issue 15: a camera still on its factory password is refused at issue until the officer
    confirms the password was changed; the confirmation is journalled and the register stops
    flagging the camera."""
    reg = stocked.registers
    reg.add_device("camera", "BK-FAC", default_password=True)
    with pytest.raises(RuleViolation, match="factory password"):
        stocked.custody.issue("IN-1", "BK-FAC", ok_checklist)
    p = stocked.custody.issue("IN-1", "BK-FAC", ok_checklist, password_changed=True)
    assert stocked.journal.entry(p.id).data["factory_password_changed"] is True
    assert not reg.find_device("BK-FAC").default_password
    history = reg.history("devices", reg.find_device("BK-FAC").id)
    assert history[-1]["field"] == "default_password" and history[-1]["new"] == "0"
