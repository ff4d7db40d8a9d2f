"""Recommendations: the table's first screen, its filtered and sorted ids and pages of rows, the filter
choices, one recommendation in detail, the command line's list, adding and editing, and themes set on a
selection.

The app's window imports this module before SQLAlchemy is loaded (its first rows are drawn from plain
sqlite3 reads, see :mod:`upr_desktop.core.read.table_page`): the data layer is imported inside each
function, on the worker thread that runs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from upr_desktop.core.domain.closed_lists import ACTION_CATEGORIES, RESPONSES
from upr_desktop.core.read.table_page import (
    TABLE_COLUMNS,
    FilterChoices,
    FirstScreen,
    RecommendationFilter,
    RecommendationRow,
)
from upr_desktop.operations.base import Outcome, reading, writing

if TYPE_CHECKING:
    from upr_desktop.core.read.recommendation_detail import RecommendationDetail
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = [
    "ACTION_CATEGORIES", "RESPONSES", "TABLE_COLUMNS", "FilterChoices", "FirstScreen", "Recommendation",
    "RecommendationFilter", "RecommendationLine", "RecommendationRow", "add_recommendation",
    "edit_recommendation", "filter_choices", "first_screen", "keep_first_screen", "list_recommendations",
    "recommendation_detail", "set_themes", "table_ids", "table_pages", "warm_order", "warm_state_filter",
]


@dataclass(frozen=True)
class Recommendation:
    """A recommendation as added or edited: what the command line reports back."""

    id: str  # the recommendation's stable uuid
    ref: str
    response: str
    recommending_states: list[str]
    version: int = 1  # what an edit passes back to be sure nothing changed in between (--if-version)


@dataclass(frozen=True)
class RecommendationLine:
    """One recommendation in the command line's list."""

    id: str
    ref: str
    response: str
    status: str | None
    text: str
    recommending_states: list[str]
    cycle: int | None = None
    response_history: str = ""  # "pending until 23 Sep 2016, then noted"; empty when the response never changed
    recommended_before: list[str] = field(default_factory=list)  # refs of the confirmed predecessors
    version: int = 1  # the record's version: ``recommendations edit --if-version`` compares it


def _recommendation(row: Any) -> Recommendation:
    return Recommendation(row.uuid, row.ref, row.response, list(row.recommending_states or []), int(row.version or 1))


# -- the table ---------------------------------------------------------------------------------
def first_screen(path: Path, page_size: int) -> FirstScreen | None:
    """The default order and its first page, read with plain sqlite3 before the workspace is open.

    None when in doubt (a protected file, a migration to run): the full open explains those.
    """
    from upr_desktop.core.read.table_page import first_screen as read_first_screen

    return read_first_screen(path, page_size)


def keep_first_screen(ws: WorkspaceFile, screen: FirstScreen) -> None:
    """Keep the order the first screen was read in: the table's first answer need not sort again."""
    from upr_desktop.core.read.table_order import seed_ref_order

    seed_ref_order(ws.engine, screen.stamp, screen.ids)


def table_ids(ws: WorkspaceFile, flt: RecommendationFilter, sort: str = "ref", descending: bool = False,
              first_page: int = 0) -> tuple[list[int], list[RecommendationRow]]:
    """Ids of the recommendations passing ``flt`` in the table's order by ``sort``, and the rows of the
    first ``first_page`` of them (the view starts at the top: no second round trip)."""
    from upr_desktop.core.read.recommendation_list import sorted_ids, table_rows

    with reading(ws) as session:
        ids = sorted_ids(session, flt, sort, descending)
        return ids, table_rows(session, ids[:first_page]) if first_page else []


def table_start(ws: WorkspaceFile, flt: RecommendationFilter, sort: str = "ref", descending: bool = False,
                first_page: int = 100) -> tuple[list[int], list[RecommendationRow], bool]:
    """What the table shows first: as :func:`table_ids`, and whether those ids are all of them.

    On a server a broad search answers with its first ``first_page`` ids only (``False``): the table
    shows them at once and asks :func:`table_ids` for the rest (core/read/recommendation_list.first_ids).
    """
    from upr_desktop.core.read.recommendation_list import first_ids, sorted_ids, table_rows

    with reading(ws) as session:
        first = first_ids(session, flt, sort, descending, first_page)
        if first is not None:
            ids, complete = first
            return ids, table_rows(session, ids[:first_page]), complete
        ids = sorted_ids(session, flt, sort, descending)
        return ids, table_rows(session, ids[:first_page]) if first_page else [], True


def table_pages(ws: WorkspaceFile, pages: dict[int, list[int]]) -> dict[int, list[RecommendationRow]]:
    """The table rows of each page's ids, in the order given."""
    from upr_desktop.core.read.recommendation_list import table_rows

    with reading(ws) as session:
        return {page: table_rows(session, ids) for page, ids in pages.items()}


def filter_choices(ws: WorkspaceFile) -> FilterChoices:
    """What the filter boxes offer: the workspace's groups, themes, recommending States and cycles."""
    from upr_desktop.core.read.recommendation_list import filter_choices as read_choices

    with reading(ws) as session:
        return read_choices(session)


def warm_order(ws: WorkspaceFile, column: str) -> bool:
    """Compute (and keep) the table's order by ``column``, so the first sort by it is quick. Idle work."""
    from upr_desktop.core.read.table_order import ordered_ids

    with reading(ws) as session:
        return bool(ordered_ids(session, column))


def warm_state_filter(ws: WorkspaceFile) -> bool:
    """Build the recommending-State filter's map for the data as it is now. Idle work."""
    from upr_desktop.core.read.state_filter import warm

    with reading(ws) as session:
        warm(session)
        return True


# -- one recommendation, and the command line's list -------------------------------------------------
def recommendation_detail(ws: WorkspaceFile, rec_id: int) -> RecommendationDetail:
    """Everything the detail pane shows: text, assignments, assessments, consultations, change history."""
    from upr_desktop.core.read.recommendation_detail import recommendation_detail as read_detail

    with reading(ws) as session:
        return read_detail(session, rec_id)


def list_recommendations(ws: WorkspaceFile, *, search: str | None = None, limit: int | None = None,
                         cycle: int | None = None) -> list[RecommendationLine]:
    """Recommendations in the order they were added, those matching ``search`` (full text) and of ``cycle`` only,
    with their response history and confirmed predecessors."""
    from upr_desktop.core.read import response_history
    from upr_desktop.core.read.recommendation_list import recommendation_rows
    from upr_desktop.core.read.recommended_before import predecessors

    with reading(ws) as session:
        rows = recommendation_rows(session, search=search, limit=limit, cycle=cycle)
        ids = [r["row_id"] for r in rows]
        steps = response_history.steps_of(session, ids)
        before = predecessors(session, ids)
        return [RecommendationLine(r["id"], r["ref"], r["response"], r["status"], r["text"], list(r["recommending_states"] or []),
                                   r["cycle"], response_history.story(r["response"], steps[r["row_id"]]) if r["row_id"] in steps else "",
                                   [p.earlier.ref for p in before.get(r["row_id"], [])], int(r["version"]))
                for r in rows]


# -- writing -----------------------------------------------------------------------------------
def add_recommendation(ws: WorkspaceFile, *, ref: str, text: str, response: str, recommending_states: Sequence[str] = (),
                       themes: Sequence[str] = (), action_category: int | None = None,
                       session_number: int | None = None) -> Outcome[Recommendation]:
    """A recommendation typed in by hand (a pledge, a treaty body's recommendation); its cycle follows the session."""
    from upr_desktop.core.services import recommendations as service

    with writing(ws) as w:
        added = _recommendation(service.add_recommendation(
            w.session, ref=ref, text=text, response=response, recommending_states=recommending_states, themes=themes,
            action_category=action_category, session_number=session_number,
        ))
    return w.outcome(added)


def edit_recommendation(ws: WorkspaceFile, ref: str, /, *, response_on: str | None = None, expected_version: int | None = None,
                        **fields: Any) -> Outcome[Recommendation]:
    """Change a recommendation's reference, text, response, action category or recommending States.

    A new response is kept in the response history, dated ``response_on`` (YYYY-MM-DD; default today).
    The outcome's changes are empty when every value was already so. ``expected_version``: the version the
    editor read (``Recommendation.version``); when someone changed it since, an EditConflict and nothing saved.
    """
    from upr_desktop.core.services import recommendations as service
    from upr_desktop.core.services.lookup import parse_date
    from upr_desktop.i18n import tr

    day = parse_date(response_on, what=tr("--response-on date"))
    with writing(ws) as w:
        row = service.update_recommendation(w.session, ref, response_on=day, expected_version=expected_version, **fields)
        w.session.flush()
        w.session.refresh(row, ["version"])  # raised by the database (record_versions): read it back
        edited = _recommendation(row)
    return w.outcome(edited)


def set_themes(ws: WorkspaceFile, ids: Sequence[int], themes: Sequence[str], *, replace: bool = False) -> Outcome[int]:
    """Add themes to the selected recommendations (or replace theirs); the result is how many got a new one."""
    from upr_desktop.core.services import selection

    with writing(ws) as w:
        created = selection.set_themes_ids(w.session, ids, themes, replace=replace)
    return w.outcome(created)

