"""Issue, return, remarks and corrections: the custody rules, enforced with clear messages.

Every action is one transaction: the journal entry, the derived ``custody`` row and the
device states commit together or not at all.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from app.errors import InvalidInput, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.model.custody_corrections import CustodyCorrections
from app.model.custody_period import (
    CHECK_NAMES,
    REMARK_TYPES,
    Checklist,
    CustodyPeriod,
    covering_in,
)
from app.model.journal import Entry
from app.model.registers import Device, StaffMember

__all__ = ["CHECK_NAMES", "REMARK_TYPES", "Checklist", "Custody", "CustodyPeriod",
           "covering_in"]


class Custody(CustodyCorrections):
    """Issue, return, remarks, malfunction and replacement; look-ups and corrections come
    from :class:`CustodyLookup` and :class:`CustodyCorrections`."""

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
        override = {"percent": checklist.battery_percent, "minimum": low}
        data: dict[str, Any] = {"seal": seal, "checklist": asdict(checklist),
                "camera_inventory": cam.inventory_no,
                "card_inventory": crd.inventory_no if crd else None}
        if replaces is not None:
            data["replaces"] = replaces
        if low is not None:
            data["battery_override"] = override
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
                                     {"journal_seq": entry.seq, **override,
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
