"""The standing fault sweep (issue 13), a sample of it: each operation with a disk call
failing early, in the middle and at the end of what it does, EIO once and ENOSPC from then
on. ``tools/fault_sweep.py`` runs every N (docs/RELIABILITY.md, "Fault injection"); this
keeps the same checks (see ``tests/faults/sweep.py``) on every test run."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.faults.inject import Plan
from tests.faults.sweep import OPERATIONS, Base, count_calls, fast_kdf, run_once


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    with fast_kdf():
        return Base(Path(tmp_path_factory.mktemp("faults")))


@pytest.mark.parametrize("op", OPERATIONS)
def test_a_failing_disk_call_leaves_a_sound_vault_and_one_clear_error(base, op, caplog):
    caplog.set_level(logging.CRITICAL)
    with fast_kdf():
        counts = count_calls(base, op)
        # A failing disk in the middle of the work, once; a disk full from the middle on.
        plans = [Plan("EIO", max(1, counts["EIO"] // 2)),
                 Plan("ENOSPC", max(1, counts["ENOSPC"] // 2), persistent=True)]
        outcomes = [run_once(base, op, plan, f"{op}-{i}") for i, plan in enumerate(plans)]
    failed = [o for o in outcomes if not o.ok]
    assert not failed, "\n".join(f"{o.kind} N={o.n}: {o.problems}" for o in failed)
    assert any(o.message for o in outcomes)      # some fault was told, not only absorbed
