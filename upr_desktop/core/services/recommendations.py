"""Recommendations typed in by hand (pledges, treaty-body recommendations) and edits to any of them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from upr_desktop.core.services.changelog import check_version
from upr_desktop.core.domain import closed_lists
from upr_desktop.core.services import response_history
from upr_desktop.core.services.changelog import change
from upr_desktop.core.domain.models import (
    ActionRecommendation,
    ConsultationRecommendation,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationLink,
    RecommendationSdg,
    RecommendationTheme,
    ResponseChange,
    utcnow,
)
from upr_desktop.core.services.lookup import (
    recommendation_by_ref,
    require_text,
    theme_by_name,
    workspace_record,
)
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn

EDITABLE = ("ref", "text", "response", "action_category", "recommending_states", "session", "cycle", "theme_cluster", "confidential")


def normalise_states(states: Iterable[str]) -> list[str]:
    from upr_desktop.core.domain import vocab

    out: list[str] = []
    for state in states:
        if not state or not state.strip():
            continue
        canonical, known = vocab.normalise_state(state)
        if not known and vocab.close_state(canonical) is not None:
            # A misspelt State is refused with the name meant; other names (a treaty body, for a pledge) are kept.
            raise UserError(tr("'{name}' is not a State's name.", name=canonical) + vocab.unknown_state_message(canonical))
        if canonical not in out:
            out.append(canonical)
    return out


def cycle_of_session(session_number: int | None) -> int | None:
    """UPR cycles: sessions 1-12 are cycle 1, 13-26 cycle 2, 27-40 cycle 3, 41 on cycle 4."""
    if session_number is None:
        return None
    if session_number < 1:
        raise UserError(tr("'{session}' is not a UPR session number.", session=session_number))
    for cycle, last in ((1, 12), (2, 26), (3, 40)):
        if session_number <= last:
            return cycle
    return 4


def _check_category(value: int | None) -> int | None:
    if value is None:
        return None
    if value not in (1, 2, 3, 4, 5):
        raise UserError(tr("The action category must be a number from 1 to 5, not '{value}'.", value=value))
    return value


def add_recommendation(
    session: Session,
    *,
    ref: str,
    text: str,
    response: str,
    recommending_states: Sequence[str] = (),
    themes: Sequence[str] = (),
    action_category: int | None = None,
    session_number: int | None = None,
    cycle: int | None = None,
    state_under_review: str | None = None,
    actor: str | None = None,
) -> Recommendation:
    ref = require_text(ref, tr("reference"))
    text = require_text(text, tr("recommendation text"))
    response_code = closed_lists.parse(closed_lists.RESPONSES, response)
    if session.scalars(select(Recommendation.id).where(Recommendation.ref == ref)).first() is not None:
        raise UserError(tr("A recommendation with reference '{ref}' already exists.", ref=ref))
    state = state_under_review or workspace_record(session).state_under_review
    with change(session, tr("Add recommendation {ref}", ref=ref), actor=actor) as log:
        rec = Recommendation(
            ref=ref, text=text, response=response_code, state_under_review=state,
            recommending_states=normalise_states(recommending_states),
            action_category=_check_category(action_category), session=session_number,
            cycle=cycle if cycle is not None else cycle_of_session(session_number),
            source_format="manual",
        )
        session.add(rec)
        log.created(rec)
        _link_themes(session, rec, themes, log)
    return rec


def _link_themes(session: Session, rec: Recommendation, names: Iterable[str], log: object) -> None:
    for name in names:
        theme = theme_by_name(session, name, create=True)
        assert theme is not None
        exists = session.scalars(
            select(RecommendationTheme).where(RecommendationTheme.recommendation_id == rec.id, RecommendationTheme.theme_id == theme.id)
        ).first()
        if exists is None:
            link = RecommendationTheme(recommendation_id=rec.id, theme_id=theme.id)
            session.add(link)
            log.created(link)  # type: ignore[attr-defined]


def update_recommendation(session: Session, ref: str, /, *, actor: str | None = None, response_on: date | None = None,
                          expected_version: int | None = None, **fields: object) -> Recommendation:
    """Correct a recommendation; a new response is kept in its response history, dated ``response_on`` (else today).

    A save over a version later than ``expected_version`` (what the editor read) is refused.
    """
    rec = recommendation_by_ref(session, ref)
    check_version(session, rec, expected_version, tr("recommendation {ref}", ref=rec.ref))
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise UserError(tr("Recommendations have no editable field {fields}.", fields=", ".join(sorted(unknown))))
    if "text" in fields:
        fields["text"] = require_text(str(fields["text"]), tr("recommendation text"))
    if "ref" in fields:
        fields["ref"] = require_text(str(fields["ref"]), tr("reference"))
        taken = select(Recommendation.id).where(Recommendation.ref == fields["ref"], Recommendation.id != rec.id)
        if session.scalars(taken).first() is not None:
            raise UserError(tr("A recommendation with reference '{ref}' already exists.", ref=fields["ref"]))
    if "response" in fields:
        fields["response"] = closed_lists.parse(closed_lists.RESPONSES, str(fields["response"]))
    if "action_category" in fields:
        fields["action_category"] = _check_category(fields["action_category"])  # type: ignore[arg-type]
    if "recommending_states" in fields:
        fields["recommending_states"] = normalise_states(fields["recommending_states"])  # type: ignore[arg-type]
    if all(getattr(rec, key) == value for key, value in fields.items()):
        return rec  # nothing to record: no operation for Undo to find
    with change(session, tr("Edit recommendation {ref}", ref=rec.ref), actor=actor) as log:
        changed = False
        old_response = rec.response
        for key, value in fields.items():
            changed |= log.set(rec, key, value)
        if rec.response != old_response:
            response_history.record_change(session, log, rec, old_response, rec.response, changed_on=response_on)
        if changed:
            rec.updated_at = utcnow()
    return rec


def set_themes(session: Session, refs: Sequence[str], themes: Sequence[str], *, replace: bool = False, actor: str | None = None) -> int:
    """Add themes to recommendations (or replace theirs); returns how many links were created."""
    recs = [recommendation_by_ref(session, r) for r in refs]
    if not recs:
        raise UserError(tr("Choose at least one recommendation."))
    with change(session, trn("Set themes on %n recommendations", len(recs)), actor=actor) as log:
        created = 0
        for rec in recs:
            if replace:
                for link in session.scalars(select(RecommendationTheme).where(RecommendationTheme.recommendation_id == rec.id)):
                    log.deleted(link)
                    session.delete(link)
                session.flush()
            before = session.scalar(select(RecommendationTheme.id).where(RecommendationTheme.recommendation_id == rec.id).order_by(RecommendationTheme.id.desc()).limit(1))
            _link_themes(session, rec, themes, log)
            after = session.scalar(select(RecommendationTheme.id).where(RecommendationTheme.recommendation_id == rec.id).order_by(RecommendationTheme.id.desc()).limit(1))
            created += int(after != before)
    return created


def delete_recommendation(session: Session, ref: str, *, actor: str | None = None) -> None:
    rec = recommendation_by_ref(session, ref)
    with change(session, tr("Delete recommendation {ref}", ref=rec.ref), actor=actor) as log:
        # Dependants go first so undo can bring each back.
        for rel in (rec.assignments, rec.assessments):
            for row in list(rel):
                log.deleted(row)
                session.delete(row)
        for link_model in (RecommendationTheme, RecommendationSdg, RecommendationAffectedGroup, ConsultationRecommendation,
                           ActionRecommendation, ResponseChange, RecommendationLink):
            for link in session.scalars(select(link_model).where(link_model.recommendation_id == rec.id)):
                log.deleted(link)
            session.execute(delete(link_model).where(link_model.recommendation_id == rec.id))
        for link in session.scalars(select(RecommendationLink).where(RecommendationLink.predecessor_id == rec.id)):
            log.deleted(link)
        session.execute(delete(RecommendationLink).where(RecommendationLink.predecessor_id == rec.id))
        session.flush()
        log.deleted(rec)
        session.delete(rec)
