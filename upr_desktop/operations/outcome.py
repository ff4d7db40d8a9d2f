"""What a writing operation hands back: its result and the kinds of records it changed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from upr_desktop.core.storage.workspace_file import WorkspaceFile

T = TypeVar("T")

# Kinds of records, as views care about them ("everything" matches every view).
RECOMMENDATIONS = "recommendations"
THEMES = "themes"
ASSIGNMENTS = "assignments"
ASSESSMENTS = "assessments"
GROUPS = "groups"
CONSULTATIONS = "consultations"
ACTIONS = "actions"
MERGES = "merges"
IMPORTS = "imports"
HISTORY = "history"  # the change log: what Undo and Redo would do
WORKSPACE = "workspace"  # the workspace record, its protection, its backups
EVERYTHING = "everything"

# Each table a change can touch, and the kinds of records a view would say it shows.
KINDS_OF_TABLE: dict[str, frozenset[str]] = {
    "recommendation": frozenset({RECOMMENDATIONS}),
    "recommendation_theme": frozenset({RECOMMENDATIONS, THEMES}),
    "theme": frozenset({THEMES}),
    "recommendation_sdg": frozenset({RECOMMENDATIONS}),
    "recommendation_affected_group": frozenset({RECOMMENDATIONS}),
    "sdg_target": frozenset({RECOMMENDATIONS}),
    "affected_group": frozenset({RECOMMENDATIONS}),
    "review": frozenset({RECOMMENDATIONS}),
    "response_change": frozenset({RECOMMENDATIONS}),
    "recommendation_link": frozenset({RECOMMENDATIONS}),
    "assignment": frozenset({ASSIGNMENTS}),
    "assessment": frozenset({ASSESSMENTS, RECOMMENDATIONS}),  # the current status is on the recommendation
    "member_group": frozenset({GROUPS}),
    "consultation": frozenset({CONSULTATIONS}),
    "consultation_recommendation": frozenset({CONSULTATIONS}),
    "follow_up_action": frozenset({ACTIONS}),
    "action_recommendation": frozenset({ACTIONS}),
    "merge_batch": frozenset({MERGES}),
    "merge_conflict": frozenset({MERGES}),
    "import_run": frozenset({IMPORTS}),
    "exchange_export": frozenset({MERGES}),  # the exports a return answers
    "workspace": frozenset({WORKSPACE}),
    "operation": frozenset({HISTORY}),  # the change log's own steps: what Undo and Redo would do
}


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A writing operation's result and what it changed (empty when it changed nothing)."""

    result: T
    changes: frozenset[str]

    def touches(self, *kinds: str) -> bool:
        return EVERYTHING in self.changes or any(k in self.changes for k in kinds)


def kinds_of(tables: Iterable[str]) -> frozenset[str]:
    """The kinds of records behind the tables a change touched (unknown tables: everything)."""
    found: set[str] = set()
    for table in tables:
        found |= KINDS_OF_TABLE.get(table, frozenset({EVERYTHING}))
    return frozenset(found)


class Writing:
    """An open transaction of an operation: gather what it changed, then hand it back."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._extra: set[str] = set()
        self._touched: frozenset[str] | None = None  # kept when the block ends, before the commit

    def also(self, *kinds: str) -> None:
        """Changes the change log cannot see (a file written, settings, protection)."""
        self._extra.update(kinds)

    def changes(self) -> frozenset[str]:
        touched = self._touched if self._touched is not None else self._read_touched()
        found = kinds_of(touched) | self._extra
        return frozenset(found | {HISTORY}) if touched else frozenset(found)

    def outcome(self, result: T) -> Outcome[T]:
        return Outcome(result, self.changes())

    def _read_touched(self) -> frozenset[str]:
        from upr_desktop.core.services.changelog import touched_tables

        return touched_tables(self.session)

    def _close(self) -> None:
        self._touched = self._read_touched()


@contextmanager
def writing(ws: WorkspaceFile) -> Iterator[Writing]:
    """One transaction: committed when the block ends, rolled back on any error.

    ``with writing(ws) as w: result = ...`` then ``return w.outcome(result)`` after the block, once
    the transaction has committed.
    """
    with ws.transaction() as session:
        w = Writing(session)
        yield w
        w._close()


def unchanged(result: T) -> Outcome[T]:
    return Outcome(result, frozenset())
