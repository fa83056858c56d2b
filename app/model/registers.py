"""Registers of staff, cameras and memory cards.

Nothing is deleted: people leave (``active = 0``) and devices are written off, and every
change leaves a row in ``register_history`` (who, when, old, new, why). Every camera and
card carries an inventory number, or it cannot be registered and so cannot be used (R4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput, NotFound, RuleViolation
from app.i18n import QT_TRANSLATE_NOOP
from app.model.db import dbapi2
from app.model.filters import narrowed
from app.model.inventory import number_key

if TYPE_CHECKING:
    from app.model.vault import VaultSession

STAFF_ROLES = ("inspector", "officer", "head")
DEVICE_KINDS = ("camera", "card")
DEVICE_STATES = ("in_store", "issued", "faulty", "written_off")
DEFAULT_SERVICE_LIFE = 7  # years (R19)


@dataclass(frozen=True)
class StaffMember:
    id: int
    surname: str
    name: str
    patronymic: str | None
    personnel_no: str
    position: str
    role: str
    active: bool

    @property
    def full_name(self) -> str:
        """Name, patronymic (if any), surname — the order of journal column 3 (R18)."""
        return " ".join(p for p in (self.name, self.patronymic, self.surname) if p)

    @property
    def short_name(self) -> str:
        initials = "".join(f"{p[0]}." for p in (self.name, self.patronymic) if p)
        return f"{self.surname} {initials}"


@dataclass(frozen=True)
class Device:
    id: int
    kind: str
    inventory_no: str
    serial: str | None
    model: str
    usb_vid: int | None
    usb_pid: int | None
    in_service: str
    service_life_years: int
    state: str
    camera_id: int | None
    slot_seal: str | None
    default_password: bool

    def end_of_life(self) -> date:
        start = date.fromisoformat(self.in_service)
        try:
            return start.replace(year=start.year + self.service_life_years)
        except ValueError:  # 29 February
            return start.replace(year=start.year + self.service_life_years, day=28)


def _staff(row: Any) -> StaffMember:
    return StaffMember(row["id"], row["surname"], row["name"], row["patronymic"],
                       row["personnel_no"], row["position"], row["role"], bool(row["active"]))


def _device(row: Any) -> Device:
    return Device(row["id"], row["kind"], row["inventory_no"], row["serial"], row["model"],
                  row["usb_vid"], row["usb_pid"], row["in_service"], row["service_life_years"],
                  row["state"], row["camera_id"], row["slot_seal"], bool(row["default_password"]))


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


class Registers:
    def __init__(self, session: VaultSession) -> None:
        self.s = session
        self.db = session.db

    # -- staff -----------------------------------------------------------------------------
    def add_staff(self, surname: str, name: str, personnel_no: str, role: str = "inspector",
                  patronymic: str | None = None, position: str = "") -> StaffMember:
        surname_c, name_c, number = _clean(surname), _clean(name), _clean(personnel_no)
        if not surname_c or not name_c:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Surname and name are required."))
        if not number:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "The personnel number is required."))
        if role not in STAFF_ROLES:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Role must be one of: {choices}."),
                               choices=", ".join(STAFF_ROLES))
        same = self._by_key("staff", "personnel_no", number)
        if same is not None and same["personnel_no"] == number:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Personnel number {number} is already registered."), number=number)
        if same is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Personnel number {number} is already registered as {existing} (the "
                        "same number typed in another keyboard layout or case)."),
                number=number, existing=same["personnel_no"])
        try:
            with self.db.write() as con:
                cur = con.execute(
                    "INSERT INTO staff (surname, name, patronymic, personnel_no, position, role,"
                    " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (surname_c, name_c, _clean(patronymic), number, _clean(position) or "",
                     role, self.s.now_iso()))
                self._history(con, "staff", cur.lastrowid, "created", None, number, "")
        except dbapi2.IntegrityError:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Personnel number {number} is already registered."),
                number=number) from None
        return self.staff(cur.lastrowid)

    def staff(self, staff_id: int) -> StaffMember:
        return _staff(self.db.found("SELECT * FROM staff WHERE id = ?", (staff_id,),
                                    QT_TRANSLATE_NOOP("core", "No staff member with id {id}."),
                                    id=staff_id))

    def find_staff(self, key: str) -> StaffMember:
        """By personnel number (what people type), or by id."""
        row = self.db.one("SELECT * FROM staff WHERE personnel_no = ?", (key.strip(),))
        if row is None:
            row = self._by_key("staff", "personnel_no", key)
        digits = key.strip()
        # An id is ASCII digits within SQLite's INTEGER ("²" is a digit int() refuses).
        if row is None and digits.isascii() and digits.isdigit() and len(digits) < 19:
            row = self.db.one("SELECT * FROM staff WHERE id = ?", (int(digits),))
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "core", "No staff member with personnel number {number}."), number=key)
        return _staff(row)

    def list_staff(self, role: str | None = None, active_only: bool = False
                   ) -> list[StaffMember]:
        sql, params = narrowed("SELECT * FROM staff WHERE 1=1", ("role = ?", role or None),
                               ("active = ?", 1 if active_only else None))
        return [_staff(r) for r in self.db.query(sql + " ORDER BY surname, name", params)]

    def set_staff_active(self, staff_id: int, active: bool, reason: str) -> StaffMember:
        person = self.staff(staff_id)
        if not active and person.role != "inspector":
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "The officer and the head cannot be deactivated; the head designates "
                        "a new officer first."))
        if not active and self.db.one(
                "SELECT 1 FROM custody WHERE inspector_id = ? AND returned_at IS NULL "
                "AND struck_by IS NULL", (staff_id,)):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "{name} still holds a camera; take it back first."),
                name=person.full_name)
        with self.db.write() as con:
            con.execute("UPDATE staff SET active = ? WHERE id = ?", (int(active), staff_id))
            self._history(con, "staff", staff_id, "active", str(int(person.active)),
                          str(int(active)), reason)
        return self.staff(staff_id)

    # -- devices ---------------------------------------------------------------------------
    def add_device(self, kind: str, inventory_no: str, serial: str | None = None,
                   model: str = "", in_service: date | str | None = None,
                   service_life_years: int = DEFAULT_SERVICE_LIFE,
                   usb_vid: int | None = None, usb_pid: int | None = None,
                   default_password: bool = False) -> Device:
        if kind not in DEVICE_KINDS:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Device kind must be camera or card."))
        number = _clean(inventory_no)
        if not number:
            # R4: a camera or card without an inventory number must not be used.
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "An inventory number is required: a camera or card without one must "
                        "not be used (R4)."))
        same = self._by_key("devices", "inventory_no", number)
        if same is not None and same["inventory_no"] == number:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Inventory number or serial {number} is already registered (R4)."),
                number=number)
        if same is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Inventory number {number} is already registered as {existing} (the "
                        "same number typed in another keyboard layout or case, R4)."),
                number=number, existing=same["inventory_no"])
        if service_life_years <= 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Service life must be positive."))
        if in_service is None:
            in_service = self.s.clock.now().date()
        if isinstance(in_service, str):
            try:
                in_service = date.fromisoformat(in_service)
            except ValueError:
                raise InvalidInput(QT_TRANSLATE_NOOP(
                    "core", "Dates are written as YYYY-MM-DD.")) from None
        try:
            with self.db.write() as con:
                cur = con.execute(
                    "INSERT INTO devices (kind, inventory_no, serial, model, usb_vid, usb_pid,"
                    " in_service, service_life_years, default_password, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (kind, number, _clean(serial), _clean(model) or "", usb_vid, usb_pid,
                     in_service.isoformat(), service_life_years, int(default_password),
                     self.s.now_iso()))
                self._history(con, "devices", cur.lastrowid, "created", None, number, "")
        except dbapi2.IntegrityError:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Inventory number or serial {number} is already registered (R4)."),
                number=number if not serial else f"{number} / {serial}") from None
        return self.device(cur.lastrowid)

    def device(self, device_id: int) -> Device:
        return _device(self.db.found("SELECT * FROM devices WHERE id = ?", (device_id,),
                                     QT_TRANSLATE_NOOP("core", "No device with id {id}."),
                                     id=device_id))

    def find_device(self, inventory_no: str, kind: str | None = None) -> Device:
        if not inventory_no.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "Enter the inventory number (scan it or type it)."))
        row = self.db.one("SELECT * FROM devices WHERE inventory_no = ?",
                          (" ".join(inventory_no.split()),))
        if row is None:
            row = self._by_key("devices", "inventory_no", inventory_no)
        if row is None or (kind and row["kind"] != kind):
            message = {
                "camera": QT_TRANSLATE_NOOP("core", "No camera with inventory number {number}."),
                "card": QT_TRANSLATE_NOOP(
                    "core", "No memory card with inventory number {number}."),
            }.get(kind or "", QT_TRANSLATE_NOOP(
                "core", "No camera or memory card with inventory number {number}."))
            raise NotFound(message, number=inventory_no.strip())
        return _device(row)

    def _by_key(self, table: str, column: str, number: str) -> Any:
        """The row whose number has ``number``'s canonical key (app.model.inventory): the
        registers hold hundreds of rows, so a scan costs less than keeping a second column
        in step with the first."""
        key = number_key(number)
        if not key:
            return None
        for row in self.db.query(f"SELECT * FROM {table}"):
            if number_key(row[column]) == key:
                return row
        return None

    def find_by_serial(self, serial: str, kind: str = "camera") -> Device | None:
        row = self.db.one("SELECT * FROM devices WHERE kind = ? AND serial = ?", (kind, serial))
        return _device(row) if row else None

    def list_devices(self, kind: str | None = None, state: str | None = None) -> list[Device]:
        sql, params = narrowed("SELECT * FROM devices WHERE 1=1", ("kind = ?", kind or None),
                               ("state = ?", state or None))
        return [_device(r) for r in self.db.query(sql + " ORDER BY kind, inventory_no", params)]

    def set_device_state(self, device_id: int, state: str, reason: str) -> Device:
        """Faulty, back in store after repair, or written off; never 'issued' by hand."""
        dev = self.device(device_id)
        if state not in ("in_store", "faulty", "written_off"):
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "core", "A device can be set in store, faulty or written off."))
        refusal = {
            "issued": QT_TRANSLATE_NOOP(
                "core", "{number} is issued; take it back before changing its state."),
            "written_off": QT_TRANSLATE_NOOP(
                "core", "{number} is written off; that cannot be undone."),
        }.get(dev.state)
        if refusal:
            raise RuleViolation(refusal, number=dev.inventory_no)
        if not reason.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Give a reason for the change."))
        with self.db.write() as con:
            self.set_state_in(con, dev, state, reason)
        return self.device(device_id)

    def set_state_in(self, con: Any, dev: Device, state: str, reason: str) -> None:
        con.execute("UPDATE devices SET state = ? WHERE id = ?", (state, dev.id))
        self._history(con, "devices", dev.id, "state", dev.state, state, reason)

    def insert_card(self, card_id: int, camera_id: int | None, seal: str | None,
                    reason: str = "") -> Device:
        """Put a card in a camera (and seal the slot, R6), or take it out (camera None)."""
        card = self.device(card_id)
        if card.kind != "card":
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "{number} is not a memory card."),
                               number=card.inventory_no)
        with self.db.write() as con:
            self.insert_card_in(con, card, camera_id, seal, reason)
        return self.device(card_id)

    def insert_card_in(self, con: Any, card: Device, camera_id: int | None, seal: str | None,
                       reason: str) -> None:
        if camera_id is not None:
            other = con.execute("SELECT inventory_no FROM devices WHERE kind = 'card' AND "
                                "camera_id = ? AND id <> ?", (camera_id, card.id)).fetchone()
            if other:
                # A camera holds one card: the one there comes out first.
                con.execute("UPDATE devices SET camera_id = NULL, slot_seal = NULL WHERE "
                            "kind = 'card' AND camera_id = ? AND id <> ?", (camera_id, card.id))
        con.execute("UPDATE devices SET camera_id = ?, slot_seal = ? WHERE id = ?",
                    (camera_id, _clean(seal), card.id))
        self._history(con, "devices", card.id, "camera_id", str(card.camera_id),
                      str(camera_id), reason)
        if _clean(seal) != card.slot_seal:
            self._history(con, "devices", card.id, "slot_seal", card.slot_seal, _clean(seal),
                          reason)

    def password_changed_in(self, con: Any, device: Device, reason: str) -> None:
        """The device's factory password was changed (the officer confirmed it, e.g. at
        issue): the register no longer flags it; the change is in its history."""
        con.execute("UPDATE devices SET default_password = 0 WHERE id = ?", (device.id,))
        self._history(con, "devices", device.id, "default_password", "1", "0", reason)

    def card_in(self, camera_id: int) -> Device | None:
        row = self.db.one("SELECT * FROM devices WHERE kind = 'card' AND camera_id = ?",
                          (camera_id,))
        return _device(row) if row else None

    def history(self, table: str, record_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.query(
            "SELECT * FROM register_history WHERE tbl = ? AND record_id = ? ORDER BY seq",
            (table, record_id))]

    def near_end_of_life(self, within_days: int | None = None) -> list[tuple[Device, date]]:
        """Devices whose 7-year service life (R19) ends within the warning window or has."""
        days = within_days if within_days is not None else int(
            self.s.settings.get("service_life_warn_days"))
        today = self.s.clock.now().date()
        out = []
        for dev in self.list_devices():
            if dev.state == "written_off":
                continue
            end = dev.end_of_life()
            if (end - today).days <= days:
                out.append((dev, end))
        return sorted(out, key=lambda pair: pair[1])

    def _history(self, con: Any, table: str, record_id: int, field: str, old: str | None,
                 new: str | None, reason: str) -> None:
        con.execute("INSERT INTO register_history (at, actor_id, tbl, record_id, field, old, "
                    "new, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (self.s.now_iso(), self.s.actor_id, table, record_id, field, old, new,
                     reason))
        self.s.audit.append_in(con, "register_changed", self.s.role, self.s.actor_id, None,
                               {"table": table, "id": record_id, "field": field, "old": old,
                                "new": new, "reason": reason})
