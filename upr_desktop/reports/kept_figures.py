"""Whole-workspace theme, group and States figures kept between computations; a write makes only what it touched recount.

Recording an assessment changes the status of one recommendation: its themes and its groups are
counted again (a few thousand links at most), the other themes and groups, and the States and
action categories, are kept. What a write touched is read from the change log, which every
service, import, merge and undo writes. Anything else recounts the whole part: a change the
log does not explain (data written outside the services), more changes than are worth sorting
out, or entities whose effect is wider (a recommendation edited, a theme or group renamed).
Nothing is stored in the workspace and nothing is added to writes or imports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from upr_desktop.reports import workspace_figures

THEMES, GROUPS, STATES = "themes", "groups", "states"
COVERAGE = "coverage"  # response, status and coverage counts (kept for one day and window)
# Changes to these never alter the theme, group or States figures.
UNRELATED = frozenset({"consultation", "consultation_recommendation", "follow_up_action", "action_recommendation",
                       "recommendation_sdg", "recommendation_affected_group", "sdg_target", "affected_group",
                       "import_run", "exchange_export", "merge_batch", "merge_conflict"})
MAX_CHANGES = 2000  # beyond this many change-log rows, counting afresh is as quick as sorting them out
EVERYTHING = None  # a plan entry: recount the whole part


@dataclass
class _Kept:
    version: tuple[Any, ...]  # data_version when counted
    figures: Any


@dataclass
class KeptFigures:
    parts: dict[str, _Kept] = field(default_factory=dict)
    recounted: dict[str, str] = field(default_factory=dict)  # part -> "all", "some" or "none" at the last call (tests)

    def get(self, session: Session, part: str, version: tuple[Any, ...]) -> Any:
        """The figures of ``part`` (THEMES, GROUPS or STATES) at ``version`` (the current data_version)."""
        kept = self.parts.get(part)
        todo: set[int] | None = EVERYTHING
        if kept is not None:
            todo = set() if kept.version == version else _stale_keys(session, part, kept.version, version)
        if todo is EVERYTHING:
            figures, how = _count(session, part, None), "all"
        elif todo:
            figures = {k: v for k, v in kept.figures.items() if k not in todo}  # type: ignore[union-attr]
            figures.update(_count(session, part, sorted(todo)))
            how = "some"
        else:
            figures, how = kept.figures, "none"  # type: ignore[union-attr]
        self.parts[part] = _Kept(version, figures)
        self.recounted[part] = how
        return figures


    def coverage(self, session: Session, version: tuple[Any, ...], as_of: date, cutoff: date) -> workspace_figures.Headline:
        """Response, status and coverage counts: when only assessments were added since they were kept, the
        recommendations assessed in the window are counted for those assessments' recommendations only."""
        kept = self.parts.get(COVERAGE)
        if kept is not None and kept.figures[0] == (as_of, cutoff):
            created = set() if kept.version == version else _created_assessments(session, kept.version, version)
            if created is not None:
                head = replace(kept.figures[1], statuses=workspace_figures.status_counts(session))
                head.assessed_recently += _newly_assessed(session, created, as_of, cutoff)
                self.parts[COVERAGE] = _Kept(version, ((as_of, cutoff), head))
                self.recounted[COVERAGE] = "some" if created else "none"
                return head
        head = workspace_figures.headline(session, as_of, cutoff, details=False)
        self.put(COVERAGE, version, ((as_of, cutoff), head))
        return head

    def current(self, session: Session, part: str, version: tuple[Any, ...]) -> bool:
        """Whether ``part`` is kept and nothing written since touched it (get would not count anything)."""
        kept = self.parts.get(part)
        return kept is not None and (kept.version == version or _stale_keys(session, part, kept.version, version) == set())

    def put(self, part: str, version: tuple[Any, ...], figures: Any) -> None:
        """Keep figures counted elsewhere (in the same pass as other figures) for ``version``."""
        self.parts[part] = _Kept(version, figures)
        self.recounted[part] = "all"


def _count(session: Session, part: str, keys: list[int] | None) -> Any:
    if part == THEMES:
        return workspace_figures.theme_figures(session, keys)
    if part == GROUPS:
        return workspace_figures.group_figures(session, keys)
    return workspace_figures.details(session)


def _created_assessments(session: Session, then: tuple[Any, ...], now: tuple[Any, ...]) -> set[int] | None:
    """Ids of the assessments added between ``then`` and ``now``, if nothing else that counts changed (else None)."""
    if (now[1] or 0) <= (then[1] or 0):
        return EVERYTHING
    rows = session.execute(text(
        "SELECT entity, entity_id, op FROM change_log WHERE id > :last ORDER BY id LIMIT :limit"
    ), {"last": then[1] or 0, "limit": MAX_CHANGES + 1}).all()
    if len(rows) > MAX_CHANGES:
        return EVERYTHING
    created: set[int] = set()
    for entity, entity_id, op in rows:
        if entity == "assessment" and op == "create":
            created.add(entity_id)
        elif entity not in UNRELATED and entity not in ("recommendation_theme", "theme"):
            return EVERYTHING
    return created


def _newly_assessed(session: Session, created: set[int], as_of: date, cutoff: date) -> int:
    """Recommendations that an added assessment put in the window and that had no assessment there before."""
    if not created:
        return 0
    ids = ", ".join(str(int(a)) for a in created)
    in_window = "a.recommendation_id = r.id AND a.assessed_on >= :cutoff AND a.assessed_on <= :as_of"
    return int(session.execute(text(
        f"SELECT count(*) FROM recommendation r WHERE r.id IN (SELECT recommendation_id FROM assessment WHERE id IN ({ids})) "
        f"AND EXISTS (SELECT 1 FROM assessment a WHERE {in_window}) "
        f"AND NOT EXISTS (SELECT 1 FROM assessment a WHERE {in_window} AND a.id NOT IN ({ids}))"
    ), {"cutoff": cutoff.isoformat(), "as_of": as_of.isoformat()}).scalar() or 0)


def _stale_keys(session: Session, part: str, then: tuple[Any, ...], now: tuple[Any, ...]) -> set[int] | None:
    """Theme or group ids whose figures may differ between data versions ``then`` and ``now`` (None: all of them)."""
    last_change = then[1] or 0
    if (now[1] or 0) <= last_change:
        return EVERYTHING  # the data changed without the change log (a bulk load, a restore): recount
    rows = session.execute(text(
        "SELECT entity, entity_id, op, field, old_value, new_value FROM change_log WHERE id > :last ORDER BY id LIMIT :limit"
    ), {"last": last_change, "limit": MAX_CHANGES + 1}).all()
    if len(rows) > MAX_CHANGES:
        return EVERYTHING
    assessments: set[int] = set()
    recommendations: set[int] = set()
    for entity, entity_id, _op, field_name, old, new in rows:
        if entity in UNRELATED:
            continue
        if entity == "assessment":  # moves the status of one recommendation: its themes and groups
            if part == STATES:
                continue
            assessments.add(entity_id)
            for value in (old, new):  # a snapshot (create/delete), or the old/new recommendation of a moved one
                found = _recommendation_in(value, field_name)
                if found is EVERYTHING:
                    return EVERYTHING
                recommendations.update(found)
        elif entity in ("assignment", "member_group"):
            if part == GROUPS:
                return EVERYTHING
        elif entity in ("recommendation_theme", "theme"):
            if part == THEMES:
                return EVERYTHING
        else:  # a recommendation itself, or anything this module does not know
            return EVERYTHING
    if not assessments:
        return set()
    ids = ", ".join(str(int(a)) for a in assessments)
    recommendations.update(r for (r,) in session.execute(text(f"SELECT recommendation_id FROM assessment WHERE id IN ({ids})")))
    if not recommendations:
        return set()
    recs = ", ".join(str(int(r)) for r in recommendations)
    if part == THEMES:
        sql = f"SELECT DISTINCT theme_id FROM recommendation_theme WHERE recommendation_id IN ({recs})"
    else:
        sql = f"SELECT DISTINCT group_id FROM assignment WHERE recommendation_id IN ({recs})"
    return {k for (k,) in session.execute(text(sql))}


def _recommendation_in(value: str | None, field_name: str | None) -> set[int] | None:
    """The recommendation ids a change-log value names: a whole-row snapshot, or a recommendation_id field's value."""
    if value is None:
        return set()
    try:
        data = json.loads(value)
    except ValueError:
        return EVERYTHING
    if field_name is None:
        return {int(data["recommendation_id"])} if isinstance(data, dict) and data.get("recommendation_id") is not None else EVERYTHING
    if field_name == "recommendation_id":
        return {int(data)} if data is not None else set()
    return set()  # another field of an assessment that still exists: its recommendation is read from the table
