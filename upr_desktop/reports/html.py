"""A report as simple HTML (the subset QTextDocument renders): the PDF, the on-screen preview and the .html page."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from upr_desktop.core.domain.closed_lists import ALERT_COLOUR
from upr_desktop.i18n import current_language, right_to_left, tr
from upr_desktop.io import write_atomic
from upr_desktop.reports.document import ReportDocument, Table

STYLE = """
body { color: #222222; }
h1 { font-size: 17pt; color: #1f4e79; margin-bottom: 2px; }
h2 { font-size: 13pt; color: #1f4e79; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10.5pt; color: #1f4e79; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 2px; }
.subtitle { font-size: 11pt; font-weight: bold; }
.note { color: #555555; font-style: italic; }
.warning { color: ALERT; font-weight: bold; }
table { border-collapse: collapse; }
th { background-color: #1f4e79; color: #ffffff; font-weight: bold; text-align: START; }
td.num, th.num { text-align: END; }
tr.total td { font-weight: bold; border-top: 1px solid #1f4e79; }
""".replace("ALERT", ALERT_COLOUR)


def style(rtl: bool) -> str:
    """The style sheet, text aligned to the start of the line in a page written right to left or not: CSS "start"
    and "end" in effect, which Qt's CSS lacks. (Qt needs no swap: in a right-to-left block it mirrors left and right.)"""
    start, end = ("right", "left") if rtl else ("left", "right")
    return STYLE.replace("START", start).replace("END", end)


def _cell(value: Any, percent: bool) -> str:
    if value is None:
        return ""
    if percent and isinstance(value, float):
        return f"{value:.0%}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    return escape(str(value)).replace("\n", "<br/>")


def _numeric(table: Table, col: int) -> bool:
    values = [r[col] for r in table.rows if col < len(r) and r[col] is not None]
    return bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)


def table_html(table: Table, *, font_pt: float = 8.0, reversed_columns: bool = False) -> str:
    """The table as HTML; ``reversed_columns`` gives its columns last first (see :func:`report_html`)."""
    order = list(range(len(table.headers)))
    if reversed_columns:
        order.reverse()
    numeric = [_numeric(table, i) for i in range(len(table.headers))]
    widths = table.print_widths or table.column_widths()
    total_w = sum(widths) or 1
    out = [f'<table width="100%" border="0.5" cellspacing="0" cellpadding="3" style="font-size: {font_pt}pt; border-color: #b8c4d0;">',
           "<thead><tr>"]
    for i in order:
        cls = ' class="num"' if numeric[i] else ""
        out.append(f'<th{cls} width="{100 * widths[i] / total_w:.0f}%">{escape(str(table.headers[i]))}</th>')
    out.append("</tr></thead>")
    for n, row in enumerate(table.rows):
        bg = ' bgcolor="#f2f5f9"' if n % 2 else ""
        out.append(f"<tr{bg}>")
        for i in order:
            if i < len(row):
                cls = ' class="num"' if numeric[i] else ""
                out.append(f"<td{cls}>{_cell(row[i], i in table.percent_columns)}</td>")
        out.append("</tr>")
    if table.totals is not None:
        out.append('<tr class="total">')
        for i in order:
            if i < len(table.totals):
                cls = ' class="num"' if numeric[i] else ""
                out.append(f"<td{cls}><b>{_cell(table.totals[i], i in table.percent_columns)}</b></td>")
        out.append("</tr>")
    out.append("</table>")
    if table.note:
        out.append(f'<p class="note">{escape(table.note)}</p>')
    return "".join(out)


def report_html(doc: ReportDocument, chart_sources: list[str] | None = None, *, chart_width: int = 640,
                sections: bool = True, inline_charts: list[str] | None = None, qt: bool = False) -> str:
    """The whole report; ``chart_sources`` are image URLs (resources) for ``doc.charts``, in order, or
    ``inline_charts`` their markup (SVG) put in the page as it is.

    In a language written right to left (Arabic) the page says so (``dir="rtl"``): a browser then mirrors the
    layout, tables included. Qt's text engine (``qt=True``: the PDF and the preview) aligns the text of such a
    page to the right but still lays a table's columns out left to right, so for it the columns come last first.
    """
    rtl = right_to_left()
    reversed_columns = rtl and qt
    direction = "rtl" if rtl else "ltr"
    head = (f'<html lang="{current_language()}" dir="{direction}"><head><meta charset="utf-8"/><title>{escape(doc.title)}</title>'
            f'<style>{style(rtl and not qt)}</style></head><body dir="{direction}">')
    parts = [head,
             f"<h1>{escape(doc.title)}</h1>",
             f'<p class="subtitle">{escape(doc.subtitle())}</p>']
    parts += [f"<p>{escape(line)}</p>" for line in doc.scope_lines]
    parts.append(f'<p class="{"warning" if doc.include_sensitive else "note"}">{escape(doc.sensitive_note)}</p>')
    if doc.is_demo:
        parts.append(f'<p class="warning">{escape(tr("Demo data for training: the organisations and people in it are invented."))}</p>')
    parts.append(f'<p class="note">{escape(tr("Generated on {date} by UPR Desktop.", date=doc.generated_on.isoformat()))}</p>')
    parts.append(f"<h2>{escape(tr('Summary'))}</h2>")
    for table in doc.summary:
        parts.append(f"<h3>{escape(table.title)}</h3>")
        parts.append(table_html(table, reversed_columns=reversed_columns))
    for source in chart_sources or []:
        parts.append(f'<p><img src="{escape(source)}" width="{chart_width}"/></p>')
    for markup in inline_charts or []:
        parts.append(f"<p>{markup}</p>")
    if sections and doc.sections:
        parts.append(f'<h2 style="page-break-before: always;">{escape(tr("Details"))}</h2>')
        for section in doc.sections:
            parts.append(f"<h3>{escape(section.title)}</h3>")
            if section.intro:
                parts.append(f'<p class="note">{escape(section.intro)}</p>')
            for table in section.tables:
                parts.append(table_html(table, font_pt=7.5, reversed_columns=reversed_columns))
    parts.append("</body></html>")
    return "".join(parts)


def write_html(doc: ReportDocument, target: Path) -> Path:
    """The report as one .html page (charts drawn in SVG inside it), written atomically."""
    from upr_desktop.reports.svg_charts import chart_svg

    page = "<!DOCTYPE html>\n" + report_html(doc, inline_charts=[chart_svg(chart) for chart in doc.charts])
    return write_atomic(Path(target), lambda tmp: Path(tmp).write_text(page, encoding="utf-8"))
