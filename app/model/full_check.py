"""The scheduled full check (issue 14, item 4): the whole ``verify`` — every blob decrypted and
rehashed, the index, both chains — run while the window is unlocked, when the last complete
check is older than ``full_check_days`` (default weekly), or on demand.

It is resumable: how far it got is kept in ``full-check.json`` beside the index (counts and
a start time, nothing secret), so a check interrupted by a lock, a closed window or a crash
carries on from there at the next unlock instead of starting over. Its outcome is one audit
record ("verify" with ``full: true``), which Today reads back. It runs at the lowest CPU and
I/O priority the system offers and pauses between blobs while a camera is downloading, so
docking is never slowed (R20).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.clock import from_iso
from app.errors import DalelError
from app.fsutil import atomic_write
from app.model.verify import VerifyReport, verify

if TYPE_CHECKING:
    from app.model.audit import AuditEntry
    from app.model.vault import VaultSession

STATE_FILE = "full-check.json"
SAVE_EVERY = 25          # blobs between progress saves (a crash repeats at most these)


@dataclass(frozen=True)
class Resume:
    started_at: str
    position: int        # blobs already checked in this run
    problems: int        # found so far in this run


def state_path(session: VaultSession) -> Path:
    return session.path / STATE_FILE


def read_resume(session: VaultSession) -> Resume | None:
    """The unfinished run, if any; a damaged or hostile state file starts a new run."""
    try:
        raw = state_path(session).read_bytes()
        if len(raw) > 4096:
            return None
        data = json.loads(raw)
        resume = Resume(str(data["started_at"]), int(data["position"]), int(data["problems"]))
        from_iso(resume.started_at)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return resume if 0 <= resume.position < 10**12 and 0 <= resume.problems < 10**9 else None


def save_resume(session: VaultSession, resume: Resume) -> None:
    with contextlib.suppress(DalelError):   # a full disk costs only the resume point
        atomic_write(state_path(session), json.dumps(resume.__dict__).encode())


def clear_resume(session: VaultSession) -> None:
    with contextlib.suppress(OSError):
        state_path(session).unlink()


def last_full_check(session: VaultSession) -> AuditEntry | None:
    """The newest complete full check in the audit log."""
    for e in reversed(session.audit.entries(action="verify")):
        if e.detail.get("full") and e.detail.get("complete"):
            return e
    return None


def is_due(session: VaultSession) -> bool:
    days = int(session.settings.get("full_check_days"))
    if days <= 0:
        return False      # 0: on demand only
    last = last_full_check(session)
    if last is None:
        return True
    return session.clock.now() - from_iso(last.at) >= timedelta(days=days)


def background_priority() -> None:
    """The calling thread at the lowest CPU priority and the idle I/O class (Linux), so a
    docked camera's download always goes first; elsewhere nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    tid = threading.get_native_id()
    with contextlib.suppress(OSError, PermissionError):
        os.setpriority(os.PRIO_PROCESS, tid, 19)
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        ioprio_set = 251 if os.uname().machine == "x86_64" else 30   # aarch64: 30
        idle_class = 3 << 13
        libc.syscall(ioprio_set, 1, tid, idle_class)   # IOPRIO_WHO_PROCESS


def run_full_check(session: VaultSession, progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] = lambda: False,
                   wait_while_busy: Callable[[], None] = lambda: None) -> VerifyReport:
    """Check everything, from where an interrupted run stopped. ``wait_while_busy`` is called
    between blobs and may block (while cameras download). A run that is cancelled keeps its
    resume point and records nothing; a finished one records its result in the audit log."""
    resume = read_resume(session)
    if resume is None:
        resume = Resume(session.now_iso(), 0, 0)
        save_resume(session, resume)
    reached = resume.position
    found_before = resume.problems

    def step(done: int, total: int) -> None:
        nonlocal reached
        reached = done
        if progress is not None:
            progress(done, total)
        if done % SAVE_EVERY == 0:
            save_resume(session, Resume(resume.started_at, done, found_before))
        wait_while_busy()

    report = verify(session, read_data=True, progress=step, cancelled=cancelled,
                    start_at=resume.position, record=False)
    if cancelled():
        save_resume(session, Resume(resume.started_at, reached,
                                    found_before + len(report.problems)))
        return report
    clear_resume(session)
    record: dict[str, Any] = {
        "full": True, "complete": True, "ok": report.ok and found_before == 0,
        "problems": len(report.problems) + found_before, "blobs": report.blobs_checked,
        "bytes": report.bytes_checked, "started_at": resume.started_at,
        "resumed_at_blob": resume.position}
    with contextlib.suppress(DalelError):
        session.audit.record("verify", session.role, session.actor_id, **record)
    return report
