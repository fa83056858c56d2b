"""What a custody period is (the derived ``custody`` row) and the pre-use checklist of issue.

Plain records shared by the custody service, its corrections and the screens and reports
that show them; no database access here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP

REMARK_TYPES = ("meal_pause", "meal_resume", "malfunction", "note")


@dataclass(frozen=True)
class Checklist:
    """The pre-use check of R11 and the badge of R12, ticked at issue."""

    working: bool = False
    battery: bool = False
    datetime_ok: bool = False
    quality: bool = False
    badge: bool = False
    battery_percent: int | None = None

    def missing(self) -> list[str]:
        return [name for name in ("working", "battery", "datetime_ok", "quality", "badge")
                if not getattr(self, name)]

    @classmethod
    def all_ok(cls, battery_percent: int | None = None) -> Checklist:
        return cls(True, True, True, True, True, battery_percent)


CHECK_NAMES = {
    "working": QT_TRANSLATE_NOOP("core", "the camera works"),
    "battery": QT_TRANSLATE_NOOP("core", "battery charged"),
    "datetime_ok": QT_TRANSLATE_NOOP("core", "date and time are right"),
    "quality": QT_TRANSLATE_NOOP("core", "photo/video quality settings"),
    "badge": QT_TRANSLATE_NOOP("core", "the inspector wears the badge"),
}


@dataclass(frozen=True)
class CustodyPeriod:
    id: int
    camera_id: int
    card_id: int | None
    inspector_id: int
    officer_id: int
    seal: str | None
    issued_at: str
    returned_at: str | None
    return_seq: int | None
    downloaded_at: str | None
    replaces_id: int | None
    struck_by: int | None
    superseded_id: int | None

    @property
    def is_open(self) -> bool:
        return self.returned_at is None and self.struck_by is None


def period_of(row: Any) -> CustodyPeriod:
    return CustodyPeriod(*[row[k] for k in (
        "id", "camera_id", "card_id", "inspector_id", "officer_id", "seal", "issued_at",
        "returned_at", "return_seq", "downloaded_at", "replaces_id", "struck_by",
        "superseded_id")])


def covering_in(periods: list[CustodyPeriod], at: str) -> CustodyPeriod | None:
    """The newest of ``periods`` (newest first, as :meth:`Custody.live_for_camera` gives
    them) that covers the moment ``at`` (UTC ISO): issued by then, not returned before."""
    for p in periods:
        if p.issued_at <= at and (p.returned_at is None or p.returned_at >= at):
            return p
    return None
