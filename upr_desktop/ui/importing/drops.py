"""Files dropped on a window: local paths from the drag's URLs, filtered by extension."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_paths(mime: QMimeData | None, extensions: Sequence[str]) -> list[str]:
    """Local files with one of ``extensions`` (no dot, lower case), in the order dropped."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = url.toLocalFile()
        if Path(path).suffix.lower().lstrip(".") in extensions and path not in paths:
            paths.append(path)
    return paths
