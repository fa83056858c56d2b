"""A period given backwards is bad input naming both dates (exit 2), in the core as at the
command line: never an empty extract or "no rows in that period" (exit 6)."""

from __future__ import annotations

from datetime import date

import pytest

from app.clock import check_period
from app.errors import ExitCode, InvalidInput
from app.paper import print_range


def test_a_reversed_period_names_both_dates():
    with pytest.raises(InvalidInput) as err:
        check_period(date(2026, 12, 31), date(2026, 12, 1))
    assert err.value.exit_code == ExitCode.BAD_INPUT
    assert "2026-12-31" in str(err.value) and "2026-12-01" in str(err.value)
    for since, until in ((date(2026, 12, 1), date(2026, 12, 1)), (None, date(2026, 1, 1)),
                         ("2026-12-01", None), ("2026-11-30", "2026-12-01")):
        check_period(since, until)


def test_print_range_refuses_a_reversed_period(session, tmp_path):
    out = tmp_path / "r.pdf"
    with pytest.raises(InvalidInput, match="runs backwards"):
        print_range(session, date(2026, 12, 31), date(2026, 12, 1), out)
    with pytest.raises(InvalidInput, match="runs backwards"):
        print_range(session, "2026-12-31", "2026-12-01", out)
    assert not out.exists()
