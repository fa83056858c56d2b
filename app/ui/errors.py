"""Failures shown in words a non-programmer understands, in their language.

``show_error`` turns a DalelError into its translated message; anything unexpected is
logged with its traceback and shown as a short dialog. ``install_excepthook`` routes every
uncaught exception (slots included) the same way, so the program never dies silently.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import CorruptVault, DalelError, StorageError
from app.ui.dialogs import MessageBox

log = logging.getLogger(__name__)


def message_for(exc: BaseException) -> str:
    if isinstance(exc, DalelError):
        return exc.localized()
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The computer refused a file operation: {reason}.").format(
            reason=exc.strerror or str(exc))
    return QCoreApplication.translate(
        "Errors", "Something went wrong that the program did not expect. Nothing was lost: "
                  "every record is written whole or not at all. The details are in the log "
                  "file; please show it to your IT support.")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if not isinstance(exc, DalelError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    text = message_for(exc)
    if isinstance(exc, CorruptVault | StorageError) or not isinstance(exc, DalelError):
        MessageBox.critical(parent, QCoreApplication.translate("Errors", "Error"), text)
    else:
        MessageBox.warning(parent, QCoreApplication.translate("Errors", "Cannot do that"),
                           text)


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None
               ) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is not None:
        show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    sys.excepthook = excepthook
