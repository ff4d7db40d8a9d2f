"""A file holding the same cells as an earlier import (other bytes: saved again, zipped again) into a workspace unchanged
since is not compared row by row; any change in a cell, in the workspace or in the options, and it is."""

from __future__ import annotations

import datetime
import hashlib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import LEGACY_HEADERS, write_xlsx
from sqlalchemy import inspect, text

from upr_desktop.importers import ImportOptions, import_file, run
from upr_desktop.importers.cells_digest import cells_digest
from upr_desktop.importers.readers import SourceFile, Table

BODY = [
    ["Thailand", "Asia", "", "Ratify the Optional Protocol to the Convention against Torture", "France", "WEOG", "", "Accepted", 4, "Torture", 39],
    ["Thailand", "Asia", "", "Abolish the death penalty", "Mexico", "GRULAC", "", "Noted", 5, "Death penalty", 39],
    ["Thailand", "Asia", "", "", "Chile", "GRULAC", "", "Noted", 5, "Death penalty", 39],  # no text: a row error
    ["Thailand", "Asia", "", "Protect journalists", "Norway", "WEOG", "", "Accepted", 3, "Freedom of the press", 39],
]
SHEET = "UPR Info database export"


def resaved(source: Path, target: Path) -> Path:
    """The same cells in other bytes: every part compressed again, in another order."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new:
        for item in reversed(old.infolist()):
            new.writestr(item.filename, old.read(item.filename))
    assert _sha256(source) != _sha256(target)
    return target


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(workspace: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row an import may write to, but the import runs (an import that changes nothing is still recorded)."""
    tables = ("recommendation", "recommendation_theme", "recommendation_sdg", "recommendation_affected_group", "theme",
              "change_log", "operation", "response_change")
    with workspace.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        found = {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).fetchall() for t in tables if t in present}
    assert {"recommendation", "change_log", "operation"} <= set(found)
    return {t: [tuple(r) for r in rows] for t, rows in found.items()}


def not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the rows were read into records again")

    monkeypatch.setattr(run, "parse_source", refuse)


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "export.xlsx", [LEGACY_HEADERS, *BODY], sheet=SHEET)


def test_a_resaved_identical_file_reports_every_row_unchanged_and_writes_nothing(workspace, export, tmp_path, monkeypatch) -> None:
    first = import_file(workspace, export)
    assert (first.added, first.skipped) == (3, 1)
    again = resaved(export, tmp_path / "export (saved again).xlsx")
    with monkeypatch.context() as patched:  # the same import made the long way: read, planned, compared row by row
        patched.setattr(run, "earlier_runs_unchanged", lambda *_args: [])
        full = import_file(workspace, again)
    before = snapshot(workspace)
    not_parsed(monkeypatch)
    report = import_file(workspace, again)
    assert (report.added, report.updated, report.unchanged, report.skipped) == (full.added, full.updated, full.unchanged, full.skipped) == (0, 0, 3, 1)
    assert [e.as_dict() for e in report.errors] == [e.as_dict() for e in full.errors] and report.errors
    assert (report.format, report.mapping, report.state_under_review, report.warnings) == (full.format, full.mapping, full.state_under_review, full.warnings)
    assert report.file == again.name and report.backup is None
    assert snapshot(workspace) == before  # nothing written: no recommendation, link, change-log entry or operation
    with workspace.engine.connect() as conn:
        newest = conn.execute(text("SELECT sha256, added, updated, unchanged, skipped, operation_id FROM import_run ORDER BY id DESC")).first()
    assert tuple(newest) == (_sha256(again), 0, 0, 3, 1, None)  # recorded as any import that changed nothing


def test_one_theme_changed_in_a_resaved_file_is_an_update(workspace, export, tmp_path, recs) -> None:
    import_file(workspace, export)
    body = [list(row) for row in BODY]
    body[1][9] = "Death penalty,Torture"  # one more issue on one row (a theme there already), every other cell as it was
    changed = write_xlsx(tmp_path / "newer.xlsx", [LEGACY_HEADERS, *body], sheet=SHEET)
    report = import_file(workspace, changed)
    assert (report.added, report.updated, report.unchanged, report.skipped) == (0, 1, 2, 1)
    death_penalty = next(r for r in recs() if r.text == "Abolish the death penalty")
    assert sorted(t.name for t in death_penalty.themes) == ["Death penalty", "Torture and other CID treatment"]
    with workspace.engine.connect() as conn:
        logged = conn.execute(text("SELECT entity, op FROM change_log WHERE operation_id = "
                                   "(SELECT operation_id FROM import_run ORDER BY id DESC LIMIT 1)")).fetchall()
    assert [tuple(row) for row in logged] == [("recommendation_theme", "create")]


def test_a_change_in_the_workspace_since_and_the_rows_are_compared_again(workspace, export, tmp_path, monkeypatch) -> None:
    from upr_desktop.operations import recommendations

    import_file(workspace, export)
    ref = recommendations.list_recommendations(workspace)[0].ref
    recommendations.edit_recommendation(workspace, ref, response="noted")
    again = import_file(workspace, resaved(export, tmp_path / "again.xlsx"))
    assert (again.updated, again.unchanged) == (1, 2)  # the file says otherwise: compared and set back, as before
    not_parsed(monkeypatch)
    assert import_file(workspace, resaved(export, tmp_path / "third.xlsx")).unchanged == 3


def test_other_options_and_the_rows_are_compared_again(workspace, export, tmp_path, monkeypatch) -> None:
    import_file(workspace, export)
    calls: list[object] = []
    parse = run.parse_source
    monkeypatch.setattr(run, "parse_source", lambda *args: calls.append(args) or parse(*args))
    again = resaved(export, tmp_path / "again.xlsx")
    assert import_file(workspace, again, ImportOptions(cycle=3)).unchanged == 3 and len(calls) == 1
    assert import_file(workspace, resaved(export, tmp_path / "third.xlsx"), ImportOptions(cycle=3)).unchanged == 3 and len(calls) == 1
    assert import_file(workspace, again, dry_run=True).unchanged == 3 and len(calls) == 2  # a preview always reads


def test_a_warning_naming_the_earlier_file_is_not_taken_for_another_file(workspace, tmp_path, monkeypatch) -> None:
    rows = [["Recommendation", "Recommending State", "Response"], ["Protect journalists", "Norway", "Accepted"],
            ["Abolish the death penalty", "Mexico", "Noted"]]
    first = import_file(workspace, write_xlsx(tmp_path / "matrix.xlsx", rows))
    assert first.added == 2 and any("matrix.xlsx" in w for w in first.warnings)  # it does not say its State
    renamed = resaved(tmp_path / "matrix.xlsx", tmp_path / "renamed.xlsx")
    report = import_file(workspace, renamed)  # read again: its warning names this file
    assert report.unchanged == 2 and any("renamed.xlsx" in w for w in report.warnings)
    assert not any("matrix.xlsx" in w for w in report.warnings)
    (tmp_path / "other").mkdir()
    not_parsed(monkeypatch)  # the same name elsewhere: the earlier warning says it right
    assert import_file(workspace, resaved(renamed, tmp_path / "other" / "renamed.xlsx")).unchanged == 2


def test_the_digest_is_of_the_cells_and_their_types(tmp_path) -> None:
    def digest(rows: list[list[Any]], **table: Any) -> str:
        source = SourceFile(tmp_path / "file.xlsx", "xlsx")
        source._tables = [Table("Sheet1", rows, **table)]
        return cells_digest(source)

    base = [["Recommendation", "Session"], ["Protect journalists", 39]]
    assert digest(base) == digest([["Recommendation", "Session"], ["Protect journalists", 39]])
    others = [
        [["Recommendation", "Session"], ["Protect journalists", 39.0]],
        [["Recommendation", "Session"], ["Protect journalists", "39"]],
        [["Recommendation", "Session"], ["Protect journalists ", 39]],
        [["Recommendation", "Session"], ["Protect journalists", 39], []],
        [["Recommendation", "Session", "Protect journalists", 39]],
        [["Recommendation", "Session"], ["Protect journalists", datetime.date(2021, 3, 1)]],
    ]
    digests = {digest(rows) for rows in others} | {digest(base, first_row=2), digest(base, formulas={(1, 1)})}
    assert len(digests) == len(others) + 2 and digest(base) not in digests
    dated = [["Adopted"], [datetime.datetime(2021, 3, 1, 10, 30)], [datetime.time(10, 30)], [datetime.timedelta(days=2)]]
    assert digest(dated) == digest([[c for c in row] for row in dated]) != digest([["Adopted"], ["2021-03-01T10:30:00"], ["10:30:00"], ["2 days"]])


def test_a_sheet_is_digested_alike_streamed_or_built_and_only_whole(tmp_path) -> None:
    """The digest of a sheet's cells is the same whether its rows were streamed into records or built first (an import
    into an empty workspace streams, a re-import builds), and none is kept from a look at its first rows."""
    path = write_xlsx(tmp_path / "export.xlsx", [LEGACY_HEADERS, *BODY, ["Thailand", "Asia", "", "R&amp;D &#40;sic&#41;", "France"]], sheet=SHEET)
    streamed, built = SourceFile.open(path), SourceFile.open(path, lean=True)
    sheet = streamed.tables()[0]
    assert sheet.any_filled() and sheet.head(2) and sheet._cells is None  # looks: no digest
    rows, decoded = sheet.raw_rows()
    assert not decoded and len(list(rows)) == len(BODY) + 2 and sheet._cells is not None
    assert built.tables()[0].rows and built.tables()[0]._cells is not None
    assert cells_digest(streamed) == cells_digest(built) == cells_digest(SourceFile.open(path))  # the last one: a pass of its own
    other = write_xlsx(tmp_path / "other.xlsx", [LEGACY_HEADERS, *BODY, ["Thailand", "Asia", "", "R&D (sic)", "France"]], sheet=SHEET)
    assert cells_digest(SourceFile.open(other)) != cells_digest(streamed)  # the same text decoded, but not the same cells


def test_the_digest_does_not_depend_on_which_cells_share_one_object(tmp_path) -> None:
    """calamine may give a repeated text as one object or as many: the digest is of values (a pickle without memo)."""
    def digest(rows: list[list[Any]]) -> str:
        source = SourceFile(tmp_path / "file.xlsx", "xlsx")
        source._tables = [Table("Sheet1", rows)]
        return cells_digest(source)

    state, when = "Norway", datetime.datetime(2021, 3, 1, 10, 30)
    shared = [[state, state, when, 39.0, 39.0], *([[state, "Accepted", when, 1.0, 2]] * 5000)]  # over one chunk
    copies = [[cell if not isinstance(cell, str) else "".join(list(cell)) for cell in row] for row in shared]
    copies = [[datetime.datetime.fromisoformat(c.isoformat()) if isinstance(c, datetime.datetime) else c for c in row] for row in copies]
    assert copies[1][0] is not shared[1][0] and copies[1] is not copies[2]
    assert digest(shared) == digest(copies)
    assert digest(shared) != digest([*shared[:-1], [state, "Accepted", when, 1.0, 2.0]])  # the last cell's type only


def test_a_chunk_pickle_cannot_write_is_digested_as_plain_values(tmp_path) -> None:
    class Amount:  # a local class: pickle cannot write it, its chunk goes as its type's name and repr
        def __init__(self, text: str) -> None:
            self.text = text

        def __repr__(self) -> str:
            return f"Amount({self.text})"

    def digest(rows: list[list[Any]]) -> str:
        source = SourceFile(tmp_path / "file.csv", "csv")
        source._tables = [Table("file", rows)]
        return cells_digest(source)

    assert digest([["Amount"], [Amount("1.50")]]) == digest([["Amount"], [Amount("1.50")]])
    assert digest([["Amount"], [Amount("1.50")]]) != digest([["Amount"], [Amount("1.5")]])
    assert digest([["Amount"], [Amount("1.50")]]) != digest([["Amount"], ["Amount(1.50)"]])
