"""Closed-list labels for people, translated, and the symbols that show status without colour."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from upr_desktop.core.domain import closed_lists

# The English labels of resources/vocabularies/closed_lists.json, marked for translation.
_LABELS = {
    "supported": QT_TRANSLATE_NOOP("Vocabulary", "Supported"),
    "noted": QT_TRANSLATE_NOOP("Vocabulary", "Noted"),
    "partially-supported": QT_TRANSLATE_NOOP("Vocabulary", "Partially supported"),
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "Pending"),
    "not-implemented": QT_TRANSLATE_NOOP("Vocabulary", "Not implemented"),
    "partially-implemented": QT_TRANSLATE_NOOP("Vocabulary", "Partially implemented"),
    "fully-implemented": QT_TRANSLATE_NOOP("Vocabulary", "Fully implemented"),
    "unknown": QT_TRANSLATE_NOOP("Vocabulary", "Unknown"),
    "lead": QT_TRANSLATE_NOOP("Vocabulary", "Lead"),
    "support": QT_TRANSLATE_NOOP("Vocabulary", "Support"),
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    "workshop": QT_TRANSLATE_NOOP("Vocabulary", "Workshop"),
    "written-submission": QT_TRANSLATE_NOOP("Vocabulary", "Written submission"),
    "dialogue": QT_TRANSLATE_NOOP("Vocabulary", "Dialogue"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    "open": QT_TRANSLATE_NOOP("Vocabulary", "Open"),
    "in-progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    "1": QT_TRANSLATE_NOOP("Vocabulary", "1 - Minimal action"),
    "2": QT_TRANSLATE_NOOP("Vocabulary", "2 - Continuing action"),
    "3": QT_TRANSLATE_NOOP("Vocabulary", "3 - Considering action"),
    "4": QT_TRANSLATE_NOOP("Vocabulary", "4 - General action"),
    "5": QT_TRANSLATE_NOOP("Vocabulary", "5 - Specific action"),
}
NOT_ASSESSED = QT_TRANSLATE_NOOP("Vocabulary", "Not assessed")

# A distinct shape per status, so status never depends on colour.
STATUS_SYMBOLS = {
    "fully-implemented": "\u2714",  # heavy check mark
    "partially-implemented": "\u25D1",  # circle with right half black
    "not-implemented": "\u2716",  # heavy multiplication x
    "unknown": "?",
    None: "\u2013",  # en dash: not assessed
}
STATUS_COLOURS = {"fully-implemented": "#1b7f3b", "partially-implemented": "#9a6700", "not-implemented": "#b42318", "unknown": "#555555"}


def label(code: str | int | None) -> str:
    """The translated label of a closed-list code ("supported" -> "Supported" / "Soutenue")."""
    if code is None:
        return QCoreApplication.translate("Vocabulary", NOT_ASSESSED)
    english = _LABELS.get(str(code))
    return QCoreApplication.translate("Vocabulary", english) if english else str(code)


def status_text(code: str | None) -> str:
    """Symbol and words: "✔ Fully implemented"."""
    return f"{STATUS_SYMBOLS.get(code, '?')} {label(code)}"


def choices(list_name: str) -> list[tuple[str, str]]:
    """(code, translated label) for a closed list, in its own order."""
    return [(c.code, label(c.code)) for c in closed_lists.choices(list_name)]
