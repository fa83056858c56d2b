"""The main window: the unlock screen (or the first-start wizard) and, once unlocked, the
workspace. Locking (on demand, Ctrl+L, or after ``auto_lock_minutes`` idle) cancels running
jobs, drops the keys (``session.lock()``) and destroys every screen that showed data."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from app import rules
from app.clock import Clock, SystemClock
from app.errors import DalelError
from app.model import vault
from app.model.keyslots import KdfParams
from app.ui.backup_dialog import BackupDialog
from app.ui.common import Bus, Context
from app.ui.errors import show_error
from app.ui.full_check import FullCheckRunner
from app.ui.i18n_qt import apply_language
from app.ui.inactivity import InactivityTimer
from app.ui.jobs import JobRunner
from app.ui.password_dialog import ChangePasswordDialog
from app.ui.reconcile_notice import reconcile_after_unlock
from app.ui.unlock import UnlockPage
from app.ui.wizard import CreateVaultWizard
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from app.ui.docked import DockBridge

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    session_opened = Signal(object)
    locked = Signal()

    def __init__(self, vault_path: Path, clock: Clock | None = None, lang: str | None = None,
                 demo_passwords: dict[str, str] | None = None, kdf: KdfParams | None = None,
                 runner: JobRunner | None = None,
                 dock_factory: Callable[[Context], DockBridge] | None = None) -> None:
        super().__init__()
        self.vault_path = vault_path
        self.clock = clock or SystemClock()
        self.lang = lang
        self.demo_passwords = demo_passwords
        self.kdf = kdf
        self.runner = runner or JobRunner(parent=self)
        self.dock_factory = dock_factory
        self.session: vault.VaultSession | None = None
        self.ctx: Context | None = None
        self.workspace: Workspace | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        if lang:
            apply_language(lang)   # the unlock page and the toolbar in it from the start
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        toolbar = self.toolbar = self.addToolBar(self.tr("Vault"))
        toolbar.setObjectName("vault-toolbar")
        self.demo_action: QAction | None = None
        toolbar.addAction(self.lock_action)
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        self.password_action.setEnabled(False)
        toolbar.addAction(self.password_action)
        self.password_dialog: ChangePasswordDialog | None = None
        # The full check on demand (it also runs by itself when due: full_check_days).
        self.check_action = QAction(self.tr("Check the whole &vault"), self)
        self.check_action.setToolTip(self.tr(
            "Decrypt and rehash every recording and check both chains, in the background "
            "at low priority; Today shows the progress and the result."))
        self.check_action.triggered.connect(self.check_vault)
        self.check_action.setEnabled(False)
        toolbar.addAction(self.check_action)
        # Issue 14: the vault copied to an external drive (either person, R2).
        self.backup_action = QAction(self.tr("&Back up…"), self)
        self.backup_action.setToolTip(self.tr("Copy the vault, encrypted, to an external drive"))
        self.backup_action.triggered.connect(self.back_up)
        self.backup_action.setEnabled(False)
        toolbar.addAction(self.backup_action)
        self.backup_dialog: BackupDialog | None = None
        self.inactivity = InactivityTimer(self)
        self.inactivity.inactive.connect(self._idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.inactivity)
        self.resize(1200, 760)
        self.show_entry()

    def retranslate(self) -> None:
        """The toolbar in the language just applied: it is built before the unlock, and the
        office's language (a setting) is known only after it (issue 15)."""
        self.toolbar.setWindowTitle(self.tr("Vault"))
        self.lock_action.setText(self.tr("&Lock"))
        self.password_action.setText(self.tr("Change my &password…"))
        self.check_action.setText(self.tr("Check the whole &vault"))
        self.check_action.setToolTip(self.tr(
            "Decrypt and rehash every recording and check both chains, in the background "
            "at low priority; Today shows the progress and the result."))
        self.backup_action.setText(self.tr("&Back up…"))
        self.backup_action.setToolTip(self.tr("Copy the vault, encrypted, to an external drive"))

    # -- before unlock ---------------------------------------------------------------------
    def show_entry(self) -> None:
        self.setWindowTitle(self.tr("Dalel"))
        if vault.is_vault(self.vault_path):
            unlock = UnlockPage(self.vault_path, self.clock, self.runner,
                                self.demo_passwords)
            unlock.unlocked.connect(self.open_session)
            page: QWidget = unlock
        else:
            wizard = CreateVaultWizard(self.vault_path, self.clock, self.runner, self.kdf)
            wizard.created.connect(self.open_session)
            page = wizard
        self.entry = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    # -- unlocked --------------------------------------------------------------------------
    def open_session(self, session: vault.VaultSession) -> None:
        self.session = session
        rules.set_agency(session.settings.get("agency"))
        apply_language(self.lang or session.settings.get("language"))
        self.retranslate()
        reconcile_after_unlock(self, session)  # before any download can start
        self.ctx = Context(session, self.runner, Bus(self))
        if self.dock_factory is not None:
            self.ctx.dock = self.dock_factory(self.ctx)
        self.ctx.full_check = FullCheckRunner(self.ctx, self)
        self.ctx.bus.settings_changed.connect(self._settings_changed)
        self.workspace = Workspace(self.ctx)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.stack.removeWidget(self.entry)
        self.entry.deleteLater()
        if self.ctx.dock is not None:
            # What a download did, in one sentence (duplicates, what was wiped), also
            # stays on the status line for a while after its row changes.
            self.ctx.dock.status.connect(lambda _key, text: self.statusBar().showMessage(
                text, 30_000) if text else None)
            # Watching starts once Today listens; what is docked already is found by the
            # first pass (unlocking again picks it up).
            self.ctx.dock.start()
            self._demo_dock_menu(self.ctx.dock)
        self.name_session()
        self.lock_action.setEnabled(True)
        self.password_action.setEnabled(True)
        self.check_action.setEnabled(True)
        self.ctx.full_check.start_schedule()
        self.backup_action.setEnabled(True)
        self.restart_idle_timer()
        self.session_opened.emit(session)

    def name_session(self) -> None:
        """Who is signed in (status bar) and the office (title), in the window's language."""
        session = self.session
        assert session is not None
        me = session.registers.staff(session.actor_id)
        role = self.tr("head of the office") if session.role == "head" else self.tr(
            "responsible officer")
        self.who.setText(self.tr("{name}, {role}").format(name=me.full_name, role=role))
        unit = session.settings.get("unit_name")
        self.setWindowTitle(self.tr("Dalel — {unit}").format(unit=unit) if unit else "Dalel")

    def check_vault(self) -> None:
        if self.ctx is not None and self.ctx.full_check is not None:
            self.ctx.full_check.start()
            if self.workspace is not None:
                self.workspace.setCurrentWidget(self.workspace.today)

    def _demo_dock_menu(self, bridge: DockBridge) -> None:
        """The demo only: put a camera that is back in store into the simulated dock."""
        if getattr(bridge, "simulated", None) is None:
            return
        from app.ui.demo_dock import demo_cameras, dock_demo_camera

        menu = QMenu(self.tr("Put a camera into the demo dock"), self)

        def fill() -> None:
            menu.clear()
            for number in demo_cameras(bridge):
                menu.addAction(number, functools.partial(dock_demo_camera, bridge, number))
            if menu.isEmpty():
                menu.addAction(self.tr("Every camera is out or docked")).setEnabled(False)

        menu.aboutToShow.connect(fill)
        self.demo_action = menu.menuAction()
        self.demo_menu = menu
        self.toolbar.addAction(self.demo_action)

    def change_password(self) -> ChangePasswordDialog | None:
        if self.ctx is None:
            return None
        self.password_dialog = ChangePasswordDialog(self.ctx, self)
        self.password_dialog.open()
        return self.password_dialog

    def back_up(self) -> BackupDialog | None:
        if self.ctx is None:
            return None
        if self.backup_dialog is None or self.backup_dialog.ctx is not self.ctx:
            self.backup_dialog = BackupDialog(self.ctx, self)
        self.backup_dialog.open()
        return self.backup_dialog

    def _settings_changed(self, keys: list[str]) -> None:
        if "auto_lock_minutes" in keys:
            self.restart_idle_timer()
        if "language" in keys and self.session is not None and self.lang is None:
            self.rebuild_workspace()

    def rebuild_workspace(self) -> None:
        """A new language: the screens are rebuilt in it (the session stays open)."""
        assert self.session is not None and self.ctx is not None
        apply_language(self.session.settings.get("language"))
        self.retranslate()
        self.name_session()
        old = self.workspace
        self.workspace = Workspace(self.ctx)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def restart_idle_timer(self) -> None:
        if self.session is not None and not self.session.is_locked:
            minutes = int(self.session.settings.get("auto_lock_minutes"))
            self.inactivity.start(minutes * 60_000)

    def _idle(self) -> None:
        if self.runner.active:
            # A download or export is running: locking would drop its keys mid-way.
            self.inactivity.start(60_000)
            return
        log.info("locking after inactivity")
        self.lock()

    def lock(self) -> None:
        if self.session is None:
            return
        self.inactivity.stop()
        self.runner.cancel_all()
        self.runner.wait()
        if self.ctx is not None and self.ctx.full_check is not None:
            self.ctx.full_check.stop()   # keeps its place; the next unlock carries on
            self.ctx.full_check.deleteLater()
        if self.ctx is not None and self.ctx.dock is not None:
            self.ctx.dock.stop()     # the watcher ends with the session; unlock starts it
        if self.demo_action is not None:
            self.toolbar.removeAction(self.demo_action)
            self.demo_action = None
        session, self.session, self.ctx = self.session, None, None
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        refused: DalelError | None = None
        try:
            session.lock()
        except DalelError as exc:   # locked all the same; only its audit entry was refused
            refused = exc
        self.who.clear()
        self.lock_action.setEnabled(False)
        self.password_action.setEnabled(False)
        self.check_action.setEnabled(False)
        self.backup_action.setEnabled(False)
        if self.password_dialog is not None:
            self.password_dialog.close()
            self.password_dialog = None
        if self.backup_dialog is not None:
            self.backup_dialog.close()      # its job was cancelled and waited for above
            self.backup_dialog.deleteLater()
            self.backup_dialog = None
        self.show_entry()
        self.locked.emit()
        if refused is not None:
            show_error(self, refused)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.inactivity)
        super().closeEvent(event)
