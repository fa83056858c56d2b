"""Screenshots of the docking station on a real (non-demo) vault, in Kazakh and Russian, at
1366x768: three cameras downloading at once, a card in a reader waiting to be tied, and a
card already wiped (issue 11). Run under a real X server (Xvfb)::

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/dock_scene.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scene import OUT, application, close, docked_window, shoot, until  # noqa: E402

from app.clock import FakeClock, from_iso  # noqa: E402
from app.devices.simulated import SimulatedDock  # noqa: E402
from app.model import vault  # noqa: E402
from app.model.custody import Checklist  # noqa: E402
from app.model.keyslots import KdfParams  # noqa: E402
from app.ui import docked_row as D  # noqa: E402
from app.ui.docked_row import State  # noqa: E402
from app.ui.i18n_qt import apply_language  # noqa: E402

STAFF = [("Сейітов", "Ерлан", "IN-1"), ("Жұмабаева", "Гүлнұр", "IN-2"),
         ("Петров", "Андрей", "IN-3"), ("Нұрланов", "Дәурен", "IN-4")]


def build(tmp: Path, clock: FakeClock) -> vault.VaultSession:
    s = vault.create(tmp / "vault", vault.Person("Ахметов", "Серік", "OF-1",
                                                 patronymic="Қайратұлы"), "officer-pass-1",
                     vault.Person("Омарова", "Әйгерім", "HD-1"), "head-pass-22",
                     office=vault.Office("veterinary", "Алматы облыстық аумақтық инспекциясы"),
                     clock=clock, kdf=KdfParams())
    for surname, name, number in STAFF:
        s.registers.add_staff(surname, name, number)
    for n in range(1, 6):
        s.registers.add_device("camera", f"BK-00{n}", serial=f"SN-{n}", model="Body Cam")
        s.registers.add_device("card", f"MC-00{n}", model="64 GB")
    for n in range(1, 5):
        s.custody.issue(f"IN-{n}", f"BK-00{n}", Checklist.all_ok(95), card=f"MC-00{n}",
                        seal=f"PL-{n}")
    clock.advance(hours=8, minutes=40)
    for n in range(1, 5):
        s.custody.return_camera(f"BK-00{n}")
    return s


def dock_recorded(s, dock: SimulatedDock, serial: str, camera: str, **kw) -> None:  # type: ignore[no-untyped-def]
    p = s.custody.last_for_camera(s.registers.find_device(camera).id)
    dock.add_camera(serial, start=from_iso(p.issued_at) + timedelta(minutes=5),
                    duration_s=900, **kw)


def main() -> None:
    app = application()  # noqa: F841 (held to the end)
    for lang in ("kk", "ru"):
        apply_language(lang)
        clock = FakeClock(datetime(2026, 11, 23, 4, 0, tzinfo=UTC))
        tmp = Path(tempfile.mkdtemp())
        s = build(tmp, clock)
        win, dock, bridge = docked_window(tmp, s, clock, lang, card_bytes_per_s=25e6)
        # BK-004 first: downloaded, then its card wiped on the button.
        dock_recorded(s, dock, "SN-4", "BK-004", n_files=2, size=4 << 20, big=True)
        until(lambda: any(r.state == State.VERIFIED for r in bridge.rows.values()))
        key = next(k for k, r in bridge.rows.items() if r.state == State.VERIFIED)
        bridge.wipe(key)
        until(lambda: bridge.rows[key].state == State.WIPED)
        # Three cameras at once, and a card in a plain reader nobody has tied yet.
        for n in (1, 2, 3):
            dock_recorded(s, dock, f"SN-{n}", f"BK-00{n}", n_files=4, size=160 << 20,
                          big=True)
        dock.add_camera("READER-9", n_files=3, size=8 << 20, kind="mass_storage",
                        volume_id="5E1F-22AA", big=True)
        until(lambda: sum(r.state == State.DOWNLOADING and r.transfer.done > 150e6 and r.transfer.rate > 0
                          for r in bridge.rows.values()) >= 3)
        shoot(win, f"today-docking-{lang}", 600)
        close(win, 200)
    print("written to", OUT)


if __name__ == "__main__":
    main()
