"""Key slots: the master key wrapped once per password holder (R2).

Each slot is a small JSON file: a header (format, vault id, role, Argon2id parameters, salt)
and the master key sealed with AES-256-GCM under the Argon2id output, with the header as
associated data, so that nobody can lower the parameters without the slot failing to open.
Two copies are kept (``<role>.slot`` and ``<role>.slot.bak``) and a password change writes
the new slot before the old one goes (LUKS2), so a crash at any point leaves a slot that
one of the passwords opens.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import stat
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import CorruptVault, DalelError, SlotDamaged, WrongPassword
from app.fsutil import atomic_write
from app.i18n import QT_TRANSLATE_NOOP, Phrase
from app.model.crypto import canonical_json

log = logging.getLogger(__name__)

# Format 2 adds "check", a plain SHA-256 of the slot's content, so that accidental damage is
# told from a wrong password without a key; format 1 slots are still read (and upgraded at
# their next unlock).
SLOT_FORMAT = 2
_FIELDS_1 = frozenset({"format", "vault_id", "role", "kdf", "salt", "nonce", "wrapped"})
FORMAT_FIELDS = {1: _FIELDS_1, 2: _FIELDS_1 | {"check"}}
ROLES = ("officer", "head")
MAX_SLOT_BYTES = 64 * 1024     # a slot is ~400 bytes; anything near this is not one
SALT_LEN = 16
NONCE_LEN = 12
WRAPPED_LEN = 32 + 16          # the 256-bit master key and its GCM tag

# RFC 9106 low-memory profile: the floor the design notes set; calibration only goes up.
FLOOR_T = 3
FLOOR_M_KIB = 64 * 1024
FLOOR_P = 4
CEILING_M_KIB = 1024 * 1024
# Sanity bounds a slot header must keep before anything is derived from it: a damaged or
# hostile copy cannot ask for 4 TiB or a million passes and hang the unlock. No slot Dalel
# writes asks for more memory than calibration's ceiling (1 GiB), so neither may a slot it
# reads: more could not be allocated on an office PC, or would push it into swap.
MAX_T = 64
MAX_M_KIB = CEILING_M_KIB
MAX_P = 64


@dataclass(frozen=True)
class KdfParams:
    t: int = FLOOR_T
    m_kib: int = FLOOR_M_KIB
    p: int = FLOOR_P

    def check_floor(self) -> None:
        if self.t < FLOOR_T or self.m_kib < FLOOR_M_KIB or self.p < FLOOR_P:
            raise CorruptVault(QT_TRANSLATE_NOOP(
                "core", "A key slot asks for weaker protection than Dalel allows; the vault "
                        "may have been tampered with."))

    def as_dict(self) -> dict[str, int | str]:
        return {"alg": "argon2id", "t": self.t, "m_kib": self.m_kib, "p": self.p}


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.t,
                           memory_cost=params.m_kib, parallelism=params.p, hash_len=32,
                           type=Type.ID)


def _time_derive(salt: bytes, params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration", salt, params)
    return time.perf_counter() - start


def calibrate(target_seconds: float = 1.0) -> KdfParams:
    """Raise memory, then passes, from the floor until one derivation takes ~target."""
    salt = secrets.token_bytes(16)
    params = KdfParams()
    while True:
        # Best of two: the first touch of a large memory block costs page faults that a
        # real unlock, a second later, mostly does not pay.
        took = min(_time_derive(salt, params) for _ in range(2))
        if took >= target_seconds * 0.75:
            return params
        factor = max(1.2, min(4.0, target_seconds / max(took, 1e-3)))
        if params.m_kib < CEILING_M_KIB:
            params = KdfParams(params.t, min(CEILING_M_KIB, int(params.m_kib * factor)), params.p)
        elif params.t < MAX_T:
            params = KdfParams(min(MAX_T, int(params.t * factor) + 1), params.m_kib, params.p)
        else:
            return params


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(value: object, length: int, what: str) -> bytes:
    if not isinstance(value, str) or len(value) > 4 * length:
        raise SlotUnreadable(Phrase(QT_TRANSLATE_NOOP("core", "{what} is not base64 text"),
                                    what=what))
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except ValueError:  # binascii.Error and UnicodeEncodeError are both ValueErrors
        raise SlotUnreadable(Phrase(QT_TRANSLATE_NOOP("core", "{what} is not base64 text"),
                                    what=what)) from None
    if len(raw) != length:
        raise SlotUnreadable(Phrase(QT_TRANSLATE_NOOP(
            "core", "{what} has {got} bytes, not {length}"),
            what=what, got=len(raw), length=length))
    return raw


def normalize(password: str) -> str:
    """The form a password is derived in: NFC, so that "ә" typed as one code point or as
    "ә" built from two (another keyboard layout, a pasted text) is the same password."""
    return unicodedata.normalize("NFC", password)


def password_forms(password: str) -> list[str]:
    """NFC first; then the form as typed and NFD, for slots sealed before passwords were
    normalised (from whatever form the keyboard gave then; they are re-wrapped with the NFC
    form once they open). An ASCII password has one form and costs one derivation."""
    forms = [normalize(password)]
    for form in (password, unicodedata.normalize("NFD", password)):
        if form not in forms:
            forms.append(form)
    return forms


def _header(fmt: int, vault_id: str, role: str, params: KdfParams,
            salt: bytes) -> dict[str, object]:
    return {"format": fmt, "vault_id": vault_id, "role": role,
            "kdf": params.as_dict(), "salt": _b64(salt)}


def _checksum(content: dict[str, object]) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


def _seal_with(master: bytes | bytearray, kek: bytes, vault_id: str, role: str,
               params: KdfParams, salt: bytes) -> bytes:
    header = _header(SLOT_FORMAT, vault_id, role, params, salt)
    nonce = secrets.token_bytes(NONCE_LEN)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(master), canonical_json(header))
    slot: dict[str, object] = dict(header, nonce=_b64(nonce), wrapped=_b64(wrapped))
    # A plain checksum of the content: accidental damage is told from a wrong password
    # without any key (the GCM tag alone cannot say which of the two failed).
    slot["check"] = _checksum(slot)
    return json.dumps(slot, indent=1).encode()


def seal(master: bytes | bytearray, password: str, vault_id: str, role: str,
         params: KdfParams) -> bytes:
    if role not in ROLES:
        raise ValueError(role)
    params.check_floor()
    salt = secrets.token_bytes(SALT_LEN)
    return _seal_with(master, derive(normalize(password), salt, params), vault_id, role,
                      params, salt)


class SlotUnreadable(CorruptVault):
    """One copy of a slot is damaged: the verdict of :func:`parse` for any bytes that are
    not a whole, sane slot. ``reason`` says why: a Phrase, English in the audit log and
    ``--json``, the user's language on screen."""

    def __init__(self, reason: str) -> None:
        reason = reason if isinstance(reason, Phrase) else Phrase(reason)
        super().__init__(QT_TRANSLATE_NOOP("core", "A copy of the key slot is damaged: "
                                                   "{reason}."), reason=reason)
        self.reason = reason


@dataclass(frozen=True)
class Slot:
    format: int
    vault_id: str
    role: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self) -> bytes:
        return canonical_json(_header(self.format, self.vault_id, self.role, self.params,
                                      self.salt))


# A slot's fields as a damaged-slot message names them (in the user's language on screen).
FIELD_NAMES = {"t": Phrase(QT_TRANSLATE_NOOP("core", "Argon2 passes")),
               "m_kib": Phrase(QT_TRANSLATE_NOOP("core", "Argon2 memory")),
               "p": Phrase(QT_TRANSLATE_NOOP("core", "Argon2 lanes")),
               "salt": Phrase(QT_TRANSLATE_NOOP("core", "salt")),
               "nonce": Phrase(QT_TRANSLATE_NOOP("core", "nonce")),
               "wrapped": Phrase(QT_TRANSLATE_NOOP("core", "wrapped key"))}


def _bounded_int(value: object, low: int, high: int, what: str) -> int:
    # bool is an int to Python and 3.0, inf, "3" are not ints: a slot only ever holds ints.
    if type(value) is not int or not low <= value <= high:
        raise SlotUnreadable(Phrase(QT_TRANSLATE_NOOP("core", "{what} outside {low}..{high}"),
                                    what=what, low=low, high=high))
    return value


def parse(data: bytes) -> Slot:
    """A whole, sane slot, or :class:`SlotUnreadable` — for any bytes at all (never another
    exception). Parameters are bounded before anything is derived, so a damaged or hostile
    header (m = 2^32-1 KiB, t = 10^6) cannot hang or exhaust the PC."""
    if len(data) > MAX_SLOT_BYTES:
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "file too large"))
    try:
        slot = json.loads(data)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "not JSON")) from None
    if not isinstance(slot, dict):
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "not a JSON object"))
    fmt = slot.get("format")
    if type(fmt) is not int or fmt not in FORMAT_FIELDS:
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "unknown format"))
    if set(slot) != FORMAT_FIELDS[fmt]:
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "fields missing or unexpected"))
    if fmt >= 2:
        content = {k: v for k, v in slot.items() if k != "check"}
        try:
            intact = slot["check"] == _checksum(content)
        except (ValueError, RecursionError):  # e.g. a lone surrogate cannot be encoded
            intact = False
        if not intact:
            raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "checksum does not match"))
    vault_id, role, kdf = slot["vault_id"], slot["role"], slot["kdf"]
    if not isinstance(vault_id, str) or not 0 < len(vault_id) <= 64 or not vault_id.isascii():
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "vault id is not readable"))
    if role not in ROLES:
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "role is not readable"))
    if not isinstance(kdf, dict) or set(kdf) != {"alg", "t", "m_kib", "p"} \
            or kdf["alg"] != "argon2id":
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "key derivation is not Argon2id"))
    # Below the floor counts as damage too: the header is the GCM associated data, so a
    # lowered parameter cannot open anyway, and the other copy deserves its chance.
    params = KdfParams(_bounded_int(kdf["t"], FLOOR_T, MAX_T, FIELD_NAMES["t"]),
                       _bounded_int(kdf["m_kib"], FLOOR_M_KIB, MAX_M_KIB, FIELD_NAMES["m_kib"]),
                       _bounded_int(kdf["p"], FLOOR_P, MAX_P, FIELD_NAMES["p"]))
    return Slot(fmt, vault_id, role, params,
                _unb64(slot["salt"], SALT_LEN, FIELD_NAMES["salt"]),
                _unb64(slot["nonce"], NONCE_LEN, FIELD_NAMES["nonce"]),
                _unb64(slot["wrapped"], WRAPPED_LEN, FIELD_NAMES["wrapped"]))


def _kek(slot: Slot, password: str) -> bytes:
    try:
        return derive(password, slot.salt, slot.params)
    except (HashingError, MemoryError, UnicodeEncodeError) as exc:
        # Within bounds but more memory than this PC has: that copy cannot be used here.
        raise SlotUnreadable(Phrase(QT_TRANSLATE_NOOP("core", "key derivation failed: {why}"),
                                    why=str(exc))) from None


def _unwrap(slot: Slot, kek: bytes) -> bytearray | None:
    """The master key, or None when the tag does not verify (a wrong password, for a slot
    whose checksum or twin copy says it is intact)."""
    try:
        return bytearray(AESGCM(kek).decrypt(slot.nonce, slot.wrapped, slot.aad()))
    except InvalidTag:
        return None


def unseal(data: bytes, password: str, vault_id: str, role: str) -> bytearray:
    slot = parse(data)
    if slot.vault_id != vault_id or slot.role != role:
        raise SlotUnreadable(QT_TRANSLATE_NOOP("core", "slot belongs to another vault or role"))
    for form in password_forms(password):
        master = _unwrap(slot, _kek(slot, form))
        if master is not None:
            return master
    raise WrongPassword(QT_TRANSLATE_NOOP("core", "Wrong password."))


@dataclass
class SlotCopy:
    """One file of a slot as found on disk, with its verdict."""

    path: Path
    data: bytes | None = None
    slot: Slot | None = None
    problem: str | None = None     # why this copy cannot be used; None when intact


@dataclass(frozen=True)
class SlotProblem:
    """A key-slot copy that is damaged, missing or out of step with its twin; ``fatal``
    when no intact copy of that role is left (the role cannot unlock until restored)."""

    role: str
    copy: str
    reason: str
    fatal: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"role": self.role, "copy": self.copy, "reason": self.reason,
                "fatal": self.fatal}


@dataclass
class Opened:
    """A slot opened at unlock: the master key and what was found and done on the way
    (audit events: ``slot_damaged``, ``slot_repaired``, ``slot_rewrapped``)."""

    master: bytearray
    events: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def read_copy(path: Path, vault_id: str | None = None, role: str | None = None) -> SlotCopy:
    copy = SlotCopy(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder, or a pipe that would hang
            copy.problem = Phrase(QT_TRANSLATE_NOOP("core", "not a regular file"))
            return copy
        with path.open("rb") as fh:
            copy.data = fh.read(MAX_SLOT_BYTES + 1)
    except FileNotFoundError:
        copy.problem = Phrase(QT_TRANSLATE_NOOP("core", "missing"))
        return copy
    except OSError as exc:  # a folder in its place, no permission, an I/O error
        copy.problem = Phrase(QT_TRANSLATE_NOOP("core", "unreadable: {why}"),
                              why=str(exc.strerror or exc))
        return copy
    try:
        copy.slot = parse(copy.data)
    except SlotUnreadable as exc:
        copy.problem = exc.reason
        return copy
    if (vault_id is not None and copy.slot.vault_id != vault_id) or \
            (role is not None and copy.slot.role != role):
        copy.slot, copy.problem = None, Phrase(QT_TRANSLATE_NOOP(
            "core", "belongs to another vault or role"))
    return copy


def slot_health(keys_dir: Path, vault_id: str | None = None) -> list[SlotProblem]:
    """What is wrong with the key slots, without any password: for ``dalel status``,
    ``dalel verify`` and the Today page. Never raises. A damaged copy stays listed until
    the next unlock of its role rewrites it from the intact one."""
    problems: list[SlotProblem] = []
    for role in ROLES:
        main = read_copy(keys_dir / f"{role}.slot", vault_id, role)
        bak = read_copy(keys_dir / f"{role}.slot.bak", vault_id, role)
        fatal = main.problem is not None and bak.problem is not None
        for copy in (main, bak):
            if copy.problem is not None:
                problems.append(SlotProblem(role, copy.path.name, copy.problem, fatal))
        if not fatal and main.problem is None and bak.problem is None and main.data != bak.data:
            problems.append(SlotProblem(role, bak.path.name, Phrase(QT_TRANSLATE_NOOP(
                "core", "differs from {other} (an interrupted password change, or damage)"),
                other=main.path.name)))
    return problems


class SlotStore:
    """The ``keys/`` folder of a vault."""

    def __init__(self, folder: Path, vault_id: str) -> None:
        self.folder = folder
        self.vault_id = vault_id

    def main(self, role: str) -> Path:
        return self.folder / f"{role}.slot"

    def backup(self, role: str) -> Path:
        return self.folder / f"{role}.slot.bak"

    def write_new(self, role: str, sealed: bytes) -> None:
        """New slot first to the main file (atomic rename), then to the backup copy.

        At every instant the main file and the backup each hold either the old or the new
        slot, whole, so whichever password the person remembers opens one of them.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(self.main(role), sealed)
        atomic_write(self.backup(role), sealed)

    def params(self, role: str) -> KdfParams:
        """The Argon2 parameters of the role's slot (of its intact copy)."""
        for path in (self.main(role), self.backup(role)):
            copy = read_copy(path, self.vault_id, role)
            if copy.slot is not None:
                return copy.slot.params
        raise self._damaged()

    def open(self, role: str, password: str) -> bytearray:
        """The master key; changes nothing on disk (a check of a password, e.g. the head's
        for a release)."""
        return self._open(role, password)[0]

    def unlock(self, role: str, password: str) -> Opened:
        """The master key, and a damaged or stale copy rewritten from the one that opened
        (atomic: temp, fsync, rename); a slot sealed from a non-normalised password, or in
        the old format, is re-wrapped. What was done is returned for the audit log."""
        master, good, other, form, kek = self._open(role, password)
        opened = Opened(master)
        assert good.slot is not None and good.data is not None
        if other.path == self.main(role) and other.problem is None and other.slot is not None \
                and other.slot.format >= 2 and other.data != good.data:
            # An intact, newer main slot that this password does not open: a password change
            # was interrupted after writing it. It is never rolled back (nor re-wrapped over).
            return opened
        if form != normalize(password) or good.slot.format < SLOT_FORMAT:
            reason = "password_normalised" if form != normalize(password) else "format_upgrade"
            try:
                if reason == "password_normalised":
                    sealed = seal(master, form, self.vault_id, role, good.slot.params)
                else:  # same password, same salt: the key already derived is reused
                    sealed = _seal_with(master, kek, self.vault_id, role, good.slot.params,
                                        good.slot.salt)
                self.write_new(role, sealed)
            except DalelError as exc:  # a full or read-only disk: the old slot still opens
                log.info("could not re-wrap the %s slot: %s", role, exc)
            else:
                if other.problem is not None:
                    opened.events.append(("slot_damaged", {"role": role,
                                                           "copy": other.path.name,
                                                           "reason": other.problem}))
                opened.events.append(("slot_rewrapped", {"role": role, "reason": reason}))
                return opened
        if other.data == good.data:
            return opened
        reason = other.problem or Phrase(QT_TRANSLATE_NOOP("core", "differs from {other}"),
                                         other=good.path.name)
        if other.problem is not None:
            opened.events.append(("slot_damaged", {"role": role, "copy": other.path.name,
                                                   "reason": reason}))
        try:
            atomic_write(other.path, good.data)
        except DalelError as exc:
            log.info("could not repair %s: %s", other.path, exc)
            opened.events.append(("slot_damaged", {"role": role, "copy": other.path.name,
                                                   "reason": f"not repaired: {exc.message}"}))
        else:
            opened.events.append(("slot_repaired", {"role": role, "copy": other.path.name,
                                                    "source": good.path.name,
                                                    "reason": reason}))
        return opened

    def _damaged(self) -> SlotDamaged:
        return SlotDamaged(QT_TRANSLATE_NOOP(
            "core", "The key slot is damaged; restore keys/ from a backup."))

    def _open(self, role: str, password: str
              ) -> tuple[bytearray, SlotCopy, SlotCopy, str, bytes]:
        if role not in ROLES:
            raise ValueError(role)
        main = read_copy(self.main(role), self.vault_id, role)
        bak = read_copy(self.backup(role), self.vault_id, role)
        if main.problem == "missing" and bak.problem == "missing":
            raise SlotDamaged(QT_TRANSLATE_NOOP(
                "core", "The key slot for this role is missing; the vault cannot be opened."))
        wrong = False
        failed: set[bytes] = set()
        for copy, other in ((main, bak), (bak, main)):
            if copy.slot is None or copy.data is None:
                continue
            if copy.data in failed:  # the twin is byte for byte the same: same verdict
                continue
            try:
                for form in password_forms(password):
                    kek = _kek(copy.slot, form)
                    master = _unwrap(copy.slot, kek)
                    if master is not None:
                        return master, copy, other, form, kek
            except SlotUnreadable as exc:
                copy.slot, copy.problem = None, exc.reason
                continue
            # The copy is intact (its checksum, or its twin, vouches for it) and the tag
            # does not verify: the password is wrong.
            wrong = True
            failed.add(copy.data)
        if wrong:
            raise WrongPassword(QT_TRANSLATE_NOOP("core", "Wrong password."))
        # Nothing intact to try a password on: damage, never counted as a wrong password.
        raise self._damaged()
