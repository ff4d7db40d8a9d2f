"""The page registry: each sidebar entry is one line here; a page is a QWidget built from AppContext."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from upr_desktop.operations.base import WorkspaceFile
    from upr_desktop.operations.recommendations import FirstScreen
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.idle_work import IdleWork
    from upr_desktop.ui.settings import Settings, SettingsStore
    from upr_desktop.ui.worker import Operations


@dataclass
class AppContext:
    """What a page or dialog needs, passed explicitly (no global main window)."""

    ops: Operations
    hub: DataHub
    store: SettingsStore  # the settings in force (store.settings), recent workspaces, window state
    workspace: WorkspaceFile  # None for a moment while the window shows before the file is open
    # Named app-wide commands ("import", "export", "merge", "reopen_window"...) pages may trigger.
    commands: dict[str, Callable[..., None]] = field(default_factory=dict)
    # Pages publish short messages here (the main window shows them in the status bar).
    status_message: Callable[[str], None] = lambda _text: None
    path: Path | None = None  # the workspace file, known before it is open
    first_screen: FirstScreen | None = None  # the table's first rows, read before the open if they came first
    # App-wide, one per open workspace, made on first use: see idle_work().
    _idle: Any = field(default=None, repr=False)
    dashboard_warmup: Any = None  # ui.dashboard.warmup.DashboardWarmup, once installed

    @property
    def settings(self) -> Settings:
        """What the person chose (language, text size, backup folder...): change it through :attr:`store`."""
        return self.store.settings

    @property
    def workspace_path(self) -> Path:
        return self.path if self.path is not None else self.workspace.path

    def idle_work(self) -> IdleWork:
        """The one queue of background reads run while the worker is idle (GUI thread)."""
        if self._idle is None:
            from upr_desktop.ui.idle_work import IdleWork

            self._idle = IdleWork(self.ops)
        return self._idle

    def stop_idle_work(self) -> None:
        """The workspace is closing: forget what was left to warm."""
        if self._idle is not None:
            self._idle.stop()

    def run_command(self, name: str, *args: object) -> bool:
        handler = self.commands.get(name)
        if handler is None:
            return False
        handler(*args)
        return True


class Page(QWidget):
    """Base for sidebar pages. Override what applies; the shell calls these hooks."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activated(self) -> None:
        """The page became visible (refresh if something changed while hidden)."""

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in this page's search box; False if the page has none."""
        return False


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

