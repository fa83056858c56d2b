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
Swap is the other way memory reaches a disk: the installation notes ask for encrypted swap
or none (README, "Known limits").
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os

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
        resource = None                      # type: ignore[assignment]
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
