"""The rows of the official 8-column journal (R18), derived from the electronic entries.

One row per issue of a camera (its custody period). A correction strikes the row it
corrects and adds a new row carrying "Түзетілді", the date and time of the correction, the
officer and the reason in Remarks (R7); the struck row stays, readable, with its number.
Remarks are kept structured here; ``remark_text`` words them officially in Kazakh or
Russian for the paper (R15, R16, R22).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.clock import from_iso
from app.i18n import plural_form

if TYPE_CHECKING:
    from app.model.vault import VaultSession


@dataclass(frozen=True)
class Remark:
    kind: str          # meal_pause, meal_resume, malfunction, note, replacement,
                       # replaced_by, correction, struck, return_void
    at: datetime       # local time of the office
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class JournalRow:
    number: int                 # column 1: row number in the book
    custody_id: int             # the issue entry's seq (ties the row to the hash chain)
    seqs: tuple[int, ...]       # every journal entry shown in this row
    inventory: str              # column 2: camera (card)
    inspector: str              # column 3: name, patronymic, surname
    received_at: datetime       # column 4
    handed_in_at: datetime | None   # column 5
    downloaded_at: datetime | None  # column 6
    officer: str                # column 7
    remarks: tuple[Remark, ...]     # column 8
    struck: bool = False
    corrects_number: int | None = None
    inspector_id: int = 0
    camera_id: int = 0

    def as_dict(self) -> dict[str, Any]:
        def t(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {"number": self.number, "custody_id": self.custody_id, "seqs": list(self.seqs),
                "inventory": self.inventory, "inspector": self.inspector,
                "received_at": t(self.received_at), "handed_in_at": t(self.handed_in_at),
                "downloaded_at": t(self.downloaded_at), "officer": self.officer,
                "remarks": [remark_text(r, "kk") for r in self.remarks],
                "remarks_ru": [remark_text(r, "ru") for r in self.remarks],
                "struck": self.struck, "corrects_number": self.corrects_number}


def build_rows(session: VaultSession, since: str | None = None, until: str | None = None
               ) -> list[JournalRow]:
    """All rows in book order; ``since``/``until`` (UTC ISO) filter by time received."""
    reg = session.registers
    journal = session.journal
    cal = session.calendar
    periods = session.custody.periods(include_struck=True)
    entries = journal.entries()
    by_custody: dict[int, list[Any]] = {}
    corrections: dict[int, Any] = {}
    for e in entries:
        if e.custody_id is not None:
            by_custody.setdefault(e.custody_id, []).append(e)
        if e.kind == "correction" and e.ref_seq is not None:
            corrections[e.ref_seq] = e
    numbers = {p.id: i for i, p in enumerate(periods, start=1)}
    predecessor = {p.superseded_id: p for p in periods if p.superseded_id is not None}
    # Looked up once per row: a search of the whole list per row made a year's journal
    # (10,000 entries) take seconds to lay out.
    by_id = {p.id: p for p in periods}
    replaced_by = {p.replaces_id: p for p in periods
                   if p.replaces_id is not None and not p.struck_by}

    def local(text: str | None) -> datetime | None:
        return cal.local(from_iso(text)) if text else None

    def at(text: str) -> datetime:
        return cal.local(from_iso(text))

    names: dict[int, str] = {}
    numbers_of: dict[int, str] = {}

    def staff_name(sid: int) -> str:
        if sid not in names:
            names[sid] = reg.staff(sid).full_name
        return names[sid]

    def device_no(device_id: int) -> str:
        if device_id not in numbers_of:
            numbers_of[device_id] = reg.device(device_id).inventory_no
        return numbers_of[device_id]

    def inventory(camera_id: int, card_id: int | None) -> str:
        cam = device_no(camera_id)
        return f"{cam} ({device_no(card_id)})" if card_id else cam

    rows: list[JournalRow] = []
    for p in periods:
        if (since and p.issued_at < since) or (until and p.issued_at >= until):
            continue
        prev = predecessor.get(p.id)
        # A corrected row is rewritten whole, so it carries its predecessors' remarks too.
        chain_ids = [p.id]
        while (before := predecessor.get(chain_ids[0])) is not None:
            chain_ids.insert(0, before.id)
        own = sorted((e for cid in chain_ids for e in by_custody.get(cid, [])
                      if not (e.kind == "correction" and e.data.get("kind") == "issue")),
                     key=lambda e: e.seq)
        remarks: list[Remark] = []
        seqs = [p.id]
        if prev is not None:
            fix = journal.entry(p.id)  # a corrected row is born of its correction entry
            remarks.append(Remark("correction", at(fix.at), {
                "officer": staff_name(fix.actor_id), "reason": fix.data.get("reason", ""),
                "corrects_number": numbers[prev.id]}))
        if p.replaces_id:
            remarks.append(Remark("replacement", at(p.issued_at), {
                "failed": device_no(by_id[p.replaces_id].camera_id)}))
        born = len(remarks)
        for e in own:
            if e.seq in chain_ids:
                continue
            seqs.append(e.seq)
            if e.kind == "remark":
                struck = corrections.get(e.seq)
                while struck is not None and struck.seq in corrections:
                    struck = corrections[struck.seq]   # a corrected correction (R7)
                data = dict(e.data)
                if struck is not None:
                    remarks.append(Remark("struck", at(e.at), data))
                    data = {"type": struck.data.get("remark_type"), "text":
                            struck.data.get("text", ""), "corrected": True,
                            "officer": staff_name(struck.actor_id),
                            "reason": struck.data.get("reason", ""),
                            "corrected_at": local(struck.at)}
                    remarks.append(Remark(str(data["type"]), at(e.at), data))
                else:
                    remarks.append(Remark(str(data.get("type")), at(e.at), data))
            elif e.kind == "correction" and e.data.get("kind") == "return":
                remarks.append(Remark("return_void", at(e.at), {
                    "officer": staff_name(e.actor_id), "reason": e.data.get("reason", "")}))
            elif e.kind == "correction" and e.data.get("kind") == "return_restore":
                remarks.append(Remark("return_restore", at(e.at), {
                    "officer": staff_name(e.actor_id), "reason": e.data.get("reason", "")}))
            elif e.kind == "wipe" and e.data.get("phase") != "intent":
                # The intent entry (written before deleting) is for reconciliation; the
                # paper tells the outcome: how many files went, and any left on the card.
                kind = "wipe_partial" if e.data.get("phase") == "partial" else "wipe"
                remarks.append(Remark(kind, at(e.at), dict(e.data)))
            elif e.kind == "ingest_aborted":
                remarks.append(Remark("ingest_aborted", at(e.at), dict(e.data)))
        # A corrected row carries its predecessors' replacement too (as their remarks).
        replacement = next((replaced_by[c] for c in reversed(chain_ids) if c in replaced_by),
                           None)
        if replacement is not None:
            remarks.append(Remark("replaced_by", at(replacement.issued_at), {
                "camera": device_no(replacement.camera_id)}))
        # Column 8 in the order things happened: a replacement issued at 12:02 comes before
        # the failed camera's wipe at 12:03 (stable: a struck remark stays before its fix).
        # What the row was born with (its correction, its replacement) stays first.
        remarks[born:] = sorted(remarks[born:], key=lambda r: r.at)
        rows.append(JournalRow(
            number=numbers[p.id], custody_id=p.id, seqs=tuple(seqs),
            inventory=inventory(p.camera_id, p.card_id), inspector=staff_name(p.inspector_id),
            received_at=at(p.issued_at),
            handed_in_at=local(p.returned_at), downloaded_at=local(p.downloaded_at),
            officer=staff_name(p.officer_id), remarks=tuple(remarks),
            struck=p.struck_by is not None,
            corrects_number=numbers[prev.id] if prev is not None else None,
            inspector_id=p.inspector_id, camera_id=p.camera_id))
    return rows


def _dt(value: Any) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if isinstance(value, datetime) else str(value)


def _hm(value: datetime) -> str:
    return value.strftime("%H:%M")


# Official wording of Remarks (column 8), Kazakh and Russian (R7, R15, R16, R22).
_TEXTS: dict[str, dict[str, str]] = {
    "kk": {
        "meal_pause": "Түскі ас үзілісі: жазба тоқтатылды {time}",
        "meal_resume": "Түскі ас үзілісінен кейін жазба жалғастырылды {time}",
        "malfunction": "Ақау: {text}; хабарланған күні мен уақыты {when}",
        "replacement": "Ақаулы {failed} бейнетіркегішінің орнына берілді {when}",
        "replaced_by": "Ауыстырылды: {camera} берілді {when}",
        "correction": "Түзетілді {when}, {officer}. Себебі: {reason} (№ {number} жазбаның "
                      "орнына)",
        "return_void": "Тапсыру жазбасы сызылды, түзетілді {when}, {officer}. Себебі: {reason}",
        "return_restore": "Сызылған тапсыру жазбасы қалпына келтірілді {when}, {officer}. "
                          "Себебі: {reason}",
        "struck": "{text}",
        "note": "{text}",
        "wipe": "Жад картасы тазартылды {when}: {count} файл",
        "wipe_partial": "Жад картасы толық тазартылмады {when}: {count} файл жойылды, "
                        "{remaining} файл қалды",
        "ingest_aborted": "Жүктеу тоқтатылды {when}: {reason}",
        "corrected_suffix": " — Түзетілді {when}, {officer}. Себебі: {reason}",
    },
    "ru": {
        "meal_pause": "Перерыв на обед: запись приостановлена {time}",
        "meal_resume": "Запись возобновлена после перерыва на обед {time}",
        "malfunction": "Неисправность: {text}; дата и время сообщения {when}",
        "replacement": "Выдан взамен неисправного видеорегистратора {failed} {when}",
        "replaced_by": "Заменён: выдан {camera} {when}",
        "correction": "Исправлено {when}, {officer}. Причина: {reason} (взамен записи № "
                      "{number})",
        "return_void": "Запись о сдаче зачёркнута, исправлено {when}, {officer}. Причина: "
                       "{reason}",
        "return_restore": "Зачёркнутая запись о сдаче восстановлена {when}, {officer}. "
                          "Причина: {reason}",
        "struck": "{text}",
        "note": "{text}",
        "wipe": "Карта памяти очищена {when}: {count} {files}",
        "wipe_partial": "Карта памяти очищена не полностью {when}: удалено файлов {count}, "
                        "осталось {remaining}",
        "ingest_aborted": "Загрузка прервана {when}: {reason}",
        "corrected_suffix": " — Исправлено {when}, {officer}. Причина: {reason}",
    },
}


# Why an ingest stopped, by the code the ingest records (app/ingest/errors.py).
_ABORT_REASONS: dict[str, dict[str, str]] = {
    "kk": {"cancelled": "тоқтатылды", "card_removed": "бейнетіркегіш (карта) алынып қалды",
           "vault_storage": "сақтау дискісі жазудан бас тартты",
           "verify_failed": "сақталған көшірме тексеруден өтпеді"},
    "ru": {"cancelled": "остановлена", "card_removed": "видеорегистратор (карта) извлечён",
           "vault_storage": "диск хранилища отказал в записи",
           "verify_failed": "сохранённая копия не прошла проверку"},
}


def _ru_files(count: object) -> str:
    """"файл", "файла" or "файлов" after a number (the paper's Russian, R22)."""
    if not isinstance(count, int | str | float):   # read from a journal entry's JSON
        return "файлов"
    try:
        n = int(count)
    except (TypeError, ValueError):
        return "файлов"
    return ("файл", "файла", "файлов")[plural_form("ru", n)]


def remark_text(remark: Remark, lang: str = "kk") -> str:
    """Official wording of one remark; ``lang`` is "kk" or "ru" (the paper's languages)."""
    texts = _TEXTS["ru" if lang == "ru" else "kk"]
    d = remark.data
    kind = remark.kind if remark.kind in texts else "note"
    if kind == "struck":
        kind = str(d.get("type")) if d.get("type") in texts else "note"
    text = texts[kind].format(
        time=_hm(remark.at), when=_dt(remark.at), text=d.get("text", ""),
        failed=d.get("failed", ""), camera=d.get("camera", ""),
        officer=d.get("officer", ""),
        reason=(_ABORT_REASONS["ru" if lang == "ru" else "kk"].get(str(d.get("reason")),
                                                                   d.get("reason", ""))
                if kind == "ingest_aborted" else d.get("reason", "")),
        number=d.get("corrects_number", ""), count=d.get("count", d.get("files", "")),
        remaining=d.get("remaining", ""), files=_ru_files(d.get("count", d.get("files", 0))))
    if d.get("corrected"):
        text += texts["corrected_suffix"].format(
            when=_dt(d.get("corrected_at")), officer=d.get("officer", ""),
            reason=d.get("reason", ""))
    return text


def is_struck_remark(remark: Remark) -> bool:
    return remark.kind == "struck"
