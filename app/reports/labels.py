"""What each audit action is called for people (the log stores developer names)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.model.footage import HELD

AUDIT_LABELS: dict[str, str] = {
    "vault_created": QT_TRANSLATE_NOOP("reports", "Vault created"),
    "unlock": QT_TRANSLATE_NOOP("reports", "Unlocked"),
    "unlock_failed": QT_TRANSLATE_NOOP("reports", "Wrong password"),
    "unlock_refused_lockout": QT_TRANSLATE_NOOP("reports", "Unlock refused (locked out)"),
    "lockout": QT_TRANSLATE_NOOP("reports", "Locked out after wrong passwords"),
    "lock": QT_TRANSLATE_NOOP("reports", "Locked"),
    "password_changed": QT_TRANSLATE_NOOP("reports", "Password changed"),
    "slot_reset": QT_TRANSLATE_NOOP("reports", "Password reset"),
    "view": QT_TRANSLATE_NOOP("reports", "Viewed"),
    "export": QT_TRANSLATE_NOOP("reports", "Copy written"),
    "print": QT_TRANSLATE_NOOP("reports", "Printed"),
    "reprint": QT_TRANSLATE_NOOP("reports", "Reprinted"),
    "wipe": QT_TRANSLATE_NOOP("reports", "Card wiped"),
    "settings_changed": QT_TRANSLATE_NOOP("reports", "Setting changed"),
    "verify": QT_TRANSLATE_NOOP("reports", "Vault checked"),
    "clock_backwards": QT_TRANSLATE_NOOP("reports", "The clock moved back"),
    "register_changed": QT_TRANSLATE_NOOP("reports", "Register changed"),
    "release": QT_TRANSLATE_NOOP("reports", "Copy released"),
    "ingest": QT_TRANSLATE_NOOP("reports", "Footage downloaded"),
    "ingest_aborted": QT_TRANSLATE_NOOP("reports", "Download stopped"),
    "clock_set": QT_TRANSLATE_NOOP("reports", "Camera clock set"),
    "tie": QT_TRANSLATE_NOOP("reports", "Card tied to a camera"),
    "battery_override": QT_TRANSLATE_NOOP("reports", "Issued with a low battery"),
    "slot_damaged": QT_TRANSLATE_NOOP("reports", "Damaged key copy found"),
    "slot_repaired": QT_TRANSLATE_NOOP("reports", "Key copy repaired"),
    "slot_rewrapped": QT_TRANSLATE_NOOP("reports", "Key copy renewed"),
    "lockout_file_damaged": QT_TRANSLATE_NOOP("reports", "Lockout file damaged"),
    "lockout_file_reset": QT_TRANSLATE_NOOP("reports", "Lockout file missing or rolled back"),
    "lockout_file_unwritable": QT_TRANSLATE_NOOP("reports", "Lockout file not writable"),
    "officer_designated": QT_TRANSLATE_NOOP("reports", "Responsible officer designated"),
    "identity_sealed": QT_TRANSLATE_NOOP("reports", "Vault identity sealed"),
    "footage_marked": QT_TRANSLATE_NOOP("reports", "Category changed"),
    "footage_note": QT_TRANSLATE_NOOP("reports", "Note added"),
    # Retention (issue 14, R9; a hold is a "footage_marked" record with mark "hold").
    "footage_destroyed": QT_TRANSLATE_NOOP("reports", "Destroyed after its term"),
    "clock_jumped": QT_TRANSLATE_NOOP("reports", "The computer's clock jumped"),
    "clock_confirmed": QT_TRANSLATE_NOOP("reports", "Date confirmed after a clock jump"),
    "clock_checked": QT_TRANSLATE_NOOP("reports", "The computer's clock checked"),
    "backup_started": QT_TRANSLATE_NOOP("reports", "Backup started"),
    "backup_done": QT_TRANSLATE_NOOP("reports", "Backed up"),
    "backup_failed": QT_TRANSLATE_NOOP("reports", "Backup failed"),
    "restored": QT_TRANSLATE_NOOP("reports", "Restored from a backup"),
    "quarantine_purged": QT_TRANSLATE_NOOP("reports", "Quarantine emptied"),
}
OTHER = QT_TRANSLATE_NOOP("reports", "Other record")
# A legal hold (R9) is a "footage_marked" record with mark "hold": it reads as a hold, in the
# words of the Retention tab (a ban on destruction), not as a change of category.
HOLD_SET = QT_TRANSLATE_NOOP("reports", "Hold set: not to be destroyed")
HOLD_LIFTED = QT_TRANSLATE_NOOP("reports", "Hold on destruction lifted")


def audit_label(action: str, detail: Mapping[str, Any] | None = None) -> str:
    """The marked source text of what an audit record did (translate it with "reports")."""
    if action == "footage_marked" and (detail or {}).get("mark") == "hold":
        return HOLD_SET if (detail or {}).get("value") == HELD else HOLD_LIFTED
    return AUDIT_LABELS.get(action, OTHER)
