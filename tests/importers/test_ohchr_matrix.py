"""OHCHR thematic matrices in all four layouts, as .docx (merged Theme rows) and pasted into .xlsx."""

from __future__ import annotations

from pathlib import Path

from conftest import write_docx, write_xlsx

from upr_desktop.importers import ImportOptions, detect, import_file
from upr_desktop.importers.ohchr_matrix import split_trailing_states
from upr_desktop.importers.readers import SourceFile

CYCLE2 = ["Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"]
CYCLE4 = ["Recommendation and recommending State", "Position of the State under review",
          "Human rights themes and groups of persons", "Relevant SDGs"]
SOME = ["Recommendation", "Recommending state/s", "Position", "Full list of rights/affected persons"]


def test_cycle2_matrix_with_merged_theme_rows(workspace, tmp_path: Path, recs) -> None:
    rows = [
        "Theme: A12 Acceptance of international norms",
        [("121.1 Ratify the Optional Protocol to the Convention against Torture (France) (Lithuania);\n"
         "Source of Position: A/HRC/19/8/Add.1 - Para 5"),
         "Supported", "- A12 Acceptance of international norms\n- B51 Right to an effective remedy", ""],
        [("121.2 Consider ratifying the Rome Statute of the ICC (CEDAW) (Iran (Islamic Republic of));\n"
         "Source of Position: A/HRC/19/8/Add.1 - Para 6"),
         "Noted", "- A12 Acceptance of international norms", "Not implemented"],
        "Theme: D51 Administration of justice & fair trial",
        ["121.3 Reform the justice system (Viet Nam)", "Supported/Noted", "- D51 Administration of justice & fair trial", ""],
        ["121.4 (Norway)", "Supported", "- D51 Administration of justice & fair trial", ""],
        ["121.5 Train judges (Sweden)", "Maybe later", "- D51 Administration of justice & fair trial", ""],
    ]
    path = write_docx(tmp_path / "Thailand matrix.docx", CYCLE2, rows)
    importer, confidence = detect(SourceFile.open(path))
    assert importer.name == "ohchr-matrix" and confidence > 0.9
    report = import_file(workspace, path)
    assert (report.format, report.added, report.skipped) == ("ohchr-matrix", 3, 2)
    # Word table rows, counting the header as row 1 and each Theme row.
    assert [(e.row, e.message) for e in report.errors] == [
        (7, "the recommendation text is empty"),
        (8, "the response 'Maybe later' is not one of Supported, Noted, Supported/Noted (partially supported) or Pending"),
    ]
    one, two, three = recs()
    assert (one.ref, one.text) == ("121.1", "Ratify the Optional Protocol to the Convention against Torture")
    assert one.recommending_states == ["France", "Lithuania"]
    assert one.source_document == "A/HRC/19/8/Add.1, para. 5" and one.source_key == "ref:A/HRC/19/8/Add.1:121.1"
    assert one.theme_cluster == "A12 Acceptance of international norms"
    assert sorted((t.code, t.name) for t in one.themes) == [("A12", "Acceptance of international norms"), ("B51", "Right to an effective remedy")]
    assert one.response == "supported" and one.cycle == 2 and one.state_under_review == "Thailand"
    assert two.text == "Consider ratifying the Rome Statute of the ICC (CEDAW)"
    assert two.recommending_states == ["Iran (Islamic Republic of)"] and two.response == "noted"
    assert three.response == "partially-supported" and three.theme_cluster == "D51 Administration of justice & fair trial"
    assert three.recommending_states == ["Viet Nam"]
    again = import_file(workspace, path)
    assert (again.added, again.unchanged) == (0, 3)


def test_cycle3_matrix_sdgs_and_affected_persons(workspace, tmp_path: Path, recs) -> None:
    themes = ("- A41 Constitutional and legislative framework\n- F12 Discrimination against women\n"
              "SDGs:\n- SDG 5 - gender equality and women's empowerment\n- 16.9 birth registration\n"
              "Affected persons:\n- women\n- girls")
    rows = ["Theme: F12 Discrimination against women",
            ["146.10 Adopt a comprehensive law on gender equality (Spain);\nSource of Position: A/HRC/33/16/Add.1",
             "Supported", themes, ""]]
    report = import_file(workspace, write_docx(tmp_path / "m3.docx", CYCLE2, rows))
    assert report.added == 1 and report.errors == []
    rec = recs()[0]
    assert rec.cycle == 3 and rec.ref == "146.10"
    assert sorted(s.code for s in rec.sdgs) == ["16.9", "5"]
    assert sorted(g.name for g in rec.affected_groups) == ["girls", "women"]
    assert sorted(t.code for t in rec.themes) == ["A41", "F12"]


def test_cycle4_layout(workspace, tmp_path: Path, recs) -> None:
    rows = ["Theme: B8 Human rights & counter-terrorism",
            [("43.5 Review counter-terrorism legislation to ensure respect for human rights (Canada) (Mexico);\n"
             "Source of Position: A/HRC/55/10/Add.1 - Para 43"),
             "Noted\n", "- B8 Human rights & counter-terrorism\n- human rights defenders", "- 16.10"]]
    report = import_file(workspace, write_docx(tmp_path / "m4.docx", CYCLE4, rows))
    assert report.added == 1 and report.errors == []
    rec = recs()[0]
    assert rec.cycle == 4 and rec.response == "noted" and rec.recommending_states == ["Canada", "Mexico"]
    assert [t.code for t in rec.themes] == ["B8"]
    assert [s.code for s in rec.sdgs] == ["16.10"]
    assert [g.name for g in rec.affected_groups] == ["human rights defenders"]


def test_recommending_states_column_layout_and_cycle_option(workspace, tmp_path: Path, recs) -> None:
    rows = [["5.1 Ensure access to education for migrant children", "Bosnia and Herzegovina, Portugal", "Supported",
             "- Right to education\n- migrants\n- children"]]
    path = write_docx(tmp_path / "m5.docx", SOME, rows)
    report = import_file(workspace, path, ImportOptions(cycle=3, country="Viet Nam"))
    assert report.added == 1
    rec = recs()[0]
    assert rec.recommending_states == ["Bosnia and Herzegovina", "Portugal"]
    assert rec.cycle == 3 and rec.state_under_review == "Viet Nam"
    assert sorted(g.name for g in rec.affected_groups) == ["children", "migrants"]
    assert [(t.code, t.name) for t in rec.themes] == [("E5", "Right to education")]


def test_matrix_pasted_into_xlsx(workspace, tmp_path: Path, recs) -> None:
    rows = [["Thematic list of recommendations - Thailand", None, None, None], CYCLE2,
            ["Theme: A12 Acceptance of international norms", None, None, None],
            ["121.1 Ratify CAT (France);\nSource of Position: A/HRC/19/8/Add.1 - Para 5", "Supported", "- A12 Acceptance of international norms", None]]
    path = write_xlsx(tmp_path / "matrix.xlsx", rows)
    assert detect(SourceFile.open(path))[0].name == "ohchr-matrix"
    report = import_file(workspace, path)
    assert report.added == 1 and report.errors == []
    assert recs()[0].theme_cluster == "A12 Acceptance of international norms"


def test_trailing_states_parser() -> None:
    assert split_trailing_states("Do X (France) (Lithuania);") == ("Do X", ["France", "Lithuania"])
    assert split_trailing_states("Ratify OP-CAT (CEDAW)") == ("Ratify OP-CAT (CEDAW)", [])
    assert split_trailing_states("Do Y (Iran (Islamic Republic of)) (Holy See).") == ("Do Y", ["Iran (Islamic Republic of)", "Holy See"])
    assert split_trailing_states("Do Z (Brazil, Chile)") == ("Do Z", ["Brazil", "Chile"])
