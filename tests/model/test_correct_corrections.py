"""R7: the newest entry of any correction chain can itself be corrected — an issue, a remark
and a struck-out return (issue 15): a wrong correction never stays wrong forever, and the
paper shows the chain."""

from __future__ import annotations

import pytest

from app.errors import RuleViolation
from app.model.journal_rows import build_rows, remark_text


def test_a_corrected_issue_can_be_corrected_again(stocked, clock, ok_checklist) -> None:
    c = stocked.custody
    p = c.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    clock.advance(minutes=5)
    first = c.correct(p.id, "wrong seal written", seal="2")
    clock.advance(minutes=5)
    second = c.correct(first.seq, "the correction misread it too", seal="3")
    assert c.period(second.seq).seal == "3" and c.period(first.seq).struck_by == second.seq
    rows = build_rows(stocked)
    assert [r.struck for r in rows] == [True, True, False]
    assert [r.number for r in rows] == [1, 2, 3] and rows[2].corrects_number == 2
    assert "the correction misread it too" in remark_text(rows[2].remarks[0])
    # Only the newest entry of a chain may be corrected.
    with pytest.raises(RuleViolation, match="already been corrected"):
        c.correct(first.seq, "again", seal="4")
    with pytest.raises(RuleViolation, match="already been corrected"):
        c.correct(p.id, "again", seal="4")
    c.return_camera("BK-001")


def test_a_corrected_remark_can_be_corrected_again(stocked, ok_checklist) -> None:
    c = stocked.custody
    p = c.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    e = c.remark(p.id, "note", "battery at 20%")
    fix = c.correct(e.seq, "misheard", text="battery at 70%")
    c.correct(fix.seq, "misheard twice", text="battery at 75%")
    [row] = build_rows(stocked)
    texts = [remark_text(r) for r in row.remarks]
    assert texts[0] == "battery at 20%"                # struck, still readable
    assert texts[1].startswith("battery at 75% — Түзетілді") and "misheard twice" in texts[1]
    with pytest.raises(RuleViolation, match="already been corrected"):
        c.correct(fix.seq, "again", text="x")


def test_a_struck_return_can_be_restored(stocked, clock, ok_checklist) -> None:
    c = stocked.custody
    c.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    clock.advance(hours=8)
    back = c.return_camera("BK-001")
    clock.advance(minutes=3)
    void = c.correct(back.return_seq, "thought the wrong camera was clicked", void=True)
    assert stocked.registers.find_device("BK-001").state == "issued"
    clock.advance(minutes=3)
    c.correct(void.seq, "it was the right camera after all", restore=True)
    period = c.period(back.id)
    assert period.returned_at == back.returned_at          # the time first recorded (R3)
    assert stocked.registers.find_device("BK-001").state == "in_store"
    [row] = build_rows(stocked)
    kinds = [r.kind for r in row.remarks]
    assert kinds[-2:] == ["return_void", "return_restore"]
    assert remark_text(row.remarks[-1], "ru").startswith("Зачёркнутая запись о сдаче восстановлена")
    assert row.handed_in_at is not None


def test_a_struck_return_is_not_restored_once_the_camera_went_out_again(
        stocked, ok_checklist) -> None:
    c = stocked.custody
    c.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="1")
    back = c.return_camera("BK-001")
    void = c.correct(back.return_seq, "wrong camera", void=True)
    c.return_camera("BK-001")                               # the right return
    with pytest.raises(RuleViolation, match="cannot be restored"):
        c.correct(void.seq, "no", restore=True)
