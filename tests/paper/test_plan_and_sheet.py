"""Before printing, the program says what it prints and why a row waits (R7, R8, R17); the
sheet for signatures puts the rows issued so far on the next numbered page, columns 5–8
left for ink (R5, R7, R18). The PDFs are read back with pypdf."""

from __future__ import annotations

import json
import re

import pytest
from pypdf import PdfReader

from app.errors import RuleViolation
from app.model.custody import Checklist
from app.paper import (
    close_volume,
    demo,
    forms,
    print_morning_sheet,
    print_new_pages,
    print_plan,
    reprint,
    verify_page,
)


def pdf_pages(path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def page_number(text: str) -> int | None:
    m = re.search(r"Парақ / Лист (\d+)", text)
    return int(m.group(1)) if m else None


DATE_TIME = re.compile(r"\d\d\.\d\d\.\d{4} \d\d:\d\d")
OK = Checklist.all_ok(battery_percent=90)


def _download(session, camera: str) -> None:
    period = session.custody.last_for_camera(session.registers.find_device(camera).id)
    with session.db.write() as con:
        session.custody.download_in(con, period.id, period.camera_id, {"files": 2})


@pytest.fixture
def day_one(session, clock, tmp_path):
    """Day 1 (3 finished rows) printed as page 1; now 09:00 of day 2."""
    demo.stock(session)
    demo.ordinary_day(session, clock, 1)
    demo.next_morning(clock)
    print_new_pages(session, tmp_path / "day1.pdf")
    return session


def test_the_plan_says_what_prints_and_why_each_row_waits(day_one, clock, tmp_path):
    s = day_one
    s.custody.issue("IN-1", "БК-001", OK, card="ЖК-001", seal="П-1")   # № 4: still out
    clock.advance(minutes=5)
    s.custody.issue("IN-2", "БК-002", OK, card="ЖК-002", seal="П-2")   # № 5: not downloaded
    clock.advance(minutes=5)
    s.custody.issue("IN-3", "БК-003", OK, card="ЖК-003", seal="П-3")   # № 6: finished
    clock.advance(hours=2)
    s.custody.return_camera("БК-002")
    s.custody.return_camera("БК-003")
    _download(s, "БК-003")
    plan = print_plan(s)
    assert plan.ready == []
    assert [(w.number, w.why, w.rule) for w in plan.waiting] == [
        (4, "camera_out", "R17"), (5, "not_downloaded", "R8"), (6, "behind", "R7")]
    text = "\n".join(plan.lines())
    assert "No row is ready for new pages." in text
    assert "№ 4 — БК-001 (ЖК-001)" in text and "not handed in yet; due back by 24.11.2026 " \
                                               "18:30 (R17)" in text
    assert "№ 5 — БК-002" in text and "not downloaded yet; due in the vault by 25.11.2026 " \
                                      "18:30 (R8)" in text
    assert "№ 6 — БК-003" in text and "waits for № 4" in text
    assert plan.sheet == [4, 5, 6] and plan.sheet_open == [4, 5]
    # Printing refuses, and says why (the first waiting row), without writing a file.
    with pytest.raises(RuleViolation, match="Rows waiting: 3; the first: № 4"):
        print_new_pages(s, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    # Once № 4 is back and downloaded, № 4 prints and № 5 waits, № 6 behind it.
    s.custody.return_camera("БК-001")
    _download(s, "БК-001")
    result = print_new_pages(s, tmp_path / "p.pdf")
    assert (result.first_row, result.last_row) == (4, 4)
    assert [w["number"] for w in result.waiting] == [5, 6]
    assert "(R8)" in result.waiting[0]["text"] and result.waiting[1]["why"] == "behind"
    assert print_plan(s).as_dict()["ready"] == []


def test_sheet_for_signatures_is_the_next_book_page_with_later_cells_empty(
        day_one, clock, tmp_path):
    s = day_one
    first = s.custody.issue("IN-1", "БК-001", OK, card="ЖК-001", seal="П-1")
    clock.advance(minutes=4)
    s.custody.issue("IN-2", "БК-002", OK, card="ЖК-002", seal="П-2")
    clock.advance(minutes=4)
    s.custody.remark(first.id, "meal_pause")          # recorded before the sheet: ink too
    clock.advance(minutes=2)
    sheet = print_morning_sheet(s, tmp_path / "sheet.pdf")
    assert sheet.kind == "morning" and sheet.pages == [2] and not sheet.covers
    assert (sheet.first_row, sheet.last_row) == (4, 5) and sheet.open_rows == [4, 5]
    text = pdf_pages(tmp_path / "sheet.pdf")[0]
    assert page_number(text) == 2                       # on from page 1, no gap
    assert "БК-001 (ЖК-001) Ерлан Бауыржанұлы Сейітов 24.11.2026 09:00" in text
    assert "БК-002 (ЖК-002) Гүлнұр Серікқызы Жұмабаева 24.11.2026 09:04" in text
    assert DATE_TIME.findall(text) == ["24.11.2026 09:00", "24.11.2026 09:04"]   # 5, 6 empty
    assert "Түскі ас" not in text                        # 8 empty
    assert " ".join(forms.INK_NOTE_KK.split()) in text and "графами 5–8" in text
    record = json.loads(s.db.one("SELECT rows FROM print_pages WHERE page_no = 2")[0])
    assert [r["cells"][3:] for r in record["rows"]] == [["", "", ""], ["", "", ""]]
    assert all(r["rk"] == [] for r in record["rows"]) and record["extra"] == {"ink": [4, 5]}
    assert s.audit.entries(action="print")[-1].detail["kind"] == "morning"
    assert verify_page(s, sheet.codes[0], page=2).ok

    # The evening: back and downloaded. The page still holds; nothing prints twice; the
    # plan lists what to write in ink.
    clock.advance(hours=8)
    s.custody.return_camera("БК-001")
    clock.advance(minutes=10)
    _download(s, "БК-001")
    assert verify_page(s, sheet.codes[0], page=2).ok
    with pytest.raises(RuleViolation):
        print_new_pages(s, tmp_path / "again.pdf")
    plan = print_plan(s)
    assert plan.ready == [] and plan.sheet == []
    ink = [(c.number, c.page, c.column) for c in plan.ink]
    assert ink == [(4, 2, 5), (4, 2, 6), (4, 2, 7), (4, 2, 8)]
    assert plan.ink[0].value == "24.11.2026 17:10" and plan.ink[2].value == \
        "Серік Қайратұлы Ахметов"
    assert "Түскі ас үзілісі" in plan.ink[3].value
    assert "  Volume 1, page 2, № 4, column 5: 24.11.2026 17:10" in plan.lines()
    # № 5's camera stays out overnight; it is on paper already, so it waits for nothing.
    assert plan.waiting == []

    # Day 3: the next sheet goes on page 3; a duplicate of page 2 says the same; closing
    # counts every page.
    demo.next_morning(clock)
    s.custody.issue("IN-3", "БК-003", OK, card="ЖК-003", seal="П-3")
    assert print_morning_sheet(s, tmp_path / "s3.pdf").pages == [3]
    dup = reprint(s, 1, [2], tmp_path / "dup.pdf")
    dup_text = pdf_pages(tmp_path / "dup.pdf")[0]
    assert dup.codes == sheet.codes and "ТЕЛНҰСҚА / ДУБЛИКАТ" in dup_text
    assert " ".join(forms.INK_NOTE_KK.split()) in dup_text
    assert DATE_TIME.findall(dup_text) == DATE_TIME.findall(text)
    assert close_volume(s, tmp_path / "c.pdf").pages == [4]
    with pytest.raises(RuleViolation, match="already on a printed page"):
        print_morning_sheet(s, tmp_path / "none.pdf")


def test_a_finished_row_on_the_sheet_prints_in_full(day_one, clock, tmp_path):
    """A row already back and downloaded when the sheet prints goes on it as it stands;
    a corrected row carries its "Түзетілді" from the start (R7)."""
    s = day_one
    s.custody.issue("IN-1", "БК-001", OK, card="ЖК-001", seal="П-1")
    clock.advance(minutes=30)
    s.custody.return_camera("БК-001")
    _download(s, "БК-001")
    wrong = s.custody.issue("IN-3", "БК-002", OK, card="ЖК-002", seal="П-2")
    clock.advance(minutes=3)
    s.custody.correct(wrong.id, "инспектор қате / ошибочно указан инспектор", inspector="IN-2")
    sheet = print_morning_sheet(s, tmp_path / "sheet.pdf")
    assert (sheet.first_row, sheet.last_row) == (4, 6) and sheet.open_rows == [6]
    text = pdf_pages(tmp_path / "sheet.pdf")[0]
    assert "24.11.2026 09:30" in text                      # № 4: handed in, printed
    assert "Сызылды; түзетілген жазба № 6" in text          # № 5 struck, settled
    assert "Түзетілді" in text                              # № 6 born corrected
    record = json.loads(s.db.one("SELECT rows FROM print_pages WHERE page_no = 2")[0])
    assert record["extra"] == {"ink": [6]}
    assert verify_page(s, sheet.codes[0]).ok
