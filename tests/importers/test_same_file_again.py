"""The same file imported again into a workspace unchanged since is not read again; any change since, and it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEGACY_HEADERS, write_xlsx

from upr_desktop.importers import ImportOptions, import_file, run

BODY = [
    ["Thailand", "Asia", "", "Ratify the Optional Protocol to the Convention against Torture", "France", "WEOG", "", "Accepted", 4, "Torture", 39],
    ["Thailand", "Asia", "", "Abolish the death penalty", "Mexico", "GRULAC", "", "Noted", 5, "Death penalty", 39],
    ["Thailand", "Asia", "", "", "Chile", "GRULAC", "", "Noted", 5, "Death penalty", 39],  # no text: a row error
    ["Thailand", "Asia", "", "Protect journalists", "Norway", "WEOG", "", "Accepted", 3, "Freedom of the press", 39],
]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "export.xlsx", [LEGACY_HEADERS, *BODY], sheet="UPR Info database export")


def not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was read again")

    monkeypatch.setattr(run, "open_source", refuse)


def test_the_same_file_again_reports_what_a_full_read_reports_without_reading_it(workspace, export, monkeypatch) -> None:
    first = import_file(workspace, export)
    assert (first.added, first.skipped) == (3, 1)
    with monkeypatch.context() as patched:  # the same import made the long way: read, planned, compared row by row
        patched.setattr(run, "earlier_run_unchanged", lambda *_args: None)
        patched.setattr(run, "earlier_runs_unchanged", lambda *_args: [])
        full = import_file(workspace, export)
    not_read(monkeypatch)
    again = import_file(workspace, export)
    assert (again.added, again.updated, again.unchanged, again.skipped) == (full.added, full.updated, full.unchanged, full.skipped) == (0, 0, 3, 1)
    assert [e.as_dict() for e in again.errors] == [e.as_dict() for e in full.errors] and again.errors
    assert again.state_under_review == full.state_under_review and again.format == full.format and again.mapping == full.mapping
    assert again.import_run_id is not None and again.import_run_id > full.import_run_id  # recorded as any import that changed nothing


def test_any_change_since_and_the_file_is_read_and_compared_again(workspace, export, monkeypatch) -> None:
    from upr_desktop.operations import recommendations

    import_file(workspace, export)
    ref = recommendations.list_recommendations(workspace)[0].ref
    recommendations.edit_recommendation(workspace, ref, response="noted")
    again = import_file(workspace, export)  # the file says otherwise: the edit is compared and set back, as before
    assert again.updated == 1
    assert import_file(workspace, export, ImportOptions(cycle=3)).unchanged == 3  # other options: read again
    not_read(monkeypatch)
    assert import_file(workspace, export, ImportOptions(cycle=3)).unchanged == 3


def test_an_undone_import_is_imported_again_in_full(workspace, export) -> None:
    from upr_desktop.operations import importing

    first = import_file(workspace, export)
    importing.undo_import(workspace, first.import_run_id)
    assert import_file(workspace, export).added == 3


def test_a_preview_always_reads(workspace, export, monkeypatch) -> None:
    import_file(workspace, export)
    not_read(monkeypatch)
    with pytest.raises(AssertionError, match="read again"):
        import_file(workspace, export, dry_run=True)


@pytest.mark.needs_file  # built in a copy of the workspace file
def test_the_same_file_after_an_import_built_in_a_copy_is_not_read_again(workspace, tmp_path, monkeypatch) -> None:
    from test_import_in_copy import export as big_export, rows

    from upr_desktop.importers.write_plan import BULK_FTS_FROM

    source = big_export(tmp_path / "big.xlsx", rows(BULK_FTS_FROM + 20))
    first = import_file(workspace, source, ImportOptions(all_states=True))
    assert first.added == BULK_FTS_FROM + 20 and first.backup  # built in a copy, the bulk insert on its own connection
    not_read(monkeypatch)
    assert import_file(workspace, source, ImportOptions(all_states=True)).unchanged == BULK_FTS_FROM + 20
