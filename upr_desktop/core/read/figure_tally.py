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

from collections import Counter
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


def _own(r: str, sign: int) -> str:
    """Add (sign 1) or take away (-1) one recommendation's own figures (not those of its links)."""
    status, supported = STATUS.format(r=r), SUPPORTED.format(r=r)
    rows = (f"'response', {r}.response, 0, 0", f"'status', '', {status}, 0", f"'category', coalesce({r}.action_category, 0), 0, 0")
    states = _STATES_OF.format(r=r)
    return (
        "".join(f"{_INTO}VALUES ({row}, {sign}){_ADD} " for row in rows)
        + f"{_INTO}SELECT 'state', j.value, 0, {supported}, {sign} FROM {states} WHERE j.type = 'text'{_ADD} "
        + f"{_INTO}SELECT 'region', region, 0, {supported}, {sign} FROM (SELECT DISTINCT {_REGION} AS region FROM {states} "
        f"WHERE j.type = 'text') WHERE true{_ADD} "
        + f"{_INTO}SELECT 'lead', '', 0, 0, {sign} WHERE {r}.lead_group IS NOT NULL{_ADD} "
        + f"{_INTO}SELECT 'assessed', {r}.last_assessed_on, 0, 0, {sign} WHERE {r}.last_assessed_on IS NOT NULL{_ADD} "
    )


def _links(r: str, sign: int) -> str:
    """Add or take away the theme and group figures of one recommendation's links, for its status and response."""
    status, supported = STATUS.format(r=r), SUPPORTED.format(r=r)
    return (
        f"{_INTO}SELECT 'theme', theme_id, {status}, {supported}, {sign} FROM recommendation_theme WHERE recommendation_id = {r}.id{_ADD} "
        f"{_INTO}SELECT 'group', group_id, {status}, 0, {sign} FROM assignment WHERE recommendation_id = {r}.id{_ADD} "
    )


def _link(figure: str, column: str, link: str, sign: int) -> str:
    """Add or take away one theme link or assignment, when its recommendation exists (not during its deletion's cascade)."""
    supported = SUPPORTED.format(r="r") if figure == "theme" else "0"
    return (f"{_INTO}SELECT '{figure}', {link}.{column}, {STATUS.format(r='r')}, {supported}, {sign} "
            f"FROM recommendation r WHERE r.id = {link}.recommendation_id{_ADD} ")


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
# The triggers a bulk import of new recommendations and their theme links sets aside (see NewRecommendations).
INSERT_TRIGGERS = ("figure_tally_recommendation_ai", "figure_tally_theme_ai")


def _counts() -> list[str]:
    """Statements counting every recommendation and link into the empty table (the migration's first count)."""
    r = "recommendation"
    states = f"{r}, {_STATES_OF.format(r=r)} WHERE j.type = 'text'"
    return [
        f"{_INTO}SELECT 'state', j.value, 0, {SUPPORTED.format(r=r)}, count(*) FROM {states} GROUP BY 2, 4",
        (f"{_INTO}SELECT 'region', region, 0, supported, count(*) FROM (SELECT DISTINCT {r}.id, {_REGION} AS region, "
         f"{SUPPORTED.format(r=r)} AS supported FROM {states}) GROUP BY 2, 4"),
        f"{_INTO}SELECT 'response', response, 0, 0, count(*) FROM {r} GROUP BY 2",
        f"{_INTO}SELECT 'status', '', {STATUS.format(r=r)}, 0, count(*) FROM {r} GROUP BY 3",
        f"{_INTO}SELECT 'category', coalesce(action_category, 0), 0, 0, count(*) FROM {r} GROUP BY 2",
        f"{_INTO}SELECT 'lead', '', 0, 0, count(*) FROM {r} WHERE lead_group IS NOT NULL GROUP BY 2",
        f"{_INTO}SELECT 'assessed', last_assessed_on, 0, 0, count(*) FROM {r} WHERE last_assessed_on IS NOT NULL GROUP BY 2",
        (f"{_INTO}SELECT 'theme', l.theme_id, {STATUS.format(r='r')}, {SUPPORTED.format(r='r')}, count(*) "
         f"FROM recommendation_theme l JOIN {r} r ON r.id = l.recommendation_id GROUP BY 2, 3, 4"),
        (f"{_INTO}SELECT 'group', l.group_id, {STATUS.format(r='r')}, 0, count(*) "
         f"FROM assignment l JOIN {r} r ON r.id = l.recommendation_id GROUP BY 2, 3"),
    ]


def install(execute: Any) -> None:
    """Create the tables, count what is there, and create the triggers (migration 0006)."""
    for sql in CREATE_TABLES:
        execute(sql)
    for sql in region_rows():
        execute(sql)
    for sql in _counts():
        execute(sql)
    for name, body in TRIGGERS.items():
        execute(f"CREATE TRIGGER {name} {body}")


def region_rows() -> list[str]:
    """INSERT statements for state_region: every name and spelling of the vocabulary's States, with its regional group."""
    def quoted(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    pairs = {name: st.regional_group for st in vocab.states() for name in (st.name, *st.variants)}
    return [f"INSERT OR IGNORE INTO state_region (name, region) VALUES ({quoted(name)}, {quoted(region)})"
            for name, region in pairs.items()]


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
        self.own[response, category, states, id(theme_ids)] += 1
        self.theme_lists[id(theme_ids)] = theme_ids

    def write(self, cur: Any) -> None:
        counts: Counter[tuple[str, Any, int, int]] = Counter()
        for (response, category, states, themes), n in self.own.items():
            supported = int(response == "supported")
            for theme_id in self.theme_lists[themes]:
                counts["theme", theme_id, 0, supported] += n
            counts["response", response, 0, 0] += n
            counts["status", "", 0, 0] += n
            counts["category", category or 0, 0, 0] += n
            names = [s for s in states if isinstance(s, str)]
            for name in names:
                counts["state", name, 0, supported] += n
            for region in {self.regions.get(name, OTHER_REGION) for name in names}:
                counts["region", region, 0, supported] += n
        cur.executemany(f"{_INTO}VALUES (?, ?, ?, ?, ?){_ADD.rstrip(';')}", [(*key, n) for key, n in counts.items()])


def read(session: Session, *figures: str) -> dict[str, list[tuple[Any, int, int, int]]]:
    """figure -> [(item, status, supported, n)] for the given figures, counts of 0 left out."""
    found: dict[str, list[tuple[Any, int, int, int]]] = {f: [] for f in figures}
    marks = ", ".join("?" for _ in figures)
    for figure, item, status, supported, n in raw_rows(
        session, f"SELECT figure, item, status, supported, n FROM figure_tally WHERE figure IN ({marks}) AND n != 0", figures
    ):
        found[figure].append((item, status, supported, n))
    return found
