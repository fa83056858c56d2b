"""Long names never widen the window (issue 15): a double Kazakh surname with its patronymic,
a long unit name or inventory number is elided where it shows, and its full text is in a
tool tip. An office monitor is often 1366x768; the window must fit 1280 px in Kazakh and
Russian with the longest names.

- ``narrow_combo``: a combo box as wide as ``chars`` characters whatever its items (its
  list still opens as wide as the longest one); the chosen item's full text is its tip.
- ``fit_table``: one line per row, cut with "…"; columns sized to their contents up to a
  cap, the last (or a chosen) column takes what is left; when they are still wider than
  the table, the widest are cut to one common width so that every column shows without
  scrolling sideways (down to ``MIN_COLUMN``); the full text of a cut cell shows as its tip.
- ``fit_list``: the same for a list whose items may be longer than the list is wide.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QListWidget,
    QTableView,
    QTableWidget,
    QToolTip,
)

COLUMN_CAP = 280   # px: the widest a column starts (the user may widen it)
MIN_COLUMN = 60    # px: no column is cut narrower to make the others fit


def common_width(widths: list[int], fixed: int, room: int, floor: int = MIN_COLUMN
                 ) -> int | None:
    """The width the widest of ``widths`` are cut to so that they and ``fixed`` px of
    uncut columns fit in ``room`` (a water level: the narrow ones keep theirs); None when
    all fit as they are. Never below ``floor``: past that the table scrolls."""
    if fixed + sum(widths) <= room:
        return None
    left = room - fixed
    ordered = sorted(widths)
    for i, width in enumerate(ordered):
        level = left // (len(ordered) - i)
        if level <= width:
            return max(level, floor)
        left -= width
    return None


def narrow_combo(combo: QComboBox, chars: int = 22) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())
    ElidedTips.install(combo.view())
    return combo


def fit_table(view: QTableView, stretch: int | None = None, cap: int = COLUMN_CAP,
              whole: tuple[int, ...] = ()) -> None:
    """Set up once: cut text with "…" on one line, columns the user can widen, the last
    column (or ``stretch``) takes the rest, the ``whole`` columns (inventory numbers) never
    cut; call ``fit_columns`` after each fill."""
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    # A header cut by its column ends in "…" too (Qt's default cuts it mid-word on both
    # sides when centred); its whole text is the tip (fit_columns).
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMaximumSectionSize(max(cap * 3, 600))
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setProperty("fit_cap", cap)
    view.setProperty("fit_whole", list(whole))
    ElidedTips.install(view)
    FitOnResize.install(view)


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents (rows sampled as Qt does), none over the cap."""
    cap = int(view.property("fit_cap") or COLUMN_CAP)
    whole = set(view.property("fit_whole") or ())
    header = view.horizontalHeader()
    for c in range(header.count()):
        heading = view.horizontalHeaderItem(c) if isinstance(view, QTableWidget) else None
        if heading is not None and heading.toolTip() != heading.text():
            heading.setToolTip(heading.text())
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
            continue
        view.resizeColumnToContents(c)
        if header.sectionSize(c) > cap and c not in whole:
            header.resizeSection(c, cap)
    fit_width(view)


def fit_width(view: QTableView) -> None:
    """Cut the widest columns to one width so that all show in the table's width (a
    column in Stretch mode counts at ``MIN_COLUMN``; the ``whole`` ones are never cut)."""
    room = view.viewport().width()
    header = view.horizontalHeader()
    if room < 4 * MIN_COLUMN or header.count() == 0:
        return   # not laid out yet: fitted again when shown (FitOnResize)
    whole = set(view.property("fit_whole") or ())
    cuttable: dict[int, int] = {}
    fixed = 0
    for c in range(header.count()):
        if header.isSectionHidden(c):
            continue
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
            fixed += MIN_COLUMN
        elif c in whole:
            fixed += header.sectionSize(c)
        else:
            cuttable[c] = header.sectionSize(c)
    level = common_width(list(cuttable.values()), fixed, room)
    if level is None:
        return
    for c, width in cuttable.items():
        if width > level:
            header.resizeSection(c, level)


def fit_list(view: QListWidget) -> None:
    """A list whose long items are cut with "…" (the tip has all), never scrolled sideways."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setUniformItemSizes(False)
    ElidedTips.install(view)


class FitOnResize(QObject):
    """Fits a table's columns to its width again when that width changes (the window
    shown, resized, a splitter moved): narrower, the widest are cut; wider by more than a
    little, the columns are sized to their contents again (and cut if need be)."""

    @classmethod
    def install(cls, view: QTableView) -> None:
        view.viewport().installEventFilter(cls(view))

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.width = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Resize:
            return False
        width = self.view.viewport().width()
        if width > self.width + 40:
            self.width = width
            fit_columns(self.view)
        elif width < self.width:
            self.width = width
            fit_width(self.view)
        return False


class ElidedTips(QObject):
    """Shows the full text of a cell that does not fit its column as a tool tip, when the
    item has no tip of its own."""

    @classmethod
    def install(cls, view: QAbstractItemView) -> None:
        if view.viewport().property("elided_tips"):
            return
        view.viewport().setProperty("elided_tips", True)
        view.viewport().installEventFilter(cls(view))

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        help_event = cast(QHelpEvent, event)  # a ToolTip event always is one
        index = self.view.indexAt(help_event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data() or "")
        rect = self.view.visualRect(index)
        if text and self.view.fontMetrics().horizontalAdvance(text) + 8 > rect.width():
            QToolTip.showText(help_event.globalPos(), text, self.view)
            return True
        return False
