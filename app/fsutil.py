"""Writes that never leave half a file: temp file in the same folder, fsync, rename, fsync
the folder (Picard's atomic_write, KeePassXC's QSaveFile)."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
from pathlib import Path
from typing import Any

from app.errors import StorageError
from app.i18n import QT_TRANSLATE_NOOP, Phrase


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The operating system's common reasons in the user's words (its own strerror is English).
OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("core", "there is no such file or folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("core", "a part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("core", "it is a folder, not a file"),
    errno.EACCES: QT_TRANSLATE_NOOP("core", "access is denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("core", "access is denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("core", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("core", "the disk is read-only"),
    errno.EIO: QT_TRANSLATE_NOOP("core", "the disk reported a read/write error"),
}


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, for a message's ``{reason}``: a common reason in the
    user's language (a ``Phrase``: English as data, translated when shown), any other as
    the system words it."""
    word = OS_REASONS.get(exc.errno or 0)
    return Phrase(word) if word else (exc.strerror or str(exc))


def storage_error(exc: OSError, what: Path | str, reading: bool = False) -> StorageError:
    """The disk's refusal in the user's words (exit 8); ``reading`` for a file read, not
    written (a backup drive's, a card's). The reason is always in the user's language where
    it is one of the common ones (``os_reason``)."""
    if exc.errno == errno.ENOSPC:
        return StorageError(
            QT_TRANSLATE_NOOP("core", "The disk is full while writing {what}. Nothing was lost; "
                              "free some space and try again."), what=str(what))
    if exc.errno == errno.EROFS:
        return StorageError(QT_TRANSLATE_NOOP("core", "The disk is read-only: {what}."),
                            what=str(what))
    if exc.errno == errno.EIO:
        return StorageError(QT_TRANSLATE_NOOP("core", "The disk reported a read/write error "
                                              "on {what}."), what=str(what))
    if reading:
        return StorageError(QT_TRANSLATE_NOOP("core", "Could not read {what}: {reason}."),
                            what=str(what), reason=os_reason(exc))
    return StorageError(QT_TRANSLATE_NOOP("core", "Could not write {what}: {reason}."),
                        what=str(what), reason=os_reason(exc))


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            view = memoryview(data)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc, path) from exc


def linux_libc(name: str, argtypes: list[Any]) -> Any:
    """A libc function with an ``int`` result, on Linux only (else None): for the system
    calls Python's ``os`` module lacks (``syncfs``, ``sync_file_range``)."""
    if not hasattr(os, "uname") or os.uname().sysname != "Linux":
        return None
    try:
        fn = getattr(ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True), name)
    except (OSError, AttributeError):
        return None
    fn.argtypes = argtypes
    fn.restype = ctypes.c_int
    return fn


_SYNC_FILE_RANGE = linux_libc("sync_file_range", [ctypes.c_int, ctypes.c_int64, ctypes.c_int64,
                                                    ctypes.c_uint])
_SYNC_FILE_RANGE_WRITE = 2


def start_writeback(fd: int, offset: int, nbytes: int) -> None:
    """Ask the kernel to start writing a range of a file to the disk now, without waiting.

    Only an optimisation, never a durability promise (the ``fsync`` at the end is that): the
    disk writes the first part of a large blob while the rest is still being encrypted, so
    the final ``fsync`` has little left to wait for. A no-op where unsupported."""
    if _SYNC_FILE_RANGE is not None:
        _SYNC_FILE_RANGE(fd, offset, nbytes, _SYNC_FILE_RANGE_WRITE)


def read_into(fd: int, view: memoryview) -> int:
    """``readinto`` for a raw descriptor: into a buffer that is reused, no new ``bytes``
    per read (see app/model/buffers.py). Windows has no ``readv``: there one read is copied
    in, which costs an allocation but reads the same bytes."""
    if _READV is not None:
        return _READV(fd, [view])
    data = os.read(fd, len(view))
    view[:len(data)] = data
    return len(data)


_READV = getattr(os, "readv", None)


def is_within(folder: Path, path: Path) -> bool:
    """Whether ``path`` is ``folder`` or inside it, links followed (a vault's folder, where
    no backup or released plaintext may go)."""
    here, there = folder.resolve(), path.resolve()
    return there == here or here in there.parents
