"""The check printed on every journal page: a short code and a QR code (R7, R3).

Binding. A page's *digest* is SHA-256 over the vault id, volume, page number, the page's
kind, the signed checkpoint (journal and audit log size + head hash, Ed25519) taken when it
was printed, and for each row: its number, custody id, struck flag, every journal seq shown
with that entry's hash, and a hash of the texts as printed. The *short code* is
``<volume>-<page>-XXXXX-XXXXX``: 50 bits of HMAC-SHA256 over the digest, keyed with a key
derived from the vault's master key, so nobody without the vault can make a code, and a
code names the one page it was issued for. The *QR* carries the same plus the signed
checkpoint (size, head hash, Ed25519 signature), so the paper also pins the whole chain
as it stood then.

Checking (``verify``) recomputes everything from the live journal: a page whose rows no
longer match the chain (an entry altered, removed or re-hashed), a code typed for another
page number, a code that was never issued, or a checkpoint the journal no longer matches,
is refused with the reason.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import DalelError
from app.model.crypto import canonical_json, hkdf
from app.model.journal import Checkpoint

if TYPE_CHECKING:
    from app.model.vault import VaultSession

LABEL_PAGE = b"dalel/v1/paper-page-code"
QR_PREFIX = "DALEL-PAGE/1"
_B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"   # Crockford: no I, L, O, U
# What a person types or a scanner reads is input: bounded before it is looked at. A code is
# ~20 characters and a QR payload ~250; volume and page numbers have at most 9 digits (a
# larger number cannot be looked up: SQLite's integers end at 2^63).
MAX_CODE = 64
MAX_QR = 1024
MAX_NUMBER_DIGITS = 9


def page_key(session: VaultSession) -> bytes:
    return hkdf(session.master_key, LABEL_PAGE)


def rows_text_hash(row_json: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json([row_json.get("cells", []), row_json.get("rk", [])])
                          ).hexdigest()


def page_digest(vault_id: str, volume: int, page_no: int, kind: str, cp: Checkpoint,
                rows: list[dict[str, Any]], hashes: dict[int, str | None],
                extra: Any = None) -> str:
    body = []
    for r in rows:
        body.append([r["n"], r["c"], bool(r["x"]), [[s, hashes.get(s)] for s in r["s"]],
                     rows_text_hash(r)])
    return hashlib.sha256(canonical_json(["dalel-page/1", vault_id, volume, page_no, kind,
                                          cp.size, cp.head, cp.signature, body, extra])
                          ).hexdigest()


def _b32(data: bytes, chars: int) -> str:
    n = int.from_bytes(data, "big")
    bits = len(data) * 8
    out = []
    for i in range(chars):
        out.append(_B32[(n >> (bits - 5 * (i + 1))) & 31])
    return "".join(out)


def mac10(key: bytes, digest: str) -> str:
    return _b32(hmac.new(key, bytes.fromhex(digest), hashlib.sha256).digest()[:8], 10)


def short_code(volume: int, page_no: int, mac: str) -> str:
    return f"{volume}-{page_no}-{mac[:5]}-{mac[5:]}"


def _b32u(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=")


def _unb32u(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


QR_PREFIX_2 = "DALEL-PAGE/2"   # the checkpoint covers the audit log too (issue 12)


def qr_payload(volume: int, page_no: int, mac: str, digest: str, cp: Checkpoint) -> str:
    """Upper-case letters, digits and ':' only (QR alphanumeric mode: a smaller code):
    ``DALEL-PAGE/2:vol:page:mac:digest[:32]:size:head:signature:audit_size:audit_head``
    (hashes and signature of the signed checkpoint in RFC 4648 base32). Pages printed with a
    journal-only checkpoint carry ``DALEL-PAGE/1`` and the first eight fields."""
    fields = [QR_PREFIX, str(volume), str(page_no), mac, digest[:32].upper(), str(cp.size),
              _b32u(bytes.fromhex(cp.head)), _b32u(bytes.fromhex(cp.signature))]
    if cp.audit_size is not None and cp.audit_head is not None:
        fields[0] = QR_PREFIX_2
        fields += [str(cp.audit_size), _b32u(bytes.fromhex(cp.audit_head))]
    return ":".join(fields)


@dataclass(frozen=True)
class Claim:
    """What the person checking typed or scanned."""

    volume: int
    page_no: int
    mac: str
    digest_prefix: str | None = None
    checkpoint: Checkpoint | None = None


# Letters a person misreads for the digits (and U, which Crockford leaves out) typed as meant.
_LOOKALIKES = str.maketrans("OILU", "011V")


def _norm(text: str) -> str:
    text = text.strip().upper().replace(" ", "")
    return text.translate(_LOOKALIKES)


def _number(text: str) -> int:
    """A volume or page number: ASCII digits only (``int`` would take "+1", "1_0", "١")."""
    if not (0 < len(text) <= MAX_NUMBER_DIGITS and text.isascii() and text.isdigit()):
        raise ValueError("number")
    return int(text)


def parse_code(code: str) -> Claim:
    """``1-12-K7QF2-9XMHD`` (dashes optional in the 10-letter part). ValueError for any
    text that is not one (the caller reports the page as not checkable)."""
    if not isinstance(code, str) or len(code) > MAX_CODE:
        raise ValueError("code")
    text = code.strip().upper().replace(" ", "")
    parts = text.split("-")
    if len(parts) < 3:
        raise ValueError("code")
    volume, page_no = _number(parts[0]), _number(parts[1])
    mac = _norm("".join(parts[2:]))
    if len(mac) != 10 or any(ch not in _B32 for ch in mac):
        raise ValueError("code")
    return Claim(volume, page_no, mac)


def parse_qr(payload: str, vault_id: str) -> Claim:
    """The QR text of :func:`qr_payload`; ValueError for any text that is not one."""
    if not isinstance(payload, str) or len(payload) > MAX_QR:
        raise ValueError("qr")
    parts = payload.strip().upper().split(":")
    if not ((len(parts) == 8 and parts[0] == QR_PREFIX)
            or (len(parts) == 10 and parts[0] == QR_PREFIX_2)):
        raise ValueError("qr")
    try:
        volume, page_no = _number(parts[1]), _number(parts[2])
        sizes = [_size(parts[5])] + ([_size(parts[8])] if len(parts) == 10 else [])
        heads = [_unb32u(parts[6]).hex()] + ([_unb32u(parts[9]).hex()] if len(parts) == 10
                                              else [])
        cp = Checkpoint.checked(vault_id, sizes[0], heads[0], _unb32u(parts[7]).hex(),
                                *(sizes[1:] + heads[1:]))
    except (ValueError, binascii.Error, DalelError):
        raise ValueError("qr") from None
    mac = _norm(parts[3])
    digest_prefix = parts[4].lower()
    if len(mac) != 10 or any(ch not in _B32 for ch in mac) or len(digest_prefix) != 32:
        raise ValueError("qr")
    return Claim(volume, page_no, mac, digest_prefix, cp)


def _size(text: str) -> int:
    if not (0 < len(text) <= 19 and text.isascii() and text.isdigit()):
        raise ValueError("size")
    return int(text)   # Checkpoint.checked bounds it to SQLite's integers
