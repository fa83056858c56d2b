"""The index's disk troubles told by SQLite's result code (issue 13): a full disk is a full
disk, an I/O error at open is the disk and never a damaged index, SQLCipher's refusal after
a bad page is damage and never a read-only disk; an unlock whose audit entries the disk
refuses leaves the failed attempts in lockout.json for the next unlock."""

from __future__ import annotations

import pytest
from sqlcipher3 import dbapi2

from app.errors import CorruptVault, StorageError, WrongPassword
from app.model import vault
from app.model.crypto import LABEL_INDEX, hkdf
from app.model.db import Database, storage_failure
from tests.conftest import OFFICER_PW
from tests.fakes import use_cheap_derive
from tests.faults.inject import Plan, faults


def _error(text: str, code: int) -> dbapi2.OperationalError:
    exc = dbapi2.OperationalError(text)
    exc.sqlite_errorcode = code
    return exc


def test_sqlite_errors_are_told_by_their_code(tmp_path, monkeypatch):
    index = tmp_path / "index.db"
    index.write_bytes(b"")
    full = storage_failure(_error("database or disk is full", 13), index)
    assert isinstance(full, StorageError) and "disk is full" in full.message
    # SQLCipher after a page failed its HMAC, on a disk that takes writes: damage.
    refused = storage_failure(_error("attempt to write a readonly database", 8), index)
    assert isinstance(refused, CorruptVault) and "read-only" not in str(refused)
    assert isinstance(storage_failure(_error("database disk image is malformed", 11), index),
                      CorruptVault)
    io = storage_failure(_error("disk I/O error", 10 | 19 << 8), index)   # IOERR_SHMSIZE
    assert isinstance(io, StorageError) and "read/write error" in io.message
    # ... and with the disk all but full, the same I/O error is the full disk it is.
    monkeypatch.setattr("app.model.db._free_bytes", lambda path: 4096)
    assert "disk is full" in storage_failure(_error("disk I/O error", 10), index).message


def test_an_index_the_disk_cannot_read_at_open_is_a_disk_error(session, vault_dir):
    key = hkdf(session.master_key, LABEL_INDEX)
    session.lock()
    with faults([vault_dir], Plan("EIO", n=1, persistent=True,
                                  only=lambda what: what.startswith("sql"))):
        with pytest.raises(StorageError, match="read/write error"):
            Database(vault_dir / "index.db", key)
        with pytest.raises(StorageError):
            Database(vault_dir / "index.db", key, read_only=True)
    Database(vault_dir / "index.db", key).close()


@pytest.fixture
def fast_kdf(monkeypatch):
    use_cheap_derive(monkeypatch)


def test_failed_attempts_wait_in_lockout_json_when_the_audit_log_refuses_them(
        fast_kdf, session, vault_dir, clock):
    session.lock()
    for _ in range(2):
        with pytest.raises(WrongPassword):
            vault.unlock(vault_dir, "officer", "not-the-password", clock)
    commits = Plan("ENOSPC", n=1, persistent=True, only=lambda what: what == "sql COMMIT")
    with faults([vault_dir], commits), pytest.raises(StorageError, match="disk is full"):
        vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock)
    assert [e.detail["failures"] for e in s.audit.entries(action="unlock_failed")] == [1, 2]
    assert not s.audit.entries(action="lockout_file_reset")
    s.lock()


def test_a_read_only_unlock_is_not_stopped_by_a_full_disk(fast_kdf, session, vault_dir,
                                                           clock):
    session.lock()
    with faults([vault_dir], Plan("ENOSPC", n=1, persistent=True)):
        s = vault.unlock(vault_dir, "officer", OFFICER_PW, clock, read_only=True)
        assert s.unrecorded == ["unlock"]
        s.lock()                         # silent: a read-only session records if it can
        with pytest.raises(StorageError, match="disk is full"):
            vault.unlock(vault_dir, "officer", OFFICER_PW, clock)


def test_a_lockout_file_the_disk_cannot_even_stat_never_crashes_the_unlock(tmp_path,
                                                                          monkeypatch):
    import errno
    import os

    from app.clock import FakeClock
    from app.model import lockout
    from tests.conftest import CLOCK_START

    path = tmp_path / "lockout.json"
    path.write_text("{}")
    real_lstat = os.lstat

    def failing(p, *a, **k):
        if str(p) == str(path):
            raise OSError(errno.EIO, "Input/output error")
        return real_lstat(p, *a, **k)

    monkeypatch.setattr(os, "lstat", failing)
    monkeypatch.setattr(os, "stat", failing)
    state = lockout.LockoutState(path, FakeClock(CLOCK_START))
    held = state.locked_until("officer")     # unreadable: the usual ten minutes at most
    assert held is None or held.until <= CLOCK_START + lockout.LOCKOUT
