"""The bulk path reads a sheet's cells once: the same records, errors and warnings as from the rows built first."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from upr_desktop.importers import registry
from upr_desktop.importers.imported import ImportOptions, Monitor
from upr_desktop.importers.readers import SheetTable, SourceFile


def _sheet(path: Path) -> Path:
    """Empty leading rows and columns, HTML references in every kind of cell, the header repeated, bad rows."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "UPR Info database export"
    rows = [
        ["SuR", "Recommendation", "RS", "Response", "Action", "Issue", "Session"],
        ["Thailand", "Protect defenders &amp; journalists", "&#40;Unknown&#41;", "Accepted", 3, "Women&#39;s rights", 26],
        ["C&ocirc;te d&#39;Ivoire", "Ratify the Rome Statute", "France", "Noted", 4, "International instruments", 12],
        ["Thailand", "", "France", "Accepted", 3, "Education", 26],  # no text: a row error, its State decoded
        ["SuR", "Recommendation", "RS", "Response", "Action", "Issue", "Session"],  # the header again (a page break)
        ["Thailand", "Keep R&D and AT&T as written", "Brazil", "Supported", 2, "Education,Women&#39;s rights", 26],
        ["Thailand", "Protect defenders &amp; journalists", "&#40;Unknown&#41;", "Noted", 3, "Women&#39;s rights", 26],
        ["Thailand", "Abolish the death penalty", "Peru", "Acceptée", "x", "Death penalty", "twenty"],
    ]
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=2):
            if value != "":
                ws.cell(row=r, column=c, value=value)
    book.save(path)
    return path


def _parsed(path: Path, build_rows_first: bool, lean: bool = False):
    source = SourceFile.open(path, lean=lean)
    tables = source.tables()
    assert all(isinstance(t, SheetTable) for t in tables)
    if build_rows_first:
        for table in tables:
            assert table.rows  # every cell decoded first, as the GUI's previews see them
    importer = registry.detect(source)[0]
    assert importer.name == "upr-info"
    return importer.parse(source, ImportOptions(all_states=True), Monitor()), tables


def test_rows_read_from_the_reader_give_what_rows_built_first_give(tmp_path: Path) -> None:
    path = _sheet(tmp_path / "export.xlsx")
    streamed, tables = _parsed(path, build_rows_first=False)
    assert all(t._rows is None for t in tables)  # never built: each cell the importer maps was read once
    built, _tables = _parsed(path, build_rows_first=True)
    lean, lean_tables = _parsed(path, build_rows_first=False, lean=True)  # rows built first, calamine's cells freed
    assert all(t._rows is not None and t._sheet is None for t in lean_tables)
    assert (lean.records, lean.errors, lean.warnings) == (built.records, built.errors, built.warnings)
    assert streamed.records == built.records
    assert streamed.errors == built.errors and streamed.warnings == built.warnings
    assert streamed.rows_read == built.rows_read == 6
    assert [r.text for r in streamed.records] == ["Protect defenders & journalists", "Ratify the Rome Statute",
                                                   "Keep R&D and AT&T as written", "Protect defenders & journalists"]
    assert streamed.records[0].recommending_states == [] and streamed.records[1].state_under_review == "Côte d'Ivoire"
    assert streamed.records[0].themes == [("Women's rights", None)]
    assert [(e.row, e.state) for e in streamed.errors] == [(6, "Thailand"), (10, "Thailand")]


def test_a_file_is_read_lean_when_the_workspace_side_is_held_beside_it(workspace, tmp_path: Path, monkeypatch) -> None:
    """Into a workspace with no imported recommendation the rows are read from calamine's cells; once it holds some
    (their fingerprints are loaded while the file is read), the rows are built first and calamine's cells freed."""
    from upr_desktop.importers import import_file, run

    leans: list[bool] = []
    real = run.open_source
    monkeypatch.setattr(run, "open_source", lambda *a, lean=False, **k: leans.append(lean) or real(*a, lean=lean, **k))
    path = _sheet(tmp_path / "export.xlsx")
    assert import_file(workspace, path, ImportOptions(all_states=True)).added == 3  # the Supported and Noted rows merged
    assert import_file(workspace, path, ImportOptions(all_states=True), dry_run=True).unchanged == 3
    assert leans == [False, True]
