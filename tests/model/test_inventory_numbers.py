"""Look-alike inventory and personnel numbers (issue 15, R4): "ВК-007" typed in Cyrillic and
"BK-007" in Latin are one number — found however typed, never registered twice; the number
is shown as typed; a number that mixes scripts is flagged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidInput, NotFound, RuleViolation
from app.model.inventory import mixes_scripts, number_key


@pytest.mark.parametrize("typed", ["BK-007", "ВК-007", "вк-007", "bk-007 ", " BK–007 ",
                                   "ＢＫ－００７", "Bк-007"])
def test_one_key_however_typed(typed: str) -> None:
    assert number_key(typed) == "BK-007"


def test_different_numbers_stay_different() -> None:
    assert number_key("BK-007") != number_key("BK-008")
    assert number_key("ВЖ-1") != number_key("BX-1")      # Ж has no Latin look-alike


@given(st.text(max_size=40))
def test_the_key_is_stable(text: str) -> None:
    key = number_key(text)
    assert number_key(key) == key and " " not in key


def test_mixed_scripts() -> None:
    assert mixes_scripts("Bк-007") and mixes_scripts("ВK-007")
    assert not mixes_scripts("BK-007") and not mixes_scripts("ВК-007")
    assert not mixes_scripts("007")


def test_look_alikes_are_one_device_and_one_person(stocked) -> None:
    reg = stocked.registers
    cam = reg.find_device("BK-001")
    assert reg.find_device("ВК-001", "camera") == cam          # Cyrillic В and К
    assert reg.find_device("bk-001").inventory_no == "BK-001"  # shown as registered
    with pytest.raises(RuleViolation, match="already registered as BK-001"):
        reg.add_device("camera", "ВК-001")
    with pytest.raises(RuleViolation, match="already registered as IN-1"):
        reg.add_staff("Басқа", "Адам", "ІN-1")                  # Kazakh І
    assert reg.find_staff("іn-1").personnel_no == "IN-1"
    with pytest.raises(NotFound, match="No camera with inventory number BK-404"):
        reg.find_device("BK-404", "camera")
    with pytest.raises(NotFound, match="No memory card"):
        reg.find_device("MC-404", "card")
    with pytest.raises(InvalidInput, match="Enter the inventory number"):
        reg.find_device("  ", "camera")


def test_issue_by_a_look_alike_number(stocked, ok_checklist) -> None:
    p = stocked.custody.issue("IN-1", "ВК-002", ok_checklist, card="МС-002", seal="S")
    assert stocked.registers.device(p.camera_id).inventory_no == "BK-002"
