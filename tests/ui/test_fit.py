"""app/ui/fit.py: a table's cut text and cut headings end in "…", the whole text in a tip
(issue 15: a GUI examiner read "ть до (приказ № 121," — a heading cut on both sides)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from app.ui.fit import fit_columns, fit_table


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
