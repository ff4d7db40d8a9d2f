"""Starting the desktop application (the only Qt entry point the CLI uses)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

# The data layer (SQLAlchemy and the models: about a second) is not imported here: the window and
# its first rows come from Qt and plain sqlite3; the worker imports the rest after they are drawn.
from PySide6.QtWidgets import QApplication

from upr_desktop.ui.settings import ORGANISATION

if TYPE_CHECKING:
    from upr_desktop.ui.controller import AppController


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("UPR Desktop")
    app.setApplicationDisplayName("UPR Desktop")
    return app


def run_app(args: argparse.Namespace) -> int:
    app, controller = start_app(args)
    smoke = os.environ.get("UPR_DESKTOP_QUIT_AFTER_MS")
    if smoke:  # packaging and CI smoke tests: open the window, then leave on our own
        from PySide6.QtCore import QTimer

        def smoke_check() -> None:
            from upr_desktop.ui.pages import PAGES

            window = controller.main
            built = [type(window.page(i)).__name__ for i in range(len(PAGES))] if window is not None else []
            print(f"window: {type(window or controller).__name__}; pages: {', '.join(built)}", flush=True)
            app.quit()

        QTimer.singleShot(int(smoke), smoke_check)
    return int(app.exec())


def start_app(args: argparse.Namespace) -> tuple[QApplication, AppController]:
    """Everything before the event loop: settings, language, hooks, and the first window asked for."""
    from upr_desktop.ui.controller import AppController
    from upr_desktop.ui.error_dialogs import install_excepthook
    from upr_desktop.ui.worker import BackgroundRunner
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.translations import Translations

    app = make_application()
    store = SettingsStore()
    settings = store.load()
    if getattr(args, "lang", None):
        settings.language = args.lang
    translations = Translations(app)
    translations.apply(settings.language)
    font = app.font()
    font.setPointSize(settings.text_size)
    app.setFont(font)
    install_excepthook()
    from upr_desktop.ui import controller as controller_module

    def unlock(*args: object) -> None:  # loaded when a protected workspace is met (keyring takes 0.15 s)
        from upr_desktop.ui.security import install_unlock_hook

        install_unlock_hook()
        assert controller_module.unlock_hook is not None
        controller_module.unlock_hook(*args)  # type: ignore[arg-type]

    controller_module.unlock_hook = unlock  # protected workspaces: remembered key, else the passphrase dialog
    controller = AppController(BackgroundRunner(), store, settings, translations)
    app.aboutToQuit.connect(controller.shutdown)
    from upr_desktop.ui.garbage import QuietCollector

    # No full garbage collection in the middle of a scroll or a keystroke: only when the worker was quiet.
    collector = QuietCollector(controller.runner, app)
    app.aboutToQuit.connect(collector.stop)
    controller.start(getattr(args, "workspace", None))
    return app, controller
