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
    if palette_hook is not None:
        palette_hook(window, on)
