"""The Reports page: same choices as the CLI, a preview, and saving as xlsx or PDF on the worker."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook


@pytest.fixture
def reports_page(demo_ctx: Any, qtbot: Any) -> Any:
    from upr_desktop.ui.reports_page import ReportsPage

    page = ReportsPage(demo_ctx)
    qtbot.addWidget(page)
    return page


def test_preview_follows_the_choices(reports_page: Any) -> None:
    text = reports_page.browser.toPlainText()
    assert "Implementation of UPR recommendations" in text and "Sensitive fields excluded" in text
    assert "more sections in the saved report" in text
    reports_page.kind.setCurrentIndex(reports_page.kind.findData("consultations"))
    assert "Consultations with government" in reports_page.browser.toPlainText()
    reports_page.group.setCurrentIndex(reports_page.group.findData("JRC"))
    assert "member group JRC" in reports_page.browser.toPlainText()
    reports_page.sensitive.setChecked(True)
    assert "Sensitive fields INCLUDED" in reports_page.browser.toPlainText()
    assert reports_page.document.include_sensitive


def test_save_xlsx_and_pdf(reports_page: Any, tmp_path: Path) -> None:
    reports_page.theme.setCurrentIndex(reports_page.theme.findData("Trafficking"))
    reports_page.save("xlsx", tmp_path / "trafficking.xlsx")
    wb = load_workbook(tmp_path / "trafficking.xlsx")
    rows = list(wb["Recommendations"].iter_rows(min_row=2, values_only=True))
    assert rows and {r[0] for r in rows} == {"Trafficking"}
    reports_page.save("pdf", tmp_path / "trafficking.pdf")
    assert (tmp_path / "trafficking.pdf").read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        import subprocess

        text = subprocess.run(["pdftotext", str(tmp_path / "trafficking.pdf"), "-"], capture_output=True, text=True, check=True).stdout
        assert "Trafficking" in __import__("unicodedata").normalize("NFKC", text)  # "ﬁ" ligature
    reports_page.save("html", tmp_path / "trafficking.html")
    page = (tmp_path / "trafficking.html").read_text(encoding="utf-8")
    assert "<svg" in page and "Trafficking" in page


def test_save_refuses_another_format(reports_page: Any, tmp_path: Path, shown_errors: list[tuple[str, str]]) -> None:
    reports_page.save("xlsx", tmp_path / "report.docx")
    assert shown_errors and ".xlsx or .pdf" in shown_errors[0][1]
    assert not (tmp_path / "report.docx").exists()
