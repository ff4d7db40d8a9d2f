"""A report's bar charts as SVG, for the HTML page (Qt-free; the PDF draws the same charts with Qt)."""

from __future__ import annotations

from html import escape

from upr_desktop.core.domain.closed_lists import SERIES_COLOURS
from upr_desktop.reports.document import Chart

FONT = "Noto Sans, DejaVu Sans, Arial, sans-serif"
CHAR_PX = 6.4  # the average width of a character at 11 px, to leave room for labels
LABEL_CHARS = 38  # longer category labels are cut (the full one is in the title tooltip)


def _value_text(chart: Chart, value: float) -> str:
    return f"{value:.0%}" if chart.value_format == "percent" else f"{value:g}"


def _top(chart: Chart) -> float:
    if chart.value_format == "percent":
        return 1.0
    if chart.stacked:
        totals = [sum(values[i] for _, values in chart.series) for i in range(len(chart.categories))]
    else:
        totals = [v for _, values in chart.series for v in values]
    return max(totals, default=0) or 1.0


def _cut(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "\u2026"


def chart_svg(chart: Chart, width: int = 640) -> str:
    """The chart as an ``<svg>`` element ``width`` pixels wide, its numbers written beside the bars."""
    colours = list(chart.colors or SERIES_COLOURS)
    legend_h = 24 if len(chart.series) > 1 else 0
    rows = max(1, len(chart.categories))
    height = int(46 + 22 * rows + legend_h) if chart.horizontal else 260 + legend_h
    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'font-family="{FONT}" font-size="11" role="img" aria-label="{escape(chart.title)}">'),
           f'<text x="0" y="16" font-size="13" font-weight="bold" fill="#1f4e79">{escape(chart.title)}</text>']
    top, plot_top, plot_h = _top(chart), 28.0, height - 28.0 - legend_h
    if chart.horizontal:
        longest = max((len(c) for c in chart.categories), default=6)
        label_w = min(width * 0.42, min(longest, LABEL_CHARS) * CHAR_PX + 8)
        bars_w = width - label_w - 48
        row_h = plot_h / rows
        per_series = 1 if chart.stacked else max(1, len(chart.series))
        for i, category in enumerate(chart.categories):
            y = plot_top + i * row_h
            out.append(f'<text x="{label_w - 8:.1f}" y="{y + row_h / 2 + 4:.1f}" text-anchor="end" fill="#333333">'
                       f'<title>{escape(category)}</title>{escape(_cut(category, LABEL_CHARS))}</text>')
            x, bar_h, total, end = label_w, row_h * 0.7 / per_series, 0.0, label_w
            for k, (name, values) in enumerate(chart.series):
                value = values[i] if i < len(values) else 0.0
                w = bars_w * value / top
                by = y + row_h * 0.15 + (0 if chart.stacked else k * bar_h)
                out.append(f'<rect x="{x:.1f}" y="{by:.1f}" width="{w:.1f}" height="{bar_h:.1f}" fill="{colours[k % len(colours)]}">'
                           f'<title>{escape(name)}: {_value_text(chart, value)}</title></rect>')
                total += value
                if chart.stacked:
                    x += w
                end = max(end, x if chart.stacked else label_w + w)
            shown = total if chart.stacked else max((v[i] for _, v in chart.series if i < len(v)), default=0.0)
            out.append(f'<text x="{end + 4:.1f}" y="{y + row_h / 2 + 4:.1f}" fill="#333333">{_value_text(chart, shown)}</text>')
        out.append(f'<line x1="{label_w:.1f}" y1="{plot_top:.1f}" x2="{label_w:.1f}" y2="{plot_top + plot_h:.1f}" stroke="#999999"/>')
    else:
        label_h, value_h = 20.0, 16.0
        bars_top, bars_h = plot_top + value_h, plot_h - label_h - value_h
        col_w = (width - 8) / rows
        bottom = bars_top + bars_h
        for i, category in enumerate(chart.categories):
            x, y, total = 4 + i * col_w, bottom, 0.0
            for k, (name, values) in enumerate(chart.series):
                value = values[i] if i < len(values) else 0.0
                h = bars_h * value / top
                y -= h
                out.append(f'<rect x="{x + col_w * 0.18:.1f}" y="{y:.1f}" width="{col_w * 0.64:.1f}" height="{h:.1f}" '
                           f'fill="{colours[k % len(colours)]}"><title>{escape(name)}: {_value_text(chart, value)}</title></rect>')
                total += value
            centre = x + col_w / 2
            out.append(f'<text x="{centre:.1f}" y="{y - 4:.1f}" text-anchor="middle" fill="#333333">{_value_text(chart, total)}</text>')
            out.append(f'<text x="{centre:.1f}" y="{bottom + 14:.1f}" text-anchor="middle" fill="#333333">'
                       f'<title>{escape(category)}</title>{escape(_cut(category, max(3, int(col_w / CHAR_PX))))}</text>')
        out.append(f'<line x1="4" y1="{bottom:.1f}" x2="{width - 4}" y2="{bottom:.1f}" stroke="#999999"/>')
    if legend_h:
        x, y = 0.0, height - legend_h + 6
        for k, (name, _values) in enumerate(chart.series):
            out.append(f'<rect x="{x:.1f}" y="{y + 2:.1f}" width="10" height="10" fill="{colours[k % len(colours)]}"/>'
                       f'<text x="{x + 14:.1f}" y="{y + 11:.1f}" fill="#333333">{escape(name)}</text>')
            x += 14 + len(name) * CHAR_PX + 18
    out.append("</svg>")
    return "".join(out)
