"""Languages named for people choosing one: each in its own language ("Français", "Español")."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from upr_desktop.ui.translations import LANGUAGES


def language_name(code: str) -> str:
    """A shipped language's name in that language: the app's own list first, then Qt's; the code if neither knows it."""
    if code in LANGUAGES:
        return LANGUAGES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if not name or locale.language() == QLocale.Language.C:
        return code
    return name[:1].upper() + name[1:]
