"""The SQLCipher index: keyed with a raw derived key, one writer, numbered migrations."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from app.errors import CorruptVault, DalelError, NewerVault, NotFound, StorageError
from app.i18n import QT_TRANSLATE_NOOP, Phrase
from app.model.migrations import MIGRATIONS, SCHEMA_VERSION

Row = dbapi2.Row


class NewerSchema(NewerVault):
    """The index's schema is newer than this program's migrations."""


# SQLite's primary result codes (``exc.sqlite_errorcode & 0xFF``).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB = 26
# Below this much free space an I/O error is told as a full disk: SQLite reports a -shm it
# cannot grow, or a -wal it cannot extend on some file systems, as "disk I/O error".
NEARLY_FULL = 1 << 20


def _code(exc: Exception) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()     # an error raised by the module itself carries no code
    for words, value in (("full", SQLITE_FULL), ("i/o", SQLITE_IOERR),
                         ("readonly", SQLITE_READONLY), ("read-only", SQLITE_READONLY),
                         ("malformed", SQLITE_CORRUPT), ("not a database", SQLITE_NOTADB),
                         ("locked", SQLITE_BUSY), ("busy", SQLITE_BUSY),
                         ("unable to open", SQLITE_CANTOPEN)):
        if words in text:
            return value
    return None


def _free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def _disk_read_only(path: Path) -> bool:
    """The file system is mounted read-only, or the index file is not writable to us."""
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):   # Windows has no statvfs
        pass
    return path.exists() and not os.access(path, os.W_OK)


def newer_schema(found: int) -> NewerSchema:
    return NewerSchema(QT_TRANSLATE_NOOP(
        "core", "This vault was written by a newer Dalel (schema {found}); update the "
                "program."), found=found)


def damaged_index(reason: str) -> CorruptVault:
    return CorruptVault(QT_TRANSLATE_NOOP(
        "core", "The vault index is damaged ({reason}): a part of it fails its check, so "
                "nothing more is written to it. Nothing was recorded; run \"dalel verify\" "
                "to see which part, and restore the index from a backup."), reason=reason)


def empty_index(path: Path) -> CorruptVault:
    """An existing vault's index that is empty, holds no tables or no schema version: it
    was emptied or replaced. Damage (exit 5); nothing is written to it."""
    return CorruptVault(QT_TRANSLATE_NOOP(
        "core", "The vault index {path} is empty or holds no schema: it was emptied or "
                "replaced. Nothing was written to it; restore the index from a backup."),
        path=str(path))


def storage_failure(exc: Exception, path: Path) -> DalelError:
    """SQLite's disk troubles in the user's words; the transaction was rolled back whole.

    Told by SQLite's result code, not its English text. A "read-only" refusal on a disk that
    takes writes is SQLCipher's: after a page fails its HMAC it refuses every write on that
    connection — a damaged index, never a read-only disk."""
    code = _code(exc)
    free = _free_bytes(path.parent)
    if code == SQLITE_FULL or (code in (SQLITE_IOERR, SQLITE_CANTOPEN) and free is not None
                               and free < NEARLY_FULL):
        return StorageError(QT_TRANSLATE_NOOP(
            "core", "The vault disk is full. Nothing was recorded; free some space and try "
                    "again."))
    if code == SQLITE_READONLY:
        # SQLCipher's refusal is the bare code; SQLite's own read-only cases carry an
        # extended one (a moved file, a recovery that needs writing, ...).
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY \
                and not _disk_read_only(path):
            return damaged_index(str(exc))
        return StorageError(QT_TRANSLATE_NOOP(
            "core", "The vault is on a read-only disk. Nothing was recorded."))
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged_index(str(exc))
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_PERM):
        return StorageError(QT_TRANSLATE_NOOP(
            "core", "The vault disk reported a read/write error. Nothing was recorded; check "
                    "the disk."))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageError(QT_TRANSLATE_NOOP(
            "core", "The vault is busy with another program. Nothing was recorded; try again."))
    return StorageError(QT_TRANSLATE_NOOP("core", "The vault index refused the change: "
                                          "{reason}. Nothing was recorded."), reason=str(exc))


def is_damage(exc: Exception) -> bool:
    """SQLite says the index itself is damaged (not the disk, not a busy lock)."""
    return _code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


class Database:
    """One connection, guarded by one lock: every write goes through ``write()``.

    SQLCipher connections are cheap to key with a raw key (no per-open PBKDF2), but one
    writer keeps the journal's hash chain strictly sequential (Anki, Picard).

    ``read_only`` (``dalel verify``): a disk too full to create the WAL's shared-memory file
    still opens — the WAL index is then kept in this process's memory (exclusive locking,
    SQLite's documented way to use WAL without ``-shm``) — and migrations are not run.
    """

    def __init__(self, path: Path, key: bytes, create: bool = False,
                 log_path: Path | None = None, read_only: bool = False) -> None:
        self.path = path
        self.lock = threading.RLock()
        self.read_only = read_only
        self._key = bytes(key)      # to open a fresh connection after a damaged page
        self._log_path = log_path
        # Only ``vault.create`` makes a schema; an existing vault's index that is empty or
        # has none is damage, never a new vault (an emptied file once became one).
        self.created = create
        if not create and not path.exists():
            raise CorruptVault(QT_TRANSLATE_NOOP("core", "The vault index {path} is missing."),
                               path=str(path))
        try:
            self.con = self._connect("rwc" if create else "rw", exclusive=False)
        except StorageError:
            if not read_only:
                raise
            self.con = self._connect("rw", exclusive=True)
        if not read_only:
            self.migrate()
        elif self.version > SCHEMA_VERSION:    # verify reads no schema it does not know
            self.con.close()
            raise newer_schema(self.version)

    def _connect(self, mode: str, exclusive: bool) -> Any:
        try:
            con = sqlcipher3.connect(f"file:{self.path}?mode={mode}", uri=True,
                                     isolation_level=None, check_same_thread=False)
        except dbapi2.Error as exc:
            if not is_damage(exc) and _code(exc) is not None:
                raise storage_failure(exc, self.path) from exc
            raise CorruptVault(QT_TRANSLATE_NOOP("core", "The vault index cannot be opened: "
                                                 "{reason}."), reason=str(exc)) from exc
        con.row_factory = Row
        try:
            # The key must be the very first statement on the connection.
            con.execute(f"PRAGMA key = \"x'{self._key.hex()}'\"")
            if self._log_path is not None:
                con.execute(f"PRAGMA cipher_log = '{self._log_path}'")
                con.execute("PRAGMA cipher_log_level = ERROR")
            if exclusive:
                con.execute("PRAGMA locking_mode = EXCLUSIVE")
            # cipher_memory_security stays at SQLCipher's default (off since 4.5.0; once on
            # it cannot be turned off for the process). It mlock-ed every SQLite allocation
            # separately: an index row cost 60-70 us instead of 8-10, a card of 2,000 photos
            # spent a quarter of its ingest in mlock/munlock, and the kernel caps such locks
            # at 8 MiB for a desktop user anyway. SQLCipher still locks and wipes its key
            # material; the process is kept out of core dumps and other processes' reach
            # instead (app.hardening).
            # PRAGMA key answers ok even for a wrong key: touch the schema to find out.
            tables = int(con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
            version = int(con.execute("PRAGMA user_version").fetchone()[0])
        except dbapi2.DatabaseError as exc:
            con.close()
            if not is_damage(exc):
                # A disk that cannot give the WAL its files is a disk problem, never a
                # damaged index (issue 13).
                raise storage_failure(exc, self.path) from exc
            raise CorruptVault(QT_TRANSLATE_NOOP(
                "core", "The password is right but the vault index is damaged or was "
                        "replaced ({reason}). Restore it from a backup."),
                reason=str(exc)) from exc
        if not self.created and (tables == 0 or version == 0):
            # Checked before the WAL pragma, which would write a header into an empty file.
            con.close()
            raise empty_index(self.path)
        try:
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = FULL")
            con.execute("PRAGMA temp_store = MEMORY")
            con.execute("PRAGMA foreign_keys = ON")
            con.execute("PRAGMA busy_timeout = 10000")
            # 64 MiB of decrypted page cache: an index of a million recordings stays in
            # memory instead of being decrypted again on every look-up.
            con.execute("PRAGMA cache_size = -65536")
        except dbapi2.DatabaseError as exc:
            con.close()
            raise storage_failure(exc, self.path) from exc
        return con

    def reconnect(self) -> None:
        """A fresh connection in place of this one: after SQLCipher met a page that fails
        its HMAC it refuses reads and writes on that connection, also of intact parts;
        ``verify`` goes on to check the rest."""
        with self.lock:
            with contextlib.suppress(dbapi2.Error):
                self.con.close()
            try:
                self.con = self._connect("rw", exclusive=False)
            except StorageError:
                self.con = self._connect("rw", exclusive=True)

    def cipher_version(self) -> str:
        return str(self.con.execute("PRAGMA cipher_version").fetchone()[0])

    @property
    def version(self) -> int:
        return int(self.one("PRAGMA user_version")[0])

    def migrate(self) -> None:
        with self.lock:
            current = self.version
            if current == 0 and not self.created:
                raise empty_index(self.path)     # never a schema made from nothing
            if current > SCHEMA_VERSION:
                raise newer_schema(current)
            for number, script in MIGRATIONS:
                if number <= current:
                    continue
                # executescript commits any open transaction first, so the whole step,
                # version bump included, is one explicit transaction of its own.
                try:
                    self.con.executescript(
                        f"BEGIN IMMEDIATE;\n{script()}\nPRAGMA user_version = {number};\n"
                        "COMMIT;")
                except dbapi2.DatabaseError as exc:
                    self._rollback()
                    raise storage_failure(exc, self.path) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[Any]:
        with self.lock:
            try:
                self.con.execute("BEGIN IMMEDIATE")
            except dbapi2.DatabaseError as exc:
                raise storage_failure(exc, self.path) from exc
            try:
                yield self.con
            except dbapi2.IntegrityError:   # a constraint: the caller's to tell
                self._rollback()
                raise
            except dbapi2.DatabaseError as exc:
                self._rollback()
                raise storage_failure(exc, self.path) from exc
            except BaseException:
                self._rollback()
                raise
            try:
                self.con.execute("COMMIT")
            except dbapi2.DatabaseError as exc:
                self._rollback()
                raise storage_failure(exc, self.path) from exc

    def _rollback(self) -> None:
        # After SQLITE_FULL or an I/O error SQLite may already have rolled back.
        with contextlib.suppress(dbapi2.Error):
            self.con.execute("ROLLBACK")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        with self.lock:
            try:
                return self.con.execute(sql, params).fetchall()
            except dbapi2.DatabaseError as exc:
                raise self.read_failure(exc) from exc

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with self.lock:
            try:
                return self.con.execute(sql, params).fetchone()
            except dbapi2.DatabaseError as exc:
                raise self.read_failure(exc) from exc

    def found(self, sql: str, params: tuple[Any, ...], missing: str, **fields: Any) -> Any:
        """The one row ``sql`` selects, or :class:`NotFound` with the message ``missing``
        (and its ``fields``) when there is none."""
        row = self.one(sql, params)
        if row is None:
            raise NotFound(missing, **fields)
        return row

    def read_failure(self, exc: Exception) -> Exception:
        """A read the index refused: a damaged part, or the disk (an I/O error, a busy
        lock) in the user's words; anything else is the program's own error, kept."""
        if is_damage(exc):
            return damaged_read(exc)
        if _code(exc) in (SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_BUSY,
                          SQLITE_LOCKED, SQLITE_READONLY, SQLITE_PERM):
            return storage_failure(exc, self.path)
        return exc

    def integrity_check(self) -> list[tuple[str, str]]:
        """(part, reason) for each damage SQLite and SQLCipher find; [] when intact.

        A page that fails its HMAC makes SQLCipher refuse that connection everything after
        it, so when something is wrong each table is then checked on a fresh connection:
        the report names the damaged tables and pages, and the checks after this one still
        read the intact parts (issue 13)."""
        with self.lock:
            found: list[tuple[str, str]] = []
            broken = False
            try:
                rows = self.con.execute("PRAGMA integrity_check").fetchall()
                found += [(WHOLE, sqlite_reason(str(r[0]))) for r in rows if str(r[0]) != "ok"]
            except dbapi2.DatabaseError as exc:
                broken = True
                found.append((WHOLE, Phrase(QT_TRANSLATE_NOOP(
                    "core", "the index cannot be read whole: {why}"), why=sqlite_reason(exc))))
            try:
                cipher = self.con.execute("PRAGMA cipher_integrity_check").fetchall()
                found += [(_page_of(str(r[0])), sqlite_reason(str(r[0]))) for r in cipher]
            except dbapi2.DatabaseError as exc:
                broken = True
                found.append((WHOLE, Phrase(QT_TRANSLATE_NOOP(
                    "core", "pages cannot be checked: {why}"), why=sqlite_reason(exc))))
            if not found:
                return []
            self.reconnect()
            tables = [str(r[0]) for r in self.con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            for name in tables:
                self.reconnect()
                try:
                    rows = self.con.execute(f'PRAGMA quick_check("{name}")').fetchall()
                except dbapi2.DatabaseError as exc:
                    broken = True
                    found.append((_table(name), Phrase(QT_TRANSLATE_NOOP(
                        "core", "cannot be read ({why}): a page of it is damaged or was "
                                "altered"), why=sqlite_reason(exc))))
                    continue
                found += [(_table(name), sqlite_reason(str(r[0])))
                          for r in rows if str(r[0]) != "ok"]
            if broken:
                self.reconnect()
            return list(dict.fromkeys(found))     # one line per distinct damage

    def backup_to(self, dest: Path, key: bytes) -> None:
        """Back up through the backup API, never by copying a file with a live -wal."""
        target = sqlcipher3.connect(str(dest))
        target.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        with self.lock:
            self.con.backup(target)
        target.close()

    def close(self) -> None:
        with self.lock:
            try:
                with contextlib.suppress(dbapi2.Error):   # a full disk may refuse it
                    self.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                with contextlib.suppress(dbapi2.Error):
                    self.con.close()


def _page_of(line: str) -> str:
    """"HMAC verification failed for page 4" -> "page 4" (in the user's language)."""
    words = line.split()
    if len(words) > 1 and words[-2] == "page":
        return Phrase(QT_TRANSLATE_NOOP("core", "page {page}"), page=words[-1])
    return WHOLE


def _table(name: str) -> str:
    return Phrase(QT_TRANSLATE_NOOP("core", "table {name}"), name=name)


# A damage report that names no page or table is about the file as a whole.
WHOLE = "index.db"

# What SQLite and SQLCipher say of a damaged index, in words the office can read; anything
# else is passed on as SQLite's own (English) text, introduced as such.
SQLITE_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"database disk image is malformed"),
     QT_TRANSLATE_NOOP("core", "the file's structure is damaged")),
    (re.compile(r"file is not a database"),
     QT_TRANSLATE_NOOP("core", "the file is not this vault's index (overwritten, or another "
                               "key)")),
    (re.compile(r"wrong # of entries in index \w+|row \d+ missing from index \w+"),
     QT_TRANSLATE_NOOP("core", "a search index does not match its table (damaged or "
                               "altered)")),
    (re.compile(r"Tree \d+ page (?P<page>\d+)"),
     QT_TRANSLATE_NOOP("core", "page {page} of the file is damaged")),
    (re.compile(r"HMAC verification failed for page (?P<page>\d+)"),
     QT_TRANSLATE_NOOP("core", "page {page} fails its authentication (damaged or altered)")),
)


def sqlite_reason(what: object) -> str:
    """A damage report of SQLite or SQLCipher as a Phrase in the user's language."""
    text = " ".join(str(what).replace("*** in database main ***", "").split())
    for pattern, words in SQLITE_REASONS:
        found = pattern.search(text)
        if found:
            return Phrase(words, **found.groupdict())
    return Phrase(QT_TRANSLATE_NOOP("core", "SQLite reports: {detail}"), detail=text)


def damaged_read(exc: Exception) -> CorruptVault:
    return CorruptVault(QT_TRANSLATE_NOOP(
        "core", "The vault index is damaged ({reason}). Restore the index from a backup; "
                "while the vault still opens, \"dalel verify\" names the damaged part."),
        reason=sqlite_reason(exc))
