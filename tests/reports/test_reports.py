"""Every report generated from the demo workspace, written as xlsx and PDF, and read back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from upr_desktop.core.read.snapshot import workspace_snapshot
from upr_desktop.core.services import recommendations
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import NotFound, UserError
from upr_desktop.operations import reports
from upr_desktop.operations.reports import REPORT_KINDS
from upr_desktop.reports.xlsx_writer import write_xlsx

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")


def report(ws: WorkspaceFile, kind: str, **scope: object):  # type: ignore[no-untyped-def]
    return reports.build_report(ws, kind, reports.scope_of(**scope))  # type: ignore[arg-type]


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)  # "ﬁ" ligatures back to "fi"


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_xlsx_report_reads_back(demo_ws: WorkspaceFile, tmp_path: Path, kind: str) -> None:
    doc = report(demo_ws, kind)
    target = write_xlsx(doc, tmp_path / f"{kind}.xlsx")
    wb = load_workbook(target)
    assert wb.sheetnames[0] == "Summary"
    summary = wb["Summary"]
    assert summary["A1"].value == doc.title
    assert summary._charts, "the summary sheet has a chart"
    values = [c.value for row in summary.iter_rows() for c in row if c.value is not None]
    assert "Total" in values or "All recommendations" in values
    assert any("Sensitive fields excluded" in str(v) for v in values)
    for table in doc.data_tables:
        sheet = wb[wb.sheetnames[1 + doc.data_tables.index(table)]]
        assert [c.value for c in sheet[1]] == table.headers
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet.max_row == 1 + len(table.rows)
    assert not list(tmp_path.glob(".*.part")), "no temporary file left behind"


def test_implementation_xlsx_totals_match_the_data(demo_ws: WorkspaceFile, tmp_path: Path) -> None:
    with demo_ws.session() as s:
        data = workspace_snapshot(s)
    recs = data["recommendations"]
    wb = load_workbook(write_xlsx(report(demo_ws, "implementation"), tmp_path / "impl.xlsx"))
    summary = [[c.value for c in row] for row in wb["Summary"].iter_rows()]
    responses = next(i for i, r in enumerate(summary) if r[0] == "Recommendations and responses")
    table = summary[responses + 2: responses + 5]
    assert table[0][:2] == ["Supported", 181] and table[1][:2] == ["Noted", 68] and table[2][:2] == ["Total", 249]
    sheet = wb["Recommendations"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(recs) == 249
    headers = [c.value for c in sheet[1]]
    status_col = headers.index("Status")
    with demo_ws.session() as s:
        public = workspace_snapshot(s, include_sensitive=False)["recommendations"]
    expected = Counter(r["assessments"][-1]["status"] if r["assessments"] else "none" for r in public)
    got = Counter(rows[i][status_col] for i in range(len(rows)))
    assert got["Not assessed"] == expected["none"]
    assert got["Fully implemented"] == expected["fully-implemented"]
    dates = [r[headers.index("Assessed on")] for r in rows if r[headers.index("Assessed on")] is not None]
    assert dates and all(isinstance(d, date) for d in dates)  # real dates, not text


def test_sensitive_fields_only_when_asked(demo_ws: WorkspaceFile, tmp_path: Path) -> None:
    with demo_ws.session() as s:
        data = workspace_snapshot(s, include_sensitive=True)
    officials = [c["government_participants"] for c in data["consultations"] if c["government_participants"]]
    confidential = [c for c in data["consultations"] if c["confidential"]]
    assert officials and confidential
    plain = report(demo_ws, "consultations")
    full = report(demo_ws, "consultations", include_sensitive=True)
    assert "Government participants" not in plain.data_tables[0].headers
    assert "Government participants" in full.data_tables[0].headers
    assert len(full.data_tables[0].rows) == len(data["consultations"])
    assert len(plain.data_tables[0].rows) == len(data["consultations"]) - len(confidential)
    wb = load_workbook(write_xlsx(plain, tmp_path / "plain.xlsx"))
    text = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert not any(o.split(",")[0] in text for o in officials)
    assert "Sensitive fields excluded" in text
    cov = report(demo_ws, "coverage", include_sensitive=True)
    assert "Contact details" in cov.summary[1].headers and "INCLUDED" in cov.sensitive_note
    assert "Contact details" not in report(demo_ws, "coverage").summary[1].headers


def test_scope_group_theme_since(demo_ws: WorkspaceFile) -> None:
    with demo_ws.session() as s:
        data = workspace_snapshot(s)
    jrc = [r for r in data["recommendations"] if any(a["group"] == "JRC" for a in r["assignments"])]
    doc = report(demo_ws, "implementation", group="jrc")
    assert len(doc.data_tables[0].rows) == len(jrc)
    assert any("JRC" in line for line in doc.scope_lines)
    doc = report(demo_ws, "coverage", theme="death penalty")
    assert {row[0] for row in doc.data_tables[0].rows} == {"Death penalty"}
    since = date(2026, 1, 1)
    doc = report(demo_ws, "consultations", since=since)
    assert doc.data_tables[0].rows and all(row[1] >= since for row in doc.data_tables[0].rows)


def test_unknown_scope_is_refused(demo_ws: WorkspaceFile) -> None:
    with pytest.raises(NotFound, match="ZZZ"):
        report(demo_ws, "implementation", group="ZZZ")
    with pytest.raises(UserError, match="No theme called 'Astronomy'"):
        report(demo_ws, "coverage", theme="Astronomy")
    with pytest.raises(UserError, match="Unknown report"):
        report(demo_ws, "budget")


def test_a_cycle_the_workspace_does_not_hold_is_refused(demo_ws: WorkspaceFile) -> None:
    """Defect: --cycle 9 gave an empty report titled "Recommendations of cycle 9." where an unknown group or theme
    is refused."""
    held = [c for c in reports.report_choices(demo_ws).cycles]
    assert held
    for kind in ("implementation", "cycle"):
        with pytest.raises(UserError, match=r"holds no recommendation of cycle 9.*" + str(held[-1])):
            report(demo_ws, kind, cycle=9)
    assert report(demo_ws, "cycle", cycle=held[-1]).data_tables


@needs_pdftotext
@pytest.mark.parametrize("kind", REPORT_KINDS)
def test_pdf_report_has_pages_text_and_thai(demo_ws: WorkspaceFile, tmp_path: Path, kind: str, qapp: object) -> None:
    from upr_desktop.ui.pdf_report import render_pdf

    doc = report(demo_ws, kind, include_sensitive=kind == "consultations")
    target = render_pdf(doc, tmp_path / f"{kind}.pdf")
    pages = pdf_pages(target)
    assert pages > 1
    text = pdf_text(target)
    assert doc.title.split(":")[0] in text
    assert f"Page {pages} of {pages}" in text
    assert "Demo coalition (training data)" in text
    if kind == "coverage":
        assert "เครือข่าย" in text  # the Thai name of a member group
    if kind == "consultations":
        assert "ประชุม" in text and "Sensitive fields included" in text


@needs_pdftotext
def test_pdf_shapes_arabic(workspace: WorkspaceFile, tmp_path: Path, qapp: object) -> None:
    from upr_desktop.ui.pdf_report import render_pdf

    with workspace.transaction() as s:
        recommendations.add_recommendation(s, ref="120.1", text="ضمان حرية التعبير للجميع", response="supported",
                                           recommending_states=["Tunisia"], themes=["Freedom of opinion and expression"])
        recommendations.add_recommendation(s, ref="120.2", text="ให้สัตยาบันพิธีสารเลือกรับ", response="noted",
                                           recommending_states=["France"], themes=["International instruments"])
    target = render_pdf(report(workspace, "implementation"), tmp_path / "arabic.pdf")
    text = pdf_text(target)
    assert "حرية" in text  # shaped glyphs map back to the letters
    assert "ให้" in text


@needs_pdftotext
@pytest.mark.parametrize(("lang", "font", "word"), [
    ("th", b"NotoSansThai", "ข้อเสนอแนะ"), ("my", b"NotoSansMyanmar", "UPR"), ("ar", b"NotoSansArabic", "التوصيات"),
])
def test_a_pdf_in_thai_burmese_or_arabic_embeds_the_shipped_font(workspace: WorkspaceFile, tmp_path: Path, qapp: object,
                                                                  lang: str, font: bytes, word: str) -> None:
    from upr_desktop.ui.pdf_report import render_pdf
    from upr_desktop.ui.translations import Translations

    translations = Translations(qapp)  # type: ignore[arg-type]
    try:
        translations.apply(lang)
        target = render_pdf(report(workspace, "implementation"), tmp_path / f"{lang}.pdf")
    finally:
        translations.apply("en")
    assert font in target.read_bytes()  # the report's own script from the fonts the app ships, on any machine
    assert word in pdf_text(target)


def test_report_cli_xlsx_and_errors(demo_ws: WorkspaceFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from upr_desktop.cli import main

    path = str(demo_ws.path)
    demo_ws.close()
    out = tmp_path / "impl.xlsx"
    assert main(["--workspace", path, "--json", "report", "--kind", "implementation", "-o", str(out), "--group", "MWSC"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "xlsx" and data["include_sensitive"] is False and out.exists()
    assert main(["--workspace", path, "report", "--kind", "coverage", "-o", str(tmp_path / "x.docx")]) == 1
    assert ".xlsx or .pdf" in capsys.readouterr().err
    assert main(["--workspace", path, "report", "--kind", "coverage", "-o", str(tmp_path / "x.xlsx"), "--since", "31/12/2025"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_report_cli_xlsx_never_loads_qt(demo_ws: WorkspaceFile, tmp_path: Path) -> None:
    path = str(demo_ws.path)
    demo_ws.close()
    script = (
        "import sys; from upr_desktop.cli import main; "
        f"code = main(['--workspace', {path!r}, 'report', '--kind', 'consultations', '-o', {str(tmp_path / 'c.xlsx')!r}]); "
        "assert code == 0; assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'"
    )
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": ""})


@needs_pdftotext
def test_report_cli_pdf_runs_headless(demo_ws: WorkspaceFile, tmp_path: Path) -> None:
    path = str(demo_ws.path)
    demo_ws.close()
    env = {k: v for k, v in __import__("os").environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "cons.pdf"
    done = subprocess.run([sys.executable, "-m", "upr_desktop", "--workspace", path, "report", "--kind", "consultations", "-o", str(out)],
                          check=False, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert pdf_pages(out) > 0


def test_pdf_refuses_a_report_too_long_for_paper(demo_ws: WorkspaceFile, tmp_path: Path, qapp: object) -> None:
    from upr_desktop.operations.reports import Section, Table
    from upr_desktop.ui.pdf_report import MAX_PDF_ROWS, render_pdf

    doc = report(demo_ws, "implementation")
    doc.sections.append(Section("Everything", None, [Table("Everything", ["Ref"], [[str(i)] for i in range(MAX_PDF_ROWS)])]))
    with pytest.raises(UserError, match="--group or --theme"):
        render_pdf(doc, tmp_path / "huge.pdf")
    assert not (tmp_path / "huge.pdf").exists()


def test_html_report_is_one_page_with_its_charts(workspace: WorkspaceFile, tmp_path: Path) -> None:
    with workspace.transaction() as s:
        recommendations.add_recommendation(s, ref="120.1", text="Protect <b>journalists</b> & bloggers", response="supported",
                                           recommending_states=["Tunisia"], themes=["Freedom of opinion and expression"])
        recommendations.add_recommendation(s, ref="120.2", text="ให้สัตยาบันพิธีสารเลือกรับ", response="noted",
                                           recommending_states=["France"], themes=["International instruments"])
    saved = reports.save_report(workspace, "implementation", reports.scope_of(), tmp_path / "impl.html")
    assert saved.format == "html" and saved.path == tmp_path / "impl.html"
    page = saved.path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8"/>' in page
    assert page.count("<svg") == len(saved.document.charts) > 0 and "Current status by theme" in page
    assert "Protect &lt;b&gt;journalists&lt;/b&gt; &amp; bloggers" in page  # text from a file or a person is never markup
    assert "ให้สัตยาบันพิธีสารเลือกรับ" in page and "Sensitive fields excluded" in page
    assert not list(tmp_path.glob(".*.part")), "no temporary file left behind"


def test_writers_by_format_and_the_pdf_one_from_its_entry_point(tmp_path: Path) -> None:
    from upr_desktop.reports import writers

    assert {"xlsx", "html", "pdf"} <= set(writers.formats())
    assert writers.format_of(Path("a/Report.PDF")) == "pdf"
    with pytest.raises(UserError, match=r"\.xlsx or \.pdf file, or a \.html page, not 'r\.docx'"):
        writers.format_of(Path("r.docx"))
    # Asking which formats exist loads no writer; the PDF one (Qt) loads only when asked for.
    script = (
        "import sys; from upr_desktop.reports import writers; writers.formats(); writers.format_of(__import__('pathlib').Path('x.pdf')); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'upr_desktop.ui', 'openpyxl'))], 'loaded too early'; "
        "w = writers.writer_for('pdf'); assert w.__module__ == 'upr_desktop.ui.pdf_report' and w.__name__ == 'write_pdf'; "
        "assert not [m for m in sys.modules if m.startswith('upr_desktop.commands')]"
    )
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)


def test_a_writer_that_cannot_load_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_desktop.reports import writers

    class Broken:
        name = "pdf"

        def load(self) -> None:
            raise ImportError("libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(writers, "_loaded", {})
    monkeypatch.setattr(writers, "_declared", lambda: {"pdf": Broken()})
    with pytest.raises(UserError, match=r"writer of \.pdf reports could not be loaded \(libEGL.*\.xlsx workbook or an \.html page"):
        writers.writer_for("pdf")
    monkeypatch.setattr(writers, "_declared", dict)
    with pytest.raises(UserError, match="No writer for .pdf reports"):
        writers.writer_for("pdf")


def test_reports_are_as_of_the_situation_day(demo_ws: WorkspaceFile) -> None:
    from dataclasses import replace

    from upr_desktop.demo import REFERENCE_DATE

    assert report(demo_ws, "consultations").as_of == REFERENCE_DATE
    demo_ws.settings = replace(demo_ws.settings, demo_as_of="2026-02-15")  # a trainer's day, from Settings
    doc = report(demo_ws, "consultations")
    assert doc.as_of == date(2026, 2, 15) and doc.generated_on == date.today()
    assert "Situation as of 2026-02-15." in doc.scope_lines


def test_dashboard_and_html_report_from_the_command_line(demo_ws: WorkspaceFile, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from upr_desktop.cli import main
    from upr_desktop.demo import REFERENCE_DATE

    path = str(demo_ws.path)
    demo_ws.close()
    assert main(["--workspace", path, "--json", "dashboard"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["as_of"] == REFERENCE_DATE.isoformat() and figures["recommendations"] == 249
    assert figures["responses"]["supported"] == 181 and figures["actions"]["overdue"] > 0
    assert main(["--workspace", path, "dashboard", "--group", "jrc"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"Situation as of {REFERENCE_DATE.isoformat()} (JRC)") and "overdue" in text
    assert main(["--workspace", path, "dashboard", "--group", "ZZZ"]) == 1
    assert "No member group with acronym 'ZZZ'" in capsys.readouterr().err
    assert main(["--workspace", path, "--json", "report", "--kind", "coverage", "-o", str(tmp_path / "cov.html")]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "html"
    assert "<svg" in (tmp_path / "cov.html").read_text(encoding="utf-8")


def test_a_recommendation_counts_under_every_theme_it_has(workspace: WorkspaceFile, tmp_path: Path) -> None:
    """Defect: each recommendation counted under one "main" theme (the first alphabetically): Women's rights showed
    7 where 23 were tagged, without saying so."""
    with workspace.transaction() as s:
        for i in range(23):
            themes = ["Women's rights"] if i < 7 else ["Children", "Women's rights"] if i < 15 else ["Education", "Women's rights"]
            recommendations.add_recommendation(s, ref=f"9.{i}", text=f"Recommendation {i}", response="supported", themes=themes)
        recommendations.add_recommendation(s, ref="9.99", text="Untagged", response="noted")
    doc = report(workspace, "implementation")
    by_theme = next(t for t in doc.summary if t.title == "Status by theme")
    counted = {row[0]: row[1] for row in by_theme.rows}
    assert counted == {"Children": 8, "Education": 8, "Women's rights": 23, "No theme": 1}
    assert by_theme.totals[1] == 24
    assert by_theme.note and "counted under every theme it has" in by_theme.note and "16 of the 24" in by_theme.note
    sections = {section.title: len(section.tables[0].rows) for section in doc.sections}
    assert sections["Women's rights"] == 23
    text = " ".join(str(c.value) for ws in load_workbook(write_xlsx(doc, tmp_path / "r.xlsx")) for row in ws.iter_rows()
                    for c in row if c.value)
    assert "counted under every theme it has" in text
    coverage = report(workspace, "coverage")
    assert {s.title: len(s.tables[0].rows) for s in coverage.sections}["Women's rights"] == 23


def test_refs_of_every_shape_sort_in_one_order(workspace: WorkspaceFile) -> None:
    """Defect: three sort keys for refs, each its own: the consultations report compared a number with a word
    ("145.1" with "THA-25-123": TypeError) and all three took a superscript "²" for a digit (ValueError)."""
    from upr_desktop.core.services import consultations
    from upr_desktop.core.domain.refs import ref_sort_key
    from upr_desktop.exchange.layout import refs_form

    refs = ["THA-25-123", "145.10", "145.2", "145.a", "1²", "A/HRC/19/8 para 88.1"]
    with workspace.transaction() as s:
        for ref in refs:
            recommendations.add_recommendation(s, ref=ref, text=f"Recommendation {ref}", response="supported")
        consultations.log_consultation(s, held_on="2025-02-02", government_body="Ministry of Justice", kind="meeting", refs=refs)
    doc = report(workspace, "consultations")
    table = doc.data_tables[0]
    listed = next(str(v) for v in table.rows[0] if "145.2" in str(v))
    assert listed.index("145.2") < listed.index("145.10")
    assert sorted(refs, key=ref_sort_key)[:3] == ["145.2", "145.10", "145.a"]
    assert refs_form(refs).startswith("145.2, 145.10, 145.a")
