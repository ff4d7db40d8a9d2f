"""Exchange in the GUI: the Exchange page (export workbooks, merge returns, history, open conflicts).

``install(window)`` registers ``ctx.commands["export"]`` (Ctrl+E) and ``ctx.commands["merge"]``
(Ctrl+M): both show the Exchange page and start that step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from upr_desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    def page() -> object:
        return window.show_page_key("exchange")

    window.ctx.commands["export"] = lambda: getattr(page(), "start_export", lambda: None)()
    window.ctx.commands["merge"] = lambda *paths: getattr(page(), "start_merge", lambda *_: None)(*paths)
