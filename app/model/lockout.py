"""Five wrong passwords in a row lock unlocking for ten minutes, persisted across restarts.

The state lives in a small plaintext file beside the index because it must be read before
any key exists. Failed attempts wait there until the next successful unlock moves them into
the (encrypted, chained) audit log. Deleting the file resets the counter: it slows down a
guesser at the desk, it is not a cryptographic barrier; Argon2id is.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app.clock import Clock, from_iso, to_iso
from app.fsutil import atomic_write

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=10)
MAX_PENDING = 1000


class LockoutState:
    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self.clock = clock

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                return data
        except (FileNotFoundError, ValueError):
            pass
        return {"failures": 0, "locked_until": None, "pending": []}

    def _save(self, data: dict[str, Any]) -> None:
        atomic_write(self.path, json.dumps(data, indent=1).encode())

    def locked_until(self) -> datetime | None:
        until = self._load().get("locked_until")
        if until and from_iso(until) > self.clock.now():
            return from_iso(until)
        return None

    def note_refused(self, role: str) -> None:
        data = self._load()
        self._pending(data, "unlock_refused_lockout", role)
        self._save(data)

    def note_failure(self, role: str) -> bool:
        """Records a wrong password; returns True when this one started a lockout."""
        data = self._load()
        data["failures"] = int(data.get("failures", 0)) + 1
        self._pending(data, "unlock_failed", role, failures=data["failures"])
        started = False
        if data["failures"] >= MAX_FAILURES:
            data["locked_until"] = to_iso(self.clock.now() + LOCKOUT)
            data["failures"] = 0
            self._pending(data, "lockout", role, until=data["locked_until"])
            started = True
        self._save(data)
        return started

    def note_success(self) -> list[dict[str, Any]]:
        """Resets the counter; returns the attempts to move into the audit log."""
        data = self._load()
        pending = list(data.get("pending", []))
        self._save({"failures": 0, "locked_until": None, "pending": []})
        return pending

    def _pending(self, data: dict[str, Any], action: str, role: str, **detail: Any) -> None:
        pending = data.setdefault("pending", [])
        pending.append({"at": to_iso(self.clock.now()), "action": action, "role": role,
                        "detail": detail})
        del pending[:-MAX_PENDING]
