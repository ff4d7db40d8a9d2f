"""Finding the records a user names: a recommendation by ref, a group by acronym, a date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import MemberGroup, Recommendation, Theme, Workspace
from upr_desktop.errors import NotFound, UserError
from upr_desktop.i18n import tr


def workspace_record(session: Session) -> Workspace:
    ws = session.scalars(select(Workspace)).first()
    if ws is None:
        raise UserError(tr("This file has no workspace record."))
    return ws


def recommendation_by_ref(session: Session, ref: str) -> Recommendation:
    ref = (ref or "").strip()
    found = session.scalars(select(Recommendation).where(Recommendation.ref == ref).limit(3)).all()
    if not found:
        found = session.scalars(select(Recommendation).where(Recommendation.uuid == ref).limit(1)).all()
    if not found:
        raise NotFound(tr("No recommendation with reference '{ref}'. List them with: upr-desktop recommendations list", ref=ref))
    if len(found) > 1:
        ours = workspace_record(session).state_under_review
        mine = [r for r in found if r.state_under_review == ours]
        if len(mine) == 1:
            return mine[0]
        raise UserError(tr("The reference '{ref}' names several recommendations; use its id ({ids}).", ref=ref, ids=", ".join(r.uuid for r in found)))
    return found[0]


def recommendations_by_refs(session: Session, refs: Iterable[str]) -> list[Recommendation]:
    result: list[Recommendation] = []
    seen: set[int] = set()
    missing = []
    for ref in refs:
        ref = ref.strip()
        if not ref:
            continue
        try:
            rec = recommendation_by_ref(session, ref)
        except NotFound:
            missing.append(ref)
            continue
        if rec.id not in seen:
            seen.add(rec.id)
            result.append(rec)
    if missing:
        raise NotFound(tr("Unknown recommendation references: {refs}. Nothing was changed.", refs=", ".join(missing)))
    return result


def split_refs(values: Iterable[str]) -> list[str]:
    """Refs given as repeated options or comma/semicolon-separated lists."""
    out = []
    for value in values:
        for part in value.replace(";", ",").split(","):
            if part.strip():
                out.append(part.strip())
    return out


def group_by_acronym(session: Session, acronym: str) -> MemberGroup:
    acronym = (acronym or "").strip()
    group = session.scalars(select(MemberGroup).where(func.lower(MemberGroup.acronym) == acronym.lower())).first()
    if group is None:
        raise NotFound(tr("No member group with acronym '{acronym}'. List them with: upr-desktop groups list", acronym=acronym)
                       + _group_suggestion(session, acronym))
    return group


def _group_suggestion(session: Session, typed: str) -> str:
    """" Did you mean 'WN'?" from the groups' acronyms and names (a name typed for an acronym finds it too)."""
    from upr_desktop.core.domain.suggest import closest

    by_spelling: dict[str, str] = {}
    for acronym, name in session.execute(select(MemberGroup.acronym, MemberGroup.name)):
        by_spelling.setdefault(acronym, acronym)
        by_spelling.setdefault(name, acronym)
    found = list(dict.fromkeys(by_spelling[s] for s in closest(typed, list(by_spelling))))
    if not found:
        return ""
    shown = [f"'{a}'" for a in found]
    if len(shown) == 1:
        return " " + tr("Did you mean {name}?", name=shown[0])
    return " " + tr("Did you mean {names} or {last}?", names=", ".join(shown[:-1]), last=shown[-1])


def theme_by_name(session: Session, name: str, *, create: bool = False) -> Theme | None:
    name = " ".join((name or "").split())
    if not name:
        raise UserError(tr("A theme needs a name."))
    theme = session.scalars(select(Theme).where(func.lower(Theme.name) == name.lower())).first()
    if theme is None and create:
        theme = Theme(name=name)
        session.add(theme)
        session.flush()
    return theme


def theme_named(session: Session, name: str, *, hint: str = "") -> Theme:
    """The theme a person named, or NotFound with the nearest theme names ("Torture" -> "Torture and other CID treatment")."""
    from upr_desktop.core.domain.suggest import did_you_mean

    theme = theme_by_name(session, name)
    if theme is None:
        names = list(session.scalars(select(Theme.name)))
        raise NotFound(tr("No theme called '{theme}'.", theme=" ".join((name or "").split())) + did_you_mean(name, names) + hint)
    return theme


def parse_date(value: str | date | None, *, what: str = "date") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserError(tr("'{value}' is not a valid {what}; write dates as YYYY-MM-DD, e.g. 2026-10-01.", value=value, what=what)) from None


def require_text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise UserError(tr("The {what} cannot be empty.", what=what))
    return text
