"""Read-side queries: filtered, sorted, paged recommendation lists computed in SQL."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Select,
    Text,
    and_,
    exists,
    func,
    not_,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session

from upr_desktop.core.storage import engine_sql, raw
from upr_desktop.core.read import state_filter, table_order
from upr_desktop.core.domain.models import (
    Assignment,
    MemberGroup,
    Recommendation,
    RecommendationTheme,
    Theme,
)
from upr_desktop.core.read.table_page import (  # noqa: F401 - re-exported: the table's plain data lives there
    EXCERPT_CHARS,
    TABLE_COLUMNS,
    FilterChoices,
    RecommendationFilter,
    RecommendationRow,
    page_rows,
)

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(search: str) -> str | None:
    """A safe FTS5 query from what a person typed: every word must match, as a prefix."""
    tokens = _TOKEN.findall(search or "")
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


def filtered_ids(flt: RecommendationFilter) -> Select[Any]:
    """``SELECT recommendation.id`` with every filter applied (no ordering)."""
    q = select(Recommendation.id)
    conds = []
    fts = fts_query(flt.search or "")
    if fts:
        conds.append(engine_sql.SearchMatch(Recommendation.id, fts))
    if flt.responses:
        conds.append(Recommendation.response.in_(flt.responses))
    if flt.statuses:
        status = Recommendation.current_status
        wanted = [s for s in flt.statuses if s != "none"]
        parts = [status.in_(wanted)] if wanted else []
        if "none" in flt.statuses:
            parts.append(status.is_(None))
        conds.append(or_(*parts))
    # IN over the link table, not a correlated EXISTS: SQLite then searches the link's index by theme or
    # group (a few thousand rows) instead of probing it once per recommendation (0.2 s on 100,000).
    if flt.theme:
        theme_id = select(Theme.id).where(func.lower(Theme.name) == flt.theme.lower()).scalar_subquery()
        conds.append(Recommendation.id.in_(select(RecommendationTheme.recommendation_id).where(RecommendationTheme.theme_id == theme_id)))
    if flt.group:
        group_id = select(MemberGroup.id).where(func.lower(MemberGroup.acronym) == flt.group.lower()).scalar_subquery()
        conds.append(Recommendation.id.in_(select(Assignment.recommendation_id).where(Assignment.group_id == group_id)))
    if flt.recommending_state:
        needle = '"' + flt.recommending_state.replace('"', "") + '"'
        # Match the stored JSON text: the list type would otherwise serialise the needle as a list.
        conds.append(type_coerce(Recommendation.recommending_states, Text).contains(needle))
    if flt.action_category is not None:
        conds.append(Recommendation.action_category == flt.action_category)
    if flt.cycle is not None:
        conds.append(Recommendation.cycle == flt.cycle)
    if flt.unassigned_only:
        conds.append(not_(exists().where(Assignment.recommendation_id == Recommendation.id)))
    if flt.not_assessed_since is not None:
        last = Recommendation.last_assessed_on
        conds.append(or_(last.is_(None), last < flt.not_assessed_since))
    if flt.state_under_review:
        conds.append(Recommendation.state_under_review == flt.state_under_review)
    return q.where(and_(*conds)) if conds else q


def recommendation_rows(session: Session, *, search: str | None = None, limit: int | None = None, cycle: int | None = None) -> list[dict[str, Any]]:
    """Plain rows for the CLI list: ref, response, current status, text, cycle."""
    ids = filtered_ids(RecommendationFilter(search=search, cycle=cycle))
    q = (
        select(Recommendation.id.label("row_id"), Recommendation.uuid, Recommendation.ref, Recommendation.response, Recommendation.text,
               Recommendation.recommending_states, Recommendation.current_status.label("status"), Recommendation.cycle, Recommendation.version)
        .where(Recommendation.id.in_(ids))
        .order_by(Recommendation.id)
    )
    if limit:
        q = q.limit(limit)
    return [
        {"row_id": r.row_id, "id": r.uuid, "ref": r.ref, "response": r.response, "status": r.status, "text": r.text,
         "recommending_states": r.recommending_states, "cycle": r.cycle, "version": r.version}
        for r in session.execute(q)
    ]


# -- the Recommendations table: sorted id list, then rows fetched a page at a time -----------
def sorted_ids(session: Session, flt: RecommendationFilter, sort: str = "ref", descending: bool = False) -> list[int]:
    """Ids of the recommendations passing ``flt``, in the table's order by a column (empty values last).

    The full order comes from :mod:`upr_desktop.core.read.table_order` (cached until the data changes);
    the filter is one unordered SQL query, and its ids are kept in that order.
    """
    if sort not in TABLE_COLUMNS:
        raise ValueError(f"cannot sort by {sort!r}")
    order = table_order.ordered_ids(session, sort, descending)
    wanted: set[int] | None = None
    fts = fts_query(flt.search or "")
    if fts:
        # Straight from the full-text index: joining back to 100,000 rows cost more than the search.
        wanted = set(table_order.raw_ids(session, engine_sql.FTS_IDS[engine_sql.name(session)], (fts,)))
    rest = replace(flt, search=None, group=None, theme=None, unassigned_only=False)
    # Group and theme straight from their link tables' indexes (the EXISTS form probed every row);
    # the same conditions as filtered_ids: lower(name) equal to the lowered value, first match.
    for sql, value in ((_GROUP_IDS, flt.group), (_THEME_IDS, flt.theme)):
        if value:
            linked = set(table_order.raw_ids(session, sql, (value.lower(),)))
            wanted = linked if wanted is None else wanted & linked
    if flt.recommending_state:
        # From the in-memory map when the idle warm-up built it for this data (the same ids as the LIKE scan).
        by_state = state_filter.state_ids(session, flt.recommending_state)
        if by_state is not None:
            rest = replace(rest, recommending_state=None)
            wanted = by_state if wanted is None else wanted & by_state
    if rest != RecommendationFilter():
        others = set(_fetch_ids(session, filtered_ids(rest)))
        wanted = others if wanted is None else wanted & others
    assigned = set(table_order.raw_ids(session, "SELECT recommendation_id FROM assignment")) if flt.unassigned_only else set()
    if wanted is None and not assigned:
        return list(order)
    if wanted is None:
        return [i for i in order if i not in assigned]
    return [i for i in order if i in wanted and i not in assigned]


# A server's first screenful: the cached order probed in growing slices (a few primary-key reads each).
FIRST_PAGE_PROBES = (400, 2000)


def first_ids(session: Session, flt: RecommendationFilter, sort: str, descending: bool, count: int) -> tuple[list[int], bool] | None:
    """On a server, the first ``count`` ids of :func:`sorted_ids` without reading every match; None: ask sorted_ids.

    A word of one or two letters matches most of 100,000 recommendations, and PostgreSQL reads each
    match's row to learn its id (the GIN index holds row addresses, not ids): 10,000 pages, 150-300 ms,
    then 100,000 ids to send. The table shows its first screenful first: the cached order (the same
    order sorted_ids keeps) is probed a slice at a time for ids that match, which for a broad search
    finds a screenful in the first few hundred ids. A narrow search (fewer than ``count`` in the
    probed slices) is left to sorted_ids: it reads few rows. ``True`` with the ids: they are all the
    matches (the probes covered every recommendation).
    """
    fts = fts_query(flt.search or "")
    if not fts or count <= 0 or not raw.is_postgres(session) or replace(flt, search=None) != RecommendationFilter():
        return None
    if sort not in TABLE_COLUMNS:
        raise ValueError(f"cannot sort by {sort!r}")
    order = table_order.ordered_ids(session, sort, descending)
    found: list[int] = []
    start = 0
    for size in FIRST_PAGE_PROBES:
        probe = order[start : start + size]
        start += size
        hits = set(table_order.raw_ids(session, engine_sql.FTS_IDS_AMONG_PG, (list(probe), fts)))
        found.extend(i for i in probe if i in hits)
        if start >= len(order):
            return found, True
        if len(found) >= count:
            return found[:count], False
    return None


_GROUP_IDS = "SELECT recommendation_id FROM assignment WHERE group_id = (SELECT id FROM member_group WHERE lower(acronym) = ?)"
_THEME_IDS = "SELECT recommendation_id FROM recommendation_theme WHERE theme_id = (SELECT id FROM theme WHERE lower(name) = ?)"


def _fetch_ids(session: Session, stmt: Select[Any]) -> list[int]:
    """Run an id query straight on the DB-API cursor: 100,000 ids in a third of the ORM's time.

    Values are rendered as SQL literals by SQLAlchemy's own escaping (strings quoted, dates ISO).
    """
    sql = str(stmt.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}))
    return table_order.raw_ids(session, sql)


def table_rows(session: Session, ids: list[int]) -> list[RecommendationRow]:
    """The table rows for ``ids`` (one page), in the order given: plain SQL on the session's connection."""
    return page_rows(raw.connection(session), ids)


def filter_choices(session: Session) -> FilterChoices:
    # Distinct lists first (a few thousand at most), then their States: json_each over every row took ~1 s.
    lists = session.scalars(text("SELECT DISTINCT recommending_states FROM recommendation")).all()
    states = sorted({state for raw in lists if raw and raw != "[]" for state in json.loads(raw)})
    named = session.execute(select(MemberGroup.acronym, MemberGroup.name).order_by(MemberGroup.acronym)).all()
    return FilterChoices(
        groups=[acronym for acronym, _name in named], group_names={acronym: name for acronym, name in named},
        themes=list(session.scalars(select(Theme.name).order_by(Theme.name))),
        recommending_states=[str(s) for s in states],
        cycles=[int(c) for c in session.scalars(select(Recommendation.cycle).where(Recommendation.cycle.is_not(None)).distinct().order_by(Recommendation.cycle))],
    )
