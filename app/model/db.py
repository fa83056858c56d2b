"""The SQLCipher index: keyed with a raw derived key, one writer, numbered migrations."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from app.errors import CorruptVault, DalelError, ExitCode, StorageError
from app.i18n import QT_TRANSLATE_NOOP
from app.model.migrations import MIGRATIONS, SCHEMA_VERSION

Row = dbapi2.Row


class NewerSchema(DalelError):
    exit_code = ExitCode.NEWER_VAULT


def _storage(exc: Exception) -> DalelError:
    """SQLite's disk troubles in the user's words; the transaction was rolled back whole."""
    text = str(exc).lower()
    if "full" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "core", "The vault disk is full. Nothing was recorded; free some space and try "
                    "again."))
    if "readonly" in text or "read-only" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "core", "The vault is on a read-only disk. Nothing was recorded."))
    if "i/o" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "core", "The vault disk reported a read/write error. Nothing was recorded; check "
                    "the disk."))
    if "locked" in text or "busy" in text:
        return StorageError(QT_TRANSLATE_NOOP(
            "core", "The vault is busy with another program. Nothing was recorded; try again."))
    return StorageError(QT_TRANSLATE_NOOP("core", "The vault index refused the change: "
                                          "{reason}. Nothing was recorded."), reason=str(exc))


class Database:
    """One connection, guarded by one lock: every write goes through ``write()``.

    SQLCipher connections are cheap to key with a raw key (no per-open PBKDF2), but one
    writer keeps the journal's hash chain strictly sequential (Anki, Picard).
    """

    def __init__(self, path: Path, key: bytes, create: bool = False,
                 log_path: Path | None = None) -> None:
        self.path = path
        self.lock = threading.RLock()
        mode = "rwc" if create else "rw"
        if not create and not path.exists():
            raise CorruptVault(QT_TRANSLATE_NOOP("core", "The vault index {path} is missing."),
                               path=str(path))
        try:
            self.con = sqlcipher3.connect(f"file:{path}?mode={mode}", uri=True,
                                          isolation_level=None, check_same_thread=False)
        except dbapi2.Error as exc:
            raise CorruptVault(QT_TRANSLATE_NOOP("core", "The vault index cannot be opened: "
                                                 "{reason}."), reason=str(exc)) from exc
        self.con.row_factory = Row
        try:
            # The key must be the very first statement on the connection.
            self.con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            if log_path is not None:
                self.con.execute(f"PRAGMA cipher_log = '{log_path}'")
                self.con.execute("PRAGMA cipher_log_level = ERROR")
            # cipher_memory_security stays at SQLCipher's default (off since 4.5.0; once on
            # it cannot be turned off for the process). It mlock-ed every SQLite allocation
            # separately: an index row cost 60-70 us instead of 8-10, a card of 2,000 photos
            # spent a quarter of its ingest in mlock/munlock, and the kernel caps such locks
            # at 8 MiB for a desktop user anyway. SQLCipher still locks and wipes its key
            # material; the process is kept out of core dumps and other processes' reach
            # instead (app.hardening).
            # PRAGMA key answers ok even for a wrong key: touch the schema to find out.
            self.con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            self.con.close()
            raise CorruptVault(QT_TRANSLATE_NOOP(
                "core", "The password is right but the vault index is damaged or was "
                        "replaced ({reason}). Restore it from a backup."),
                reason=str(exc)) from exc
        self.con.execute("PRAGMA journal_mode = WAL")
        self.con.execute("PRAGMA synchronous = FULL")
        self.con.execute("PRAGMA temp_store = MEMORY")
        self.con.execute("PRAGMA foreign_keys = ON")
        self.con.execute("PRAGMA busy_timeout = 10000")
        # 64 MiB of decrypted page cache: an index of a million recordings stays in memory
        # instead of being decrypted again on every look-up.
        self.con.execute("PRAGMA cache_size = -65536")
        self.migrate()

    def cipher_version(self) -> str:
        return str(self.con.execute("PRAGMA cipher_version").fetchone()[0])

    @property
    def version(self) -> int:
        return int(self.con.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        with self.lock:
            current = self.version
            if current > SCHEMA_VERSION:
                raise NewerSchema(QT_TRANSLATE_NOOP(
                    "core", "This vault was written by a newer Dalel (schema {found}); "
                            "update the program."), found=current)
            for number, script in MIGRATIONS:
                if number <= current:
                    continue
                # executescript commits any open transaction first, so the whole step,
                # version bump included, is one explicit transaction of its own.
                self.con.executescript(
                    f"BEGIN IMMEDIATE;\n{script()}\nPRAGMA user_version = {number};\nCOMMIT;")

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        with self.lock:
            try:
                self.con.execute("BEGIN IMMEDIATE")
            except dbapi2.OperationalError as exc:
                raise _storage(exc) from exc
            try:
                yield self.con
            except dbapi2.OperationalError as exc:
                self._rollback()
                raise _storage(exc) from exc
            except BaseException:
                self._rollback()
                raise
            try:
                self.con.execute("COMMIT")
            except dbapi2.OperationalError as exc:
                self._rollback()
                raise _storage(exc) from exc

    def _rollback(self) -> None:
        # After SQLITE_FULL or an I/O error SQLite may already have rolled back.
        with contextlib.suppress(dbapi2.Error):
            self.con.execute("ROLLBACK")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        with self.lock:
            return self.con.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with self.lock:
            return self.con.execute(sql, params).fetchone()

    def integrity_check(self) -> list[str]:
        with self.lock:
            rows = self.con.execute("PRAGMA integrity_check").fetchall()
            result = [str(r[0]) for r in rows]
            cipher = self.con.execute("PRAGMA cipher_integrity_check").fetchall()
            result += [str(r[0]) for r in cipher]
        return [r for r in result if r != "ok"]

    def backup_to(self, dest: Path, key: bytes) -> None:
        """Back up through the backup API, never by copying a file with a live -wal."""
        target = sqlcipher3.connect(str(dest))
        target.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        with self.lock:
            self.con.backup(target)
        target.close()

    def close(self) -> None:
        with self.lock, contextlib.suppress(dbapi2.Error):
            self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.con.close()
