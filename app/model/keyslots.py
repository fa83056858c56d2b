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
import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import CorruptVault, WrongPassword
from app.fsutil import atomic_write
from app.i18n import QT_TRANSLATE_NOOP
from app.model.crypto import canonical_json

SLOT_FORMAT = 1
ROLES = ("officer", "head")

# RFC 9106 low-memory profile: the floor the design notes set; calibration only goes up.
FLOOR_T = 3
FLOOR_M_KIB = 64 * 1024
FLOOR_P = 4
CEILING_M_KIB = 1024 * 1024


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
        else:
            params = KdfParams(int(params.t * factor) + 1, params.m_kib, params.p)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode(), validate=True)


def _header(vault_id: str, role: str, params: KdfParams, salt: bytes) -> dict[str, object]:
    return {"format": SLOT_FORMAT, "vault_id": vault_id, "role": role,
            "kdf": params.as_dict(), "salt": _b64(salt)}


def seal(master: bytes | bytearray, password: str, vault_id: str, role: str,
         params: KdfParams) -> bytes:
    if role not in ROLES:
        raise ValueError(role)
    params.check_floor()
    salt = secrets.token_bytes(16)
    header = _header(vault_id, role, params, salt)
    kek = derive(password, salt, params)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(master), canonical_json(header))
    slot = dict(header, nonce=_b64(nonce), wrapped=_b64(wrapped))
    return json.dumps(slot, indent=1).encode()


class SlotUnreadable(Exception):
    """The slot file is damaged (not valid JSON or fields missing)."""


def parse(data: bytes) -> tuple[dict[str, object], KdfParams, bytes, bytes, bytes]:
    try:
        slot = json.loads(data)
        kdf = slot["kdf"]
        if slot["format"] != SLOT_FORMAT or kdf["alg"] != "argon2id":
            raise SlotUnreadable("format")
        params = KdfParams(int(kdf["t"]), int(kdf["m_kib"]), int(kdf["p"]))
        salt = _unb64(slot["salt"])
        header = _header(str(slot["vault_id"]), str(slot["role"]), params, salt)
        return header, params, salt, _unb64(slot["nonce"]), _unb64(slot["wrapped"])
    except SlotUnreadable:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise SlotUnreadable(str(exc)) from exc


def unseal(data: bytes, password: str, vault_id: str, role: str) -> bytearray:
    header, params, salt, nonce, wrapped = parse(data)
    if header["vault_id"] != vault_id or header["role"] != role:
        raise SlotUnreadable("slot belongs to another vault or role")
    params.check_floor()
    kek = derive(password, salt, params)
    try:
        return bytearray(AESGCM(kek).decrypt(nonce, wrapped, canonical_json(header)))
    except InvalidTag:
        raise WrongPassword(QT_TRANSLATE_NOOP("core", "Wrong password.")) from None


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

    def open(self, role: str, password: str) -> bytearray:
        candidates = []
        for path in (self.main(role), self.backup(role)):
            try:
                candidates.append((path, path.read_bytes()))
            except FileNotFoundError:
                continue
        if not candidates:
            raise CorruptVault(QT_TRANSLATE_NOOP(
                "core", "The key slot for this role is missing; the vault cannot be opened."))
        wrong = False
        for path, data in candidates:
            try:
                master = unseal(data, password, self.vault_id, role)
            except WrongPassword:
                wrong = True
                continue
            except SlotUnreadable:
                continue
            if path == self.main(role) and (len(candidates) < 2 or candidates[1][1] != data):
                # Heal a backup left behind by an interrupted change or a damaged copy.
                atomic_write(self.backup(role), data)
            return master
        if wrong:
            raise WrongPassword(QT_TRANSLATE_NOOP("core", "Wrong password."))
        raise CorruptVault(QT_TRANSLATE_NOOP(
            "core", "Both copies of the key slot are damaged; the vault cannot be opened."))
