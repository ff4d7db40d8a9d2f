"""Closed-list labels for people, translated (codes, labels, symbols and colours live in core.domain.closed_lists).

The labels are looked up in the app's catalogue under the context ``Vocabulary``; the translators
get them from ``resources/vocabularies/closed_lists.json`` (scripts/extract_core_strings.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from upr_desktop.operations import closed_lists
from upr_desktop.operations.closed_lists import STATUS_COLOURS, STATUS_SYMBOLS

__all__ = ["STATUS_COLOURS", "STATUS_SYMBOLS", "action_status_text", "choices", "label", "status_text"]


def label(code: str | int | None) -> str:
    """The translated label of a closed-list code ("supported" -> "Supported" / "Soutenue"); None: "Not assessed"."""
    return QCoreApplication.translate(closed_lists.LABEL_CONTEXT, closed_lists.label_of(code))


def status_text(code: str | None) -> str:
    """Symbol and words: "✔ Fully implemented"."""
    return f"{STATUS_SYMBOLS.get(code, '?')} {label(code)}"


def action_status_text(code: str) -> str:
    """Symbol and words: "○ Open"."""
    return f"{closed_lists.ACTION_STATUS_SYMBOLS.get(code, '?')} {label(code)}"


def choices(list_name: str) -> list[tuple[str, str]]:
    """(code, translated label) for a closed list, in its own order."""
    return [(c.code, label(c.code)) for c in closed_lists.choices(list_name)]
