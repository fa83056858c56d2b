"""Keep the process's memory off the disk: no core dumps, no reading by other processes.

Why: while the vault is unlocked this process holds its master key, the index key and, during
an ingest or a review, plaintext footage in its buffers. A crash with core dumps on
(``systemd-coredump`` keeps them under ``/var/lib/systemd/coredump``) would write all of
that to the disk in the clear; any other program running as the same user could read it
through ``/proc/<pid>/mem`` or ptrace. Both are closed here, once, at program start
(Linux: ``RLIMIT_CORE`` 0 and ``PR_SET_DUMPABLE`` 0; elsewhere the core-size limit where
the platform has one).

This, not SQLCipher's ``cipher_memory_security``, is how the index's memory is kept off the
disk (see :class:`app.model.db.Database`): that setting ``mlock``-ed each SQLite allocation
separately, which the kernel caps at ``RLIMIT_MEMLOCK`` (8 MiB for a desktop user, so most
of the 64 MiB page cache was never locked), and it cost 6x per index row and a quarter of
a photo card's ingest time. SQLCipher locks and wipes its own key material regardless.
Swap is the other way memory reaches a disk, and no program can close it alone:
:func:`unencrypted_swap` names every swap area that is not on an encrypted device, and the
Today page asks for encrypted swap or none (README, "Known limits").
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
from collections.abc import Callable
from pathlib import Path

from app.fsutil import linux_libc

log = logging.getLogger(__name__)

_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3
_PRCTL = linux_libc("prctl", [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                              ctypes.c_ulong])
# Developers attach a profiler or debugger to a running program; an office never sets this.
ALLOW_DEBUG_ENV = "DALEL_ALLOW_DEBUG"


def harden_process() -> dict[str, bool]:
    """No core dumps, not dumpable (Linux). Returns what took effect, for the log; a
    platform or sandbox that refuses either still runs (best effort, never fatal)."""
    done = {"core_dumps_off": False, "not_dumpable": False}
    if os.environ.get(ALLOW_DEBUG_ENV):
        log.warning("%s is set: core dumps and debugger access stay allowed", ALLOW_DEBUG_ENV)
        return done
    try:
        import resource
    except ImportError:                      # Windows: no core files to turn off
        resource = None                      # type: ignore[assignment]  # a module or None
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done["core_dumps_off"] = True
    if _PRCTL is not None and _PRCTL(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
        done["not_dumpable"] = is_dumpable() is False
    log.info("process hardening: %s", done)
    return done


def is_dumpable() -> bool | None:
    """Whether the kernel would write a core file or let a same-user process attach
    (None where it cannot be asked)."""
    if _PRCTL is None:
        return None
    return bool(_PRCTL(_PR_GET_DUMPABLE, 0, 0, 0, 0))


def unencrypted_swap(swaps: Path = Path("/proc/swaps"), sys_root: Path = Path("/sys"),
                     device_of: Callable[[str], str | None] | None = None) -> list[str]:
    """Swap areas that are not known to be encrypted (Linux; elsewhere, and where the list
    cannot be read, none). Encrypted: on a dm-crypt device, directly or beneath LVM or
    RAID (its ``slaves`` are followed), or zram, which is memory. A swap file counts as
    its file system's device; one whose device cannot be found is reported, not assumed
    safe."""
    try:
        lines = swaps.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return []
    device_of = device_of or (lambda path: _device_of_file(path, sys_root))
    exposed = []
    for line in lines:
        fields = line.split()
        if len(fields) < 2:
            continue
        # /proc/swaps escapes spaces in names as \040
        area, kind = fields[0].replace("\\040", " "), fields[1]
        name = (os.path.basename(os.path.realpath(area)) if kind == "partition"
                else device_of(area))
        if name is None or not _encrypted(name, sys_root):
            exposed.append(area)
    return exposed


def _device_of_file(path: str, sys_root: Path) -> str | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    link = sys_root / "dev" / "block" / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    return os.path.basename(os.path.realpath(link)) if link.exists() else None


def _encrypted(name: str, sys_root: Path, depth: int = 0) -> bool:
    if name.startswith("zram"):
        return True
    block = sys_root / "class" / "block" / name
    with contextlib.suppress(OSError):
        if (block / "dm" / "uuid").read_text(encoding="ascii").startswith("CRYPT-"):
            return True
    try:
        below = [p.name for p in (block / "slaves").iterdir()]
    except OSError:
        return False
    return bool(below) and depth < 8 and all(_encrypted(b, sys_root, depth + 1)
                                             for b in below)
