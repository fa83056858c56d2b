"""Shared fixtures: a real temporary encrypted vault per test, a clock tests can move."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DALEL_LANG", "en")

from app.clock import FakeClock
from app.model import keyslots, vault
from app.model.custody import Checklist
from app.model.keyslots import KdfParams

OFFICER_PW = "officer-pass-1"
HEAD_PW = "head-pass-22"
# The floor of the design notes: tests may not go below it either, only skip calibration.
TEST_KDF = KdfParams()


_REAL_DERIVE = keyslots.derive
# Monday 23 Nov 2026, 09:00 in Almaty (UTC+5).
CLOCK_START = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(CLOCK_START)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


def _create(path: Path, clock: FakeClock) -> vault.VaultSession:
    return vault.create(
        path,
        vault.Person("Ахметов", "Серік", "OF-1", patronymic="Қайратұлы",
                     position="жауапты тұлға"),
        OFFICER_PW,
        vault.Person("Омарова", "Әйгерім", "HD-1", position="басшы"),
        HEAD_PW,
        office=vault.Office(agency="veterinary", unit_name="Алматы облысы аумақтық инспекциясы"),
        clock=clock, kdf=TEST_KDF)


@pytest.fixture(scope="session")
def fresh_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, bytes]:
    """One vault created per test run (per worker) and copied for each test: creating one
    costs two key derivations and the migrations (0.4 s), a copy 3 ms. Made at the clock
    fixture's start time, as every test's own would be; every copy has the same keys."""
    path = tmp_path_factory.mktemp("template") / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "derive", _REAL_DERIVE)   # whichever test asked first
        s = _create(path, FakeClock(CLOCK_START))
    made = (path, s.vault_id, bytes(s.master_key))
    s.lock()
    return made


@pytest.fixture
def session(vault_dir: Path, clock: FakeClock, fresh_vault: tuple[Path, str, bytes]
            ) -> Iterator[vault.VaultSession]:
    """A vault as the officer has just created it (R2), still open: the session
    ``vault.create`` returns, on a copy of the run's template."""
    if clock.now() != CLOCK_START or keyslots.derive is not _REAL_DERIVE:
        s = _create(vault_dir, clock)   # a moved clock, or a stand-in KDF for slot tests
    else:
        from app.model.crypto import LABEL_INDEX, hkdf
        from app.model.db import Database

        template, vault_id, master = fresh_vault
        shutil.copytree(template, vault_dir)
        key = bytearray(master)
        s = vault.VaultSession(vault_dir, vault_id, "officer", key,
                               Database(vault_dir / "index.db", hkdf(key, LABEL_INDEX),
                                        log_path=vault_dir / "logs" / "sqlcipher.log"),
                               clock)
    yield s
    s.lock()


@pytest.fixture
def stocked(session: vault.VaultSession) -> vault.VaultSession:
    """A vault with two inspectors, three cameras and three cards."""
    reg = session.registers
    reg.add_staff("Сейітов", "Ерлан", "IN-1")
    reg.add_staff("Жұмабаева", "Гүлнұр", "IN-2", patronymic="Серікқызы")
    for n in (1, 2, 3):
        reg.add_device("camera", f"BK-00{n}", serial=f"SN-{n}", model="Sim Cam",
                       in_service="2024-01-15")
        reg.add_device("card", f"MC-00{n}", serial=f"CARD-{n}", model="32GB")
    return session


@pytest.fixture
def ok_checklist() -> Checklist:
    return Checklist.all_ok(battery_percent=95)


@pytest.fixture
def no_direct_io(monkeypatch):
    """The file system refuses O_DIRECT at open, as tmpfs, some shares and Windows do."""
    import errno
    import os

    import app.model.uncached as uncached

    real_open = os.open

    def no_direct(p, flags, *a):
        if flags & getattr(os, "O_DIRECT", 0):
            raise OSError(errno.EINVAL, "Invalid argument")
        return real_open(p, flags, *a)

    monkeypatch.setattr(uncached.os, "open", no_direct)
