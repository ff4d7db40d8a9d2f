"""What a page is: a QWidget built from the AppContext (what it needs, passed explicitly).

The sidebar's pages are listed in ``page_registry.py``, which imports them; they import this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
