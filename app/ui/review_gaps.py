"""Recording gaps for Review (R13 continuous recording; R15 meal breaks and R16 failures
explain a pause): computed by ``app.ingest.gaps.find_gaps`` for each custody period, read
only (the officer may store them from the command line)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ingest.gaps import Gap, find_gaps

if TYPE_CHECKING:
    from app.model.vault import VaultSession


class GapCache:
    """Gaps per custody period for one search (periods without downloads have none)."""

    def __init__(self, session: VaultSession) -> None:
        self.s = session
        self.by_custody: dict[int, list[Gap]] = {}

    def clear(self) -> None:
        self.by_custody.clear()

    def for_custody(self, custody_id: int | None) -> list[Gap]:
        if custody_id is None:
            return []
        if custody_id not in self.by_custody:
            period = self.s.custody.live(custody_id)
            self.by_custody[custody_id] = (find_gaps(self.s, custody_id)
                                           if period.returned_at else [])
        return self.by_custody[custody_id]

    @staticmethod
    def minutes(gaps: list[Gap]) -> int:
        return round(sum(g.seconds for g in gaps) / 60)
