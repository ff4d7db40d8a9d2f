"""A report in Arabic reads right to left: the page says so, and the Qt renderer (PDF, preview) gets its tables mirrored."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from upr_desktop import i18n
from upr_desktop.reports.document import ReportDocument, Table
from upr_desktop.reports.html import report_html


@pytest.fixture
def arabic() -> Iterator[None]:
    i18n.install_translator(lambda context, text: text, "ar")  # the language tr() renders, as the app sets it
    yield
    i18n.install_translator(lambda context, text: text)


def _doc() -> ReportDocument:
    table = Table(title="t", headers=["Status", "Supported", "Share"], rows=[["Fully implemented", 3, 0.5]], totals=["Total", 3, 1.0],
                  percent_columns=(2,))
    return ReportDocument(kind="implementation", title="T", coalition="C", state_under_review="Thailand", generated_on=date(2026, 1, 1),
                          as_of=date(2026, 1, 1), scope_lines=[], include_sensitive=False, sensitive_note="", summary=[table])


def _headers(html: str) -> list[str]:
    return re.findall(r"<th[^>]*>([^<]*)</th>", html)


def test_a_left_to_right_report_is_unchanged() -> None:
    html = report_html(_doc(), qt=True)
    assert '<html lang="en" dir="ltr">' in html
    assert _headers(html) == ["Status", "Supported", "Share"]
    assert "text-align: left; }" in html


def test_a_browser_mirrors_an_arabic_page_itself(arabic: None) -> None:
    html = report_html(_doc())  # the .html page
    assert '<html lang="ar" dir="rtl">' in html and '<body dir="rtl">' in html
    assert _headers(html) == ["Status", "Supported", "Share"]  # dir="rtl" puts the first column on the right
    assert "th { background-color: #1f4e79; color: #ffffff; font-weight: bold; text-align: right; }" in html


def test_qt_gets_the_columns_of_an_arabic_table_last_first(arabic: None) -> None:
    html = report_html(_doc(), qt=True)  # Qt's text engine aligns right-to-left text but keeps the column order
    assert '<body dir="rtl">' in html
    assert _headers(html) == ["Share", "Supported", "Status"]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", html)
    assert cells[:3] == ["50%", "3", "Fully implemented"] and cells[3:] == ["<b>100%</b>", "<b>3</b>", "<b>Total</b>"]
    assert "text-align: left; }" in html  # Qt itself turns left into right in a right-to-left block


def test_an_arabic_xlsx_report_reads_right_to_left(arabic: None) -> None:
    from upr_desktop.reports.xlsx_writer import build_workbook

    wb = build_workbook(_doc())
    assert all(ws.sheet_view.rightToLeft for ws in wb.worksheets)
    texts = [c for row in wb.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert texts and all(c.alignment.readingOrder == 2 for c in texts)  # Calc lays a cell's text out right to left too
    i18n.install_translator(lambda context, text: text)
    assert not any(ws.sheet_view.rightToLeft for ws in build_workbook(_doc()).worksheets)
