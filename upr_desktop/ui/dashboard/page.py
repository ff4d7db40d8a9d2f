"""The Dashboard page: the coalition's figures as charts; clicking a bar lists those recommendations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QRect, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations import closed_lists, dashboard
from upr_desktop.operations.closed_lists import STATUS_COLOURS
from upr_desktop.operations.dashboard import GROUPS as GROUP_PART
from upr_desktop.operations.dashboard import (
    NOT_ASSESSED,
    STATUS_CODES,
    Metrics,
    RecommendationFilter,
    Scope,
)
from upr_desktop.operations.dashboard import STATES as STATE_PART
from upr_desktop.operations.dashboard import THEMES as THEME_PART
from upr_desktop.ui import vocabulary
from upr_desktop.ui.dashboard import TOPICS
from upr_desktop.ui.cycle_choice import CycleChoice
from upr_desktop.ui.dashboard.charts import BarChartView, BarData
from upr_desktop.ui.fitting import shrink_combo, wrap
from upr_desktop.ui.hub import touches
from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.presentation_style import is_on as presentation_on
from upr_desktop.ui.translations import format_date, format_number, format_percent

TOP_THEMES = 12
TOP_THEMES_PROJECTOR = 8
TOP_STATES = 15
# Charts whose figures are a part that can be left for later (the others come with the headline counts).
CHART_PARTS = {"status_by_theme": THEME_PART, "status_by_group": GROUP_PART, "acceptance_by_region": STATE_PART,
               "by_state": STATE_PART, "by_category": STATE_PART}
STATUS_ORDER = (*STATUS_CODES, NOT_ASSESSED)


# UN regional groups as the metrics name them (core/vocab.py), translated when shown.
_REGIONS = {
    "Africa": QT_TRANSLATE_NOOP("Dashboard", "Africa"),
    "Asia-Pacific": QT_TRANSLATE_NOOP("Dashboard", "Asia-Pacific"),
    "EEG": QT_TRANSLATE_NOOP("Dashboard", "Eastern Europe"),
    "GRULAC": QT_TRANSLATE_NOOP("Dashboard", "Latin America and Caribbean"),
    "WEOG": QT_TRANSLATE_NOOP("Dashboard", "Western Europe and others"),
    "Observer": QT_TRANSLATE_NOOP("Dashboard", "Observer States"),
    "Other": QT_TRANSLATE_NOOP("Dashboard", "Other"),
}


def status_label(code: str) -> str:
    return vocabulary.label(None if code == NOT_ASSESSED else code)


def response_label(code: str) -> str:
    return vocabulary.label(code) if code in closed_lists.codes(closed_lists.RESPONSES) else QCoreApplication.translate("Dashboard", "Other")


def region_label(name: str) -> str:
    return QCoreApplication.translate("Dashboard", _REGIONS[name]) if name in _REGIONS else name


class Tile(QFrame):
    """A headline number with a caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dashboardTile")
        self.value = QLabel("\u2026")  # being counted: the page says so until the figures arrive
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)

    def narrowest(self) -> int:
        """The least width that shows the figure and the caption's longest word (the caption wraps at spaces)."""
        words = self.caption.text().split() or [""]
        caption = max(self.caption.fontMetrics().horizontalAdvance(w) for w in words)
        margins = self.layout().contentsMargins()
        return max(self.value.sizeHint().width(), caption) + margins.left() + margins.right() + 2 * self.frameWidth() + 8


class DashboardPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.metrics: Metrics | None = None
        self._drawn = 0  # how many times figures were shown: a deferred redraw of older figures is dropped
        self.dirty = True
        self.heading = QLabel("<h2>" + self.tr("Dashboard") + "</h2>")
        self.as_of = wrap(QLabel())
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Show the figures of one member group"))
        self.group.addItem(self.tr("All member groups"), None)
        shrink_combo(self.group, chars=12)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        # Several cycles in one workspace: their percentages are not mixed unless "All cycles" is asked for.
        self.cycle = CycleChoice(ctx, "dashboard-cycles", self.tr("Show the figures of one UPR cycle"))
        self.cycle.chosen.connect(lambda _c: self.refresh())
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.as_of, 1)
        top.addWidget(QLabel(self.tr("Group:")))
        top.addWidget(self.group)
        top.addWidget(self.cycle.label())
        top.addWidget(self.cycle)
        top.addWidget(refresh)

        self.tiles = {
            "total": Tile(self.tr("Recommendations")),
            "supported": Tile(self.tr("Supported")),
            "assigned": Tile(self.tr("Assigned to a group")),
            "lead": Tile(self.tr("With a lead group")),
            "assessed": Tile(self.tr("Assessed in the last 6 months")),
            "consultations": Tile(self.tr("Consultations with government")),
            "overdue": Tile(self.tr("Follow-up actions overdue")),
        }
        self.tile_grid = tiles = QGridLayout()
        self.tile_columns = 0
        self._arrange_tiles(len(self.tiles))

        self.charts = {
            "status_by_theme": BarChartView(self.tr("Implementation status by theme"), stacked=True),
            "by_response": BarChartView(self.tr("Recommendations by response")),
            "status_by_group": BarChartView(self.tr("Implementation status by member group"), stacked=True),
            "acceptance_by_region": BarChartView(self.tr("Supported, by regional group of the recommending States"), percent=True, clickable=False),
            "by_state": BarChartView(self.tr("Recommending States (most recommendations)")),
            "by_category": BarChartView(self.tr("Action categories"), horizontal=False),
            "coverage": BarChartView(self.tr("Coverage"), percent=True, clickable=False),
            "consultations_by_quarter": BarChartView(self.tr("Consultations per quarter"), horizontal=False, clickable=False),
        }
        for key, view in self.charts.items():
            view.bar_clicked.connect(lambda category, series, k=key: self.bar_clicked(k, category, series))
        self.grid = grid = QGridLayout()
        self.columns = 0
        self._arrange(2)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(tiles)
        column.addLayout(grid)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.hint = QLabel(self.tr("Point at a bar to see its number; click it to list those recommendations."))
        self.hint.setObjectName("dashboardHint")
        wrap(self.hint)
        layout.addWidget(self.hint)
        ctx.hub.data_changed.connect(self._data_changed)
        self.refresh()

    # -- loading ----------------------------------------------------------------------------
    def scope(self) -> Scope:
        return Scope(group=self.group.currentData(), cycle=self.cycle.cycle())

    def refresh(self) -> None:
        """Count the figures on the worker thread (the workspace's figures cache, which the idle warm-up fills):
        first what the charts on screen need, then the rest. Until they arrive the page says it is counting."""
        self.dirty = False
        self.counting(True)
        first = {CHART_PARTS[k] for k in self.visible_charts() if k in CHART_PARTS}
        self.ctx.ops.read(dashboard.figures, self.scope(), first=first, on_done=self._first_figures, key="dashboard-metrics")
        self.cycle.reload()

    def counting(self, on: bool) -> None:
        """The loading sign: "Counting the figures…" where the date goes, and in the title of each chart still empty."""
        if on:
            self.as_of.setText("\u23f3 " + self.tr("Counting the figures\u2026"))
            if self.metrics is None:
                for tile in self.tiles.values():
                    tile.set_value("\u2026")
        for key, view in self.charts.items():
            view.set_counting(on if self.metrics is None or not on else CHART_PARTS.get(key) in self.metrics.pending)

    def _first_figures(self, m: Metrics) -> None:
        self.show_metrics(m)
        if m.pending:
            self.ctx.ops.read(dashboard.complete_figures, m, on_done=self.show_metrics, key="dashboard-metrics")

    def visible_charts(self) -> list[str]:
        """The charts at least partly inside the scrolled view (all of them while the page is not laid out on screen)."""
        viewport = self.scroll.viewport()
        if not self.isVisible() or viewport.height() <= 0:
            return list(self.charts)
        area = viewport.rect()
        return [k for k, v in self.charts.items() if QRect(v.mapTo(viewport, QPoint(0, 0)), v.size()).intersects(area)]

    def activated(self) -> None:
        if self.dirty:
            self.refresh()

    def _data_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, *TOPICS):
            self.dirty = True
            if self.isVisible():
                self.refresh()

    # -- drawing ----------------------------------------------------------------------------
    def show_metrics(self, m: Metrics) -> None:
        """Redraw from plain figures (no database work here): the tiles and the charts on screen now, the rest
        on the next turn of the event loop, so the first paint does not wait for charts scrolled out of view."""
        self.metrics = m
        self._drawn += 1
        big = presentation_on()
        self._arrange(1 if big else 2)
        scale = max(1.0, self.font().pointSizeF() / 10)
        for key in ("status_by_theme", "status_by_group", "by_state"):  # room for every label at any text size
            self.charts[key].setMinimumHeight(int(420 * scale))
        self.as_of.setText(self.tr("Situation as of %1").replace("%1", format_date(m.as_of)) if not m.pending
                           else "\u23f3 " + self.tr("Situation as of %1; counting the rest\u2026").replace("%1", format_date(m.as_of)))
        for key, view in self.charts.items():
            view.set_counting(CHART_PARTS.get(key) in m.pending)
        self._fill_groups(m)
        self._fill_tiles(m)
        self._fit_tiles()
        plans = self._chart_data(m, TOP_THEMES_PROJECTOR if big else TOP_THEMES)
        visible = self.visible_charts()
        for key in visible:
            self.charts[key].set_data(*plans[key])
        later = [k for k in self.charts if k not in visible]
        if later:
            drawn = self._drawn
            QTimer.singleShot(0, lambda: self._draw_later(drawn, later, plans))

    def _draw_later(self, drawn: int, keys: list[str], plans: dict[str, tuple[list[tuple[str, str]], list[BarData]]]) -> None:
        if drawn == self._drawn:  # not replaced by newer figures meanwhile
            for key in keys:
                self.charts[key].set_data(*plans[key])

    def _fill_tiles(self, m: Metrics) -> None:
        total = m.total
        cov = m.coverage
        supported = next((c.count for c in m.by_response if c.key == "supported"), 0)

        self.tiles["total"].set_value(format_number(total))
        self.tiles["supported"].set_value(f"{format_number(supported)} ({format_percent(supported, total)})")
        if cov is not None:
            self.tiles["assigned"].set_value(format_percent(cov.assigned, cov.total))
            self.tiles["lead"].set_value(format_percent(cov.with_lead, cov.total))
            self.tiles["assessed"].set_value(format_percent(cov.assessed_recently, cov.total))
        self.tiles["consultations"].set_value(format_number(sum(c.count for c in m.consultations_by_body)))
        self.tiles["overdue"].set_value(format_number(m.actions.overdue if m.actions else 0))

    def _chart_data(self, m: Metrics, top_themes: int) -> dict[str, tuple[list[tuple[str, str]], list[BarData]]]:
        """Categories and series of every chart; a chart whose figures are still being counted is drawn empty."""
        themes = m.status_by_theme[:top_themes]
        states = m.by_state[:TOP_STATES]
        plans: dict[str, tuple[list[tuple[str, str]], list[BarData]]] = {
            "status_by_theme": ([(r.key, vocabulary.theme_name(r.label)) for r in themes],
                                [BarData(c, status_label(c), [float(r.counts[c]) for r in themes], STATUS_COLOURS[c]) for c in STATUS_ORDER]),
            "status_by_group": ([(r.key, r.label) for r in m.status_by_group],
                                [BarData(c, status_label(c), [float(r.counts[c]) for r in m.status_by_group], STATUS_COLOURS[c])
                                 for c in STATUS_ORDER]),
            "by_response": ([(c.key, response_label(c.key)) for c in m.by_response],
                            [BarData("count", self.tr("Recommendations"), [float(c.count) for c in m.by_response], closed_lists.COUNT_COLOUR)]),
            "acceptance_by_region": ([(s.key, region_label(s.key)) for s in m.acceptance_by_region],
                                     [BarData("rate", self.tr("Supported"), [100 * s.rate for s in m.acceptance_by_region], closed_lists.SHARE_COLOUR)]),
            "by_state": ([(c.key, vocabulary.state_name(c.label)) for c in states],
                         [BarData("count", self.tr("Recommendations"), [float(c.count) for c in states], closed_lists.STATE_COLOUR)]),
            "by_category": ([(c.key, c.key if c.key != "0" else "–") for c in m.by_category],
                            [BarData("count", self.tr("Recommendations"), [float(c.count) for c in m.by_category], closed_lists.TIME_COLOUR)]),
            "coverage": ([], []),
            "consultations_by_quarter": ([(c.key, c.label) for c in m.consultations_by_quarter],
                                         [BarData("count", self.tr("Consultations"), [float(c.count) for c in m.consultations_by_quarter], closed_lists.TIME_COLOUR)]),
        }
        cov = m.coverage
        if cov is not None:
            shares = {"assigned": self.tr("Assigned to a group"), "lead": self.tr("With a lead group"),
                      "assessed": QCoreApplication.translate("upr_desktop", "Assessed in the last {months} months").format(months=cov.months)}
            plans["coverage"] = ([(s.key, shares.get(s.key, s.label)) for s in cov.shares()],
                                 [BarData("share", self.tr("Share"), [100 * s.rate for s in cov.shares()], closed_lists.SHARE_COLOUR)])
        for key, part in CHART_PARTS.items():
            if part in m.pending:
                plans[key] = ([], [])
        return plans

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_tiles()

    def _fit_tiles(self) -> None:
        """As many figure boxes a row as the width holds (all seven on a wide screen, two rows on a netbook or projector)."""
        spacing = max(0, self.tile_grid.spacing())
        widest = max(tile.narrowest() for tile in self.tiles.values()) + spacing
        room = self.scroll.viewport().width() - 24
        self._arrange_tiles(max(1, min(len(self.tiles), room // max(1, widest))))

    def _arrange_tiles(self, columns: int) -> None:
        rows = -(-len(self.tiles) // columns)
        columns = -(-len(self.tiles) // rows)  # 7 boxes on two rows: 4 and 3, not 6 and 1
        if columns == self.tile_columns:
            return
        self.tile_columns = columns
        for tile in self.tiles.values():
            self.tile_grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles.values()):
            self.tile_grid.addWidget(tile, i // columns, i % columns)
        for column in range(len(self.tiles)):
            self.tile_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _arrange(self, columns: int) -> None:
        """Two charts a row on a desk; one a row on a projector, so labels keep their room."""
        if columns == self.columns:
            return
        self.columns = columns
        for view in self.charts.values():
            self.grid.removeWidget(view)
        for i, view in enumerate(self.charts.values()):
            self.grid.addWidget(view, i // columns, i % columns)

    def _fill_groups(self, m: Metrics) -> None:
        if m.scope.group is not None or self.group.count() > 1:
            return
        self.group.blockSignals(True)
        for row in m.status_by_group:
            self.group.addItem(row.key, row.key)
        self.group.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        """Text size or presentation mode changed: redraw the charts with the new fonts and theme."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange) and self.metrics is not None:
            self.show_metrics(self.metrics)

    # -- clicking ---------------------------------------------------------------------------
    def filter_for(self, chart: str, category: str, series: str) -> RecommendationFilter | None:
        """The recommendations behind a bar, as a filter for the Recommendations page."""
        base = RecommendationFilter(group=self.group.currentData(), cycle=self.cycle.cycle())
        if chart == "status_by_theme":
            base.theme, base.statuses = category, [series]
        elif chart == "status_by_group":
            base.group, base.statuses = category, [series]
        elif chart == "by_response":
            base.responses = [category]
        elif chart == "by_state":
            base.recommending_state = category
        elif chart == "by_category":
            if category == "0":
                return None
            base.action_category = int(category)
        else:
            return None
        return base

    def bar_clicked(self, chart: str, category: str, series: str) -> None:
        flt = self.filter_for(chart, category, series)
        if flt is None:
            return
        window = self.window()
        if hasattr(window, "show_page_key"):  # the shell: build and show the page
            window.show_page_key("recommendations")
        if not self.ctx.run_command("filter_recommendations", flt):
            self.ctx.status_message(self.tr("The Recommendations page cannot be filtered from here in this version."))
