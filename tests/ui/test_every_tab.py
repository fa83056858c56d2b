"""Issue 15, the office day finished: every tab of the real window, in Kazakh and in Russian,
on a vault with the longest realistic names (tests/ui/long_names.py), shows no English word
and no program code (``in_store``, ``R17``), and the window still fits an office monitor
(its minimum width at most 1280 px with every tab and every dialog a tab opens)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.clock import FakeClock, from_iso
from app.devices.simulated import SimulatedDock
from app.model import vault
from app.model.crypto import LABEL_INDEX, hkdf
from app.model.db import Database
from app.ui.docked import DockBridge, watched_dock
from app.ui.docked_row import State
from app.ui.main_window import MainWindow
from tests.conftest import CLOCK_START, TEST_KDF
from tests.ui import long_names

MAX_WIDTH = 1280
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:[-./][A-Za-z0-9_]+)*")
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
RULE_CODE = re.compile(r"\bR\d{1,2}\b")
HEX = re.compile(r"\b[0-9a-f]{12,}\b")
# Latin that belongs on a Kazakh or Russian screen: formats, units, keys, the program's name.
ALLOWED = {"PDF", "CSV", "XLSX", "SHA-256", "USB", "QR", "MB/s", "MB", "GB", "KB", "Dalel",
           "Ctrl", "Enter", "Ctrl+Enter", "Esc", "Shift", "Alt", "Tab", "microSD", "SD",
           "SHA256SUMS", "Ed25519", "AES-256-GCM", "Argon2id", "SQLCipher"}


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything ``root`` shows: labels, buttons, group titles, tabs,
    combo items, placeholders, tool tips, actions, table and list headers and cells."""
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        where = type(w).__name__
        yield where + " tooltip", w.toolTip()
        if w.isWindow():
            yield where + " title", w.windowTitle()
        if isinstance(w, QLabel):
            yield where, _plain(w.text())
        if isinstance(w, QAbstractButton):
            yield where, w.text()
        if isinstance(w, QGroupBox):
            yield where, w.title()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield where, w.tabText(i)
                yield where + " tooltip", w.tabToolTip(i)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where + " item", w.itemText(i)
        if isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        if isinstance(w, QAbstractSpinBox):
            yield where, w.text()
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield where, w.toPlainText()
        for action in QWidget.actions(w):
            yield where + " action", action.text()
            yield where + " action tooltip", action.toolTip()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _model_texts(where, w)


def _model_texts(where: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:          # a list model keeps its column count private
        columns = 1
    for c in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield where + " header", str(model.headerData(c, Qt.Orientation.Horizontal, role)
                                         or "")

    def rows(parent: QModelIndex) -> Iterator[tuple[str, str]]:
        for r in range(model.rowCount(parent)):
            for c in range(columns):
                index = model.index(r, c, parent)
                yield where + " cell", str(index.data() or "")
                yield where + " cell tooltip", str(index.data(Qt.ItemDataRole.ToolTipRole)
                                                   or "")
            yield from rows(model.index(r, 0, parent))

    yield from rows(view.rootIndex())


def foreign(text: str, data: set[str]) -> list[str]:
    """English words, developer codes and rule codes in ``text`` (people's typed data,
    numbers, digests and the allowed Latin removed first)."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    text = HEX.sub(" ", text)
    found = [w for w in LATIN_WORD.findall(text)
             if len(re.sub(r"[^A-Za-z]", "", w)) >= 3 and w not in ALLOWED]
    return found + SNAKE.findall(text) + RULE_CODE.findall(text)


def typed_data(session: vault.VaultSession) -> set[str]:
    """What people typed or devices reported: numbers, serials, models, file names."""
    reg = session.registers
    data = {long_names.NOTE, long_names.CAUSE, long_names.SEAL, long_names.FILE,
            long_names.UNIT}
    for p in reg.list_staff():
        data |= {p.personnel_no, p.full_name}
    for d in reg.list_devices():
        data |= {d.inventory_no, d.serial or "", d.model}
    return {v for v in data if v}


def _open_copy(source: Path, path: Path, vault_id: str, master: bytes, clock: FakeClock,
               role: str = "officer") -> vault.VaultSession:
    """A copy of a vault, opened with its key as tests/conftest.py's ``session`` does (no
    key derivation: each one costs a second)."""
    shutil.copytree(source, path)
    key = bytearray(master)
    return vault.VaultSession(path, vault_id, role, key,
                              Database(path / "index.db", hkdf(key, LABEL_INDEX),
                                       log_path=path / "logs" / "sqlcipher.log"), clock)


@pytest.fixture(scope="module")
def office_template(tmp_path_factory: pytest.TempPathFactory,
                    fresh_vault: tuple[Path, str, bytes]) -> Path:
    """The run's fresh vault with the long office day seeded (tests/ui/long_names.py), made
    once and copied for each language."""
    template, vault_id, master = fresh_vault
    path = tmp_path_factory.mktemp("long-office") / "vault"
    clock = FakeClock(CLOCK_START)
    s = _open_copy(template, path, vault_id, master, clock)
    long_names.seed(s, clock)
    s.lock()
    return path


@pytest.fixture
def office(office_template: Path, fresh_vault: tuple[Path, str, bytes], vault_dir: Path,
           clock: FakeClock, role: str) -> Iterator[vault.VaultSession]:
    clock.set(CLOCK_START + timedelta(hours=10))      # the seeded day's evening
    s = _open_copy(office_template, vault_dir, fresh_vault[1], fresh_vault[2], clock, role)
    yield s
    s.lock()


def exercise(qtbot, win: MainWindow, index: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Bring tab ``index`` into its fullest state (a row chosen, a report made, the issue
    form's warnings shown); the dialogs it opens are returned to be checked too."""
    ws = win.workspace
    page = ws.widget(index)
    dialogs: list[QWidget] = []
    if page is ws.issue and win.ctx is not None and win.ctx.keeps_journal:
        page.camera.setText(long_names.OLD_CAMERA)      # past its life, factory password
        page._camera_typed()
        page.checks.percent.setValue(10)                # below the minimum: the override
        page.remarks.out.setCurrentRow(0)
        dialogs.append(page.remarks.open_malfunction())
    elif page is ws.journal:
        page.view.selectRow(0)
        dialogs.append(page.open_correction())
    elif page is ws.review:
        page.table.selectRow(0)
        dialogs.append(page.open_release())
    elif page is ws.registers:
        # the camera that went out and came back: its history names states and reasons
        page.devices.selectRow(next(r for r in range(page.devices.rowCount())
                                    if page.devices.item(r, 0).text() == long_names.CAMERA))
        assert page.history.count() >= 3
    elif page is ws.reports:
        page.recording.setValue(1)
        page.show_history()
        qtbot.waitUntil(lambda: page.table is not None, timeout=10000)
    return [d for d in dialogs if d is not None]


@pytest.mark.parametrize(("lang", "role"), [("kk", "officer"), ("ru", "officer"),
                                            ("kk", "head")])
def test_every_tab_in_the_office_language_fits_the_screen(qtbot, office, clock, lang, role,
                                                           tmp_path):
    data = typed_data(office) | {str(office.path)}
    problems: list[str] = []
    widths: dict[str, int] = {}

    def check(place: str, root: QWidget) -> None:
        for where, text in widget_texts(root):
            if text and (bad := foreign(text, data)):
                problems.append(f"{place}: {where}: {bad} in {text!r}")

    # Today's docking station, as in an office: the camera handed in faulty is downloaded
    # and verified, and a card in a plain reader waits to be told which camera it is.
    dock = SimulatedDock(tmp_path / "dock", clock=clock)
    bridges: list[DockBridge] = []

    def factory(ctx):  # type: ignore[no-untyped-def]
        bridges.append(watched_dock(ctx, backend=dock.backend, resolvers=[dock.resolve],
                                    volume_ids=[dock.volume_id], roots=[dock.mount_root],
                                    poll_s=0.2))
        return bridges[0]

    win = MainWindow(office.path, clock=clock, lang=lang, kdf=TEST_KDF, dock_factory=factory)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    check("unlock", win)
    win.open_session(office)
    qtbot.waitExposed(win)
    # Strings the same in every language ("{name}, {role}") are stored as no translation:
    # they must fall back to the source, not show as nothing.
    assert long_names.UNIT in win.windowTitle()
    assert office.registers.staff(office.actor_id).full_name in win.who.text()
    period = office.custody.last_for_camera(
        office.registers.find_device(long_names.CAMERA_3).id)
    dock.add_camera(long_names.SERIAL_3, n_files=2, size=256 << 10,
                    start=from_iso(period.issued_at) + timedelta(minutes=5))
    dock.add_camera("READER-9", n_files=1, kind="mass_storage", volume_id="5E1F-22AA")
    # (the head's window downloads nothing: the camera waits for the officer, R1)
    done = State.VERIFIED if role == "officer" else State.WAITING
    qtbot.waitUntil(lambda: sorted(r.state for r in bridges[0].rows.values())
                    == sorted([State.UNIDENTIFIED, done]), timeout=20000)
    data |= {f.source_name for f in office.footage.search()}
    data |= {r.volume.label for r in bridges[0].rows.values() if r.volume.label}
    ws = win.workspace
    assert ws is not None
    tabs = [ws.tabText(i) for i in range(ws.count())]
    assert len(tabs) >= 7
    # The window's own parts: title, toolbar, status bar, tab bar, the toolbar's dialogs.
    for part in (win.toolbar, win.statusBar(), ws.tabBar()):
        check("window", part)
    if foreign(win.windowTitle(), data):
        problems.append(f"window title: {win.windowTitle()!r}")
    for dialog in (win.back_up(), win.change_password()):
        assert dialog is not None
        check(dialog.windowTitle(), dialog)
        widths[dialog.windowTitle()] = dialog.minimumSizeHint().width()
        dialog.close()
    for i in range(ws.count()):
        ws.setCurrentIndex(i)
        dialogs = exercise(qtbot, win, i)
        QApplication.processEvents()
        check(tabs[i], ws.widget(i))
        widths[tabs[i]] = win.minimumSizeHint().width()
        for d in dialogs:
            check(f"{tabs[i]}: {d.windowTitle()}", d)
            widths[f"{tabs[i]}: {d.windowTitle()}"] = d.minimumSizeHint().width()
            d.close()
    # Reports: the month and the audit log too.
    ws.setCurrentWidget(ws.reports)
    for show in (ws.reports.show_month, ws.reports.show_audit):
        ws.reports.table = None
        show()
        qtbot.waitUntil(lambda: ws.reports.table is not None, timeout=10000)
        check(show.__name__, ws.reports)
        widths[show.__name__] = win.minimumSizeHint().width()
    too_wide = [f"{k}: minimum width {v} px" for k, v in widths.items() if v > MAX_WIDTH]
    assert problems + too_wide == [], "\n".join(sorted(set(problems)) + too_wide)
    win.lock()
