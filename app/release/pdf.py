"""``manifest.pdf``: the release manifest on paper, Kazakh and Russian on every line (R10,
R22), with the key fingerprint, the checkpoint and a QR code that binds the sheet to the
folder's files (``app.package_check.qr_payload``). Ink signature lines for the person who
hands the copy over and the one who takes it. The same facts as ``manifest.json``; the
fonts and the QR drawing are the paper journal's (``app.paper.layout``)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable, KeepTogether

from app.package_check import local_text, qr_payload
from app.paper.layout import FONT, FONT_B, FONT_I, draw_qr, register_fonts, wrap
from app.rules import cite

MARGIN = 15 * mm
QR = 34 * mm
GRID = Color(0.55, 0.55, 0.55)

TITLE_KK = "Берілген фото және бейнежазбалар көшірмесінің тізімдемесі"
TITLE_RU = "Опись выданной копии фото- и видеозаписей"
RULE_KK = ("Сақталған фото және бейнежазбалар инспекторларға тек қызметтік мақсатта, "
           "аумақтық органның басшысының рұқсатымен беріледі.")
RULE_RU = ("Хранящиеся фото- и видеозаписи выдаются инспекторам только в служебных целях с "
           "разрешения руководителя территориального органа.")
CHECK_KK = ("Тексеру (кез келген компьютерде, құпиясөзсіз): «dalel verify-package ҚАЛТА» "
            "немесе «sha256sum -c SHA256SUMS». Кілттің саусақ ізін мекеменің кілтімен "
            "салыстырыңыз.")
CHECK_RU = ("Проверка (на любом компьютере, без пароля): «dalel verify-package ПАПКА» или "
            "«sha256sum -c SHA256SUMS». Сверьте отпечаток ключа с ключом учреждения.")


class QRCode(Flowable):
    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload, self.size = payload, size
        self.width = self.height = size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size)


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=FONT_B, fontSize=13, leading=16),
        "title_ru": ParagraphStyle("title_ru", fontName=FONT_B, fontSize=11, leading=14),
        "unit": ParagraphStyle("unit", fontName=FONT_I, fontSize=9, leading=11),
        "label": ParagraphStyle("label", fontName=FONT, fontSize=8, leading=9.5),
        "value": ParagraphStyle("value", fontName=FONT_B, fontSize=9, leading=11),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=7, leading=8.4),
        "mono": ParagraphStyle("mono", fontName="Courier", fontSize=6.4, leading=7.6),
        "head": ParagraphStyle("head", fontName=FONT_B, fontSize=7, leading=8.4),
        "note": ParagraphStyle("note", fontName=FONT_I, fontSize=8, leading=10),
    }


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    safe = (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br/>"))
    return Paragraph(safe, style)


def _who(p: dict[str, Any]) -> str:
    return f"{p.get('name', '')} ({p.get('personnel_no', '')})"


def _size(n: int) -> str:
    """Kazakh and Russian write both the unit and the decimal comma the same way."""
    return f"{n / 1e6:.1f} МБ".replace(".", ",") if n >= 100_000 else f"{n} байт"


FILE_COLUMNS = [6 * mm, 34 * mm, 32 * mm, 22 * mm, 22 * mm, 14 * mm, 50 * mm]
FILE_HEAD = ["№", "Файл", "Бейнетіркегіш, инспектор / Видеорегистратор, инспектор",
             "Жазылған / Записано", "Жүктелген / Загружено", "Көлемі / Размер", "SHA-256"]
CELL, CELL_LEAD, CELL_PAD = 7.0, 8.4, 2.0
ROWS_PER_TABLE = 50


def _cell(lines: list[str], width: float) -> str:
    """Plain text wrapped by measured width: a Paragraph per cell cost 7 ms, and a release
    of a card of 2,000 photos has 14,000 cells."""
    out: list[str] = []
    for line in lines:
        out += wrap(line, FONT, CELL, width - 2 * CELL_PAD)
    return "\n".join(out)


def _files_tables(manifest: dict[str, Any], st: dict[str, ParagraphStyle], tz: Any
                  ) -> list[Table]:
    """The files, in tables of ROWS_PER_TABLE rows each with the header repeated (one table
    of thousands of rows is split again and again at every page, quadratic in reportlab)."""
    w = FILE_COLUMNS
    head = [_p(h, st["head"]) for h in FILE_HEAD]
    rows = []
    for n, f in enumerate(manifest["files"], 1):
        insp = f.get("inspector") or {}
        sha = str(f["sha256"])
        rows.append([
            str(n),
            _cell([str(f["file"]).split("/", 1)[-1], str(f.get("card_name", ""))], w[1]),
            _cell([str(f.get("camera") or "—"), _who(insp) if insp else "—"], w[2]),
            _cell([local_text(f.get("recorded_from"), tz), local_text(f.get("recorded_to"), tz)],
                  w[3]),
            _cell([local_text(f.get("downloaded_at"), tz)], w[4]),
            _size(int(f["size"])),
            f"{sha[:32]}\n{sha[32:]}",
        ])
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.3, GRID),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONT", (0, 1), (-2, -1), FONT, CELL, CELL_LEAD),
                        ("FONT", (-1, 1), (-1, -1), "Courier", 6.4, 7.6),
                        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD)])
    tables = []
    for lo in range(0, len(rows), ROWS_PER_TABLE):
        table = Table([head, *rows[lo:lo + ROWS_PER_TABLE]], colWidths=w, repeatRows=1)
        table.setStyle(style)
        tables.append(table)
    return tables


def render(manifest: dict[str, Any]) -> bytes:
    """The PDF's bytes (reportlab's invariant mode: the same manifest gives the same file)."""
    register_fonts()
    st = _styles()
    tz = manifest.get("timezone")
    cp = manifest["checkpoint"]
    total = sum(int(f["size"]) for f in manifest["files"])
    rows = [
        ("Беру № / Выдача №", f"{manifest['release_id']}"),
        ("Берілген күні мен уақыты / Дата и время выдачи",
         f"{local_text(manifest['released_at'], tz)} ({tz})"),
        ("Рұқсат берген басшы / Разрешил руководитель",
         _who(manifest["permitted_by"])),
        ("Берген / Выдал", _who(manifest["released_by"])),
        ("Алушы инспектор / Получатель — инспектор", _who(manifest["recipient"])),
        ("Мақсаты (қызметтік) / Цель (служебная)", manifest["purpose"]),
        ("Файлдар / Файлы", f"{len(manifest['files'])}; {_size(total)}"),
        ("Файлдар тізімінің SHA-256 / SHA-256 списка файлов", manifest["files_digest"]),
        ("Қолтаңба кілтінің саусақ ізі (Ed25519) / Отпечаток ключа подписи (Ed25519)",
         manifest["signing_key"]["fingerprint"]),
        ("Сақтау орны / Хранилище", manifest["vault_id"]),
        ("Журнал мен аудит журналының бақылау нүктесі / Контрольная точка журнала и журнала "
         "аудита", f"{cp['journal_entries']} / {cp['audit_entries']}\n{cp['code']}"),
    ]
    facts = Table([[_p(k, st["label"]), _p(v, st["mono"] if k.startswith("Журнал мен")
                                          else st["value"])] for k, v in rows],
                  colWidths=[62 * mm, None])
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    story_files = _files_tables(manifest, st, tz)
    signatures = Table([[_p("Берген / Выдал: ____________________", st["label"]),
                         _p("Алған / Получил: ____________________", st["label"])],
                        [_p(manifest["released_by"].get("name", ""), st["small"]),
                         _p(manifest["recipient"].get("name", ""), st["small"])]],
                       colWidths=["50%", "50%"])
    header = Table([[[_p(TITLE_KK, st["title"]), _p(TITLE_RU, st["title_ru"]),
                      Spacer(1, 2 * mm),
                      _p(manifest.get("office", {}).get("unit") or "", st["unit"])],
                     QRCode(qr_payload(manifest), QR)]],
                   colWidths=[None, QR + 2 * mm])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Any] = [
        header, Spacer(1, 3 * mm),
        # The rule cited as people read it (issue 15): the order and clause, not R10.
        _p(f"{RULE_KK} ({cite('R10', 'kk')})", st["note"]),
        _p(f"{RULE_RU} ({cite('R10', 'ru')})", st["note"]), Spacer(1, 3 * mm),
        facts, Spacer(1, 5 * mm), *story_files, Spacer(1, 5 * mm),
        _p(CHECK_KK, st["note"]), _p(CHECK_RU, st["note"]), Spacer(1, 10 * mm),
        KeepTogether([signatures]),
    ]
    def footer(c: Any, doc: Any) -> None:
        c.setFont(FONT, 7)
        c.setFillColor(black)
        c.drawRightString(A4[0] - MARGIN, MARGIN / 2,
                          f"{doc.page}-бет / стр. {doc.page} · "
                          f"Dalel · {manifest['vault_id'][:12]} · № {manifest['release_id']}")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, invariant=1,
                            title=f"{TITLE_KK} / {TITLE_RU}", author="Dalel",
                            subject=f"release {manifest['release_id']}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
