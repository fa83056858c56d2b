"""``dalel-gui``: the desktop program. ``--demo`` opens a seeded demo vault."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.bootstrap import start_program, use_language, vault_path
from app.i18n import LANGUAGES, language

log = logging.getLogger("app")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dalel-gui")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo vault with demo staff, cameras and a docked camera")
    parser.add_argument("--vault", type=Path, help="vault folder")
    parser.add_argument("--lang", choices=LANGUAGES, help="kk, ru or en")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)
    start_program("dalel-gui", console=False, harden=argv is None)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Dalel")
    window = build_window(args)
    window.show()
    if os.environ.get("DALEL_TIME_TO_WINDOW"):
        report_first_paint(window)
    return int(app.exec())


def report_first_paint(window: Any) -> None:
    """For tools/time_to_window.py: one line on stdout when the window first paints (the
    tool measures from the start of ``installer/run.sh`` to this line)."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("dalel: window painted", flush=True)
                obj.removeEventFilter(self)
            return False

    window.first_paint = FirstPaint(window)
    window.installEventFilter(window.first_paint)


def build_window(args: argparse.Namespace, dock_factory: Callable[[Any], Any] | None = None,
                 clock: Any = None) -> Any:
    """The main window as ``dalel-gui`` opens it (tests start the program here): the vault
    of ``--vault`` / ``$DALEL_VAULT`` / the user data folder, or the demo; docked cameras
    are watched on both once the vault is unlocked (``dock_factory`` replaces the real
    watcher, for tests)."""
    from app.ui.docked import watched_dock
    from app.ui.errors import install_excepthook
    from app.ui.i18n_qt import apply_language
    from app.ui.main_window import MainWindow

    install_excepthook()
    use_language(args.lang)
    apply_language(language())
    demo_passwords = None
    path = vault_path(args.vault)
    if dock_factory is None:
        dock_factory = watched_dock
    if args.demo:
        from app import demo
        from app.ui.demo_dock import demo_dock

        info = demo.ensure(args.vault or demo.default_path())
        path = info.path
        demo_passwords = {"officer": info.officer_password, "head": info.head_password}
        dock_factory = demo_dock
    return MainWindow(path, clock=clock, lang=args.lang, demo_passwords=demo_passwords,
                      dock_factory=dock_factory)


if __name__ == "__main__":
    sys.exit(main())
