"""Open the main window on a workspace and save a PNG of each page: python scripts/screenshot_pages.py W OUT [page ...]."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace")
    parser.add_argument("out", type=Path)
    parser.add_argument("pages", nargs="*", help="page keys (default: all)")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--select-first", action="store_true", help="select the first row of each page's table")
    parser.add_argument("--detail-tab", type=int, metavar="N", help="with --select-first: show the detail pane's tab N (0: the first)")
    parser.add_argument("--search", metavar="TEXT", help="type TEXT in the page's search box first")
    parser.add_argument("--merge", nargs="+", metavar="FILE", help="also preview merging these returns (merge-preview.png)")
    args = parser.parse_args()
    os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-shots-"))  # leave real settings alone

    from PySide6.QtWidgets import QApplication

    from upr_desktop.ui.app import make_application
    from upr_desktop.ui.controller import AppController
    from upr_desktop.ui.worker import BackgroundRunner, InlineExecutor
    from upr_desktop.ui.page_registry import PAGES
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.translations import Translations

    app = make_application()
    store = SettingsStore()
    store.use_for_now(language=args.lang)  # as --lang does: the shown language, not saved
    translations = Translations(app)
    translations.apply(args.lang)
    runner = BackgroundRunner(InlineExecutor())  # every read finishes before the grab
    controller = AppController(runner, store, translations)
    controller.start(args.workspace)
    window = controller.main
    if window is None:
        print("could not open the workspace", file=sys.stderr)
        return 1
    width, height = (int(v) for v in args.size.split("x"))
    window.setGeometry(0, 0, width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    keys = args.pages or [spec.key for spec in PAGES]
    for key in keys:
        page = window.page(next(i for i, spec in enumerate(PAGES) if spec.key == key))
        window.show_page(window.stack.indexOf(page))
        table = getattr(page, "table", None)
        filters = getattr(page, "filters", None)
        if args.search and filters is not None:
            filters.search.setText(args.search)
            page.apply_filters()
            settle = time.monotonic() + 2.5
            while time.monotonic() < settle:
                app.processEvents()
                time.sleep(0.02)
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
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        target = args.out / f"{key}.png"
        window.grab().save(str(target))
        print(target)
    if args.merge:
        index = next(i for i, spec in enumerate(PAGES) if spec.key == "exchange")
        page = window.page(index)
        window.show_page(window.stack.indexOf(page))
        page.start_merge(*args.merge)
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        window.grab().save(str(args.out / "merge-preview.png"))
        print(args.out / "merge-preview.png")
    controller.shutdown()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
