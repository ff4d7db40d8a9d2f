"""Open the main window on a workspace and save a PNG of each dialog as a person sees it on a screen of a given size.

    python scripts/screenshot_dialogs.py W OUT --files DIR [--lang en,fr,ar|all] [--screen 1024x600] [--only NAME,...]

The offscreen platform is given a screen of that size (``offscreen:configfile=``), so dialogs size themselves
against it as they do on a netbook; each PNG is the whole screen, the main window under the dialog.
DIR holds the files the dialogs are shown with:
``import.*`` (a file for the workspace's State, previewed), ``refused.*`` (a file about another State: its
error box), and ``*.xlsx`` returns under ``returns/`` (the merge preview and its conflicts; e.g. from
``upr-desktop demo --scenario DIR/returns``). One language writes OUT/<name>.png, several OUT/<lang>/<name>.png.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from screen_window import each_language, open_main_window

SHOTS = ("import", "import-preview", "import-refused", "merge-preview", "merge-conflicts", "conflicts", "history",
         "explanation", "protect", "change-passphrase", "unlock", "settings", "about", "new-workspace")


def _wait(app: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _save_screen(app: Any, target: Path, wait: float) -> None:
    """The whole (offscreen) screen: every visible window where it is, as a person would see it."""
    _wait(app, wait)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(target))
    print(target)


def _close_dialogs(app: Any) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog | QMessageBox) and widget.isVisible():
            widget.hide()
            widget.deleteLater()
    _wait(app, 0.1)


def _files(folder: Path, stem: str) -> list[str]:
    return sorted(str(p) for p in folder.glob(f"{stem}.*"))


def _one_language(app: Any, lang: str, workspace: str, out: Path, args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from upr_desktop.ui.page_registry import PAGES

    # Modal boxes would wait for a click: shown instead, and grabbed with the screen.
    QMessageBox.exec = lambda self: self.show()  # type: ignore[method-assign]
    QDialog.exec = lambda self: self.show()  # type: ignore[method-assign]

    controller, window = open_main_window(app, lang, workspace)
    if window is None:
        return 1
    out.mkdir(parents=True, exist_ok=True)
    screen = app.primaryScreen().availableGeometry()
    window.setGeometry(screen)
    window.show()
    _wait(app, args.wait)

    def page(key: str) -> Any:
        index = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        found = window.page(index)
        window.show_page(window.stack.indexOf(found))
        return found

    returns = sorted(str(p) for p in (args.files / "returns").glob("*.xlsx"))

    def import_empty() -> None:
        window.import_launcher.dialog = None
        from upr_desktop.ui.importing.dialog import ImportDialog

        window.import_launcher.dialog = ImportDialog(window.ctx, window)
        window.import_launcher.dialog.show()

    def import_preview() -> None:
        window.import_launcher.open(_files(args.files, "import")[:1])

    def import_refused() -> None:
        window.import_launcher.open(_files(args.files, "refused")[:1])

    def merge_preview() -> None:
        page("exchange").start_merge(*returns)

    def merge_conflicts() -> None:
        exchange = page("exchange")
        exchange.start_merge(*returns)
        panel = exchange.merge_panel
        for row in range(panel.files.count()):
            plan = panel.plan(row)
            if plan is not None and plan.conflicts:
                panel.files.setCurrentRow(row)
                break

    def conflicts() -> None:
        exchange = page("exchange")
        exchange.start_merge(*returns)
        exchange.merge_panel.apply_button.click()
        exchange.conflicts_panel.reload()
        exchange.tabs.setCurrentWidget(exchange.conflicts_panel)

    def history() -> None:
        exchange = page("exchange")
        exchange.history_panel.reload()
        exchange.tabs.setCurrentWidget(exchange.history_panel)

    def explanation() -> None:
        exchange = page("exchange")
        exchange.tabs.setCurrentWidget(exchange.history_panel)
        panel = exchange.history_panel
        panel.table.selectRow(0)
        panel.show_details()

    def settings() -> None:
        page("settings")

    shots: dict[str, Callable[[], None]] = {
        "import": import_empty, "import-preview": import_preview, "import-refused": import_refused,
        "merge-preview": merge_preview, "merge-conflicts": merge_conflicts, "conflicts": conflicts, "history": history,
        "explanation": explanation,
        "protect": lambda: window.run_command("protect"),
        "change-passphrase": lambda: window.ctx.commands["change_passphrase"](),
        "unlock": lambda: _unlock_dialog(window),
        "settings": settings,
        "about": lambda: window.run_command("about"),
        "new-workspace": lambda: _new_workspace_dialog(window),
    }
    chosen = args.only.split(",") if args.only else list(SHOTS)
    for name in chosen:
        page("recommendations")
        try:
            shots[name]()
        except Exception as exc:  # noqa: BLE001 - a shot that cannot be taken is named, the others still are
            print(f"{name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            _close_dialogs(app)
            continue
        _save_screen(app, out / f"{name}.png", args.wait)
        _close_dialogs(app)
    controller.shutdown()
    return 0


def _unlock_dialog(window: Any) -> None:
    from upr_desktop.security.keystore import KeyringStatus
    from upr_desktop.ui.security.dialogs import PassphraseDialog
    from upr_desktop.ui.security.models import UnlockModel

    status = KeyringStatus(False, "fail", "no keyring service is running on this computer (no desktop session)")
    dialog = PassphraseDialog(UnlockModel(lambda _p: None, keyring=status), "coalition.uprw", window,
                              submit=lambda fn, done: None)
    dialog.show()
    window._shot_dialog = dialog


def _new_workspace_dialog(window: Any) -> None:
    from upr_desktop.ui.welcome import NewWorkspaceDialog

    dialog = NewWorkspaceDialog(window)
    dialog.show()
    window._shot_dialog = dialog


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workspace")
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=Path, required=True, help="folder of files to show the dialogs with")
    parser.add_argument("--lang", default="en", help="a language code, several separated by commas, or all")
    parser.add_argument("--screen", default="1366x768", help="the screen's size, e.g. 1024x600")
    parser.add_argument("--only", default="", help="these shots only, e.g. import,about (default: " + ",".join(SHOTS) + ")")
    parser.add_argument("--wait", type=float, default=0.5, help="seconds to let a dialog settle before the grab")
    args = parser.parse_args()
    width, height = (int(v) for v in args.screen.split("x"))
    scratch = Path(tempfile.mkdtemp(prefix="upr-dialogs-"))
    if not os.environ.get("UPR_SHOTS_CHILD"):
        # Qt reads the screen once: a child process with the platform set to a screen of that size.
        (scratch / "screen.json").write_text(json.dumps({"screens": [{
            "name": "shots", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        env = dict(os.environ, UPR_SHOTS_CHILD="1", QT_QPA_PLATFORM="offscreen:configfile=screen.json",
                   UPR_DESKTOP_HOME=os.environ.get("UPR_DESKTOP_HOME") or str(scratch / "home"))
        argv = [sys.executable, str(Path(__file__).resolve()), str(Path(args.workspace).resolve()), str(args.out.resolve()),
                "--files", str(args.files.resolve()), "--lang", args.lang, "--screen", args.screen, "--wait", str(args.wait),
                *(["--only", args.only] if args.only else [])]
        try:
            return subprocess.call(argv, cwd=scratch, env=env)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    return each_language(args.lang, args.workspace, args.out,
                         lambda app, lang, location, out: _one_language(app, lang, location, out, args), scratch)


if __name__ == "__main__":
    sys.exit(main())
