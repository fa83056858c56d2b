"""The custody rules, each with a clear message: R4, R5, R6, R11, R12, R15, R16, R17, R7."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput, NotFound, RuleViolation
from app.model.custody import Checklist
from app.model.journal_rows import build_rows, remark_text


def test_issue_and_return_fill_the_journal(stocked, clock, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="PL-100")
    reg = stocked.registers
    assert reg.find_device("BK-001").state == "issued"
    assert reg.find_device("MC-001").state == "issued"
    assert reg.find_device("MC-001").camera_id == reg.find_device("BK-001").id
    assert reg.find_device("MC-001").slot_seal == "PL-100"  # R6
    clock.advance(hours=8)
    stocked.custody.return_camera("BK-001")
    assert reg.find_device("BK-001").state == "in_store"
    [row] = build_rows(stocked)
    assert row.number == 1 and row.custody_id == p.id
    assert row.inventory == "BK-001 (MC-001)"
    assert row.inspector == "Ерлан Сейітов"
    assert row.officer == "Серік Қайратұлы Ахметов"
    assert row.received_at.strftime("%H:%M") == "09:00"
    assert row.handed_in_at.strftime("%H:%M") == "17:00"
    assert row.downloaded_at is None


def test_unknown_inventory_number_cannot_be_issued(stocked, ok_checklist):
    with pytest.raises(NotFound):
        stocked.custody.issue("IN-1", "NO-SUCH", ok_checklist)


def test_no_inventory_number_no_registration(stocked):
    for blank in ("", "   "):
        with pytest.raises(RuleViolation, match="R4"):
            stocked.registers.add_device("camera", blank)


def test_inventory_numbers_are_unique(stocked):
    with pytest.raises(RuleViolation):
        stocked.registers.add_device("card", "BK-001")


@pytest.mark.parametrize("inspector, camera, card, message", [
    ("IN-2", "BK-001", "MC-002", "already issued"),
    ("IN-2", "BK-002", "MC-001", "MC-001"),
    ("IN-1", "BK-002", "MC-002", "already holds"),
], ids=["camera out", "card out", "one camera per inspector"])
def test_a_second_issue_is_refused(stocked, ok_checklist, inspector, camera, card, message):
    """IN-1 holds BK-001 with MC-001; an issue that would share any of them is refused."""
    stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    with pytest.raises(RuleViolation, match=message):
        stocked.custody.issue(inspector, camera, ok_checklist, card=card, seal="2")


@pytest.mark.parametrize("state", ["faulty", "written_off"])
def test_faulty_or_written_off_cannot_be_issued(stocked, ok_checklist, state):
    cam = stocked.registers.find_device("BK-002")
    stocked.registers.set_device_state(cam.id, state, "lens cracked")
    with pytest.raises(RuleViolation, match="faulty" if state == "faulty" else "written off"):
        stocked.custody.issue("IN-1", "BK-002", ok_checklist, card="MC-002", seal="1")


def test_written_off_is_final(stocked):
    cam = stocked.registers.find_device("BK-002")
    stocked.registers.set_device_state(cam.id, "written_off", "7 years (R19)")
    with pytest.raises(RuleViolation):
        stocked.registers.set_device_state(cam.id, "in_store", "oops")


def test_only_an_issued_camera_can_be_returned(stocked):
    with pytest.raises(RuleViolation, match="not issued"):
        stocked.custody.return_camera("BK-001")


def test_seal_is_required_with_a_card(stocked, ok_checklist):
    with pytest.raises(RuleViolation, match="R6"):
        stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001")


@pytest.mark.parametrize("missing", ["working", "battery", "datetime_ok", "quality", "badge"])
def test_pre_use_checklist_is_enforced(stocked, missing):
    ticks = {k: True for k in ("working", "battery", "datetime_ok", "quality", "badge")}
    ticks[missing] = False
    with pytest.raises(RuleViolation, match="R11, R12"):
        stocked.custody.issue("IN-1", "BK-001", Checklist(**ticks), card="MC-001", seal="1")
    assert stocked.registers.find_device("BK-001").state == "in_store"
    assert stocked.journal.size() == 0  # nothing half-recorded


def test_inactive_or_non_inspector_cannot_receive(stocked, ok_checklist):
    person = stocked.registers.find_staff("IN-2")
    stocked.registers.set_staff_active(person.id, False, "transferred")
    with pytest.raises(RuleViolation, match="no longer active"):
        stocked.custody.issue("IN-2", "BK-001", ok_checklist, card="MC-001", seal="1")
    with pytest.raises(RuleViolation, match="not registered as an inspector"):
        stocked.custody.issue("OF-1", "BK-001", ok_checklist, card="MC-001", seal="1")


def test_someone_holding_a_camera_cannot_leave(stocked, ok_checklist):
    stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    with pytest.raises(RuleViolation, match="still holds"):
        stocked.registers.set_staff_active(stocked.registers.find_staff("IN-1").id, False, "x")


def test_meal_break_pause_and_resume(stocked, clock, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    with pytest.raises(RuleViolation):
        stocked.custody.remark(p.id, "meal_resume")
    clock.set(clock.now().replace(hour=8, minute=5))  # 13:05 local
    stocked.custody.remark(p.id, "meal_pause")
    with pytest.raises(RuleViolation):
        stocked.custody.remark(p.id, "meal_pause")
    clock.advance(minutes=50)
    stocked.custody.remark(p.id, "meal_resume")
    [row] = build_rows(stocked)
    kk = [remark_text(r, "kk") for r in row.remarks]
    ru = [remark_text(r, "ru") for r in row.remarks]
    assert kk == ["Түскі ас үзілісі: жазба тоқтатылды 13:05",
                  "Түскі ас үзілісінен кейін жазба жалғастырылды 13:55"]
    assert ru[0] == "Перерыв на обед: запись приостановлена 13:05"


def test_malfunction_and_replacement(stocked, clock, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    with pytest.raises(RuleViolation, match="R16"):
        stocked.custody.replace_camera(p.id, "BK-002", ok_checklist, card="MC-002", seal="2")
    clock.advance(hours=2)
    stocked.custody.report_malfunction(p.id, "does not switch on")
    clock.advance(minutes=30)
    new = stocked.custody.replace_camera(p.id, "BK-002", ok_checklist, card="MC-002", seal="2")
    assert new.replaces_id == p.id
    # The failed camera comes back marked faulty; the inspector keeps the replacement.
    stocked.custody.return_camera("BK-001")
    assert stocked.registers.find_device("BK-001").state == "faulty"
    assert stocked.registers.find_device("BK-002").state == "issued"
    rows = build_rows(stocked)
    first = [remark_text(r) for r in rows[0].remarks]
    assert first[0].startswith("Ақау: does not switch on; хабарланған күні мен уақыты "
                               "23.11.2026 11:00")
    assert any(t.startswith("Ауыстырылды: BK-002 берілді 23.11.2026 11:30") for t in first)
    # Column 8 in the order things happened (the examiner saw a later entry printed before
    # the replacement): a note written after the replacement comes after it.
    clock.advance(minutes=5)
    stocked.custody.remark(p.id, "note", "the failed camera goes to repair")
    [first_row, _second] = build_rows(stocked)
    kinds = [r.kind for r in first_row.remarks]
    assert kinds.index("replaced_by") < kinds.index("note")
    assert [r.at for r in first_row.remarks] == sorted(r.at for r in first_row.remarks)
    # A correction of the failed camera's row keeps "replaced: BK-002 issued" (an examiner
    # saw it only on the struck row).
    stocked.custody.correct(p.id, "пломба қате оқылды", seal="9")
    fixed = next(r for r in build_rows(stocked) if r.corrects_number is not None)
    assert "replaced_by" in [r.kind for r in fixed.remarks]
    assert remark_text(rows[1].remarks[0], "ru").startswith(
        "Выдан взамен неисправного видеорегистратора BK-001")


def test_malfunction_needs_a_cause(stocked, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    with pytest.raises(InvalidInput):
        stocked.custody.report_malfunction(p.id, "  ")


def test_correction_strikes_and_rewrites(stocked, clock, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    clock.advance(minutes=10)
    fix = stocked.custody.correct(p.id, "wrong camera written", camera="BK-002",
                                  card="MC-002", seal="2")
    reg = stocked.registers
    assert reg.find_device("BK-001").state == "in_store"
    assert reg.find_device("BK-002").state == "issued"
    original = stocked.journal.entry(p.id)  # still there, readable, unchanged (R7)
    assert original.kind == "issue" and original.data["camera_inventory"] == "BK-001"
    rows = build_rows(stocked)
    assert [r.struck for r in rows] == [True, False]
    assert rows[1].inventory == "BK-002 (MC-002)"
    assert rows[1].received_at == rows[0].received_at  # the time of the event stays (R3)
    text = remark_text(rows[1].remarks[0])
    assert text.startswith("Түзетілді 23.11.2026 09:10, Серік Қайратұлы Ахметов.")
    assert "wrong camera written" in text and "№ 1" in text
    with pytest.raises(RuleViolation, match="already been corrected"):
        stocked.custody.correct(p.id, "again", seal="3")
    stocked.custody.return_camera("BK-002")
    assert fix.ref_seq == p.id


def test_correction_needs_a_reason_and_cannot_touch_times(stocked, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    with pytest.raises(InvalidInput, match="reason"):
        stocked.custody.correct(p.id, "  ", seal="2")
    with pytest.raises(InvalidInput):
        stocked.custody.correct(p.id, "time was wrong", issued_at="2026-01-01")


def test_correcting_to_a_camera_that_was_out_is_refused(stocked, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    stocked.custody.issue("IN-2", "BK-002", ok_checklist, card="MC-002", seal="2")
    with pytest.raises(RuleViolation):
        stocked.custody.correct(p.id, "typo", camera="BK-002")


def test_remark_correction(stocked, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    e = stocked.custody.remark(p.id, "note", "battery at 20%")
    stocked.custody.correct(e.seq, "misheard", text="battery at 70%")
    [row] = build_rows(stocked)
    texts = [remark_text(r) for r in row.remarks]
    assert texts[0] == "battery at 20%"  # struck, still readable
    assert row.remarks[0].kind == "struck"
    assert texts[1].startswith("battery at 70% — Түзетілді")


def test_void_a_return_made_by_mistake(stocked, ok_checklist):
    stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    p = stocked.custody.return_camera("BK-001")
    stocked.custody.correct(p.return_seq, "wrong camera clicked", void=True)
    assert stocked.registers.find_device("BK-001").state == "issued"
    assert stocked.custody.open_for_camera(p.camera_id) is not None
    stocked.custody.return_camera("BK-001")


def test_program_made_entries_cannot_be_corrected(stocked, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    with stocked.db.write() as con:
        e = stocked.custody.download_in(con, p.id, p.camera_id, {"files": 0})
    with pytest.raises(RuleViolation):
        stocked.custody.correct(e.seq, "no", seal="x")


def test_download_fills_column_six(stocked, clock, ok_checklist):
    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    clock.advance(hours=8)
    stocked.custody.return_camera("BK-001")
    clock.advance(minutes=20)
    with stocked.db.write() as con:
        stocked.custody.download_in(con, p.id, p.camera_id, {"files": 3})
    [row] = build_rows(stocked)
    assert row.downloaded_at.strftime("%H:%M") == "17:20"


def test_registers_keep_history(stocked):
    reg = stocked.registers
    cam = reg.find_device("BK-003")
    reg.set_device_state(cam.id, "faulty", "dropped")
    reg.set_device_state(cam.id, "in_store", "repaired")
    history = reg.history("devices", cam.id)
    assert [(h["field"], h["new"], h["reason"]) for h in history][-2:] == [
        ("state", "faulty", "dropped"), ("state", "in_store", "repaired")]


def test_nothing_is_deleted_from_registers(stocked):
    with pytest.raises(Exception, match="nothing is deleted"), stocked.db.write() as con:
        con.execute("DELETE FROM devices WHERE inventory_no = 'BK-003'")
    with pytest.raises(Exception, match="nothing is deleted"), stocked.db.write() as con:
        con.execute("DELETE FROM staff WHERE personnel_no = 'IN-2'")


def test_service_life_seven_years(stocked, clock):
    reg = stocked.registers
    old = reg.add_device("camera", "OLD-1", in_service="2019-12-01")
    assert old.end_of_life().isoformat() == "2026-12-01"
    near = {d.inventory_no for d, _ in reg.near_end_of_life()}
    assert "OLD-1" in near and "BK-001" not in near


def test_only_the_officer_writes_custody_entries(stocked, vault_dir, clock, ok_checklist):
    from app.model import vault
    from tests.conftest import HEAD_PW

    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    stocked.lock()
    head = vault.unlock(vault_dir, "head", HEAD_PW, clock)
    for action in (lambda: head.custody.issue("IN-2", "BK-002", ok_checklist, card="MC-002",
                                              seal="2"),
                   lambda: head.custody.return_camera("BK-001"),
                   lambda: head.custody.remark(p.id, "note", "x"),
                   lambda: head.custody.correct(p.id, "x", seal="3")):
        with pytest.raises(RuleViolation, match="R1, R5"):
            action()
    assert head.journal.size() == 1
    head.lock()


def test_footage_follows_a_corrected_inspector(stocked, clock, ok_checklist):
    from app.model.footage import FootagePart, NewFootage

    p = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    clock.advance(hours=8)
    stocked.custody.return_camera("BK-001")
    blob_id, digest, size = stocked.blobs.put_bytes(b"recording")
    with stocked.db.write() as con:
        e = stocked.custody.download_in(con, p.id, p.camera_id, {"files": 1})
        stocked.footage.add_in(con, NewFootage(
            digest, size, "VID1.MP4", [FootagePart(1, blob_id, "VID1.MP4", size, digest)],
            camera_id=p.camera_id, inspector_id=p.inspector_id, custody_id=p.id,
            started_at=p.issued_at), e.seq)
    in1 = stocked.registers.find_staff("IN-1").id
    in2 = stocked.registers.find_staff("IN-2").id
    assert [f.inspector_id for f in stocked.footage.search(inspector_id=in1)] == [in1]
    fix = stocked.custody.correct(p.id, "wrong inspector written", inspector="IN-2")
    assert stocked.footage.search(inspector_id=in1) == []
    [found] = stocked.footage.search(inspector_id=in2)
    assert (found.inspector_id, found.custody_id) == (in2, fix.seq)
    assert stocked.footage.get(found.id).inspector_id == in1  # the stored row is untouched


def test_footage_is_attributed_to_the_live_period_covering_its_time(stocked, clock,
                                                                     ok_checklist):
    """Ingest looks recordings up in the camera's live periods (issue #3 item 4, R7): the
    period covering the moment, edges included; a struck period never; outside all
    periods, none (the ingest then falls back to the latest)."""
    from app.clock import to_iso
    from app.model.custody import covering_in

    cam = stocked.registers.find_device("BK-001").id
    first = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S-1")
    t_issue = clock.now()
    clock.advance(hours=4)
    stocked.custody.return_camera("BK-001")
    t_return = clock.now()
    clock.advance(hours=1)
    gap = to_iso(clock.now())
    clock.advance(hours=1)
    second = stocked.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="S-2")
    clock.advance(hours=1)
    periods = stocked.custody.live_for_camera(cam)
    assert [p.id for p in periods] == [second.id, first.id]          # newest first
    assert covering_in(periods, to_iso(t_issue)).id == first.id
    assert covering_in(periods, to_iso(t_return)).id == first.id
    assert covering_in(periods, gap) is None
    assert covering_in(periods, to_iso(clock.now())).id == second.id  # still out
    stocked.custody.correct(first.id, "wrong seal written", seal="S-9")
    live = stocked.custody.live_for_camera(cam)
    assert first.id not in [p.id for p in live]
    assert covering_in(live, to_iso(t_issue)).id not in (first.id, None)  # the rewrite
