"""The custody service's ground floor: finding periods, checking who may act and which
device may go out, and writing the derived ``custody`` rows and device states.

:class:`app.model.custody.Custody` builds issue, return and remarks on it, and
:class:`app.model.custody_corrections.CustodyCorrections` the corrections (R7).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.model.custody_period import CustodyPeriod, period_of
from app.model.filters import narrowed
from app.model.registers import Device, StaffMember

if TYPE_CHECKING:
    from app.model.vault import VaultSession


class CustodyLookup:
    def __init__(self, session: VaultSession) -> None:
        self.s = session
        self.db = session.db
        self.reg = session.registers
        self.journal = session.journal

    # -- look-ups --------------------------------------------------------------------------
    def period(self, custody_id: int) -> CustodyPeriod:
        return period_of(self.db.found(
            "SELECT * FROM custody WHERE id = ?", (custody_id,),
            QT_TRANSLATE_NOOP("core", "There is no issue entry {id}."), id=custody_id))

    def live(self, custody_id: int) -> CustodyPeriod:
        """Follow corrections to the custody row now in force."""
        period = self.period(custody_id)
        while period.superseded_id is not None:
            period = self.period(period.superseded_id)
        return period

    def row_number(self, custody_id: int) -> int:
        """The journal's row number of a custody period — the № printed in column 1 and
        shown everywhere a person sees the entry (rows are numbered in order of issue,
        struck ones included, as app.model.journal_rows numbers them)."""
        return int(self.db.one("SELECT count(*) FROM custody WHERE id <= ?", (custody_id,))[0])

    def open_for_camera(self, camera_id: int) -> CustodyPeriod | None:
        row = self.db.one("SELECT * FROM custody WHERE camera_id = ? AND returned_at IS NULL "
                          "AND struck_by IS NULL", (camera_id,))
        return period_of(row) if row else None

    def open_for_inspector(self, inspector_id: int) -> list[CustodyPeriod]:
        return [period_of(r) for r in self.db.query(
            "SELECT * FROM custody WHERE inspector_id = ? AND returned_at IS NULL AND "
            "struck_by IS NULL ORDER BY id", (inspector_id,))]

    def periods(self, include_struck: bool = True, since: str | None = None,
                until: str | None = None) -> list[CustodyPeriod]:
        sql, params = narrowed(
            "SELECT * FROM custody WHERE " + ("1=1" if include_struck else "struck_by IS NULL"),
            ("issued_at >= ?", since or None), ("issued_at < ?", until or None))
        return [period_of(r) for r in self.db.query(sql + " ORDER BY id", params)]

    def live_for_camera(self, camera_id: int) -> list[CustodyPeriod]:
        """A camera's live (not struck) custody periods, newest first: an ingest looks up
        thousands of recordings in them with :func:`covering_in` instead of a query each."""
        return [period_of(r) for r in self.db.query(
            "SELECT * FROM custody WHERE camera_id = ? AND struck_by IS NULL ORDER BY id DESC",
            (camera_id,))]

    def last_for_card(self, card_id: int) -> CustodyPeriod | None:
        row = self.db.one("SELECT * FROM custody WHERE card_id = ? AND struck_by IS NULL "
                          "ORDER BY id DESC LIMIT 1", (card_id,))
        return period_of(row) if row else None

    def last_for_camera(self, camera_id: int) -> CustodyPeriod | None:
        row = self.db.one("SELECT * FROM custody WHERE camera_id = ? AND struck_by IS NULL "
                          "ORDER BY id DESC LIMIT 1", (camera_id,))
        return period_of(row) if row else None

    # -- checks ----------------------------------------------------------------------------
    def require_officer(self) -> None:
        """R1, R5: the responsible officer issues, takes back, downloads, wipes, sets camera
        clocks and keeps the journal; the head reviews and permits releases but does not
        write custody entries."""
        if self.s.role != "officer":
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Only the responsible officer keeps the journal (R1, R5); unlock as "
                        "the officer to record this."))

    def _inspector(self, inspector: StaffMember | int | str) -> StaffMember:
        person = self._resolve_staff(inspector)
        if not person.active:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{name} is no longer active and cannot receive a camera."),
                name=person.full_name)
        if person.role != "inspector":
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{name} is not registered as an inspector."), name=person.full_name)
        return person

    def _resolve_staff(self, who: StaffMember | int | str) -> StaffMember:
        if isinstance(who, StaffMember):
            return self.reg.staff(who.id)
        if isinstance(who, int):
            return self.reg.staff(who)
        return self.reg.find_staff(who)

    def _resolve_device(self, dev: Device | int | str, kind: str) -> Device:
        if isinstance(dev, Device):
            found = self.reg.device(dev.id)
        elif isinstance(dev, int):
            found = self.reg.device(dev)
        else:
            found = self.reg.find_device(dev, kind)
        if found.kind != kind:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "{number} is not a {kind}."),
                               number=found.inventory_no, kind=kind)
        return found

    @staticmethod
    def _usable(dev: Device) -> None:
        refusal = {
            "issued": QT_TRANSLATE_NOOP(
                "core", "{number} is already issued; it must be returned first."),
            "faulty": QT_TRANSLATE_NOOP("core", "{number} is marked faulty and cannot be issued."),
            "written_off": QT_TRANSLATE_NOOP(
                "core", "{number} is written off and cannot be issued."),
        }.get(dev.state)
        if refusal:
            raise RuleViolation(refusal, number=dev.inventory_no)

    # -- the derived rows ------------------------------------------------------------------
    def _insert_period(self, con: Any, cid: int, camera_id: int, card_id: int | None,
                       inspector_id: int, seal: str | None, issued_at: str,
                       replaces: int | None = None, returned_at: str | None = None,
                       return_seq: int | None = None, downloaded_at: str | None = None,
                       officer_id: int | None = None) -> None:
        con.execute(
            "INSERT INTO custody (id, camera_id, card_id, inspector_id, officer_id, seal, "
            "issued_at, returned_at, return_seq, downloaded_at, replaces_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cid, camera_id, card_id, inspector_id, officer_id or self.s.actor_id, seal,
             issued_at, returned_at, return_seq, downloaded_at, replaces))

    def _set_states(self, con: Any, devices: list[Device | None], state: str, why: str
                    ) -> None:
        for dev in devices:
            if dev is not None:
                current = con.execute("SELECT state FROM devices WHERE id = ?", (dev.id,)
                                      ).fetchone()[0]
                if current != state:
                    self.reg.set_state_in(con, self.reg.device(dev.id), state, why)
