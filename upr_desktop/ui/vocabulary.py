"""Closed-list labels for people, translated (codes, labels, symbols and colours live in core.domain.closed_lists).

The labels are looked up in the app's catalogue under the context ``Vocabulary``; the translators
get them from ``resources/vocabularies/closed_lists.json`` (scripts/extract_core_strings.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from upr_desktop import i18n
from upr_desktop.operations import closed_lists
from upr_desktop.operations.closed_lists import STATUS_COLOURS, STATUS_SYMBOLS

__all__ = ["STATUS_COLOURS", "STATUS_SYMBOLS", "action_status_text", "choices", "label", "state_name", "state_names", "status_text",
           "theme_name", "theme_names"]


def label(code: str | int | None) -> str:
    """The translated label of a closed-list code ("supported" -> "Supported" / "Soutenue"); None: "Not assessed"."""
    return QCoreApplication.translate(closed_lists.LABEL_CONTEXT, closed_lists.label_of(code))


def state_name(name: str) -> str:
    """A recommending State's name in the app's language, from CLDR ("Thailand" -> "Thaïlande")."""
    return closed_lists.state_name_in(name, i18n.current_language())


def state_names(names: list[str]) -> str:
    return ", ".join(state_name(n) for n in names)


def theme_name(name: str) -> str:
    """A theme's name in the app's language: the UPR Info issues and the OHCHR themes are in the catalogue (an OHCHR
    theme a matrix wrote with other case or spacing too); a theme typed here stays as typed."""
    return closed_lists.theme_translated(name, QCoreApplication.translate)


def theme_names(names: list[str]) -> str:
    return ", ".join(theme_name(n) for n in names)


def status_text(code: str | None) -> str:
    """Symbol and words: "✔ Fully implemented"."""
    return f"{STATUS_SYMBOLS.get(code, '?')} {label(code)}"


def action_status_text(code: str) -> str:
    """Symbol and words: "○ Open"."""
    return f"{closed_lists.ACTION_STATUS_SYMBOLS.get(code, '?')} {label(code)}"


def choices(list_name: str) -> list[tuple[str, str]]:
    """(code, translated label) for a closed list, in its own order."""
    return [(c.code, label(c.code)) for c in closed_lists.choices(list_name)]
