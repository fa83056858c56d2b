"""Identity guards (issue 12 item 4): the vault's id and its signing key are fixed at
creation, and no setting row is ever deleted. Who holds the officer's and the head's role
may change, but only through a designation recorded in the audit log (R1, R2); ``verify``
compares those settings with that record, so no trigger is needed for them.
"""

from __future__ import annotations

SQL = """
CREATE TRIGGER settings_identity_fixed BEFORE UPDATE ON settings
WHEN OLD.key IN ('vault_id', 'signing_public_key') OR NEW.key <> OLD.key
BEGIN SELECT RAISE(ABORT, 'the vault id and signing key never change (R3)'); END;
CREATE TRIGGER settings_no_delete BEFORE DELETE ON settings
BEGIN SELECT RAISE(ABORT, 'settings rows are not deleted'); END;
"""


def sql() -> str:
    return SQL
