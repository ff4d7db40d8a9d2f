"""Translation hook for user-visible strings in the Qt-free packages.

Messages are written as whole sentences with named placeholders so a translator
sees the full sentence: ``tr("Row {row}: {reason}", row=3, reason=...)``.
The GUI installs a translator with :func:`install_translator` (it routes the
lookup through Qt's catalogue); headless use keeps the English text.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text


def install_translator(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str, context: str = "upr_desktop", /, **values: object) -> str:
    translated = _translate(context, text)
    return translated.format(**values) if values else translated
