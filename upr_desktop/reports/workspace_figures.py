"""Whole-workspace figures in a few passes over indexes and the trigger-kept columns (the dashboard's usual case).

The scoped computation in ``metrics`` copies the in-scope recommendations into a temporary table
and groups over it; over a whole workspace of 100,000 recommendations that cost 1.6 s. Here each
figure is read from where it is cheapest: response and status counts from their indexes, the
category / lead / last-assessed counts and the recommending States from one scan of the
recommendation table, and the theme and group figures from one pass over each link table. The
grouping of the link passes happens in Python over one comma-separated string of small integer
keys: SQLite's GROUP BY sorter cost more than the join itself.

These shortcuts hold when every assessment counts (``current_status`` and ``last_assessed_on``
are the newest of all assessments): ``applies`` says when.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from upr_desktop.core.stopping import checkpoint
from upr_desktop.reports import recommending_states

STATUS_CODES = ("not-implemented", "partially-implemented", "fully-implemented", "unknown")
CATEGORIES = range(6)  # 0 = not categorised, 1-5 = the UPR Info action categories
STATUS_KEY = (
    "CASE r.current_status " + " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(STATUS_CODES, start=1)) + " ELSE 0 END"
)
STATES_SEP = "\x1e"  # never raw inside JSON text (control characters are always escaped there)


def applies(session: Session, *, scoped: bool, include_confidential: bool) -> bool:
    """Whole workspace, and no assessment is left out (else current_status is not the status in scope)."""
    if scoped:
        return False
    if include_confidential:
        return True
    return not session.execute(text("SELECT EXISTS (SELECT 1 FROM assessment WHERE confidential = 1)")).scalar()


@dataclass
class Headline:
    total: int
    responses: dict[str, int]  # response -> count, as stored
    statuses: list[int]  # never assessed, then STATUS_CODES order
    assigned: int
    with_lead: int = 0  # the coverage figures, when asked for
    assessed_recently: int = 0
    categories: dict[int, int] = field(default_factory=dict)  # 0-5 -> count, when details were asked for
    states: list[tuple[str | None, str, int]] = field(default_factory=list)  # (States JSON, "supported" or "", count)


def status_counts(session: Session) -> list[int]:
    """Recommendations per current status (never assessed first, then STATUS_CODES order), from its index."""
    statuses = [0] * (len(STATUS_CODES) + 1)
    for status, n in session.execute(text("SELECT current_status, count(*) FROM recommendation GROUP BY current_status")):
        statuses[STATUS_CODES.index(status) + 1 if status in STATUS_CODES else 0] += int(n)
    return statuses


def headline(session: Session, as_of: date, cutoff: date, *, counts: bool = True, coverage: bool = True,
             details: bool = True) -> Headline:
    """Counts per response and status (from their indexes); coverage and/or details from one scan of the recommendation table."""
    head = Headline(0, {}, [0] * (len(STATUS_CODES) + 1), 0)
    if counts:
        head.responses = {r: int(n) for r, n in session.execute(text("SELECT response, count(*) FROM recommendation GROUP BY response"))}
        head.total = sum(head.responses.values())
        head.statuses = status_counts(session)
        head.assigned = int(session.execute(text("SELECT count(*) FROM (SELECT DISTINCT recommendation_id FROM assignment)")).scalar() or 0)
    columns = []
    if coverage:
        # lead_group is the smallest lead acronym (trigger-kept): set exactly when a lead assignment exists.
        # last_assessed_on is the newest assessment date: in the window means assessed in it, unless the
        # newest is after as_of (figures for a past day), where an earlier one may still fall in the window.
        columns += ["count(lead_group)", "sum(last_assessed_on >= :cutoff AND last_assessed_on <= :as_of)",
                    "sum(last_assessed_on > :as_of)"]
    if details:
        columns += [f"sum(coalesce(action_category, 0) = {c})" for c in CATEGORIES]
        # Supported and other recommendations in two strings (group_concat skips NULLs): no per-row concatenation.
        columns += [f"group_concat(CASE WHEN response = 'supported' THEN coalesce(recommending_states, '') END, '{STATES_SEP}')",
                    f"group_concat(CASE WHEN response = 'supported' THEN NULL ELSE coalesce(recommending_states, '') END, '{STATES_SEP}')"]
    if not columns:
        return head
    params = {"cutoff": cutoff.isoformat(), "as_of": as_of.isoformat()}
    row = list(session.execute(text(f"SELECT {', '.join(columns)} FROM recommendation"), params).one())
    if coverage:
        head.with_lead, head.assessed_recently, later = (int(v or 0) for v in row[:3])
        del row[:3]
        if later:
            head.assessed_recently += session.execute(text(
                "SELECT count(*) FROM recommendation r WHERE r.last_assessed_on > :as_of AND EXISTS (SELECT 1 FROM assessment a "
                "WHERE a.recommendation_id = r.id AND a.assessed_on >= :cutoff AND a.assessed_on <= :as_of)"
            ), params).scalar() or 0
    if details:
        head.categories = {c: int(v or 0) for c, v in zip(CATEGORIES, row, strict=False)}
        for joined, response in ((row[-2], "supported"), (row[-1], "")):
            if joined is not None:
                checkpoint()
                head.states += [(states_json or None, response, n) for states_json, n in Counter(joined.split(STATES_SEP)).items()]
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
        return cls(head.categories, *recommending_states.tally(head.states))


def details(session: Session) -> Details:
    return Details.of(headline(session, date.min, date.min, counts=False, coverage=False))


def _keyed_counts(session: Session, sql: str) -> Counter[int]:
    """Counts of the integer keys a ``group_concat`` query returns as one comma-separated string."""
    joined = session.execute(text(sql)).scalar()
    if not joined:
        return Counter()
    checkpoint()  # idle work gives way to a person's request between the steps (core.stopping)
    keys = Counter(joined.split(","))
    checkpoint()
    return Counter({int(k): n for k, n in keys.items()})


def _only(column: str, ids: list[int] | None) -> str:
    return "" if ids is None else f" WHERE {column} IN ({', '.join(str(int(i)) for i in ids)})"


def theme_figures(session: Session, theme_ids: list[int] | None = None) -> dict[int, list[Any]]:
    """theme id -> [recommendations, supported, [count per status, never assessed first]]: one pass over the links
    (of the given themes only, when given)."""
    stats: dict[int, list[Any]] = {}
    keys = _keyed_counts(session, (
        f"SELECT group_concat(rt.theme_id * 16 + ({STATUS_KEY}) * 2 + (r.response = 'supported')) "
        "FROM recommendation_theme rt CROSS JOIN recommendation r ON r.id = rt.recommendation_id" + _only("rt.theme_id", theme_ids)
    ))
    for key, n in keys.items():
        theme_id, rest = divmod(key, 16)
        status, supported = divmod(rest, 2)
        entry = stats.setdefault(theme_id, [0, 0, [0] * (len(STATUS_CODES) + 1)])
        entry[0] += n
        entry[1] += n * supported
        entry[2][status] += n
    return stats


def group_figures(session: Session, group_ids: list[int] | None = None) -> dict[int, list[int]]:
    """group id -> count per status (never assessed first) of the recommendations assigned to it (to the given groups)."""
    per_group: dict[int, list[int]] = {}
    keys = _keyed_counts(session, (
        f"SELECT group_concat(a.group_id * 8 + ({STATUS_KEY})) "
        "FROM assignment a CROSS JOIN recommendation r ON r.id = a.recommendation_id" + _only("a.group_id", group_ids)
    ))
    for key, n in keys.items():
        group_id, status = divmod(key, 8)
        per_group.setdefault(group_id, [0] * (len(STATUS_CODES) + 1))[status] += n
    return per_group
