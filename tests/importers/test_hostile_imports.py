"""Hostile imports from the generated corpus: each is refused with a clear message before any reader
allocates anything, and nothing is written (no backup either)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import LEGACY_HEADERS, write_xlsx

from tests.hostile import corpus
from upr_desktop.core.storage.backups import list_backups
from upr_desktop.errors import UserError
from upr_desktop.importers import import_file
from upr_desktop.importers.readers import SourceFile

ROW = ["Thailand", "Asia", "", "Ratify CAT", "France", "WEOG", "", "Accepted", 3, "Justice", 25]


@pytest.fixture
def no_reader(monkeypatch: pytest.MonkeyPatch):
    """Call it once the file is written: from then on, reaching a spreadsheet or Word reader fails the test."""
    import docx
    import python_calamine
    import xlrd

    def reached(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a reader saw a file that should have been refused before")

    def forbid() -> None:
        monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", reached)
        monkeypatch.setattr(xlrd, "open_workbook", reached)
        monkeypatch.setattr(docx, "Document", reached)

    return forbid


def refused(workspace, counts, path: Path, *match: str) -> str:
    before = counts()
    with pytest.raises(UserError) as info:
        import_file(workspace, path)
    message = str(info.value)
    assert message.startswith(f"Cannot import {path.name}:"), message
    for text in match:
        assert text in message, message
    assert "\n" not in message
    assert counts() == before
    assert list_backups(workspace.path) == []
    return message


def test_the_issues_18_kb_workbook_is_refused_before_reading(workspace, counts, tmp_path: Path, no_reader) -> None:
    """16,384 cells without r= in one row, then 200,000 tiny rows: calamine asked for 104 GB and aborted."""
    path = corpus.write(tmp_path / "bomb.xlsx", corpus.xlsx_bytes(corpus.implicit_span_sheet(), sheet="UPR Info database export"))
    no_reader()
    assert path.stat().st_size < 20_000
    refused(workspace, counts, path)  # the zip guard's ratio or the sheet bounds, whichever comes first


def test_cells_without_r_spanning_gigabytes_are_refused_before_reading(workspace, counts, tmp_path: Path, no_reader) -> None:
    """The same trick kept under the zip guard's ratio limit: the rows and cells counted say why."""
    path = corpus.write(tmp_path / "bomb.xlsx", corpus.xlsx_bytes(corpus.implicit_span_sheet(rows=140_000), sheet="UPR Info database export"))
    no_reader()
    refused(workspace, counts, path, "sheet 'UPR Info database export' spans", "16,384 columns", "more than the 4,000,000 cells")


def test_prefixed_elements_are_counted_too(workspace, counts, tmp_path: Path, no_reader) -> None:
    path = corpus.write(tmp_path / "prefixed.xlsx", corpus.xlsx_bytes(corpus.prefixed_sheet()))
    no_reader()
    refused(workspace, counts, path, "sheet 'Sheet1' spans")


def test_a_sheet_part_stored_anywhere_is_still_counted(workspace, counts, tmp_path: Path, no_reader) -> None:
    path = corpus.write(tmp_path / "hidden.xlsx", corpus.xlsx_bytes(corpus.implicit_span_sheet(rows=2_000), part="xl/media/notes.xml"))
    no_reader()
    refused(workspace, counts, path, "spans")


def test_a_cell_without_r_sits_on_its_row_elements_row(workspace, counts, tmp_path: Path, no_reader) -> None:
    path = corpus.write(tmp_path / "loose.xlsx", corpus.xlsx_bytes(corpus.far_row_loose_cells()))
    no_reader()
    refused(workspace, counts, path, "spans 1,048,576 rows by 11 columns")


@pytest.mark.parametrize("separator", [b" ", b"\n", b"\t ", b' t="n" '])
def test_a_cell_naming_its_reference_twice_is_refused(workspace, counts, tmp_path: Path, no_reader, separator: bytes) -> None:
    path = corpus.write(tmp_path / "twice.xlsx", corpus.xlsx_bytes(corpus.second_r_sheet(separator)))
    no_reader()
    refused(workspace, counts, path, "names its 'r' twice")


def test_far_cell_in_an_old_xls_is_refused(workspace, counts, tmp_path: Path, no_reader) -> None:
    path = corpus.far_cell_xls(tmp_path / "far.xls")
    no_reader()
    refused(workspace, counts, path, "65,536 rows by 256 columns")


def test_ods_repeats_are_multiplied_out(workspace, counts, tmp_path: Path, no_reader) -> None:
    path = corpus.write(tmp_path / "repeat.ods", corpus.ods_repeat_bomb())
    no_reader()
    refused(workspace, counts, path, "sheet 'Sheet1'")


@pytest.mark.parametrize("in_page_header", [False, True])
def test_word_cell_spanning_millions_of_columns(workspace, counts, tmp_path: Path, no_reader, in_page_header: bool) -> None:
    path = corpus.docx_wide_span(tmp_path / "span.docx", in_page_header=in_page_header)
    no_reader()
    refused(workspace, counts, path, "more than 63 columns")


def test_word_column_merged_down_thousands_of_rows_imports(workspace, tmp_path: Path) -> None:
    """python-docx's row.cells recursed once per merged row (RecursionError past ~1,000 rows)."""
    path = corpus.docx_merged_column(tmp_path / "merged.docx", rows=3_000)
    source = SourceFile.open(path)
    table = source.tables()[0]
    assert len(table.rows) == 3_001
    assert table.rows[-1][0] == "121.1 Ratify the Convention (France)"  # the merged cell's text, from the top
    report = import_file(workspace, path, dry_run=True)
    assert report.added == 1  # the other rows repeat its text with an empty position: row problems, not a crash
    assert {e.row for e in report.errors} == set(range(3, 3_002))


def test_csv_cut_off_mid_row_is_refused_naming_the_line(workspace, counts, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "cut.csv", corpus.csv_cut_mid_row())
    refused(workspace, counts, path, "cut off", "last line (5)", "2 of the 7 columns")


def test_csv_quote_never_closed_is_refused_naming_the_line(workspace, counts, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "quote.csv", corpus.csv_open_quote())
    refused(workspace, counts, path, "quote opened on line 5 is never closed")
    # The same after a stray inch mark, which sends the file to the lenient reader.
    path = corpus.write(tmp_path / "quote2.csv", corpus.csv_open_quote(stray_quote_before=True))
    refused(workspace, counts, path, "quote opened on line 6 is never closed")


def test_csv_complete_without_final_newline_still_imports(workspace, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "ok.csv", "\r\n".join([corpus.UPR_INFO_HEADER, *corpus.UPR_INFO_ROWS]).encode())
    assert import_file(workspace, path, dry_run=True).added == 3


def test_csv_stray_inch_mark_still_imports(workspace, tmp_path: Path) -> None:
    rows = [corpus.UPR_INFO_HEADER, *corpus.UPR_INFO_ROWS, 'Thailand,Provide 5" screens to every court,Japan,Noted,2,Justice,25']
    path = corpus.write(tmp_path / "inch.csv", ("\n".join(rows) + "\n").encode())
    assert import_file(workspace, path, dry_run=True).added == 4


def test_csv_row_with_thousands_of_fields(workspace, counts, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "wide.csv", corpus.csv_wide_row())
    refused(workspace, counts, path, "line 2 has 20,000 fields")


def test_csv_millions_of_tiny_fields(workspace, counts, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "many.csv", corpus.csv_many_fields())
    refused(workspace, counts, path, "more than 3,000,000 fields")


def test_csv_field_longer_than_any_recommendation(workspace, counts, tmp_path: Path) -> None:
    text = corpus.UPR_INFO_HEADER + "\n" + 'Thailand,"' + "x" * 200_000 + '",France,Accepted,1,Justice,25\n'
    path = corpus.write(tmp_path / "long.csv", text.encode())
    refused(workspace, counts, path, "longer than 131,072 characters")


def test_json_nested_without_end(workspace, counts, tmp_path: Path) -> None:
    path = corpus.write(tmp_path / "deep.json", corpus.json_deep())
    refused(workspace, counts, path, "nested thousands of levels deep")


def test_formula_without_saved_result_is_named(workspace, tmp_path: Path) -> None:
    """The row used to say "the recommendation text is empty"; the truth is a formula with no saved value."""
    path = write_xlsx(tmp_path / "formula.xlsx", [LEGACY_HEADERS, ROW, ["Thailand", "Asia", "", '=CONCATENATE("Ratify ","OP-CAT")', "France", "WEOG", "", "Accepted", 3, "Justice", 25]],
                      sheet="UPR Info database export")
    report = import_file(workspace, path, dry_run=True)
    assert report.added == 1
    [error] = report.errors
    assert error.row == 3
    assert "cell D3 holds a formula with no saved result" in error.message
    assert "the recommendation text is empty" in error.message


def test_a_formula_elsewhere_in_an_imported_row_is_named_too(workspace, tmp_path: Path) -> None:
    """A formula with no saved result in the recommending State's column: the row went in with no State and
    nothing said the cell was not read."""
    rows = [LEGACY_HEADERS, ROW, ["Thailand", "Asia", "", "Abolish the death penalty", '="Fr"&"ance"', "WEOG", "", "Noted", 5, "Death penalty", 25]]
    report = import_file(workspace, write_xlsx(tmp_path / "formula.xlsx", rows, sheet="UPR Info database export"), dry_run=True)
    assert report.added == 2 and report.errors == []
    assert any("E3" in w and "formula" in w and "no saved result" in w for w in report.warnings), report.warnings


def test_real_workbooks_keep_importing(workspace, tmp_path: Path) -> None:
    """Many rows, far columns that are only formatting, a lying <dimension>: all within bounds."""
    rows = [LEGACY_HEADERS] + [[*ROW[:3], f"Recommendation {i}", *ROW[4:]] for i in range(3_000)]
    path = write_xlsx(tmp_path / "big.xlsx", rows, sheet="UPR Info database export")
    from conftest import rewrite_zip

    def formatted_far(name: str, data: bytes) -> bytes | None:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>')
        return None

    far = rewrite_zip(path, tmp_path / "far-format.xlsx", formatted_far)
    assert import_file(workspace, far, dry_run=True).added == 3_000


def _limited(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def test_the_command_refuses_the_18_kb_bomb_in_a_memory_limited_process(workspace, tmp_path: Path) -> None:
    """What a person would run: one line, exit 1, no abort, within 500 MB (before: SIGABRT asking for 104 GB)."""
    path = corpus.write(tmp_path / "bomb.xlsx", corpus.xlsx_bytes(corpus.implicit_span_sheet()))
    workspace.close()
    env = {**os.environ, "PYTHONFAULTHANDLER": "0"}
    done = subprocess.run([sys.executable, "-m", "upr_desktop", "--workspace", str(workspace.path), "import", str(path)],
                          capture_output=True, text=True, env=env, timeout=120, preexec_fn=_limited(500 * 2**20), check=False)
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert "Cannot import bomb.xlsx" in done.stderr
