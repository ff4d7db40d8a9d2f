"""The main window: a shell with a sidebar of pages, menus, shortcuts and a status bar."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from upr_desktop.operations import history, workspace
from upr_desktop.ui import presentation
from upr_desktop.ui.error_dialogs import show_user_error
from upr_desktop.ui.fitting import fit_to_screen, keep_on_screen, size_sidebar
from upr_desktop.ui.hub import ALL
from upr_desktop.ui.main_actions import MainActions
from upr_desktop.ui.page_registry import PAGES, page_index
from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.settings import TEXT_SIZES
from upr_desktop.ui.status_bar import WorkspaceStatusBar

if TYPE_CHECKING:
    from upr_desktop.operations.base import Outcome, WorkspaceFile

# Commands the shell handles itself; anything else goes to ctx.commands (supplied by other modules).
# Modules whose ``install(window)`` registers app-wide commands in ctx.commands and file drops.
WORKFLOW_INSTALLERS = ("upr_desktop.ui.importing:install", "upr_desktop.ui.exchange:install", "upr_desktop.ui.security:install")
_OWN = {"undo", "redo", "find", "text_larger", "text_smaller", "text_normal", "presentation", "backup", "open_log_folder", "about", "quit"}


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, ctx: AppContext, *, workflows_later: bool = False) -> None:
        """``workflows_later``: add the import/exchange/security menus just after the first paint (start-up)."""
        super().__init__()
        self.ctx = ctx
        ctx.status_message = lambda text: self.statusBar().showMessage(text, 8000)
        ctx.ops.error_parent = self
        self.setWindowTitle(self.tr("UPR Desktop - %1").replace("%1", ctx.workspace_path.stem))
        self.actions_ = MainActions(self, self.run_command)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.stack = QStackedWidget()
        self._pages: dict[int, Page] = {}
        for index, spec in enumerate(PAGES):
            title = spec.translated_title()
            self.sidebar.addItem(title)
            self.stack.addWidget(QWidget())  # replaced by the page the first time it is shown
            self.actions_.add_page(index, title, self.show_page)
        # Wide enough for the longest page name in this language, up to a cap beyond which names wrap.
        size_sidebar(self.sidebar)
        self.sidebar.setSpacing(2)
        self.sidebar.currentRowChanged.connect(self.show_page)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.status = WorkspaceStatusBar(ctx.ops, self)
        self.setStatusBar(self.status)
        ctx.hub.data_changed.connect(self._data_changed)
        fit_to_screen(self, 1280, 800)  # a 1366×768 laptop: not taller than the screen, the status bar in view
        state = ctx.store.window_state("main_geometry")
        if state is not None:
            self.restoreGeometry(state)
            keep_on_screen(self)
        self.sidebar.setCurrentRow(0)
        self._data_changed(frozenset({ALL}))
        self.workflows_installed = False
        self._workflows_later = workflows_later
        if not workflows_later:  # else the controller installs them once the worker has loaded their modules
            self.install_workflows()

    def install_workflows(self) -> None:
        """App-wide commands (import, export, merge, security) and file drops.

        At start-up this waits until the worker has imported their modules (importers, keyring, the
        data layer: about a second): importing them here would freeze the window that long.
        """
        if self.workflows_installed:
            return
        self.workflows_installed = True
        # The workspace is open: the dashboard's default figures are counted in the next idle moments.
        importlib.import_module("upr_desktop.ui.dashboard.warmup").install(self.ctx)
        for installer in WORKFLOW_INSTALLERS:
            module, _, name = installer.partition(":")
            getattr(importlib.import_module(module), name)(self)
        if self._workflows_later:
            # Start-up is over: the hundreds of thousands of objects made so far (modules, Qt wrappers,
            # SQLAlchemy) are kept out of later full collections, which cost ~130 ms each mid-scroll.
            gc.freeze()

    # -- pages ----------------------------------------------------------------------
    def page(self, index: int) -> Page:
        if index not in self._pages:
            page = PAGES[index].build(self.ctx)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[index] = page
        return self._pages[index]

    def page_by_key(self, key: str) -> Page:
        return self.page(page_index(key))

    def show_page_key(self, key: str) -> Page:
        """Show the page with this key (built the first time) and return it: pages and workflows go to another page."""
        index = page_index(key)
        self.show_page(index)
        return self.page(index)

    def show_page(self, index: int) -> None:
        if index < 0 or index >= len(PAGES):
            return
        self.ctx.ops.runner.person_active()  # idle work and quiet-time garbage collection wait
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        page.activated()

    def current_page(self) -> Page:
        return self.page(self.stack.currentIndex())

    # -- commands -------------------------------------------------------------------
    def run_command(self, name: str) -> None:
        if name in _OWN:
            getattr(self, f"do_{name}")()
        elif not self.ctx.run_command(name):
            show_user_error(self, self.tr("This is not available in this version yet."), self.tr("Not available yet"))

    def do_undo(self) -> None:
        self.ctx.ops.write(history.undo, on_done=lambda label: self.ctx.status_message(self.tr("Undone: %1").replace("%1", label)))

    def do_redo(self) -> None:
        self.ctx.ops.write(history.redo, on_done=lambda label: self.ctx.status_message(self.tr("Redone: %1").replace("%1", label)))

    def do_find(self) -> None:
        if not self.current_page().focus_search():
            self.show_page(0)
            self.current_page().focus_search()

    def do_text_larger(self) -> None:
        self.set_text_size(self.ctx.settings.text_size + 1)

    def do_text_smaller(self) -> None:
        self.set_text_size(self.ctx.settings.text_size - 1)

    def do_text_normal(self) -> None:
        from upr_desktop.ui.settings import DEFAULT_TEXT_SIZE

        self.set_text_size(DEFAULT_TEXT_SIZE)

    def set_text_size(self, size: int) -> None:
        size = max(TEXT_SIZES[0], min(TEXT_SIZES[1], size))
        self.ctx.store.update(text_size=size)
        font = QApplication.font()
        font.setPointSize(size)
        QApplication.setFont(font)
        self.ctx.status_message(self.tr("Text size: %1 points").replace("%1", str(size)))

    def do_presentation(self) -> None:
        on = not self.isFullScreen()
        self.actions_.actions["presentation"].setChecked(on)
        presentation.apply(self, on)

    def do_backup(self) -> None:
        # The status bar's last backup is refreshed as the outcome says the workspace changed.
        self.ctx.ops.long(
            _back_up, title=self.tr("Backing up the workspace"), cancellable=False,
            on_done=lambda path: self.ctx.status_message(self.tr("Backed up to %1").replace("%1", str(path))),
        )

    def do_open_log_folder(self) -> None:
        """Help > Open log folder: where the details of errors go, to send to whoever supports the installation."""
        from upr_desktop.paths import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            show_user_error(self, self.tr("Could not open the log folder. It is %1").replace("%1", str(folder)))

    def do_about(self) -> None:
        from upr_desktop.ui.about import AboutDialog

        AboutDialog(self).exec()

    def do_quit(self) -> None:
        self.close()
        QCoreApplication.quit()

    # -- refresh --------------------------------------------------------------------
    def _data_changed(self, _topics: frozenset[str]) -> None:
        self.status.refresh()
        self.ctx.ops.read(history.undo_redo, on_done=lambda labels: self.actions_.set_undo_text(labels.undo, labels.redo), key="undo-labels")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.store.save_window_state("main_geometry", self.saveGeometry())
        self.closing.emit()
        super().closeEvent(event)


def _back_up(ws: WorkspaceFile, *, progress: object) -> Outcome[Path]:
    """The backup in one step, behind a progress dialog: nothing to report while the file is copied."""
    return workspace.backup(ws)
