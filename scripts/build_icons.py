"""Render the app icon from its SVG source to every size the desktops ask for.

    python scripts/build_icons.py

Writes ``upr_desktop/resources/icons/upr-desktop-<size>.png`` (the window icon, the Linux hicolor
theme), ``packaging/icons/upr-desktop.ico`` (Windows) and ``packaging/icons/upr-desktop.icns``
(macOS). Qt draws the SVG (QtSvg comes with PySide6); Pillow writes .ico and .icns (the ``build``
extra). Run it again after changing the SVG, and commit what it writes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "upr_desktop" / "resources" / "icons" / "upr-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"build_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image

    rendered = {size: render(size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    icons = ROOT / "upr_desktop" / "resources" / "icons"
    for size in PNG_SIZES:
        (icons / f"upr-desktop-{size}.png").write_bytes(rendered[size])
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in rendered.items()}
    out = ROOT / "packaging" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    largest = images[max(ICO_SIZES)]
    # Each size drawn from the SVG, not scaled down from the largest: sharper at 16 and 24 px.
    largest.save(out / "upr-desktop.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    images[1024].save(out / "upr-desktop.icns", format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    print(f"icons written: {len(PNG_SIZES)} PNG sizes, {out / 'upr-desktop.ico'}, {out / 'upr-desktop.icns'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
