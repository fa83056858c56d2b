"""The release dialog (R10) in Kazakh and Russian, and page 1 of a released package's
manifest.pdf, on a demo vault.

Run under a real X server (Xvfb), e.g.::

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/release_shots.py
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scene import OUT, application, close, demo_vault, shoot, window  # noqa: E402

from app.clock import FakeClock  # noqa: E402
from app.model import vault  # noqa: E402
from app.ui.dialogs import MessageBox  # noqa: E402
from app.ui.i18n_qt import apply_language  # noqa: E402

PURPOSE = {"kk": "Әкімшілік құқық бұзушылық туралы іс № 12", "ru": "Дело об административном "
           "правонарушении № 12"}


def main() -> None:
    app = application()  # noqa: F841 (kept alive to the end)
    # Monday 23 November 2026, 09:20 in Almaty.
    clock = FakeClock(datetime(2026, 11, 23, 4, 20, tzinfo=UTC))
    tmp, info = demo_vault(clock)
    stick = tmp / "stick"
    stick.mkdir()
    for lang in ("kk", "ru"):
        apply_language(lang)
        win = window(info.path, clock, lang)
        win.open_session(vault.unlock(info.path, "officer", info.officer_password, clock))
        page = win.workspace.review
        win.workspace.setCurrentWidget(page)
        page.find_button.click()
        page.table.selectRow(0)
        dlg = page.open_release()
        dlg.recipient.setCurrentIndex(dlg.recipient.findData("IN-102"))
        dlg.purpose.setText(PURPOSE[lang])
        dlg.folder.setText(str(stick))
        dlg.head_password.setText(info.head_password)
        dlg.resize(680, dlg.sizeHint().height())
        shoot(dlg, f"release-{lang}")
        if lang == "kk":
            MessageBox.set_next_answer(MessageBox.Button.Ok)
            loop = QEventLoop()
            dlg.finished.connect(lambda *_a: loop.quit())
            QTimer.singleShot(20000, loop.quit)
            dlg.go.click()
            loop.exec()
            pdf = dlg.result_folder / "manifest.pdf"
            subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                            "-png", str(pdf), str(OUT / "release-manifest")], check=True)
        else:
            dlg.reject()
        win.lock()
        close(win)
    print("screenshots written to", OUT)


if __name__ == "__main__":
    main()
