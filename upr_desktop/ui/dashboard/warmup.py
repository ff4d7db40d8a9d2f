"""The Dashboard's default figures (all groups, on the situation day) counted while the worker is idle, so its first visit is instant."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QObject

from upr_desktop.ui.dashboard import TOPICS
from upr_desktop.ui.hub import touches
from upr_desktop.ui.pages import AppContext

STEP = "dashboard:figures"
PAGE_MODULE = "upr_desktop.ui.dashboard.page"
PRIORITY = 1  # after the table's column orders (ui.recommendations.warmup)


def default_figures(workspace: Any) -> Any:
    """The figures the Dashboard shows first (every group, on the situation day), complete, through the workspace's
    figures cache (operations.dashboard).

    An idle step on the worker. A cache hit when nothing changed since they were counted; never partial figures
    (no ``first=``), so the cache keeps them as the complete answer for that data version.
    """
    from upr_desktop.operations import dashboard  # the data layer, on the worker

    figures = dashboard.figures(workspace)
    # The page's modules too (QtCharts: ~0.1 s), class definitions only, no widget made here:
    # the first visit then builds the page without importing them on the GUI thread. Once per process.
    importlib.import_module(PAGE_MODULE)
    return figures


class DashboardWarmup(QObject):
    """Asks the idle queue for the default figures once the workspace is open, and again after each data change."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.hub.data_changed.connect(self._data_changed)

    def schedule(self) -> None:
        self.ctx.idle_work().schedule([(STEP, default_figures)], PRIORITY)

    @property
    def done(self) -> bool:
        return not self.ctx.idle_work().pending((STEP,))

    def _data_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, *TOPICS):
            self.schedule()


def install(ctx: AppContext) -> DashboardWarmup:
    """Once per open workspace (the main window calls it when the workspace is open; rebuilding the window keeps it)."""
    if ctx.dashboard_warmup is None:
        ctx.dashboard_warmup = DashboardWarmup(ctx)
        ctx.dashboard_warmup.schedule()
    return ctx.dashboard_warmup
