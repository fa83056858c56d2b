"""Every tab of the window at 1366x768, in Kazakh and Russian, on an office day with the
longest realistic names (tests/ui/long_names.py: a double Kazakh surname, a long unit name,
long inventory numbers and remarks), a docked camera with its footage verified and a card
in a reader waiting to be tied (issue 15). Writes docs/screenshots/tab-<name>-{kk,ru}.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/tabs_scene.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scene import OUT, application, close, docked_window, shoot, until  # noqa: E402

from app.clock import FakeClock, from_iso  # noqa: E402
from app.model import vault  # noqa: E402
from app.model.keyslots import KdfParams  # noqa: E402
from app.ui import docked_row as D  # noqa: E402
from app.ui.docked_row import State  # noqa: E402
from app.ui.i18n_qt import apply_language  # noqa: E402
from tests.conftest import CLOCK_START  # noqa: E402
from tests.ui import long_names  # noqa: E402

TABS = ("today", "issue", "journal", "review", "retention", "registers", "reports",
        "settings")   # the workspace's attribute for each tab


def build(path: Path, clock: FakeClock) -> vault.VaultSession:
    s = vault.create(
        path,
        vault.Person("Байжігітов-Құдайбергенов", "Жанқожа", "OF-ALM-000001",
                     patronymic="Мұхамедқалиұлы", position="жауапты тұлға"),
        "officer-pass-1",
        vault.Person("Сейітжаппарова-Нұрмағамбетова", "Гүлназира", "HD-ALM-000001",
                     patronymic="Қуанышбекқызы", position="басшы"),
        "head-pass-22",
        office=vault.Office("veterinary", long_names.UNIT), clock=clock, kdf=KdfParams())
    long_names.seed(s, clock)
    return s


def shoot_tabs(lang: str) -> None:
    apply_language(lang)
    clock = FakeClock(CLOCK_START)
    tmp = Path(tempfile.mkdtemp())
    s = build(tmp / "vault", clock)
    win, dock, bridge = docked_window(tmp, s, clock, lang, card_bytes_per_s=50e6)
    # The camera handed in faulty comes to the dock: downloaded and verified.
    period = s.custody.last_for_camera(s.registers.find_device(long_names.CAMERA_3).id)
    dock.add_camera("SN-LONG-4K-00000003", n_files=2, size=2 << 20, duration_s=600,
                    start=from_iso(period.issued_at) + timedelta(minutes=5))
    dock.add_camera("READER-9", n_files=2, size=1 << 20, kind="mass_storage",
                    volume_id="5E1F-22AA")
    until(lambda: sorted(r.state for r in bridge.rows.values()) == [State.UNIDENTIFIED,
                                                                     State.VERIFIED])
    ws = win.workspace
    assert ws is not None
    for name in TABS:
        page = getattr(ws, name, None)
        if page is None:
            continue
        ws.setCurrentWidget(page)
        if page is ws.issue:
            page.camera.setText(long_names.OLD_CAMERA)
            page.camera.editingFinished.emit()
        elif page is ws.review:
            page.table.selectRow(0)
        elif page is ws.registers:
            page.devices.selectRow(2)
        elif page is ws.reports:
            page.show_audit()
            until(lambda page=page: page.table is not None)
        shoot(win, f"tab-{name}-{lang}", 400)
    win.lock()
    close(win, 200)


def main() -> None:
    app = application()
    for lang in ("kk", "ru"):
        shoot_tabs(lang)
    app.processEvents()
    print("written to", OUT)


if __name__ == "__main__":
    main()
