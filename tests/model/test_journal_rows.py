"""Official wording of the program-made remarks (R18 column 8, R22)."""

from __future__ import annotations

from datetime import datetime

from app.model.journal_rows import Remark, remark_text

AT = datetime(2026, 11, 23, 17, 40)


def test_wipe_remark_counts_files():
    r = Remark("wipe", AT, {"files": 3})
    assert remark_text(r, "kk") == "Жад картасы тазартылды 23.11.2026 17:40: 3 файл"
    assert remark_text(r, "ru") == "Карта памяти очищена 23.11.2026 17:40: 3 файла"
    for n, word in ((1, "файл"), (21, "файл"), (11, "файлов"), (24, "файла"), (0, "файлов")):
        assert remark_text(Remark("wipe", AT, {"files": n}), "ru").endswith(f": {n} {word}")


def test_plural_forms_in_the_core():
    """Issue 15: counts read right without Qt (the command line, errors, the paper)."""
    from app.i18n import plural_form, translate_n

    assert [plural_form("ru", n) for n in (1, 2, 5, 11, 21, 22, 112)] == [0, 1, 2, 2, 0, 1, 2]
    assert [plural_form("kk", n) for n in (1, 2)] == [0, 1]
    assert translate_n("core", "Too many wrong passwords. Unlocking is blocked for %n more "
                       "minute(s).", 3, "en").endswith("for 3 more minute(s).")
    ru = translate_n("core", "Too many wrong passwords. Unlocking is blocked for %n more "
                     "minute(s).", 3, "ru")
    assert "3 минуты" in ru, ru


def test_aborted_ingest_says_why_in_both_languages():
    r = Remark("ingest_aborted", AT, {"reason": "card_removed"})
    assert remark_text(r, "kk").endswith("бейнетіркегіш (карта) алынып қалды")
    assert remark_text(r, "ru").endswith("видеорегистратор (карта) извлечён")
    unknown = Remark("ingest_aborted", AT, {"reason": "something_new"})
    assert remark_text(unknown, "kk").endswith("something_new")
