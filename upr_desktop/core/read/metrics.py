"""Dashboard and report figures, computed in SQL and handed out as plain dataclasses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from upr_desktop.core.storage import engine_sql
from upr_desktop.core.domain import closed_lists, deadlines, vocab
from upr_desktop.core.read import recommending_states, workspace_figures
from upr_desktop.core.read.dashboard_figures import (
    ActionFigures,
    Count,
    Coverage,
    Metrics,
    Scope,
    Share,
    StatusRow,
)
from upr_desktop.core.read.recommendation_list import filtered_ids
from upr_desktop.core.services.changelog import data_version

THEMES, GROUPS, STATES = "themes", "groups", "states"

STATUS_CODES = workspace_figures.STATUS_CODES  # the MIA scale, in order
NOT_ASSESSED = closed_lists.NOT_ASSESSED
OTHER_REGION = recommending_states.OTHER_REGION


TEMP_TABLE = "upr_metrics_rec"
# Parts of the whole-workspace figures that can come after the first paint (compute_metrics(first=...)).
# STATES: by State, by regional group and by action category.
PARTS = (THEMES, GROUPS, STATES)


class _Sql:
    """Runs the metric queries over a temporary table holding each in-scope recommendation once.

    The table (id, response, category, states, current status) is filled in one pass, so the
    newest-assessment search, the scope filter and the JSON of recommending States are paid for
    once instead of once per figure. It lives in SQLite's TEMP schema: nothing is written to the
    workspace file.
    """

    def __init__(self, session: Session, scope: Scope) -> None:
        self.session = session
        self.scope = scope
        self.params: dict[str, Any] = {"scope_group": scope.group or ""}
        self.pg = engine_sql.name(session) == "postgresql"

    def fill(self) -> None:
        """Copy the in-scope recommendations into the temporary table (the scoped computation reads it)."""
        scope, session = self.scope, self.session
        flt = scope.recommendation_filter()
        where = ""
        if flt is not None:
            if self.pg:  # its binds carry casts (":x::VARCHAR") that text() would not see: values written in, quoted by SQLAlchemy
                compiled = filtered_ids(flt).compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
            else:
                compiled = filtered_ids(flt).compile(dialect=sqlite.dialect(paramstyle="named"), compile_kwargs={"render_postcompile": True})
                self.params.update(compiled.params)
            where = f"WHERE r.id IN ({compiled})"
        conf = "" if scope.include_confidential else "WHERE confidential = 0"
        self.execute(f"CREATE TEMP TABLE IF NOT EXISTS {TEMP_TABLE} ("
                     "id INTEGER PRIMARY KEY, response TEXT, category INTEGER, states TEXT, status INTEGER, has_lead INTEGER)")
        self.execute(f"DELETE FROM temp.{TEMP_TABLE}")
        # The current status is the newest assessment (by date, then by entry order); SQLite takes the
        # bare "status" column from the row holding the max() of that composite key. Statuses are
        # stored as small numbers (0 = never assessed) so the per-theme and per-group sums stay cheap.
        cases = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(STATUS_CODES, start=1))
        hidden = not scope.include_confidential and session.execute(
            text("SELECT EXISTS (SELECT 1 FROM assessment WHERE confidential = TRUE)")
        ).scalar()
        if not hidden:
            # No assessment is kept out of this scope: the trigger-maintained current_status is the answer.
            self.execute(
                f"INSERT INTO temp.{TEMP_TABLE} (id, response, category, states, has_lead, status) "
                "SELECT r.id, r.response, coalesce(r.action_category, 0), r.recommending_states, r.lead_group IS NOT NULL, "
                f"CASE r.current_status {cases} ELSE 0 END FROM recommendation r {where}"
            )
            return
        if self.pg:  # the newest assessment in scope per recommendation: DISTINCT ON, not SQLite's bare column beside max()
            self.execute(
                f"INSERT INTO temp.{TEMP_TABLE} (id, response, category, states, has_lead, status) "
                "SELECT r.id, r.response, coalesce(r.action_category, 0), r.recommending_states, r.lead_group IS NOT NULL, "
                f"CASE l.status {cases} ELSE 0 END FROM recommendation r "
                "LEFT JOIN (SELECT DISTINCT ON (recommendation_id) recommendation_id, status "
                f"  FROM assessment {conf} ORDER BY recommendation_id, assessed_on DESC, id DESC) l ON l.recommendation_id = r.id {where}"
            )
            return
        self.execute(
            f"INSERT INTO temp.{TEMP_TABLE} (id, response, category, states, has_lead, status) "
            "SELECT r.id, r.response, coalesce(r.action_category, 0), r.recommending_states, r.lead_group IS NOT NULL, "
            f"CASE l.status {cases} ELSE 0 END FROM recommendation r "
            "LEFT JOIN (SELECT recommendation_id, status, max(assessed_on || printf('%010d', id)) "
            f"  FROM assessment {conf} GROUP BY recommendation_id) l ON l.recommendation_id = r.id {where}"
        )

    def execute(self, sql: str, **params: Any) -> None:
        self.session.execute(text(self._engine(sql)), {**self.params, **params})

    def rows(self, sql: str, **params: Any) -> list[Any]:
        return list(self.session.execute(text(self._engine(sql.replace("scope_rec", f"temp.{TEMP_TABLE}"))), {**self.params, **params}))

    def close(self) -> None:
        self.session.execute(text(self._engine(f"DROP TABLE IF EXISTS temp.{TEMP_TABLE}")))

    def _engine(self, sql: str) -> str:
        """SQLite's spelling of these figures' SQL, as PostgreSQL reads it (core/storage/engine_sql.py)."""
        return engine_sql.sqlite_to_postgres(sql) if self.pg else sql


_STATUS_SUMS = ", ".join(f"sum(m.status = {i})" for i in range(len(STATUS_CODES) + 1))


def _status_counts(values: Any) -> dict[str, int]:
    """Sums in _STATUS_SUMS order (never assessed first) -> {status code or "none": count}."""
    counts = [int(v or 0) for v in values]
    return {**{c: counts[i] for i, c in enumerate(STATUS_CODES, start=1)}, NOT_ASSESSED: counts[0]}


def compute_metrics(
    session: Session,
    scope: Scope | None = None,
    *,
    as_of: date,
    months: int = 6,
    soon_days: int = deadlines.DUE_SOON_DAYS,
    top_states: int = 25,
    first: Collection[str] | None = None,
) -> Metrics:
    """Every dashboard figure for the recommendations in ``scope``, as of ``as_of`` (the situation day).

    ``first``: on the whole workspace, compute only these of PARTS (besides the headline counts,
    coverage, consultations and actions); the others are left in ``pending`` for complete_metrics,
    so a page can draw what is on screen before the rest is counted. Scoped figures are cheap
    and always complete.
    """
    scope = scope or Scope()
    if workspace_figures.applies(session, scoped=scope.recommendation_filter() is not None,
                                 include_confidential=scope.include_confidential):
        parts = PARTS if first is None else tuple(p for p in PARTS if p in first)
        return _compute_whole(_Sql(session, scope), scope, as_of, months, soon_days, top_states, parts)
    return _compute_scoped(session, scope, as_of, months, soon_days, top_states)


def complete_metrics(session: Session, m: Metrics, *, top_states: int = 25) -> Metrics:
    """``m`` with its pending parts computed (the same figures compute_metrics gives in one go)."""
    if not m.pending:
        return m
    done = replace(m, pending=())
    _compute_parts(_Sql(session, m.scope), done, m.pending, top_states)
    return done


def _compute_scoped(session: Session, scope: Scope, as_of: date, months: int, soon_days: int, top_states: int) -> Metrics:
    """Any scope, through the temporary table of in-scope recommendations (also the reference the tests hold the rest to)."""
    q = _Sql(session, scope)
    q.fill()
    try:
        return _compute(q, scope, as_of, months, soon_days, top_states)
    finally:
        q.close()


def _compute_whole(q: _Sql, scope: Scope, as_of: date, months: int, soon_days: int, top_states: int,
                   parts: tuple[str, ...]) -> Metrics:
    """The whole workspace, every assessment counted: the same figures from the counts triggers keep (see workspace_figures)."""
    m = Metrics(as_of=as_of, scope=scope, pending=tuple(p for p in PARTS if p not in parts))
    cutoff = months_before(as_of, months)
    details = STATES in parts
    head = workspace_figures.headline(q.session, as_of, cutoff, details=details)
    _fill_counts(m, head.total, head.responses, head.statuses)
    m.coverage = Coverage(head.total, head.assigned, head.with_lead, head.assessed_recently, months, cutoff)
    _fill_activity(m, q, scope, as_of, soon_days)
    if details:
        _fill_details(m, workspace_figures.Details.of(head), top_states)
    _compute_parts(q, m, tuple(p for p in parts if p != STATES), top_states)
    return m


def _compute_parts(q: _Sql, m: Metrics, parts: Collection[str], top_states: int) -> None:
    if THEMES in parts:
        names = dict(q.rows("SELECT id, name FROM theme"))
        _fill_themes(m, {names[t]: entry for t, entry in workspace_figures.theme_figures(q.session).items()})
    if GROUPS in parts:
        acronyms = dict(q.rows("SELECT id, acronym FROM member_group"))
        _fill_groups(m, {acronyms[g]: counts for g, counts in workspace_figures.group_figures(q.session).items()})
    if STATES in parts:
        _fill_details(m, workspace_figures.details(q.session), top_states)


def _fill_details(m: Metrics, details: workspace_figures.Details, top_states: int) -> None:
    m.by_category = _category_counts(details.categories)
    m.by_state, m.states_total, m.acceptance_by_region = _state_figures(
        details.per_state, details.region_total, details.region_supported, top_states)


def _fill_counts(m: Metrics, total: int, responses: dict[str, int], statuses: list[int]) -> None:
    """By response (most first; "other" for anything outside the closed list), overall status."""
    response_codes = closed_lists.codes(closed_lists.RESPONSES)
    known = {c: responses.get(c, 0) for c in response_codes}
    others = total - sum(known.values())  # a response outside the closed list (should not happen)
    m.status_overall = _status_counts(statuses)
    m.by_response = [Count(k, closed_lists.label(closed_lists.RESPONSES, k), n)
                     for k, n in sorted(known.items(), key=lambda kv: (-kv[1], kv[0])) if n]
    if others:
        m.by_response.append(Count("other", "Other", others))


def _category_counts(categories: dict[int, int]) -> list[Count]:
    return [Count(str(k), closed_lists.label(closed_lists.ACTION_CATEGORIES, str(k)) if k else "Not categorised", n)
            for k, n in categories.items() if n]


def _fill_themes(m: Metrics, stats: dict[str, list[Any]]) -> None:
    """``stats``: theme -> [recommendations, supported, counts per status]; most recommendations first."""
    ordered = sorted(stats, key=lambda t: (-stats[t][0], t))
    m.by_theme = [Count(t, t, stats[t][0]) for t in ordered]
    m.acceptance_by_theme = [Share(t, t, stats[t][1], stats[t][0]) for t in ordered]
    m.status_by_theme = [StatusRow(t, t, _status_counts(stats[t][2])) for t in ordered]


def _fill_groups(m: Metrics, per_group: dict[str, list[int]]) -> None:
    m.status_by_group = [StatusRow(k, k, _status_counts(per_group[k])) for k in sorted(per_group)]


def _fill_activity(m: Metrics, q: _Sql, scope: Scope, as_of: date, soon_days: int) -> None:
    """Consultations per ministry and per quarter, and follow-up actions."""
    since = scope.since.isoformat() if scope.since else "0001-01-01"  # the first day both engines take
    conf = "" if scope.include_confidential else "AND confidential = 0"
    c_where = _consultation_where(scope)
    m.consultations_by_body = [Count(k, k, n) for k, n in q.rows(
        f"SELECT government_body, count(*) FROM consultation c WHERE held_on >= :since {conf} {c_where} "
        "GROUP BY 1 ORDER BY count(*) DESC, 1", since=since,
    )]
    m.consultations_by_quarter = [Count(k, k, n) for k, n in q.rows(
        "SELECT strftime('%Y', held_on) || '-Q' || ((CAST(strftime('%m', held_on) AS INTEGER) + 2) / 3), count(*) "
        f"FROM consultation c WHERE held_on >= :since {conf} {c_where} GROUP BY 1 ORDER BY 1", since=since,
    )]
    m.actions = _action_figures(q, scope, as_of, soon_days, conf, since)


def _compute(q: _Sql, scope: Scope, as_of: date, months: int, soon_days: int, top_states: int) -> Metrics:
    m = Metrics(as_of=as_of, scope=scope)
    conf = "" if scope.include_confidential else "AND confidential = 0"

    response_codes = closed_lists.codes(closed_lists.RESPONSES)
    row = q.rows(
        "SELECT count(*), "
        + ", ".join(f"sum(response = '{c}')" for c in response_codes) + ", "
        + ", ".join(f"sum(category = {c})" for c in range(6)) + ", "
        + _STATUS_SUMS.replace("m.", "") + " FROM scope_rec"
    )[0]
    values = [int(v or 0) for v in row]
    total = values[0]
    _fill_counts(m, total, dict(zip(response_codes, values[1:5], strict=True)), values[11:16])
    m.by_category = _category_counts(dict(zip(range(6), values[5:11], strict=True)))

    # One integer key per (theme, status, supported) keeps SQLite's GROUP BY sorter small and cheap.
    names = dict(q.rows("SELECT id, name FROM theme"))
    stats: dict[str, list[Any]] = {}
    for key, n in q.rows(
        "SELECT rt.theme_id * 16 + m.status * 2 + (m.response = 'supported'), count(*) FROM scope_rec m "
        "CROSS JOIN recommendation_theme rt ON rt.recommendation_id = m.id GROUP BY 1"
    ):
        theme_id, rest = divmod(key, 16)
        status, supported = divmod(rest, 2)
        entry = stats.setdefault(names[theme_id], [0, 0, [0] * (len(STATUS_CODES) + 1)])
        entry[0] += n
        entry[1] += n * supported
        entry[2][status] += n
    _fill_themes(m, stats)

    m.by_state, m.states_total, m.acceptance_by_region = _states_and_regions(
        q.rows("SELECT states, response, count(*) FROM scope_rec GROUP BY 1, 2"), top_states)

    cutoff = months_before(as_of, months)
    # lead_group (trigger-kept) is set exactly when a lead assignment exists.
    assigned, with_lead = q.rows(
        "SELECT sum(EXISTS (SELECT 1 FROM assignment a WHERE a.recommendation_id = m.id)), sum(m.has_lead) FROM scope_rec m"
    )[0]
    assessed = q.rows(
        "SELECT count(*) FROM (SELECT DISTINCT recommendation_id FROM assessment "
        f"WHERE assessed_on >= :cutoff AND assessed_on <= :as_of {conf} AND recommendation_id IN (SELECT id FROM scope_rec)) AS d",
        cutoff=cutoff.isoformat(), as_of=as_of.isoformat(),
    )[0][0]
    m.coverage = Coverage(total, int(assigned or 0), int(with_lead or 0), int(assessed or 0), months, cutoff)

    # A group has each recommendation at most once (unique assignment), so plain counts count recommendations.
    acronyms = dict(q.rows("SELECT id, acronym FROM member_group"))
    per_group: dict[str, list[int]] = {}
    for key, n in q.rows(
        "SELECT a.group_id * 8 + m.status, count(*) FROM scope_rec m "
        "CROSS JOIN assignment a ON a.recommendation_id = m.id GROUP BY 1"
    ):
        group_id, status = divmod(key, 8)
        per_group.setdefault(acronyms[group_id], [0] * (len(STATUS_CODES) + 1))[status] += n
    _fill_groups(m, per_group)
    _fill_activity(m, q, scope, as_of, soon_days)
    return m


def _states_and_regions(rows: Iterable[Any], top: int) -> tuple[list[Count], int, list[Share]]:
    """Per recommending State, and supported ÷ all per regional group (a joint recommendation counts once per group).

    ``rows``: (recommending_states JSON, response, number of recommendations).
    """
    return _state_figures(*recommending_states.tally(rows), top)


def _state_figures(per_state: Counter[str], region_total: Counter[str], region_supported: Counter[str],
                   top: int) -> tuple[list[Count], int, list[Share]]:
    by_state = [Count(s, s, n) for s, n in sorted(per_state.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    order = {g: i for i, g in enumerate((*vocab.REGIONAL_GROUPS, vocab.OBSERVER, OTHER_REGION))}
    regions = [Share(r, r, region_supported[r], region_total[r]) for r in sorted(region_total, key=lambda r: order.get(r, 99))]
    return by_state, len(per_state), regions


def months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, 28)


def _consultation_where(scope: Scope) -> str:
    """Consultations count for a group or theme when they discussed a recommendation in scope (or the group held them)."""
    if scope.recommendation_filter() is None:
        return ""
    held_by = ""
    if scope.group:
        held_by = " OR c.group_id IN (SELECT id FROM member_group WHERE lower(acronym) = lower(:scope_group))"
    return (
        "AND (c.id IN (SELECT cr.consultation_id FROM consultation_recommendation cr JOIN scope_rec r "
        f"ON r.id = cr.recommendation_id){held_by})"
    )


def _action_figures(q: _Sql, scope: Scope, as_of: date, soon_days: int, conf: str, since: str) -> ActionFigures:
    where = ""
    if scope.recommendation_filter() is not None:
        held_by = ""
        if scope.group:
            held_by = " OR f.group_id IN (SELECT id FROM member_group WHERE lower(acronym) = lower(:scope_group))"
        where = (
            "AND (f.id IN (SELECT ar.action_id FROM action_recommendation ar JOIN scope_rec r ON r.id = ar.recommendation_id)"
            f"{held_by})"
        )
    row = q.rows(
        "SELECT sum(status = 'open'), sum(status = 'in-progress'), sum(status = 'done'), sum(status = 'cancelled'), "
        f"sum({deadlines.DUE_SOON_ACTION_SQL}), sum({deadlines.OVERDUE_ACTION_SQL}) "
        f"FROM follow_up_action f WHERE (due_date IS NULL OR due_date >= :since OR {deadlines.OPEN_ACTION_SQL}) {conf} {where}",
        as_of=as_of.isoformat(), soon=deadlines.soon_until(as_of, soon_days).isoformat(), since=since,
    )[0]
    return ActionFigures(*(int(v or 0) for v in row), soon_days=soon_days)  # type: ignore[misc]


class MetricsCache:
    """The last few computations, reused while the data has not changed (switching pages or groups back and forth).

    ``get(..., first=...)`` may hand out figures with parts pending (see compute_metrics); ``complete``
    finishes them on a later call, or computes afresh if the data changed in between. Only complete
    figures are kept.
    """

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._entries: dict[tuple[Any, ...], Metrics] = {}
        self._partial: tuple[tuple[Any, ...], Metrics, dict[str, Any]] | None = None

    def _key(self, session: Session, scope: Scope, as_of: date, options: dict[str, Any]) -> tuple[Any, ...]:
        return (data_version(session), scope.group, scope.theme, scope.since, scope.include_confidential, scope.cycle, as_of,
                tuple(sorted(options.items())))

    def get(self, session: Session, scope: Scope, as_of: date, first: Collection[str] | None = None, **options: Any) -> Metrics:
        key = self._key(session, scope, as_of, options)
        found = self._entries.get(key)
        if found is None:
            found = self._compute(session, scope, as_of, first, options)
            if found.pending:
                self._partial = (key, found, options)
            else:
                self._store(key, found)
        return found

    def complete(self, session: Session, m: Metrics) -> Metrics:
        """``m`` with nothing pending, for the data as it is now."""
        if not m.pending:
            return m
        options = self._partial[2] if self._partial is not None and self._partial[1] is m else {}
        key = self._key(session, m.scope, m.as_of, options)
        found = self._entries.get(key)
        if found is None:
            if self._partial is not None and self._partial[0] == key and self._partial[1] is m:
                found = complete_metrics(session, m, top_states=options.get("top_states", 25))
            else:  # written to since: count again
                found = self._compute(session, m.scope, m.as_of, None, options)
            self._store(key, found)
        return found

    def _compute(self, session: Session, scope: Scope, as_of: date, first: Collection[str] | None, options: dict[str, Any]) -> Metrics:
        return compute_metrics(session, scope, as_of=as_of, first=first, **options)

    def _store(self, key: tuple[Any, ...], m: Metrics) -> None:
        if len(self._entries) >= self.size:
            self._entries.pop(next(iter(self._entries)))
        self._entries[key] = m
