"""What is late or about to be: cameras not back by the end of the working day (R17) and
footage not downloaded within one working day of hand-in (R8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.clock import from_iso

if TYPE_CHECKING:
    from app.model.vault import VaultSession


@dataclass(frozen=True)
class Deadline:
    rule: str               # "R17" or "R8"
    custody_id: int
    camera: str
    inspector: str
    since: datetime         # issued at (R17) or handed in at (R8)
    due: datetime
    overdue: bool

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "custody_id": self.custody_id, "camera": self.camera,
                "inspector": self.inspector, "since": self.since.isoformat(),
                "due": self.due.isoformat(), "overdue": self.overdue}


def deadlines(session: VaultSession, now: datetime | None = None) -> list[Deadline]:
    now = now or session.clock.now()
    cal = session.calendar
    reg = session.registers
    out: list[Deadline] = []
    for p in session.custody.periods(include_struck=False):
        cam = reg.device(p.camera_id).inventory_no
        who = reg.staff(p.inspector_id).full_name
        if p.returned_at is None:
            issued = from_iso(p.issued_at)
            due = cal.return_deadline(issued)
            out.append(Deadline("R17", p.id, cam, who, cal.local(issued), due, now > due))
        elif p.downloaded_at is None:
            handed = from_iso(p.returned_at)
            due = cal.download_deadline(handed)
            out.append(Deadline("R8", p.id, cam, who, cal.local(handed), due, now > due))
    return sorted(out, key=lambda d: d.due)
