"""Reports for the head (issue 14, item 6): the month per inspector, a recording's chain of
custody, the audit log; as tables, CSV, XLSX and PDF, from the core and the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import InvalidInput, NotFound
from app.reports import export
from app.reports.history import recording_history
from app.reports.month import month_report, parse_month
from app.reports.tables import audit_table, history_table, month_table


def test_month_per_inspector(month) -> None:
    s = month["s"]
    rep = month_report(s, 2026, 11)
    by = {r.personnel_no: r for r in rep.rows}
    one, two = by["IN-1"], by["IN-2"]
    assert (one.days_on_duty, one.recordings, round(one.hours, 2)) == (1, 6, 3.5)
    assert (one.late_returns, one.late_downloads) == (0, 0)
    assert (one.gaps, round(one.gap_minutes)) == (1, 30)          # R13: 10:00–10:30
    assert (two.days_on_duty, two.recordings, round(two.hours, 2)) == (1, 2, 0.5)
    assert (two.late_returns, two.late_downloads) == (1, 1)       # R17, R8
    assert rep.totals().recordings == 8
    # Another month holds none of it.
    assert month_report(s, 2026, 10).rows == []


def test_month_counts_releases_of_the_inspectors_recordings(month) -> None:
    s = month["s"]
    ids = [f.id for f in s.footage.search(inspector_id=s.registers.find_staff("IN-2").id)]
    with s.db.write() as con:
        s.audit.append_in(con, "release", "head", s.actor_id, None,
                          {"release_id": 1, "recipient_id": s.registers.find_staff("IN-2").id,
                           "purpose": "іс", "footage_ids": ids})
    by = {r.personnel_no: r for r in month_report(s, 2026, 11).rows}
    assert (by["IN-1"].releases, by["IN-2"].releases) == (0, 1)


@pytest.mark.parametrize("bad", ["2026-13", "11.2026", "1999-01", "", "2026-1e3"])
def test_bad_month(bad: str) -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM"):
        parse_month(bad)


def test_recording_history_lists_every_event(month) -> None:
    s = month["s"]
    f = s.footage.search(inspector_id=s.registers.find_staff("IN-1").id)[0]
    s.footage.read(f.id)                            # a view
    s.footage.add_note(f.id, "бетіне назар аударыңыз")
    s.footage.mark(f.id, "category", "offence", "хаттама №3")
    hist = recording_history(s, f.id)
    actions = [e.action for e in hist.events]
    assert actions[:2] == ["recorded", "downloaded"]
    assert set(actions[2:]) == {"view", "footage_note", "footage_marked"}
    assert hist.category == "offence"
    table = history_table(s, hist, "en")
    assert table.headers[1] == "What" and any("offence (5 years)" in r[3] for r in table.rows)
    assert any(r[4].startswith("journal №") for r in table.rows)
    with pytest.raises(NotFound):
        recording_history(s, 99_999)


def test_tables_speak_the_language_asked(month) -> None:
    s = month["s"]
    rep = month_report(s, 2026, 11)
    kk, ru = month_table(s, rep, "kk"), month_table(s, rep, "ru")
    assert kk.headers != ru.headers and kk.headers[0] != "Inspector"
    audit = audit_table(s, s.audit.entries(), "ru")
    assert all(not row[3].isascii() for row in audit.rows)   # no developer names


def test_csv_xlsx_pdf(month, tmp_path) -> None:
    s = month["s"]
    table = month_table(s, month_report(s, 2026, 11), "kk")
    export.write(table, tmp_path / "m.csv")
    raw = (tmp_path / "m.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[2] == table.headers and len(rows) == 3 + len(table.rows) + 1
    export.write(table, tmp_path / "m.xlsx")
    ws = load_workbook(tmp_path / "m.xlsx").active
    assert [c.value for c in ws[3]] == table.headers
    assert ws.cell(4, 3).value == table.rows[0][2]
    export.write(table, tmp_path / "m.pdf")
    text = PdfReader(tmp_path / "m.pdf").pages[0].extract_text()
    assert table.headers[0] in text and "Сейітов" in text
    # hours as the office writes them: a decimal comma in kk/ru (CSV for Excel in those
    # locales, the PDF, the window, the command line); XLSX keeps the number itself
    hours = 4
    at = next(i for i, r in enumerate(table.rows) if r[hours] == 3.5)
    assert rows[3 + at][hours] == "3,5" and table.shown_rows()[at][hours] == "3,5"
    assert "3,5" in text and "3.5" not in text
    assert ws.cell(4 + at, hours + 1).value == 3.5
    assert month_table(s, month_report(s, 2026, 11), "en").shown_rows()[at][hours] == "3.5"
    with pytest.raises(InvalidInput, match=r"\.pdf, \.csv or \.xlsx"):
        export.write(table, tmp_path / "m.docx")


def test_cli_reports_and_their_audit(month, capsys, monkeypatch, tmp_path) -> None:
    from app.cli.main import main
    from tests.conftest import OFFICER_PW

    s = month["s"]
    vault_dir = s.path
    s.lock()
    monkeypatch.setenv("DALEL_PASSWORD", OFFICER_PW)
    base = ["--vault", str(vault_dir), "--lang", "en"]
    assert main(["report", "month", "2026-11", *base, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {r["personnel_no"]: r["late_returns"] for r in data["inspectors"]} == {
        "IN-1": 0, "IN-2": 1}
    assert main(["report", "month", "2026-11", *base, "--out", str(tmp_path / "m.xlsx")]) == 0
    assert "Saved" in capsys.readouterr().out and (tmp_path / "m.xlsx").exists()
    assert main(["report", "recording", "1", *base]) == 0
    assert "Downloaded into the vault" in capsys.readouterr().out
    assert main(["report", "audit", *base, "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(tmp_path / "a.csv")]) == 0
    capsys.readouterr()
    assert main(["report", "month", "13-2026", *base]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
    assert main(["report", "audit", *base, "--from", "tomorrow"]) == 2
    assert main(["audit", "--action", "export", *base, "--json"]) == 0
    exports = json.loads(capsys.readouterr().out)
    assert [e["detail"]["what"] for e in exports] == ["report_month", "report_audit"]
