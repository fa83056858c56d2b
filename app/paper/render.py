"""Drawing journal pages, covers and the certification sheet on the official form (R7, R18,
R22) with reportlab: the geometry, fonts and pagination are in :mod:`app.paper.layout`."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.paper import forms
from app.paper.layout import (
    BLANK_ROW,
    BODY,
    BODY_LEAD,
    FONT,
    FONT_B,
    FONT_I,
    FOOT_BAND,
    GREY,
    LIGHT,
    MARGIN_B,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    NUM_ROW,
    PAD,
    PAGE_H,
    PAGE_W,
    QR_SIZE,
    TOP_BAND,
    WIDTHS,
    Office,
    PageMark,
    PrintRow,
    blank_rows_per_page,
    cell_lines,
    draw_qr,
    header_lines,
    register_fonts,
    row_height,
    wrap,
)
from app.paper.numbers_words import kk_words, ru_sheets, ru_words


class Renderer:
    """One PDF document of journal pages; ``finish()`` returns its bytes."""

    def __init__(self, office: Office, title: str = "") -> None:
        register_fonts()
        self.office = office
        self.form = office.form
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
        self.c.setTitle(title or self.form.title_kk)
        self.c.setAuthor(office.unit_name or "Dalel")
        self.c.setCreator("Dalel")
        self.c.setSubject(self.form.title_ru)
        self.pages = 0

    def finish(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()

    def _end_page(self) -> None:
        self.c.showPage()
        self.pages += 1

    # small helpers
    def _text(self, x: float, y: float, text: str, font: str = FONT, size: float = BODY,
              color: Color = black) -> None:
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        c.drawString(x, y, text)
        c.setFillColor(black)

    def _centered(self, y: float, text: str, font: str, size: float, width: float,
                  lead: float, color: Color = black) -> float:
        """Wrapped, centred text from baseline ``y`` down; returns the next baseline."""
        c = self.c
        c.setFillColor(color)
        c.setFont(font, size)
        for ln in wrap(text, font, size, width):
            c.drawCentredString(PAGE_W / 2 + (MARGIN_L - MARGIN_R) / 2, y, ln)
            y -= lead
        c.setFillColor(black)
        return y

    def _left_wrapped(self, x: float, y: float, text: str, font: str, size: float,
                      width: float, lead: float, color: Color = black) -> float:
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        for ln in wrap(text, font, size, width):
            self.c.drawString(x, y, ln)
            y -= lead
        self.c.setFillColor(black)
        return y

    def _watermark(self, text: str) -> None:
        c = self.c
        c.saveState()
        c.setFillColor(LIGHT)
        c.setFont(FONT_B, 44)
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(24)
        c.drawCentredString(0, 0, text)
        c.restoreState()

    def _qr(self, payload: str, x: float, y: float, size: float) -> None:
        """The QR code (reportlab's encoder, error level M)."""
        draw_qr(self.c, payload, x, y, size)

    def _underlay(self, mark: PageMark | None) -> None:
        """Drawn first, under the form: the duplicate / extract watermark."""
        if mark is not None and mark.duplicate:
            self._watermark(forms.DUPLICATE)
        if mark is not None and mark.extract:
            self._watermark("ҮЗІНДІ / ВЫПИСКА")

    def _marks(self, mark: PageMark, *, with_check: bool = True) -> None:
        """Page number (top right), volume, duplicate/extract label, check code and QR."""
        c = self.c
        top = PAGE_H - MARGIN_T
        if mark.duplicate:
            c.setFont(FONT_B, 12)
            c.drawRightString(PAGE_W - MARGIN_R - 45 * mm, top - 5 * mm, forms.DUPLICATE)
        if mark.extract:
            c.setFont(FONT_B, 9)
            c.drawRightString(PAGE_W - MARGIN_R, top - 5 * mm, forms.EXTRACT)
        if mark.page_no is not None:
            label = f"{forms.PAGE_KK} / {forms.PAGE_RU} {mark.page_no}"
            c.setFont(FONT_B, 13)
            c.drawRightString(PAGE_W - MARGIN_R, top - 5 * mm, label)
        if mark.volume is not None:
            c.setFont(FONT, 8)
            c.drawRightString(PAGE_W - MARGIN_R, top - 9 * mm,
                              f"{forms.VOLUME_KK} {mark.volume} / {forms.VOLUME_RU} "
                              f"{mark.volume}")
        if with_check and mark.qr:
            self._qr(mark.qr, PAGE_W - MARGIN_R - QR_SIZE, MARGIN_B, QR_SIZE)
        if with_check and mark.code:
            x = PAGE_W - MARGIN_R - QR_SIZE - 2 * mm
            c.setFont(FONT, 7)
            c.drawRightString(x, MARGIN_B + 13 * mm, f"{forms.CHECK_KK} / {forms.CHECK_RU}:")
            c.setFont("Courier-Bold", 10)
            c.drawRightString(x, MARGIN_B + 8.5 * mm, mark.code)
            c.setFont(FONT_I, 6)
            c.drawRightString(x, MARGIN_B + 4.5 * mm,
                              "dalel print verify-page — электрондық журналмен салыстыру / "
                              "сверка с электронным журналом")

    # -- table pages -----------------------------------------------------------------------
    def _table_frame(self) -> float:
        """Top band, the header of 8 columns and the row of column numbers; returns body top."""
        c = self.c
        top = PAGE_H - MARGIN_T
        left = MARGIN_L
        short = self.form.title_kk
        title_w = PAGE_W - MARGIN_L - MARGIN_R - 112 * mm
        y = top - 5 * mm
        c.setFont(FONT, 7.2)
        ln = wrap(short, FONT, 7.2, title_w)
        c.drawString(left, y, ln[0] + (" …" if len(ln) > 1 else ""))
        if self.office.unit_name:
            c.setFont(FONT_I, 7)
            ln = wrap(self.office.unit_name, FONT_I, 7, title_w)
            c.drawString(left, y - 3.4 * mm, ln[0] + (" …" if len(ln) > 1 else ""))
        head_cols, hh = header_lines(self.office.agency)
        y_top = top - TOP_BAND
        c.setLineWidth(0.8)
        x = left
        total_w = sum(WIDTHS)
        c.rect(left, y_top - hh - NUM_ROW, total_w, hh + NUM_ROW)
        c.setLineWidth(0.5)
        c.line(left, y_top - hh, left + total_w, y_top - hh)
        for i, lines in enumerate(head_cols):
            w = WIDTHS[i]
            if i:
                c.line(x, y_top, x, y_top - hh - NUM_ROW)
            block = sum(ln[3] for ln in lines)
            yy = y_top - (hh - block) / 2 - lines[0][3] + 1.5
            for text, font, size, lead in lines:
                c.setFont(font, size)
                if font == FONT_I:
                    c.setFillColor(GREY)
                c.drawCentredString(x + w / 2, yy, text)
                c.setFillColor(black)
                yy -= lead
            c.setFont(FONT_B, 7)
            c.drawCentredString(x + w / 2, y_top - hh - NUM_ROW + 1.4 * mm, str(i + 1))
            x += w
        return y_top - hh - NUM_ROW

    def _officer_footer(self) -> None:
        c = self.c
        y = MARGIN_B + 12 * mm
        c.setFont(FONT, 8)
        c.drawString(MARGIN_L, y, f"{forms.OFFICER_KK} / {forms.OFFICER_RU}:")
        c.line(MARGIN_L + 48 * mm, y - 0.8 * mm, MARGIN_L + 125 * mm, y - 0.8 * mm)
        c.setFont(FONT_I, 6.5)
        c.drawCentredString(MARGIN_L + 86 * mm, y - 3.6 * mm,
                            f"({forms.SIGN_KK} / {forms.SIGN_RU}, аты-жөні / Ф.И.О.)")
        if self.office.officer:
            c.setFont(FONT, 8)
            c.drawString(MARGIN_L + 128 * mm, y, self.office.officer)

    def _ink_note(self) -> None:
        """Why columns 5–8 of some rows are empty: they were printed at issue (R5, R7)."""
        width = 140 * mm   # clear of the check code's caption on the right
        y = MARGIN_B + 4.2 * mm
        for text, font, color in ((forms.INK_NOTE_KK, FONT_I, black),
                                  (forms.INK_NOTE_RU, FONT_I, GREY)):
            y = self._left_wrapped(MARGIN_L, y, text, font, 6.5, width, 7.4, color)

    def table_page(self, rows: list[PrintRow], mark: PageMark, *, ink_note: bool = False
                   ) -> None:
        c = self.c
        self._underlay(mark)
        y = self._table_frame()
        total_w = sum(WIDTHS)
        bottom_limit = MARGIN_B + FOOT_BAND
        c.setLineWidth(0.5)
        for row in rows:
            cols = cell_lines(row)
            h = min(row_height(row), y - bottom_limit)
            c.rect(MARGIN_L, y - h, total_w, h)
            x = MARGIN_L
            for i, lines in enumerate(cols):
                if i:
                    c.line(x, y, x, y - h)
                yy = y - PAD - (lines[0][3] if lines else BODY_LEAD) + 2
                for text, font, size, lead, struck in lines:
                    if yy < y - h + 1:
                        break
                    c.setFont(font, size)
                    if font == FONT_I:
                        c.setFillColor(GREY)
                    c.drawString(x + PAD, yy, text)
                    c.setFillColor(black)
                    if struck and text:
                        wdt = pdfmetrics.stringWidth(text, font, size)
                        c.setLineWidth(0.7)
                        c.line(x + PAD - 0.5, yy + size * 0.3, x + PAD + wdt + 0.5,
                               yy + size * 0.3)
                        c.setLineWidth(0.5)
                    yy -= lead
                x += WIDTHS[i]
            y -= h
        self._officer_footer()
        if ink_note:
            self._ink_note()
        self._marks(mark)
        self._end_page()

    def blank_table_page(self, mark: PageMark) -> None:
        c = self.c
        y = self._table_frame()
        total_w = sum(WIDTHS)
        c.setLineWidth(0.5)
        for _ in range(blank_rows_per_page(self.office.agency)):
            c.rect(MARGIN_L, y - BLANK_ROW, total_w, BLANK_ROW)
            x = MARGIN_L
            for w in WIDTHS[:-1]:
                x += w
                c.line(x, y, x, y - BLANK_ROW)
            y -= BLANK_ROW
        self._marks(mark)
        self._end_page()

    # -- covers ----------------------------------------------------------------------------
    def front_cover(self, volume: int | None, started: date | None, ended: date | None,
                    mark: PageMark | None = None) -> None:
        c = self.c
        self._underlay(mark)
        width = PAGE_W - MARGIN_L - MARGIN_R - 40 * mm
        c.setFont(FONT_I, 8)
        c.drawRightString(PAGE_W - MARGIN_R, PAGE_H - MARGIN_T - 4 * mm,
                          f"Нысан / Форма — {forms.FRONT_COVER_KK}")
        c.setLineWidth(2)
        c.rect(MARGIN_L - 6 * mm, MARGIN_B + 2 * mm, PAGE_W - MARGIN_L - MARGIN_R + 6 * mm,
               PAGE_H - MARGIN_T - MARGIN_B - 10 * mm)
        c.setLineWidth(0.5)
        y = PAGE_H - 48 * mm
        y = self._centered(y, self.form.title_kk, FONT_B, 18, width, 22)
        y -= 3 * mm
        y = self._centered(y, self.form.title_ru, FONT_I, 13, width, 16, GREY)
        if volume is not None:
            y -= 7 * mm
            y = self._centered(y, f"{forms.VOLUME_KK} {volume} / {forms.VOLUME_RU} {volume}",
                               FONT_B, 14, width, 16)
        y -= 10 * mm
        cx = PAGE_W / 2 + (MARGIN_L - MARGIN_R) / 2
        if self.office.unit_name:
            y = self._centered(y, self.office.unit_name, FONT_B, 14, width, 17)
            y += 17 - 2.5 * mm
        else:
            y -= 4 * mm
        c.line(cx - 110 * mm, y, cx + 110 * mm, y)
        y -= 4 * mm
        y = self._centered(y, self.form.unit_caption_kk, FONT, 8, width, 9.5)
        y = self._centered(y, self.form.unit_caption_ru, FONT_I, 8, width, 9.5, GREY)
        y -= 14 * mm
        x = cx + 20 * mm
        for day, kk_word, ru_word in ((started, forms.STARTED_KK, forms.STARTED_RU),
                                      (ended, forms.ENDED_KK, forms.ENDED_RU)):
            self._text(x, y, forms.kk_date_line(day, kk_word), FONT, 12)
            self._text(x, y - 5 * mm, forms.ru_date_line(day, ru_word), FONT_I, 10, GREY)
            y -= 14 * mm
        if mark is not None:
            self._marks(mark, with_check=False)
        self._end_page()

    def inner_cover(self, volume: int | None, mark: PageMark | None = None) -> None:
        c = self.c
        self._underlay(mark)
        width = PAGE_W - MARGIN_L - MARGIN_R
        c.setFont(FONT_I, 8)
        c.drawRightString(PAGE_W - MARGIN_R, PAGE_H - MARGIN_T - 4 * mm, forms.INNER_COVER_KK)
        y = PAGE_H - 30 * mm
        y = self._centered(y, self.form.title_kk, FONT_B, 12, width - 30 * mm, 14)
        y = self._centered(y, self.form.title_ru, FONT_I, 10, width - 30 * mm, 12, GREY)
        y -= 8 * mm
        x = MARGIN_L + 10 * mm
        self._text(x, y, forms.REGISTERED_KK, FONT, 11)
        self._text(x, y - 5 * mm, forms.REGISTERED_RU, FONT_I, 9.5, GREY)
        y -= 16 * mm
        self._text(x, y, f"{forms.KEPT_BY_KK}:", FONT, 11)
        self._text(x, y - 5 * mm, f"{forms.KEPT_BY_RU}:", FONT_I, 9.5, GREY)
        c.line(x + 95 * mm, y - 1 * mm, x + 230 * mm, y - 1 * mm)
        if self.office.officer:
            self._text(x + 97 * mm, y, self.office.officer, FONT, 11)
        c.setFont(FONT_I, 7)
        c.drawCentredString(x + 162 * mm, y - 4 * mm,
                            f"(аты-жөні, {forms.SIGN_KK} / Ф.И.О., {forms.SIGN_RU})")
        y -= 18 * mm
        y = self._left_wrapped(x, y, self.form.rules_kk, FONT, 10, width - 20 * mm, 12.5)
        y -= 2 * mm
        y = self._left_wrapped(x, y, forms.RULES_RU, FONT_I, 9, width - 20 * mm, 11, GREY)
        y -= 6 * mm
        y = self._left_wrapped(x, y, f"Негіз / Основание: {self.form.basis_kk}; "
                               f"{self.form.basis_ru}.", FONT, 8, width - 20 * mm, 10)
        y -= 3 * mm
        y = self._left_wrapped(x, y, forms.PRINTED_BY_KK, FONT_I, 8, width - 20 * mm, 10)
        self._left_wrapped(x, y, forms.PRINTED_BY_RU, FONT_I, 8, width - 20 * mm, 10, GREY)
        if mark is not None:
            self._marks(mark, with_check=False)
        self._end_page()

    # -- closing page (R7) -----------------------------------------------------------------
    def closing_page(self, count: int, mark: PageMark, started: date | None = None,
                     ended: date | None = None) -> None:
        c = self.c
        self._underlay(mark)
        width = PAGE_W - MARGIN_L - MARGIN_R - 40 * mm
        y = PAGE_H - 45 * mm
        y = self._centered(y, "Куәландыру жазбасы", FONT_B, 15, width, 18)
        y = self._centered(y, "Заверительная надпись", FONT_I, 12, width, 15, GREY)
        y -= 12 * mm
        kk = self.form.cert_kk.format(count=count, words=kk_words(count))
        ru = forms.CERT_RU.format(count=count, words=ru_words(count), noun=ru_sheets(count))
        y = self._centered(y, kk, FONT_B, 14, width, 18)
        y -= 2 * mm
        y = self._centered(y, ru, FONT_I, 12, width, 15, GREY)
        y -= 14 * mm
        x = MARGIN_L + 20 * mm
        if started or ended:
            self._text(x, y, forms.kk_date_line(started, forms.STARTED_KK) + ";  "
                       + forms.kk_date_line(ended, forms.ENDED_KK), FONT, 10)
            self._text(x, y - 4.5 * mm, forms.ru_date_line(started, forms.STARTED_RU) + ";  "
                       + forms.ru_date_line(ended, forms.ENDED_RU), FONT_I, 9, GREY)
            y -= 16 * mm
        for who_kk, who_ru, name in ((forms.OFFICER_KK, forms.OFFICER_RU, self.office.officer),
                                     (forms.HEAD_KK, forms.HEAD_RU, self.office.head)):
            self._text(x, y, f"{who_kk}:", FONT, 11)
            self._text(x, y - 4.5 * mm, f"{who_ru}:", FONT_I, 9.5, GREY)
            c.line(x + 95 * mm, y - 1 * mm, x + 150 * mm, y - 1 * mm)
            c.line(x + 155 * mm, y - 1 * mm, x + 225 * mm, y - 1 * mm)
            if name:
                self._text(x + 157 * mm, y, name, FONT, 10)
            c.setFont(FONT_I, 7)
            c.drawCentredString(x + 122 * mm, y - 4 * mm, f"({forms.SIGN_KK} / {forms.SIGN_RU})")
            c.drawCentredString(x + 190 * mm, y - 4 * mm, "(аты-жөні / Ф.И.О.)")
            y -= 16 * mm
        self._text(x, y, "20__ жылғы «___» ______________ / «___» ______________ 20__ г.",
                   FONT, 10)
        # The place of the seal.
        cx, cy = PAGE_W - MARGIN_R - 60 * mm, MARGIN_B + 45 * mm
        c.setDash(2, 2)
        c.circle(cx, cy, 17 * mm)
        c.setDash()
        c.setFont(FONT_B, 12)
        c.drawCentredString(cx, cy, f"{forms.SEAL_KK} / {forms.SEAL_RU}")
        self._marks(mark)
        self._end_page()
