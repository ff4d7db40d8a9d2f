"""'Recommended before' on a PostgreSQL workspace: the ts_rank candidate search gives the figures FTS5 gives."""

from __future__ import annotations

import csv
from typing import Any

import pytest

from tests.core.test_recommended_before import CANDIDATES_RECALL_FLOOR, DATA, PRECISION_FLOOR, evaluate
from upr_desktop.core.read import recommended_before
from upr_desktop.importers import ImportOptions, import_file

# A PostgreSQL cluster is started for these: CI runs them with the slow tests.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    with open(DATA / "upr-info-two-cycles.csv", encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_ts_rank_candidates_give_the_figures_of_fts5(pg_workspace: Any, workspace: Any, rows: list[list[str]],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for ws in (pg_workspace, workspace):
        import_file(ws, DATA / "upr-info-two-cycles.csv", ImportOptions(all_states=True))
    assert pg_workspace.engine.dialect.name == "postgresql" and workspace.engine.dialect.name == "sqlite"
    compared_all = evaluate(pg_workspace, rows)
    monkeypatch.setattr(recommended_before, "FULL_COMPARE_UP_TO", 0)  # the candidate search, as past 5,000 earlier ones
    called: list[int] = []
    real = recommended_before.ts_rank_candidates
    monkeypatch.setattr(recommended_before, "ts_rank_candidates", lambda *a, **k: called.append(1) or real(*a, **k))
    server = evaluate(pg_workspace, rows)
    local = evaluate(workspace, rows)
    for name, (precision, recall, tp, fp, fn, _found) in (("server, every pair", compared_all), ("server, ts_rank", server),
                                                           ("file, FTS5", local)):
        print(f"{name}: precision {precision:.2f}, recall {recall:.2f} ({tp} hits, {fp} wrong, {fn} missed)")
    assert called, "the server's candidate search was not used"
    assert server[0] >= PRECISION_FLOOR and server[1] >= CANDIDATES_RECALL_FLOOR
    # Similar to the file's FTS5 candidates and to comparing every pair: a few pairs either way at most.
    assert abs(server[2] - local[2]) <= 5 and abs(server[3] - local[3]) <= 3
    assert compared_all[:3] == evaluate_file_every_pair(workspace, rows, monkeypatch)[:3]


def evaluate_file_every_pair(workspace: Any, rows: list[list[str]], monkeypatch: pytest.MonkeyPatch) -> tuple:
    monkeypatch.setattr(recommended_before, "FULL_COMPARE_UP_TO", 5_000)
    return evaluate(workspace, rows)
