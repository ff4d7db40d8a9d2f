"""100,000 recommendations: the lazy model scrolls top to bottom; and the PySide6 None-refcount regression."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import textwrap
import uuid

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from upr_desktop.core.storage.workspace_file import WorkspaceFile

WORDS = ["ratify", "convention", "protect", "women", "children", "torture", "police", "prison", "education", "health", "migrants", "journalists", "land"]


def fill(ws: WorkspaceFile, count: int) -> None:
    """Bulk insert through the DB-API (an ORM insert of 100,000 rows would dominate the test)."""
    rng = random.Random(5)
    rows = [
        (str(uuid.UUID(int=i + 1)), f"{100 + i // 1000}.{i % 1000 + 1}", " ".join(rng.choice(WORDS) for _ in range(18)),
         "Thailand", json.dumps([rng.choice(["France", "Chile", "Japan"])]), rng.choice(["supported", "noted"]), 3, f"bulk-{i}")
        for i in range(count)
    ]
    conn = ws.engine.raw_connection()
    try:
        conn.executemany(
            "INSERT INTO recommendation (uuid, ref, text, state_under_review, recommending_states, response, cycle, source_key,"
            " confidential, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            rows,
        )
        conn.commit()
    finally:
        conn.close()


@pytest.mark.slow
def test_scrolling_100k_rows_top_to_bottom_fetches_pages_and_bounds_the_cache(qtbot, workspace, runner) -> None:
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.worker import Operations
    from upr_desktop.ui.recommendations.model import MAX_CACHED_PAGES, RecommendationTableModel

    fill(workspace, 100_000)
    model = RecommendationTableModel(Operations(runner, workspace, DataHub()))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    model.reload()
    assert model.rowCount() == 100_000
    bar = view.verticalScrollBar()
    steps = 0
    while True:
        QApplication.processEvents()  # paints, which asks for the visible pages
        model.fetch_pending()
        QApplication.processEvents()
        top = view.rowAt(0)
        assert model.row_data(top) is not None, f"row {top} still empty after its page was fetched"
        assert len(model._pages) <= MAX_CACHED_PAGES
        if bar.value() >= bar.maximum():
            break
        bar.setValue(min(bar.maximum(), bar.value() + max(bar.pageStep(), bar.maximum() // 40)))
        steps += 1
    last = model.rowCount() - 1
    assert view.rowAt(view.viewport().height() - 2) == last
    assert model.row_data(last).ref == "199.1000"
    assert steps >= 40


def test_many_none_returning_qt_calls_do_not_abort_the_process(tmp_path) -> None:
    """PySide6 6.12.0 on Python 3.11 aborts ('none_dealloc') after ~5,000 such calls (TESTING.md)."""
    script = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for i in range(20_000):
            label.setText(str(i))
            label.update()
            label.setToolTip("x")
        print("survived", label.text())
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"Qt process died ({result.returncode}): {result.stderr[-2000:]}"
    assert "survived 19999" in result.stdout
