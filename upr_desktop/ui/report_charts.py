"""Drawing a report's bar charts with QPainter, for the PDF and the Reports page preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from upr_desktop.i18n import current_language, right_to_left
from upr_desktop.operations.closed_lists import SERIES_COLOURS
from upr_desktop.ui.fonts import document_font

if TYPE_CHECKING:
    from upr_desktop.operations.reports import Chart


def _value_text(chart: Chart, value: float) -> str:
    return f"{value:.0%}" if chart.value_format == "percent" else f"{value:g}"


def chart_image(chart: Chart, width: int, height: int | None = None, *, scale: float = 2.0) -> QImage:
    """The chart as an image ``width`` logical pixels wide (drawn at ``scale`` for crisp print)."""
    rows = max(1, len(chart.categories))
    if height is None:
        height = int(46 + 22 * rows + (26 if len(chart.series) > 1 else 0)) if chart.horizontal else 260
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    draw_chart(painter, chart, QRectF(0, 0, width, height))
    painter.end()
    image.setDevicePixelRatio(scale)
    return image


class _Side:
    """Places what is drawn in ``area``: as computed (left to right), or mirrored for a right-to-left language.

    Mirrored, the labels stand on the right and the bars grow to the left; the painter's right-to-left
    direction turns each text's left alignment into right, so labels still hug their bars.
    """

    def __init__(self, area: QRectF, rtl: bool) -> None:
        self.area, self.rtl = area, rtl

    def rect(self, r: QRectF) -> QRectF:
        return QRectF(self.area.left() + self.area.right() - r.right(), r.top(), r.width(), r.height()) if self.rtl else r

    def x(self, x: float) -> float:
        return self.area.left() + self.area.right() - x if self.rtl else x


def draw_chart(painter: QPainter, chart: Chart, area: QRectF) -> None:
    side = _Side(area, right_to_left())
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if side.rtl else Qt.LayoutDirection.LeftToRight)
    font = document_font(current_language(), 8)  # every script the labels may be in (State, theme, group names)
    font.setPixelSize(11)
    title_font = QFont(font)
    title_font.setPixelSize(13)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(QColor("#1f4e79"))
    painter.drawText(side.rect(QRectF(area.left(), area.top(), area.width(), 22)), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chart.title)
    painter.setFont(font)
    colors = [QColor(c) for c in (chart.colors or SERIES_COLOURS)]
    legend_h = 24 if len(chart.series) > 1 else 0
    plot = QRectF(area.left(), area.top() + 28, area.width(), area.height() - 28 - legend_h)
    if chart.horizontal:
        _horizontal(painter, chart, plot, colors, QFontMetricsF(font), side)
    else:
        _vertical(painter, chart, plot, colors, QFontMetricsF(font), side)
    if legend_h:
        x = area.left()
        y = area.bottom() - legend_h + 6
        metrics = QFontMetricsF(font)
        for i, (name, _values) in enumerate(chart.series):
            painter.fillRect(side.rect(QRectF(x, y + 2, 10, 10)), colors[i % len(colors)])
            painter.setPen(QColor("#333333"))
            painter.drawText(side.rect(QRectF(x + 14, y - 2, metrics.horizontalAdvance(name) + 4, 18)), Qt.AlignmentFlag.AlignVCenter, name)
            x += 14 + metrics.horizontalAdvance(name) + 18


def _max_value(chart: Chart) -> float:
    if chart.value_format == "percent":
        return 1.0
    if chart.stacked:
        totals = [sum(values[i] for _, values in chart.series) for i in range(len(chart.categories))]
    else:
        totals = [v for _, values in chart.series for v in values]
    return max(totals, default=0) or 1.0


def _horizontal(painter: QPainter, chart: Chart, plot: QRectF, colors: list[QColor], metrics: QFontMetricsF, side: _Side) -> None:
    n = max(1, len(chart.categories))
    label_w = min(plot.width() * 0.42, max((metrics.horizontalAdvance(c) for c in chart.categories), default=40) + 8)
    value_w = 44
    bars_w = plot.width() - label_w - value_w
    row_h = plot.height() / n
    top = _max_value(chart)
    per_series = 1 if chart.stacked else len(chart.series)
    for i, category in enumerate(chart.categories):
        y = plot.top() + i * row_h
        painter.setPen(QColor("#333333"))
        label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_w - 8)
        painter.drawText(side.rect(QRectF(plot.left(), y, label_w - 8, row_h)), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        x = plot.left() + label_w
        bar_h = row_h * 0.7 / per_series
        total = 0.0
        for k, (_name, values) in enumerate(chart.series):
            value = values[i] if i < len(values) else 0.0
            w = bars_w * value / top
            by = y + row_h * 0.15 + (0 if chart.stacked else k * bar_h)
            painter.fillRect(side.rect(QRectF(x, by, w, bar_h)), colors[k % len(colors)])
            if chart.stacked:
                x += w
            total += value
        painter.setPen(QColor("#333333"))
        end = x if chart.stacked else plot.left() + label_w + bars_w * max(
            (values[i] for _, values in chart.series), default=0) / top
        painter.drawText(side.rect(QRectF(end + 4, y, value_w, row_h)), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _value_text(chart, total if chart.stacked else max((v[i] for _, v in chart.series), default=0)))
    painter.setPen(QPen(QColor("#999999"), 1))
    axis = side.x(plot.left() + label_w)
    painter.drawLine(int(axis), int(plot.top()), int(axis), int(plot.bottom()))


def _vertical(painter: QPainter, chart: Chart, plot: QRectF, colors: list[QColor], metrics: QFontMetricsF, side: _Side) -> None:
    n = max(1, len(chart.categories))
    label_h = 20
    value_h = 16
    bars = QRectF(plot.left() + 4, plot.top() + value_h, plot.width() - 8, plot.height() - label_h - value_h)
    col_w = bars.width() / n
    top = _max_value(chart)
    for i, category in enumerate(chart.categories):
        x = bars.left() + i * col_w
        y = bars.bottom()
        total = 0.0
        for k, (_name, values) in enumerate(chart.series):
            value = values[i] if i < len(values) else 0.0
            h = bars.height() * value / top
            y -= h
            painter.fillRect(side.rect(QRectF(x + col_w * 0.18, y, col_w * 0.64, h)), colors[k % len(colors)])
            total += value
        painter.setPen(QColor("#333333"))
        painter.drawText(side.rect(QRectF(x, y - value_h, col_w, value_h)), Qt.AlignmentFlag.AlignCenter, _value_text(chart, total))
        label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, col_w - 2)
        painter.drawText(side.rect(QRectF(x, bars.bottom() + 2, col_w, label_h)), Qt.AlignmentFlag.AlignCenter, label)
    painter.setPen(QPen(QColor("#999999"), 1))
    painter.drawLine(int(bars.left()), int(bars.bottom()), int(bars.right()), int(bars.bottom()))
