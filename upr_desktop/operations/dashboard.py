"""The coalition's figures (the Dashboard, ``upr-desktop dashboard``) as of the situation day, kept while nothing changes.

Each open workspace has one cache of figures: the app's idle warm-up fills it, the Dashboard page
reads it, and any write makes it count again (its key holds the data version).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from upr_desktop.core.read.dashboard_figures import (
    ActionFigures,
    Count,
    Coverage,
    Metrics,
    Scope,
    Share,
    StatusRow,
)
from upr_desktop.core.read.metrics import (
    GROUPS,
    NOT_ASSESSED,
    PARTS,
    STATES,
    STATUS_CODES,
    THEMES,
    MetricsCache,
)
from upr_desktop.core.read.table_page import RecommendationFilter
from upr_desktop.core.services.lookup import group_by_acronym
from upr_desktop.operations.base import reading, situation_day

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["GROUPS", "NOT_ASSESSED", "PARTS", "STATES", "STATUS_CODES", "THEMES", "ActionFigures", "Count", "Coverage",
           "Metrics", "RecommendationFilter", "Scope", "Share", "StatusRow", "complete_figures", "figures", "figures_cache"]

_caches: weakref.WeakKeyDictionary[WorkspaceFile, MetricsCache] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def figures_cache(ws: WorkspaceFile) -> MetricsCache:
    """The figures kept for this open workspace (one per workspace, made on first use)."""
    with _lock:
        cache = _caches.get(ws)
        if cache is None:
            cache = _caches[ws] = MetricsCache()
        return cache


def figures(ws: WorkspaceFile, scope: Scope | None = None, *, first: Collection[str] | None = None) -> Metrics:
    """Every figure for ``scope`` (all recommendations by default) as of the situation day.

    ``first``: of :data:`PARTS`, only these are counted now on the whole workspace (the charts on
    screen); the rest are left ``pending`` for :func:`complete_figures`. Without it, complete figures.
    A group is named by its acronym in any case; an unknown one is a clear error, not empty figures.
    """
    scope = scope or Scope()
    with reading(ws) as session:
        if scope.group:
            scope = replace(scope, group=group_by_acronym(session, scope.group).acronym)
        return figures_cache(ws).get(session, scope, situation_day(ws, session), first=first)


def complete_figures(ws: WorkspaceFile, m: Metrics) -> Metrics:
    """``m`` with nothing pending, for the data as it is now."""
    with reading(ws) as session:
        return figures_cache(ws).complete(session, m)
