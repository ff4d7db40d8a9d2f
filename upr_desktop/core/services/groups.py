"""Member groups of the coalition: add, edit, remove (saying what removal would orphan)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from upr_desktop.core.services.changelog import change
from upr_desktop.core.domain.models import (
    Assessment,
    Assignment,
    Consultation,
    FollowUpAction,
    MemberGroup,
)
from upr_desktop.core.services.lookup import group_by_acronym, require_text
from upr_desktop.errors import UserError
from upr_desktop.i18n import normalise_language, tr

EDITABLE = ("name", "acronym", "region", "focal_point", "contact_details", "language")


def _check_acronym(session: Session, acronym: str, *, except_id: int | None = None) -> str:
    acronym = require_text(acronym, tr("acronym"))
    if len(acronym) > 30 or any(ch.isspace() for ch in acronym):
        raise UserError(tr("The acronym '{acronym}' must be one word of at most 30 characters.", acronym=acronym))
    clash = session.scalars(select(MemberGroup).where(func.lower(MemberGroup.acronym) == acronym.lower())).first()
    if clash is not None and clash.id != except_id:
        raise UserError(tr("A member group with acronym '{acronym}' already exists ({name}).", acronym=acronym, name=clash.name))
    return acronym


def _check_language(language: str | None) -> str | None:
    """A group's workbook language: a shipped one ('fr', 'FR', 'fr-FR' -> 'fr'), or None for none set."""
    if not (language or "").strip():
        return None
    return normalise_language(language)


def add_group(
    session: Session,
    *,
    name: str,
    acronym: str,
    region: str | None = None,
    focal_point: str | None = None,
    contact_details: str | None = None,
    language: str | None = None,
    actor: str | None = None,
) -> MemberGroup:
    name = require_text(name, tr("group name"))
    acronym = _check_acronym(session, acronym)
    language = _check_language(language)
    with change(session, tr("Add member group {acronym}", acronym=acronym), actor=actor) as log:
        group = MemberGroup(
            name=name, acronym=acronym, region=(region or "").strip() or None,
            focal_point=(focal_point or "").strip() or None, contact_details=contact_details or None,
            language=language,
        )
        session.add(group)
        log.created(group)
    return group


def update_group(session: Session, acronym: str, /, *, actor: str | None = None, **fields: str | None) -> MemberGroup:
    group = group_by_acronym(session, acronym)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise UserError(tr("Member groups have no field {fields}.", fields=", ".join(sorted(unknown))))
    if "name" in fields:
        fields["name"] = require_text(fields["name"], tr("group name"))
    if "acronym" in fields:
        fields["acronym"] = _check_acronym(session, fields["acronym"] or "", except_id=group.id)
    if "language" in fields:
        fields["language"] = _check_language(fields["language"])
    with change(session, tr("Edit member group {acronym}", acronym=group.acronym), actor=actor) as log:
        for key, value in fields.items():
            log.set(group, key, (value.strip() or None) if isinstance(value, str) and key != "contact_details" else value)
    return group


@dataclass(frozen=True)
class Orphans:
    """What removing a group would leave without an owner."""

    assignments: int
    assessments: int
    consultations: int
    actions: int

    def describe(self) -> str:
        return tr(
            "{assignments} assignments will be removed; {assessments} assessments, {consultations} consultations "
            "and {actions} follow-up actions will keep their content but lose their group.",
            assignments=self.assignments, assessments=self.assessments,
            consultations=self.consultations, actions=self.actions,
        )


def removal_impact(session: Session, acronym: str) -> Orphans:
    group = group_by_acronym(session, acronym)

    def count(model: type, column: object) -> int:
        return int(session.scalar(select(func.count()).select_from(model).where(column == group.id)) or 0)

    return Orphans(
        assignments=count(Assignment, Assignment.group_id),
        assessments=count(Assessment, Assessment.group_id),
        consultations=count(Consultation, Consultation.group_id),
        actions=count(FollowUpAction, FollowUpAction.group_id),
    )


def remove_group(session: Session, acronym: str, *, actor: str | None = None) -> Orphans:
    group = group_by_acronym(session, acronym)
    impact = removal_impact(session, acronym)
    with change(session, tr("Remove member group {acronym}", acronym=group.acronym), actor=actor) as log:
        for assignment in session.scalars(select(Assignment).where(Assignment.group_id == group.id)):
            log.deleted(assignment)
            session.delete(assignment)
        for model in (Assessment, Consultation, FollowUpAction):
            for row in session.scalars(select(model).where(model.group_id == group.id)):  # type: ignore[attr-defined]
                log.set(row, "group_id", None)
        session.flush()
        log.deleted(group)
        session.delete(group)
    return impact


def list_groups(session: Session) -> list[MemberGroup]:
    return list(session.scalars(select(MemberGroup).order_by(MemberGroup.acronym)))
