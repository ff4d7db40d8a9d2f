"""Issue 17: the cycle report, with three cycles of one State in one workspace."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from upr_desktop.core.services import assessments, groups, recommendation_links
from upr_desktop.core.services.lookup import recommendation_by_ref
from upr_desktop.importers import ImportOptions, import_file
from upr_desktop.operations import reports

HEADER = "Recommendation ID,State under Review,Recommendation,Recommending State,Response,Action,Issues,Session\n"
CYCLES = {
    1: ["11,Thailand,Consider ratifying the Convention against Torture,France,Noted,5,Torture and other CID treatment,12"],
    2: ["21,Thailand,Ratify the Convention against Torture,France,Pending,5,Torture and other CID treatment,25",
        "22,Thailand,Protect human rights defenders,Norway,Accepted,3,Human rights defenders,25"],
    3: ["31,Thailand,Ratify the Convention against Torture and its Optional Protocol,France,Pending,5,Torture and other CID treatment,39",
        "32,Thailand,Guarantee freedom of expression online,Sweden,Accepted,4,Freedom of opinion and expression,39"],
}


def test_three_cycles_in_one_workspace_make_the_cycle_report(workspace, tmp_path: Path) -> None:
    for cycle, rows in CYCLES.items():
        path = tmp_path / f"c{cycle}.csv"
        path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
        import_file(workspace, path)
    adopted = tmp_path / "c3-adopted.csv"
    adopted.write_text((tmp_path / "c3.csv").read_text(encoding="utf-8").replace("Pending", "Accepted"), encoding="utf-8")
    import_file(workspace, adopted, ImportOptions(responses_on=date(2022, 3, 24)))
    with workspace.transaction() as s:
        ids = {ref: recommendation_by_ref(s, ref).id for ref in ("11", "21", "31")}
        recommendation_links.decide(s, [recommendation_links.LinkDecision(ids["21"], ids["11"], 0.7),
                                        recommendation_links.LinkDecision(ids["31"], ids["21"], 0.8)], "confirmed")
        groups.add_group(s, name="Union for Civil Liberty", acronym="UCL")
        assessments.record_assessment(s, ref="21", group="UCL", status="partially-implemented", evidence="Bill tabled",
                                      sources="Parliament record", assessed_on=date(2020, 1, 15))
        assessments.record_assessment(s, ref="31", group="UCL", status="not-implemented", evidence="No bill",
                                      sources="Ministry of Justice", assessed_on=date(2024, 6, 1))
    doc = reports.build_report(workspace, "cycle", reports.scope_of())
    target = reports.save_report(workspace, "cycle", reports.scope_of(), tmp_path / "cycle.xlsx").path
    summary = {row[0]: row[1] for row in load_workbook(target)["Summary"].iter_rows(values_only=True) if row and row[0]}
    assert "Recommendations of cycle 3." in doc.scope_lines
    assert summary["Recommendations of the cycle"] == 2
    assert summary["Decided after the review (pending first): supported"] == 1
    assert summary["Recommended before (a confirmed predecessor in an earlier cycle)"] == 1
    assert "Decided at adoption: 1 supported / 0 noted." in summary
    [data] = doc.data_tables
    row = next(r for r in data.rows if r[1] == "31")
    by_header = dict(zip(data.headers, row, strict=True))
    assert by_header["Response and its history"] == "pending until 24 Mar 2022, then supported"
    assert "21 (cycle 2)" in by_header["Recommended before, and how it fared"]
    # Three cycles: the predecessor's own predecessor follows it, back to the first review.
    assert by_header["Recommended before, and how it fared"].startswith("21 (cycle 2): pending")
    assert "\u2190 11 (cycle 1): noted" in by_header["Recommended before, and how it fared"]
    assert "Partially implemented" in by_header["Recommended before, and how it fared"]
    assert (by_header["Status"], by_header["Evidence"], by_header["Sources"]) == ("Not implemented", "No bill", "Ministry of Justice")
    # The same facts on the command line's list and in export-json.
    from upr_desktop.operations import recommendations as recommendation_ops
    from upr_desktop.operations import workspace as workspace_ops

    listed = {r.ref: r for r in recommendation_ops.list_recommendations(workspace, cycle=3)}
    assert (listed["31"].recommended_before, listed["31"].response_history) == (["21"], "pending until 24 Mar 2022, then supported")
    exported = {r["ref"]: r for r in workspace_ops.export_json(workspace)["recommendations"]}
    assert exported["31"]["recommended_before"] == ["21"] and exported["21"]["recommended_before"] == ["11"]
    assert exported["31"]["response_history"] == [{"from": "pending", "to": "supported", "on": "2022-03-24", "source": "import:c3-adopted.csv"}]
    # The earlier cycle, asked for: its recommendation 21 had 11 before it.
    earlier = reports.build_report(workspace, "cycle", reports.scope_of(cycle=2))
    assert [r[1] for r in earlier.data_tables[0].rows] == ["21", "22"]


def _cycles(workspace, tmp_path: Path) -> dict[str, int]:
    for cycle, rows in CYCLES.items():
        path = tmp_path / f"c{cycle}.csv"
        path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
        import_file(workspace, path)
    with workspace.transaction() as s:
        ids = {ref: recommendation_by_ref(s, ref).id for ref in ("11", "21", "31")}
        groups.add_group(s, name="Union for Civil Liberty", acronym="UCL")
    return ids


def _fared(doc, ref: str) -> str:
    [data] = doc.data_tables
    row = next(r for r in data.rows if r[1] == ref)
    return str(dict(zip(data.headers, row, strict=True))["Recommended before, and how it fared"] or "")


def test_the_cycle_report_leaves_out_a_confidential_assessment_of_an_earlier_recommendation(workspace, tmp_path: Path) -> None:
    """Defect: "how it fared" read the earlier recommendation's status from every assessment, the confidential one too."""
    ids = _cycles(workspace, tmp_path)
    with workspace.transaction() as s:
        recommendation_links.decide(s, [recommendation_links.LinkDecision(ids["31"], ids["21"], 0.8)], "confirmed")
        assessments.record_assessment(s, ref="21", group="UCL", status="not-implemented", evidence="Public record",
                                      assessed_on=date(2020, 1, 15))
        assessments.record_assessment(s, ref="21", group="UCL", status="fully-implemented", evidence="Told in confidence",
                                      assessed_on=date(2021, 1, 15), confidential=True)
    rows = {r[1]: dict(zip(d.headers, r, strict=True)) for d in reports.build_report(workspace, "cycle", reports.scope_of()).data_tables
            for r in d.rows}
    assert "Not implemented" in rows["31"]["Recommended before, and how it fared"]
    assert "Fully implemented" not in rows["31"]["Recommended before, and how it fared"]
    assert "Fully implemented" in _fared(reports.build_report(workspace, "cycle", reports.scope_of(include_sensitive=True)), "31")


def test_the_cycle_report_leaves_out_a_confidential_earlier_recommendation(workspace, tmp_path: Path) -> None:
    """Defect: a confidential recommendation of an earlier cycle was named, with its response and status, as the
    predecessor of a recommendation in a report made without --include-sensitive."""
    from upr_desktop.core.services.recommendations import update_recommendation

    ids = _cycles(workspace, tmp_path)
    with workspace.transaction() as s:
        recommendation_links.decide(s, [recommendation_links.LinkDecision(ids["31"], ids["21"], 0.8)], "confirmed")
        update_recommendation(s, "21", confidential=True)
    doc = reports.build_report(workspace, "cycle", reports.scope_of())
    assert "21 (cycle 2)" not in _fared(doc, "31")
    summary = {r[0]: r[1] for t in doc.summary for r in t.rows}
    assert summary["Recommended before (a confirmed predecessor in an earlier cycle)"] == 0
    assert "21 (cycle 2)" in _fared(reports.build_report(workspace, "cycle", reports.scope_of(include_sensitive=True)), "31")


def test_an_earlier_recommendation_repeated_by_two_is_counted_once_in_how_it_fared(workspace, tmp_path: Path) -> None:
    """Defect: "How the earlier recommendations fared" counted links, not recommendations: one earlier recommendation
    that two States repeated in the next cycle was counted twice."""
    ids = _cycles(workspace, tmp_path)
    with workspace.transaction() as s:
        ids["32"] = recommendation_by_ref(s, "32").id
        recommendation_links.decide(s, [recommendation_links.LinkDecision(ids["31"], ids["21"], 0.8),
                                        recommendation_links.LinkDecision(ids["32"], ids["21"], 0.6)], "confirmed")
    doc = reports.build_report(workspace, "cycle", reports.scope_of())
    fared = next(t for t in doc.summary if t.title.startswith("How the earlier recommendations fared"))
    assert fared.totals[1] == 1
