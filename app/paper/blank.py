"""A blank book in the official form, for an office that keeps the journal wholly by hand.

Front and inner cover, ``pages`` numbered sheets in all: the table pages with empty ruled
rows and, as the last numbered sheet, the closing page whose certification already states
the count in figures and words (R7, R18).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP
from app.paper.layout import Office, PageMark
from app.paper.output import PrintResult, audit_print, office_of, recorded_print, write_pdf
from app.paper.render import Renderer

if TYPE_CHECKING:
    from app.model.vault import VaultSession

MAX_PAGES = 2000


def render_blank(office: Office, pages: int) -> tuple[bytes, int]:
    if not 2 <= pages <= MAX_PAGES:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "A blank book has 2 to {max} numbered pages."), max=MAX_PAGES)
    r = Renderer(office)
    r.front_cover(None, None, None)
    r.inner_cover(None)
    for n in range(1, pages):
        r.blank_table_page(PageMark(None, n))
    r.closing_page(pages, PageMark(None, pages))
    return r.finish(), r.pages


def blank_book(source: VaultSession | Office, pages: int, out_path: str | Path
               ) -> PrintResult:
    """``source``: an unlocked session (office from its settings; the print is audited) or
    an ``Office(agency, unit_name)``."""
    office = source if isinstance(source, Office) else office_of(source)
    data, sheets = render_blank(office, int(pages))
    if isinstance(source, Office):
        write_pdf(out_path, data)
    else:
        with recorded_print(source) as (con, write):
            audit_print(source, con, "print", {"kind": "blank", "pages": int(pages)})
            write(out_path, data)
    return PrintResult(str(out_path), "blank", None, list(range(1, int(pages) + 1)), sheets)
