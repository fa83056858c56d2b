"""The official form on A4 landscape (R7, R18, R22): geometry, fonts, wrapping, rows and
pagination; the drawing itself is :mod:`app.paper.render`. No Qt, no vault.

Everything here works on plain data (``PrintRow``, ``PageMark``) so that a page can be drawn
again, byte for byte the same content, from what was stored when it was first printed
(a reprint, marked as a duplicate). Fonts: Liberation Serif, shipped in resources/fonts and
embedded, so every Kazakh letter (Ә Ғ Қ Ң Ө Ұ Ү Һ І) comes out as itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.assets import resource
from app.paper import forms

PAGE_W, PAGE_H = landscape(A4)
MARGIN_L = 22 * mm      # the laced edge
MARGIN_R = 10 * mm
MARGIN_T = 10 * mm
MARGIN_B = 8 * mm
TOP_BAND = 11 * mm
FOOT_BAND = 25 * mm
# The check QR: large enough that a 300 dpi office scan resolves its modules (~0.37 mm).
QR_SIZE = 24 * mm
NUM_ROW = 4.5 * mm
ROW_MIN = 13 * mm        # room for an ink signature in columns 4, 5 and 7
BLANK_ROW = 14 * mm
PAD = 1.2 * mm

# Column widths (mm) of R18's 8 columns; Remarks takes what is left.
_WIDTHS = [10, 27, 38, 27, 27, 25, 36]
WIDTHS = [w * mm for w in _WIDTHS] + [PAGE_W - MARGIN_L - MARGIN_R - sum(_WIDTHS) * mm]

FONT = "DalelSerif"
FONT_B = "DalelSerif-Bold"
FONT_I = "DalelSerif-Italic"
BODY = 8.0
BODY_LEAD = 9.3
RK = 7.4
RK_LEAD = 8.5
RU = 6.8
RU_LEAD = 7.8
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.82, 0.82, 0.82)


def fonts_dir() -> Path:
    return resource("fonts")


_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    base = fonts_dir()
    for name, file in ((FONT, "LiberationSerif-Regular.ttf"),
                       (FONT_B, "LiberationSerif-Bold.ttf"),
                       (FONT_I, "LiberationSerif-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(base / file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_B, italic=FONT_I,
                                  boldItalic=FONT_B)
    _registered = True


@lru_cache(maxsize=65536)
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Word wrap by measured width; a word longer than the line is cut."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split():
            trial = f"{cur} {word}" if cur else word
            if pdfmetrics.stringWidth(trial, font, size) <= width:
                cur = trial
                continue
            if "-" in word[1:-1]:
                # Break after a hyphen first ("ветеринариялық-" / "санитариялық").
                head, _, tail = word.partition("-")
                first = f"{cur} {head}-" if cur else f"{head}-"
                if pdfmetrics.stringWidth(first, font, size) <= width:
                    lines.append(first)
                    cur = ""
                    word = tail
                elif cur:
                    lines.append(cur)
                    cur = ""
                    if pdfmetrics.stringWidth(f"{head}-", font, size) <= width:
                        lines.append(f"{head}-")
                        word = tail
                if pdfmetrics.stringWidth(word, font, size) <= width:
                    cur = word
                    continue
            if cur:
                lines.append(cur)
            while pdfmetrics.stringWidth(word, font, size) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and pdfmetrics.stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            cur = word
        lines.append(cur)
    return tuple(lines) or ("",)


@dataclass(frozen=True)
class PrintRow:
    """One row as it goes on paper: the texts of the cells, frozen at printing time."""

    number: int | None
    custody_id: int
    seqs: tuple[int, ...]
    struck: bool
    cells: tuple[str, ...]                       # columns 2..7 (6 texts)
    remarks: tuple[tuple[str, str, bool], ...]   # (Kazakh, Russian, struck through)

    def as_json(self) -> dict[str, Any]:
        return {"n": self.number, "c": self.custody_id, "s": list(self.seqs),
                "x": self.struck, "cells": list(self.cells),
                "rk": [[k, r, s] for k, r, s in self.remarks]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PrintRow:
        return cls(d["n"], d["c"], tuple(d["s"]), bool(d["x"]), tuple(d["cells"]),
                   tuple((k, r, bool(s)) for k, r, s in d["rk"]))


@dataclass(frozen=True)
class PageMark:
    """What identifies a printed page: its number, its check code and the QR payload."""

    volume: int | None
    page_no: int | None
    code: str = ""
    qr: str = ""
    duplicate: bool = False
    extract: bool = False


@dataclass
class Office:
    agency: str
    unit_name: str
    officer: str = ""
    head: str = ""
    form: forms.AgencyForm = field(init=False)

    def __post_init__(self) -> None:
        self.form = forms.form_for(self.agency)


@lru_cache(maxsize=256)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Modules of a QR code (level M), with the mask pattern chosen by the standard's
    penalty rules. A fixed mask is valid but, for some payloads, yields large uniform areas
    that scanners fail to lock on (seen: zbarimg missed about 1 page in 3); every printed
    page must scan, so the ~8x encoding cost is paid."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """A QR code on a reportlab canvas, drawn as one filled path, with the quiet zone the
    standard asks for (4 modules) inside ``size``: journal pages and release manifests."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    quiet = 4
    cell = size / (n + 2 * quiet)
    path = canvas.beginPath()
    for r, line in enumerate(matrix):
        top = y + size - (quiet + r + 1) * cell
        col = 0
        while col < n:
            if line[col]:
                start = col
                while col < n and line[col]:
                    col += 1
                path.rect(x + (quiet + start) * cell, top, (col - start) * cell, cell)
            else:
                col += 1
    canvas.drawPath(path, stroke=0, fill=1)


# -- measuring ---------------------------------------------------------------------------
def cell_lines(row: PrintRow) -> list[list[tuple[str, str, float, float, bool]]]:
    """Per column: lines as (text, font, size, leading, struck)."""
    cols: list[list[tuple[str, str, float, float, bool]]] = []
    number = "" if row.number is None else str(row.number)
    texts = [number, *row.cells]
    for i, text in enumerate(texts):
        width = WIDTHS[i] - 2 * PAD
        cols.append([(ln, FONT, BODY, BODY_LEAD, row.struck)
                     for ln in wrap(text, FONT, BODY, width)] if text else [])
    rk: list[tuple[str, str, float, float, bool]] = []
    width = WIDTHS[7] - 2 * PAD
    for kk, ru, struck in row.remarks:
        s = struck   # a struck row's own remarks come struck; the pointer to its correction not
        rk += [(ln, FONT, RK, RK_LEAD, s) for ln in wrap(kk, FONT, RK, width)]
        if ru and ru != kk:
            rk += [(ln, FONT_I, RU, RU_LEAD, s) for ln in wrap(ru, FONT_I, RU, width)]
    cols.append(rk)
    return cols


def row_height(row: PrintRow) -> float:
    cols = cell_lines(row)
    tallest = max(sum(ln[3] for ln in col) for col in cols)
    return max(ROW_MIN, tallest + 2 * PAD + 1)


@lru_cache(maxsize=8)
def header_lines(agency: str) -> tuple[tuple[tuple[tuple[str, str, float, float], ...], ...],
                                        float]:
    form = forms.form_for(agency)
    cols = []
    tallest = 0.0
    for i, (kk, ru) in enumerate(forms.column_headers(form)):
        width = WIDTHS[i] - 2 * PAD
        lines = [(ln, FONT_B, 7.2, 8.2) for ln in wrap(kk, FONT_B, 7.2, width)]
        lines += [(ln, FONT_I, 6.5, 7.4) for ln in wrap(ru, FONT_I, 6.5, width)]
        cols.append(tuple(lines))
        tallest = max(tallest, sum(ln[3] for ln in lines))
    return tuple(cols), tallest + 2 * PAD + 2


def header_height(agency: str) -> float:
    return header_lines(agency)[1]


def body_top(agency: str) -> float:
    return PAGE_H - MARGIN_T - TOP_BAND - header_height(agency) - NUM_ROW


def body_height(agency: str) -> float:
    return body_top(agency) - (MARGIN_B + FOOT_BAND)


def paginate(rows: list[PrintRow], agency: str) -> list[list[PrintRow]]:
    """Fill pages top to bottom; a row never splits across pages."""
    avail = body_height(agency)
    pages: list[list[PrintRow]] = []
    cur: list[PrintRow] = []
    used = 0.0
    for row in rows:
        h = min(row_height(row), avail)
        if cur and used + h > avail:
            pages.append(cur)
            cur, used = [], 0.0
        cur.append(row)
        used += h
    if cur:
        pages.append(cur)
    return pages


def blank_rows_per_page(agency: str) -> int:
    return max(1, int(body_height(agency) // BLANK_ROW))
