"""Bulk work on the recommendations a person selected in a table, named by their ids."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.services import recommendations
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn

CHUNK = 5000  # stay well under SQLite's limit on bound parameters


def recommendations_by_ids(session: Session, ids: Sequence[int]) -> list[Recommendation]:
    if not ids:
        raise UserError(tr("Select at least one recommendation first."))
    found: dict[int, Recommendation] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        found.update((r.id, r) for r in session.scalars(select(Recommendation).where(Recommendation.id.in_(chunk))))
    missing = len(set(ids)) - len(found)
    if missing:
        raise UserError(trn("%n of the selected recommendations no longer exist; refresh the list and try again.", missing))
    return [found[i] for i in dict.fromkeys(ids)]


def set_themes_ids(session: Session, ids: Sequence[int], themes: Sequence[str], *, replace: bool = False) -> int:
    names = [t.strip() for t in themes if t.strip()]
    if not names and not replace:
        raise UserError(tr("Type at least one theme, separated by commas."))
    return recommendations.set_themes(session, [r.uuid for r in recommendations_by_ids(session, ids)], names, replace=replace)
