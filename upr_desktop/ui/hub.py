"""The one "data changed" signal every page listens to, so views refresh without poking each other."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

# What changed, so a page can skip refreshes that do not concern it. "all" matches everything.
RECOMMENDATIONS = "recommendations"
ASSIGNMENTS = "assignments"
ASSESSMENTS = "assessments"
GROUPS = "groups"
THEMES = "themes"
CONSULTATIONS = "consultations"
ACTIONS = "actions"
MERGES = "merges"
ALL = "all"


class DataHub(QObject):
    """Emits ``data_changed(frozenset_of_topics)`` after every write that succeeded."""

    data_changed = Signal(object)

    def notify(self, topics: Iterable[str] = (ALL,)) -> None:
        self.data_changed.emit(frozenset(topics) or frozenset({ALL}))


def touches(changed: frozenset[str], *topics: str) -> bool:
    """Whether a change concerns a view that shows ``topics``."""
    return ALL in changed or any(t in changed for t in topics)
