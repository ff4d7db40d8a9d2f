"""Member groups of the coalition: each with its load, and adding, editing and removing them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from upr_desktop.core.read import group_loads
from upr_desktop.core.read.group_loads import GroupLoad
from upr_desktop.core.services import groups as service
from upr_desktop.core.services.groups import Orphans
from upr_desktop.operations.base import Outcome, reading, situation_day, writing

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile

__all__ = ["Group", "GroupLoad", "Orphans", "add_group", "edit_group", "group_acronyms", "list_groups",
           "removal_impact", "remove_group"]


@dataclass(frozen=True)
class Group:
    id: str  # the group's stable uuid
    acronym: str
    name: str
    region: str | None
    focal_point: str | None
    language: str | None = None  # of its exchange workbooks; None: English


def _group(row: object) -> Group:
    return Group(row.uuid, row.acronym, row.name, row.region, row.focal_point, row.language)  # type: ignore[attr-defined]


def list_groups(ws: WorkspaceFile, cycle: int | None = None) -> list[GroupLoad]:
    """Every member group by acronym, with what is assigned, assessed and overdue on the situation day
    (with ``cycle``: only that UPR cycle's work)."""
    with reading(ws) as session:
        return group_loads.group_loads(session, today=situation_day(ws, session), cycle=cycle)


def group_acronyms(ws: WorkspaceFile) -> list[str]:
    with reading(ws) as session:
        return group_loads.group_acronyms(session)


def add_group(ws: WorkspaceFile, *, name: str, acronym: str, region: str | None = None,
              focal_point: str | None = None, contact_details: str | None = None,
              language: str | None = None) -> Outcome[Group]:
    with writing(ws) as w:
        group = _group(service.add_group(w.session, name=name, acronym=acronym, region=region,
                                         focal_point=focal_point, contact_details=contact_details, language=language))
    return w.outcome(group)


def edit_group(ws: WorkspaceFile, acronym: str, /, **fields: str | None) -> Outcome[Group]:
    """Change a group's name, acronym, region, focal point, contact details or workbook language."""
    with writing(ws) as w:
        group = _group(service.update_group(w.session, acronym, **fields))
    return w.outcome(group)


def removal_impact(ws: WorkspaceFile, acronym: str) -> Orphans:
    """What removing the group would remove (its assignments) and leave without a group."""
    with reading(ws) as session:
        return service.removal_impact(session, acronym)


def remove_group(ws: WorkspaceFile, acronym: str) -> Outcome[Orphans]:
    with writing(ws) as w:
        impact = service.remove_group(w.session, acronym)
    return w.outcome(impact)
