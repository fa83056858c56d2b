"""Key derivation and the small primitives the vault is built from.

One random master key; every purpose gets its own sub-key through HKDF-SHA-512 with a
distinct label, so a leak of one sub-key tells nothing of the others.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MASTER_KEY_BYTES = 32

LABEL_INDEX = b"dalel/v1/index-db"
LABEL_BLOB = b"dalel/v1/blob"
LABEL_BLOB_NAME = b"dalel/v1/blob-name"
LABEL_SIGNING = b"dalel/v1/checkpoint-signing"


def new_master_key() -> bytearray:
    return bytearray(secrets.token_bytes(MASTER_KEY_BYTES))


def hkdf(key: bytes | bytearray, label: bytes, length: int = 32, salt: bytes | None = None
         ) -> bytes:
    return HKDF(algorithm=hashes.SHA512(), length=length, salt=salt, info=label).derive(
        bytes(key))


def mac_hex(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def canonical_json(value: Any) -> bytes:
    """The one byte form used wherever JSON is hashed or signed."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def signing_key(master: bytes | bytearray) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(hkdf(master, LABEL_SIGNING))


def wipe(buf: bytearray) -> None:
    """Best effort: Python may hold other copies (see vault-design-notes, known limits)."""
    for i in range(len(buf)):
        buf[i] = 0
