"""A recommendation's response over time: "pending until 23 Sep 2016, then noted", and the counts reports quote."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import closed_lists
from upr_desktop.core.domain.models import Recommendation, ResponseChange
from upr_desktop.i18n import current_language, tr

PENDING = "pending"


@dataclass(frozen=True)
class ResponseStep:
    """The response changed from ``old`` to ``new`` on ``changed_on``, as ``source`` said."""

    old: str
    new: str
    changed_on: date
    source: str

    def as_json(self) -> dict[str, str]:
        return {"from": self.old, "to": self.new, "on": self.changed_on.isoformat(), "source": self.source}


def steps_of(session: Session, rec_ids: Iterable[int] | None = None) -> dict[int, list[ResponseStep]]:
    """Each recommendation's response changes, oldest first (all recommendations when ``rec_ids`` is None)."""
    query = select(ResponseChange.recommendation_id, ResponseChange.old_response, ResponseChange.new_response,
                   ResponseChange.changed_on, ResponseChange.source).order_by(ResponseChange.changed_on, ResponseChange.id)
    if rec_ids is not None:
        ids = list(rec_ids)
        if not ids:
            return {}
        found: dict[int, list[ResponseStep]] = defaultdict(list)
        for start in range(0, len(ids), 900):
            for rid, old, new, on, source in session.execute(query.where(ResponseChange.recommendation_id.in_(ids[start:start + 900]))):
                found[rid].append(ResponseStep(old, new, on, source))
        return dict(found)
    found = defaultdict(list)
    for rid, old, new, on, source in session.execute(query):
        found[rid].append(ResponseStep(old, new, on, source))
    return dict(found)


def day_label(day: date) -> str:
    """A day as people read it in the interface language: 23 Sep 2016."""
    from babel.dates import format_date

    try:
        return format_date(day, "d MMM y", locale=current_language() or "en")
    except Exception:  # noqa: BLE001 - a language Babel does not know: the ISO date says the same
        return day.isoformat()


def story(current: str, steps: list[ResponseStep]) -> str:
    """"pending until 23 Sep 2016, then noted"; just the response when it never changed."""
    label = _response_label
    if not steps:
        return label(current)
    parts = [tr("{response} until {date}", response=label(steps[0].old), date=day_label(steps[0].changed_on))]
    for before, after in pairwise(steps):
        parts.append(tr("then {response} until {date}", response=label(before.new), date=day_label(after.changed_on)))
    parts.append(tr("then {response}", response=label(steps[-1].new)))
    return ", ".join(parts)


def _response_label(code: str) -> str:
    return closed_lists.shown_label(closed_lists.RESPONSES, code).lower()


@dataclass(frozen=True)
class DecidedLater:
    """Recommendations first left pending, then decided: "decided at adoption: 181 supported / 68 noted"."""

    supported: int  # supported, noted, partially supported: the decision taken when each left pending
    noted: int
    partially_supported: int
    still_pending: int  # pending today
    noted_then_supported: int


def decided_later(session: Session, rec_ids: Iterable[int]) -> DecidedLater:
    ids = list(rec_ids)
    steps = steps_of(session, ids)
    current: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        current.update(dict(session.execute(select(Recommendation.id, Recommendation.response).where(Recommendation.id.in_(ids[start:start + 900]))).all()))
    counts: dict[str, int] = defaultdict(int)
    noted_then_supported = 0
    for rid, rsteps in steps.items():
        responses = [rsteps[0].old, *(s.new for s in rsteps)]
        if responses[0] == PENDING:
            counts[responses[1]] += 1  # the decision taken when it left pending (the adoption), not a later change
        if "noted" in responses and responses.index("noted") < len(responses) - 1 and current.get(rid) == "supported":
            noted_then_supported += 1
    still_pending = sum(1 for response in current.values() if response == PENDING)
    return DecidedLater(counts["supported"], counts["noted"], counts["partially-supported"], still_pending, noted_then_supported)
