"""The Exchange page: export workbooks, merge returns (drop many at once), the history of merges and imports, open conflicts."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from upr_desktop.ui.exchange.export_panel import ExportPanel
from upr_desktop.ui.exchange.history_panel import HistoryPanel, OpenConflictsPanel
from upr_desktop.ui.exchange.merge_panel import MergePanel
from upr_desktop.ui.hub import ASSIGNMENTS, GROUPS, IMPORTS, MERGES, THEMES, touches
from upr_desktop.ui.importing.drops import dropped_paths
from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.translations import format_number

RETURNS = ("xlsx",)


class ExchangePage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.export_panel = ExportPanel(ctx)
        self.merge_panel = MergePanel(ctx)
        self.history_panel = HistoryPanel(ctx)
        self.conflicts_panel = OpenConflictsPanel(ctx)
        self.tabs.addTab(self.export_panel, self.tr("E&xport workbooks"))
        self.tabs.addTab(self.merge_panel, self.tr("&Merge returns"))
        self.tabs.addTab(self.history_panel, self.tr("&History"))
        self.tabs.addTab(self.conflicts_panel, "")
        layout.addWidget(self.tabs)
        self.conflicts_panel.counted = lambda _n: self._conflict_title()
        self.setAcceptDrops(True)
        ctx.hub.data_changed.connect(self.on_data_changed)
        self._conflict_title()

    def on_data_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, GROUPS, ASSIGNMENTS, THEMES):
            self.export_panel.reload()
        if touches(changed, MERGES, IMPORTS):
            self.history_panel.reload()
        if touches(changed, MERGES):
            self.conflicts_panel.reload()

    def _conflict_title(self) -> None:
        self.tabs.setTabText(3, self.tr("Open &conflicts (%1)").replace("%1", format_number(self.conflicts_panel.count)))

    def start_export(self) -> None:
        self.tabs.setCurrentWidget(self.export_panel)
        self.export_panel.groups.setFocus()

    def start_merge(self, *paths: str) -> None:
        self.tabs.setCurrentWidget(self.merge_panel)
        if paths:
            self.merge_panel.add_files(list(paths))
        else:
            self.merge_panel.choose_files()

    # -- drops: returned workbooks to merge ----------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData(), RETURNS):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event.mimeData(), RETURNS):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData(), RETURNS)
        if paths:
            event.acceptProposedAction()
            self.start_merge(*paths)
