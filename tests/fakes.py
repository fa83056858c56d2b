"""Stand-ins shared by the tests: a key derivation in microseconds, small recordings, and
the one-line check of a CLI error. One copy each, imported where needed."""

from __future__ import annotations

import hashlib
from typing import Any

from app.model import keyslots
from app.model.footage import FootagePart, NewFootage
from app.model.keyslots import KdfParams


def cheap_derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    """Tests about files, arguments and exit codes, not Argon2id (0.3-1 s a derivation on 2
    cores at the floor): a derivation that still depends on the password, the salt and the
    parameters, so a wrong password or a changed slot is still told apart. Absurd
    parameters must have been refused before a derivation is asked for."""
    assert params.m_kib <= keyslots.MAX_M_KIB and params.t <= keyslots.MAX_T
    return hashlib.blake2b(password.encode() + b"\0" + salt + repr(params).encode(),
                           digest_size=32).digest()


def use_cheap_derive(monkeypatch: Any) -> None:
    monkeypatch.setattr(keyslots, "derive", cheap_derive)


def small_footage(s: Any, period: Any, n: int, tag: str, *, repeat: int = 500,
                  started_at: str | None = None) -> list[NewFootage]:
    """``n`` one-part recordings of the custody ``period`` whose bytes are stored blobs
    (``tag`` makes them differ between calls)."""
    items = []
    for i in range(n):
        blob_id, sha, size = s.blobs.put_bytes(f"{tag}{i}".encode() * repeat)
        name = f"DCIM/{tag}{i}.MP4"
        items.append(NewFootage(sha, size, name, [FootagePart(1, blob_id, name, size, sha)],
                                camera_id=period.camera_id, card_id=period.card_id,
                                inspector_id=period.inspector_id, custody_id=period.id,
                                started_at=started_at or s.now_iso()))
    return items


def one_line(err: str) -> str:
    """A CLI refusal is one line, never a traceback."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]
