"""The journal on paper (R7, R18, R22): the PDFs are read back with pypdf."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import RuleViolation
from app.model.custody import Checklist
from app.paper import (
    Office,
    blank_book,
    close_volume,
    demo,
    forms,
    pending_rows,
    print_new_pages,
    print_range,
    reprint,
    verify_page,
    volumes,
)
from app.paper.layout import FONT, register_fonts
from app.paper.numbers_words import kk_words, ru_sheets, ru_words

KAZAKH = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def pdf_pages(path: Path | str) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def page_number(text: str) -> int | None:
    m = re.search(r"Парақ / Лист (\d+)", text)
    return int(m.group(1)) if m else None


@pytest.fixture
def journal(session, clock):
    demo.demo_journal(session, clock, days=3)
    return session


# -- numbers in words ------------------------------------------------------------------------
def test_numbers_in_words_kazakh_and_russian():
    kk = {1: "бір", 12: "он екі", 40: "қырық", 100: "жүз", 245: "екі жүз қырық бес",
          1000: "бір мың", 2021: "екі мың жиырма бір"}
    ru = {1: "один", 12: "двенадцать", 21: "двадцать один", 111: "сто одиннадцать",
          2000: "две тысячи", 5432: "пять тысяч четыреста тридцать два"}
    assert {n: kk_words(n) for n in kk} == kk
    assert {n: ru_words(n) for n in ru} == ru
    assert [ru_sheets(n) for n in (1, 3, 5, 11, 21, 22, 112)] == [
        "лист", "листа", "листов", "листов", "лист", "листа", "листов"]
    with pytest.raises(ValueError):
        kk_words(-1)


# -- the volume ------------------------------------------------------------------------------
def test_volume_has_covers_headers_numbers_and_official_remarks(journal, tmp_path):
    out = tmp_path / "v1.pdf"
    result = print_new_pages(journal, out)
    texts = pdf_pages(out)
    assert result.volume == 1 and result.covers
    assert len(texts) == result.pdf_pages == 2 + len(result.pages)
    cover = texts[0]
    assert " ".join(forms.FORMS["veterinary"].title_kk.split()) in cover       # R18
    assert "Алматы облысы аумақтық инспекциясы" in cover
    assert "басталды" in cover and "аяқталды" in cover and "Начат" in cover
    assert "Мұқабаның ішкі жағы" in texts[1]
    table = texts[2:]
    assert [page_number(t) for t in table] == list(range(1, len(table) + 1))
    for t in table:
        for kk, ru in forms.column_headers(forms.FORMS["veterinary"]):
            for word in (kk.split()[0], ru.split()[0]):
                assert word in t
        assert "Ескертпе" in t and "Примечание" in t and "Тексеру коды" in t
    allt = " ".join(table)
    assert "Түзетілді" in allt and "Исправлено" in allt                           # R7
    assert "Сызылды; түзетілген жазба №" in allt
    assert "Түскі ас үзілісі: жазба тоқтатылды" in allt                          # R15
    assert "Ақау: бейнетіркегіш қосылмайды" in allt                              # R16
    assert "бейнетіркегішінің орнына берілді" in allt
    assert "Ауыстырылды: БК-003 берілді" in allt
    # The struck row is still there, readable, with its number (R7: never erased).
    assert pending_rows(journal, include_open=True) == []   # everything printed
    assert result.rows == 10 and result.first_row == 1 and result.last_row == 10


def test_every_kazakh_letter_comes_out_as_itself(session, tmp_path):
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(FONT).face
    assert all(ord(ch) in face.charToGlyph for ch in KAZAKH + "№«»—")
    out = tmp_path / "blank.pdf"
    blank_book(Office("fire", f"Тест {KAZAKH} бөлімшесі"), 3, out)
    text = " ".join(pdf_pages(out))
    for ch in KAZAKH:
        assert ch in text, ch
    assert f"Тест {KAZAKH} бөлімшесі" in text
    # Fonts are embedded (no reliance on the printer's fonts).
    reader = PdfReader(str(out))
    embedded, not_embedded = set(), set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            f = font.get_object()
            name = str(f["/BaseFont"])
            desc = f.get("/FontDescriptor")
            if desc is not None and "/FontFile2" in desc.get_object():
                embedded.add(name)
            else:
                not_embedded.add(name)
    assert embedded                                     # the TrueType subsets travel along
    assert not_embedded <= {"/Courier-Bold", "/Helvetica"}   # standard 14 only


def test_new_prints_append_pages_and_closing_counts_them(journal, clock, tmp_path):
    first = print_new_pages(journal, tmp_path / "a.pdf")
    demo.ordinary_day(journal, clock, 9)
    second = print_new_pages(journal, tmp_path / "b.pdf")
    assert second.volume == 1 and not second.covers
    assert second.pages[0] == first.pages[-1] + 1                     # no gap, no reuse
    assert second.first_row == first.last_row + 1
    texts = pdf_pages(tmp_path / "b.pdf")
    assert [page_number(t) for t in texts] == second.pages
    closing = close_volume(journal, tmp_path / "c.pdf")
    n = second.pages[-1] + 1
    assert closing.pages == [n]
    text = pdf_pages(tmp_path / "c.pdf")[0]
    assert page_number(text) == n
    assert (f"Осы журналда {n} ({kk_words(n)}) парақ нөмірленді, тігілді және мөрмен "
            f"бекемделді") in text                                   # R7, order 121 cl. 10
    assert (f"В настоящем журнале пронумеровано, прошнуровано и скреплено печатью {n} "
            f"({ru_words(n)}) {ru_sheets(n)}") in text
    assert "М.О. / М.П." in text
    # The count equals the real number of numbered pages of the volume.
    numbered = [page_number(t) for f in ("a.pdf", "b.pdf", "c.pdf")
                for t in pdf_pages(tmp_path / f) if page_number(t)]
    assert numbered == list(range(1, n + 1))
    vol = volumes(journal)[0]
    assert vol.closed and vol.pages == n
    # A new print opens volume 2, page 1, with covers again.
    demo.ordinary_day(journal, clock, 10)
    third = print_new_pages(journal, tmp_path / "d.pdf")
    assert third.volume == 2 and third.pages[0] == 1 and third.covers
    actions = [e.action for e in journal.audit.entries()]
    assert actions.count("print") == 4


def test_page_numbers_and_closed_volumes_cannot_be_changed(journal, tmp_path):
    print_new_pages(journal, tmp_path / "a.pdf")
    close_volume(journal, tmp_path / "c.pdf")
    con = journal.db.con
    with pytest.raises(Exception, match=r"append-only|UNIQUE|constraint"):
        con.execute("INSERT INTO print_pages (page_no, volume, printed_at, rows, checkpoint) "
                    "VALUES (1, 1, 'x', '{}', 'x')")
    with pytest.raises(Exception, match="append-only"):
        con.execute("UPDATE print_pages SET page_no = 99 WHERE page_no = 1")
    with pytest.raises(Exception, match="closed volume"):
        con.execute("UPDATE print_volumes SET closed_at = NULL, pages = NULL")
    with pytest.raises(Exception, match="append-only"):
        con.execute("DELETE FROM print_volumes")
    with pytest.raises(RuleViolation):
        close_volume(journal, tmp_path / "again.pdf")


def test_nothing_new_to_print(session, tmp_path):
    with pytest.raises(RuleViolation):
        print_new_pages(session, tmp_path / "x.pdf")
    with pytest.raises(RuleViolation):
        close_volume(session, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_only_settled_rows_print_unless_asked(journal, clock, tmp_path):
    print_new_pages(journal, tmp_path / "a.pdf")
    ok = Checklist.all_ok(battery_percent=90)
    journal.custody.issue("IN-1", "БК-001", ok, card="ЖК-001", seal="П-77")  # still out
    with pytest.raises(RuleViolation):
        print_new_pages(journal, tmp_path / "b.pdf")
    result = print_new_pages(journal, tmp_path / "b.pdf", include_open=True)
    assert result.rows == 1 and result.open_rows == [result.first_row]
    # An open row goes on paper as at issue, like the sheet for signatures (R5).
    assert "Записи с пустыми графами 5–8" in pdf_pages(tmp_path / "b.pdf")[0]


def test_reprint_is_marked_duplicate_and_logged(journal, tmp_path):
    first = print_new_pages(journal, tmp_path / "a.pdf")
    dup = reprint(journal, 1, [1], tmp_path / "dup.pdf", covers=True)
    texts = pdf_pages(tmp_path / "dup.pdf")
    assert all("ТЕЛНҰСҚА / ДУБЛИКАТ" in t for t in texts)
    assert dup.codes == first.codes[:1] and dup.duplicate
    original = pdf_pages(tmp_path / "a.pdf")[2]
    assert "ТЕЛНҰСҚА" not in original
    # The same content as the first print, same page number.
    assert page_number(texts[-1]) == 1
    assert "Түзетілді" in texts[-1] or "Түзетілді" not in original
    entries = journal.audit.entries(action="reprint")
    assert entries and entries[-1].detail["pages"] == [1]


def test_verify_page_accepts_a_true_page_and_rejects_others(journal, tmp_path):
    result = print_new_pages(journal, tmp_path / "a.pdf")
    code = result.codes[0]
    assert verify_page(journal, code).ok
    assert verify_page(journal, code, page=1, volume=1).ok
    assert verify_page(journal, code.lower()).ok          # typed in lower case
    # The code was not issued for that page number.
    check = verify_page(journal, code, page=2)
    assert not check.ok and "page 1" in check.reason
    # A substituted page: page 2's number with page 1's code.
    v, _p, a, b = code.split("-")
    assert not verify_page(journal, f"{v}-2-{a}-{b}").ok
    # A mistyped / forged code; a page never printed.
    forged = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert not verify_page(journal, forged).ok
    assert "ever printed" in verify_page(journal, f"{v}-99-{a}-{b}").reason
    # The QR payload.
    row = journal.db.one("SELECT rows, checkpoint FROM print_pages WHERE volume=1 AND "
                         "page_no=1")
    record = json.loads(row[0])
    from app.model.journal import Checkpoint
    from app.paper import pagecheck

    qr = pagecheck.qr_payload(1, 1, record["mac"], record["digest"], Checkpoint.decode(row[1]))
    assert verify_page(journal, qr=qr).ok
    assert verify_page(journal, code, qr=qr).ok
    bad_qr = qr.replace(record["digest"][:32].upper(), "0" * 32)
    assert bad_qr != qr
    assert not verify_page(journal, qr=bad_qr).ok
    audits = journal.audit.entries(action="verify")
    assert audits and audits[-1].detail["what"] == "paper_page"


def test_verify_page_catches_a_journal_altered_after_printing(journal, tmp_path):
    result = print_new_pages(journal, tmp_path / "a.pdf")
    code = result.codes[0]
    assert verify_page(journal, code).ok
    seq = json.loads(journal.db.one("SELECT rows FROM print_pages WHERE page_no = 1")[0]
                     )["rows"][0]["s"][0]
    con = journal.db.con
    con.execute("DROP TRIGGER journal_no_update")
    con.execute("UPDATE journal SET data = ? WHERE seq = ?",
                ('{"seal":"FORGED"}', seq))
    check = verify_page(journal, code)
    assert not check.ok and ("chain" in check.reason or "match" in check.reason)


def test_verify_page_catches_a_rewritten_chain(journal, tmp_path):
    """Someone with the key re-hashes the entry: the printed checkpoint still catches it."""
    from app.model import chain
    from app.model.journal import COLUMNS, entry_fields

    result = print_new_pages(journal, tmp_path / "a.pdf")
    con = journal.db.con
    con.execute("DROP TRIGGER journal_no_update")
    rows = con.execute(f"SELECT {COLUMNS} FROM journal ORDER BY seq").fetchall()
    prev = journal.journal.genesis
    for r in rows:
        data = r[9] if r[0] != 1 else r[9].replace("П-", "X-")
        digest = chain.entry_hash(prev, entry_fields(*r[:9], data))
        con.execute("UPDATE journal SET data = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                    (data, prev, digest, r[0]))
        prev = digest
    assert journal.journal.check_chain()[0] is None       # the chain itself looks whole
    check = verify_page(journal, result.codes[0])
    assert not check.ok and "checkpoint" in check.reason


def test_blank_book(session, tmp_path):
    out = tmp_path / "blank.pdf"
    res = blank_book(session, 6, out)
    texts = pdf_pages(out)
    assert len(texts) == res.pdf_pages == 2 + 6
    assert [page_number(t) for t in texts[2:]] == [1, 2, 3, 4, 5, 6]
    assert "Осы журналда 6 (алты) парақ нөмірленді, тігілді және мөрмен бекемделді" in texts[-1]
    assert "скреплено печатью 6 (шесть) листов" in texts[-1]
    assert "Р/с №" in texts[2] and "Ескертпе" in texts[2]
    assert "20__ жылғы «___»" in texts[0]
    assert session.audit.entries(action="print")[-1].detail["kind"] == "blank"


@pytest.mark.parametrize("agency", ["fire", "veterinary", "revenue", "police"])
def test_agency_titles(agency, tmp_path):
    out = tmp_path / f"{agency}.pdf"
    blank_book(Office(agency, "Бөлімше"), 2, out)
    cover = pdf_pages(out)[0]
    assert " ".join(forms.FORMS[agency].title_kk.split()) in cover
    assert " ".join(forms.FORMS[agency].unit_caption_kk.split()) in cover
    if agency == "fire":
        assert "Портативті тасымалданатын бейнетіркегіш пен жад карталарын" in cover


# R7: each order's own words on the closing page and the inner cover — order 236/310 cl. 10
# for fire safety, order 121 cl. 10 for veterinary control and for the agencies whose order
# gives no form of its own (issue 15).
CLOSING = {
    "fire": "Осы журналда 2 (екі) парақ нөмірленген, тігілген және мөрмен бекітілген",
    "veterinary": "Осы журналда 2 (екі) парақ нөмірленді, тігілді және мөрмен бекемделді",
    "revenue": "Осы журналда 2 (екі) парақ нөмірленді, тігілді және мөрмен бекемделді",
    "police": "Осы журналда 2 (екі) парақ нөмірленді, тігілді және мөрмен бекемделді",
}
RULES = {
    "fire": "парақтар нөмірленеді, тігіледі және мөрмен бекітіледі",
    "veterinary": "парақтары нөмірленеді, тігіледі және мөрмен бекемделеді",
}


@pytest.mark.parametrize("agency", sorted(CLOSING))
def test_each_agency_closes_in_its_own_orders_words(agency, tmp_path):
    out = tmp_path / f"{agency}.pdf"
    blank_book(Office(agency, "Бөлімше"), 2, out)
    pages = [" ".join(t.split()) for t in pdf_pages(out)]
    assert CLOSING[agency] in pages[-1]
    assert RULES.get(agency, RULES["veterinary"]) in pages[1]     # the inner cover
    other = "бекітілген" if agency != "fire" else "бекемделді"
    assert other not in pages[-1]


def test_extract_for_a_period(journal, tmp_path):
    out = tmp_path / "r.pdf"
    res = print_range(journal, "2026-11-24", "2026-11-24", out)
    text = " ".join(pdf_pages(out))
    assert "ВЫПИСКА" in text and res.rows == 4 and res.first_row == 4
    assert "Парақ / Лист" not in text     # an extract is not book pages


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs poppler-utils and zbar-tools")
def test_printed_qr_scans_and_verifies(journal, tmp_path):
    result = print_new_pages(journal, tmp_path / "a.pdf")
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", "-f", "3", "-l", "3",
                    str(tmp_path / "a.pdf"), str(tmp_path / "p")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "p.png")],
                             capture_output=True, text=True, check=True).stdout.strip()
    check = verify_page(journal, result.codes[0], qr=scanned, page=1)
    assert check.ok, check.reason
