"""The fonts the app ships for scripts a computer may lack (Thai, Burmese, Arabic), so no text shows as boxes.

Windows 7 has no Burmese font, a fresh Linux may have no Thai one, and the trainers' laptops are whatever the
workshop has. ``resources/fonts`` holds Noto Sans Thai, Noto Sans Myanmar and Noto Sans Arabic (regular and bold,
SIL Open Font License, ``resources/fonts/OFL.txt``). :func:`use_fonts_for` registers them with Qt once and sets
the application font's family list: the system's own font for Latin text, the Noto families as fallbacks for the
scripts it lacks. In the interface language's own script the Noto family comes first: then its glyphs come from
Noto whatever the system font has (DejaVu's Arabic, a Burmese font without the stacked signs' metrics), and the
line height that widgets take from the font's metrics is the one Burmese and Thai signs need.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from upr_desktop.paths import resource

# Script families in fallback order, and the languages written in each.
SCRIPT_FAMILIES: dict[str, str] = {"th": "Noto Sans Thai", "my": "Noto Sans Myanmar", "ar": "Noto Sans Arabic"}
FONT_FILES = (
    "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf",
    "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf",
    "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
)
# A Latin family for documents (the PDF report): Noto Sans where installed, then what every system has.
DOCUMENT_FAMILIES = ("Noto Sans", "DejaVu Sans", "Arial", "Helvetica")

_registered: list[str] = []
_system_families: list[str] = []


def register_fonts() -> list[str]:
    """Add the shipped fonts to Qt's font database (once per process); the families they provide."""
    if not _registered:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
            if font_id >= 0:
                _registered.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in _registered)
    return list(_registered)


def families_for(language: str, first: list[str] | tuple[str, ...]) -> list[str]:
    """``first`` (the system's or a document's Latin families) with the script families as fallbacks,
    the interface language's own script family ahead of them all."""
    base = language.replace("-", "_").split("_")[0]
    own = SCRIPT_FAMILIES.get(base)
    others = [f for f in first if f not in SCRIPT_FAMILIES.values()]
    fallbacks = [f for f in SCRIPT_FAMILIES.values() if f != own]
    return [own, *others, *fallbacks] if own else [*others, *fallbacks]


def use_fonts_for(app: QGuiApplication, language: str) -> QFont:
    """Register the shipped fonts and set the application font's families for ``language``; keeps its size."""
    register_fonts()
    font = app.font()
    if not _system_families:  # the platform's own choice, before any of ours was put in front of it
        # By the family it resolves to: a generic name ("Sans Serif") in a list is skipped for the first
        # family that exists, which would make Noto Sans Thai, without Latin letters, the interface's font.
        named = [QFontInfo(font).family(), *(font.families() or [font.family()])]
        _system_families.extend(dict.fromkeys(f for f in named if f and f not in SCRIPT_FAMILIES.values()))
    font.setFamilies(families_for(language, _system_families))
    app.setFont(font)
    return font


def latin_first(font: QFont) -> QFont:
    """A copy of ``font`` with the script families last: lines as tall as in English, for text whose room is fixed
    by the layout (chart axis labels, which Qt Charts cuts to "…" when a line is taller than a bar's band). The
    Thai, Burmese or Arabic letters in it still come from the shipped fonts, as fallbacks."""
    copy = QFont(font)
    copy.setFamilies(families_for("en", [f for f in font.families() if f not in SCRIPT_FAMILIES.values()] or _system_families))
    return copy


def document_font(language: str, point_size: float) -> QFont:
    """A font for documents drawn by Qt (the PDF report): Latin text in Noto Sans or the like, every script covered."""
    register_fonts()
    font = QFont()
    font.setFamilies(families_for(language, DOCUMENT_FAMILIES))
    font.setPointSizeF(point_size)
    return font
