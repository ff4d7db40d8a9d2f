"""The app's main window on a workspace, in one language, for the screenshot scripts.

Shared by screenshot_pages.py and screenshot_dialogs.py so both grab what a person sees after opening the
workspace with ``--lang``: the language shown for now (not saved), every read finished before a grab.
"""
from __future__ import annotations

import sys
from typing import Any


def open_main_window(app: Any, lang: str, workspace: str) -> tuple[Any, Any]:
    """(controller, main window) on *workspace* in *lang*; the window is None (with a line on stderr) when it
    cannot be opened. The caller shuts the controller down when done."""
    from upr_desktop.ui.controller import AppController
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.translations import Translations
    from upr_desktop.ui.worker import BackgroundRunner, InlineExecutor

    store = SettingsStore()
    store.use_for_now(language=lang)  # as --lang does: the shown language, not saved
    translations = Translations(app)
    translations.apply(lang)
    runner = BackgroundRunner(InlineExecutor())  # every read finishes before the grab
    controller = AppController(runner, store, translations)
    controller.start(workspace)
    window = controller.main
    if window is None:
        print("could not open the workspace", file=sys.stderr)
    return controller, window
