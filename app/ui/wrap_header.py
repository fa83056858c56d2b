"""A horizontal header whose titles wrap onto as many lines as the column width needs (the
official column titles of R18 are long, and Kazakh ones longer still): nothing is clipped,
the header grows to the tallest title, and the rows are re-fitted when a column's width
changes."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
PAD = 6


class WrapHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(0)
        self._fit.timeout.connect(self.fit)
        self.sectionResized.connect(lambda *_a: self._fit.start())

    def title(self, section: int) -> str:
        model = self.model()
        text = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole) \
            if model is not None else None
        return str(text or "").replace("\n", " ")

    def needed_height(self) -> int:
        fm = self.fontMetrics()
        tallest = fm.height()
        for s in range(self.count()):
            if self.isSectionHidden(s):
                continue
            rect = fm.boundingRect(QRect(0, 0, max(20, self.sectionSize(s) - 2 * PAD), 10000),
                                   int(FLAGS), self.title(s))
            tallest = max(tallest, rect.height())
        return tallest + 2 * PAD

    def widen_to_words(self) -> None:
        """No word of a title is cut: a column is at least as wide as its longest word."""
        fm = self.fontMetrics()
        for s in range(self.count()):
            words = self.title(s).split() or [""]
            need = max(fm.horizontalAdvance(w) for w in words) + 2 * PAD + 2
            if self.sectionResizeMode(s) != QHeaderView.ResizeMode.Stretch and \
                    self.sectionSize(s) < need:
                self.resizeSection(s, need)

    def fit(self) -> None:
        """Header as tall as its longest title; rows as tall as their contents."""
        self.setFixedHeight(self.needed_height())
        view = self.parent()
        if isinstance(view, QTableView):
            view.resizeRowsToContents()

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        opt.rect = rect
        opt.section = section
        opt.text = ""
        self.style().drawControl(QStyle.ControlElement.CE_Header, opt, painter, self)
        painter.save()
        painter.drawText(rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2), int(FLAGS),
                         self.title(section))
        painter.restore()
