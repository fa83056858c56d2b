"""A vault with a few recordings to release (R10), made in-process from the run's template
vault (tests/conftest.py): no key derivation, no ingest."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model import vault
from app.model.crypto import LABEL_INDEX, hkdf
from app.model.db import Database
from app.model.footage import FootagePart, NewFootage

# Card names as cameras write them, and as a hostile card could: two files of one name in
# two folders, a name that climbs out of its folder, a Windows device name.
CARD_FILES = (
    ("DCIM/100CAM/VID_0001.MP4", b"\x00\x00\x00\x18ftypmp42" + b"video one " * 3000),
    ("DCIM/101CAM/VID_0001.MP4", b"\x00\x00\x00\x18ftypmp42" + b"video two " * 2000),
    ("../../etc/passwd", b"not what it says"),
    ("DCIM/100CAM/con.jpg", b"\xff\xd8\xff photo"),
)


@pytest.fixture
def footage(stocked: vault.VaultSession, ok_checklist) -> vault.VaultSession:
    """The officer's session with IN-1's recordings from BK-001 (issued, returned, stored)."""
    s = stocked
    period = s.custody.issue("IN-1", "BK-001", ok_checklist, card="MC-001", seal="PL-1")
    s.clock.advance(hours=8)
    s.custody.return_camera("BK-001")
    s.clock.advance(minutes=20)
    items = []
    for name, data in CARD_FILES:
        blob_id, sha, size = s.blobs.put_bytes(data)
        items.append(NewFootage(sha, size, name, [FootagePart(1, blob_id, name, size, sha)],
                                camera_id=period.camera_id, card_id=period.card_id,
                                inspector_id=period.inspector_id, custody_id=period.id,
                                media="photo" if name.endswith("jpg") else "video",
                                started_at=period.issued_at, ended_at=period.issued_at))
    with s.db.write() as con:
        s.footage.download_in(con, period.id, period.camera_id, {"files": len(items)}, items)
    s.clock.advance(minutes=5)
    return s


def footage_ids(s: vault.VaultSession) -> list[int]:
    return sorted(f.id for f in s.footage.search())


@pytest.fixture
def head(footage: vault.VaultSession, fresh_vault) -> Iterator[vault.VaultSession]:
    """The head's session on the same vault (as ``dalel --role head`` unlocks it; the
    template's key stands in for the head's password, which tests elsewhere derive)."""
    _template, vault_id, master = fresh_vault
    path: Path = footage.path
    key = bytearray(master)
    s = vault.VaultSession(path, vault_id, "head", key,
                           Database(path / "index.db", hkdf(key, LABEL_INDEX),
                                    log_path=path / "logs" / "sqlcipher.log"), footage.clock)
    yield s
    s.lock()
