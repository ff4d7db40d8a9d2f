"""Exchange in the GUI: the Exchange page (export workbooks, merge returns, history, open conflicts).

``install(window)`` registers ``ctx.commands["export"]`` (Ctrl+E) and ``ctx.commands["merge"]``
(Ctrl+M): both show the Exchange page and start that step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from upr_desktop.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    from upr_desktop.ui.pages import PAGES

    index = next(i for i, spec in enumerate(PAGES) if spec.key == "exchange")

    def page() -> object:
        window.show_page(index)
        return window.page(index)

    window.ctx.commands["export"] = lambda: getattr(page(), "start_export", lambda: None)()
    window.ctx.commands["merge"] = lambda *paths: getattr(page(), "start_merge", lambda *_: None)(*paths)
