"""The programs' log: one rotating file per program in the user's log folder, never the screen.

Both ``dalel`` and ``dalel-gui`` call :func:`setup_logging` once at start. Every record, a
fault's traceback included, goes to the file; nothing is printed at the desk by a logging
handler (with a handler on the root logger, Python's last-resort handler, which writes
warnings and tracebacks to stderr, is never used; a file that cannot be written is dropped
silently instead of printing "--- Logging error ---"). Python's warnings go to the same file.

What is logged: tracebacks (file names, lines and the exception's text, never local
variables), counts and paths. Passwords, keys and footage are never passed to a logger.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 3


def log_dir() -> Path:
    """``~/.local/state/dalel/log`` on Linux, ``%LOCALAPPDATA%\\dalel\\Logs`` on Windows."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("dalel", appauthor=False))


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose failures (disk full, folder gone) are not printed to stderr:
    the log is for IT support, and losing a line is better than a traceback at the desk."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


class NoLogHandler(logging.NullHandler):
    """Put on the root logger when the log folder cannot be written: records are dropped,
    and the last-resort handler still never prints them."""


def _ours() -> logging.Handler | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, QuietFileHandler | NoLogHandler):
            return handler
    return None


def log_file() -> Path | None:
    """The file the root logger writes to, if :func:`setup_logging` opened one."""
    handler = _ours()
    return Path(handler.baseFilename) if isinstance(handler, QuietFileHandler) else None


def setup_logging(program: str, folder: Path | None = None) -> Path | None:
    """Send every record of this process to ``<log folder>/<program>.log`` (1 MB, three
    older files kept). Returns the file, or None when the folder cannot be written (then
    records are dropped, still never shown). Calling it again changes nothing."""
    if _ours() is not None:
        return log_file()
    folder = folder or log_dir()
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = QuietFileHandler(folder / f"{program}.log", maxBytes=MAX_BYTES,
                                   backupCount=BACKUPS, encoding="utf-8",
                                   errors="backslashreplace")
        with contextlib.suppress(OSError):   # the log names vault paths: the user's alone
            os.chmod(handler.baseFilename, 0o600)
    except (OSError, ValueError):
        handler = NoLogHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    return log_file()


def stop_logging() -> None:
    """Close the file :func:`setup_logging` opened (tests that set it up in-process)."""
    handler = _ours()
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
        logging.captureWarnings(False)
