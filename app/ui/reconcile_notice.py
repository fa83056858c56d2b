"""Right after every unlock the blob folder is reconciled with the index
(``app.ingest.reconcile``): leftovers of an interrupted write are removed, unknown files
are moved to quarantine (never deleted), recordings whose file is missing and card wipes
that were cut short are reported.
What it found is told in plain words; nothing found, nothing shown."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from app.i18n import NUMERUS, QT_TRANSLATE_NOOP
from app.ingest.reconcile import ReconcileReport, reconcile
from app.ui.dialogs import MessageBox
from app.ui.errors import show_error

if TYPE_CHECKING:
    from app.model.vault import VaultSession

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Reconcile", text)


def _tn(text: str, n: int) -> str:
    # Marked with NUMERUS.translate (lupdate's plural shape); Qt picks the form for n.
    return QCoreApplication.translate("Reconcile", text, None, n)


def describe(report: ReconcileReport) -> tuple[str, bool]:
    """The text for the officer and whether it needs their attention (a box)."""
    lines: list[str] = []
    if report.missing:
        lines.append(_tn(NUMERUS.translate(
            "Reconcile", "%n stored file(s) are missing from the vault folder. Run a vault "
                         "check and restore them from the backup.", None, 0), len(report.missing)))
    if report.quarantined:
        lines.append(_tn(NUMERUS.translate(
            "Reconcile", "%n unknown file(s) in the vault folder were moved to "
                         "blobs/quarantine; nothing was deleted.", None, 0),
            len(report.quarantined)))
    if report.temp_removed or report.staged_dropped:
        lines.append(_tn(NUMERUS.translate(
            "Reconcile", "Leftovers of an interrupted download were cleaned up (%n item(s)).",
            None, 0), report.temp_removed + report.staged_dropped))
    wipes = report.messages() if hasattr(report, "messages") else []
    lines.extend(wipes)  # a card wipe cut short: the next docking finishes it
    return " ".join(lines), bool(report.missing or report.quarantined or wipes)


def reconcile_after_unlock(window: QMainWindow, session: VaultSession) -> ReconcileReport | None:
    try:
        report = reconcile(session)
    except Exception as exc:  # shown in words; the vault stays open
        show_error(window, exc)
        return None
    text, serious = describe(report)
    if text:
        log.warning("reconcile at unlock: %s", report)
        window.statusBar().showMessage(text, 60_000)
        if serious:
            MessageBox.warning(window, _t(QT_TRANSLATE_NOOP(
                "Reconcile", "The vault folder was checked")), text)
    return report
