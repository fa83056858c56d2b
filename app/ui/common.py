"""What every screen gets: the unlocked session, the job runner, a bus that says "the data
changed" after any write, and small helpers for times and actions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QWidget

from app.clock import from_iso
from app.i18n import language
from app.ui.errors import show_error
from app.ui.jobs import JobRunner

if TYPE_CHECKING:
    from app.model.vault import VaultSession
    from app.ui.docked import DockBridge
    from app.ui.full_check import FullCheckRunner

T = TypeVar("T")

# What is wrong, what wants care soon, and a plain note: Today's and Retention's lists.
RED = QColor("#a40000")
AMBER = QColor("#8a5a00")
GREY = QColor("#555555")


class Bus(QObject):
    changed = Signal()
    settings_changed = Signal(list)  # the keys that changed


@dataclass
class Context:
    session: VaultSession
    runner: JobRunner
    bus: Bus
    dock: DockBridge | None = None  # the docked cameras, when a watcher is running
    full_check: FullCheckRunner | None = None  # while unlocked

    @property
    def keeps_journal(self) -> bool:
        """R1, R5: only the responsible officer writes custody entries; the head reviews."""
        return self.session.role == "officer"

    def local(self, iso: str | None) -> datetime | None:
        return self.session.calendar.local(from_iso(iso)) if iso else None

    def fmt(self, when: datetime | str | None) -> str:
        if isinstance(when, str):
            when = self.local(when)
        return when.strftime("%d.%m.%Y %H:%M") if when else ""


def attempt(parent: QWidget, fn: Callable[..., T], *args: Any, **kwargs: Any
            ) -> tuple[bool, T | None]:
    """Run one user action; a refusal is shown to the user, never raised into Qt."""
    try:
        return True, fn(*args, **kwargs)
    except Exception as exc:  # every failure becomes a message (DalelError or not)
        show_error(parent, exc)
        return False, None


def day_of(edit: QDateEdit) -> date:
    """The day a date field shows (PySide6's stubs type QDate.toPython as object)."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def remark_language() -> str:
    """The paper's two languages (R22): Russian for a Russian window, Kazakh otherwise."""
    return "ru" if language() == "ru" else "kk"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def head_notice() -> str:
    return QCoreApplication.translate(
        "Context", "You are signed in as the head: issue, return, remarks and corrections are "
                   "written by the responsible officer only (R1, R5). Review, release, the "
                   "journal and the registers stay open to you.")
