"""What the app is doing: welcome screen or one open workspace in a main window."""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from upr_desktop.errors import PassphraseRequired
from upr_desktop.operations import demo, recommendations
from upr_desktop.operations import workspace as workspace_ops
from upr_desktop.settings import Settings
from upr_desktop.ui.error_dialogs import show_error
from upr_desktop.ui.hub import DataHub
from upr_desktop.ui.pages import AppContext
from upr_desktop.ui.settings import SettingsStore
from upr_desktop.ui.translations import Translations
from upr_desktop.ui.welcome import NewWorkspaceForm, WelcomeWindow
from upr_desktop.ui.worker import BackgroundRunner, HealthCheck, Operations

if TYPE_CHECKING:  # the data layer (SQLAlchemy: a second to import) loads on the worker
    from upr_desktop.operations.base import WorkspaceFile

FIRST_PAINT_WAIT_S = 2.0  # the full open waits this long at most for the first rows to be drawn

# Replaced by the security work: asks for the passphrase of a protected workspace, then opens it (with
# these settings) on the runner and calls back with the WorkspaceFile (or not at all if the person cancels).
UnlockHook = Callable[[Path, QWidget | None, Callable[[Any], None], Settings], None]  # ..., on_opened(WorkspaceFile), settings
unlock_hook: UnlockHook | None = None


def _plain_workspace_file(path: Path) -> bool:
    """An existing, unprotected file (a protected one asks for its passphrase before any window)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"  # as core.workspace.is_plain_sqlite
    except OSError:
        return False


def _preload_workflows() -> None:
    """Import the import/exchange/security modules on the worker (class definitions only, no widgets)."""
    from upr_desktop.ui.main_window import WORKFLOW_INSTALLERS

    for installer in WORKFLOW_INSTALLERS:
        importlib.import_module(installer.partition(":")[0])


class AppController(QObject):
    def __init__(self, runner: BackgroundRunner, store: SettingsStore, translations: Translations) -> None:
        super().__init__()
        self.runner = runner
        self.store = store
        self.translations = translations
        self.welcome: WelcomeWindow | None = None
        self.main = None  # MainWindow, imported lazily so the welcome screen starts fast
        self.workspace: WorkspaceFile | None = None
        self.ctx: AppContext | None = None
        self._replacing = False
        self._server_watch: Any = None  # ui.server_watch.ServerWatch on a shared server workspace

    @property
    def settings(self) -> Settings:
        """The settings in force: workspaces are opened with them (the backup folder, the demo's day)."""
        return self.store.settings

    def start(self, workspace: str | None) -> None:
        if workspace:
            self.open_path(workspace)
        else:
            self.show_welcome()

    def _window(self) -> QWidget | None:
        return self.main or self.welcome

    # -- welcome --------------------------------------------------------------------
    def show_welcome(self) -> WelcomeWindow:
        if self.welcome is None:
            self.welcome = WelcomeWindow(self.store.recent_workspaces())
            self.welcome.open_requested.connect(self.open_path)
            self.welcome.create_requested.connect(self.create)
            self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.show()
        return self.welcome

    # -- opening --------------------------------------------------------------------
    def open_path(self, path: str) -> None:
        from upr_desktop.operations.server import is_server_location

        if is_server_location(path) and "://" in path:  # a server's URL: opened as typed (a connection file is a path)
            self._open_server(path)
            return
        target = Path(path).expanduser().resolve()
        if self.workspace is not None and self.workspace.path == target:
            return
        if self.main is None and self.ctx is None and _plain_workspace_file(target):
            self._open_with_window(target)
            return
        settings = self.settings
        self.runner.submit(lambda: workspace_ops.open_workspace(target, settings=settings), self._opened,
                           lambda exc: self._open_failed(target, exc), label="open")

    def _open_server(self, url: str) -> None:
        settings = self.settings
        self.runner.submit(lambda: workspace_ops.open_workspace(url, settings=settings), self._opened,
                           lambda exc: show_error(self._window(), exc), label="open")

    def _open_with_window(self, target: Path) -> None:
        """Show the main window while the worker opens the file; the integrity check runs beside it.

        Pages ask for their data at once: those reads queue behind the open on the one worker.
        ``PRAGMA quick_check`` runs on its own thread afterwards and writes wait for it.
        """
        hub = DataHub(self)
        ops = Operations(self.runner, None, hub, self)
        ctx = AppContext(ops=ops, hub=hub, store=self.store, workspace=None, path=target)  # type: ignore[arg-type]
        painted = threading.Event()
        screens: list[Any] = []
        settings = self.settings

        def first_rows() -> Any:  # plain sqlite3, no SQLAlchemy: the rows can be drawn before it is loaded
            from upr_desktop.ui.recommendations.model import PAGE_SIZE

            screens.append(recommendations.first_screen(target, PAGE_SIZE))
            return screens[-1]

        def work() -> WorkspaceFile:
            painted.wait(FIRST_PAINT_WAIT_S)  # importing the data layer would slow the first paint down
            # The imports make hundreds of thousands of objects: full collections (~0.2 s each, on
            # whichever thread allocates) froze the window while they ran. Collect none meanwhile,
            # then set everything made so far aside for good.
            collecting = gc.isenabled()  # off for good when the app's QuietCollector runs
            gc.disable()
            try:
                return opened(workspace_ops.open_workspace(target, check=False, settings=settings))
            finally:
                gc.freeze()
                if collecting:
                    gc.enable()

        def opened(workspace: WorkspaceFile) -> WorkspaceFile:
            if screens and screens[0] is not None:  # the model's first answer need not sort again
                recommendations.keep_first_screen(workspace, screens[0])
            # On the worker, before any job queued behind this one runs: reads find the workspace,
            # and a write (even one asked for before the window heard of the open) waits for the check.
            ops.health = HealthCheck(workspace)
            ops.workspace = workspace
            _preload_workflows()  # so that installing their menus does not freeze the window
            return workspace

        self.ctx = ctx
        self.runner.submit(first_rows, lambda screen: self._first_rows(ctx, screen, painted), lambda _exc: painted.set(), label="first rows")
        self.runner.submit(work, lambda ws: self._opened_behind(ctx, ws), lambda exc: self._failed_behind(ctx, target, exc), label="open")
        if self.ctx is ctx:  # (an inline runner has already answered)
            self._install(ctx)

    def _first_rows(self, ctx: AppContext, screen: Any, painted: threading.Event) -> None:
        """Draw the rows read before the open at once, then let the open (and its imports) go on."""
        try:
            if screen is None or self.ctx is not ctx:
                return
            ctx.first_screen = screen
            if self.main is not None:
                self.main.page_by_key("recommendations").show_first_screen(screen)
                self.main.repaint()
        finally:
            painted.set()

    def _opened_behind(self, ctx: AppContext, workspace: WorkspaceFile) -> None:
        if self.ctx is not ctx:  # closed while opening
            self.runner.submit(workspace.close, label="close")
            return
        ctx.workspace = workspace
        ctx.first_screen = None  # a page built from now on (a language change) asks for the rows as they are now
        self.workspace = workspace
        if self.main is not None:
            self.main.install_workflows()
        self._watch_server(ctx)
        health = ctx.ops.health
        if health is not None:
            health.damaged.connect(lambda exc: self._damaged(ctx, exc))
            if health.wait(0) and health.error is not None:  # it may have finished before the connection
                self._damaged(ctx, health.error)
        self.store.remember(workspace.path)

    def _failed_behind(self, ctx: AppContext, path: Path, exc: BaseException) -> None:
        if self.ctx is not ctx:
            return
        ctx.ops.workspace = None
        self.close_workspace(show_welcome=False)
        self._open_failed(path, exc)

    def _damaged(self, ctx: AppContext, exc: BaseException) -> None:
        if self.ctx is ctx:  # once: closing forgets ctx
            self.close_workspace(show_welcome=True)
            show_error(self._window(), exc)

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, PassphraseRequired) and unlock_hook is not None:
            unlock_hook(path, self._window(), self._opened, self.settings)
            return
        if not path.exists():
            self.store.forget(path)
        if self.main is None:
            self.show_welcome()
        show_error(self._window(), exc)

    def create(self, form: NewWorkspaceForm) -> None:
        settings = self.settings
        self.runner.submit(
            lambda: workspace_ops.create_workspace(form.path, name=form.name.strip(), country=form.state_under_review,
                                               cycles=[form.cycle], settings=settings),
            self._opened,
            lambda exc: show_error(self._window(), exc),
            label="create",
        )

    def open_demo(self) -> None:
        """The demo coalition: opened when it exists, else created from its template first."""
        path = demo.demo_workspace_path()
        if path.exists():
            self.open_path(str(path))
            return
        settings = self.settings
        self.runner.submit(lambda: demo.create_demo(path, settings=settings), self._opened,
                           lambda exc: show_error(self._window(), exc), label="demo")

    def _opened(self, workspace: WorkspaceFile) -> None:
        self.close_workspace(show_welcome=False)
        self.workspace = workspace
        self.store.remember(workspace.path)
        hub = DataHub(self)
        ops = Operations(self.runner, workspace, hub, self)
        self._install(AppContext(ops=ops, hub=hub, store=self.store, workspace=workspace))

    def _install(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.ctx.commands.update(
            new_workspace=lambda: self.show_welcome().ask_new(),
            open_workspace=lambda: self.show_welcome().ask_open(),
            close_workspace=lambda: self.close_workspace(show_welcome=True),
            reopen_window=self.reopen_window,
        )
        self._show_main()
        self._watch_server(ctx)
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None

    def _show_main(self) -> None:
        from upr_desktop.ui.main_window import MainWindow

        assert self.ctx is not None
        self.main = MainWindow(self.ctx, workflows_later=self.ctx.workspace is None)  # start-up: first rows first
        self.main.closing.connect(self._main_closing)
        self.main.show()

    def reopen_window(self) -> None:
        """Rebuild the main window (after a language change), keeping the workspace open."""
        self.translations.apply(self.settings.language)
        old = self.main
        self._replacing = True
        try:
            if old is not None:
                old.close()
                old.deleteLater()
            self._show_main()
        finally:
            self._replacing = False

    def _main_closing(self) -> None:
        if self._replacing:
            return
        self.main = None
        self.close_workspace(show_welcome=False)

    def _watch_server(self, ctx: AppContext) -> None:
        """On a shared server workspace, others' changes refresh the pages (ui/server_watch.py)."""
        from upr_desktop.ui.server_watch import watch

        if ctx.workspace is not None and self._server_watch is None:
            self._server_watch = watch(ctx.workspace, ctx.hub, self)

    def close_workspace(self, *, show_welcome: bool) -> None:
        if self._server_watch is not None:
            self._server_watch.stop()
            self._server_watch = None
        main, self.main = self.main, None
        if main is not None:
            main.closing.disconnect(self._main_closing)
            main.close()
            main.deleteLater()
        workspace, self.workspace = self.workspace, None
        if self.ctx is not None:
            self.ctx.ops.workspace = None  # jobs still queued for this workspace settle as Cancelled
            self.ctx.stop_idle_work()  # nothing left to warm for a closed workspace
        self.ctx = None
        if workspace is not None:
            self.runner.submit(workspace.close, label="close")  # after the worker's queued reads
        if show_welcome:
            self.welcome = None
            self.show_welcome()

    def shutdown(self) -> None:
        self.close_workspace(show_welcome=False)
        self.runner.shutdown()
