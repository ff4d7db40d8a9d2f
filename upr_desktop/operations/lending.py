"""Lending the operation's transaction to a lower layer that opens its own (an import, a merge).

Importing and merging take a backup first, then write in one transaction they open themselves. The
operation lends them :meth:`Lender.transaction` instead of the workspace's, so what they wrote is
gathered from the change log as for any :func:`~upr_desktop.operations.outcome.writing` block.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from upr_desktop.operations.outcome import Outcome, writing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from upr_desktop.core.storage.workspace_file import WorkspaceFile

T = TypeVar("T")


class Lender:
    def __init__(self, ws: WorkspaceFile) -> None:
        self.ws = ws
        self._changes: frozenset[str] = frozenset()

    @contextmanager
    def transaction(self, target: WorkspaceFile | None = None) -> Iterator[Session]:
        """The operation's transaction, on the workspace or on the copy a large import is built into."""
        with writing(target or self.ws) as w:
            yield w.session
        self._changes |= w.changes()  # once committed: a transaction rolled back changed nothing

    def outcome(self, result: T) -> Outcome[T]:
        return Outcome(result, self._changes)
