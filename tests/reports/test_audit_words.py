"""The audit log report reads as words, not stored JSON (issue 15): every detail shape the
program records, in Kazakh and Russian, shows no developer key or code."""

from __future__ import annotations

import re

import pytest

from app.model.audit import AuditEntry
from app.model.custody import Checklist
from app.reports.audit_words import Words
from app.reports.tables import audit_table

SHAPES: list[tuple[str, dict]] = [
    ("vault_created", {"identity": {"head_id": 2, "officer_id": 1},
                       "kdf": {"alg": "argon2id", "m_kib": 65536, "p": 4, "t": 3}}),
    ("unlock", {"lockout_epoch": "ab12", "lockout_generation": 3}),
    ("unlock_failed", {"failures": 2}),
    ("lockout", {"until": "2026-11-23T05:00:00.000000Z"}),
    # (lockout_file_damaged and slot_* carry a diagnostic reason the key-slot and lockout
    # checks write in English, e.g. "unreadable: ..."; shown as recorded: not checked here)
    ("lockout_file_damaged", {"locked": ["officer", "head"]}),
    ("lockout_file_reset", {"found": None, "expected": 4, "same_file": False}),
    ("slot_reset", {"reset_role": "officer"}),
    ("register_changed", {"table": "devices", "id": 1, "field": "state", "old": "in_store",
                          "new": "written_off", "reason": "сынған"}),
    ("register_changed", {"table": "devices", "id": 2, "field": "camera_id", "old": "None",
                          "new": "1", "reason": "issue"}),
    ("register_changed", {"table": "staff", "id": 3, "field": "active", "old": "1",
                          "new": "0", "reason": "зейнетке шықты"}),
    ("settings_changed", {"key": "auto_wipe", "old": False, "new": True}),
    ("settings_changed", {"key": "work_days", "old": [0, 1, 2, 3, 4], "new": [0, 1, 2]}),
    ("footage_marked", {"footage_id": 1, "seq": 1, "mark": "category", "value": "offence"}),
    ("footage_note", {"footage_id": 1, "seq": 2, "offset_s": 12.5, "text": "белгі"}),
    ("view", {"footage_id": 1}),
    ("view", {"what": "journal", "rows": 12}),
    ("export", {"what": "report_month", "format": "pdf", "file": "/home/a/dalel.pdf",
                "rows": 3, "month": "2026-11"}),
    ("export", {"release_id": 7, "files": 2, "bytes": 5_000_000, "folder": "/media/x"}),
    ("release", {"release_id": 7, "recipient_id": 3, "head_id": 2, "purpose": "іс № 5",
                 "footage_ids": [1, 2], "permission": "head_password",
                 "manifest_sha256": "ab" * 32, "fingerprint": "AB12 CD34 EF56 7890 1122"}),
    ("print", {"kind": "pages", "volume": 1, "pages": [1, 2], "rows": [1, 40],
               "checkpoint_size": 80}),
    ("reprint", {"volume": 1, "pages": [2], "covers": True}),
    ("verify", {"ok": True, "problems": 0, "blobs": 12}),
    ("verify", {"what": "paper_page", "volume": 1, "page": 2, "ok": False,
                "reason": "хэш сәйкес емес"}),
    ("verify", {"full": True, "complete": True, "ok": True, "problems": 0, "blobs": 3,
                "bytes": 12_345_678, "started_at": "2026-11-23T04:00:00.000000Z",
                "resumed_at_blob": 0}),
    ("ingest", {"camera_inventory": "BK-001", "stored": 3, "duplicates": 1, "failed": 0,
                "partial": False}),
    ("ingest_aborted", {"reason": "card_removed", "message": "The camera or card at {mount} "
                        "was removed during the download.", "camera_inventory": "BK-001",
                        "stored": 1}),
    ("clock_set", {"camera_inventory": "BK-001", "set_to": "2026-11-23T04:00:00.000000Z",
                   "method": "time_file", "offset_before_s": 3.0, "at": "docking"}),
    ("wipe", {"phase": "intent", "journal_seq": 9, "camera_inventory": "BK-001",
              "list_sha256": "ab" * 32, "files": [["DCIM/1.MP4", 10, "ab"]]}),
    ("wipe", {"phase": "done", "camera_inventory": "BK-001", "count": 2, "files": 2,
              "bytes": 2048, "left_on_card": 0, "remaining": 0, "remaining_names": [],
              "journal_seq": 10, "intent_seq": 9}),
    ("battery_override", {"journal_seq": 4, "percent": 30, "minimum": 50,
                          "camera_inventory": "BK-001"}),
    ("officer_designated", {"officer_id": 3, "previous": 1}),
    ("backup_done", {"folder": "/media/usb/dalel-backup", "blobs": 3, "copied": 2,
                     "skipped": 1, "bytes": 3_000_000, "missing": 0, "journal_entries": 9,
                     "audit_entries": 30, "checkpoint": "DALEL-CP-1-xyz"}),
    ("restored", {"source": "/media/usb/dalel-backup", "backup_at": "2026-11-20T04:00:00.000000Z",
                  "files": 3, "bytes": 3_000_000, "journal_entries": 9, "audit_entries": 30}),
    # every kind a print records (app/paper), the blank book's too
    ("print", {"kind": "blank", "pages": 100}),
    ("print", {"kind": "closing", "volume": 1, "pages": 12}),
    ("print", {"kind": "extract", "since": "2026-11-01", "pages": 2}),
]
CODE = re.compile(r"[A-Za-z]{3,}")
DATA = re.compile(r"BK-\d+|/[\w/.-]+|DCIM\S*|[0-9A-F ]{10,}|\bMB\b|\bPDF\b")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_recorded_shape_reads_as_words(stocked, lang) -> None:
    words = Words(stocked, lang)
    for n, (action, detail) in enumerate(SHAPES, 1):
        text = words.detail(AuditEntry(n, "2026-11-23T04:00:00.000000Z", "officer", 1, action,
                                       detail))
        assert CODE.findall(DATA.sub(" ", text)) == [], (action, text)


def test_sentences(stocked) -> None:
    words = Words(stocked, "ru")

    def say(action: str, detail: dict) -> str:
        return words.detail(AuditEntry(1, "2026-11-23T04:00:00.000000Z", "officer", 1, action,
                                       detail))

    assert say(*SHAPES[7]) == "BK-001: состояние: на хранении → списан (сынған)"
    assert say(*SHAPES[8]) == "MC-001: в видеорегистраторе: — → BK-001 (при выдаче)"
    assert say(*SHAPES[14]) == "запись: № 1"
    assert "5,0 МБ" in say(*SHAPES[17])
    # the window's table and the saved reports use the same words
    stocked.custody.issue("IN-1", "BK-001", Checklist.all_ok(95), card="MC-001", seal="S-1")
    rows = audit_table(stocked, stocked.audit.entries(), "kk").rows
    assert any(r[4] == "BK-001: күйі: қоймада → берілген (беру кезінде)" for r in rows)
