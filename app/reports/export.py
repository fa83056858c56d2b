"""A report table to CSV (UTF-8 with BOM, ";" — what Excel on a Kazakh or Russian desktop
opens by a double click) or XLSX, written whole or not at all (temp file, fsync, rename)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput
from app.fsutil import atomic_write
from app.i18n import QT_TRANSLATE_NOOP
from app.reports.tables import Table

if TYPE_CHECKING:
    from app.model.vault import VaultSession

FORMATS = ("csv", "xlsx", "pdf")


def format_of(path: Path) -> str:
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "Save the report as .pdf, .csv or .xlsx (not {name})."), name=path.name)
    return kind


def csv_bytes(table: Table) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow([table.title])
    if table.subtitle:
        w.writerow([table.subtitle])
    w.writerow(table.headers)
    w.writerows(table.shown_rows())  # the footer (totals) last, as before
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(table: Table) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Dalel"
    ws.append([table.title])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([table.subtitle])
    ws.append(table.headers)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in table.rows:
        ws.append(row)
    if table.footer:
        ws.append(table.footer)
        for cell in ws[ws.max_row]:
            cell.font = Font(bold=True)
    ws.freeze_panes = "A4"
    for i, header in enumerate(table.headers, start=1):
        longest = max([len(str(header))] + [len(str(r[i - 1])) for r in table.rows[:500]])
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest + 2))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def save(session: VaultSession, table: Table, path: Path, what: str, **detail: Any) -> str:
    """Write ``table`` and record the export in the audit log (a report carries personal
    data): the one way the window and the command line save a report."""
    kind = write(table, path)
    session.audit.record("export", session.role, session.actor_id, what=what, format=kind,
                         file=str(path.resolve()), rows=len(table.rows), **detail)
    return kind


def write(table: Table, path: Path) -> str:
    """Write ``table`` in the format the file name asks for; returns that format."""
    kind = format_of(path)
    if kind == "csv":
        data = csv_bytes(table)
    elif kind == "xlsx":
        data = xlsx_bytes(table)
    else:
        from app.reports.pdf import pdf_bytes

        data = pdf_bytes(table)
    atomic_write(path, data, mode=0o600)
    return kind
