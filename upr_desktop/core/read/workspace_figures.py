"""Whole-workspace figures read from the counts triggers keep in ``figure_tally`` (the dashboard's usual case).

The scoped computation in ``metrics`` copies the in-scope recommendations into a temporary table
and groups over it; over a whole workspace of 100,000 recommendations counting from the rows took
0.5-0.8 s. The counts per response, status, category, recommending States, theme and group,
with a lead and by last-assessment day, are kept by triggers in the same transaction as every
write (core/figure_tally.py, migration 0006), so these figures cost a read of a few thousand rows.

These hold when every assessment counts (``current_status`` and ``last_assessed_on`` are the
newest of all assessments): ``applies`` says when.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from upr_desktop.core.storage import raw
from upr_desktop.core.read import figure_tally

STATUS_CODES = figure_tally.STATUS_CODES
CATEGORIES = range(6)  # 0 = not categorised, 1-5 = the UPR Info action categories


def applies(session: Session, *, scoped: bool, include_confidential: bool) -> bool:
    """Whole workspace, and no assessment is left out (else current_status is not the status in scope)."""
    if scoped:
        return False
    if include_confidential:
        return True
    return not session.execute(text("SELECT EXISTS (SELECT 1 FROM assessment WHERE confidential = TRUE)")).scalar()


@dataclass
class Headline:
    total: int
    responses: dict[str, int]  # response -> count, as stored
    statuses: list[int]  # never assessed, then STATUS_CODES order
    assigned: int
    with_lead: int = 0  # the coverage figures, when asked for
    assessed_recently: int = 0
    categories: dict[int, int] = field(default_factory=dict)  # 0-5 -> count, when details were asked for
    # Recommendations per recommending State, per regional group and supported ones per regional group, when details were asked for.
    per_state: Counter[str] = field(default_factory=Counter)
    region_total: Counter[str] = field(default_factory=Counter)
    region_supported: Counter[str] = field(default_factory=Counter)


def _status_list(rows: list[tuple[Any, int, int, int]]) -> list[int]:
    statuses = [0] * (len(STATUS_CODES) + 1)
    for _item, status, _supported, n in rows:
        statuses[status] += n
    return statuses


def headline(session: Session, as_of: date, cutoff: date, *, counts: bool = True, coverage: bool = True,
             details: bool = True) -> Headline:
    """Counts per response and status; coverage and/or details (categories, recommending States)."""
    head = Headline(0, {}, [0] * (len(STATUS_CODES) + 1), 0)
    wanted = (("response", "status") if counts else ()) + (("lead", "assessed") if coverage else ()) + (("category", "state", "region") if details else ())
    if not wanted:
        return head
    found = figure_tally.read(session, *wanted)
    if counts:
        head.responses = {item: n for item, _status, _supported, n in found["response"]}
        head.total = sum(head.responses.values())
        head.statuses = _status_list(found["status"])
        head.assigned = int(session.execute(text("SELECT count(*) FROM (SELECT DISTINCT recommendation_id FROM assignment) AS d")).scalar() or 0)
    if coverage:
        head.with_lead = sum(n for *_key, n in found["lead"])
        # last_assessed_on is the newest assessment date: in the window means assessed in it, unless the
        # newest is after as_of (figures for a past day), where an earlier one may still fall in the window.
        first, last = cutoff.isoformat(), as_of.isoformat()
        head.assessed_recently = sum(n for day, _status, _supported, n in found["assessed"] if first <= str(day) <= last)
        if any(str(day) > last for day, *_rest in found["assessed"]):
            head.assessed_recently += session.execute(text(
                "SELECT count(*) FROM recommendation r WHERE r.last_assessed_on > :as_of AND EXISTS (SELECT 1 FROM assessment a "
                "WHERE a.recommendation_id = r.id AND a.assessed_on >= :cutoff AND a.assessed_on <= :as_of)"
            ), {"cutoff": cutoff, "as_of": as_of} if raw.is_postgres(session) else {"cutoff": first, "as_of": last}).scalar() or 0
    if details:
        head.categories = {c: 0 for c in CATEGORIES}
        for item, _status, _supported, n in found["category"]:
            head.categories[int(item)] = head.categories.get(int(item), 0) + n
        for item, _status, _supported, n in found["state"]:
            head.per_state[item] += n
        for item, _status, supported, n in found["region"]:
            head.region_total[item] += n
            if supported:
                head.region_supported[item] += n
    return head


@dataclass
class Details:
    """Recommendations per action category, per recommending State and per regional group (all, and supported)."""

    categories: dict[int, int]
    per_state: Counter[str]
    region_total: Counter[str]
    region_supported: Counter[str]

    @classmethod
    def of(cls, head: Headline) -> Details:
        return cls(head.categories, head.per_state, head.region_total, head.region_supported)


def details(session: Session) -> Details:
    return Details.of(headline(session, date.min, date.min, counts=False, coverage=False))


def theme_figures(session: Session) -> dict[int, list[Any]]:
    """theme id -> [recommendations, supported, [count per status, never assessed first]]."""
    stats: dict[int, list[Any]] = {}
    for theme_id, status, supported, n in figure_tally.read(session, "theme")["theme"]:
        entry = stats.setdefault(int(theme_id), [0, 0, [0] * (len(STATUS_CODES) + 1)])
        entry[0] += n
        entry[1] += n * supported
        entry[2][status] += n
    return stats


def group_figures(session: Session) -> dict[int, list[int]]:
    """group id -> count per status (never assessed first) of the recommendations assigned to it."""
    per_group: dict[int, list[int]] = {}
    for group_id, status, _supported, n in figure_tally.read(session, "group")["group"]:
        per_group.setdefault(int(group_id), [0] * (len(STATUS_CODES) + 1))[status] += n
    return per_group
