"""Consultations with government and the follow-up actions that come out of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.services.changelog import check_version
from upr_desktop.core.domain import closed_lists
from upr_desktop.core.domain.models import (
    ActionRecommendation,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
)
from upr_desktop.core.services.changelog import ChangeRecorder, change
from upr_desktop.core.services.lookup import (
    group_by_acronym,
    parse_date,
    recommendations_by_refs,
    require_text,
)
from upr_desktop.errors import NotFound, UserError
from upr_desktop.i18n import tr

CONSULTATION_FIELDS = (
    "held_on", "government_body", "kind", "coalition_participants", "government_participants",
    "summary", "commitments", "confidential",
)
ACTION_FIELDS = ("description", "due_date", "status", "confidential")
KEEP = object()  # ``group=KEEP``: leave the owner group as it is (None removes it)


def consultation_by_id(session: Session, consultation_id: int) -> Consultation:
    row = session.get(Consultation, consultation_id)
    if row is None:
        raise NotFound(tr("This consultation no longer exists (it may have been undone or deleted)."))
    return row


def action_by_id(session: Session, action_id: int) -> FollowUpAction:
    row = session.get(FollowUpAction, action_id)
    if row is None:
        raise NotFound(tr("This follow-up action no longer exists (it may have been undone or deleted)."))
    return row


def held_on_date(value: date | str | None, *, today: date | None = None) -> date:
    """A consultation's date: given, valid, and not after today (the real calendar, as for assessments:
    a consultation is logged once it has taken place)."""
    when = parse_date(value, what=tr("consultation date"))
    if when is None:
        raise UserError(tr("A consultation needs a date (--date YYYY-MM-DD)."))
    if when > (today or date.today()):
        raise UserError(tr("The consultation date {date} is in the future. Log a consultation once it has taken place.",
                           date=when.isoformat()))
    return when


def _link(session: Session, log: ChangeRecorder, model: type, owner_field: str, owner_id: int, refs: Sequence[str]) -> None:
    for rec in recommendations_by_refs(session, refs):
        exists = session.scalars(
            select(model).where(getattr(model, owner_field) == owner_id, model.recommendation_id == rec.id)  # type: ignore[attr-defined]
        ).first()
        if exists is None:
            link = model(**{owner_field: owner_id, "recommendation_id": rec.id})
            session.add(link)
            log.created(link)


def log_consultation(
    session: Session,
    *,
    held_on: date | str,
    government_body: str,
    kind: str,
    refs: Sequence[str] = (),
    group: str | None = None,
    coalition_participants: str | None = None,
    government_participants: str | None = None,
    summary: str | None = None,
    commitments: str | None = None,
    confidential: bool = False,
    actor: str | None = None,
    uuid: str | None = None,
    today: date | None = None,
) -> Consultation:
    when = held_on_date(held_on, today=today)
    body = require_text(government_body, tr("government body"))
    kind_code = closed_lists.parse(closed_lists.CONSULTATION_KINDS, kind)
    owner = group_by_acronym(session, group) if group else None
    recommendations_by_refs(session, refs)  # validate before writing anything
    with change(session, tr("Log consultation with {body} on {date}", body=body, date=when.isoformat()), actor=actor) as log:
        row = Consultation(
            held_on=when, government_body=body, kind=kind_code, group_id=owner.id if owner else None,
            coalition_participants=coalition_participants or None,
            government_participants=government_participants or None,
            summary=summary or None, commitments=commitments or None, confidential=confidential,
        )
        if uuid:
            row.uuid = uuid
        session.add(row)
        log.created(row)
        _link(session, log, ConsultationRecommendation, "consultation_id", row.id, refs)
    return row


def excerpt_of(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def update_consultation(session: Session, consultation: Consultation, *, actor: str | None = None, refs: Sequence[str] | None = None,
                        group: str | None | object = KEEP, today: date | None = None, expected_version: int | None = None,
                        **fields: object) -> Consultation:
    """Change the given fields; ``group`` an acronym, or None to leave the consultation without a group.

    ``expected_version``: the version the editor read (``changelog.record_version``); a save over a later one is refused.
    """
    check_version(session, consultation, expected_version, tr("the consultation with {body}", body=consultation.government_body))
    unknown = set(fields) - set(CONSULTATION_FIELDS)
    if unknown:
        raise UserError(tr("Consultations have no field {fields}.", fields=", ".join(sorted(unknown))))
    if "held_on" in fields:
        fields["held_on"] = held_on_date(fields["held_on"], today=today)  # type: ignore[arg-type]
    if group is not KEEP:
        fields["group_id"] = group_by_acronym(session, str(group)).id if group else None
    if "government_body" in fields:
        fields["government_body"] = require_text(str(fields["government_body"]), tr("government body"))
    if "kind" in fields:
        fields["kind"] = closed_lists.parse(closed_lists.CONSULTATION_KINDS, str(fields["kind"]))
    if refs is not None:
        wanted = {r.id for r in recommendations_by_refs(session, refs)}
    with change(session, tr("Edit consultation with {body}", body=consultation.government_body), actor=actor) as log:
        for key, value in fields.items():
            log.set(consultation, key, value)
        if refs is not None:
            for link in session.scalars(select(ConsultationRecommendation).where(ConsultationRecommendation.consultation_id == consultation.id)):
                if link.recommendation_id not in wanted:
                    log.deleted(link)
                    session.delete(link)
            session.flush()
            _link(session, log, ConsultationRecommendation, "consultation_id", consultation.id, refs)
    return consultation


def delete_consultation(session: Session, consultation: Consultation, *, actor: str | None = None) -> None:
    with change(session, tr("Delete consultation with {body}", body=consultation.government_body), actor=actor) as log:
        for link in session.scalars(select(ConsultationRecommendation).where(ConsultationRecommendation.consultation_id == consultation.id)):
            log.deleted(link)
            session.delete(link)
        for action in session.scalars(select(FollowUpAction).where(FollowUpAction.consultation_id == consultation.id)):
            log.set(action, "consultation_id", None)
        session.flush()
        log.deleted(consultation)
        session.delete(consultation)


def add_action(
    session: Session,
    *,
    description: str,
    group: str | None = None,
    due_date: date | str | None = None,
    status: str = "open",
    consultation: Consultation | None = None,
    refs: Sequence[str] = (),
    confidential: bool = False,
    actor: str | None = None,
    uuid: str | None = None,
) -> FollowUpAction:
    text = require_text(description, tr("action"))
    owner = group_by_acronym(session, group) if group else None
    due = parse_date(due_date, what=tr("due date"))
    status_code = closed_lists.parse(closed_lists.ACTION_STATUSES, status)
    recommendations_by_refs(session, refs)
    with change(session, tr("Add follow-up action"), actor=actor) as log:
        row = FollowUpAction(
            description=text, group_id=owner.id if owner else None, due_date=due, status=status_code,
            consultation_id=consultation.id if consultation else None, confidential=confidential,
        )
        if uuid:
            row.uuid = uuid
        session.add(row)
        log.created(row)
        _link(session, log, ActionRecommendation, "action_id", row.id, refs)
    return row


def update_action(session: Session, action: FollowUpAction, *, actor: str | None = None, refs: Sequence[str] | None = None,
                  group: str | None | object = KEEP, expected_version: int | None = None, **fields: object) -> FollowUpAction:
    """Change the given fields; ``group`` an acronym, or None to leave the action without a group.

    ``expected_version``: the version the editor read; a save over a later one is refused (changelog.check_version).
    """
    check_version(session, action, expected_version, tr("the follow-up action \"{action}\"", action=excerpt_of(action.description)))
    unknown = set(fields) - set(ACTION_FIELDS)
    if unknown:
        raise UserError(tr("Follow-up actions have no field {fields}.", fields=", ".join(sorted(unknown))))
    if "description" in fields:
        fields["description"] = require_text(str(fields["description"]), tr("action"))
    if "due_date" in fields:
        fields["due_date"] = parse_date(fields["due_date"], what=tr("due date"))  # type: ignore[arg-type]
    if "status" in fields:
        fields["status"] = closed_lists.parse(closed_lists.ACTION_STATUSES, str(fields["status"]))
    if group is not KEEP:
        fields["group_id"] = group_by_acronym(session, str(group)).id if group else None
    if refs is not None:
        wanted = {r.id for r in recommendations_by_refs(session, refs)}
    with change(session, tr("Edit follow-up action"), actor=actor) as log:
        for key, value in fields.items():
            log.set(action, key, value)
        if refs is not None:
            for link in session.scalars(select(ActionRecommendation).where(ActionRecommendation.action_id == action.id)):
                if link.recommendation_id not in wanted:
                    log.deleted(link)
                    session.delete(link)
            session.flush()
            _link(session, log, ActionRecommendation, "action_id", action.id, refs)
    return action


def delete_action(session: Session, action: FollowUpAction, *, actor: str | None = None) -> None:
    with change(session, tr("Delete follow-up action"), actor=actor) as log:
        for link in session.scalars(select(ActionRecommendation).where(ActionRecommendation.action_id == action.id)):
            log.deleted(link)
            session.delete(link)
        session.flush()
        log.deleted(action)
        session.delete(action)
