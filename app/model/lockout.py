"""Five wrong passwords in a row lock unlocking for ten minutes, per person, persisted
across restarts.

The state lives in a small plaintext file beside the index because it must be read before
any key exists. The officer and the head each have their own counter and lockout (R2: two
password holders; one person's typos must not keep the other out). Failed attempts wait in
the file until the next successful unlock moves them into the (encrypted, chained) audit
log. Deleting the file resets the counters: it slows down a guesser at the desk, it is not a
cryptographic barrier; Argon2id is. A deleted or rolled-back file is noticed, though: every
write raises ``generation`` (a file made anew gets a new random ``epoch``), the unlock entry
of the audit log remembers both, and the next unlock compares (see ``vault.unlock``). A file
put back exactly as the last successful unlock left it cannot be told from one left alone:
the failures in between are known to that file only.

The file is never trusted to be well formed. Whatever it holds, reading it never raises: a
person whose counter cannot be read is locked out for the usual ten minutes (never longer)
and the file is rewritten clean at once. Failing to write it (a full or read-only disk) is
logged and never stops a correct password.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import stat
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app.clock import Clock, from_iso, to_iso
from app.errors import DalelError
from app.fsutil import atomic_write
from app.model.crypto import canonical_json

log = logging.getLogger(__name__)

FORMAT = 2
ROLES = ("officer", "head")
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=10)
MAX_PENDING = 1000
MAX_FILE_BYTES = 1024 * 1024
MAX_GENERATION = 2**53
PENDING_ACTIONS = ("unlock_failed", "unlock_refused_lockout", "lockout",
                   "lockout_file_damaged")


@dataclass(frozen=True)
class Lock:
    until: datetime
    damaged: bool           # imposed because the person's counter could not be read


@dataclass
class Success:
    """What a successful unlock takes from the file into the audit log."""

    pending: list[dict[str, Any]] = field(default_factory=list)
    read_generation: int = 0        # the generation the file had (0 when missing)
    read_epoch: str | None = None   # the epoch it had (None when missing or unreadable)
    generation: int = 0             # the generation on disk now (the new one if written)
    epoch: str | None = None        # the epoch on disk now
    missing: bool = False           # there was no file at all
    written: bool = True            # False: the disk refused; logged, not fatal


class _Garbage(Exception):
    pass


def _fresh_role() -> dict[str, Any]:
    return {"failures": 0, "locked_until": None, "damaged": False}


def _int(value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise _Garbage("not a sane integer")
    return value


def _time(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise _Garbage("not a time")
    try:
        return from_iso(value)
    except (ValueError, OverflowError):
        raise _Garbage("not a time") from None


class LockoutState:
    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self.clock = clock
        self.missing = False
        self.read_generation = 0
        self.read_epoch: str | None = None
        # Events that could not be put into the file (the disk refused): handed to the
        # next successful unlock of this process directly.
        self._unsaved: list[dict[str, Any]] = []
        self._noted_damage = False
        self.asker: str | None = None   # whose unlock is reading the file now
        self._taken: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
        self._clean: dict[str, Any] | None = None

    # -- reading: total, never raises ------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        self.missing = False
        self.read_generation, self.read_epoch = 0, None
        try:
            if not stat.S_ISREG(self.path.stat().st_mode):  # a folder, or a pipe that hangs
                return self._damaged("not a regular file", ROLES, self._fresh())
            with self.path.open("rb") as fh:
                raw = fh.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            self.missing = True
            return self._fresh()
        except OSError as exc:  # a folder in its place, no permission, an I/O error
            return self._damaged(f"unreadable: {exc.strerror or exc}", ROLES, self._fresh())
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise _Garbage("too large")
            try:
                data = json.loads(raw)
            except (ValueError, RecursionError):
                raise _Garbage("not JSON") from None
            if not isinstance(data, dict):
                raise _Garbage("not a JSON object")
            state = self._upgrade(data) if "format" not in data else data
            if state.get("format") != FORMAT or not isinstance(state.get("roles"), dict):
                raise _Garbage("unknown format")
        except _Garbage as exc:
            return self._damaged(str(exc), ROLES, self._fresh())
        return self._check(state)

    def _fresh(self) -> dict[str, Any]:
        return {"format": FORMAT, "epoch": secrets.token_hex(8), "generation": 0,
                "roles": {r: _fresh_role() for r in ROLES}, "pending": []}

    def _upgrade(self, data: dict[str, Any]) -> dict[str, Any]:
        """Format 1 held one counter for both people: both inherit it (never less safe)."""
        shared = {"failures": data.get("failures", 0), "locked_until": data.get("locked_until")}
        return {"format": FORMAT, "epoch": secrets.token_hex(8), "generation": 0,
                "roles": {r: dict(shared) for r in ROLES}, "pending": data.get("pending", [])}

    def _check(self, data: dict[str, Any]) -> dict[str, Any]:
        """Keeps what is sane; a person whose counter is not sane gets the usual lockout."""
        state = self._fresh()
        why: list[str] = []
        try:
            state["generation"] = _int(data.get("generation"), 0, MAX_GENERATION)
        except _Garbage:
            why.append("generation")   # noticed as a reset at the next unlock, no lockout
        epoch = data.get("epoch")
        if isinstance(epoch, str) and 8 <= len(epoch) <= 64 and epoch.isascii() \
                and epoch.isalnum():
            state["epoch"] = epoch
        else:
            why.append("epoch")
        self.read_generation, self.read_epoch = state["generation"], state["epoch"]
        bad_roles = []
        latest = self.clock.now() + LOCKOUT
        for role in ROLES:
            try:
                entry = data["roles"].get(role)
                if not isinstance(entry, dict) or \
                        set(entry) - {"damaged"} != {"failures", "locked_until"} or \
                        type(entry.get("damaged", False)) is not bool:
                    raise _Garbage("not a counter")
                failures = _int(entry["failures"], 0, MAX_FAILURES - 1)
                until = entry["locked_until"]
                # A lockout longer than the usual one is not one this program wrote (or the
                # clock went back): it is cut to ten minutes from now, never kept.
                if until is not None and _time(until) > latest:
                    raise _Garbage("lockout too long")
                state["roles"][role] = {"failures": failures, "locked_until": until,
                                        "damaged": entry.get("damaged", False)}
            except _Garbage:
                bad_roles.append(role)
        try:
            state["pending"] = self._check_pending(data.get("pending"))
        except _Garbage:
            why.append("pending")      # the lost attempts are reported; nobody is locked
        if bad_roles:
            why.extend(f"{r} counter" for r in bad_roles)
        if why:
            return self._damaged(", ".join(why), tuple(bad_roles), state)
        return state

    def _check_pending(self, pending: Any) -> list[dict[str, Any]]:
        if not isinstance(pending, list) or len(pending) > MAX_PENDING:
            raise _Garbage("pending")
        for event in pending:
            if not isinstance(event, dict) or event.get("action") not in PENDING_ACTIONS \
                    or event.get("role") not in (*ROLES, None) \
                    or not isinstance(event.get("detail", {}), dict) \
                    or not set(event) <= {"at", "action", "role", "detail", "gen"}:
                raise _Garbage("pending")
            _time(event.get("at"))
            if "gen" in event:
                _int(event["gen"], 0, MAX_GENERATION)
            try:  # it goes into the audit chain as canonical JSON: it must have one
                canonical_json(event)
            except (ValueError, RecursionError):  # e.g. a lone surrogate in the detail
                raise _Garbage("pending") from None
        return list(pending)

    def _damaged(self, reason: str, roles: tuple[str, ...], state: dict[str, Any]
                 ) -> dict[str, Any]:
        """The usual ten-minute lockout for the person who met the damage (whose counter
        was unreadable), and the file rewritten clean at once: garbage never keeps anyone
        out longer, and never both people — the other one's next unlock finds a sound file
        (the damage is in the audit log either way)."""
        if self.asker is not None:
            roles = tuple(r for r in roles if r == self.asker)
        log.info("lockout file %s is damaged (%s); rewriting it", self.path, reason)
        punished = dict(state, roles=dict(state["roles"]))
        until = to_iso(self.clock.now() + LOCKOUT)
        for role in roles:
            punished["roles"][role] = {"failures": 0, "locked_until": until, "damaged": True}
        event = self._event("lockout_file_damaged", None, reason=reason, locked=list(roles))
        if self._not_replaceable():
            self._move_aside()   # a folder or a pipe cannot be replaced by a rename
        if self._save(punished, [event]):
            return punished
        # Cannot be rewritten: a lockout imposed now would be imposed again at every
        # attempt, for ever. Nobody is locked; the damage reaches the audit log directly.
        if not self._noted_damage:
            self._unsaved.append(event)
            self._noted_damage = True
        return state

    def _not_replaceable(self) -> bool:
        """Something other than a file or a link is in the file's place. Total: a disk that
        cannot even say (an I/O error) leaves it to the rename to try (issue 13)."""
        try:
            mode = os.lstat(self.path).st_mode
        except OSError:
            return False
        return not (stat.S_ISREG(mode) or stat.S_ISLNK(mode))

    def _move_aside(self) -> None:
        for n in range(1, 100):
            aside = self.path.with_name(f"{self.path.name}.damaged-{n}")
            if not os.path.lexists(aside):
                try:
                    os.replace(self.path, aside)
                except OSError as exc:
                    log.info("could not move %s aside: %s", self.path, exc)
                return

    # -- writing: never fatal --------------------------------------------------------------
    def _event(self, action: str, role: str | None, **detail: Any) -> dict[str, Any]:
        return {"at": to_iso(self.clock.now()), "action": action, "role": role,
                "detail": detail}

    def _save(self, data: dict[str, Any], events: list[dict[str, Any]] | None = None) -> bool:
        data = dict(data, generation=min(int(data.get("generation", 0)) + 1, MAX_GENERATION))
        pending = list(data.get("pending", []))
        pending.extend(dict(e, gen=data["generation"]) for e in events or [])
        data["pending"] = pending[-MAX_PENDING:]
        try:
            atomic_write(self.path, json.dumps(data, indent=1).encode())
        except DalelError as exc:
            log.info("could not write %s: %s", self.path, exc)
            return False
        return True

    # -- the unlock's questions ------------------------------------------------------------
    def locked_until(self, role: str) -> Lock | None:
        self.asker = role
        data = self._load()
        entry = data["roles"][role]
        if entry["locked_until"] is None:
            return None
        until = from_iso(entry["locked_until"])
        if until <= self.clock.now():
            return None
        return Lock(until, bool(entry["damaged"]))

    def note_refused(self, role: str) -> None:
        self.asker = role
        data = self._load()
        self._save(data, [self._event("unlock_refused_lockout", role)])

    def note_failure(self, role: str) -> bool:
        """Records a wrong password of ``role``; returns True when it started a lockout."""
        self.asker = role
        data = self._load()
        entry = data["roles"][role]
        failures = entry["failures"] + 1
        events = [self._event("unlock_failed", role, failures=failures)]
        started = failures >= MAX_FAILURES
        if started:
            until = to_iso(self.clock.now() + LOCKOUT)
            data["roles"][role] = {"failures": 0, "locked_until": until, "damaged": False}
            events.append(self._event("lockout", role, until=until))
        else:
            data["roles"][role] = {"failures": failures, "locked_until": None,
                                   "damaged": False}
        if not self._save(data, events):
            self._unsaved.extend(events)
        return started

    def note_success(self, role: str) -> Success:
        """Resets ``role``'s counter; returns the attempts to move into the audit log."""
        self.asker = role
        data = self._load()
        result = Success(pending=list(data["pending"]) + self._unsaved,
                         read_generation=self.read_generation, read_epoch=self.read_epoch,
                         missing=self.missing, epoch=data["epoch"])
        # What goes back into the file if the audit log refuses these attempts: all of
        # them when the clean file was written, else only those it never held.
        self._taken = ([dict(e) for e in data["pending"]] + self._unsaved, self._unsaved)
        self._unsaved = []
        clean = dict(data, pending=[], roles=dict(data["roles"]))
        clean["roles"][role] = _fresh_role()
        result.written = self._save(clean)
        if result.written:
            self._clean = clean
        result.generation = (min(self.read_generation + 1, MAX_GENERATION) if result.written
                             else self.read_generation)
        return result

    def restore_pending(self) -> None:
        """The audit log refused the attempts the last :meth:`note_success` took (a full
        disk, a damaged index): they go back into the file, for the next unlock to move.
        Never fatal; what the disk refuses stays with this object."""
        taken, unsaved = self._taken
        self._taken = ([], [])
        events = taken if self._clean is not None else unsaved
        if not events:
            return
        if self._clean is not None:   # one write after the clean one: one generation on
            base = dict(self._clean, generation=int(self._clean["generation"]) + 1)
        else:
            base = self._load()
        self._clean = None
        # Each keeps its time; it is stamped with the generation that holds it now.
        if not self._save(dict(base, pending=[]), [
                {k: v for k, v in e.items() if k != "gen"} for e in events]):
            self._unsaved.extend(events)
