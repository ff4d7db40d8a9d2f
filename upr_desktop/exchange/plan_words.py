"""What a merge plan will do, in words: the one account the workshop scenario prints and the preview's data shows.

The scenario's story of each returned file is written from its merge plan (the preview's own data), never
by hand, so the script a trainer reads cannot promise "an action marked done" while the preview shows
Done -> In progress.
"""

from __future__ import annotations

from collections import Counter

from upr_desktop.core.domain.closed_lists import LABEL_CONTEXT
from upr_desktop.exchange.cells import display
from upr_desktop.exchange.merge_plan import FilePlan
from upr_desktop.i18n import tr, tr_noop, trn

_ADDED = {
    "assessment": lambda n: trn("%n new assessments", n),
    "consultation": lambda n: trn("%n new consultations", n),
    "follow_up_action": lambda n: trn("%n new follow-up actions", n),
}
_FIELDS = {
    "status": tr_noop("status"), "evidence": tr_noop("evidence"), "sources": tr_noop("sources"), "comment": tr_noop("comment"),
    "due_date": tr_noop("due date"), "description": tr_noop("description"), "summary": tr_noop("summary"),
    "commitments": tr_noop("commitments"), "kind": tr_noop("kind"), "government_body": tr_noop("government body"),
    "held_on": tr_noop("date"), "coalition_participants": tr_noop("participants"),
    "government_participants": tr_noop("government participants"), "refs": tr_noop("linked refs"),
}


def _field(name: str) -> str:
    return tr(_FIELDS[name]) if name in _FIELDS else name.replace("_", " ")


def _shown(name: str, value: str | None) -> str:
    """A value as the preview shows it: a closed list's label in the reader's language, other text as written."""
    text = display(name, value)
    if not text:
        return tr("(empty)")
    return tr(text, LABEL_CONTEXT) if name in ("status", "kind") else text


def what_it_adds(plan: FilePlan) -> str:
    """"3 new assessments, 1 new consultation" (empty when it adds nothing)."""
    counts = Counter(a.entity for a in plan.additions)
    return ", ".join(_ADDED[entity](n) if entity in _ADDED else f"{n} {entity}" for entity, n in counts.items())


def changes(plan: FilePlan) -> list[str]:
    """Each field the merge changes, as the preview's Updates tab lists it: what, which field, before -> after."""
    return [tr("{what}: {field} {old} \u2192 {new}", what=u.label, field=_field(u.field), old=_shown(u.field, u.old),
               new=_shown(u.field, u.new)) for u in plan.updates]


def details(plan: FilePlan) -> list[str]:
    """Every line a trainer should expect to see in the preview of ``plan``: changes, conflicts, rejected cells."""
    lines = changes(plan)
    lines += [tr("conflict on {ref} {field}: ours '{ours}' / theirs '{theirs}'", ref=c.ref, field=_field(c.field),
                 ours=_shown(c.field, c.ours), theirs=_shown(c.field, c.theirs)) for c in plan.conflicts]
    lines += [f"{r.sheet}!{r.cell}: {r.reason}" for r in plan.rejected]
    return lines


def summary(plan: FilePlan) -> str:
    """What the file does, in one sentence: what it adds, and how many fields it changes."""
    added = what_it_adds(plan)
    changed = trn("%n fields changed", len(plan.updates)) if plan.updates else ""
    if added and changed:
        return tr("{added}; {changed}", added=added, changed=changed)
    return added or changed or tr("nothing new")
