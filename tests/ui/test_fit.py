"""app/ui/fit.py: a table's cut text and cut headings end in "…", the whole text in a tip
(issue 15: a GUI examiner read "ть до (приказ № 121," — a heading cut on both sides)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from app.ui.fit import MIN_COLUMN, common_width, fit_columns, fit_table


def test_a_cut_heading_ends_in_an_ellipsis_and_keeps_its_text_as_a_tip(qapp):
    table = QTableWidget(1, 2)
    long_heading = "Хранить до (приказ № 121, п. 12)"
    table.setHorizontalHeaderLabels(["№", long_heading])
    table.setItem(0, 0, QTableWidgetItem("1"))
    table.setItem(0, 1, QTableWidgetItem("23.11.2027"))
    fit_table(table, cap=60)
    fit_columns(table)
    header = table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert table.horizontalHeaderItem(1).toolTip() == long_heading


def test_common_width_cuts_only_the_widest_and_never_below_the_floor() -> None:
    assert common_width([100, 200, 300], fixed=0, room=700) is None       # all fit
    # 600 px over 3 columns in 500: the 100 stays, the others share 400
    assert common_width([100, 200, 300], fixed=0, room=500) == 200
    assert common_width([100, 200, 300], fixed=100, room=500) == 150
    assert common_width([300, 300, 300], fixed=0, room=90) == MIN_COLUMN


def test_a_wide_table_shows_every_column_without_scrolling_sideways(qapp) -> None:
    """Issue 15's leftover: Review, Registers and Reports needed a sideways scroll at
    1366 px for their last columns; the widest are cut instead, numbers kept whole."""
    table = QTableWidget(3, 6)
    table.setHorizontalHeaderLabels(["Инвентарный №", "Инспектор", "Файл", "Категория",
                                     "Хранить до", "Запрет / уничтожение"])
    for r in range(3):
        for c, text in enumerate(("BK-ALM-2024-000125",
                                  "Гүлназира Қуанышбекқызы Сейітжаппарова-Нұрмағамбетова",
                                  "DCIM/100MEDIA/ALMATY_2026_11_23_090000_0001.MP4",
                                  "административное правонарушение (5 лет)", "23.11.2031",
                                  "запрет: дело № 5-123/2026")):
            table.setItem(r, c, QTableWidgetItem(text))
    fit_table(table, cap=400, whole=(0,))
    table.resize(640, 200)
    table.show()
    qapp.processEvents()
    fit_columns(table)
    header = table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert total <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible() or table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)       # the number whole
    # narrower still (a splitter moved): cut again, at once
    table.resize(520, 200)
    qapp.processEvents()
    assert sum(header.sectionSize(c) for c in range(6)) <= table.viewport().width()
    table.close()
