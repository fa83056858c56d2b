"""Office settings, each declared once: its type, default, the check of its values, who may
change it and how its allowed form reads to a person (Picard ``options.py``, KeePassXC
``Config``).

``change(session, {key: value})`` is the one way a person changes settings, from the
command line and the window alike: every value is checked (text as typed at the command
line, or typed values from the window), the working hours together, and the new values are
written with one ``settings_changed`` audit record per key ({key, old, new}) in the same
transaction. A refused value raises ``InvalidInput`` naming the setting and its allowed form.

Reading checks too: a value stored by an older version, damaged, or written straight into
the database fails its check and is replaced by its default (R21's hours for the working
schedule) for use, so the calendar, deadlines, the journal and the paper keep working;
``Settings.problems()`` says which setting is wrong and what is used (``dalel status``, the
Today page).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP, Phrase
from app.model.db import Database
from app.model.setting_checks import (
    FIRST_YEAR,
    LAST_YEAR,
    Parse,
    choice,
    flag,
    folders,
    hex_text,
    iso_dates,
    line_of_text,
    shown,
    staff_id,
    time_of_day,
    time_zone,
    weekdays,
    whole,
)

if TYPE_CHECKING:
    from app.model.vault import VaultSession

AGENCIES = ("fire", "veterinary", "revenue", "police")
# R22: the office's official languages (English is a developer's --lang, not an office's).
OFFICE_LANGUAGES = ("kk", "ru")
# Not office settings: see Settings.set_in (issue 12).
IDENTITY = ("officer_id", "head_id", "vault_id", "signing_public_key")
# Checked together (R21): the day starts before it ends and lunch lies within it.
HOURS = ("work_start", "work_end", "lunch_start", "lunch_end")

# Who may change a setting: the two people who hold a password (R1, R2).
BOTH = ("officer", "head")
NOBODY: tuple[str, ...] = ()    # identity: only through its own recorded action


# -- the declarations -------------------------------------------------------------------------
@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    parse: Parse
    label: str                  # what a person calls it (marked for translation, "core")
    form: str                   # its allowed form, in words (marked for translation)
    form_params: Mapping[str, Any] = field(default_factory=dict)
    who: tuple[str, ...] = BOTH
    bounds: tuple[int, int] | None = None   # a number's range (the window's spin boxes)

    def name(self) -> Phrase:
        return Phrase(self.label)

    def describe(self) -> Phrase:
        return Phrase(self.form, **self.form_params)

    def check(self, value: Any) -> Any:
        """The value in its stored form, or InvalidInput naming the setting and its form."""
        try:
            return self.parse(value)
        except (ValueError, TypeError, AttributeError):
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "{setting}: \u201c{value}\u201d is not allowed. Allowed: "
                        "{form}."), setting=self.name(), key=self.key, value=shown(value),
                form=self.describe()) from None


TIME_FORM = QT_TRANSLATE_NOOP("core", "a time of day as HH:MM, 00:00\u201323:59")
DATES_FORM = QT_TRANSLATE_NOOP(
    "core", "dates as YYYY-MM-DD, comma separated, years {first}\u2013{last} (e.g. "
            "2026-12-17,2026-12-18), or nothing")
NUMBER_FORM = QT_TRANSLATE_NOOP("core", "a whole number from {low} to {high}")
FLAG_FORM = QT_TRANSLATE_NOOP("core", "yes or no (also true/false, 1/0, on/off)")


def _number(key: str, default: int, low: int, high: int, label: str) -> Setting:
    return Setting(key, default, int, whole(low, high), label, NUMBER_FORM,
                   {"low": low, "high": high}, bounds=(low, high))


def _flag(key: str, default: bool, label: str) -> Setting:
    return Setting(key, default, bool, flag, label, FLAG_FORM)


def _time(key: str, default: str, label: str) -> Setting:
    return Setting(key, default, str, time_of_day, label, TIME_FORM)


def _dates(key: str, label: str) -> Setting:
    return Setting(key, [], list, iso_dates, label, DATES_FORM,
                   {"first": FIRST_YEAR, "last": LAST_YEAR})


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("agency", "veterinary", str, choice(AGENCIES),
            QT_TRANSLATE_NOOP("core", "Agency"),
            QT_TRANSLATE_NOOP("core", "one of {choices}"), {"choices": ", ".join(AGENCIES)}),
    # Printed on every journal page (R18): one line.
    Setting("unit_name", "", str, line_of_text(200),
            QT_TRANSLATE_NOOP("core", "Territorial unit"),
            QT_TRANSLATE_NOOP("core", "one line of text, at most {limit} characters"),
            {"limit": 200}),
    Setting("language", "kk", str, choice(OFFICE_LANGUAGES),
            QT_TRANSLATE_NOOP("core", "Language"),
            QT_TRANSLATE_NOOP("core", "kk (Kazakh) or ru (Russian)")),
    Setting("timezone", "Asia/Almaty", str, time_zone,
            QT_TRANSLATE_NOOP("core", "Time zone"),
            QT_TRANSLATE_NOOP("core", "a time zone of the IANA list, such as Asia/Almaty or "
                                      "Asia/Aqtobe")),
    # R21: Monday–Friday 09:00–18:30, lunch 13:00–14:30.
    Setting("work_days", [0, 1, 2, 3, 4], list, weekdays,
            QT_TRANSLATE_NOOP("core", "Working days"),
            QT_TRANSLATE_NOOP("core", "day numbers 0\u20136 (0 is Monday, 6 is Sunday), comma "
                                      "separated, each once, at least one (e.g. 0,1,2,3,4)")),
    _time("work_start", "09:00", QT_TRANSLATE_NOOP("core", "Working day starts")),
    _time("work_end", "18:30", QT_TRANSLATE_NOOP("core", "Working day ends")),
    _time("lunch_start", "13:00", QT_TRANSLATE_NOOP("core", "Lunch from")),
    _time("lunch_end", "14:30", QT_TRANSLATE_NOOP("core", "Lunch to")),
    # Government decrees move days off and working Saturdays each year: the office keeps
    # those here on top of the holidays library.
    _dates("extra_days_off", QT_TRANSLATE_NOOP("core", "Extra days off")),
    _dates("extra_work_days", QT_TRANSLATE_NOOP("core", "Extra working days")),
    _number("auto_lock_minutes", 10, 1, 240,
            QT_TRANSLATE_NOOP("core", "Lock after inactivity (minutes)")),
    # R1, R14: only after the footage is stored and verified.
    _flag("auto_wipe", False, QT_TRANSLATE_NOOP("core", "Wipe the card after a verified "
                                                        "download")),
    # The window downloads a docked camera as soon as it is identified (the officer's
    # session only, R1); off: a "Download" button on Today starts it.
    _flag("download_on_dock", True, QT_TRANSLATE_NOOP("core", "Download on docking")),
    # Cameras downloading at once (R20); the rest wait their turn on Today. bench/dock.py
    # (README): with 8 docked, 8 at once downloaded at 0.98 of 8 plain threads, 4 at once
    # took two waves (0.58); CPU stayed under the 2 cores, the disk floor was not reached.
    _number("max_parallel_downloads", 8, 1, 16,
            QT_TRANSLATE_NOOP("core", "Cameras downloading at once")),
    # R11: a camera is not issued below this charge unless the officer overrides it.
    _number("min_battery_percent", 50, 0, 100,
            QT_TRANSLATE_NOOP("core", "Lowest battery charge at issue (%)")),
    # R19: warned this many days before the 7-year service life ends (at most two years).
    _number("service_life_warn_days", 90, 0, 730,
            QT_TRANSLATE_NOOP("core", "Warn before the end of service life (days)")),
    # R19: the office's headcount for the equipment norms; 0: count the active staff in the
    # register (which may hold only those who use cameras). Bounds as device norms --headcount.
    _number("office_headcount", 0, 0, 1_000_000,
            QT_TRANSLATE_NOOP("core", "Office headcount for the equipment norms")),
    # The scheduled full check (every blob decrypted and rehashed) while the window is
    # unlocked: days between complete checks; 0 runs it on demand only.
    _number("full_check_days", 7, 0, 365,
            QT_TRANSLATE_NOOP("core", "Days between full checks of the vault")),
    # Today reminds the officer when the last backup is older than this (issue 14).
    _number("backup_reminder_days", 7, 1, 365,
            QT_TRANSLATE_NOOP("core", "Days after which Today asks for a new backup")),
    # Where docked cameras mount, besides the platform's own roots (app/devices/watcher.py).
    Setting("mount_roots", [], list, folders,
            QT_TRANSLATE_NOOP("core", "Mount roots"),
            QT_TRANSLATE_NOOP("core", "absolute folder paths, comma separated (e.g. "
                                      "/media/officer), or nothing")),
    # Identity (R1, R2, issue 12): changed by no one through change(); see set_identity_in.
    Setting("officer_id", 0, int, staff_id, QT_TRANSLATE_NOOP("core", "Responsible officer"),
            QT_TRANSLATE_NOOP("core", "a staff number"), who=NOBODY),
    Setting("head_id", 0, int, staff_id, QT_TRANSLATE_NOOP("core", "Head of the office"),
            QT_TRANSLATE_NOOP("core", "a staff number"), who=NOBODY),
    Setting("signing_public_key", "", str, hex_text(64),
            QT_TRANSLATE_NOOP("core", "Signing key"),
            QT_TRANSLATE_NOOP("core", "{digits} hexadecimal digits"), {"digits": 64},
            who=NOBODY),
    Setting("vault_id", "", str, hex_text(32), QT_TRANSLATE_NOOP("core", "Vault identifier"),
            QT_TRANSLATE_NOOP("core", "{digits} hexadecimal digits"), {"digits": 32},
            who=NOBODY),
)}


def hours_fit(values: Mapping[str, str]) -> bool:
    """R21's shape: the day starts before it ends and lunch lies within it (HH:MM texts
    compare as times)."""
    start, end, lunch_start, lunch_end = (values[k] for k in HOURS)
    return start < end and start <= lunch_start < lunch_end <= end


# -- what reading found ----------------------------------------------------------------------
@dataclass(frozen=True)
class SettingProblem:
    """A stored value that failed its check and the value used instead until it is
    corrected (``dalel status``, the Today page)."""

    keys: tuple[str, ...]
    stored: tuple[str, ...]
    used: tuple[str, ...]
    message: Phrase

    def text(self) -> str:
        return str(self.message)

    def as_dict(self) -> dict[str, Any]:
        return {"keys": list(self.keys), "stored": list(self.stored), "used": list(self.used),
                "text": self.text()}


@dataclass(frozen=True)
class Reading:
    values: dict[str, Any]
    problems: list[SettingProblem]


@dataclass(frozen=True)
class Change:
    key: str
    old: Any
    new: Any


def _decoded(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _bad_value(spec: Setting, raw: str) -> SettingProblem:
    stored = shown(_decoded(raw))
    used = shown(spec.default)
    return SettingProblem((spec.key,), (stored,), (used,), Phrase(QT_TRANSLATE_NOOP(
        "core", "The setting {setting} holds \u201c{stored}\u201d, which is not "
                "allowed ({form}); \u201c{used}\u201d is used until it is corrected."),
        setting=spec.name(), key=spec.key, stored=stored, form=spec.describe(), used=used))


def _hours_reset(stored: Mapping[str, str]) -> SettingProblem:
    default = {k: SETTINGS[k].default for k in HOURS}
    return SettingProblem(HOURS, tuple(stored[k] for k in HOURS),
                          tuple(default[k] for k in HOURS), Phrase(QT_TRANSLATE_NOOP(
        "core", "The working hours stored ({start}\u2013{end}, lunch {lunch_start}\u2013"
                "{lunch_end}) do not fit together; the hours of R21 ({r_start}\u2013{r_end}, "
                "lunch {r_lunch_start}\u2013{r_lunch_end}) are used until they are "
                "corrected."), start=stored["work_start"], end=stored["work_end"],
        lunch_start=stored["lunch_start"], lunch_end=stored["lunch_end"],
        r_start=default["work_start"], r_end=default["work_end"],
        r_lunch_start=default["lunch_start"], r_lunch_end=default["lunch_end"]))


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------------
    def read(self, keys: Iterable[str] | None = None) -> Reading:
        """The values to use (each checked; a bad one replaced by its default) and what was
        wrong, in one query."""
        want = list(SETTINGS) if keys is None else [SETTINGS[k].key for k in keys]
        if any(k in HOURS for k in want):
            want += [k for k in HOURS if k not in want]   # they are checked together
        marks = ",".join("?" * len(want))
        rows = dict(self.db.query(f"SELECT key, value FROM settings WHERE key IN ({marks})",
                                  tuple(want)))
        values: dict[str, Any] = {}
        problems: list[SettingProblem] = []
        for key in want:
            spec, raw = SETTINGS[key], rows.get(key)
            if raw is None:
                values[key] = spec.default
                continue
            try:
                values[key] = spec.parse(json.loads(raw))
            except (ValueError, TypeError, AttributeError, RecursionError):
                values[key] = spec.default
                if key not in IDENTITY:   # verify names a damaged identity (check_identity)
                    problems.append(_bad_value(spec, raw))
        if HOURS[0] in values and not hours_fit(values):
            problems.append(_hours_reset(values))
            values.update({k: SETTINGS[k].default for k in HOURS})
        return Reading(values, problems)

    def get(self, key: str) -> Any:
        return self.read((key,)).values[key]

    def all(self) -> dict[str, Any]:
        return self.read().values

    def problems(self) -> list[SettingProblem]:
        """Every stored value that failed its check, with what is used instead."""
        return self.read().problems

    def stored(self, keys: tuple[str, ...]) -> tuple[str | None, ...]:
        """The stored text of ``keys`` in one query (None where a default applies): cheap
        enough to ask on every use, to tell whether anything built from them is stale."""
        marks = ",".join("?" * len(keys))
        rows = dict(self.db.query(f"SELECT key, value FROM settings WHERE key IN ({marks})",
                                  keys))
        return tuple(rows.get(k) for k in keys)

    # -- checking and writing -------------------------------------------------------------
    def spec(self, key: str) -> Setting:
        spec = SETTINGS.get(key)
        if spec is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Unknown setting {key}."), key=key)
        return spec

    def validate(self, key: str, value: Any) -> Any:
        """``value`` (text or typed) in its stored form; InvalidInput when not allowed."""
        return self.spec(key).check(value)

    def change_in(self, con: Any, values: Mapping[str, Any], role: str) -> list[Change]:
        """Check ``values`` (each, then the working hours and the extra days together) and
        write those that differ from what is stored, inside the caller's transaction. The
        audit record is ``change``'s; this is its half that knows no session."""
        checked: dict[str, Any] = {}
        for key, value in values.items():
            spec = self.spec(key)
            self._refuse_identity(key)
            if role not in spec.who:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "{setting} is not changed by the {role}."),
                    setting=spec.name(), key=key, role=Phrase(ROLE_NAMES[role]))
            checked[key] = spec.check(value)
        merged = {**self.all(), **checked}
        _check_together(merged, checked)
        rows = dict(con.execute("SELECT key, value FROM settings").fetchall())
        changes = []
        for key, new in checked.items():
            raw = rows.get(key)
            old = SETTINGS[key].default if raw is None else _decoded(raw)
            if json.dumps(old) == json.dumps(new):
                continue
            self._write(con, key, new)
            changes.append(Change(key, old, new))
        return changes

    def set_in(self, con: Any, key: str, value: Any) -> tuple[Any, Any]:
        """One setting checked and written, without an audit record: vault creation (which
        records itself) and tests. People change settings through ``change``."""
        self._refuse_identity(key)
        return self._store(con, key, value)

    def set_identity_in(self, con: Any, key: str, value: Any) -> tuple[Any, Any]:
        """For vault creation and the designation of a new officer only (app.model.identity),
        each of which records the change in the audit log in the same transaction."""
        if key not in IDENTITY:
            raise ValueError(key)
        return self._store(con, key, value)

    @staticmethod
    def _refuse_identity(key: str) -> None:
        if key in IDENTITY:
            # Who holds a password and which vault and key this is are not office settings:
            # they change only through their own recorded actions (R1, R2, issue 12).
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{key} is not a setting: the vault's identity and who holds each "
                        "role change only through their own recorded action (a new officer "
                        "is designated with reset-officer)."), key=key)

    def _store(self, con: Any, key: str, value: Any) -> tuple[Any, Any]:
        value = self.validate(key, value)
        old = self.get(key)
        self._write(con, key, value)
        return old, value

    @staticmethod
    def _write(con: Any, key: str, value: Any) -> None:
        con.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                    "DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)))


ROLE_NAMES = {"officer": QT_TRANSLATE_NOOP("core", "responsible officer"),
              "head": QT_TRANSLATE_NOOP("core", "head of the office")}


def _check_together(merged: Mapping[str, Any], checked: Mapping[str, Any]) -> None:
    if any(k in checked for k in HOURS) and not hours_fit(merged):
        key = next(k for k in HOURS if k in checked)
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "{setting}: \u201c{value}\u201d does not fit the working hours: "
                    "the day must start before it ends and lunch must lie within it (would "
                    "be {start}\u2013{end}, lunch {lunch_start}\u2013{lunch_end})."),
            setting=SETTINGS[key].name(), key=key, value=shown(checked[key]),
            start=merged["work_start"], end=merged["work_end"],
            lunch_start=merged["lunch_start"], lunch_end=merged["lunch_end"])
    both = set(merged["extra_days_off"]) & set(merged["extra_work_days"])
    changed = [k for k in ("extra_days_off", "extra_work_days") if k in checked]
    if both and changed:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "{setting}: {days} would be both an extra day off and an extra "
                    "working day; a day can be only one of them."),
            setting=SETTINGS[changed[0]].name(), key=changed[0], days=", ".join(sorted(both)))


def change(session: VaultSession, values: Mapping[str, Any]) -> list[Change]:
    """The one way a person changes settings (``dalel settings KEY VALUE``, the Settings
    page): checked, written, and audited ("settings_changed" {key, old, new}, one record per
    changed key) in one transaction. Returns what changed (nothing: no record)."""
    with session.db.write() as con:
        changes = session.settings.change_in(con, values, session.role)
        for c in changes:
            session.audit.append_in(con, "settings_changed", session.role, session.actor_id,
                                    None, {"key": c.key, "old": c.old, "new": c.new})
    return changes
