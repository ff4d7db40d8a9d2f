"""GUI speed with 100,000 recommendations (offscreen): start, search, filter, sort, scroll.

Targets (issue 5): main window usable <= 1.5 s after start; a search keystroke or filter change
repaints <= 150 ms; sorting by any column <= 300 ms; scrolling never stalls > 50 ms per step.
The workspace is generated once through a bulk DB-API insert and cached in benchmarks/out/.
Run: QT_QPA_PLATFORM=offscreen python benchmarks/gui_100k.py [--rows N] [--repeat K]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-bench-"))

OUT = Path(__file__).resolve().parent / "out"
WORDS = ["ratify", "convention", "protect", "women", "children", "torture", "police", "prison", "education", "health", "migrants", "journalists", "land", "indigenous", "peoples", "disability", "freedom", "expression", "assembly", "detention", "trafficking", "budget"]
STATES = ["France", "Chile", "Japan", "Brazil", "Germany", "Kenya", "Norway", "India", "Mexico", "Canada"]
GROUPS = ["WRN", "CF", "LAW", "IPN", "DIS", "MIG"]


def build(path: Path, rows: int) -> None:
    from upr_desktop.core.services import groups
    from upr_desktop.core.workspace import create_workspace

    rng = random.Random(42)
    ws = create_workspace(path, name="Benchmark coalition", country="Thailand", cycles=[3])
    with ws.transaction() as s:
        for acronym in GROUPS:
            groups.add_group(s, name=f"Group {acronym}", acronym=acronym)
    conn = ws.engine.raw_connection()
    try:
        conn.executemany(
            "INSERT INTO recommendation (uuid, ref, text, state_under_review, recommending_states, response, cycle,"
            " action_category, source_key, confidential, created_at, updated_at)"
            " VALUES (?, ?, ?, 'Thailand', ?, ?, ?, ?, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            [(str(uuid.UUID(int=i + 1)), f"{100 + i // 1000}.{i % 1000 + 1}", " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 40))),
              json.dumps(rng.sample(STATES, rng.randint(1, 3))), rng.choice(["supported", "noted", "partially-supported"]),
              rng.choice([1, 2, 3]), rng.randint(1, 5), f"bench-{i}") for i in range(rows)],
        )
        conn.executemany("INSERT INTO theme (name) VALUES (?)", [(w.capitalize(),) for w in WORDS[:12]])
        conn.executemany("INSERT INTO recommendation_theme (recommendation_id, theme_id) VALUES (?, ?)",
                         [(i, rng.randint(1, 12)) for i in range(1, rows + 1) if rng.random() < 0.7])
        conn.executemany("INSERT INTO assignment (uuid, recommendation_id, group_id, role, created_at) VALUES (?, ?, ?, 'lead', CURRENT_TIMESTAMP)",
                         [(str(uuid.uuid4()), i, rng.randint(1, len(GROUPS))) for i in range(1, rows + 1) if rng.random() < 0.5])
        conn.executemany(
            "INSERT INTO assessment (uuid, recommendation_id, group_id, status, assessed_on, confidential, recorded_at) VALUES (?, ?, ?, ?, ?, 0, CURRENT_TIMESTAMP)",
            [(str(uuid.uuid4()), i, rng.randint(1, len(GROUPS)), rng.choice(["not-implemented", "partially-implemented", "fully-implemented"]),
              f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for i in range(1, rows + 1) for _ in range(rng.choice([0, 0, 1, 2]))],
        )
        conn.commit()
    finally:
        conn.close()
    ws.close()


def workspace(rows: int) -> Path:
    OUT.mkdir(exist_ok=True)
    cached = OUT / f"gui_{rows}.uprw"
    if not cached.exists():
        t = time.perf_counter()
        build(OUT / "building.uprw", rows)
        (OUT / "building.uprw").rename(cached)
        print(f"built {cached.name} in {time.perf_counter() - t:.1f} s")
    work = Path(tempfile.mkdtemp(prefix="upr-bench-ws-")) / "bench.uprw"
    shutil.copy(cached, work)
    return work


def wait_idle(app: object, model: object, runner: object, timeout: float = 30.0) -> None:
    """Until the worker has answered and the visible rows are drawn."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        if not runner.busy and not model._pending and not model._fetch_timer.isActive():  # type: ignore[attr-defined]
            QApplication.processEvents()
            if not runner.busy:  # type: ignore[attr-defined]
                return
        time.sleep(0.001)
    raise TimeoutError("the worker did not answer")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = workspace(args.rows)

    from PySide6.QtWidgets import QApplication

    t0 = time.perf_counter()
    from upr_desktop.ui.app import make_application
    from upr_desktop.ui.controller import AppController
    from upr_desktop.ui.operations import BackgroundRunner
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.translations import Translations

    app = make_application()
    store = SettingsStore()
    translations = Translations(app)
    translations.apply("en")
    runner = BackgroundRunner()  # the real database worker thread
    controller = AppController(runner, store, store.load(), translations)
    controller.start(str(path))
    while controller.main is None:
        QApplication.processEvents()
        time.sleep(0.001)
    window = controller.main
    page = window.page_by_key("recommendations")
    model, table = page.model, page.table
    window.resize(1366, 768)
    window.show()
    wait_idle(app, model, runner)
    startup = time.perf_counter() - t0
    print(f"rows: {model.rowCount():,}")
    print(f"start -> main window usable with rows drawn: {ms(startup)}  (target <= 1500 ms)")

    def timed(action: object) -> float:
        start = time.perf_counter()
        action()  # type: ignore[operator]
        wait_idle(app, model, runner)
        table.viewport().repaint()
        return time.perf_counter() - start

    searches = []
    for word in ["tort", "torture", "women", "migr", "journalists land", ""]:
        page.filters.search.setText(word)
        searches.append(timed(page.filters.apply_now))  # the debounce delay itself is not counted
    print(f"search keystroke -> repaint: median {ms(statistics.median(searches))}, max {ms(max(searches))}  (target <= 150 ms)")

    filters = []
    for combo, index in [(page.filters.response, 1), (page.filters.status, 2), (page.filters.group, 1), (page.filters.theme, 3),
                         (page.filters.category, 2), (page.filters.state, 4)]:
        filters.append(timed(lambda c=combo, i=index: c.setCurrentIndex(i)))
        filters.append(timed(lambda c=combo: c.setCurrentIndex(0)))
    filters.append(timed(lambda: page.filters.unassigned.setChecked(True)))
    filters.append(timed(lambda: page.filters.unassigned.setChecked(False)))
    print(f"filter change -> repaint: median {ms(statistics.median(filters))}, max {ms(max(filters))}  (target <= 150 ms)")

    from PySide6.QtCore import Qt

    from upr_desktop.core.queries import TABLE_COLUMNS

    for column, name in enumerate(TABLE_COLUMNS):
        runs = [timed(lambda c=column, o=order: table.sortByColumn(c, o))
                for _ in range(max(1, args.repeat // 2)) for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder)]
        print(f"sort by {name:20s}: median {ms(statistics.median(runs))}, max {ms(max(runs))}  (target <= 300 ms)")
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    wait_idle(app, model, runner)

    bar = table.verticalScrollBar()
    bar.setValue(0)
    wait_idle(app, model, runner)
    steps = []
    while bar.value() < bar.maximum():
        steps.append(timed(lambda: bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))))
        if len(steps) > 400:  # page by page for the first 400 pages, then jumps to reach the bottom
            bar.setValue(min(bar.maximum(), bar.value() + bar.maximum() // 50))
    print(f"scroll page by page ({len(steps)} steps): median {ms(statistics.median(steps))}, max step {ms(max(steps))}  (target <= 50 ms)")
    controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
