"""The Settings page saves through the core's one ``change`` (issue 13, item 1): a bad value
is refused with the message ``dalel settings`` gives, and a setting stored bad behind the
program is named on Today with the value used instead, until it is saved right."""

from __future__ import annotations

import logging

import pytest

from app.errors import InvalidInput
from app.model.settings import change
from app.ui.dialogs import MessageBox


def _todo(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.todo.item(i).text() for i in range(page.todo.count())]


def test_the_page_refuses_what_the_core_refuses_and_today_names_a_bad_setting(qtbot, win,
                                                                              caplog):
    page = win.workspace.settings
    s = win.session
    for edit, key, value in ((page.times["work_end"], "work_end", "25:99"),
                             (page.extra["extra_days_off"], "extra_days_off", "32.12.2026")):
        with pytest.raises(InvalidInput) as core:
            change(s, {key: value})
        before = edit.text()
        edit.setText(value)
        MessageBox.set_next_answer(MessageBox.Button.Ok)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="app.ui.dialogs"):
            page.save()
        assert str(core.value) in caplog.text, caplog.text
        edit.setText(before)
    assert s.settings.problems() == [] and s.audit.entries(action="settings_changed") == []
    # Written straight into the database (an insider, an older version): Today says so.
    with s.db.write() as con:
        con.execute("INSERT INTO settings (key, value) VALUES ('work_end', '\"25:99\"') "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    today = win.workspace.today
    today.refresh()
    [notice] = [t for t in _todo(today) if "Working day ends" in t]
    assert "(work_end)" not in notice                     # the key is not shown in the window
    assert "“25:99”" in notice and "“18:30” is used" in notice
    # The page shows what is used; saving it stores that and the notice goes.
    assert page.times["work_end"].text() == "18:30"
    page.save()
    assert s.settings.problems() == []
    assert not any("Working day ends" in t for t in _todo(today))
    [record] = s.audit.entries(action="settings_changed")
    assert record.detail == {"key": "work_end", "old": "25:99", "new": "18:30"}
