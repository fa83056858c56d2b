"""What ``verify`` checks beyond the two hash chains (issue 12): the footage rows against
the digests their journal entries carry, the schema against the migrations, and who holds
each role against the record of how they came to hold it.

Everything here reads; only ``seal_legacy`` writes, once, when a vault made before these
checks is first opened: it chains one "footage_sealed" journal entry over the recordings
stored so far and one "identity_sealed" audit entry naming the officer and the head, so
that from then on a change to any of them is seen (R3, R7). What was changed before that
first opening cannot be told apart; the seal's entry says when coverage began.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import sqlcipher3
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.i18n import NUMERUS, QT_TRANSLATE_NOOP, Phrase
from app.model.footage import FACT_COLUMNS, footage_digest, recording_facts
from app.model.migrations import MIGRATIONS

if TYPE_CHECKING:
    from app.model.vault import VaultSession

IDENTITY_VERSION = 1        # vault_created detail carries "identity" from this version on
COVERAGE_FROM = "schema 4"  # the first index whose footage rows are all digested
SCHEMA_KINDS = ("table", "index", "trigger", "view")


# -- schema --------------------------------------------------------------------------------
@lru_cache(maxsize=8)
def expected_schema(version: int) -> dict[tuple[str, str], str]:
    """(type, name) -> sql, as the migrations up to ``version`` create them: applied to an
    empty in-memory database (never written down by hand, so it cannot drift)."""
    con = sqlcipher3.connect(":memory:")
    try:
        for number, script in MIGRATIONS:
            if number <= version:
                con.executescript(script())
        return _schema_of(con)
    finally:
        con.close()


def _schema_of(con: Any) -> dict[tuple[str, str], str]:
    rows = con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE "
                       "'sqlite_%'").fetchall()
    return {(str(t), str(n)): str(s or "") for t, n, s in rows if t in SCHEMA_KINDS}


def check_schema(db: Any) -> list[tuple[str, str]]:
    """(name, reason) for every table, index, trigger or view that differs from what the
    index's migration version defines: a dropped trigger lets rows be edited (R3)."""
    with db.lock:
        found = _schema_of(db.con)
    expected = expected_schema(db.version)
    out: list[tuple[str, str]] = []
    for (kind, name), sql in sorted(expected.items()):
        if (kind, name) not in found:
            out.append((name, Phrase(QT_TRANSLATE_NOOP("core", "{kind} is missing (dropped)"),
                                     kind=kind)))
        elif found[(kind, name)] != sql:
            out.append((name, Phrase(QT_TRANSLATE_NOOP(
                "core", "{kind} differs from schema {version}"), kind=kind, version=db.version)))
    for kind, name in sorted(set(found) - set(expected)):
        out.append((name, Phrase(QT_TRANSLATE_NOOP(
            "core", "{kind} is not part of schema {version} (added)"),
            kind=kind, version=db.version)))
    return out


# -- footage -------------------------------------------------------------------------------
def _digest_entries(db: Any) -> tuple[dict[int, dict[str, Any]], dict[str, Any] | None]:
    """Download entries that carry a footage digest, and the one-time legacy seal."""
    digests: dict[int, dict[str, Any]] = {}
    seal: dict[str, Any] | None = None
    for seq, kind, data in db.query("SELECT seq, kind, data FROM journal WHERE kind IN "
                                    "('download', 'footage_sealed') ORDER BY seq"):
        d = json.loads(data)
        if kind == "footage_sealed":
            if seal is None:
                seal = {**d, "seq": seq}
        elif isinstance(d.get("footage"), dict):
            digests[seq] = d["footage"]
    return digests, seal


def _recordings(db: Any) -> tuple[list[Any], dict[int, list[Any]]]:
    rows = db.query(f"SELECT id, journal_seq, {', '.join(FACT_COLUMNS)} FROM footage "
                    "ORDER BY id")
    parts: dict[int, list[Any]] = defaultdict(list)
    for r in db.query("SELECT footage_id, part_no, blob_id, source_name, size, sha256 "
                      "FROM footage_parts"):
        parts[r[0]].append(tuple(r[1:]))
    return rows, parts


# Who holds a role, as the identity check's messages name them (translated when shown).
ROLE_NAMES = {"officer": Phrase(QT_TRANSLATE_NOOP("core", "officer")),
              "head": Phrase(QT_TRANSLATE_NOOP("core", "head"))}


def footage_ref(ids: object) -> Phrase:
    """A verify problem's reference to recordings, e.g. "footage 12" (translated when shown)."""
    return Phrase(QT_TRANSLATE_NOOP("core", "footage {id}"), id=ids)


def _names(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:10])
    return shown + (f" … (+{len(ids) - 10})" if len(ids) > 10 else "")


def check_footage(session: VaultSession) -> tuple[list[tuple[str, str]], list[str]]:
    """(ref, reason) problems and plain notes. Each download entry's digest is rebuilt
    from the footage and footage_parts rows that name it; rows no digest covers, parts of
    no recording, parts that disagree with their blob row are reported by recording id."""
    db = session.db
    digests, seal = _digest_entries(db)
    rows, parts = _recordings(db)
    problems: list[tuple[str, str]] = []
    notes: list[str] = []
    groups: dict[int, list[Any]] = defaultdict(list)
    sealed: list[Any] = []
    seal_max = int(seal.get("max_id", 0)) if seal else 0
    for r in rows:
        fid, jseq = int(r[0]), r[1]
        facts = recording_facts(tuple(r[2:]), parts.get(fid, []))
        if jseq in digests:
            groups[jseq].append((fid, facts))
        elif seal is not None and fid <= seal_max:
            sealed.append((fid, facts))
        else:
            problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
                "core", "is not covered by any journal entry's digest (added or moved outside "
                "an ingest)"))))
    for jseq, want in digests.items():
        got = groups.get(jseq, [])
        if footage_digest(f for _i, f in got) == want:
            continue
        ids = [i for i, _f in got]
        if len(got) != want.get("count"):
            why = Phrase(NUMERUS.translate(
                "core", "journal entry {seq} stored %n recording(s), the index holds {held} "
                "(removed or moved)", None, 0), n=int(want.get("count") or 0), seq=jseq,
                held=len(got))
        else:
            why = Phrase(QT_TRANSLATE_NOOP(
                "core", "do not match the digest in journal entry {seq} (hash, size, parts, "
                "camera, custody, inspector, times, file name or blob changed)"), seq=jseq)
        problems.append((footage_ref(_names(ids)) if ids else Phrase(QT_TRANSLATE_NOOP(
            "core", "journal {seq}"), seq=jseq), why))
    if seal is not None:
        if footage_digest(f for _i, f in sealed) != seal.get("footage"):
            problems.append((footage_ref(_names([i for i, _f in sealed])), Phrase(
                QT_TRANSLATE_NOOP("core", "do not match the seal in journal entry {seq}"),
                seq=seal["seq"])))
        elif sealed:
            notes.append(Phrase(NUMERUS.translate(
                "core", "%n recording(s) downloaded before {version} are covered from their "
                "seal (journal entry {seq}) on, not from their download", None, 0),
                n=len(sealed), version=COVERAGE_FROM, seq=seal["seq"]))
    known = {int(r[0]) for r in rows}
    for fid in sorted(set(parts) - known):
        problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
            "core", "has stored parts but no recording row (removed)"))))
    blobs = {str(b): (str(s), int(n)) for b, s, n in db.query("SELECT id, sha256, size FROM "
                                                                "blobs")}
    for r in rows:
        fid, sha, size = int(r[0]), str(r[2]), int(r[3])
        own = sorted(parts.get(fid, []))
        if not own:
            problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
                "core", "has no stored parts"))))
            continue
        if sum(p[3] for p in own) != size:
            problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
                "core", "parts do not add up to the recorded size"))))
        if len(own) == 1 and own[0][4] != sha:
            problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
                "core", "its part's SHA-256 is not the recording's"))))
        for part_no, blob_id, _name, psize, psha in own:
            if blob_id not in blobs:
                problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
                    "core", "part {part}: blob {blob} is not in the index"),
                    part=part_no, blob=blob_id)))
            elif blobs[blob_id] != (psha, psize):
                problems.append((footage_ref(fid), Phrase(QT_TRANSLATE_NOOP(
                    "core", "part {part}: blob {blob} is recorded with another SHA-256 or "
                    "size"), part=part_no, blob=blob_id)))
    return problems, notes


# -- categories and notes ------------------------------------------------------------------
_MARKS = ("footage_marks", "footage_marked", ("footage_id", "mark", "value"))
_NOTES = ("footage_notes", "footage_note", ("footage_id", "offset_s", "text"))


def _side_rows(db: Any, table: str, cols: tuple[str, ...]) -> list[list[Any]]:
    return [list(r) for r in db.query(f"SELECT seq, at, actor_id, {', '.join(cols)} "
                                      f"FROM {table} ORDER BY seq")]


def side_digest(rows: list[list[Any]]) -> str:
    import hashlib

    from app.model.crypto import canonical_json

    return hashlib.sha256(canonical_json(["dalel-marks/1", rows])).hexdigest()


def check_marks(session: VaultSession) -> list[tuple[str, str]]:
    """Every category and note row against the audit entry written with it (R9: a category
    decides how long footage is kept); rows older than the seal against its digest."""
    db = session.db
    _digests, seal = _digest_entries(db)
    problems: list[tuple[str, str]] = []
    for table, action, cols in (_MARKS, _NOTES):
        recorded: dict[int, list[Any]] = {}
        for at, actor, detail in db.query("SELECT at, actor_id, detail FROM audit WHERE "
                                          "action = ?", (action,)):
            d = json.loads(detail)
            recorded[int(d["seq"])] = [at, actor, *(d.get(c) for c in cols)]
        limit = int(seal.get(table, {}).get("max_seq", 0)) if seal else 0
        legacy = []
        for row in _side_rows(db, table, cols):
            seq = int(row[0])
            if seq <= limit and seq not in recorded:
                legacy.append(row)
            elif recorded.pop(seq, None) != row[1:]:
                problems.append((f"{table} {seq}", Phrase(QT_TRANSLATE_NOOP(
                    "core", "does not match the audit log's record of it (added or changed "
                    "behind Dalel)"))))
        for seq in sorted(recorded):
            problems.append((f"{table} {seq}", Phrase(QT_TRANSLATE_NOOP(
                "core", "is recorded in the audit log but missing (deleted)"))))
        if seal and table in seal and side_digest(legacy) != seal[table]["sha256"]:
            problems.append((table, Phrase(QT_TRANSLATE_NOOP(
                "core", "rows before the seal (journal entry {seq}) were changed"),
                seq=seal["seq"])))
    return problems


def check_releases(session: VaultSession) -> list[tuple[str, str]]:
    """Each released copy's stored manifest against the audit entry written with it (R10)."""
    import hashlib

    db = session.db
    recorded = {}
    for (detail,) in db.query("SELECT detail FROM audit WHERE action = 'release'"):
        d = json.loads(detail)
        recorded[int(d["release_id"])] = d
    problems: list[tuple[str, str]] = []
    for rid, head_id, recipient_id, purpose, manifest in db.query(
            "SELECT id, head_id, recipient_id, purpose, manifest FROM releases ORDER BY id"):
        d = recorded.pop(int(rid), None)
        # head_id is in the audit entry since release packages (issue 14); older entries
        # lack it and their manifest text names the head.
        if d is None or d.get("manifest_sha256") != hashlib.sha256(
                manifest.encode()).hexdigest() or d.get("recipient_id") != recipient_id \
                or d.get("purpose") != purpose or d.get("head_id", head_id) != head_id:
            problems.append((Phrase(QT_TRANSLATE_NOOP("core", "release {id}"), id=rid),
                             Phrase(QT_TRANSLATE_NOOP(
                                 "core", "does not match the audit log's record of it"))))
    for rid in sorted(recorded):
        problems.append((Phrase(QT_TRANSLATE_NOOP("core", "release {id}"), id=rid),
                         Phrase(QT_TRANSLATE_NOOP(
                             "core", "is recorded in the audit log but missing"))))
    return problems


# -- identity ------------------------------------------------------------------------------
IDENTITY_KEYS = ("officer_id", "head_id", "vault_id", "signing_public_key")


def recorded_holders(session: VaultSession) -> dict[str, int | None]:
    """Who holds each role by the audit log: the vault's creation, the upgrade seal, then
    every designation of a new officer (R1, R2), the latest winning."""
    who: dict[str, int | None] = {"officer_id": None, "head_id": None}
    for action, actor, detail in session.db.query(
            "SELECT action, actor_id, detail FROM audit WHERE action IN ('vault_created', "
            "'identity_sealed', 'officer_designated') ORDER BY seq"):
        d = json.loads(detail)
        ident = d.get("identity", {}) if action != "officer_designated" else d
        if action == "vault_created" and not ident:
            who["officer_id"] = actor      # older vaults: the creator is the officer
        for key in ("officer_id", "head_id"):
            if key in ident:
                who[key] = int(ident[key])
    return who


def check_identity(session: VaultSession) -> list[tuple[str, str]]:
    s = session.settings
    problems: list[tuple[str, str]] = []
    if s.get("vault_id") != session.vault_id:
        problems.append(("vault_id", Phrase(QT_TRANSLATE_NOOP(
            "core", "the index names another vault than vault.json"))))
    public = session.signing_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if s.get("signing_public_key") != public.hex():
        problems.append(("signing_public_key", Phrase(QT_TRANSLATE_NOOP(
            "core", "is not the key of this vault's master key"))))
    who = recorded_holders(session)
    for key, role in (("officer_id", "officer"), ("head_id", "head")):
        recorded = who[key]
        if recorded is None:
            problems.append((key, Phrase(QT_TRANSLATE_NOOP(
                "core", "no record names the {role} (vault creation or seal)"),
                role=ROLE_NAMES[role])))
        elif int(s.get(key)) != recorded:
            problems.append((key, Phrase(QT_TRANSLATE_NOOP(
                "core", "names staff {named} as the {role}; the audit log's record names "
                "staff {recorded}"), named=s.get(key), role=ROLE_NAMES[role],
                recorded=recorded)))
    return problems


# -- the one-time seal of an older vault ---------------------------------------------------
def needs_seal(session: VaultSession) -> bool:
    rows = session.db.query("SELECT action, detail FROM audit WHERE action IN "
                            "('vault_created', 'identity_sealed') ORDER BY seq")
    if any(a == "identity_sealed" for a, _d in rows):
        return False
    return any(a == "vault_created" and "identity" not in json.loads(d) for a, d in rows)


def seal_legacy(session: VaultSession) -> bool:
    """Chain what an older vault holds (see the module's docstring); True if it sealed."""
    if not needs_seal(session):
        return False
    db = session.db
    with db.write() as con:
        digests, _seal = _digest_entries(db)
        rows, parts = _recordings(db)
        legacy = [recording_facts(tuple(r[2:]), parts.get(int(r[0]), [])) for r in rows
                  if r[1] not in digests]
        max_id = max((int(r[0]) for r in rows), default=0)
        data: dict[str, Any] = {"footage": footage_digest(legacy), "max_id": max_id,
                                "coverage": COVERAGE_FROM}
        for table, _action, cols in (_MARKS, _NOTES):
            rows_ = _side_rows(db, table, cols)
            data[table] = {"max_seq": max((int(r[0]) for r in rows_), default=0),
                           "sha256": side_digest(rows_)}
        session.journal.append_in(con, "footage_sealed", data=data)
        session.audit.append_in(con, "identity_sealed", session.role, session.actor_id, None,
                                {"identity": {"officer_id": int(session.settings.get(
                                    "officer_id")), "head_id": int(session.settings.get(
                                        "head_id"))}})
    return True


# -- the one path that changes who is the officer -----------------------------------------
def designate_officer(session: VaultSession, staff_id: int) -> int:
    """The head designates a new responsible officer (R1, R2): the setting and its record
    in the audit log, in one transaction. Returns the previous officer's staff id. The new
    officer's password is then set with ``reset_slot("officer", ...)``."""
    from app.errors import RuleViolation
    from app.i18n import QT_TRANSLATE_NOOP

    if session.role != "head":
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "Only the head can designate a new officer."))
    person = session.registers.staff(staff_id)
    if not person.active or staff_id == int(session.settings.get("head_id")):
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "The officer must be an active member of staff other than the head."))
    with session.db.write() as con:
        old, new = session.settings.set_identity_in(con, "officer_id", staff_id)
        session.audit.append_in(con, "officer_designated", session.role, session.actor_id,
                                None, {"officer_id": new, "previous": old})
    return int(old)
