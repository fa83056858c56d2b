"""Fault injection (issue 13): the N-th call that reaches a watched disk fails.

Watched are the folders given (the vault, the card, the folder a PDF goes to); a call is
one of the file-system calls the program makes on them — ``os.open``/``read``/``readv``/
``write``/``fsync``/``ftruncate``/``replace``/``rename``/``unlink``/``mkdir``, ``open()``
and the reads and writes of the file it returns, ``syncfs`` — or one statement on the
SQLCipher index (a connection to a watched file is wrapped: the index's own file writes
happen inside SQLite, where Python cannot reach them, so the fault is raised where SQLite
would report it — the statement or the COMMIT — with SQLite's own result code).

Two kinds: ``EIO`` may hit any call (a failing disk or card); ``ENOSPC`` only calls that
write (a full disk never fails a read). Transient: only the N-th call fails; persistent:
every call from the N-th on. ``Plan(n=None)`` fails nothing and counts the calls, to know
how far to sweep.

Used by ``tests/faults/test_fault_sweep.py`` (a sample of N) and ``tools/fault_sweep.py``
(every N)."""

from __future__ import annotations

import builtins
import ctypes
import errno as errnos
import io
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

import app.fsutil
import app.ingest.store

KINDS = {"EIO": errnos.EIO, "ENOSPC": errnos.ENOSPC}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
SQL_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT", "CREATE", "DROP", "ALTER",
              "PRAGMA WAL_CHECKPOINT", "PRAGMA USER_VERSION =")
# SQLite's result code and text for each kind, as the real disk would make it answer.
SQL_ERRORS = {errnos.EIO: (10, "SQLITE_IOERR", "disk I/O error"),
              errnos.ENOSPC: (13, "SQLITE_FULL", "database or disk is full")}


@dataclass
class Plan:
    kind: str = "EIO"
    n: int | None = None            # None: count only
    persistent: bool = False
    calls: int = 0                  # calls of this kind seen so far
    reads: int = 0
    writes: int = 0
    fired: list[str] = field(default_factory=list)
    trace: list[str] | None = None   # every counted call, when a list is given
    only: Callable[[str], bool] | None = None   # count (and fail) only these calls
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def code(self) -> int:
        return KINDS[self.kind]

    def hit(self, what: str, write: bool) -> bool:
        """Count the call; True when it must fail."""
        if self.only is not None and not self.only(what):
            return False
        with self.lock:
            if write:
                self.writes += 1
            else:
                self.reads += 1
            if self.kind == "ENOSPC" and not write:
                return False
            self.calls += 1
            if self.trace is not None:
                self.trace.append(what)
            if self.n is None:
                return False
            fail = self.calls == self.n or (self.persistent and self.calls > self.n)
            if fail:
                self.fired.append(what)
            return fail


class Injector:
    def __init__(self, roots: list[Path], plan: Plan, dbs: tuple[Any, ...] = ()) -> None:
        self.roots = [str(Path(r).resolve()) for r in roots]
        self.plan = plan
        self.dbs = dbs      # open ``Database`` objects whose connection is wrapped too
        self.fds: set[int] = set()
        self._saved: list[tuple[Any, str, Any]] = []

    # -- what is watched -------------------------------------------------------------------
    def watched(self, path: Any) -> bool:
        if isinstance(path, int):
            return path in self.fds
        try:
            text = os.fspath(path)
        except TypeError:
            return False
        if isinstance(text, bytes):
            text = os.fsdecode(text)
        if text.startswith("file:"):
            text = text[5:].split("?", 1)[0]
        full = os.path.abspath(text)
        return any(full == r or full.startswith(r + os.sep) for r in self.roots)

    def check(self, what: str, write: bool, target: Any) -> None:
        if self.watched(target) and self.plan.hit(what, write):
            raise OSError(self.plan.code, os.strerror(self.plan.code), str(target))

    # -- patching ----------------------------------------------------------------------------
    def _patch(self, owner: Any, name: str, value: Any) -> None:
        self._saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, value)

    def __enter__(self) -> Injector:
        real = {n: getattr(os, n) for n in ("open", "read", "write", "fsync", "ftruncate",
                                            "replace", "rename", "unlink", "remove",
                                            "mkdir", "close")}
        real_readv = getattr(os, "readv", None)
        me = self

        def os_open(path: Any, flags: int, mode: int = 0o777, *a: Any, **k: Any) -> int:
            me.check("open", bool(flags & WRITE_FLAGS), path)
            fd = real["open"](path, flags, mode, *a, **k)
            if me.watched(path):
                me.fds.add(fd)
            return fd

        def os_close(fd: int) -> None:
            me.fds.discard(fd)
            real["close"](fd)

        def fd_call(name: str, write: bool) -> Any:
            def call(fd: int, *a: Any, **k: Any) -> Any:
                me.check(name, write, fd)
                return real[name](fd, *a, **k)
            return call

        def path_call(name: str) -> Any:
            # Deleting never needs room: a full disk does not refuse it (EIO only).
            write = name not in ("unlink", "remove")

            def call(src: Any, *a: Any, **k: Any) -> Any:
                dst = a[0] if a and name in ("replace", "rename") else None
                if dst is not None and me.watched(dst):
                    me.check(name, write, dst)
                else:
                    me.check(name, write, src)
                return real[name](src, *a, **k)
            return call

        def readv(fd: int, bufs: Any) -> int:
            me.check("readv", False, fd)
            assert real_readv is not None
            return real_readv(fd, bufs)

        for name in ("open", "close"):
            self._patch(os, name, os_open if name == "open" else os_close)
        for name, write in (("read", False), ("write", True), ("fsync", True),
                            ("ftruncate", True)):
            self._patch(os, name, fd_call(name, write))
        for name in ("replace", "rename", "unlink", "remove", "mkdir"):
            self._patch(os, name, path_call(name))
        if real_readv is not None:
            self._patch(os, "readv", readv)
            self._patch(app.fsutil, "_READV", readv)

        real_file_open = io.open

        def file_open(file: Any, mode: str = "r", *a: Any, **k: Any) -> Any:
            if not me.watched(file):
                return real_file_open(file, mode, *a, **k)
            write = any(c in mode for c in "wax+")
            me.check("open", write, file)
            return WatchedFile(real_file_open(file, mode, *a, **k), me, file)

        self._patch(builtins, "open", file_open)
        self._patch(io, "open", file_open)

        real_syncfs = app.ingest.store._SYNCFS
        if real_syncfs is not None:
            def syncfs(fd: int) -> int:
                if me.watched(fd) and me.plan.hit("syncfs", True):
                    ctypes.set_errno(me.plan.code)
                    return -1
                return int(real_syncfs(fd))
            self._patch(app.ingest.store, "_SYNCFS", syncfs)

        real_connect = sqlcipher3.connect

        def connect(database: Any, *a: Any, **k: Any) -> Any:
            con = real_connect(database, *a, **k)
            return WatchedConnection(con, me) if me.watched(database) else con

        self._patch(sqlcipher3, "connect", connect)
        for db in self.dbs:
            with db.lock:
                db.con = WatchedConnection(db.con, self)
        return self

    def __exit__(self, *exc: object) -> None:
        while self._saved:
            owner, name, value = self._saved.pop()
            setattr(owner, name, value)
        for db in self.dbs:
            with db.lock:
                if isinstance(db.con, WatchedConnection):
                    db.con = db.con._con


class WatchedFile:
    """A file object whose reads and writes are calls on the watched disk."""

    def __init__(self, fh: Any, injector: Injector, path: Any) -> None:
        self._fh = fh
        self._inj = injector
        self._path = path
        self._dirty = False     # written since the last flush: a flush or close writes

    def _check(self, what: str, write: bool) -> None:
        if self._inj.plan.hit(what, write):
            raise OSError(self._inj.plan.code, os.strerror(self._inj.plan.code),
                          str(self._path))

    def read(self, *a: Any) -> Any:
        self._check("read", False)
        return self._fh.read(*a)

    def readinto(self, b: Any) -> Any:
        self._check("readinto", False)
        return self._fh.readinto(b)

    def readline(self, *a: Any) -> Any:
        self._check("readline", False)
        return self._fh.readline(*a)

    def write(self, data: Any) -> Any:
        self._check("write", True)
        self._dirty = True
        return self._fh.write(data)

    def flush(self) -> None:
        if self._dirty:
            self._check("flush", True)
            self._dirty = False
        self._fh.flush()

    def close(self) -> None:
        if self._dirty and not self._fh.closed:
            self._dirty = False
            try:
                self._check("close", True)
            except OSError:
                self._fh.close()    # the descriptor goes; the buffered data does not
                raise
        self._fh.close()

    def __iter__(self) -> Iterator[Any]:
        self._check("read", False)
        return iter(self._fh)

    def __enter__(self) -> WatchedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)


class WatchedConnection:
    """A SQLCipher connection whose statements are calls on the watched disk: a write
    statement or COMMIT fails with SQLITE_FULL or SQLITE_IOERR, a read with SQLITE_IOERR."""

    def __init__(self, con: Any, injector: Injector) -> None:
        self._con = con
        self._inj = injector

    def _check(self, sql: str) -> None:
        head = " ".join(sql.split()).upper()
        if head.startswith(("BEGIN", "ROLLBACK", "PRAGMA KEY", "PRAGMA CIPHER_LOG")):
            return
        write = head.startswith(SQL_WRITES) or ("COMMIT" in head and ";" in head)
        if self._inj.plan.hit(f"sql {head[:30]}", write):
            code, name, text = SQL_ERRORS[self._inj.plan.code]
            exc = dbapi2.OperationalError(text)
            exc.sqlite_errorcode = code
            exc.sqlite_errorname = name
            raise exc

    def execute(self, sql: str, *a: Any) -> Any:
        self._check(sql)
        return self._con.execute(sql, *a)

    def executemany(self, sql: str, *a: Any) -> Any:
        self._check(sql)
        return self._con.executemany(sql, *a)

    def executescript(self, sql: str) -> Any:
        self._check(sql)
        return self._con.executescript(sql)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("_con", "_inj"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._con, name, value)


@contextmanager
def faults(roots: list[Path], plan: Plan, dbs: tuple[Any, ...] = ()) -> Iterator[Plan]:
    with Injector(roots, plan, dbs):
        yield plan
