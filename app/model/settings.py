"""Office settings declared once with their defaults (Picard options.py, KeePassXC Config)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.model.db import Database

AGENCIES = ("fire", "veterinary", "revenue", "police")
# Not office settings: see Settings.set_in (issue 12).
IDENTITY = ("officer_id", "head_id", "vault_id", "signing_public_key")


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("agency", "veterinary", str),
    Setting("unit_name", "", str),
    Setting("language", "kk", str),
    Setting("timezone", "Asia/Almaty", str),
    # R21: Monday–Friday 09:00–18:30, lunch 13:00–14:30.
    Setting("work_days", [0, 1, 2, 3, 4], list),
    Setting("work_start", "09:00", str),
    Setting("work_end", "18:30", str),
    Setting("lunch_start", "13:00", str),
    Setting("lunch_end", "14:30", str),
    # Government decrees move days off and working Saturdays each year: the office keeps
    # those here on top of the holidays library.
    Setting("extra_days_off", [], list),
    Setting("extra_work_days", [], list),
    Setting("auto_lock_minutes", 10, int),
    Setting("auto_wipe", False, bool),
    # The window downloads a docked camera as soon as it is identified (the officer's
    # session only, R1); off: a "Download" button on Today starts it.
    Setting("download_on_dock", True, bool),
    # Cameras downloading at once (R20); the rest wait their turn on Today. bench/dock.py
    # (README): with 8 docked, 8 at once downloaded at 0.98 of 8 plain threads, 4 at once
    # took two waves (0.58); CPU stayed under the 2 cores, the disk floor was not reached.
    Setting("max_parallel_downloads", 8, int),
    # R11: a camera is not issued below this charge unless the officer overrides it.
    Setting("min_battery_percent", 50, int),
    Setting("service_life_warn_days", 90, int),
    # R19: the office's headcount for the equipment norms; 0: count the active staff in the
    # register (which may hold only those who use cameras).
    Setting("office_headcount", 0, int),
    # The scheduled full check (every blob decrypted and rehashed) while the window is
    # unlocked: days between complete checks; 0 runs it on demand only.
    Setting("full_check_days", 7, int),
    Setting("mount_roots", [], list),
    Setting("officer_id", 0, int),
    Setting("head_id", 0, int),
    Setting("signing_public_key", "", str),
    Setting("vault_id", "", str),
)}


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> Any:
        spec = SETTINGS[key]
        row = self.db.one("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(row[0]) if row else spec.default

    def stored(self, keys: tuple[str, ...]) -> tuple[str | None, ...]:
        """The stored text of ``keys`` in one query (None where a default applies): cheap
        enough to ask on every use, to tell whether anything built from them is stale."""
        marks = ",".join("?" * len(keys))
        rows = dict(self.db.query(f"SELECT key, value FROM settings WHERE key IN ({marks})",
                                  keys))
        return tuple(rows.get(k) for k in keys)

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in SETTINGS}

    def validate(self, key: str, value: Any) -> Any:
        spec = SETTINGS.get(key)
        if spec is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Unknown setting {key}."), key=key)
        if spec.kind is bool and isinstance(value, str):
            value = value.lower() in ("1", "true", "yes", "on")
        if spec.kind is int and isinstance(value, str):
            try:
                value = int(value)
            except ValueError:
                raise InvalidInput(QT_TRANSLATE_NOOP("core", "{key} must be a whole number."),
                                   key=key) from None
        if spec.kind is list and isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, spec.kind):
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Bad value for {key}."), key=key)
        if key == "agency" and value not in AGENCIES:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Agency must be one of: {choices}."),
                               choices=", ".join(AGENCIES))
        if key == "auto_lock_minutes" and not 1 <= value <= 240:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Auto-lock must be 1 to 240 minutes."))
        if key == "max_parallel_downloads" and not 1 <= value <= 16:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "Cameras downloading at once must be 1 to 16."))
        if key == "min_battery_percent" and not 0 <= value <= 100:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "The lowest battery charge must be 0 to 100 %."))
        return value

    def set_in(self, con: Any, key: str, value: Any) -> tuple[Any, Any]:
        if key in IDENTITY:
            # Who holds a password and which vault and key this is are not office settings:
            # they change only through their own recorded actions (R1, R2, issue 12).
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{key} is not a setting: the vault's identity and who holds each "
                        "role change only through their own recorded action (a new officer "
                        "is designated with reset-officer)."), key=key)
        return self._store(con, key, value)

    def set_identity_in(self, con: Any, key: str, value: Any) -> tuple[Any, Any]:
        """For vault creation and the designation of a new officer only (app.model.identity),
        each of which records the change in the audit log in the same transaction."""
        if key not in IDENTITY:
            raise ValueError(key)
        return self._store(con, key, value)

    def _store(self, con: Any, key: str, value: Any) -> tuple[Any, Any]:
        value = self.validate(key, value)
        old = self.get(key)
        con.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                    "DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)))
        return old, value
