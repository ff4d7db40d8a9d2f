"""Column-by-column reading gives what the row-by-row reader gives: records, first problem per row, counts."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from conftest import LEGACY_HEADERS, write_xlsx

from upr_desktop.importers import ImportOptions, columnar, registry, tabular
from upr_desktop.importers.readers import SourceFile
from upr_desktop.importers.records import Monitor


def _parse(path: Path, *, row_by_row: bool):
    source = SourceFile.open(path)
    importer = registry.detect(source)[0]
    if not row_by_row:
        return importer.parse(source, ImportOptions(), Monitor())

    def refuse(*_args, **_kwargs):
        raise columnar.Unhashable()

    with mock.patch.object(tabular, "read_columns", refuse):
        return importer.parse(source, ImportOptions(), Monitor())


def _row(sur, text, rs, response, action, issue, session):
    return [sur, "Asia", "", text, rs, "WEOG", "", response, action, issue, session]


def test_same_records_errors_and_warnings_as_row_by_row(tmp_path: Path) -> None:
    rows = [LEGACY_HEADERS,
            _row("Thailand", "Ratify the Convention", "Narnia", "Accepted", 2, "Justice", 25),
            _row("Atlantis", "", "France", "Accepted", 2, "Justice", 25),  # empty text: first problem
            _row("Atlantis", "Protect defenders", "Narnia", "Maybe", 2, "Justice", 25),  # bad response, States counted
            _row("Thailand", "Abolish the death penalty", "Atlantis", "Noted", 9, "Justice", 25),  # bad action
            _row("Thailand", "Combat trafficking", "Gondor", "Noted", 3, "Justice", "abc"),  # bad session: no counts
            _row("Thailand", "Combat trafficking", "Gondor", "Noted", 3, "Justice", "abc"),
            [None] * len(LEGACY_HEADERS),  # empty row: skipped
            LEGACY_HEADERS,  # repeated header: skipped
            _row("Chile", "12.3 Ensure birth registration", "Narnia", "Supported", 1, "Women's rights,Justice", 12.0)]
    path = write_xlsx(tmp_path / "mixed.xlsx", rows, sheet="UPR Info database export")
    fast, slow = _parse(path, row_by_row=False), _parse(path, row_by_row=True)
    assert fast.records == slow.records
    assert fast.errors == slow.errors
    assert fast.warnings == slow.warnings
    assert fast.rows_read == slow.rows_read == 7
    assert [(e.row, e.state) for e in fast.errors] == [(3, "Atlantis"), (4, "Atlantis"), (5, "Thailand"), (6, "Thailand"), (7, "Thailand")]
    assert "the response 'Maybe'" in fast.errors[1].message and "action category '9'" in fast.errors[2].message
    assert fast.warnings == ["Names not on the UN list of States were kept as written: Atlantis (4), Narnia (3)."]
    assert fast.records[1].ref == "12.3" and fast.records[1].session == 12 and fast.records[1].cycle == 1


def test_boolean_cells_are_not_taken_for_1_and_0(tmp_path: Path) -> None:
    rows = [LEGACY_HEADERS,
            _row("Thailand", "First", "France", "Accepted", 1, "Justice", 1),
            _row("Thailand", "Second", "France", "Accepted", True, "Justice", True),
            _row("Thailand", "Third", "France", "Accepted", 1, "Justice", 1)]
    parsed = _parse(write_xlsx(tmp_path / "bools.xlsx", rows, sheet="UPR Info database export"), row_by_row=False)
    assert [(r.row, r.session, r.action_category) for r in parsed.records] == [(2, 1, 1), (4, 1, 1)]
    assert [(e.row, e.message) for e in parsed.errors] == [(3, "the session 'True' is not a UPR session number")]
