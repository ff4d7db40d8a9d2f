"""What the export form offers: each member group with how many recommendations it is assigned, and the themes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import Assignment, MemberGroup, Theme


@dataclass(frozen=True)
class GroupChoice:
    acronym: str
    name: str
    assigned: int


@dataclass(frozen=True)
class ExportChoices:
    groups: list[GroupChoice]
    themes: list[str]


def export_choices(session: Session) -> ExportChoices:
    assigned = (select(MemberGroup.acronym, MemberGroup.name, func.count(Assignment.id))
                .outerjoin(Assignment, Assignment.group_id == MemberGroup.id)
                .group_by(MemberGroup.id).order_by(MemberGroup.acronym))
    groups = [GroupChoice(a, n, c) for a, n, c in session.execute(assigned)]
    themes = list(session.scalars(select(Theme.name).order_by(Theme.name)))
    return ExportChoices(groups, themes)
