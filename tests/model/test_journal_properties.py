"""Property-based: under any sequence of desk actions the journal's invariants hold.

Whatever the officer clicks (and whatever the rules refuse), the chain verifies, sequence
numbers have no gaps, earlier entries never change, a camera is "issued" exactly while it
has an open custody period, an inspector holds at most one camera, and the official rows
are one per issue with the struck ones matching the corrections.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from app.clock import FakeClock
from app.errors import DalelError
from app.model import vault
from app.model.custody import Checklist
from app.model.journal_rows import build_rows
from tests.conftest import HEAD_PW, OFFICER_PW, TEST_KDF

CAMERAS = ["C1", "C2", "C3"]
CARDS = ["K1", "K2", "K3"]
INSPECTORS = ["I1", "I2", "I3"]


class DeskMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.clock = FakeClock(datetime(2026, 11, 23, 4, 0, tzinfo=UTC))
        self.s = vault.create(Path(self.tmp.name) / "v", vault.Person("O", "O", "O"),
                              OFFICER_PW, vault.Person("H", "H", "H"), HEAD_PW,
                              clock=self.clock, kdf=TEST_KDF)
        for n in INSPECTORS:
            self.s.registers.add_staff("S" + n, "N" + n, n)
        for c in CAMERAS:
            self.s.registers.add_device("camera", c)
        for k in CARDS:
            self.s.registers.add_device("card", k)
        self.seen: dict[int, str] = {}
        self.refused = 0

    def teardown(self) -> None:
        self.s.lock()
        self.tmp.cleanup()

    def _try(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except DalelError:
            self.refused += 1  # a refusal must leave no trace; the invariants check that

    @rule(data=st.data(), ok=st.sampled_from([True, True, True, False]),
          anything=st.booleans())
    def issue(self, data: st.DataObject, ok: bool, anything: bool) -> None:
        """Mostly what a desk does (free camera, free card, free inspector); sometimes
        anything at all, which the rules must refuse without a trace."""
        reg = self.s.registers
        free_cams = [d.inventory_no for d in reg.list_devices("camera", "in_store")]
        free_cards = [d.inventory_no for d in reg.list_devices("card", "in_store")]
        busy = {p.inspector_id for p in self.s.custody.periods(include_struck=False)
                if p.returned_at is None}
        free_people = [p.personnel_no for p in reg.list_staff("inspector") if p.id not in busy]
        if anything or not (free_cams and free_cards and free_people):
            who, cam, card = (data.draw(st.sampled_from(INSPECTORS)),
                              data.draw(st.sampled_from(CAMERAS)),
                              data.draw(st.sampled_from(CARDS)))
        else:
            who, cam, card = (data.draw(st.sampled_from(free_people)),
                              data.draw(st.sampled_from(free_cams)),
                              data.draw(st.sampled_from(free_cards)))
        checklist = Checklist.all_ok() if ok else Checklist(working=True)
        self._try(lambda: self.s.custody.issue(who, cam, checklist, card=card, seal="S"))

    @rule(cam=st.sampled_from(CAMERAS))
    def give_back(self, cam: str) -> None:
        self._try(lambda: self.s.custody.return_camera(cam))

    @rule(cam=st.sampled_from(CAMERAS), kind=st.sampled_from(["meal_pause", "meal_resume",
                                                                "note", "malfunction"]))
    def remark(self, cam: str, kind: str) -> None:
        dev = self.s.registers.find_device(cam)
        period = self.s.custody.open_for_camera(dev.id)
        if period is not None:
            self._try(lambda: self.s.custody.remark(period.id, kind, "text"))

    @rule(data=st.data())
    def correct(self, data: st.DataObject) -> None:
        issues = [e.seq for e in self.s.journal.entries() if e.kind in ("issue", "correction")]
        if not issues:
            return
        seq = data.draw(st.sampled_from(issues))
        change = data.draw(st.sampled_from([{"seal": "X"}, {"camera": "C3"}, {"card": "K3"},
                                            {"inspector": "I3"}]))
        self._try(lambda: self.s.custody.correct(seq, "mistake", **change))

    @rule(minutes=st.integers(min_value=0, max_value=600))
    def time_passes(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    @invariant()
    def chain_is_intact_and_gapless(self) -> None:
        brk, count = self.s.journal.check_chain()
        assert brk is None
        entries = self.s.journal.entries()
        assert [e.seq for e in entries] == list(range(1, count + 1))
        assert [e.at for e in entries] == sorted(e.at for e in entries)

    @invariant()
    def earlier_entries_never_change(self) -> None:
        for e in self.s.journal.entries():
            assert self.seen.setdefault(e.seq, e.hash) == e.hash

    @invariant()
    def device_state_matches_custody(self) -> None:
        for dev in self.s.registers.list_devices():
            open_ = self.s.db.query(
                "SELECT id FROM custody WHERE (camera_id = ? OR card_id = ?) AND "
                "returned_at IS NULL AND struck_by IS NULL", (dev.id, dev.id))
            assert len(open_) <= 1
            assert (dev.state == "issued") == bool(open_), dev

    @invariant()
    def one_camera_per_inspector_without_replacements(self) -> None:
        rows = self.s.db.query(
            "SELECT inspector_id, count(*) FROM custody WHERE returned_at IS NULL AND "
            "struck_by IS NULL AND replaces_id IS NULL GROUP BY inspector_id")
        assert all(n == 1 for _, n in rows)

    @invariant()
    def official_rows_match_the_entries(self) -> None:
        rows = build_rows(self.s)
        entries = self.s.journal.entries()
        issues = [e for e in entries if e.kind == "issue"]
        issue_fixes = [e for e in entries if e.kind == "correction"
                       and e.data.get("kind") == "issue"]
        assert len(rows) == len(issues) + len(issue_fixes)
        assert sum(r.struck for r in rows) == len(issue_fixes)
        assert [r.number for r in rows] == list(range(1, len(rows) + 1))


TestDesk = DeskMachine.TestCase
TestDesk.settings = settings(max_examples=30, stateful_step_count=30, deadline=None,
                             suppress_health_check=[HealthCheck.too_slow])
