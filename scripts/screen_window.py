"""The app's main window on a workspace, in one language, for the screenshot scripts.

Shared by screenshot_pages.py and screenshot_dialogs.py so both grab what a person sees after opening the
workspace with ``--lang``: the language shown for now (not saved), every read finished before a grab.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
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


def each_language(lang_arg: str, workspace: str, out_root: Path, shoot: Callable[[Any, str, str, Path], int],
                  scratch: Path | None = None) -> int:
    """``shoot(app, lang, location, out)`` for each language of ``--lang`` ("en", "fr,ar" or "all"), on a copy of the
    workspace per language (opening one writes to it; a server workspace is used as it is); the first failure's code."""
    from PySide6.QtWidgets import QApplication

    from upr_desktop.core.storage.server import is_server_location
    from upr_desktop.ui.app import make_application
    from upr_desktop.ui.translations import LANGUAGES

    languages = list(LANGUAGES) if lang_arg == "all" else lang_arg.split(",")
    app = make_application()
    scratch = scratch or Path(tempfile.mkdtemp(prefix="upr-shots-ws-"))
    try:
        for lang in languages:
            location = workspace
            if not is_server_location(workspace):
                copy = scratch / lang / Path(workspace).name
                copy.parent.mkdir(parents=True)
                shutil.copyfile(workspace, copy)
                location = str(copy)
            out = out_root / lang if len(languages) > 1 else out_root
            if code := shoot(app, lang, location, out):
                return code
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    QApplication.quit()
    return 0
