"""Recording how far a recommendation is implemented: an assessment, kept for good (append-only).

Imported by the app's window before SQLAlchemy is loaded: the data layer is imported inside the
function, on the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from upr_desktop.core.domain.closed_lists import STATUSES
from upr_desktop.operations.base import Outcome, writing

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["STATUSES", "Assessed", "record_assessment"]


@dataclass(frozen=True)
class Assessed:
    id: str  # the assessment's stable uuid
    ref: str  # the recommendation's reference
    status: str
    assessed_on: date


def record_assessment(ws: WorkspaceFile, *, ref: str, group: str | None, status: str, evidence: str | None = None,
                      sources: str | None = None, comment: str | None = None, assessed_on: date | str | None = None,
                      confidential: bool = False) -> Outcome[Assessed]:
    """Record the status of the recommendation ``ref`` (a reference or its uuid), by ``group`` or the coalition.

    ``assessed_on``: an ISO date as typed, or none for today; a day in the future is refused.
    """
    from upr_desktop.core.services import assessments

    with writing(ws) as w:
        row = assessments.record_assessment(w.session, ref=ref, group=group, status=status, evidence=evidence, sources=sources,
                                            comment=comment, assessed_on=assessed_on, confidential=confidential)
        assessed = Assessed(row.uuid, row.recommendation.ref, row.status, row.assessed_on)
    return w.outcome(assessed)
