"""'Recommended before' on a PostgreSQL workspace: the same suggestions as on a file, on both paths."""

from __future__ import annotations

import csv
from typing import Any

import pytest

from tests.core.test_recommended_before import CANDIDATES_RECALL_FLOOR, DATA, PRECISION_FLOOR, RECALL_FLOOR, evaluate
from upr_desktop.core.read import recommended_before
from upr_desktop.importers import ImportOptions, import_file

# A PostgreSQL cluster is started for these: CI runs them with the slow tests.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    with open(DATA / "upr-info-two-cycles.csv", encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_a_server_gives_the_figures_of_a_file(pg_workspace: Any, workspace: Any, rows: list[list[str]],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for ws in (pg_workspace, workspace):
        import_file(ws, DATA / "upr-info-two-cycles.csv", ImportOptions(all_states=True))
    assert pg_workspace.engine.dialect.name == "postgresql" and workspace.engine.dialect.name == "sqlite"
    every_pair = evaluate(pg_workspace, rows), evaluate(workspace, rows)
    monkeypatch.setattr(recommended_before, "EVERY_PAIR_UP_TO", 0)  # candidates first, as past 300 x 400 pairs
    monkeypatch.setattr(recommended_before, "CANDIDATES", 20)
    candidates = evaluate(pg_workspace, rows), evaluate(workspace, rows)
    for name, (precision, recall, tp, fp, fn, _found) in (("server, every pair", every_pair[0]), ("file, every pair", every_pair[1]),
                                                           ("server, candidates", candidates[0]), ("file, candidates", candidates[1])):
        print(f"{name}: precision {precision:.2f}, recall {recall:.2f} ({tp} hits, {fp} wrong, {fn} missed)")
    # One rule in Python over the same rows: the same hits, on both paths.
    assert every_pair[0][:5] == every_pair[1][:5] and candidates[0][:5] == candidates[1][:5]
    assert every_pair[0][0] >= PRECISION_FLOOR and every_pair[0][1] >= RECALL_FLOOR
    assert candidates[0][0] >= PRECISION_FLOOR and candidates[0][1] >= CANDIDATES_RECALL_FLOOR
