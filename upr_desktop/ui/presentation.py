"""Presentation mode (F11): full screen with a projector-friendly look; the palette can be swapped in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

# Set by whoever supplies the presentation palette: called with (window, on).
palette_hook: Callable[[QMainWindow, bool], None] | None = None


def apply(window: QMainWindow, on: bool) -> None:
    if on:
        window.showFullScreen()
    else:
        window.showNormal()
    hook = palette_hook
    if hook is None:  # the projector look: larger text, high contrast (presentation_style.py)
        from upr_desktop.ui.presentation_style import apply_style as hook
    hook(window, on)
