"""The Dashboard's whole-workspace counts, kept by triggers in the table ``figure_tally`` (migration 0006).

Counting them from the rows took 0.5-0.8 s on 100,000 recommendations; the triggers keep them in
the same transaction as every write (services, merges, undo, imports, raw SQL), so reading them
is a few thousand rows whatever the size of the workspace.

One row per (figure, item, status, supported) with its count ``n``:

- ``theme``: item = theme id, status = the recommendation's current status (0 = never assessed,
  1-4 the MIA scale in STATUS_CODES order), supported = its response is 'supported'; one per theme link.
- ``group``: item = member group id, status as above; one per assignment.
- ``state``: item = one recommending State (a name in the recommending_states JSON list), supported as above.
- ``region``: item = a regional group of the recommending States ("Other" for names not in the table
  ``state_region``), once per recommendation, supported as above.
- ``response``: item = the response. ``status``: status as above. ``category``: item = the action category (0 = none).
- ``lead``: recommendations with a lead group. ``assessed``: item = last_assessed_on.

``state_region`` holds every State name and spelling of the vocabulary with its UN regional group
(observers: "Observer"); the app stores canonical names, so an exact match finds them.

A link deleted by the cascade of its recommendation's deletion is taken away by the
recommendation's BEFORE DELETE trigger, since the link's own trigger no longer finds the
recommendation. Counts may stay at 0; ``read`` skips them. A bulk import sets the insert triggers
aside and adds its rows' counts gathered as it builds them (``NewRecommendations``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from upr_desktop.core.domain import vocab
from upr_desktop.core.read.table_order import raw_rows

STATUS_CODES = ("not-implemented", "partially-implemented", "fully-implemented", "unknown")
STATUS = "CASE {r}.current_status " + " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(STATUS_CODES, start=1)) + " ELSE 0 END"
SUPPORTED = "({r}.response = 'supported')"
_INTO = "INSERT INTO figure_tally (figure, item, status, supported, n) "
_ADD = " ON CONFLICT DO UPDATE SET n = n + excluded.n;"
OTHER_REGION = "Other"
# The States of a recommendation's JSON list (text entries; a malformed list counts as none rather than fail the write).
_STATES_OF = "json_each(CASE WHEN json_valid({r}.recommending_states) THEN {r}.recommending_states ELSE '[]' END) AS j"
_REGION = f"coalesce((SELECT m.region FROM state_region m WHERE m.name = j.value), '{OTHER_REGION}')"

CREATE_TABLES = (  # item has no declared type: theme and group ids stay integers, names and dates stay text
    ("CREATE TABLE figure_tally (figure TEXT NOT NULL, item NOT NULL, status INTEGER NOT NULL, supported INTEGER NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (figure, item, status, supported)) WITHOUT ROWID"),
    "CREATE TABLE state_region (name TEXT NOT NULL PRIMARY KEY, region TEXT NOT NULL) WITHOUT ROWID",
)
# On PostgreSQL (see core/storage/server_schema.py) the same statements run in PL/pgSQL trigger functions, with
# these differences: item is text (ids and dates as their text), the upsert names its key, a JSON list is read
# with jsonb functions, and every INSERT ... SELECT adds up its rows per key first (PostgreSQL refuses to upsert
# one key twice in a statement, e.g. a State listed twice).
PG_CREATE_TABLES = (
    ("CREATE TABLE figure_tally (figure TEXT NOT NULL, item TEXT NOT NULL, status INTEGER NOT NULL, supported INTEGER NOT NULL, "
     "n INTEGER NOT NULL, PRIMARY KEY (figure, item, status, supported))"),
    "CREATE TABLE state_region (name TEXT NOT NULL PRIMARY KEY, region TEXT NOT NULL)",
)
PG_ITEMS_AS_INT = ("theme", "group", "category")
PG_BULK_SETTING = "upr.bulk_import"  # set (SET LOCAL) by a bulk import on PostgreSQL: the insert triggers leave their counts to it


class _Sql:
    """The dialect's spelling of the few pieces that differ."""

    def __init__(self, dialect: str) -> None:
        self.pg = dialect == "postgresql"
        self.add = " ON CONFLICT (figure, item, status, supported) DO UPDATE SET n = figure_tally.n + excluded.n;" if self.pg else _ADD
        self.supported = "(CASE WHEN {r}.response = 'supported' THEN 1 ELSE 0 END)" if self.pg else SUPPORTED
        self.states_of = "jsonb_array_elements(upr_json_list({r}.recommending_states)) AS j(v)" if self.pg else _STATES_OF
        self.is_text = "jsonb_typeof(j.v) = 'string'" if self.pg else "j.type = 'text'"
        self.value = "(j.v #>> '{}')" if self.pg else "j.value"
        self.region = (f"coalesce((SELECT m.region FROM state_region m WHERE m.name = (j.v #>> '{{}}')), '{OTHER_REGION}')"
                       if self.pg else _REGION)

    def item(self, expr: str) -> str:
        return f"({expr})::text" if self.pg else expr

    def insert(self, select: str) -> str:
        """INSERT the rows of ``select`` (figure, item, status, supported, n) into the tally, adding to what is there."""
        if self.pg:
            return f"{_INTO}SELECT f, i, s, p, sum(n) FROM ({select}) AS t(f, i, s, p, n) GROUP BY 1, 2, 3, 4{self.add} "
        return f"{_INTO}{select}{self.add} "

    def values(self, row: str) -> str:
        return f"{_INTO}VALUES ({row}){self.add} "


def _own(r: str, sign: int, dialect: str = "sqlite") -> str:
    """Add (sign 1) or take away (-1) one recommendation's own figures (not those of its links)."""
    q = _Sql(dialect)
    status, supported = STATUS.format(r=r), q.supported.format(r=r)
    rows = (f"'response', {r}.response, 0, 0", f"'status', '', {status}, 0",
            f"'category', {q.item(f'coalesce({r}.action_category, 0)')}, 0, 0")
    states = q.states_of.format(r=r)
    alias = " AS d" if q.pg else ""
    return (
        "".join(q.values(f"{row}, {sign}") for row in rows)
        + q.insert(f"SELECT 'state', {q.value}, 0, {supported}, {sign} FROM {states} WHERE {q.is_text}")
        + q.insert(f"SELECT 'region', region, 0, {supported}, {sign} FROM (SELECT DISTINCT {q.region} AS region FROM {states} "
                   f"WHERE {q.is_text}){alias} WHERE true")
        + q.insert(f"SELECT 'lead', '', 0, 0, {sign} WHERE {r}.lead_group IS NOT NULL")
        + q.insert(f"SELECT 'assessed', {q.item(f'{r}.last_assessed_on')}, 0, 0, {sign} WHERE {r}.last_assessed_on IS NOT NULL")
    )


def _links(r: str, sign: int, dialect: str = "sqlite") -> str:
    """Add or take away the theme and group figures of one recommendation's links, for its status and response."""
    q = _Sql(dialect)
    status, supported = STATUS.format(r=r), q.supported.format(r=r)
    return (
        q.insert(f"SELECT 'theme', {q.item('theme_id')}, {status}, {supported}, {sign} FROM recommendation_theme WHERE recommendation_id = {r}.id")
        + q.insert(f"SELECT 'group', {q.item('group_id')}, {status}, 0, {sign} FROM assignment WHERE recommendation_id = {r}.id")
    )


def _link(figure: str, column: str, link: str, sign: int, dialect: str = "sqlite") -> str:
    """Add or take away one theme link or assignment, when its recommendation exists (not during its deletion's cascade)."""
    q = _Sql(dialect)
    supported = q.supported.format(r="r") if figure == "theme" else "0"
    return q.insert(f"SELECT '{figure}', {q.item(f'{link}.{column}')}, {STATUS.format(r='r')}, {supported}, {sign} "
                    f"FROM recommendation r WHERE r.id = {link}.recommendation_id")


def _link_triggers(prefix: str, table: str, figure: str, column: str) -> dict[str, str]:
    return {
        f"{prefix}_ai": f"AFTER INSERT ON {table} BEGIN {_link(figure, column, 'new', 1)}END",
        f"{prefix}_ad": f"AFTER DELETE ON {table} BEGIN {_link(figure, column, 'old', -1)}END",
        f"{prefix}_au": (f"AFTER UPDATE OF {column}, recommendation_id ON {table} BEGIN "
                         f"{_link(figure, column, 'old', -1)}{_link(figure, column, 'new', 1)}END"),
    }


FIGURE_COLUMNS = ("response", "current_status", "recommending_states", "action_category", "lead_group", "last_assessed_on")
TRIGGERS = {
    "figure_tally_recommendation_ai": f"AFTER INSERT ON recommendation BEGIN {_own('new', 1)}{_links('new', 1)}END",
    "figure_tally_recommendation_bd": f"BEFORE DELETE ON recommendation BEGIN {_own('old', -1)}{_links('old', -1)}END",
    "figure_tally_recommendation_au": (
        f"AFTER UPDATE OF {', '.join(FIGURE_COLUMNS)} ON recommendation "
        f"WHEN {' OR '.join(f'old.{c} IS NOT new.{c}' for c in FIGURE_COLUMNS)} "
        f"BEGIN {_own('old', -1)}{_links('old', -1)}{_own('new', 1)}{_links('new', 1)}END"
    ),
    **_link_triggers("figure_tally_theme", "recommendation_theme", "theme", "theme_id"),
    **_link_triggers("figure_tally_assignment", "assignment", "group", "group_id"),
}
UPDATE_TRIGGER = "figure_tally_recommendation_au"
# The triggers a bulk import of new recommendations and their theme links sets aside (see NewRecommendations).
INSERT_TRIGGERS = ("figure_tally_recommendation_ai", "figure_tally_theme_ai")


def pg_triggers() -> list[str]:
    """The same triggers as PL/pgSQL functions and row triggers (PostgreSQL)."""
    pg = "postgresql"
    own_links = lambda r, sign: _own(r, sign, pg) + _links(r, sign, pg)  # noqa: E731
    bodies = {  # name -> (timing and event, WHEN condition or "", body, value returned)
        "figure_tally_recommendation_ai": ("AFTER INSERT ON recommendation", "", own_links("NEW", 1), "NULL"),
        "figure_tally_recommendation_bd": ("BEFORE DELETE ON recommendation", "", own_links("OLD", -1), "OLD"),
        "figure_tally_recommendation_au": (
            f"AFTER UPDATE OF {', '.join(FIGURE_COLUMNS)} ON recommendation",
            " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in FIGURE_COLUMNS),
            own_links("OLD", -1) + own_links("NEW", 1), "NULL"),
    }
    for prefix, table, figure, column in (("figure_tally_theme", "recommendation_theme", "theme", "theme_id"),
                                          ("figure_tally_assignment", "assignment", "group", "group_id")):
        bodies[f"{prefix}_ai"] = (f"AFTER INSERT ON {table}", "", _link(figure, column, "NEW", 1, pg), "NULL")
        bodies[f"{prefix}_ad"] = (f"AFTER DELETE ON {table}", "", _link(figure, column, "OLD", -1, pg), "NULL")
        bodies[f"{prefix}_au"] = (f"AFTER UPDATE OF {column}, recommendation_id ON {table}", "",
                                  _link(figure, column, "OLD", -1, pg) + _link(figure, column, "NEW", 1, pg), "NULL")
    statements = []
    for name, (event, when, body, returned) in bodies.items():
        # A bulk import adds its new rows' counts itself (NewRecommendations), as SQLite's sets these triggers aside.
        skip = f"IF current_setting('{PG_BULK_SETTING}', true) = 'on' THEN RETURN {returned}; END IF; " if name in INSERT_TRIGGERS else ""
        statements.append(f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN {skip}{body} "
                          f"RETURN {returned}; END $fn$")
        statements.append(f"CREATE TRIGGER {name} {event} FOR EACH ROW {f'WHEN ({when}) ' if when else ''}EXECUTE FUNCTION {name}_fn()")
    return statements


def _counts(dialect: str = "sqlite", only: str | None = None, sign: int = 1) -> list[str]:
    """Statements counting every recommendation and link into the empty table (the migration's first count).

    With ``only`` (a condition on a recommendation's id, e.g. "IN (...)", SQLite), the figures of those recommendations
    alone, added to the counts there (``sign`` 1) or taken away from them (-1): see ``recount``."""
    q = _Sql(dialect)
    r = "recommendation"
    mine, where, where_r = (f" AND {r}.id {only}", f" WHERE {r}.id {only}", f" WHERE r.id {only}") if only else ("", "", "")
    add = _ADD.rstrip(";") if only else ""
    n = "count(*)" if sign == 1 else "-count(*)"
    states = f"{r}, {q.states_of.format(r=r)} WHERE {q.is_text}{mine}"
    sup = q.supported.format(r=r)
    alias = " AS d" if q.pg else ""
    return [
        f"{_INTO}SELECT 'state', {q.value}, 0, {sup}, {n} FROM {states} GROUP BY 2, 4{add}",
        (f"{_INTO}SELECT 'region', region, 0, supported, {n} FROM (SELECT DISTINCT {r}.id, {q.region} AS region, "
         f"{sup} AS supported FROM {states}){alias} GROUP BY 2, 4{add}"),
        f"{_INTO}SELECT 'response', response, 0, 0, {n} FROM {r}{where} GROUP BY 2{add}",
        f"{_INTO}SELECT 'status', '', {STATUS.format(r=r)}, 0, {n} FROM {r}{where} GROUP BY 3{add}",
        f"{_INTO}SELECT 'category', {q.item('coalesce(action_category, 0)')}, 0, 0, {n} FROM {r}{where} GROUP BY 2{add}",
        f"{_INTO}SELECT 'lead', '', 0, 0, {n} FROM {r} WHERE lead_group IS NOT NULL{mine} GROUP BY 2{add}",
        f"{_INTO}SELECT 'assessed', {q.item('last_assessed_on')}, 0, 0, {n} FROM {r} WHERE last_assessed_on IS NOT NULL{mine} GROUP BY 2{add}",
        (f"{_INTO}SELECT 'theme', {q.item('l.theme_id')}, {STATUS.format(r='r')}, {q.supported.format(r='r')}, {n} "
         f"FROM recommendation_theme l JOIN {r} r ON r.id = l.recommendation_id{where_r} GROUP BY 2, 3, 4{add}"),
        (f"{_INTO}SELECT 'group', {q.item('l.group_id')}, {STATUS.format(r='r')}, 0, {n} "
         f"FROM assignment l JOIN {r} r ON r.id = l.recommendation_id{where_r} GROUP BY 2, 3{add}"),
    ]


def recount(cur: Any, recommendation_ids: Iterable[int], sign: int) -> None:
    """Add (``sign`` 1) or take away (-1) every figure of these recommendations, their theme links' and assignments'
    included, in one statement per figure (SQLite): what the recommendation triggers do a row at a time.

    A write touching many recommendations' figures (a merge's assessments) sets the update trigger aside, takes their
    figures away, writes, and adds them back: the counts are those the trigger would have left."""
    ids = json.dumps(sorted(set(recommendation_ids)))
    for sql in _counts(only="IN (SELECT value FROM json_each(?))", sign=sign):
        cur.execute(sql, (ids,))


def install(execute: Any, dialect: str = "sqlite") -> None:
    """Create the tables, count what is there, and create the triggers (migration 0006)."""
    if dialect == "postgresql":
        for sql in PG_CREATE_TABLES:
            execute(sql)
        execute(pg_region_rows())
        for sql in _counts(dialect):
            execute(sql)
        for sql in pg_triggers():
            execute(sql)
        return
    for sql in CREATE_TABLES:
        execute(sql)
    for sql in region_rows():
        execute(sql)
    for sql in _counts():
        execute(sql)
    for name, body in TRIGGERS.items():
        execute(f"CREATE TRIGGER {name} {body}")


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _region_pairs() -> dict[str, str]:
    return {name: st.regional_group for st in vocab.states() for name in (st.name, *st.variants)}


def region_rows() -> list[str]:
    """INSERT statements for state_region: every name and spelling of the vocabulary's States, with its regional group."""
    return [f"INSERT OR IGNORE INTO state_region (name, region) VALUES ({_quoted(name)}, {_quoted(region)})"
            for name, region in _region_pairs().items()]


def pg_region_rows() -> str:
    """The same rows in one statement (PostgreSQL)."""
    values = ", ".join(f"({_quoted(name)}, {_quoted(region)})" for name, region in _region_pairs().items())
    return f"INSERT INTO state_region (name, region) VALUES {values} ON CONFLICT DO NOTHING"


class NewRecommendations:
    """The counts of recommendations a bulk import inserts with INSERT_TRIGGERS set aside, gathered as it builds its
    rows and added with one upsert per key (no scan of 100,000 rows in the middle of the transaction).

    New recommendations have no assessment and no assignment yet (status 0, no lead, never assessed); their States
    and regions are counted as the triggers count them (text entries, regions by exact name from state_region).
    """

    def __init__(self, cur: Any) -> None:
        self.regions = dict(cur.execute("SELECT name, region FROM state_region").fetchall())
        # (response, category, States, theme list's id) -> recommendations: one count per row; records share their lists.
        self.own: Counter[tuple[str, int | None, tuple[Any, ...], int]] = Counter()
        self.theme_lists: dict[int, list[int]] = {}

    def add(self, response: str, category: int | None, states: tuple[Any, ...], theme_ids: list[int]) -> None:
        key = (response, category, states, id(theme_ids))
        own = self.own
        own[key] = own.get(key, 0) + 1  # not Counter's += 1: a new key (nearly every row) went through its __missing__
        self.theme_lists[id(theme_ids)] = theme_ids

    def write(self, cur: Any, dialect: str = "sqlite") -> None:
        # Nearly every imported row has its own (response, category, States, themes): the themes and the States are
        # counted once per distinct list first, then spread (it was 0.7 s of a 100,000-row import row by row).
        by_themes: Counter[tuple[int, int]] = Counter()
        by_states: Counter[tuple[int, tuple[Any, ...]]] = Counter()
        by_own: Counter[tuple[str, Any]] = Counter()
        for (response, category, states, themes), n in self.own.items():
            supported = int(response == "supported")
            by_themes[supported, themes] += n
            by_states[supported, states] += n
            by_own[response, category or 0] += n
        counts: Counter[tuple[str, Any, int, int]] = Counter()
        for (supported, themes), n in by_themes.items():
            for theme_id in self.theme_lists[themes]:
                counts["theme", theme_id, 0, supported] += n
        for (response, category), n in by_own.items():
            counts["response", response, 0, 0] += n
            counts["status", "", 0, 0] += n
            counts["category", category, 0, 0] += n
        regions = self.regions
        by_state: Counter[tuple[str, int]] = Counter()
        by_region: Counter[tuple[str, int]] = Counter()
        for (supported, states), n in by_states.items():
            if len(states) == 1:  # the common case, without building lists and sets
                name = states[0]
                if isinstance(name, str):
                    by_state[name, supported] += n
                    by_region[regions.get(name, OTHER_REGION), supported] += n
                continue
            names = [s for s in states if isinstance(s, str)]
            for name in names:
                by_state[name, supported] += n
            for region in {regions.get(name, OTHER_REGION) for name in names}:
                by_region[region, supported] += n
        for (name, supported), n in by_state.items():
            counts["state", name, 0, supported] += n
        for (region, supported), n in by_region.items():
            counts["region", region, 0, supported] += n
        if dialect == "postgresql":  # items are text there, and the upsert names its key
            cur.executemany(f"{_INTO}VALUES (?, ?, ?, ?, ?){_Sql(dialect).add.rstrip(';')}",
                            [(figure, str(item), status, supported, n) for (figure, item, status, supported), n in counts.items()])
            return
        cur.executemany(f"{_INTO}VALUES (?, ?, ?, ?, ?){_ADD.rstrip(';')}", [(*key, n) for key, n in counts.items()])


def read(session: Session, *figures: str) -> dict[str, list[tuple[Any, int, int, int]]]:
    """figure -> [(item, status, supported, n)] for the given figures, counts of 0 left out."""
    found: dict[str, list[tuple[Any, int, int, int]]] = {f: [] for f in figures}
    if not figures:
        return found
    marks = ", ".join("?" for _ in figures)
    for figure, item, status, supported, n in raw_rows(
        session, f"SELECT figure, item, status, supported, n FROM figure_tally WHERE figure IN ({marks}) AND n != 0", figures
    ):
        if isinstance(item, str) and figure in PG_ITEMS_AS_INT:
            item = int(item)  # PostgreSQL keeps every item as text
        found[figure].append((item, status, supported, n))
    return found
