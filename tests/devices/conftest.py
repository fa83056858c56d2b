from __future__ import annotations

import pytest

from app.i18n import set_language


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English; other suites may leave another language set."""
    set_language("en")
