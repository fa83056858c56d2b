"""Regenerate the paper-journal samples in this folder (R7, R18).

    .venv/bin/python docs/samples/make_samples.py

A demo journal of three working days (meal breaks, a wrong inspector corrected, a camera
malfunction and its replacement), printed as volume 1 (covers + table pages), then
closed (closing page), all joined into ``journal_volume_sample.pdf``; a reprint of page 1
(``journal_duplicate_sample.pdf``) and a 6-page blank book (``blank_book_sample.pdf``).
PNGs of the first table page and the closing page come from pdftoppm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from pypdf import PdfWriter  # noqa: E402

from app.clock import FakeClock  # noqa: E402
from app.model import vault  # noqa: E402
from app.model.keyslots import KdfParams  # noqa: E402
from app.paper import blank_book, close_volume, demo, print_new_pages, reprint  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        clock = FakeClock(datetime(2026, 11, 23, 4, 0, tzinfo=UTC))
        s = vault.create(t / "vault",
                         vault.Person("Ахметов", "Серік", "OF-1", patronymic="Қайратұлы"),
                         "officer-pass-1",
                         vault.Person("Омарова", "Әйгерім", "HD-1", patronymic="Нұрланқызы"),
                         "head-pass-22",
                         office=vault.Office(
                             agency="veterinary",
                             unit_name="Алматы облысы бойынша ветеринариялық бақылау және "
                                       "қадағалау аумақтық инспекциясы"),
                         clock=clock, kdf=KdfParams())
        demo.demo_journal(s, clock, days=3)
        pages = print_new_pages(s, t / "pages.pdf")
        close_volume(s, t / "close.pdf")
        reprint(s, 1, [1], HERE / "journal_duplicate_sample.pdf")
        blank_book(s, 6, HERE / "blank_book_sample.pdf")
        s.lock()
        w = PdfWriter()
        for part in ("pages.pdf", "close.pdf"):
            w.append(str(t / part))
        with open(HERE / "journal_volume_sample.pdf", "wb") as fh:
            w.write(fh)
        last = pages.pdf_pages + 1
        for page, name in ((3, "page_table"), (last, "page_closing"), (1, "page_cover")):
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(page),
                            "-l", str(page), str(HERE / "journal_volume_sample.pdf"),
                            str(HERE / name)], check=True)
        shutil.rmtree(t, ignore_errors=True)
    print("samples written to", HERE)


if __name__ == "__main__":
    main()
