"""The look of presentation mode (F11): larger text and a high-contrast palette for a projector at 1280×720."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QWidget

from upr_desktop.ui.fitting import refresh_geometry, size_sidebar

PRESENTATION_POINT_SIZE = 15
SIDEBAR_POINT_SIZE = 19
SIDEBAR_WIDTH = 260  # at most: longer page names wrap, the page keeps the room (1366 px projectors)
PROPERTY = "presentationMode"  # set on the QApplication so pages (charts) can follow


@dataclass
class _Saved:
    palette: QPalette
    font: QFont
    sidebar_style: str
    sidebar_width: int
    sidebar_min_width: int


_saved: dict[int, _Saved] = {}


def presentation_palette() -> QPalette:
    """Black on white with a deep blue highlight: the strongest contrast a washed-out projector keeps."""
    p = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    highlight = QColor("#0b3d91")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, white)
        p.setColor(group, QPalette.ColorRole.WindowText, black)
        p.setColor(group, QPalette.ColorRole.Base, white)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#e8eef7"))
        p.setColor(group, QPalette.ColorRole.Text, black)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#f0f0f0"))
        p.setColor(group, QPalette.ColorRole.ButtonText, black)
        p.setColor(group, QPalette.ColorRole.Highlight, highlight)
        p.setColor(group, QPalette.ColorRole.HighlightedText, white)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, black)
        p.setColor(group, QPalette.ColorRole.Link, highlight)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#444444"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#5a5a5a"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#5a5a5a"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#5a5a5a"))
    return p


def sidebar_of(window: QMainWindow) -> QWidget | None:
    widget = getattr(window, "sidebar", None)
    return widget if isinstance(widget, QWidget) else None


def apply_style(window: QMainWindow, on: bool) -> None:
    """Switch the presentation look on or off; turning it off puts back exactly what was there."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sidebar = sidebar_of(window)
    key = id(window)
    if on and key not in _saved:
        _saved[key] = _Saved(QPalette(app.palette()), QFont(app.font()),
                             sidebar.styleSheet() if sidebar else "", sidebar.maximumWidth() if sidebar else 0, sidebar.minimumWidth() if sidebar else 0)
        font = QFont(app.font())
        font.setPointSize(PRESENTATION_POINT_SIZE)
        app.setPalette(presentation_palette())
        app.setFont(font)
        if isinstance(sidebar, QListWidget):
            sidebar.setStyleSheet(
                f"QListWidget {{ font-size: {SIDEBAR_POINT_SIZE}pt; font-weight: bold; }}"
                "QListWidget::item { padding: 3px 6px; }"
                "QListWidget::item:selected { background: #0b3d91; color: #ffffff; }"
            )
            size_sidebar(sidebar, SIDEBAR_WIDTH, QSize(12, 8))  # the item padding above; long names wrap
        app.setProperty(PROPERTY, True)
        refresh_geometry(window)
    elif not on and key in _saved:
        saved = _saved.pop(key)
        app.setPalette(saved.palette)
        app.setFont(saved.font)
        if isinstance(sidebar, QListWidget):
            sidebar.setStyleSheet(saved.sidebar_style)
            size_sidebar(sidebar)
        app.setProperty(PROPERTY, False)
        refresh_geometry(window)


def is_on() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property(PROPERTY))

