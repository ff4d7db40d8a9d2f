"""Converting cells: a boolean cell is not taken for the number 1 or 0 (they are equal as dictionary keys)."""

from __future__ import annotations

from pathlib import Path

from conftest import LEGACY_HEADERS, write_xlsx

from upr_desktop.importers import ImportOptions, registry
from upr_desktop.importers.readers import SourceFile
from upr_desktop.importers.imported import Monitor


def _parse(path: Path):
    source = SourceFile.open(path)
    return registry.detect(source)[0].parse(source, ImportOptions(), Monitor())


def _row(sur, text, rs, response, action, issue, session):
    return [sur, "Asia", "", text, rs, "WEOG", "", response, action, issue, session]


def test_boolean_cells_are_not_taken_for_1_and_0(tmp_path: Path) -> None:
    rows = [LEGACY_HEADERS,
            _row("Thailand", "First", "France", "Accepted", 1, "Justice", 1),
            _row("Thailand", "Second", "France", "Accepted", True, "Justice", True),
            _row("Thailand", "Third", "France", "Accepted", 1, "Justice", 1)]
    parsed = _parse(write_xlsx(tmp_path / "bools.xlsx", rows, sheet="UPR Info database export"))
    assert [(r.row, r.session, r.action_category) for r in parsed.records] == [(2, 1, 1), (4, 1, 1)]
    assert [(e.row, e.message) for e in parsed.errors] == [(3, "the session 'True' is not a UPR session number")]
