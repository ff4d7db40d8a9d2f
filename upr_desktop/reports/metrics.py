"""Dashboard and report figures, computed in SQL and handed out as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from upr_desktop.core import closed_lists, vocab
from upr_desktop.core.queries import RecommendationFilter, filtered_ids

STATUS_CODES = ("not-implemented", "partially-implemented", "fully-implemented", "unknown")
NOT_ASSESSED = "none"
OTHER_REGION = "Other"


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class Share:
    """``part`` of ``whole``; ``rate`` is 0 when there is nothing to share."""

    key: str
    label: str
    part: int
    whole: int

    @property
    def rate(self) -> float:
        return self.part / self.whole if self.whole else 0.0


@dataclass(frozen=True)
class StatusRow:
    """How many recommendations of one theme (or group) are at each point of the MIA scale."""

    key: str
    label: str
    counts: dict[str, int]  # status code, or "none" for never assessed -> count

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Coverage:
    total: int
    assigned: int
    with_lead: int
    assessed_recently: int
    months: int
    since: date

    def shares(self) -> list[Share]:
        return [
            Share("assigned", "Assigned to a group", self.assigned, self.total),
            Share("lead", "With a lead group", self.with_lead, self.total),
            Share("assessed", f"Assessed in the last {self.months} months", self.assessed_recently, self.total),
        ]


@dataclass(frozen=True)
class ActionFigures:
    open: int
    in_progress: int
    done: int
    cancelled: int
    due_soon: int  # open or in progress, due within ``soon_days`` of as_of
    overdue: int  # open or in progress, due before as_of
    soon_days: int


@dataclass
class Scope:
    """Which recommendations and records the figures cover."""

    group: str | None = None
    theme: str | None = None
    since: date | None = None  # assessments, consultations and actions on or after this day
    include_confidential: bool = True

    def recommendation_filter(self) -> RecommendationFilter | None:
        if not (self.group or self.theme):
            return None
        return RecommendationFilter(group=self.group, theme=self.theme)


@dataclass
class Metrics:
    as_of: date
    scope: Scope
    by_response: list[Count] = field(default_factory=list)
    by_theme: list[Count] = field(default_factory=list)
    by_state: list[Count] = field(default_factory=list)
    states_total: int = 0
    by_category: list[Count] = field(default_factory=list)
    coverage: Coverage | None = None
    status_overall: dict[str, int] = field(default_factory=dict)
    status_by_theme: list[StatusRow] = field(default_factory=list)
    status_by_group: list[StatusRow] = field(default_factory=list)
    consultations_by_body: list[Count] = field(default_factory=list)
    consultations_by_quarter: list[Count] = field(default_factory=list)
    actions: ActionFigures | None = None
    acceptance_by_theme: list[Share] = field(default_factory=list)
    acceptance_by_region: list[Share] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(c.count for c in self.by_response)


class _Sql:
    """Runs the metric queries with the scope's recommendation ids as a reusable CTE."""

    def __init__(self, session: Session, scope: Scope) -> None:
        self.session = session
        self.scope = scope
        flt = scope.recommendation_filter()
        self.params: dict[str, Any] = {"scope_group": scope.group or ""}
        if flt is None:
            self.cte = "scope_rec AS (SELECT id, response, recommending_states, action_category FROM recommendation)"
        else:
            dialect = sqlite.dialect(paramstyle="named")
            compiled = filtered_ids(flt).compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
            self.params.update(compiled.params)
            self.cte = (
                "scope_rec AS (SELECT id, response, recommending_states, action_category FROM recommendation "
                f"WHERE id IN ({compiled}))"
            )
        # The current status of each recommendation: its newest assessment (by date, then by entry).
        conf = "" if scope.include_confidential else "WHERE confidential = 0"
        self.latest = (
            "latest AS (SELECT recommendation_id, status FROM ("
            " SELECT recommendation_id, status, row_number() OVER ("
            "  PARTITION BY recommendation_id ORDER BY assessed_on DESC, id DESC) AS rn"
            f" FROM assessment {conf}) WHERE rn = 1)"
        )

    def rows(self, sql: str, *, latest: bool = False, **params: Any) -> list[Any]:
        ctes = [self.cte] + ([self.latest] if latest else [])
        query = "WITH " + ", ".join(ctes) + " " + sql
        return list(self.session.execute(text(query), {**self.params, **params}))


def _counts(rows: list[Any], label: Any = None) -> list[Count]:
    return [Count(str(k), label(k) if label else str(k), int(n)) for k, n in rows]


def _status_rows(rows: list[Any]) -> list[StatusRow]:
    table: dict[str, dict[str, int]] = {}
    for key, status, n in rows:
        table.setdefault(key, {c: 0 for c in (*STATUS_CODES, NOT_ASSESSED)})[status or NOT_ASSESSED] += int(n)
    return [StatusRow(k, k, v) for k, v in table.items()]


def compute_metrics(
    session: Session,
    scope: Scope | None = None,
    *,
    as_of: date | None = None,
    months: int = 6,
    soon_days: int = 30,
    top_states: int = 25,
) -> Metrics:
    """Every dashboard figure for the recommendations in ``scope``, as of ``as_of`` (default today)."""
    scope = scope or Scope()
    as_of = as_of or date.today()
    q = _Sql(session, scope)
    m = Metrics(as_of=as_of, scope=scope)
    since = scope.since.isoformat() if scope.since else "0000-01-01"
    conf = "" if scope.include_confidential else "AND confidential = 0"

    m.by_response = _counts(
        q.rows("SELECT response, count(*) FROM scope_rec GROUP BY response ORDER BY count(*) DESC, response"),
        lambda k: closed_lists.label(closed_lists.RESPONSES, k),
    )
    m.by_category = _counts(
        q.rows("SELECT coalesce(action_category, 0), count(*) FROM scope_rec GROUP BY 1 ORDER BY 1"),
        lambda k: closed_lists.label(closed_lists.ACTION_CATEGORIES, str(k)) if str(k) != "0" else "Not categorised",
    )
    theme_rows = q.rows(
        "SELECT t.name, count(*), sum(r.response = 'supported') FROM scope_rec r "
        "JOIN recommendation_theme rt ON rt.recommendation_id = r.id JOIN theme t ON t.id = rt.theme_id "
        "GROUP BY t.name ORDER BY count(*) DESC, t.name"
    )
    m.by_theme = [Count(name, name, int(n)) for name, n, _s in theme_rows]
    m.acceptance_by_theme = [Share(name, name, int(s or 0), int(n)) for name, n, s in theme_rows]

    state_rows = q.rows(
        "SELECT j.value, count(*), sum(r.response = 'supported') FROM scope_rec r, json_each(r.recommending_states) j "
        "GROUP BY j.value ORDER BY count(*) DESC, j.value"
    )
    m.states_total = len(state_rows)
    m.by_state = [Count(s, s, int(n)) for s, n, _ in state_rows[:top_states]]
    m.acceptance_by_region = _acceptance_by_region(q)

    total = sum(c.count for c in m.by_response)
    cutoff = _months_before(as_of, months)
    assigned, with_lead = q.rows(
        "SELECT count(DISTINCT a.recommendation_id), count(DISTINCT CASE WHEN a.role = 'lead' THEN a.recommendation_id END) "
        "FROM assignment a JOIN scope_rec r ON r.id = a.recommendation_id"
    )[0]
    assessed = q.rows(
        f"SELECT count(DISTINCT s.recommendation_id) FROM assessment s JOIN scope_rec r ON r.id = s.recommendation_id "
        f"WHERE s.assessed_on >= :cutoff AND s.assessed_on <= :as_of {conf}",
        cutoff=cutoff.isoformat(), as_of=as_of.isoformat(),
    )[0][0]
    m.coverage = Coverage(total, int(assigned), int(with_lead), int(assessed), months, cutoff)

    overall = q.rows("SELECT l.status, count(*) FROM scope_rec r LEFT JOIN latest l ON l.recommendation_id = r.id GROUP BY 1", latest=True)
    m.status_overall = {c: 0 for c in (*STATUS_CODES, NOT_ASSESSED)}
    for status, n in overall:
        m.status_overall[status or NOT_ASSESSED] += int(n)
    m.status_by_theme = _status_rows(q.rows(
        "SELECT t.name, l.status, count(*) FROM scope_rec r JOIN recommendation_theme rt ON rt.recommendation_id = r.id "
        "JOIN theme t ON t.id = rt.theme_id LEFT JOIN latest l ON l.recommendation_id = r.id GROUP BY 1, 2",
        latest=True,
    ))
    m.status_by_theme.sort(key=lambda row: (-row.total, row.key))
    m.status_by_group = _status_rows(q.rows(
        "SELECT g.acronym, l.status, count(DISTINCT r.id) FROM scope_rec r JOIN assignment a ON a.recommendation_id = r.id "
        "JOIN member_group g ON g.id = a.group_id LEFT JOIN latest l ON l.recommendation_id = r.id GROUP BY 1, 2",
        latest=True,
    ))
    m.status_by_group.sort(key=lambda row: row.key)

    c_where = _consultation_where(scope)
    m.consultations_by_body = _counts(q.rows(
        f"SELECT government_body, count(*) FROM consultation c WHERE held_on >= :since {conf} {c_where} "
        "GROUP BY 1 ORDER BY count(*) DESC, 1", since=since,
    ))
    m.consultations_by_quarter = _counts(q.rows(
        "SELECT strftime('%Y', held_on) || '-Q' || ((CAST(strftime('%m', held_on) AS INTEGER) + 2) / 3), count(*) "
        f"FROM consultation c WHERE held_on >= :since {conf} {c_where} GROUP BY 1 ORDER BY 1", since=since,
    ))
    m.actions = _action_figures(q, scope, as_of, soon_days, conf, since)
    return m


def _months_before(day: date, months: int) -> date:
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
        "sum(status IN ('open', 'in-progress') AND due_date >= :as_of AND due_date <= :soon), "
        "sum(status IN ('open', 'in-progress') AND due_date < :as_of) "
        f"FROM follow_up_action f WHERE (due_date IS NULL OR due_date >= :since OR status IN ('open', 'in-progress')) {conf} {where}",
        as_of=as_of.isoformat(), soon=(as_of + timedelta(days=soon_days)).isoformat(), since=since,
    )[0]
    return ActionFigures(*(int(v or 0) for v in row), soon_days=soon_days)  # type: ignore[misc]


def _acceptance_by_region(q: _Sql) -> list[Share]:
    """Supported ÷ all per regional group of the recommending States; a joint recommendation counts once per group."""
    names = [s.name for s in vocab.states()]
    values = ", ".join(f"(:s{i}, :g{i})" for i in range(len(names)))
    params: dict[str, Any] = {}
    for i, s in enumerate(vocab.states()):
        params[f"s{i}"] = s.name
        params[f"g{i}"] = s.regional_group
    rows = q.rows(
        f"SELECT coalesce(sr.region, '{OTHER_REGION}') AS region, count(DISTINCT r.id), "
        "count(DISTINCT CASE WHEN r.response = 'supported' THEN r.id END) "
        "FROM scope_rec r, json_each(r.recommending_states) j "
        f"LEFT JOIN (SELECT column1 AS name, column2 AS region FROM (VALUES {values})) sr ON sr.name = j.value "
        "GROUP BY 1",
        **params,
    )
    order = {g: i for i, g in enumerate((*vocab.REGIONAL_GROUPS, vocab.OBSERVER, OTHER_REGION))}
    shares = [Share(region, region, int(s), int(n)) for region, n, s in rows]
    return sorted(shares, key=lambda sh: order.get(sh.key, 99))


def default_as_of(session: Session) -> date:
    """The day figures are computed for: today, or the demo's own fixed "today" in a demo workspace."""
    row = session.execute(text("SELECT is_demo, settings FROM workspace LIMIT 1")).first()
    if row is not None and row[0] and row[1]:
        import json

        reference = json.loads(row[1]).get("demo_reference_date")
        if reference:
            return date.fromisoformat(reference)
    return date.today()
