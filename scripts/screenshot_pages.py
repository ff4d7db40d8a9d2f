"""Open the main window on a workspace and save a PNG of each page: python scripts/screenshot_pages.py W OUT [page ...].

One language (``--lang fr``) writes OUT/<page>.png; several (``--lang en,fr,my`` or ``--lang all``) write
OUT/<lang>/<page>.png, one window per language. ``--presentation`` takes them in presentation mode (F11) at
1366×768 as <page>-presentation.png; ``--both`` takes both. ``--small`` saves 256-colour PNGs (a third of the size).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from screen_window import each_language, open_main_window

PRESENTATION_SIZE = "1366x768"


def _wait(app: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _save(window: Any, target: Path, small: bool) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = window.grab().toImage()
    if small:  # screenshots have few colours: a palette keeps text sharp at a third of the size
        image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    image.save(str(target), quality=-1)
    print(target)


def _shoot(app: Any, window: Any, keys: list[str], out: Path, suffix: str, args: argparse.Namespace) -> None:
    from upr_desktop.ui.page_registry import PAGES

    for key in keys:
        page = window.page(next(i for i, spec in enumerate(PAGES) if spec.key == key))
        window.show_page(window.stack.indexOf(page))
        table = getattr(page, "table", None)
        filters = getattr(page, "filters", None)
        choice = getattr(page, "cycle", None)
        if args.cycle is not None and hasattr(choice, "findData"):
            _wait(app, 0.5)  # the cycles the workspace holds arrive from the worker
            choice.setCurrentIndex(max(choice.findData(args.cycle), 0))
        if args.search and filters is not None:
            filters.search.setText(args.search)
            page.apply_filters()
            _wait(app, 2.5)
        settle = time.monotonic() + 1.0  # the first rows arrive after the page is shown
        while args.select_first and time.monotonic() < settle and table is not None and not table.model().rowCount():
            app.processEvents()
            time.sleep(0.02)
        if args.select_first and table is not None and table.model().rowCount():
            from PySide6.QtCore import QItemSelectionModel

            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            table.selectionModel().setCurrentIndex(table.model().index(0, 0), flags)
            detail = getattr(page, "detail", None)
            if args.detail_tab is not None and detail is not None:
                detail.tabs.setCurrentIndex(args.detail_tab)
        _wait(app, args.wait)
        _save(window, out / f"{key}{suffix}.png", args.small)


def _one_language(app: Any, lang: str, workspace: str, out: Path, args: argparse.Namespace) -> int:
    from upr_desktop.ui import presentation_style
    from upr_desktop.ui.page_registry import PAGES

    controller, window = open_main_window(app, lang, workspace)
    if window is None:
        return 1
    out.mkdir(parents=True, exist_ok=True)
    keys = args.pages or [spec.key for spec in PAGES]
    modes = ["desk", "presentation"] if args.both else ["presentation" if args.presentation else "desk"]
    for mode in modes:
        if mode == "presentation":  # --size applies to presentation mode only when it is the only mode
            size = PRESENTATION_SIZE if args.both or not args.size else args.size
        else:
            size = args.size or "1366x768"
        width, height = (int(v) for v in size.split("x"))
        if mode == "presentation":
            presentation_style.apply_style(window, True)  # F11's look; the window is sized as the projector's screen
        window.setGeometry(0, 0, width, height)
        window.show()
        _wait(app, args.wait)  # the new size and fonts reach every page before the first is shown
        _shoot(app, window, keys, out, "-presentation" if mode == "presentation" else "", args)
        if mode == "presentation":
            presentation_style.apply_style(window, False)
    if args.merge:
        index = next(i for i, spec in enumerate(PAGES) if spec.key == "exchange")
        page = window.page(index)
        window.show_page(window.stack.indexOf(page))
        page.start_merge(*args.merge)
        _wait(app, 1.5)
        _save(window, out / "merge-preview.png", args.small)
    controller.shutdown()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workspace")
    parser.add_argument("out", type=Path)
    parser.add_argument("pages", nargs="*", help="page keys (default: all)")
    parser.add_argument("--lang", default="en", help="a language code, several separated by commas, or all")
    parser.add_argument("--size", default="", help="window size, e.g. 1024x600 (default 1366x768)")
    parser.add_argument("--presentation", action="store_true", help="presentation mode (F11), 1366x768 unless --size")
    parser.add_argument("--both", action="store_true", help="at the size and in presentation mode")
    parser.add_argument("--small", action="store_true", help="256-colour PNGs")
    parser.add_argument("--wait", type=float, default=1.0, help="seconds to let each page settle before the grab")
    parser.add_argument("--select-first", action="store_true", help="select the first row of each page's table")
    parser.add_argument("--detail-tab", type=int, metavar="N", help="with --select-first: show the detail pane's tab N (0: the first)")
    parser.add_argument("--search", metavar="TEXT", help="type TEXT in the page's search box first")
    parser.add_argument("--cycle", type=int, metavar="N", help="choose this UPR cycle on the pages that have a cycle choice")
    parser.add_argument("--merge", nargs="+", metavar="FILE", help="also preview merging these returns (merge-preview.png)")
    args = parser.parse_args()
    os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-shots-"))  # leave real settings alone

    return each_language(args.lang, args.workspace, args.out,
                         lambda app, lang, location, out: _one_language(app, lang, location, out, args))


if __name__ == "__main__":
    sys.exit(main())
