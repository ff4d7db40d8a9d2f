"""The sidebar's pages, one line each, in order; each page module is imported the first time it is shown."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from upr_desktop.ui.pages import AppContext, Page


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English, marked with QT_TRANSLATE_NOOP("Pages", ...); shown translated
    target: str  # "module:Class" building the page, imported the first time it is shown

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def build(self, ctx: AppContext) -> Page:
        module_name, _, class_name = self.target.partition(":")
        page_class: Callable[[AppContext], Page] = getattr(importlib.import_module(module_name), class_name)
        return page_class(ctx)


# One line per page, in sidebar order. To add a page: write a Page subclass in its own module
# and put "package.module:Class" as the target of its line.
PAGES: list[PageSpec] = [
    PageSpec("recommendations", QT_TRANSLATE_NOOP("Pages", "Recommendations"), "upr_desktop.ui.recommendations.page:RecommendationsPage"),
    PageSpec("groups", QT_TRANSLATE_NOOP("Pages", "Member groups"), "upr_desktop.ui.groups.page:GroupsPage"),
    PageSpec("consultations", QT_TRANSLATE_NOOP("Pages", "Consultations"), "upr_desktop.ui.consultations.page:ConsultationsPage"),
    PageSpec("actions", QT_TRANSLATE_NOOP("Pages", "Follow-up actions"), "upr_desktop.ui.actions.page:ActionsPage"),
    PageSpec("exchange", QT_TRANSLATE_NOOP("Pages", "Exchange"), "upr_desktop.ui.exchange.page:ExchangePage"),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"), "upr_desktop.ui.dashboard.page:DashboardPage"),
    PageSpec("reports", QT_TRANSLATE_NOOP("Pages", "Reports"), "upr_desktop.ui.reports_page:ReportsPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "upr_desktop.ui.settings_page:SettingsPage"),
]


def page_index(key: str) -> int:
    """Where the page with this key is in the sidebar."""
    return next(i for i, spec in enumerate(PAGES) if spec.key == key)
