"""An existing vault's index that is empty, holds no tables or no schema version is a
damaged index (exit 5), never a new, empty vault: only ``vault.create`` makes a schema,
and nothing is written to such an index by any unlock, ``verify``'s included."""

from __future__ import annotations

import hashlib

import pytest
import sqlcipher3

from app.errors import CorruptVault, ExitCode
from app.model import vault
from app.model.crypto import LABEL_INDEX, hkdf
from app.model.db import Database
from tests.conftest import OFFICER_PW


def _fingerprint(vault_dir):
    """What is in the index's files now (sizes and bytes), to prove nothing was written."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(vault_dir.glob("index.db*"))}


def _drop_wal(vault_dir):
    for extra in vault_dir.glob("index.db-*"):
        extra.unlink()


@pytest.mark.parametrize("content", [b"", b"\n"])
@pytest.mark.parametrize("read_only", [False, True])
def test_an_emptied_index_is_damage_and_stays_empty(session, vault_dir, clock, content,
                                                    read_only):
    session.lock()
    _drop_wal(vault_dir)
    (vault_dir / "index.db").write_bytes(content)
    before = _fingerprint(vault_dir)
    with pytest.raises(CorruptVault, match="empty or holds no schema") as err:
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock, read_only=read_only)
    assert err.value.exit_code == ExitCode.DAMAGED_VAULT
    assert _fingerprint(vault_dir) == before
    assert (vault_dir / "index.db").read_bytes() == content


def test_a_keyed_index_without_tables_is_damage(session, vault_dir, clock):
    key = hkdf(session.master_key, LABEL_INDEX)
    session.lock()
    _drop_wal(vault_dir)
    (vault_dir / "index.db").unlink()
    con = sqlcipher3.connect(str(vault_dir / "index.db"))
    con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    con.execute("CREATE TABLE t (a)")
    con.execute("DROP TABLE t")      # a real, keyed, but empty index
    con.close()
    before = _fingerprint(vault_dir)
    for read_only in (False, True):
        with pytest.raises(CorruptVault, match="empty or holds no schema"):
            vault.unlock(vault_dir, "officer", OFFICER_PW, clock, read_only=read_only)
    assert _fingerprint(vault_dir) == before


def test_an_index_without_a_schema_version_is_not_migrated(session, vault_dir, clock):
    key = hkdf(session.master_key, LABEL_INDEX)
    session.db.con.execute("PRAGMA user_version = 0")
    session.lock()
    _drop_wal(vault_dir)
    before = _fingerprint(vault_dir)
    with pytest.raises(CorruptVault, match="empty or holds no schema"):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    with pytest.raises(CorruptVault, match="empty or holds no schema"):
        Database(vault_dir / "index.db", key)
    assert _fingerprint(vault_dir) == before


def test_only_create_makes_a_schema(tmp_path):
    key = bytes(range(32))
    path = tmp_path / "index.db"
    path.write_bytes(b"")
    with pytest.raises(CorruptVault):
        Database(path, key)
    assert path.read_bytes() == b""
    db = Database(tmp_path / "new.db", key, create=True)
    assert db.version > 0
    db.close()
