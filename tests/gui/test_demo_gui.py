"""Try the demo coalition from the welcome screen, then show it on a projector (F11)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from gui.test_shell import make_controller
from upr_desktop.paths import demo_workspace_path
from upr_desktop.ui import presentation_style
from upr_desktop.ui.page_registry import PAGES


def test_try_the_demo_then_presentation_mode(qtbot: Any, runner: Any, demo_template: Any, shown_errors: list[Any]) -> None:
    controller = make_controller(runner)
    controller.start(None)
    controller.open_demo()
    try:
        assert not shown_errors
        assert controller.workspace is not None and controller.workspace.path == demo_workspace_path()
        record = controller.workspace.record()
        assert record.is_demo and "training" in record.name
        window = controller.main
        font = QApplication.font().pointSize()
        window.show_page(next(i for i, spec in enumerate(PAGES) if spec.key == "dashboard"))
        page = window.current_page()
        assert page.metrics is not None and page.metrics.total == 249
        window.run_command("presentation")  # F11
        QApplication.processEvents()  # font and palette changes reach the pages as events
        assert QApplication.font().pointSize() == 15 and window.sidebar.width() <= presentation_style.SIDEBAR_WIDTH and window.sidebar.font().pointSize() == 19
        assert page.columns == 1  # one chart a row on the projector
        window.run_command("presentation")
        QApplication.processEvents()
        assert QApplication.font().pointSize() == font and page.columns == 2
    finally:
        controller.shutdown()
