"""The standing tamper suite (issue 12 item 8): every injected change is seen by the
detector that can see it — plain ``verify`` for anything inside the vault, ``verify
--checkpoint`` (and the printed page) for what only an outside anchor can see (a shortened
or rewritten chain, a rolled-back index) — with no false alarm and no traceback (R3, R7).
The vault with a worked day and footage is built once; each case gets its own copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.model.tamper_cases import CASES, DETECTORS, Base, Case, build, run_case


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    return build(tmp_path_factory.mktemp("tamper-base"))


def test_untampered_copy_raises_no_alarm(base: Base, tmp_path: Path) -> None:
    out = run_case(base, None, tmp_path)
    assert out.traceback is None
    assert out.detected == dict.fromkeys(DETECTORS, False), out.how


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_tamper_is_detected(base: Base, case: Case, tmp_path: Path) -> None:
    out = run_case(base, case, tmp_path)
    assert out.traceback is None, out.traceback
    missed = [d for d in case.must if not out.detected.get(d)]
    assert not missed, (missed, out.how)
    if case.must and "verify" not in case.must:
        # What only an outside anchor sees is also always seen by the checkpoint.
        assert out.detected["checkpoint"], out.how
