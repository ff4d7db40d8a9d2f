"""Writing a report as a clean, formatted workbook a secretariat can send as it is."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from upr_desktop.core.domain.closed_lists import ALERT_COLOUR
from upr_desktop.i18n import right_to_left, tr
from upr_desktop.io import write_atomic
from upr_desktop.reports.document import Chart, ReportDocument, Table
from upr_desktop.spreadsheets import read_right_to_left

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=16, color="1F4E79")
TABLE_TITLE_FONT = Font(bold=True, size=12, color="1F4E79")
TOTAL_BORDER = Border(top=Side(style="thin", color="1F4E79"), bottom=Side(style="double", color="1F4E79"))
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_CELL = 32_767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
CHART_COLUMN = "K"
ALERT = ALERT_COLOUR.lstrip("#").upper()


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = _ILLEGAL.sub(" ", value)
        return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"
    return value


def _set(ws: Worksheet, row: int, col: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=col, value=_clean(value))
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text typed by a person is never a formula
    if isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def _sheet_title(name: str, taken: set[str]) -> str:
    base = _SHEET_BAD.sub(" ", name)[:31].strip() or "Sheet"
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _write_table(ws: Worksheet, table: Table, top: int, *, title: bool = True) -> tuple[int, int, int]:
    """Write ``table`` from row ``top``; returns (header row, last data row, next free row)."""
    row = top
    if title:
        _set(ws, row, 1, table.title).font = TABLE_TITLE_FONT
        row += 1
    header_row = row
    for col, header in enumerate(table.headers, start=1):
        cell = _set(ws, row, col, header)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for values in table.rows:
        row += 1
        for col, value in enumerate(values, start=1):
            cell = _set(ws, row, col, value)
            if col - 1 in table.percent_columns and isinstance(value, float):
                cell.number_format = "0%"
            elif isinstance(value, str) and len(value) > 30:
                cell.alignment = WRAP
    last_data = row
    if table.totals is not None:
        row += 1
        for col, value in enumerate(table.totals, start=1):
            cell = _set(ws, row, col, value)
            cell.font, cell.border = Font(bold=True), TOTAL_BORDER
            if col - 1 in table.percent_columns and isinstance(value, float):
                cell.number_format = "0%"
    if table.note:
        row += 1
        _set(ws, row, 1, table.note).font = Font(italic=True, color="555555")
    return header_row, last_data, row + 2


def chart_height(chart: Chart) -> float:
    """Centimetres: enough for every category label of a horizontal bar chart."""
    return max(7.5, 0.8 * len(chart.categories) + 4) if chart.horizontal else 8.0


def _chart(ws: Worksheet, chart: Chart, data_top: int, anchor: str) -> int:
    """Write the chart's numbers as a small table at ``data_top`` and draw it at ``anchor``; returns the next free row."""
    table = Table(chart.title, [tr("Category"), *(name for name, _ in chart.series)],
                  [[cat, *(values[i] for _, values in chart.series)] for i, cat in enumerate(chart.categories)],
                  percent_columns=tuple(range(1, len(chart.series) + 1)) if chart.value_format == "percent" else ())
    header_row, last_row, next_row = _write_table(ws, table, data_top)
    if last_row <= header_row:
        return next_row
    bar = BarChart()
    bar.type = "bar" if chart.horizontal else "col"
    bar.title = chart.title
    if chart.stacked:
        bar.grouping, bar.overlap = "stacked", 100
    data = Reference(ws, min_col=2, max_col=1 + len(chart.series), min_row=header_row, max_row=last_row)
    cats = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row)
    bar.add_data(data, titles_from_data=True)
    bar.set_categories(cats)
    if chart.horizontal:
        bar.x_axis.scaling.orientation = "maxMin"  # first category on top, as in the table
    if chart.value_format == "percent":
        bar.y_axis.number_format = "0%"
        bar.y_axis.scaling.min, bar.y_axis.scaling.max = 0, 1
    for series, color in zip(bar.series, chart.colors or [], strict=False):
        series.graphicalProperties.solidFill = color.lstrip("#")
        series.graphicalProperties.line.solidFill = color.lstrip("#")
    bar.height = chart_height(chart)
    bar.width = 18
    bar.legend.position = "b"
    ws.add_chart(bar, anchor)
    return next_row


def _summary_sheet(ws: Worksheet, doc: ReportDocument) -> None:
    ws.title = tr("Summary")
    _set(ws, 1, 1, doc.title).font = TITLE_FONT
    _set(ws, 2, 1, doc.subtitle()).font = Font(bold=True, size=12)
    row = 3
    for line in doc.scope_lines:
        _set(ws, row, 1, line)
        row += 1
    _set(ws, row, 1, doc.sensitive_note).font = Font(italic=True, color=ALERT if doc.include_sensitive else "555555")
    row += 1
    if doc.is_demo:
        _set(ws, row, 1, tr("Demo data for training: the organisations and people in it are invented.")).font = Font(italic=True, color=ALERT)
        row += 1
    _set(ws, row, 1, tr("Generated on {date} by UPR Desktop.", date=doc.generated_on.isoformat())).font = Font(color="777777")
    row += 2
    for table in doc.summary:
        _, _, row = _write_table(ws, table, row)
    chart_row = 5
    for chart in doc.charts:
        # The chart's own numbers go below the tables; the chart sits to the right of them.
        data_top = row
        row = _chart(ws, chart, data_top, f"{CHART_COLUMN}{chart_row}")
        chart_row += int(chart_height(chart) / 0.5) + 3  # a default row is about half a centimetre
    widths = [max(t.column_widths()[i] if i < len(t.headers) else 0 for t in doc.summary) if doc.summary else 12
              for i in range(9)]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width, 10), 48)
    ws.sheet_view.showGridLines = False
    ws.row_dimensions[1].height = 24  # room for the 16 pt title
    ws.page_setup.orientation = "landscape"  # tables on the left, charts on the right: one page wide
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _data_sheet(ws: Worksheet, table: Table) -> None:
    header_row, last_row, _ = _write_table(ws, table, 1, title=False)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    last_col = get_column_letter(len(table.headers))
    ws.auto_filter.ref = f"A{header_row}:{last_col}{max(last_row, header_row)}"
    for i, width in enumerate(table.column_widths(), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
        if width >= 30:
            for (cell,) in ws.iter_rows(min_row=header_row + 1, max_row=last_row, min_col=i, max_col=i):
                cell.alignment = WRAP
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def build_workbook(doc: ReportDocument) -> Workbook:
    wb = Workbook()
    _summary_sheet(wb.active, doc)
    taken = {wb.active.title.lower()}
    for table in doc.data_tables:
        _data_sheet(wb.create_sheet(_sheet_title(table.title, taken)), table)
    if right_to_left():  # an Arabic report: every sheet reads right to left, as Excel and Calc do for Arabic
        for ws in wb.worksheets:
            read_right_to_left(ws)
    wb.properties.title = doc.title
    wb.properties.creator = "UPR Desktop"
    wb.properties.subject = doc.subtitle()
    return wb


def write_xlsx(doc: ReportDocument, target: Path) -> Path:
    """Write the workbook atomically: a half-written file never replaces a good one."""
    wb = build_workbook(doc)
    return write_atomic(Path(target), lambda tmp: wb.save(tmp))
