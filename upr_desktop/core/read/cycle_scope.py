"""What belongs to one UPR cycle, for the lists that are not recommendations (the one rule for every page and command).

A recommendation belongs to the cycle it was made in. A follow-up action, a consultation or an assignment
belongs to a cycle when it is about at least one recommendation of that cycle: an action taken on the second
cycle's torture recommendations is second-cycle work, and an action about recommendations of two cycles counts
in both. Work linked to no recommendation belongs to no single cycle and shows only under "All cycles". The
Dashboard's scoped SQL (``core/read/metrics.py``) applies the same rule through its table of in-scope
recommendations; ``tests/gui/test_parity.py`` holds the two to the same counts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from upr_desktop.core.domain.models import (
    ActionRecommendation,
    Assignment,
    ConsultationRecommendation,
    FollowUpAction,
    Consultation,
    Recommendation,
)


def recommendations_of(cycle: int) -> Any:
    """The ids of the cycle's recommendations (a subquery)."""
    return select(Recommendation.id).where(Recommendation.cycle == cycle)


def action_in_cycle(cycle: int) -> Any:
    """A condition on FollowUpAction: it is about a recommendation of ``cycle``."""
    about = select(ActionRecommendation.action_id).where(ActionRecommendation.recommendation_id.in_(recommendations_of(cycle)))
    return FollowUpAction.id.in_(about)


def consultation_in_cycle(cycle: int) -> Any:
    """A condition on Consultation: it discussed a recommendation of ``cycle``."""
    about = select(ConsultationRecommendation.consultation_id).where(
        ConsultationRecommendation.recommendation_id.in_(recommendations_of(cycle)))
    return Consultation.id.in_(about)


def assignment_in_cycle(cycle: int) -> Any:
    """A condition on Assignment: the recommendation assigned is of ``cycle``."""
    return Assignment.recommendation_id.in_(recommendations_of(cycle))
