"""Official wording of the program-made remarks (R18 column 8, R22)."""

from __future__ import annotations

from datetime import datetime

from app.model.journal_rows import Remark, remark_text

AT = datetime(2026, 11, 23, 17, 40)


def test_wipe_remark_counts_files():
    r = Remark("wipe", AT, {"files": 3})
    assert remark_text(r, "kk") == "Жад картасы тазартылды 23.11.2026 17:40: 3 файл"
    assert remark_text(r, "ru") == "Карта памяти очищена 23.11.2026 17:40: 3 файл(ов)"


def test_aborted_ingest_says_why_in_both_languages():
    r = Remark("ingest_aborted", AT, {"reason": "card_removed"})
    assert remark_text(r, "kk").endswith("бейнетіркегіш (карта) алынып қалды")
    assert remark_text(r, "ru").endswith("видеорегистратор (карта) извлечён")
    unknown = Remark("ingest_aborted", AT, {"reason": "something_new"})
    assert remark_text(unknown, "kk").endswith("something_new")
