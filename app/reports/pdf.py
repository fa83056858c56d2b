"""A report table as an A4 landscape PDF, in the language it was made in, with the office
and numbered pages; the same fonts as the journal (Kazakh letters included)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from app.paper.layout import FONT, FONT_B, register_fonts
from app.reports.tables import Table

PAGE = landscape(A4)
MARGIN = 12 * mm


def pdf_bytes(table: Table) -> bytes:
    register_fonts()
    title = ParagraphStyle("title", fontName=FONT_B, fontSize=12, leading=15)
    small = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.5)
    head = ParagraphStyle("head", fontName=FONT_B, fontSize=7.5, leading=9)

    def para(value: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(value), style)

    shown = table.shown_rows()
    data = [[para(h, head) for h in table.headers]]
    data += [[para(v, cell) for v in row] for row in shown[:len(table.rows)]]
    if table.footer:
        data.append([para(v, head) for v in shown[-1]])
    usable = PAGE[0] - 2 * MARGIN
    n = len(table.headers)
    # The wide columns (names, details) take what the others leave; the others share 3/4
    # of the page, enough for a Kazakh header word ("Түсіндірілмеген") on one line.
    narrow = usable * 0.8 / max(1, n - len(table.wide)) if table.wide else usable / n
    widths = [narrow] * n
    if table.wide:
        rest = (usable - narrow * (n - len(table.wide))) / len(table.wide)
        for i in table.wide:
            widths[i] = rest
    grid = LongTable(data, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, (0.4, 0.4, 0.4)),
        ("BACKGROUND", (0, 0), (-1, 0), (0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))

    def number_pages(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(FONT, 8)  # type: ignore[attr-defined]
        canvas.drawRightString(PAGE[0] - MARGIN, 6 * mm,  # type: ignore[attr-defined]
                               f"{doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=table.title,
                            author="Dalel")
    story = [para(table.office, small)] if table.office else []
    story.append(para(table.title, title))
    if table.subtitle:
        story += [Spacer(1, 2 * mm), para(table.subtitle, small)]
    story += [Spacer(1, 4 * mm), grid]
    doc.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
    return out.getvalue()
