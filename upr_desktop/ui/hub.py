"""The one "data changed" signal every page listens to, so views refresh without poking each other."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

# What changed, as the operations' outcomes name it (re-exported for the pages).
from upr_desktop.operations.outcome import (
    ACTIONS,
    ASSESSMENTS,
    ASSIGNMENTS,
    CONSULTATIONS,
    EVERYTHING,
    GROUPS,
    HISTORY,
    IMPORTS,
    MERGES,
    RECOMMENDATIONS,
    THEMES,
    WORKSPACE,
)

ALL = EVERYTHING  # matches every view


class DataHub(QObject):
    """Emits ``data_changed(frozenset_of_topics)`` after every write that succeeded."""

    data_changed = Signal(object)

    def notify(self, topics: Iterable[str] = (ALL,)) -> None:
        self.data_changed.emit(frozenset(topics) or frozenset({ALL}))


def touches(changed: frozenset[str], *topics: str) -> bool:
    """Whether a change concerns a view that shows ``topics``."""
    return ALL in changed or any(t in changed for t in topics)
