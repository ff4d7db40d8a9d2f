"""What every operation module uses: a session to read, a transaction to write, and the situation day."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

# Plain Python, no database: the app's worker stops idle work with it.
from upr_desktop.core.read.stopping import stoppable
from upr_desktop.operations.outcome import Outcome, Writing, unchanged, writing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["Outcome", "Writing", "reading", "situation_day", "stoppable", "unchanged", "writing"]


@contextmanager
def reading(ws: WorkspaceFile) -> Iterator[Session]:
    """A session for reads; nothing it does is committed."""
    with ws.session() as session:
        yield session


def situation_day(ws: WorkspaceFile, session: Session) -> date:
    """The day overdue, due soon and "assessed in the window" are counted for (see core.domain.as_of)."""
    from upr_desktop.core.domain.as_of import as_of

    return as_of(session, demo_day=ws.settings.demo_as_of_date())
