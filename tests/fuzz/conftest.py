"""The fuzz suite's Hypothesis profiles and its vault (issue 13, item 7).

Profiles (``$DALEL_FUZZ_PROFILE``, default "ci"):

- ``ci``: what every ``pytest`` run uses: 200 examples per test, no deadline, derandomized
  (the same inputs every run, so the suite stays deterministic), no example database.
- ``long``: ``tools/fuzz_long.py``: ``$DALEL_FUZZ_EXAMPLES`` examples per test (10,000 by
  default), random inputs each run, failures printed with their reproduction blob.

A test that must try fewer inputs than the profile, for speed, asks for a share of it with
:func:`share` (``@share(0.25)``), so the long profile scales it too; never a fixed
``max_examples``. ``share(1, long=3)``: a cheap test tries three times the profile's count
in the long run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from app.model import keyslots, vault
from app.model.custody import Checklist
from tests.conftest import HEAD_PW, OFFICER_PW, TEST_KDF
from tests.fakes import cheap_derive

PROFILE_ENV = "DALEL_FUZZ_PROFILE"
EXAMPLES_ENV = "DALEL_FUZZ_EXAMPLES"

settings.register_profile(
    "ci", max_examples=200, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile(
    "long", max_examples=int(os.environ.get(EXAMPLES_ENV, "10000")), deadline=None,
    derandomize=False, database=None, print_blob=True,
    suppress_health_check=list(HealthCheck))
PROFILE = os.environ.get(PROFILE_ENV, "ci")
settings.load_profile(PROFILE)


def share(fraction: float, long: float | None = None) -> settings:
    """Settings for a test that tries ``fraction`` of the profile's examples (at least 10);
    ``long``: another fraction for the long run (cheap tests try more there)."""
    if PROFILE == "long" and long is not None:
        fraction = long
    return settings(max_examples=max(10, int(settings.default.max_examples * fraction)))


class FuzzVault:
    """A stocked vault for the fuzzed commands, made once per module and copied afresh
    every ``refresh`` uses (so the rows the fuzzed commands add never pile up into slow
    listings) or on demand (``fresh()``, for commands that may poison the copy)."""

    def __init__(self, template: Path, work: Path, refresh: int = 200) -> None:
        self.template = template
        self.work = work
        self.refresh = refresh
        self.uses = 0
        self.copies = 0
        self.current = self._copy()

    def _copy(self) -> Path:
        self.copies += 1
        target = self.work / f"vault-{self.copies}"
        shutil.copytree(self.template, target)
        old = self.work / f"vault-{self.copies - 1}"
        if old.exists():
            shutil.rmtree(old, ignore_errors=True)
        return target

    def path(self) -> Path:
        self.uses += 1
        if self.uses % self.refresh == 0:
            self.current = self._copy()
        return self.current

    def fresh(self) -> Path:
        self.current = self._copy()
        return self.current


def _stock(path: Path) -> None:
    s = vault.create(
        path, vault.Person("Ахметов", "Серік", "OF-1"), OFFICER_PW,
        vault.Person("Омарова", "Әйгерім", "HD-1"), HEAD_PW,
        office=vault.Office(agency="veterinary", unit_name="Алматы облысы"), kdf=TEST_KDF)
    try:
        reg = s.registers
        reg.add_staff("Сейітов", "Ерлан", "IN-1")
        reg.add_staff("Жұмабаева", "Гүлнұр", "IN-2")
        for n in (1, 2, 3):
            reg.add_device("camera", f"BK-00{n}", serial=f"SN-{n}", model="Sim Cam",
                           in_service="2024-01-15")
            reg.add_device("card", f"MC-00{n}", serial=f"CARD-{n}", model="32GB")
        reg.insert_card(reg.find_device("MC-001").id, reg.find_device("BK-001").id, "PL-1",
                        "fuzz")
        # A journal with rows: BK-002 out and back, BK-001 out (printouts have pages).
        ok = Checklist.all_ok(battery_percent=95)
        s.custody.issue("IN-2", "BK-002", ok, card="MC-002", seal="PL-2")
        s.custody.return_camera("BK-002")
        s.custody.issue("IN-1", "BK-001", ok, seal="PL-1")
    finally:
        s.lock()


def _scratch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bool]:
    """A folder in memory where there is one (/dev/shm): every unlock writes the audit log
    with ``synchronous=FULL``, and thousands of fsyncs on a disk would be most of the run."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="dalel-fuzz-", dir=shm)), True
    return tmp_path_factory.mktemp("fuzz"), False


@pytest.fixture(scope="module")
def fuzz_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzVault]:
    """The stand-in KDF, the passwords in the environment, English messages, and a working
    folder as the current directory (files a fuzzed command writes land there)."""
    root, in_memory = _scratch(tmp_path_factory)
    try:
        yield from _environment(root)
    finally:
        if in_memory:
            shutil.rmtree(root, ignore_errors=True)


def _environment(root: Path) -> Iterator[FuzzVault]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "derive", cheap_derive)
        mp.setenv("DALEL_PASSWORD", OFFICER_PW)
        mp.setenv("DALEL_HEAD_PASSWORD", HEAD_PW)
        mp.delenv("DALEL_NEW_PASSWORD", raising=False)
        mp.delenv("DALEL_VAULT", raising=False)
        mp.setenv("DALEL_LANG", "en")
        (root / "cwd").mkdir()
        mp.chdir(root / "cwd")
        _stock(root / "template")
        yield FuzzVault(root / "template", root)
