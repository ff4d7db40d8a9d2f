"""A bar chart view for the dashboard: Qt Charts bars with numbers on hover and a click signal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QHideEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from upr_desktop.ui.fonts import latin_first


@dataclass(frozen=True)
class BarData:
    """One series: ``key`` is what a click reports (a status code, a response...), ``label`` what people read."""

    key: str
    label: str
    values: list[float]
    color: str | None = None


class BarChartView(QChartView):
    """Horizontal or vertical, stacked or side by side; ``bar_clicked(category_key, series_key)``."""

    bar_clicked = Signal(str, str)

    def __init__(self, title: str, *, horizontal: bool = True, stacked: bool = False, percent: bool = False,
                 clickable: bool = True, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.horizontal, self.stacked, self.percent, self.clickable = horizontal, stacked, percent, clickable
        self.title = title
        self.counting = False
        self._chart.setTitle(title)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # redraws must be instant
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Qt Charts does not mirror a chart for a right-to-left language, and there it elides a Latin axis label
        # (an English theme name) to "…": the chart keeps its left-to-right layout, its Arabic labels still read right.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a graphics item: the view's is not inherited
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        self.categories: list[tuple[str, str]] = []
        self.series_data: list[BarData] = []
        self.last_hover = ""  # what the tooltip said last (tests and screen readers)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        # One series and two axes for the life of the view, refilled by set_data: removing and re-adding
        # axes left their grid lines and labels in the scene, so every redraw was slower than the last.
        kind: type[QAbstractBarSeries]
        if horizontal:
            kind = QHorizontalStackedBarSeries if stacked else QHorizontalBarSeries
        else:
            kind = QStackedBarSeries if stacked else QBarSeries
        self._bars = kind()
        self._bars.setBarWidth(0.75)
        self._category_axis = QBarCategoryAxis()
        self._value_axis = QValueAxis()
        self._chart.addSeries(self._bars)
        self._chart.addAxis(self._category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(self._value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        self._bars.attachAxis(self._category_axis)
        self._bars.attachAxis(self._value_axis)

    def chart_title(self) -> str:
        return self._chart.title()

    def needed_height(self) -> int:
        """Room for every category's label: Qt Charts cuts a label taller than its band to "…", and Arabic or Burmese
        names (translated theme and State names) are half as tall again as Latin ones."""
        if not self.horizontal or not self.categories:
            return 0
        metrics = QFontMetrics(self._category_axis.labelsFont())
        tallest = max(metrics.boundingRect(label).height() for _key, label in self.categories)
        if tallest <= metrics.height():  # Latin, Thai: the layout's own height has room (measured: 22 px bands)
            return 0
        return len(self.categories) * (tallest + 18) + 150  # measured: 21 px Arabic labels need 39 px bands; title, axis, legend

    def set_counting(self, counting: bool) -> None:
        """Say in the chart's title that its figures are still being counted (an empty chart is not "nothing")."""
        self.counting = counting
        self._chart.setTitle(self.tr("%1 \u2014 counting\u2026").replace("%1", self.title) if counting else self.title)

    def set_data(self, categories: list[tuple[str, str]], series: list[BarData]) -> None:
        """Replace what is drawn; ``categories`` are (key, label) pairs, top or left first."""
        self.categories, self.series_data = categories, series
        chart = self._chart
        self._apply_look()
        bars = self._bars
        bars.clear()  # deletes the old bar sets
        labels = [label for _key, label in categories]
        if self.horizontal:  # Qt draws the first category at the bottom; people read top-down
            labels = labels[::-1]
        bar_sets = []
        for index, data in enumerate(series):
            bar_set = QBarSet(data.label)
            values = data.values[::-1] if self.horizontal else data.values
            bar_set.append([float(v) for v in values])
            if data.color:
                bar_set.setColor(QColor(data.color))
                bar_set.setBorderColor(QColor(data.color))
            bar_set.hovered.connect(lambda on, i, s=index: self._hovered(on, i, s))
            bar_set.clicked.connect(lambda i, s=index: self._clicked(i, s))
            bar_sets.append(bar_set)
        bars.append(bar_sets)
        category_axis, value_axis = self._category_axis, self._value_axis
        category_axis.clear()
        category_axis.append(labels)
        small = latin_first(self.font())  # Arabic or Burmese line heights leave no room for the labels between bars
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        category_axis.setLabelsFont(small)
        value_axis.setLabelsFont(small)
        value_axis.setLabelFormat("%.0f%%" if self.percent else "%d")
        value_axis.setTickCount(6)
        if self.needed_height() > self.minimumHeight():  # never a label cut to "…" for want of height
            self.setMinimumHeight(self.needed_height())
        value_axis.setRange(0, self._top(series))
        if not self.percent:
            value_axis.applyNiceNumbers()  # 0, 5, 10... rather than 0, 5.8, 11.6
        chart.legend().setVisible(len(series) > 1)

    def _apply_look(self) -> None:
        """Presentation mode: Qt's high-contrast chart theme and larger titles; otherwise the light theme."""
        from upr_desktop.ui.presentation_style import is_on

        theme = QChart.ChartTheme.ChartThemeHighContrast if is_on() else QChart.ChartTheme.ChartThemeLight
        if self._chart.theme() != theme:
            self._chart.setTheme(theme)
            # The high-contrast theme shades every other band beige; a shade left from an earlier range was drawn
            # as an empty beige box over the title on the projector. Plain white bands read better there anyway.
            for axis in (self._category_axis, self._value_axis):
                axis.setShadesVisible(False)
        title = QFont(self.font())
        title.setBold(True)
        title.setPointSizeF(self.font().pointSizeF() * 1.1)
        self._chart.setTitleFont(title)
        legend = QFont(self.font())
        legend.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        self._chart.legend().setFont(legend)
        self._chart.legend().setShowToolTips(True)  # a legend entry elided for room (longer French/Spanish labels) shows in full on hover

    def _top(self, series: list[BarData]) -> float:
        if self.percent:
            return 100.0
        if not series or not series[0].values:
            return 1.0
        n = len(series[0].values)
        if self.stacked:
            peak = max(sum(s.values[i] for s in series) for i in range(n))
        else:
            peak = max(max(s.values) for s in series)
        return max(1.0, float(peak) * 1.08)

    def _position(self, index: int) -> int:
        """The category behind a bar index (bars are reversed for horizontal charts)."""
        return len(self.categories) - 1 - index if self.horizontal else index

    def describe(self, index: int, series_index: int) -> str:
        position = self._position(index)
        if not (0 <= position < len(self.categories)) or not (0 <= series_index < len(self.series_data)):
            return ""
        data = self.series_data[series_index]
        value = data.values[position]
        locale = QLocale()  # the chosen language's digits and signs (٧٣٪ in Arabic)
        number = locale.toString(round(value)) + locale.percent() if self.percent else (
            locale.toString(int(value)) if float(value).is_integer() else locale.toString(float(value), "g", 6))
        label = self.categories[position][1]
        return f"{label} — {data.label}: {number}" if len(self.series_data) > 1 else f"{label}: {number}"

    def _hovered(self, on: bool, index: int, series_index: int) -> None:
        if not on:
            QToolTip.hideText()
            return
        self.last_hover = self.describe(index, series_index)
        QToolTip.showText(QCursor.pos(), self.last_hover, self)

    def hideEvent(self, event: QHideEvent) -> None:
        QToolTip.hideText()  # a bar's tooltip does not outlive its chart on screen (a click switches pages)
        super().hideEvent(event)

    def _clicked(self, index: int, series_index: int) -> None:
        position = self._position(index)
        QToolTip.hideText()
        if self.clickable and 0 <= position < len(self.categories):
            self.bar_clicked.emit(self.categories[position][0], self.series_data[series_index].key)
