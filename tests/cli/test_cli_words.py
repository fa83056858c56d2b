"""The command line speaks Kazakh and Russian, not codes: roles, device kinds and states,
categories, audit actions and details, kinds of print, page-check reasons and settings are
shown in the words the window uses, times in the office's local time (an examiner ran
``--lang kk`` and ``--lang ru`` on a real vault and found ``officer``, ``camera:in_store``,
``vault_created``, ``field=created, old=None``, ``auto_wipe = False`` and UTC). ``--json``
keeps the codes."""

from __future__ import annotations

import json
import re
from zoneinfo import ZoneInfo

import pytest

from app.clock import SystemClock, from_iso
from app.model import retention, vault
from app.model.custody import Checklist
from tests.conftest import HEAD_PW, OFFICER_PW
from tests.fakes import small_footage, use_cheap_derive

# The words each language must show (the catalogues' translations of the window's tables).
WORDS = {
    "kk": {"officer": "жауапты тұлға", "inspector": "инспектор", "camera": "бейнетіркегіш",
           "card": "жад картасы", "in_store": "қоймада", "faulty": "ақаулы",
           "at_issue": "беру кезінде", "offence": "әкімшілік құқық бұзушылық (5 жыл)",
           "ordinary": "қарапайым (1 жыл сақталады)", "hold_set": "Жоюға тыйым салынды",
           "hold_lifted": "Жоюға тыйым алынды", "vault_created": "Қойма құрылды",
           "registered": "IN-1 ретінде тіркелді", "issue": "беру", "remark": "ескертпе",
           "meal": "түскі ас үзілісі: жазба тоқтатылды", "yes": "иә", "no": "жоқ",
           "monday": "Дс", "local": "жергілікті уақыт", "duplicate": "телнұсқа",
           "blank": "бос кітап",
           "morning": "қол қоюға арналған парақ", "one_sheet": "PDF-те 1 парақ",
           "struck": "сызылған",
           "true_page": "бет қоймаға сәйкес келеді",
           "other_page": "бұл код 2-бетке емес, 1-бетке берілген",
           "not_a_code": "бұл Dalel бетінің коды емес", "issued_to": "инспекторға берілді: ",
           "usage": "қолданылуы:", "nothing_due": "Мерзімі жеткен ештеңе жоқ"},
    "ru": {"officer": "ответственное лицо", "inspector": "инспектор",
           "camera": "видеорегистратор", "card": "карта памяти", "in_store": "на хранении",
           "faulty": "неисправен", "at_issue": "при выдаче",
           "offence": "административное правонарушение (5 лет)",
           "ordinary": "обычная (хранится 1 год)", "hold_set": "Наложен запрет на уничтожение",
           "hold_lifted": "Запрет на уничтожение снят", "vault_created": "Хранилище создано",
           "registered": "Зарегистрирован как IN-1", "issue": "выдача",
           "remark": "примечание", "meal": "перерыв на обед: запись приостановлена",
           "yes": "да", "no": "нет", "monday": "Пн", "local": "местное время",
           "duplicate": "дубликат", "blank": "пустая книга",
           "morning": "лист для подписей", "one_sheet": "1 лист в PDF",
           "struck": "зачёркнута", "true_page": "страница соответствует хранилищу",
           "other_page": "этот код выдан для страницы 1, а не для страницы 2",
           "not_a_code": "это не код страницы Dalel", "issued_to": "выдан инспектору: ",
           "usage": "использование:", "nothing_due": "Сроков нет"},
}
LANGS = pytest.mark.parametrize("lang", ["kk", "ru"])


@pytest.fixture
def fast(monkeypatch):
    use_cheap_derive(monkeypatch)   # each command unlocks; these tests are about words


@pytest.fixture
def scene(fast, cli):
    """A worked day made through the services: a camera issued with a card, a meal break,
    the seal corrected (a struck row), the camera back and two recordings downloaded, one
    marked as an offence, a hold set and lifted by the head, another camera faulty."""
    s = vault.unlock(cli.vault, "officer", OFFICER_PW, SystemClock())
    try:
        s.registers.add_staff("Сейітов", "Ерлан", "IN-1")
        s.registers.add_device("camera", "BK-001", serial="SN1")
        s.registers.add_device("card", "MC-001")
        s.registers.add_device("camera", "BK-002", serial="SN2")
        p = s.custody.issue("IN-1", "BK-001", Checklist.all_ok(95), card="MC-001", seal="PL-7")
        s.custody.remark(p.id, "meal_pause", "")
        s.custody.remark(p.id, "meal_resume", "")
        s.custody.correct(p.id, "пломба", seal="PL-8")
        s.custody.return_camera("BK-001")
        period = s.custody.last_for_camera(p.camera_id)
        assert period is not None
        with s.db.write() as con:
            _e, ids = s.footage.download_in(con, period.id, period.camera_id, {"files": 2},
                                            small_footage(s, period, 2, "w"))
        s.footage.mark(ids[1], "category", "offence", "хаттама")
        s.registers.set_device_state(s.registers.find_device("BK-002").id, "faulty", "сынған")
    finally:
        s.lock()
    head = vault.unlock(cli.vault, "head", HEAD_PW, SystemClock())
    try:
        retention.hold(head, ids[0], "сот")
        retention.unhold(head, ids[0], "іс жабылды")
    finally:
        head.lock()
    cli.ids = ids  # type: ignore[attr-defined]
    return cli


def say(cli, lang: str, *args: str) -> str:
    code, out, err = cli("--lang", lang, *args)
    assert code == 0, err
    return out


@LANGS
def test_status_names_the_role_and_counts_devices_in_words(scene, lang):
    w = WORDS[lang]
    out = say(scene, lang, "status")
    assert "(officer)" not in out and f"({w['officer']})" in out
    assert not re.search(r"camera:|card:|in_store|faulty:", out)
    assert f"{w['camera']}, {w['in_store']}: 1" in out
    assert f"{w['camera']}, {w['faulty']}: 1" in out and f"{w['card']}, {w['in_store']}: 1" in out
    assert json.loads(say(scene, lang, "status", "--json"))["devices"] == {
        "camera:in_store": 1, "camera:faulty": 1, "card:in_store": 1}


@LANGS
def test_the_registers_show_roles_kinds_states_and_history_in_words(scene, lang):
    w = WORDS[lang]
    out = say(scene, lang, "staff", "list")
    assert not re.search(r"\b(officer|head|inspector)\b", out) and w["inspector"] in out
    assert w["officer"] in out and w["yes"] in out
    out = say(scene, lang, "device", "list")
    assert not re.search(r"\b(camera|card|in_store|faulty)\b", out)
    assert w["camera"] in out and w["card"] in out and w["faulty"] in out
    out = say(scene, lang, "staff", "show", "IN-1")
    assert "None" not in out and "created" not in out and "inspector" not in out
    assert out.startswith(f"Ерлан Сейітов (IN-1), {w['inspector']}") and w["registered"] in out
    out = say(scene, lang, "device", "show", "BK-001")
    assert out.startswith(f"{w['camera']} BK-001 (SN1) — {w['in_store']}")
    assert "in_store" not in out and " issue" not in out and f"({w['at_issue']})" in out
    out = say(scene, lang, "device", "state", "BK-002", "in_store", "--reason", "жөнделді")
    assert out.strip() == f"BK-002: {w['in_store']}"
    for args in (["device", "end-of-life", "--days", "5000"], ["device", "norms"]):
        out = say(scene, lang, *args)
        assert "camera" not in out


@LANGS
def test_footage_categories_and_holds_read_as_the_retention_tab_says(scene, lang):
    w = WORDS[lang]
    a, _b = scene.ids
    out = say(scene, lang, "footage", "list")
    assert not re.search(r"\b(ordinary|offence)\b", out)
    assert w["ordinary"] in out and w["offence"] in out
    out = say(scene, lang, "footage", "mark", str(a), "offence", "--reason", "хаттама №2")
    assert "offence" not in out and w["offence"] in out
    for args in (["report", "audit"], ["report", "recording", str(a)]):
        out = say(scene, lang, *args)
        assert w["hold_set"] in out and w["hold_lifted"] in out
        assert not re.search(r"\b(hold|held|lifted)\b", out)


@LANGS
def test_audit_and_entries_in_words_and_local_time(scene, lang):
    w = WORDS[lang]
    out = say(scene, lang, "audit")
    for code in ("vault_created", "unlock", "register_changed", "identity=", "field=",
                 "old=None", "officer ", "lockout_"):
        assert code not in out, code
    assert w["vault_created"] in out and w["officer"] in out and w["local"] in out
    first = json.loads(say(scene, lang, "audit", "--json"))[0]
    assert first["action"] == "vault_created" and first["role"] == "officer"
    local = from_iso(first["at"]).astimezone(ZoneInfo("Asia/Almaty"))
    assert local.strftime("%d.%m.%Y %H:%M:%S") in out
    assert not re.search(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d", out)   # no stored UTC time
    out = say(scene, lang, "entries")
    for code in ("type=meal_pause", "issue ", "remark ", "camera_inventory", "=None"):
        assert code not in out, code
    assert w["meal"] in out and w["local"] in out
    assert re.search(rf"\s{w['issue']}\s", out) and re.search(rf"\s{w['remark']}\s", out)
    assert json.loads(say(scene, lang, "entries", "--json"))[0]["kind"] == "issue"


@LANGS
def test_print_summaries_name_the_print_and_count_sheets_in_the_language(scene, lang, tmp_path):
    w = WORDS[lang]
    code, out, err = scene("--lang", lang, "--json", "print", "pages", str(tmp_path / "p.pdf"))
    assert code == 0, err
    page_code = json.loads(out)["codes"][0]
    out = say(scene, lang, "print", "reprint", str(tmp_path / "r.pdf"), "--volume", "1")
    assert "reprint" not in out and w["duplicate"] in out and w["one_sheet"] in out
    assert "листов" not in out and "страницы 1 " not in out
    out = say(scene, lang, "print", "blank", str(tmp_path / "b.pdf"), "--pages", "3")
    assert "blank" not in out and w["blank"] in out and "—" not in out
    out = say(scene, lang, "print", "volumes")
    assert "T" not in out.split("\n")[2] and re.search(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", out)
    # The page check: its reason and the struck row in the language, the time local.
    out = say(scene, lang, "print", "verify-page", page_code)
    assert "the page matches" not in out and w["true_page"] in out
    assert "(struck)" not in out and f"({w['struck']})" in out
    assert not re.search(r"\d{4}-\d\d-\d\dT", out)
    code, out, _ = scene("--lang", lang, "print", "verify-page", page_code, "--page", "2")
    assert code != 0 and w["other_page"] in out
    code, out, _ = scene("--lang", lang, "print", "verify-page", "1-1-XXXXX")
    assert code != 0 and w["not_a_code"] in out and "mistyped" not in out
    code, out, _ = scene("--lang", lang, "--json", "print", "verify-page", page_code, "--page",
                         "2")
    assert json.loads(out)["reason"] == "this code was issued for page 1, not for page 2"


@LANGS
def test_the_morning_sheet_is_named_in_words(scene, lang, tmp_path):
    out = say(scene, lang, "print", "morning", str(tmp_path / "m.pdf"))
    said = out.split("m.pdf: ", 1)[1]        # the folder's name holds the test's name
    assert "morning" not in said and said.startswith(WORDS[lang]["morning"])


@LANGS
def test_settings_read_as_typed_and_are_taken_back_as_shown(fast, cli, lang):
    w = WORDS[lang]
    out = say(cli, lang, "settings")
    assert "False" not in out and "True" not in out and "[" not in out
    assert f"auto_wipe = {w['no']}" in out and f"download_on_dock = {w['yes']}" in out
    assert f"work_days = {w['monday']}, " in out and "extra_days_off = —" in out
    assert say(cli, lang, "settings", "auto_wipe", w["yes"]).strip() == f"auto_wipe = {w['yes']}"
    say(cli, lang, "settings", "work_days", f"{w['monday']},2")
    assert json.loads(say(cli, lang, "settings", "work_days", "--json")) == {"work_days": [0, 2]}
    say(cli, lang, "settings", "extra_days_off", "2026-12-16,2026-12-17")
    assert "extra_days_off = 2026-12-16, 2026-12-17" in say(cli, lang, "settings")


@LANGS
def test_issue_needs_no_case_of_the_name_and_nothing_due_is_said(fast, cli, lang):
    w = WORDS[lang]
    assert "----" not in say(cli, lang, "deadlines") and w["nothing_due"] in \
        say(cli, lang, "deadlines")
    cli("staff", "add", "--surname", "Петров", "--name", "Иван", "--number", "IN-2")
    cli("device", "add", "camera", "BK-009")
    out = say(cli, lang, "issue", "IN-2", "BK-009", "--checked", "all", "--battery-percent",
              "90")
    assert f"{w['issued_to']}Иван Петров." in out


@LANGS
def test_help_is_in_the_language_and_every_option_says_what_it_is(lang, capsys):
    from app.cli.main import main

    for args in ([], ["staff", "add"], ["init"], ["issue"]):
        assert main(["--lang", lang, *args, "--help"]) == 0
        out = capsys.readouterr().out
        for english in ("usage:", "positional arguments:", "options:",
                        "show this help message and exit"):
            assert english not in out
        assert out.startswith(WORDS[lang]["usage"])


def test_every_argument_has_its_help():
    import argparse

    from app.cli.main import build_parser

    known: set[tuple[str, ...]] = set()     # none left
    missing = []

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, (*path, name))
            elif action.help is None:
                missing.append((*path, (action.option_strings or [action.dest])[-1]))

    walk(build_parser(), ())
    assert set(missing) <= known, sorted(set(missing) - known)


def test_a_size_that_differs_takes_its_plural_form():
    from app.package_check import Problem

    src = "{file}: its size is %n bytes, the manifest says {expected}."
    assert "203543 байта" in Problem(src, {"file": "a.mp4", "n": 203543, "expected": 1}
                                     ).localized("ru")
    assert "203545 байт," in Problem(src, {"file": "a.mp4", "n": 203545, "expected": 1}
                                     ).localized("ru")


def test_the_journals_remarks_follow_the_users_language(scene):
    """The examiner's `journal --lang ru` printed the Remarks in Kazakh."""
    assert "Перерыв на обед" in say(scene, "ru", "journal")
    assert "Түскі ас үзілісі" in say(scene, "kk", "journal")
    assert "Түскі ас үзілісі" in say(scene, "ru", "journal", "--paper-lang", "kk")


def test_a_narrow_column_lines_up_with_its_rule() -> None:
    """A one-character heading ("№") over one-digit numbers: the heading, its rule and the
    rows all start the next column at the same place (the rule is at least "---")."""
    import argparse

    from app.cli.context import Context

    text = Context(argparse.Namespace()).table([(1, "BK-001", "x"), (12, "BK-002", "y")],
                                               ["№", "camera", "notes"])
    lines = text.splitlines()
    assert {line.index(value) for line, value in zip(lines, ("camera", "------", "BK-001",
                                                              "BK-002"), strict=True)} == {5}
