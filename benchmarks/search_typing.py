"""Keystroke -> rows in the Recommendations page at 100,000 rows, typed as a person types (offscreen).

Target (issue 19): <= 100 ms from a keystroke to its rows on screen. Each word is typed one key at a time
(real key events into the search box, ``--gap`` ms apart, a brisk typist), and each keystroke is timed
until the model holds the answer *for that text*, the rows on screen have their data and the table has
repainted: the search box's own wait after a keystroke is included (the old fixed 150 ms pause was not
counted by gui_100k.py, which calls apply_now). The baseline is the bare query: the same search through
``operations.recommendations.table_ids`` on the GUI thread, measured in the same run, one per keystroke.

    QT_QPA_PLATFORM=offscreen python benchmarks/search_typing.py [--rows 100000] [--gap 180]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

WORDS = ["torture", "women", "migrants", "journalists", "indigenous", "detention"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--gap", type=int, default=180, help="milliseconds between keystrokes")
    args = parser.parse_args()
    import gui_100k
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from upr_desktop.operations import recommendations
    from upr_desktop.ui.app import make_application
    from upr_desktop.ui.controller import AppController
    from upr_desktop.ui.garbage import QuietCollector
    from upr_desktop.ui.recommendations.model import PAGE_SIZE
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.translations import Translations
    from upr_desktop.ui.worker import BackgroundRunner

    path = gui_100k.workspace(args.rows)
    app = make_application()
    store = SettingsStore()
    translations = Translations(app)
    translations.apply("en")
    runner = BackgroundRunner()
    controller = AppController(runner, store, translations)
    QuietCollector(runner, app)
    controller.start(str(path))
    while controller.main is None or not controller.main.isVisible():
        QApplication.processEvents()
        time.sleep(0.001)
    window = controller.main
    window.resize(1366, 768)
    page = window.page_by_key("recommendations")
    model, table, box = page.model, page.table, page.filters.search
    while not model.rowCount():
        QApplication.processEvents()
        time.sleep(0.001)
    gui_100k.wait_idle(app, model, runner)
    box.setFocus()

    def pump_for(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QApplication.processEvents()
            time.sleep(0.001)

    def shown_for(text: str) -> bool:
        if (model.filter.search or "") != text or runner.busy or model._pending or page.filters._debounce.isActive():
            return False
        last = table.rowAt(table.viewport().height() - 1)
        last = last if last >= 0 else model.rowCount() - 1
        return all(p in model._texts for p in range(0, max(0, last) // PAGE_SIZE + 1)) if model.rowCount() else True

    class FixedWait:  # the search box before issue 19: 150 ms after every keystroke
        def answered(self, seconds: float) -> None:
            pass

        def wait_ms(self) -> int:
            return 150

    adaptive = page.filters.pace
    keystrokes, bare, fixed = [], [], []
    for word in WORDS * 2:
        timings = keystrokes if page.filters.pace is adaptive else fixed
        for end in range(1, len(word) + 1):
            text = word[:end]
            start = time.perf_counter()
            QTest.keyClick(box, word[end - 1])
            while not shown_for(text):
                QApplication.processEvents()
                if time.perf_counter() - start > 30:
                    sys.exit(f"no rows for {text!r}")
                time.sleep(0.0005)
            table.viewport().repaint()
            timings.append(time.perf_counter() - start)
            flt = replace(model.filter)
            start = time.perf_counter()
            recommendations.table_ids(controller.ctx.workspace, flt, "ref", False, PAGE_SIZE)
            bare.append(time.perf_counter() - start)
            pump_for(max(0.0, args.gap / 1000 - timings[-1]))
        box.selectAll()
        QTest.keyClick(box, Qt.Key.Key_Backspace)
        pump_for(0.3)
        gui_100k.wait_idle(app, model, runner)
        page.filters.pace = FixedWait() if page.filters.pace is adaptive else adaptive  # alternate, word by word
    base = statistics.median(bare)
    print(f"{model.rowCount():,} rows shown at the end; {len(bare)} keystrokes, {args.gap} ms apart; {gui_100k.load()}")
    print(f"  bare query (baseline)               median {base * 1000:5.0f} ms  max {max(bare) * 1000:5.0f} ms")
    for label, runs in (("keystroke -> rows, adaptive wait", keystrokes), ("keystroke -> rows, fixed 150 ms", fixed)):
        median = statistics.median(runs)
        print(f"  {label:32s}  median {median * 1000:5.0f} ms  max {max(runs) * 1000:5.0f} ms  = {median / base:.1f} x the bare query"
              "  (target <= 100 ms)")
    print(f"  (the adaptive wait at the end: {adaptive.wait_ms()} ms)")
    controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
