"""Equipment norms and service life (R19, order 003).

The norms give the number of body-camera kits ("camera with docking station") an office may
hold for its headcount; every device serves seven years. The head sees both in
``dalel device norms`` and a camera past its service life is issued only with a reason that
goes into the journal (app.model.custody).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.model.registers import Device
    from app.model.vault import VaultSession

# R19: (the largest headcount of the band, kits allowed); over the last band: OVER_LAST.
# The order writes the bands "up to 50", "50–100", "100–200", …; a headcount on a boundary
# belongs to the lower band (50 staff: 5 kits, 51: 10), as "up to 50" includes 50.
KIT_BANDS: tuple[tuple[int, int], ...] = ((50, 5), (100, 10), (200, 20), (300, 30), (400, 40))
OVER_LAST = 50


def kits_allowed(headcount: int) -> int:
    """Kits the norms allow for ``headcount`` staff (R19); no staff, no kits."""
    if headcount <= 0:
        return 0
    for top, kits in KIT_BANDS:
        if headcount <= top:
            return kits
    return OVER_LAST


@dataclass(frozen=True)
class NormsReport:
    headcount: int
    headcount_from: str            # "given", "setting" or "register"
    kits_allowed: int
    cameras: int                   # registered, not written off
    past_life: list[tuple[Device, date]] = field(default_factory=list)
    ending_soon: list[tuple[Device, date]] = field(default_factory=list)

    @property
    def over_norm(self) -> int:
        """Cameras above what the norms allow (0 when within them)."""
        return max(0, self.cameras - self.kits_allowed)

    @property
    def short_of_norm(self) -> int:
        return max(0, self.kits_allowed - self.cameras)


def past_service_life(device: Device, today: date) -> bool:
    return device.end_of_life() <= today


def norms_report(session: VaultSession, headcount: int | None = None) -> NormsReport:
    """The norms for the office's headcount against the cameras registered, and the devices
    whose seven-year life has ended or ends within the office's warning window (R19)."""
    if headcount is not None:
        count, source = headcount, "given"
    else:
        configured = int(session.settings.get("office_headcount") or 0)
        if configured > 0:
            count, source = configured, "setting"
        else:
            count = len(session.registers.list_staff(active_only=True))
            source = "register"
    today = session.clock.now().date()
    cameras = [d for d in session.registers.list_devices(kind="camera")
               if d.state != "written_off"]
    near = session.registers.near_end_of_life()
    return NormsReport(
        headcount=count, headcount_from=source, kits_allowed=kits_allowed(count),
        cameras=len(cameras),
        past_life=[(d, end) for d, end in near if end <= today],
        ending_soon=[(d, end) for d, end in near if end > today])
