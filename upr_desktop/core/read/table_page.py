"""The Recommendations table's plain data and page reads, with no SQLAlchemy: the app's first screen.

Importing SQLAlchemy and the models costs about a second; the main window and its first rows do
not wait for it. What the table shows (its filter, columns, rows) is defined here, read with plain
DB-API queries; :mod:`upr_desktop.core.read.recommendation_list` builds the rest on top and re-exports these names.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

TABLE_COLUMNS = ("ref", "text", "recommending_states", "response", "themes", "lead_group", "status", "last_assessed")
EXCERPT_CHARS = 160

# Matches the expression index ix_recommendation_ref_sort exactly, so SQLite walks the index.
# CAST takes the leading integer: "115.10" -> 115, then 10 after the dot (0 when there is none).
REF_ORDER = (
    "CAST(recommendation.ref AS INTEGER), "
    "CAST(substr(recommendation.ref, instr(recommendation.ref, '.') + 1) AS INTEGER) * (instr(recommendation.ref, '.') > 0), "
    "recommendation.ref"
)
MIGRATION_SCRIPTS = Path(__file__).resolve().parent.parent / "storage" / "migrations" / "versions"
# The same fingerprint as core.changelog.data_version (a test keeps them equal): the order read
# here can then serve the first answer through core.table_order's cache while the data is unchanged.
DATA_VERSION_SQL = (
    "SELECT (SELECT max(id) FROM operation), (SELECT max(id) FROM change_log), (SELECT max(id) FROM recommendation), "
    "(SELECT max(id) FROM assessment), (SELECT max(id) FROM assignment), (SELECT max(id) FROM consultation), "
    "(SELECT max(id) FROM follow_up_action), (SELECT max(id) FROM merge_batch), (SELECT count(*) FROM recommendation)"
)


@dataclass
class RecommendationFilter:
    search: str | None = None
    responses: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)  # "none" = never assessed
    theme: str | None = None
    group: str | None = None  # acronym
    recommending_state: str | None = None
    action_category: int | None = None
    cycle: int | None = None
    unassigned_only: bool = False
    not_assessed_since: date | None = None
    state_under_review: str | None = None


@dataclass(frozen=True)
class RecommendationRow:
    """One line of the Recommendations table (plain data for the GUI)."""

    id: int
    ref: str
    excerpt: str
    recommending_states: list[str]
    response: str
    themes: list[str]
    lead_group: str | None
    status: str | None
    last_assessed: date | None


@dataclass(frozen=True)
class FilterChoices:
    """What the filter boxes offer: the workspace's groups, themes, recommending States and cycles."""

    groups: list[str]
    themes: list[str]
    recommending_states: list[str]
    cycles: list[int]
    group_names: dict[str, str] = field(default_factory=dict)  # acronym -> the group's name


def page_rows(connection: Any, ids: list[int]) -> list[RecommendationRow]:
    """The table rows for ``ids`` on a DB-API connection, in the order given.

    Values converted as the model's types do: JSON list text, ISO dates.
    """
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    cursor = connection.cursor()
    try:
        themes: dict[int, list[str]] = {}
        for rid, name in cursor.execute(
            "SELECT recommendation_theme.recommendation_id, theme.name FROM recommendation_theme"
            " JOIN theme ON theme.id = recommendation_theme.theme_id"
            f" WHERE recommendation_theme.recommendation_id IN ({marks}) ORDER BY theme.name", ids,
        ):
            themes.setdefault(rid, []).append(name)
        found = cursor.execute(
            f"SELECT id, ref, substr(text, 1, {EXCERPT_CHARS + 1}), recommending_states, response, lead_group,"
            f" current_status, last_assessed_on FROM recommendation WHERE id IN ({marks})", ids,
        ).fetchall()
    finally:
        cursor.close()
    rows = {}
    for rid, ref, head, states, response, lead_group, status, assessed in found:
        head = head or ""
        flat = " ".join(head.split())
        excerpt = flat if len(head) <= EXCERPT_CHARS else flat[:EXCERPT_CHARS].rstrip() + "\u2026"
        rows[rid] = RecommendationRow(
            rid, ref, excerpt, json.loads(states) if states else [], response, themes.get(rid, []), lead_group,
            status, _as_date(assessed),
        )
    return [rows[i] for i in ids if i in rows]


def _as_date(value: Any) -> date | None:
    """A date read raw: ISO text from SQLite, already a date from PostgreSQL."""
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


def ids_by_ref(connection: Any) -> list[int]:
    """Every recommendation id in the table's default order (by ref, ties by id): the index walk."""
    cursor = connection.cursor()
    try:
        return [row[0] for row in cursor.execute(f"SELECT id FROM recommendation ORDER BY {REF_ORDER}, id").fetchall()]
    finally:
        cursor.close()


def newest_schema() -> str:
    """The newest migration script's revision (scripts are named after their revision: ``0004_...``)."""
    return max(name[:4] for name in os.listdir(MIGRATION_SCRIPTS) if name[:4].isdigit() and name.endswith(".py"))


@dataclass(frozen=True)
class FirstScreen:
    """The table's first rows for the window, read before the workspace is fully open."""

    ids: list[int]
    rows: list[RecommendationRow]
    stamp: tuple[Any, ...]  # the data fingerprint the ids were read at


def first_screen(path: Path, page_size: int) -> FirstScreen | None:
    """Read the default order and its first page on a plain connection (reads only); None if in doubt.

    Only for an unprotected workspace already at the newest schema: anything else (a migration to
    run, a damaged or foreign file) is left to the full open, which explains it.
    """
    import sqlite3

    try:
        # Read-only: it runs before the file lock is taken, so it must never create a missing file or
        # write a crashed session's log into the file (the full open does that, locked and checked).
        connection = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != newest_schema():
            return None
        connection.execute("BEGIN")  # one snapshot for the fingerprint and the order
        stamp = tuple(connection.execute(DATA_VERSION_SQL).fetchone())
        ids = ids_by_ref(connection)
        return FirstScreen(ids, page_rows(connection, ids[:page_size]), stamp)
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()
