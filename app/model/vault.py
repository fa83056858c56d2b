"""The vault: one folder with key slots, the SQLCipher index and the encrypted blobs.

::

    <vault>/vault.json         format and vault id (no secrets)
    <vault>/keys/<role>.slot   the master key wrapped for the officer / the head (+ .bak)
    <vault>/index.db           SQLCipher index, keyed with a raw HKDF sub-key
    <vault>/blobs/             footage, chunked AES-256-GCM streams
    <vault>/lockout.json       failed-unlock counter (read before any key exists)
    <vault>/logs/              SQLCipher's own log (never keys or footage)

Only the responsible officer and the head hold a password (R2); nobody can change what is
stored or its time (R3).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.clock import Clock, SystemClock, from_iso, to_iso
from app.errors import (
    CorruptVault,
    DalelError,
    InvalidInput,
    LockedOut,
    RuleViolation,
    SlotDamaged,
    StorageError,
    WrongPassword,
)
from app.fsutil import atomic_write, storage_error
from app.i18n import NUMERUS, QT_TRANSLATE_NOOP
from app.model import keyslots
from app.model.audit import AuditLog
from app.model.blobs import BlobStore
from app.model.crypto import LABEL_INDEX, hkdf, new_master_key, signing_key, wipe
from app.model.custody import Custody
from app.model.db import Database
from app.model.footage import FootageIndex
from app.model.journal import Journal
from app.model.keyslots import KdfParams, SlotStore
from app.model.lockout import LockoutState
from app.model.registers import Registers
from app.model.settings import Settings
from app.model.unlock_record import record_unlock
from app.model.vault_meta import VAULT_FORMAT, check_format, read_meta

if TYPE_CHECKING:
    from app.model.work_calendar import WorkCalendar

log = logging.getLogger(__name__)
_S = TypeVar("_S")

MIN_PASSWORD = 8
ROLE_NAMES = {"officer": QT_TRANSLATE_NOOP("core", "responsible officer"),
              "head": QT_TRANSLATE_NOOP("core", "head of the office")}


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    personnel_no: str
    patronymic: str | None = None
    position: str = ""


@dataclass(frozen=True)
class Office:
    agency: str = "veterinary"
    unit_name: str = ""
    language: str = "kk"


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(NUMERUS.translate(
            "core", "A vault password needs at least %n character(s).", None, 0),
            n=MIN_PASSWORD)


def is_vault(path: Path) -> bool:
    return (path / "vault.json").exists()


def create(path: Path, officer: Person, officer_password: str, head: Person,
           head_password: str, office: Office | None = None, clock: Clock | None = None,
           kdf: KdfParams | None = None) -> VaultSession:
    """Create the office's vault in one sitting: the officer sets theirs, the head theirs (R2)."""
    clock = clock or SystemClock()
    office = office or Office()
    # New passwords are kept in NFC: the same Kazakh letters typed another way still open.
    officer_password = keyslots.normalize(officer_password)
    head_password = keyslots.normalize(head_password)
    check_password(officer_password)
    check_password(head_password)
    if officer_password == head_password:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The officer and the head must each choose their own password."))
    for person in (officer, head):     # checked before anything is written (issue 13)
        if not person.surname.strip() or not person.name.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "Surname and name are required."))
        if not person.personnel_no.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("core", "The personnel number is required."))
    if officer.personnel_no == head.personnel_no:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The officer and the head must be two different people."))
    if path.exists() and any(path.iterdir()):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The folder {path} is not empty; choose an empty folder for a new vault."),
            path=str(path))
    old_umask = os.umask(0o077)
    try:
        path.mkdir(parents=True, exist_ok=True)
        for sub in ("keys", "blobs", "logs"):
            (path / sub).mkdir(exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, path) from exc
    finally:
        os.umask(old_umask)
    vault_id = uuid.uuid4().hex
    params = kdf or keyslots.calibrate()
    master = new_master_key()
    slots = SlotStore(path / "keys", vault_id)
    slots.write_new("officer", keyslots.seal(master, officer_password, vault_id, "officer",
                                             params))
    slots.write_new("head", keyslots.seal(master, head_password, vault_id, "head", params))
    db = Database(path / "index.db", hkdf(master, LABEL_INDEX), create=True,
                  log_path=path / "logs" / "sqlcipher.log")
    settings = Settings(db)
    now = to_iso(clock.now())
    public = signing_key(master).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    audit = AuditLog(db, clock, vault_id)
    with db.write() as con:
        ids = {}
        for role, person in (("officer", officer), ("head", head)):
            cur = con.execute(
                "INSERT INTO staff (surname, name, patronymic, personnel_no, position, role, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (person.surname, person.name, person.patronymic, person.personnel_no,
                 person.position, role, now))
            ids[role] = cur.lastrowid
        identity = {"officer_id": ids["officer"], "head_id": ids["head"]}
        for key, value in (("vault_id", vault_id), ("officer_id", ids["officer"]),
                           ("head_id", ids["head"]), ("signing_public_key", public.hex())):
            settings.set_identity_in(con, key, value)
        for key, value in (("agency", office.agency), ("unit_name", office.unit_name),
                           ("language", office.language)):
            settings.set_in(con, key, value)
        # Who holds each role is chained here, so that verify can tell a settings row
        # changed behind the program from a designation (issue 12, R1, R2).
        audit.append_in(con, "vault_created", "officer", ids["officer"], None,
                        {"kdf": params.as_dict(), "identity": identity})
    # vault.json last: a folder without it is an unfinished creation, never a vault.
    atomic_write(path / "vault.json", json.dumps(
        {"product": "dalel", "format": VAULT_FORMAT, "vault_id": vault_id,
         "created_at": now}, indent=1).encode())
    return VaultSession(path, vault_id, "officer", master, db, clock)


def unlock(path: Path, role: str, password: str, clock: Clock | None = None, *,
           read_only: bool = False) -> VaultSession:
    """Open the vault as ``role``; tells a wrong password from a damaged index.

    ``read_only`` is for ``dalel verify``, which changes nothing: the lockout and the
    password are checked as for every unlock, but a disk that refuses the audit entries
    (full, failing, or an index with a damaged part) does not stop the check — the entries
    it could not write are listed in ``session.unrecorded`` and the attempts taken from
    lockout.json go back into it for the next unlock."""
    clock = clock or SystemClock()
    if role not in keyslots.ROLES:
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "Role must be officer or head."))
    meta = read_meta(path)
    check_format(meta.get("format"))
    if not password:     # no attempt at all: never counted towards the lockout
        raise InvalidInput(QT_TRANSLATE_NOOP("core", "No password was given."))
    vault_id = meta["vault_id"]
    # Each person has their own counter (R2): the officer's typos never lock the head out.
    lock = LockoutState(path / "lockout.json", clock)
    held = lock.locked_until(role)
    if held is not None:
        lock.note_refused(role)
        minutes = max(1, int((held.until - clock.now()).total_seconds() + 59) // 60)
        if held.damaged:
            raise LockedOut(NUMERUS.translate(
                "core", "The record of failed unlocks was damaged; as a precaution unlocking "
                        "is blocked for %n more minute(s).", None, 0), n=minutes)
        raise LockedOut(NUMERUS.translate(
            "core", "Too many wrong passwords. Unlocking is blocked for %n more minute(s).",
            None, 0), n=minutes)
    try:
        # A damaged slot (SlotDamaged) is not a wrong password and is never counted.
        opened = SlotStore(path / "keys", vault_id).unlock(role, password)
    except WrongPassword:
        if lock.note_failure(role):
            raise LockedOut(QT_TRANSLATE_NOOP(
                "core", "Wrong password, five times in a row. Unlocking is blocked for ten "
                        "minutes.")) from None
        raise
    master = opened.master
    db = Database(path / "index.db", hkdf(master, LABEL_INDEX),
                  log_path=path / "logs" / "sqlcipher.log", read_only=read_only)
    try:
        session = VaultSession(path, vault_id, role, master, db, clock, read_only=read_only)
    except BaseException:
        db.close()
        wipe(master)
        raise
    session.slot_events = opened.events
    done = lock.note_success(role)
    try:
        record_unlock(session, done, opened.events)
    except DalelError as exc:
        lock.restore_pending()      # the attempts wait in the file for the next unlock
        if not read_only:
            session.discard()
            raise
        log.info("unlock for a read-only check not recorded: %s", exc)
        session.unrecorded.append("unlock")
    from app.model.integrity import seal_legacy

    try:
        seal_legacy(session)  # once, for a vault made before footage and identity were chained
    except DalelError as exc:
        if not read_only:
            session.discard()
            raise
        log.info("legacy seal not written by a read-only check: %s", exc)
        session.unrecorded.append("seal")
    return session


class LockNotRecorded(StorageError):
    """The vault is locked (keys dropped, index closed), but its "lock" entry could not be
    written to the audit log."""

    def __init__(self, cause: DalelError) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "core", "The vault is locked, but the lock could not be recorded in the audit "
                    "log: {reason}"), reason=cause.localized())
        self.exit_code = cause.exit_code


class Service(Generic[_S]):
    """A service of an unlocked session (``session.registers``, ``.custody``…): built on
    first use, forgotten at lock, refused once the vault is locked (``VaultSession.service``)."""

    def __init__(self, factory: Callable[[VaultSession], _S]) -> None:
        self.factory = factory
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, session: None, owner: type) -> Service[_S]: ...

    @overload
    def __get__(self, session: VaultSession, owner: type) -> _S: ...

    def __get__(self, session: VaultSession | None, owner: type) -> Service[_S] | _S:
        if session is None:
            return self
        return session.service(self.name, self.factory)


class VaultSession:
    """An unlocked vault. ``lock()`` drops the keys; nothing here outlives it."""

    def __init__(self, path: Path, vault_id: str, role: str, master: bytearray, db: Database,
                 clock: Clock, read_only: bool = False) -> None:
        self.path = path
        self.vault_id = vault_id
        self.role = role
        self.clock = clock
        self._master = master
        self.db = db
        self.read_only = read_only
        # Audit entries a read-only session (``verify``) could not write: "unlock", "seal".
        self.unrecorded: list[str] = []
        self.settings = Settings(db)
        self.audit = AuditLog(db, clock, vault_id)
        self.blobs = BlobStore(path / "blobs", master)
        try:
            self.blobs.ensure()
        except OSError as exc:
            if not read_only:
                raise storage_error(exc, path / "blobs") from exc
        try:
            self.actor_id: int = int(self.settings.get(f"{role}_id"))
        except CorruptVault:
            if not read_only:
                raise
            self.actor_id = 0    # a damaged settings page: verify reports it
        self._services: dict[str, Any] = {}
        # What the unlock found wrong with this role's key slot and repaired (audited too);
        # ``dalel status`` shows it.
        self.slot_events: list[tuple[str, dict[str, object]]] = []

    # -- services, built on first use (``Service`` below) --------------------------------------
    registers: Service[Registers] = Service(Registers)
    custody: Service[Custody] = Service(Custody)
    journal: Service[Journal] = Service(Journal)
    footage: Service[FootageIndex] = Service(FootageIndex)

    @property
    def calendar(self) -> WorkCalendar:
        """The working calendar (R21) from the settings as they are now (another process
        may have changed them). Built again only when they changed: a screen asks for it
        once per row it formats, and building one per call cost 0.5 ms (600 footage rows:
        0.3 s of a frozen window)."""
        from app.model.work_calendar import CALENDAR_SETTINGS, WorkCalendar

        stamp = self.settings.stored(CALENDAR_SETTINGS)
        cached = self._services.get("calendar")
        if cached is None or cached[0] != stamp:
            cached = self._services["calendar"] = (stamp,
                                                   WorkCalendar.from_settings(self.settings))
        return cached[1]

    def service(self, name: str, factory: Callable[[VaultSession], _S]) -> _S:
        """The session's service ``name``, made by ``factory`` on first use; refused once
        the vault is locked (``lock`` forgets them all)."""
        if self.is_locked:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "The vault is locked."))
        if name not in self._services:
            self._services[name] = factory(self)
        service: _S = self._services[name]  # stored by this very name and factory
        return service

    @property
    def is_locked(self) -> bool:
        return not self._master

    @property
    def master_key(self) -> bytearray:
        if self.is_locked:
            raise RuleViolation(QT_TRANSLATE_NOOP("core", "The vault is locked."))
        return self._master

    def signing_key(self) -> Ed25519PrivateKey:
        return signing_key(self.master_key)

    def now_iso(self) -> str:
        return to_iso(self.clock.now())

    # -- passwords -------------------------------------------------------------------------
    def change_password(self, old_password: str, new_password: str) -> None:
        """Each person changes their own password; nothing is re-encrypted."""
        new_password = keyslots.normalize(new_password)
        check_password(new_password)
        slots = self._key_slots()
        wipe(slots.open(self.role, old_password))  # proves they know the current one
        other = "head" if self.role == "officer" else "officer"
        self._refuse_same_as(other, new_password)
        params = self._slot_params(self.role)
        self._write_slot(slots, self.role, keyslots.seal(self.master_key, new_password,
                                                         self.vault_id, self.role, params),
                         lambda: self.audit.record("password_changed", self.role,
                                                   self.actor_id))

    def _write_slot(self, slots: SlotStore, role: str, sealed: bytes,
                    record: Callable[[], object]) -> None:
        """Both copies and the audit entry, or neither (issue 13): when the disk refuses
        the second copy or the entry, the copies are put back as they were — the person is
        told the change failed, so the password they still have opens both copies again,
        and no password changes without its record. Should the disk refuse that too, the
        old password still opens one copy, and the next unlock makes the copies one."""
        before: dict[Path, bytes] = {}
        for path in (slots.main(role), slots.backup(role)):
            try:
                before[path] = path.read_bytes()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise storage_error(exc, path) from exc
        try:
            slots.write_new(role, sealed)
            record()
        except DalelError:
            with contextlib.suppress(DalelError, OSError):
                for path, data in before.items():
                    if path.read_bytes() != data:
                        atomic_write(path, data)
            raise

    def reset_slot(self, role: str, new_password: str) -> None:
        """The head re-keys the officer's slot when a new officer is designated (R1, R2)."""
        if self.role != "head" or role != "officer":
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "core", "Only the head can set a new officer's password."))
        new_password = keyslots.normalize(new_password)
        check_password(new_password)
        self._refuse_same_as("head", new_password)
        slots = self._key_slots()
        self._write_slot(slots, role, keyslots.seal(self.master_key, new_password,
                                                    self.vault_id, role,
                                                    self._slot_params(role)),
                         lambda: self.audit.record("slot_reset", self.role, self.actor_id,
                                                   reset_role=role))

    def confirm_password(self, role: str, password: str, wrong: str) -> None:
        """``role``'s own password, checked against their key slot (the key it opens is wiped
        at once): an approval asked for again. A wrong one: :class:`WrongPassword` saying
        ``wrong``."""
        try:
            wipe(self._key_slots().open(role, password))
        except WrongPassword:
            raise WrongPassword(wrong) from None

    def _refuse_same_as(self, role: str, password: str) -> None:
        try:
            wipe(self._key_slots().open(role, password))  # the same key: never kept
        except (WrongPassword, SlotDamaged):  # the other's damaged slot cannot be compared
            return
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "core", "The officer and the head must each choose their own password."))

    def _key_slots(self) -> SlotStore:
        return SlotStore(self.path / "keys", self.vault_id)

    def _slot_params(self, role: str) -> KdfParams:
        return self._key_slots().params(role)

    # -- lifecycle -------------------------------------------------------------------------
    def lock(self) -> None:
        """Drop the keys and close the index; the lock is recorded in the audit log first.

        The vault is locked whatever the disk says. When it refused the "lock" entry (full,
        failing, a damaged index) :class:`LockNotRecorded` says so afterwards — except for a
        read-only session (``verify``), whose audit entries are written only if they can be.
        """
        if self.is_locked:
            return
        refused: DalelError | None = None
        try:
            self.audit.record("lock", self.role, self.actor_id)
        except DalelError as exc:
            refused = exc
        finally:
            self.discard()
        if refused is not None:
            if self.read_only:
                log.info("lock after a read-only check not recorded: %s", refused)
                return
            raise LockNotRecorded(refused) from refused

    def discard(self) -> None:
        """Close the index and drop the keys, writing nothing (an unlock that failed)."""
        if self.is_locked:
            return
        try:
            self.db.close()
        finally:
            self.blobs.forget()
            wipe(self._master)
            self._master = bytearray()
            self._services.clear()

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


__all__ = ["Office", "Person", "VaultSession", "create", "from_iso", "is_vault", "unlock"]
