"""Issue 13: the right State, the right rows, the right texts — each defect found with real exports and matrices.

Fixtures are written here in the layouts of the real files (a Word table with a page header, merged heading
rows and notes; UPR Info CSVs saved by Excel in other code pages; an exchange workbook given to import).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import write_xlsx

from upr_desktop.core.domain import vocab
from upr_desktop.core.storage.workspace_file import WorkspaceFile, create_workspace, open_workspace
from upr_desktop.errors import ReturnedWorkbookGiven, UserError
from upr_desktop.importers import ImportOptions, import_file
from upr_desktop.importers.ohchr_matrix import split_source, split_text

CYCLE2 = ["Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"]
CYCLE4 = ["Recommendation and recommending State", "Position of the State under review",
          "Human rights themes and groups of persons", "Relevant SDGs"]
SOME = ["Recommendation", "Recommending state/s", "Position", "Full list of rights/affected persons"]


def matrix_docx(path: Path, header: list[str], rows: list, *, page_header: str | None = None, title: str | None = None) -> Path:
    """An OHCHR matrix as Word writes it: the State and cycle in the page header, headings merged across the table."""
    import docx

    document = docx.Document()
    if page_header:
        document.sections[0].header.paragraphs[0].text = page_header
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
        else:
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
    document.save(str(path))
    return path


EGYPT_ROWS = [
    "Right or area: 2.1. Acceptance of international norms",
    [("128.1 Consider ratifying the International Convention for the Protection of All Persons from Enforced "
      "Disappearance (Latvia);\nComments: Information sent in a post Add.1 letter"),
     "Noted", "- A12 Acceptance of international norms", ""],
    [("128.2 Ratify the Optional Protocol to the Convention against Torture (France) (Chile);\n"
      "Source of position: A/HRC/28/16/Add.1, para. 3 - Para. 3"),
     "Supported", "- A12 Acceptance of international norms\n- D25 Prohibition of torture and cruel, inhuman or degrading treatment", ""],
    "Right or area: 3.2. Cooperation with special procedures",
    [("128.3 Extend a standing invitation to the special procedures (Brazil) (Uruguay);\n"
      "Source of position: A/HRC/28/16/Add.1 - Para.3vv"),
     "Supported\nInformation sent in a post Add.1 letter", "- A24 Cooperation with special procedures", ""],
]


def folder_state(folder: Path) -> dict[str, str]:
    """Every file of a workspace's folder (the file itself, its backups), by content hash."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


@pytest.fixture
def slovenia(tmp_path: Path, new_workspace) -> Iterator[Path]:
    folder = tmp_path / "slovenia"
    ws = new_workspace(folder / "coalition.uprw", name="Slovenian coalition", country="Slovenia", cycles=[4])
    ws.close()
    yield folder / "coalition.uprw"


@pytest.fixture
def egypt(tmp_path: Path, new_workspace) -> Iterator[WorkspaceFile]:
    ws = new_workspace(tmp_path / "egypt" / "coalition.uprw", name="Egyptian coalition", country="Egypt")
    yield ws
    ws.close()


def refused_unchanged(workspace_path: Path, file: Path, match: str, options: ImportOptions | None = None,
                      error: type[Exception] = UserError) -> str:
    """Import ``file`` (and its preview): refused with ``match``, the workspace folder byte for byte as it was."""
    before = folder_state(workspace_path.parent)
    ws = open_workspace(workspace_path)
    try:
        for dry_run in (True, False):
            with pytest.raises(error, match=match) as caught:
                import_file(ws, file, options, dry_run=dry_run)
    finally:
        ws.close()
    assert folder_state(workspace_path.parent) == before
    message = str(caught.value)
    assert "\n" not in message
    return message


# -- 1. the State under review is checked -----------------------------------------------------------
def test_another_states_matrix_is_refused_naming_both_and_the_command(slovenia: Path, tmp_path: Path) -> None:
    """Defect: Egypt's matrix (page header "UPR of Egypt - Second Cycle") went silently into a Slovenia workspace."""
    path = matrix_docx(tmp_path / "Egypt matrix.docx", CYCLE2, EGYPT_ROWS, page_header="UPR of Egypt - Second Cycle")
    message = refused_unchanged(slovenia, path, "Egypt matrix.docx is about Egypt")
    assert "UPR of Egypt - Second Cycle" in message and "this workspace follows Slovenia" in message
    assert 'init --name "Egypt coalition" --country "Egypt"' in message


def test_state_in_the_title_above_the_table_and_in_rows_above_a_pasted_matrix(slovenia: Path, tmp_path: Path) -> None:
    docx_path = matrix_docx(tmp_path / "m.docx", CYCLE2, EGYPT_ROWS, title="Thematic list of recommendations - Egypt")
    refused_unchanged(slovenia, docx_path, "is about Egypt")
    rows = [["Universal Periodic Review - Egypt - Second Cycle", None, None, None], CYCLE2,
            ["128.1 Ratify CAT (France);\nSource of position: A/HRC/28/16/Add.1", "Supported", "- A12 Acceptance of international norms", None]]
    refused_unchanged(slovenia, write_xlsx(tmp_path / "m.xlsx", rows), "is about Egypt")


def test_a_matrix_that_names_the_workspace_state_as_recommending_is_refused(slovenia: Path, tmp_path: Path) -> None:
    rows = [["128.1 Ratify CAT (Slovenia) (France);", "Supported", "- A12 Acceptance of international norms", ""]]
    message = refused_unchanged(slovenia, matrix_docx(tmp_path / "m.docx", CYCLE2, rows), "names Slovenia as a recommending State")
    assert "--country" in message


def test_a_matrix_without_a_state_is_taken_as_ours_and_says_so(egypt: WorkspaceFile, tmp_path: Path) -> None:
    rows = [["128.1 Ratify CAT (France);", "Supported", "- A12 Acceptance of international norms", ""]]
    report = import_file(egypt, matrix_docx(tmp_path / "m.docx", CYCLE2, rows))
    assert report.added == 1 and report.state_under_review == "Egypt"
    assert any("does not say which State it is about" in w for w in report.warnings)


def test_upr_info_export_of_only_other_states_is_refused(slovenia: Path, tmp_path: Path) -> None:
    rows = [["To", "Text", "From", "Response", "Session"], ["Egypt", "Ratify CAT", "France", "Accepted", 20]]
    refused_unchanged(slovenia, write_xlsx(tmp_path / "e.xlsx", rows), r"e\.xlsx holds recommendations to Egypt \(1\), none to Slovenia")


def test_the_right_state_still_imports(egypt: WorkspaceFile, tmp_path: Path) -> None:
    path = matrix_docx(tmp_path / "Egypt matrix.docx", CYCLE2, EGYPT_ROWS, page_header="UPR of Egypt - Second Cycle")
    report = import_file(egypt, path)
    assert (report.added, report.skipped, report.state_under_review) == (3, 0, "Egypt")


# -- 2. an exchange workbook given to import ----------------------------------------------------
def test_returned_exchange_workbook_given_to_import_points_to_merge(tmp_path: Path) -> None:
    """Defect: a returned workbook was read as a generic table (refs like THA-12-3~2), no hint to use merge."""
    from tests.exchange.conftest import seed
    from upr_desktop.exchange.export import export_workbook

    path = tmp_path / "ws" / "coalition.uprw"
    ws = create_workspace(path, name="Coalition", country="Thailand")
    seed(ws)
    workbook = tmp_path / "ACR return.xlsx"
    export_workbook(ws, group="ACR", target=workbook)
    ws.close()
    message = refused_unchanged(path, workbook, "exchange workbook", error=ReturnedWorkbookGiven)
    assert 'upr-desktop merge "ACR return.xlsx"' in message


def test_a_report_the_app_wrote_given_to_import_is_refused(tmp_path: Path) -> None:
    """Defect: the implementation report (xlsx) picked by mistake was read as a table: every recommendation
    came in a second time (refs like THA-12-3~2). A report is never a source of recommendations."""
    from tests.exchange.conftest import seed
    from upr_desktop.operations import reports

    path = tmp_path / "ws" / "coalition.uprw"
    ws = create_workspace(path, name="Coalition", country="Thailand")
    seed(ws)
    report = tmp_path / "Implementation report.xlsx"
    reports.save_report(ws, "implementation", reports.scope_of(), report)
    ws.close()
    message = refused_unchanged(path, report, r"Implementation report\.xlsx is a report UPR Desktop wrote")
    assert "not a list of recommendations" in message


# -- 3. matrices: headings, notes, sources, header facts -------------------------------------------
def test_headings_become_theme_clusters_never_row_errors(egypt: WorkspaceFile, tmp_path: Path) -> None:
    """Defect: Egypt's 45 "Right or area:" headings were "bad response" rows and theme_cluster stayed empty."""
    path = matrix_docx(tmp_path / "Egypt matrix.docx", CYCLE2, EGYPT_ROWS, page_header="UPR of Egypt - Second Cycle")
    report = import_file(egypt, path)
    assert report.errors == [] and report.headings == 2
    with egypt.session() as s:
        from sqlalchemy import select

        from upr_desktop.core.domain.models import Recommendation

        recs = {r.ref: r for r in s.scalars(select(Recommendation))}
        clusters = {ref: r.theme_cluster for ref, r in recs.items()}
        assert clusters == {"128.1": "Acceptance of international norms", "128.2": "Acceptance of international norms",
                            "128.3": "Cooperation with special procedures"}
        one = recs["128.1"]
        # Defect: "(Latvia);\nComments: Information sent in a post Add.1 letter" stayed in the text.
        assert one.text == ("Consider ratifying the International Convention for the Protection of All Persons "
                            "from Enforced Disappearance")
        assert one.recommending_states == ["Latvia"]
        assert one.source_note == "Information sent in a post Add.1 letter"
        # Defect: no cycle (it is in the page header).
        assert {r.cycle for r in recs.values()} == {2}
        # Defect: "A/HRC/28/15/Add.1, para. 3 - Para. 3" and "- Para.3vv" kept as written.
        assert recs["128.2"].source_document == "A/HRC/28/16/Add.1, para. 3"
        assert recs["128.3"].source_document == "A/HRC/28/16/Add.1, para. 3"
        assert recs["128.3"].source_note == "Information sent in a post Add.1 letter"
        # Recommending States in the document's order.
        assert recs["128.2"].recommending_states == ["France", "Chile"]
        assert recs["128.3"].recommending_states == ["Brazil", "Uruguay"]


def test_merged_headings_never_become_recommending_states(egypt: WorkspaceFile, tmp_path: Path) -> None:
    """Defect: with a recommending-State column, 'general principles' and the headings were listed as States."""
    rows = [
        "1. General principles",
        ["128.4 Adopt a national human rights action plan", "Chile, Peru", "Supported", "- A41 Constitutional and legislative framework"],
        "Right or area: 2.1. Acceptance of international norms",
        ["128.5 Ratify the ICPPED", "Iraq", "Noted", "- A12 Acceptance of international norms"],
    ]
    report = import_file(egypt, matrix_docx(tmp_path / "m.docx", SOME, rows, page_header="UPR of Egypt - Second Cycle"))
    assert report.added == 2 and report.errors == []
    assert not any("kept as written" in w for w in report.warnings), report.warnings
    with egypt.session() as s:
        from sqlalchemy import select

        from upr_desktop.core.domain.models import Recommendation

        found = {r.ref: (r.recommending_states, r.theme_cluster) for r in s.scalars(select(Recommendation))}
    assert found == {"128.4": (["Chile", "Peru"], "General principles"),
                     "128.5": (["Iraq"], "Acceptance of international norms")}


def test_session_and_cycle_from_a_cycle_4_header(tmp_path: Path) -> None:
    """Defect: the session in a cycle-4 header ("Slovenia - 48th Session") was not read."""
    ws = create_workspace(tmp_path / "s.uprw", name="Slovenian coalition", country="Slovenia")
    try:
        rows = ["Theme: A12 Acceptance of international norms",
                ["110.1 Ratify the ICRMW (Mexico);\nSource of Position: A/HRC/59/14/Add.1 - Para 110",
                 "Noted", "- A12 Acceptance of international norms", "- 10.7"]]
        report = import_file(ws, matrix_docx(tmp_path / "s.docx", CYCLE4, rows, page_header="Slovenia - 48th Session"))
        assert report.added == 1
        with ws.session() as s:
            from sqlalchemy import select

            from upr_desktop.core.domain.models import Recommendation

            rec = s.scalars(select(Recommendation)).one()
            assert (rec.session, rec.cycle, rec.theme_cluster) == (48, 4, "A12 Acceptance of international norms")
            assert rec.source_document == "A/HRC/59/14/Add.1, para. 110"
    finally:
        ws.close()


def test_numbered_sections_and_a_theme_column_in_a_pasted_matrix(egypt: WorkspaceFile, tmp_path: Path) -> None:
    rows = [["UPR of Egypt - Second Cycle"], ["Theme", *CYCLE2[:3]],
            ["2.1. Acceptance of international norms"],
            ["", "128.1 Ratify CAT (France);", "Supported", "- A12 Acceptance of international norms"],
            ["D25 Prohibition of torture", "128.2 Investigate torture (Chile);", "Supported", "- D25 Prohibition of torture"],
            ["", "128.3 Train police (Peru);", "Supported", "- D25 Prohibition of torture"]]
    report = import_file(egypt, write_xlsx(tmp_path / "pasted.xlsx", rows))
    assert (report.added, report.errors) == (3, [])
    with egypt.session() as s:
        from sqlalchemy import select

        from upr_desktop.core.domain.models import Recommendation

        clusters = {r.ref: r.theme_cluster for r in s.scalars(select(Recommendation))}
    assert clusters == {"128.1": "Acceptance of international norms", "128.2": "D25 Prohibition of torture",
                        "128.3": "D25 Prohibition of torture"}


def test_broken_rows_are_still_errors_not_headings(egypt: WorkspaceFile, tmp_path: Path) -> None:
    rows = [["128.1 Ratify CAT (France);", "", "- A12 Acceptance of international norms", ""],
            ["128.2 (Chile)", "Supported", "", ""],
            ["128.3 Protect journalists (Peru)", "Perhaps", "", ""]]
    report = import_file(egypt, matrix_docx(tmp_path / "m.docx", CYCLE2, rows, page_header="UPR of Egypt"))
    assert [e.row for e in report.errors] == [2, 3, 4] and report.headings == 0


def test_source_and_note_parsers() -> None:
    assert split_source("A/HRC/28/15/Add.1, para. 3 - Para. 3") == ("A/HRC/28/15/Add.1", "3")
    assert split_source("A/HRC/28/15 - Para.3vv") == ("A/HRC/28/15", "3")
    assert split_source("A/HRC/43/15 - Para 121") == ("A/HRC/43/15", "121")
    assert split_source("a/hrc/19/8/add.1") == ("A/HRC/19/8/Add.1", None)
    assert split_source("A/HRC/33/16 - Paras 5-7") == ("A/HRC/33/16", "5-7")
    assert split_text("Do X (France) (Peru);\nInformation sent in a post Add.1 letter") == (
        "Do X", ["France", "Peru"], "Information sent in a post Add.1 letter")
    assert split_text("Do Y (CEDAW) (Iran (Islamic Republic of)); Comments: see letter") == (
        "Do Y (CEDAW)", ["Iran (Islamic Republic of)"], "see letter")
    assert split_text("Ratify:\n- CAT\n- CED (Chile)") == ("Ratify:\n- CAT\n- CED", ["Chile"], "")


# -- 4. texts decoded right ------------------------------------------------------------------------
def test_html_entities_and_legacy_state_names(workspace, tmp_path: Path, recs) -> None:
    """Defect: "&#40;Unknown&#41;" was stored as a recommending State; "Macedonia FYR" was kept as written."""
    rows = [["To", "Text", "From", "Response", "Session"],
            ["Thailand", "Protect human rights defenders &amp; journalists", "&#40;Unknown&#41;", "Accepted", 3],
            ["Thailand", "Ratify the Rome Statute", "Macedonia FYR", "Noted", 3],
            ["Thailand", "Abolish the death penalty", "Swaziland", "Noted", 3]]
    path = tmp_path / "upr-info.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in map(str, row)) for row in rows), encoding="utf-8")
    report = import_file(workspace, path)
    assert report.added == 3 and not any("kept as written" in w for w in report.warnings), report.warnings
    found = {r.text: r.recommending_states for r in recs()}
    assert found == {"Protect human rights defenders & journalists": [], "Ratify the Rome Statute": ["North Macedonia"],
                     "Abolish the death penalty": ["Eswatini"]}


@pytest.mark.parametrize(("encoding", "state", "text"), [
    ("cp874", "Thailand", "ให้สัตยาบันอนุสัญญาต่อต้านการทรมานและพิธีสารเลือกรับ"),
    ("cp1256", "Egypt", "التصديق على اتفاقية مناهضة التعذيب وتعزيز حقوق المرأة"),
    ("cp1251", "Russian Federation", "Ратифицировать Конвенцию против пыток и укреплять права женщин"),
])
def test_legacy_csv_code_pages_are_detected(tmp_path: Path, encoding: str, state: str, text: str) -> None:
    """Defect: Thai (cp874), Arabic (cp1256) and Russian (cp1251) CSVs were all read as cp1252, garbled."""
    ws = create_workspace(tmp_path / "w.uprw", name="Coalition", country=state)
    try:
        path = tmp_path / "export.csv"
        lines = ["To,Text,From,Response,Session", f'{state},"{text}",France,Accepted,26', f'{state},"{text[:20]}",Brazil,Noted,26']
        path.write_bytes("\r\n".join(lines).encode(encoding))
        report = import_file(ws, path)
        assert (report.added, report.encoding) == (2, encoding)
        with ws.session() as s:
            from sqlalchemy import select

            from upr_desktop.core.domain.models import Recommendation

            assert text in set(s.scalars(select(Recommendation.text)))
    finally:
        ws.close()


def test_an_uncertain_guess_is_named_in_a_warning(workspace, tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes("To,Text,From,Response\r\nThailand,Protect \xe9,France,Accepted\r\n".encode("latin-1"))
    report = import_file(workspace, path, dry_run=True)
    assert any("is not UTF-8: it was read as Windows-1252" in w and "Mac Roman" in w for w in report.warnings), report.warnings


def test_state_names_in_the_six_un_languages_and_misspellings() -> None:
    """Defect: "Allemagne", "Alemania", "Royaume-Uni" were not recognised; "Phillipines" got no suggestion."""
    for name in ("Allemagne", "Alemania", "Германия", "ألمانيا", "德国", "เยอรมนี", "ဂျာမနီ"):  # ... Thai, Burmese
        assert vocab.normalise_state(name) == ("Germany", True), name
    assert vocab.normalise_state("Royaume-Uni") == ("United Kingdom of Great Britain and Northern Ireland", True)
    assert vocab.normalise_state("Phillipines") == ("Phillipines", False)
    assert vocab.close_state("Phillipines") == "Philippines"
    assert "Did you mean 'Philippines'?" in vocab.unknown_state_message("Phillipines")
    assert vocab.close_state("Nigera") is None  # as near Niger as Nigeria: no guess


def test_french_spanish_and_misspelt_recommending_states_in_an_import(workspace, tmp_path: Path, recs) -> None:
    rows = [["To", "Text", "From", "Response"], ["Thaïlande", "Ratify CAT", "Allemagne", "Accepted"],
            ["Tailandia", "Protect journalists", "Phillipines", "Accepted"], ["Thailand", "Train judges", "Narnia", "Noted"]]
    report = import_file(workspace, write_xlsx(tmp_path / "fr.xlsx", rows))
    assert report.added == 3
    assert {r.text: r.recommending_states for r in recs()} == {
        "Ratify CAT": ["Germany"], "Protect journalists": ["Philippines"], "Train judges": ["Narnia"]}
    assert {r.state_under_review for r in recs()} == {"Thailand"}
    assert any("'Phillipines' as Philippines (1)" in w for w in report.warnings), report.warnings
    assert any("kept as written: Narnia (1" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("kind", ["xlsx", "xls"])
def test_html_entities_in_workbooks_are_decoded_as_the_rows_are_read(workspace, tmp_path: Path, recs, kind: str) -> None:
    from conftest import write_xls, write_xlsx

    rows = [["To", "Text", "From", "Response", "Session"],
            ["Thailand", "Protect human rights defenders &amp; journalists", "&#40;Unknown&#41;", "Accepted", 3],
            ["Thailand", "Protect human rights defenders &amp; journalists &#40;again&#41;", "France", "Accepted", 3],
            ["Thailand", "Keep R&D and AT&T as written", "France", "Noted", 3]]
    path = write_xlsx(tmp_path / "export.xlsx", rows) if kind == "xlsx" else write_xls(tmp_path / "export.xls", "Sheet1", rows)
    assert import_file(workspace, path).added == 3
    assert sorted(r.text for r in recs()) == ["Keep R&D and AT&T as written", "Protect human rights defenders & journalists",
                                              "Protect human rights defenders & journalists (again)"]
