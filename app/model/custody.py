"""Issue, return, remarks and corrections: the custody rules, enforced with clear messages.

Every action is one transaction: the journal entry, the derived ``custody`` row and the
device states commit together or not at all.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from app.errors import InvalidInput, NotFound, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.model.journal import Entry
from app.model.registers import Device, StaffMember

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


def _period(row: Any) -> CustodyPeriod:
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


class Custody:
    def __init__(self, session: Any) -> None:
        self.s = session
        self.db = session.db
        self.reg = session.registers
        self.journal = session.journal

    # -- look-ups --------------------------------------------------------------------------
    def period(self, custody_id: int) -> CustodyPeriod:
        row = self.db.one("SELECT * FROM custody WHERE id = ?", (custody_id,))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "There is no issue entry {id}."),
                           id=custody_id)
        return _period(row)

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
        return _period(row) if row else None

    def open_for_inspector(self, inspector_id: int) -> list[CustodyPeriod]:
        return [_period(r) for r in self.db.query(
            "SELECT * FROM custody WHERE inspector_id = ? AND returned_at IS NULL AND "
            "struck_by IS NULL ORDER BY id", (inspector_id,))]

    def periods(self, include_struck: bool = True, since: str | None = None,
                until: str | None = None) -> list[CustodyPeriod]:
        sql = "SELECT * FROM custody WHERE 1=1"
        params: list[Any] = []
        if not include_struck:
            sql += " AND struck_by IS NULL"
        if since:
            sql += " AND issued_at >= ?"
            params.append(since)
        if until:
            sql += " AND issued_at < ?"
            params.append(until)
        return [_period(r) for r in self.db.query(sql + " ORDER BY id", tuple(params))]

    def live_for_camera(self, camera_id: int) -> list[CustodyPeriod]:
        """A camera's live (not struck) custody periods, newest first: an ingest looks up
        thousands of recordings in them with :func:`covering_in` instead of a query each."""
        return [_period(r) for r in self.db.query(
            "SELECT * FROM custody WHERE camera_id = ? AND struck_by IS NULL ORDER BY id DESC",
            (camera_id,))]

    def last_for_card(self, card_id: int) -> CustodyPeriod | None:
        row = self.db.one("SELECT * FROM custody WHERE card_id = ? AND struck_by IS NULL "
                          "ORDER BY id DESC LIMIT 1", (card_id,))
        return _period(row) if row else None

    def last_for_camera(self, camera_id: int) -> CustodyPeriod | None:
        row = self.db.one("SELECT * FROM custody WHERE camera_id = ? AND struck_by IS NULL "
                          "ORDER BY id DESC LIMIT 1", (camera_id,))
        return _period(row) if row else None

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
        if dev.state == "issued":
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{number} is already issued; it must be returned first."),
                number=dev.inventory_no)
        if dev.state == "faulty":
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{number} is marked faulty and cannot be issued."),
                number=dev.inventory_no)
        if dev.state == "written_off":
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{number} is written off and cannot be issued."),
                number=dev.inventory_no)

    # -- issue -----------------------------------------------------------------------------
    def issue(self, inspector: StaffMember | int | str, camera: Device | int | str,
              checklist: Checklist, card: Device | int | str | None = None,
              seal: str | None = None, replaces: int | None = None,
              battery_override: bool = False,
              past_life_reason: str | None = None,
              password_changed: bool = False) -> CustodyPeriod:
        """Hand a camera (and its card) to an inspector against signature (R5).
        ``battery_override``: the officer issues it below ``min_battery_percent`` knowingly;
        the journal entry says so (R11). ``past_life_reason``: why a camera whose seven-year
        service life has ended still goes out (R19); journalled with the entry.
        ``password_changed``: the officer confirms that a camera registered with its factory
        password now has its own (journalled; the register stops flagging it)."""
        self.require_officer()
        person = self._inspector(inspector)
        cam = self._resolve_device(camera, "camera")
        self._usable(cam)
        if cam.default_password and not password_changed:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{number} still has the factory password: anyone who finds it can "
                        "read or erase its recordings. Change the password on the camera, then "
                        "confirm it here; the confirmation is written in the journal."),
                number=cam.inventory_no)
        life_ended = self.life_ended(cam)
        past_life_reason = " ".join((past_life_reason or "").split()) or None
        if life_ended is not None and past_life_reason is None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{number} reached the end of its service life on {date} (R19, "
                        "7 years). Issue another camera, or give the reason it still goes "
                        "out; the reason is written in the journal."),
                number=cam.inventory_no, date=life_ended.strftime("%d.%m.%Y"))
        crd = self._resolve_device(card, "card") if card is not None else self.reg.card_in(cam.id)
        if crd is not None:
            self._usable(crd)
            seal = " ".join((seal or "").split()) or None
            if seal is None:
                # R6: the card slot is sealed once the card is in the camera.
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "Seal the card slot and enter the seal number (R6)."))
        missing = checklist.missing()
        if missing:
            names = ", ".join(translate("core", CHECK_NAMES[m]) for m in missing)
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "The pre-use check is not complete (R11, R12): {missing}."),
                missing=names)
        low = self._battery_low(checklist)
        if low is not None and not battery_override:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "The battery is at {percent} %, below the {minimum} % this office "
                        "requires before use (R11). Charge it or issue another camera; to issue "
                        "it anyway, confirm the override (it is written in the journal)."),
                percent=checklist.battery_percent, minimum=low)
        held = self.open_for_inspector(person.id)
        if held:
            failed = self.live(replaces) if replaces is not None else None
            if failed is None or failed.id not in {h.id for h in held}:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "{name} already holds a camera; only a replacement for a failed "
                            "camera may be issued on top of it (R16)."), name=person.full_name)
        if replaces is not None:
            failed = self.live(replaces)
            if failed.inspector_id != person.id:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "A replacement goes to the inspector whose camera failed."))
            if not self._has_malfunction(failed.id):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "Record the malfunction (cause and time reported) before issuing a "
                            "replacement (R16)."))
            replaces = failed.id
        data = {"seal": seal, "checklist": asdict(checklist),
                "camera_inventory": cam.inventory_no,
                "card_inventory": crd.inventory_no if crd else None}
        if replaces is not None:
            data["replaces"] = replaces
        if low is not None:
            data["battery_override"] = {"percent": checklist.battery_percent, "minimum": low}
        if life_ended is not None:
            data["past_service_life"] = {"ended": life_ended.isoformat(),
                                         "reason": past_life_reason}
        if cam.default_password:
            data["factory_password_changed"] = True
        with self.db.write() as con:
            if crd is not None and (crd.camera_id != cam.id or crd.slot_seal != seal):
                self.reg.insert_card_in(con, crd, cam.id, seal, "issue")
            entry = self.journal.append_in(con, "issue", camera_id=cam.id,
                                           card_id=crd.id if crd else None,
                                           inspector_id=person.id, data=data)
            self._insert_period(con, entry.seq, cam.id, crd.id if crd else None, person.id,
                                seal, entry.at, replaces=replaces)
            self._set_states(con, [cam, crd], "issued", "issue")
            if cam.default_password:
                self.reg.password_changed_in(con, cam, "confirmed at issue")
            if low is not None:
                self.s.audit.append_in(con, "battery_override", "officer", self.s.actor_id, None,
                                     {"journal_seq": entry.seq, **data["battery_override"],
                                      "camera_inventory": cam.inventory_no})
        return self.period(entry.seq)

    def life_ended(self, device: Device) -> date | None:
        """The day ``device``'s service life ended, if it has by today (R19)."""
        end = device.end_of_life()
        return end if end <= self.s.clock.now().date() else None

    def _battery_low(self, checklist: Checklist) -> int | None:
        """The office's minimum when the charge given is below it, else None (R11)."""
        if checklist.battery_percent is None:
            return None
        try:
            minimum = int(self.s.settings.get("min_battery_percent"))
        except (TypeError, ValueError):
            minimum = 50
        return minimum if checklist.battery_percent < minimum else None

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

    # -- return ----------------------------------------------------------------------------
    def return_camera(self, camera: Device | int | str, faulty: bool | None = None
                      ) -> CustodyPeriod:
        """The inspector hands the camera back (R17); only an issued camera can be."""
        self.require_officer()
        cam = self._resolve_device(camera, "camera")
        period = self.open_for_camera(cam.id)
        if period is None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{number} is not issued, so it cannot be returned."),
                number=cam.inventory_no)
        if faulty is None:
            faulty = self._has_malfunction(period.id)
        card = self.reg.device(period.card_id) if period.card_id else None
        with self.db.write() as con:
            entry = self.journal.append_in(
                con, "return", custody_id=period.id, camera_id=cam.id,
                card_id=period.card_id, inspector_id=period.inspector_id,
                data={"faulty": faulty, "camera_inventory": cam.inventory_no})
            con.execute("UPDATE custody SET returned_at = ?, return_seq = ? WHERE id = ?",
                        (entry.at, entry.seq, period.id))
            self._set_states(con, [cam], "faulty" if faulty else "in_store", "return")
            self._set_states(con, [card], "in_store", "return")
        return self.period(period.id)

    # -- downloads (filled by ingest) ------------------------------------------------------
    def download_in(self, con: Any, custody_id: int | None, camera_id: int,
                    data: dict[str, Any]) -> Entry:
        """The 'footage downloaded' entry, inside the ingest's own transaction (R8, R18/6)."""
        period = self.live(custody_id) if custody_id is not None else None
        entry = self.journal.append_in(
            con, "download", custody_id=period.id if period else None, camera_id=camera_id,
            card_id=period.card_id if period else None,
            inspector_id=period.inspector_id if period else None, data=data)
        # Column 6 says the footage is in the vault: not while recordings stay on the card
        # (a failed file, an unreadable folder, an aborted run); a later complete docking
        # fills it.
        if period is not None and not data.get("partial"):
            con.execute("UPDATE custody SET downloaded_at = ? WHERE id = ?",
                        (entry.at, period.id))
        return entry

    # -- remarks ---------------------------------------------------------------------------
    def remark(self, custody_id: int, kind: str, text: str = "") -> Entry:
        """Meal break pause/resume (R15), malfunction (R16) or a free note, in Remarks."""
        self.require_officer()
        if kind not in REMARK_TYPES:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Remark type must be one of: "
                                                 "{choices}."), choices=", ".join(REMARK_TYPES))
        period = self.live(custody_id)
        text = " ".join(text.split())
        if kind in ("meal_pause", "meal_resume", "malfunction") and not period.is_open:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "That camera has already been returned; this remark belongs to a "
                        "camera that is out."))
        if kind == "malfunction" and not text:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Say what failed (the cause)."))
        if kind == "note" and not text:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "The remark is empty."))
        if kind in ("meal_pause", "meal_resume"):
            paused = self._meal_paused(period.id)
            if kind == "meal_pause" and paused:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "A meal break is already in progress for this camera."))
            if kind == "meal_resume" and not paused:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "There is no meal break in progress to end."))
        with self.db.write() as con:
            return self.journal.append_in(
                con, "remark", custody_id=period.id, camera_id=period.camera_id,
                card_id=period.card_id, inspector_id=period.inspector_id,
                data={"type": kind, "text": text})

    def _remarks(self, custody_id: int) -> list[Entry]:
        ids = self._chain_ids(custody_id)
        marks = ",".join("?" * len(ids))
        # Corrections carry the custody id of what they strike: look only at this period's.
        struck = {int(r[0]) for r in self.db.query(
            f"SELECT ref_seq FROM journal WHERE kind = 'correction' AND custody_id IN ({marks})",
            tuple(ids))}
        return [e for cid in ids for e in self.journal.entries(kind="remark", custody_id=cid)
                if e.seq not in struck]

    def _meal_paused(self, custody_id: int) -> bool:
        state = False
        for e in self._remarks(custody_id):
            if e.data.get("type") == "meal_pause":
                state = True
            elif e.data.get("type") == "meal_resume":
                state = False
        return state

    def _has_malfunction(self, custody_id: int) -> bool:
        return any(e.data.get("type") == "malfunction" for e in self._remarks(custody_id))

    def _chain_ids(self, custody_id: int) -> list[int]:
        """All custody rows a correction chain went through, oldest first."""
        first = self.period(custody_id)
        while True:
            row = self.db.one("SELECT id FROM custody WHERE superseded_id = ?", (first.id,))
            if row is None:
                break
            first = self.period(row[0])
        ids = [first.id]
        while first.superseded_id is not None:
            first = self.period(first.superseded_id)
            ids.append(first.id)
        return ids

    def report_malfunction(self, custody_id: int, cause: str) -> Entry:
        return self.remark(custody_id, "malfunction", cause)

    def replace_camera(self, custody_id: int, camera: Device | int | str,
                       checklist: Checklist, card: Device | int | str | None = None,
                       seal: str | None = None, battery_override: bool = False,
                       past_life_reason: str | None = None,
                       password_changed: bool = False) -> CustodyPeriod:
        """R16: the failed camera's replacement goes to the same inspector."""
        failed = self.live(custody_id)
        return self.issue(failed.inspector_id, camera, checklist, card=card, seal=seal,
                          replaces=failed.id, battery_override=battery_override,
                          past_life_reason=past_life_reason,
                          password_changed=password_changed)

    # -- corrections (R7) ------------------------------------------------------------------
    def correct(self, seq: int, reason: str, **changes: Any) -> Entry:
        """Strike entry ``seq`` and write the right one; nothing is erased (R7).

        Times are never corrected (R3): the corrected entry keeps the time of the event.
        ``changes`` for an issue: inspector, camera, card, seal; for a remark: text;
        for a return: ``void=True`` (recorded for the wrong camera).
        """
        self.require_officer()
        reason = " ".join(reason.split())
        if not reason:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "A correction needs a reason (R7)."))
        target = self.journal.entry(seq)
        newer = self.db.one("SELECT seq FROM journal WHERE kind = 'correction' AND ref_seq = ?",
                            (seq,))
        if newer:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Entry {seq} has already been corrected by entry {newer}; correct "
                        "that one (R7)."), seq=seq, newer=newer[0])
        if target.kind == "issue" or (target.kind == "correction"
                                      and target.data.get("kind") == "issue"):
            return self._correct_issue(target, reason, changes)
        if target.kind == "remark" or (target.kind == "correction"
                                       and target.data.get("kind") == "remark"):
            return self._correct_remark(target, reason, changes)
        if target.kind == "return":
            return self._void_return(target, reason, changes)
        if target.kind == "correction" and target.data.get("kind") == "return":
            return self._restore_return(target, reason, changes)
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "core", "Entries of this kind are made by the program and cannot be corrected."))

    def _correct_issue(self, target: Entry, reason: str, changes: dict[str, Any]) -> Entry:
        unknown = set(changes) - {"inspector", "camera", "card", "seal"}
        if unknown or not changes:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "An issue entry can be corrected in: inspector, camera, card, seal."))
        # A corrected issue lives on in the custody row its correction made (id = the
        # correction's seq), so correcting a correction corrects that row (R7).
        old = self.period(target.seq if target.kind == "correction"
                          else (target.custody_id or target.seq))
        if old.struck_by is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Entry {seq} has already been corrected; correct the newer entry."),
                seq=target.seq)
        inspector = (self._inspector(changes["inspector"]) if "inspector" in changes
                     else self.reg.staff(old.inspector_id))
        cam = (self._resolve_device(changes["camera"], "camera") if "camera" in changes
               else self.reg.device(old.camera_id))
        crd = (self._resolve_device(changes["card"], "card") if changes.get("card") is not None
               else (self.reg.device(old.card_id) if old.card_id and "card" not in changes
                     else None))
        seal = changes.get("seal", old.seal)
        end = old.returned_at or "9999"
        for dev in (d for d in (cam, crd) if d is not None):
            if dev.id in (old.camera_id, old.card_id):
                continue
            if dev.state in ("faulty", "written_off") or (old.is_open and dev.state == "issued"):
                self._usable(dev)
            clash = self.db.one(
                "SELECT id FROM custody WHERE (camera_id = ? OR card_id = ?) AND struck_by IS "
                "NULL AND id <> ? AND issued_at < ? AND (returned_at IS NULL OR returned_at > ?)",
                (dev.id, dev.id, old.id, end, old.issued_at))
            if clash:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "core", "{number} was out with someone else at that time."),
                    number=dev.inventory_no)
        if inspector.id != old.inspector_id and old.is_open and self.open_for_inspector(
                inspector.id):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{name} already holds a camera."), name=inspector.full_name)
        data = {"kind": "issue", "reason": reason, "seal": seal,
                "camera_inventory": cam.inventory_no,
                "card_inventory": crd.inventory_no if crd else None,
                "changes": sorted(changes)}
        with self.db.write() as con:
            entry = self.journal.append_in(
                con, "correction", custody_id=old.id, camera_id=cam.id,
                card_id=crd.id if crd else None, inspector_id=inspector.id,
                ref_seq=target.seq, data=data)
            self._insert_period(con, entry.seq, cam.id, crd.id if crd else None, inspector.id,
                                seal, old.issued_at, replaces=old.replaces_id,
                                returned_at=old.returned_at, return_seq=old.return_seq,
                                downloaded_at=old.downloaded_at, officer_id=old.officer_id)
            con.execute("UPDATE custody SET struck_by = ?, superseded_id = ? WHERE id = ?",
                        (entry.seq, entry.seq, old.id))
            if old.is_open:
                before = [self.reg.device(old.camera_id)]
                if old.card_id:
                    before.append(self.reg.device(old.card_id))
                self._set_states(con, [d for d in before if d.id not in
                                       (cam.id, crd.id if crd else None)], "in_store",
                                 "correction")
                self._set_states(con, [cam, crd], "issued", "correction")
                if crd is not None:
                    self.reg.insert_card_in(con, self.reg.device(crd.id), cam.id, seal,
                                            "correction")
        return entry

    def _correct_remark(self, target: Entry, reason: str, changes: dict[str, Any]) -> Entry:
        if set(changes) != {"text"}:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "A remark is corrected by its text."))
        text = " ".join(str(changes["text"]).split())
        kind = target.data.get("type") or target.data.get("remark_type")
        if not text and kind in ("note", "malfunction"):
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "The remark is empty."))
        with self.db.write() as con:
            return self.journal.append_in(
                con, "correction", custody_id=target.custody_id, camera_id=target.camera_id,
                card_id=target.card_id, inspector_id=target.inspector_id, ref_seq=target.seq,
                data={"kind": "remark", "reason": reason, "remark_type": kind, "text": text,
                      "type": kind})

    def _restore_return(self, target: Entry, reason: str, changes: dict[str, Any]) -> Entry:
        """R7: a return struck out by mistake is restored by correcting the striking entry:
        the camera counts as handed in at the time first recorded (times are never
        corrected, R3)."""
        if changes not in ({}, {"restore": True}):
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "A struck-out return is corrected by restoring it."))
        period = self.live(target.custody_id or 0)
        still_out = self.open_for_camera(period.camera_id)
        if period.returned_at is not None or (still_out is not None
                                              and still_out.id != period.id):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "The camera has been returned or issued again since; the struck "
                        "return cannot be restored."))
        original = self.journal.entry(int(target.ref_seq or 0))
        cam = self.reg.device(period.camera_id)
        card = self.reg.device(period.card_id) if period.card_id else None
        with self.db.write() as con:
            entry = self.journal.append_in(
                con, "correction", custody_id=period.id, camera_id=period.camera_id,
                card_id=period.card_id, inspector_id=period.inspector_id, ref_seq=target.seq,
                data={"kind": "return_restore", "reason": reason,
                      "returned_at": original.at, "return_seq": original.seq})
            con.execute("UPDATE custody SET returned_at = ?, return_seq = ? WHERE id = ?",
                        (original.at, original.seq, period.id))
            self._set_states(con, [cam, card], "in_store", "correction")
        return entry

    def _void_return(self, target: Entry, reason: str, changes: dict[str, Any]) -> Entry:
        if changes != {"void": True}:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "A return recorded by mistake is struck out (void); record the right "
                        "return next."))
        period = self.live(target.custody_id or 0)
        if self.open_for_camera(period.camera_id):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "That camera has been issued again since; the return cannot be struck."))
        if period.downloaded_at:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Footage was already downloaded after this return; add a remark "
                        "instead."))
        cam = self.reg.device(period.camera_id)
        card = self.reg.device(period.card_id) if period.card_id else None
        with self.db.write() as con:
            entry = self.journal.append_in(
                con, "correction", custody_id=period.id, camera_id=period.camera_id,
                card_id=period.card_id, inspector_id=period.inspector_id, ref_seq=target.seq,
                data={"kind": "return", "reason": reason, "void": True})
            con.execute("UPDATE custody SET returned_at = NULL, return_seq = NULL WHERE id = ?",
                        (period.id,))
            self._set_states(con, [cam, card], "issued", "correction")
        return entry
