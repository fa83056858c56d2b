"""Issue 16: the house rules a newcomer can rely on, checked on the source tree.

SQL lives in app/model only; no module uses another's underscore names; no import circle
between app modules; no module over 500 lines; no service or screen takes an untyped
session. The checks themselves are in tools/house_rules.py (also a script)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import house_rules as house

MODULES = house.modules()
IDS = [str(p.relative_to(house.ROOT.parent)) for p in MODULES]


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_sql_only_in_model(path: Path) -> None:
    assert house.sql_outside_model(path) == []


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_no_private_name_from_another_module(path: Path) -> None:
    assert house.private_uses(path) == []


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_module_small(path: Path) -> None:
    assert house.line_count(path) <= house.MAX_LINES


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_session_typed(path: Path) -> None:
    assert house.untyped_sessions(path) == []


def test_no_import_circle() -> None:
    assert house.cycles() == []


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    """The checks are not blind: each finds its fault in a small sample."""
    bad = tmp_path / "bad.py"
    bad.write_text('from app.x import _hidden\n'
                   'def f(session: Any, con):\n'
                   '    con.execute("SELECT 1")\n'
                   '    return other._secret\n', encoding="utf-8")
    assert len(house.sql_outside_model(bad)) == 2
    assert len(house.private_uses(bad)) == 2
    assert len(house.untyped_sessions(bad)) == 1
