"""Starting the desktop application (the only Qt entry point the CLI uses)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

# The data layer (SQLAlchemy and the models: about a second) is not imported here: the window and
# its first rows come from Qt and plain sqlite3; the worker imports the rest after they are drawn.
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from upr_desktop import __version__
from upr_desktop.paths import APP_ID, DESKTOP_ID, DISPLAY_NAME, ORGANISATION_DOMAIN, resource

if TYPE_CHECKING:
    from upr_desktop.ui.controller import AppController

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class DesktopApplication(QApplication):
    """The QApplication, plus the workspaces macOS asks it to open (double-click in the Finder,
    a file dropped on the Dock icon): those arrive as QFileOpenEvents, not as arguments."""

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.file_open_requested.emit(path)
            return True
        return super().event(event)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource("icons", f"{APP_ID}-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = DesktopApplication(argv if argv is not None else sys.argv[:1])
    # One id everywhere (settings, data, keyring: upr_desktop.paths); the reverse-DNS name ties the
    # windows to the installed .desktop file (Wayland app id, taskbar icon) and the macOS bundle.
    app.setOrganizationName(DISPLAY_NAME)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    return app


def run_app(args: argparse.Namespace) -> int:
    app, controller = start_app(args)
    smoke = os.environ.get("UPR_DESKTOP_QUIT_AFTER_MS")
    if smoke:  # packaging and CI smoke tests: open the window, then leave on our own
        import time

        from PySide6.QtCore import QTimer

        # A workspace asked for can still be opening when the time is up on a busy machine (three seconds
        # were not enough with the tests on both cores and other work beside them): wait for it, a minute at most.
        patience = time.monotonic() + int(smoke) / 1000 + 60

        def smoke_check() -> None:
            from upr_desktop.ui.page_registry import PAGES

            if getattr(args, "workspace", None) and controller.workspace is None and time.monotonic() < patience:
                QTimer.singleShot(200, smoke_check)
                return
            window = controller.main
            built = [type(window.page(i)).__name__ for i in range(len(PAGES))] if window is not None else []
            opened = controller.workspace.path if controller.workspace is not None else None
            print(f"window: {type(window or controller).__name__}; pages: {', '.join(built)}; workspace: {opened}", flush=True)
            app.quit()

        QTimer.singleShot(int(smoke), smoke_check)
    return int(app.exec())


def start_app(args: argparse.Namespace) -> tuple[QApplication, AppController]:
    """Everything before the event loop: the log, settings, language, hooks, and the first window asked for."""
    from upr_desktop import logs
    from upr_desktop.ui.controller import AppController
    from upr_desktop.ui.error_dialogs import install_excepthook
    from upr_desktop.ui.worker import BackgroundRunner
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.translations import Translations

    logs.setup("app")
    app = make_application()
    store = SettingsStore()  # settings.json (moved there once from older versions' QSettings)
    if getattr(args, "lang", None):
        store.use_for_now(language=args.lang)
    settings = store.settings
    translations = Translations(app)
    translations.apply(settings.language)
    font = app.font()
    font.setPointSize(settings.text_size)
    app.setFont(font)
    install_excepthook()
    from upr_desktop.ui import controller as controller_module

    def unlock(*args: Any) -> None:  # loaded when a protected workspace is met (keyring takes 0.15 s)
        from upr_desktop.ui.security import ask_to_open

        ask_to_open(*args)

    controller_module.unlock_hook = unlock  # protected workspaces: remembered key, else the passphrase dialog
    controller = AppController(BackgroundRunner(), store, translations)
    app.aboutToQuit.connect(controller.shutdown)
    if isinstance(app, DesktopApplication):
        app.file_open_requested.connect(controller.open_path)
    from upr_desktop.ui.garbage import QuietCollector

    # No full garbage collection in the middle of a scroll or a keystroke: only when the worker was quiet.
    collector = QuietCollector(controller.runner, app)
    app.aboutToQuit.connect(collector.stop)
    controller.start(getattr(args, "workspace", None))
    return app, controller
