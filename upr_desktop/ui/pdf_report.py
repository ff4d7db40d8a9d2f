"""Rendering a report to PDF with Qt: A4 pages, header, footer with page numbers, charts as images.

Qt is used because it shapes Thai, Arabic and other complex scripts correctly (HarfBuzz) and
embeds the fonts. :func:`write_pdf` is the report writer of the ``pdf`` format: the entry point
``upr_desktop.report_writers`` (pyproject.toml) names it, and the reports' writer registry loads
it only when a .pdf is asked for, from the app or from the command line (headless, offscreen).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from upr_desktop.errors import UserError
from upr_desktop.i18n import current_language, right_to_left, tr
from upr_desktop.io import write_atomic
from upr_desktop.operations.reports import ReportDocument, report_html
from upr_desktop.ui.fonts import document_font
from upr_desktop.ui.report_charts import chart_image

RESOLUTION = 300
# A PDF is read on paper: past this many rows it would run to hundreds of pages (and take minutes to lay out).
MAX_PDF_ROWS = 5_000
BODY_PT = 9


def report_document(doc: ReportDocument, *, device: object | None = None, sections: bool = True) -> QTextDocument:
    """The report laid out as a QTextDocument, charts added as image resources."""
    text = QTextDocument()
    if device is not None:
        text.documentLayout().setPaintDevice(device)  # type: ignore[arg-type]
    text.setDefaultFont(document_font(current_language(), BODY_PT))  # the shipped Thai, Burmese, Arabic fonts too
    sources = []
    for i, chart in enumerate(doc.charts):
        name = f"chart-{i}.png"
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), chart_image(chart, 640, scale=3.0))
        sources.append(name)
    text.setHtml(report_html(doc, sources, chart_width=640, sections=sections, qt=True))
    return text


def _mm(writer: QPdfWriter, mm: float) -> float:
    return mm * writer.resolution() / 25.4


def _render(doc: ReportDocument, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
    writer.setTitle(doc.title)
    writer.setCreator("UPR Desktop")
    paint = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(paint.width()), float(paint.height())
    header_h, footer_h = _mm(writer, 9), _mm(writer, 9)
    body = QRectF(0, header_h, width, height - header_h - footer_h)

    text = report_document(doc, device=writer)
    text.setPageSize(QSizeF(body.width(), body.height()))
    pages = text.pageCount()

    small = document_font(current_language(), 7.5)
    painter = QPainter(writer)
    if right_to_left():  # the header and footer mirrored: coalition on the right, page number on the left
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            top = QRectF(0, 0, width, header_h * 0.7)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, doc.coalition)
            painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, doc.title)
            painter.setPen(QPen(QColor("#1f4e79"), _mm(writer, 0.3)))
            painter.drawLine(0, int(header_h * 0.75), int(width), int(header_h * 0.75))
            bottom = QRectF(0, height - footer_h * 0.7, width, footer_h * 0.7)
            painter.drawLine(0, int(height - footer_h * 0.8), int(width), int(height - footer_h * 0.8))
            painter.setPen(QColor("#555555"))
            left = doc.coalition + (" — " + tr("demo data") if doc.is_demo else "")
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter,
                             tr("Sensitive fields included") if doc.include_sensitive else doc.generated_on.isoformat())
            painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             tr("Page {page} of {pages}", page=page + 1, pages=pages))
            painter.save()
            painter.translate(0, body.top() - page * body.height())
            text.drawContents(painter, QRectF(0, page * body.height(), width, body.height()))
            painter.restore()
    finally:
        painter.end()


def render_pdf(doc: ReportDocument, target: Path) -> Path:
    """Write the PDF atomically (needs a QGuiApplication; offscreen is enough)."""
    rows = sum(len(t.rows) for section in doc.sections for t in section.tables)
    if rows > MAX_PDF_ROWS:
        raise UserError(tr(
            "This PDF would list {rows} rows, hundreds of pages. Narrow it with --group or --theme "
            "(the Member group and Theme boxes), or write an .xlsx workbook instead.", rows=rows,
        ))
    return write_atomic(Path(target), lambda tmp: _render(doc, tmp))


def write_pdf(doc: ReportDocument, target: Path) -> Path:
    """The ``pdf`` report writer: in the app as it runs; from the command line, under a QGuiApplication made
    here on the offscreen platform (the CLI's other commands never load Qt, and need no display)."""
    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _headless.append(QGuiApplication(["upr-desktop"]))
    return render_pdf(doc, target)


_headless: list[QGuiApplication] = []  # the command line's application, kept alive while the process runs
