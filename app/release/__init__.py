"""Releasing a copy of stored footage with the head's permission (R10): the service
(``service``), the package's safe file names (``names``) and its printable manifest
(``pdf``). The check of a package needs no vault and lives in ``app.package_check``."""

from app.release.service import (
    FIELDS,
    ReleaseCancelled,
    ReleaseRequest,
    ReleaseResult,
    check_head_password,
    missing_fields,
    release,
)

__all__ = ["FIELDS", "ReleaseCancelled", "ReleaseRequest", "ReleaseResult",
           "check_head_password", "missing_fields", "release"]
