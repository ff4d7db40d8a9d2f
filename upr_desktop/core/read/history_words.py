"""A recommendation's change history in people's words, never ids or column names.

"Status set to Partially implemented by FEW on 19 Sep 2025 (merged from FEW's return of 2 Oct 2025)".
One change-log row becomes one :class:`Wording`: a sentence whose groups, themes and labels are named
here and whose dates the caller writes (the app in the chosen locale, a test in ISO), so this module
holds the one rule for every screen that shows history.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from upr_desktop.core.domain.closed_lists import LABEL_CONTEXT, label_of
from upr_desktop.core.domain.vocab import theme_translated
from upr_desktop.i18n import tr, tr_noop

SHORT_TEXT = 60  # a changed text longer than this is shown cut, with "…"


@dataclass(frozen=True)
class Names:
    """What ids in the change log stand for: groups and themes by id, returns by the merge that read them."""

    groups: Mapping[int, str] = field(default_factory=dict)  # member group id -> acronym
    themes: Mapping[int, str] = field(default_factory=dict)  # theme id -> name
    returns: Mapping[int, tuple[str, date]] = field(default_factory=dict)  # merge operation id -> (group, merged on)
    batches: Mapping[int, tuple[str, date]] = field(default_factory=dict)  # merge batch id -> (group, merged on)
    rows: Mapping[tuple[str, int], int | None] = field(default_factory=dict)  # (assignment|assessment, id) -> group id


@dataclass(frozen=True)
class Wording:
    """A sentence to show: an English template (translated when rendered) and its values."""

    template: str
    values: tuple[tuple[str, Any], ...] = ()

    def render(self, write_date: Callable[[date], str] = date.isoformat) -> str:
        """The sentence in the app's language, dates written by ``write_date``."""
        values = {key: _rendered(value, write_date) for key, value in self.values}
        return tr(self.template, **values) if values else tr(self.template)


def _rendered(value: Any, write_date: Callable[[date], str]) -> Any:
    if isinstance(value, Wording):
        return value.render(write_date)
    if isinstance(value, datetime):
        return write_date(value.date())
    if isinstance(value, date):
        return write_date(value)
    return value


def _words(template: str, **values: Any) -> Wording:
    return Wording(template, tuple(values.items()))


# -- fields, in people's words -----------------------------------------------------------------------
_FIELDS: dict[str, dict[str, str]] = {
    "recommendation": {
        "ref": tr_noop("Reference"), "text": tr_noop("Text"), "response": tr_noop("Response"),
        "recommending_states": tr_noop("Recommending States"), "action_category": tr_noop("Action category"),
        "session": tr_noop("Session"), "cycle": tr_noop("Cycle"), "theme_cluster": tr_noop("Theme cluster"),
        "state_under_review": tr_noop("State under Review"), "source_document": tr_noop("Source document"),
        "source_note": tr_noop("Source note"), "confidential": tr_noop("Confidential"),
    },
    "assessment": {
        "status": tr_noop("Assessment status"), "assessed_on": tr_noop("Assessment date"),
        "evidence": tr_noop("Assessment evidence"), "sources": tr_noop("Assessment sources"),
        "comment": tr_noop("Assessment comment"), "group_id": tr_noop("Assessing group"),
        "confidential": tr_noop("Confidential assessment"),
    },
    "assignment": {"role": tr_noop("Role"), "due_date": tr_noop("Due date"), "note": tr_noop("Assignment note")},
}
_CODED = {"response", "status", "role", "action_category"}  # values that are closed-list codes


def _field_name(entity: str, name: str | None) -> str:
    return _FIELDS.get(entity, {}).get(name or "", tr_noop("Details"))


def _value(entity: str, name: str | None, value: Any, names: Names) -> Any:
    """One stored value as people say it: a label, a name, a date, a short text."""
    if value is None or value == "" or value == []:
        return _words(tr_noop("nothing"))
    if name in _CODED:
        return _label(value)
    if name == "group_id":
        return names.groups.get(value, _words(tr_noop("a group since removed")))
    if name in ("assessed_on", "due_date") and isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, bool):
        return _words(tr_noop("yes")) if value else _words(tr_noop("no"))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text if len(text) <= SHORT_TEXT else text[: SHORT_TEXT - 1].rstrip() + "\u2026"


def _label(code: Any) -> str:
    return tr(label_of(code), LABEL_CONTEXT)


def _load(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


# -- one change -----------------------------------------------------------------------------------------
def describe(entity: str, op: str, field_name: str | None, old_value: str | None, new_value: str | None,
             entity_id: int, names: Names) -> Wording:
    """What one change-log row did, in a sentence (without where it came from: see :func:`origin`)."""
    old, new = _load(old_value), _load(new_value)
    row = new if op == "create" else old
    row = row if isinstance(row, dict) else {}
    group = _group(entity, entity_id, row, names)
    if entity == "assessment" and op != "update":
        status, on = _label(row.get("status")), _value(entity, "assessed_on", row.get("assessed_on"), names)
        if op == "create":
            if group is None:
                return _words(tr_noop("Status set to {status} by the coalition on {date}"), status=status, date=on)
            return _words(tr_noop("Status set to {status} by {group} on {date}"), status=status, group=group, date=on)
        if group is None:
            return _words(tr_noop("The coalition's assessment of {date} removed ({status})"), status=status, date=on)
        return _words(tr_noop("{group}'s assessment of {date} removed ({status})"), status=status, group=group, date=on)
    if entity == "assignment" and op != "update":
        who = group or _words(tr_noop("a group since removed"))
        if op == "delete":
            return _words(tr_noop("Assignment to {group} removed"), group=who)
        role, due = _label(row.get("role") or "lead"), row.get("due_date")
        if due:
            return _words(tr_noop("Assigned to {group} as {role}, due {date}"), group=who, role=role,
                          date=_value(entity, "due_date", due, names))
        return _words(tr_noop("Assigned to {group} as {role}"), group=who, role=role)
    if entity == "recommendation_theme":
        theme = names.themes.get(row.get("theme_id"))
        theme = theme_translated(theme, lambda context, text: tr(text, context)) if theme else _words(tr_noop("a theme since removed"))
        if op == "create":
            return _words(tr_noop("Theme {theme} added"), theme=theme)
        return _words(tr_noop("Theme {theme} removed"), theme=theme)
    if entity == "recommendation" and op == "create":
        return _words(tr_noop("Recommendation added"))
    if entity == "recommendation" and op == "delete":
        return _words(tr_noop("Recommendation removed"))
    what: Any = _words(_field_name(entity, field_name))
    if entity == "assignment" and group is not None:
        what = _words(tr_noop("{field} of {group}"), field=what, group=group)
    if old in (None, "", []):
        return _words(tr_noop("{field} set to \u201c{new}\u201d"), field=what, new=_value(entity, field_name, new, names))
    if new in (None, "", []):
        return _words(tr_noop("{field} cleared (was \u201c{old}\u201d)"), field=what, old=_value(entity, field_name, old, names))
    return _words(tr_noop("{field} changed from \u201c{old}\u201d to \u201c{new}\u201d"), field=what,
                  old=_value(entity, field_name, old, names), new=_value(entity, field_name, new, names))


def _group(entity: str, entity_id: int, row: dict[str, Any], names: Names) -> str | Wording | None:
    if entity not in ("assessment", "assignment"):
        return None
    group_id = row.get("group_id") if "group_id" in row else names.rows.get((entity, entity_id))
    return None if group_id is None else names.groups.get(group_id, _words(tr_noop("a group since removed")))


def origin(source: str, operation_id: int, names: Names) -> Wording | None:
    """Where a change came from, when not typed here: a member's return, an import, Undo; None for local edits."""
    kind, _, detail = source.partition(":")
    if kind == "merge":
        found = names.returns.get(operation_id)
        if found:
            return _words(tr_noop("merged from {group}'s return of {date}"), group=found[0], date=found[1])
        return _words(tr_noop("merged from {file}"), file=detail)
    if kind == "conflict":
        file, _, batch = detail.rpartition("#merge-")
        found = names.batches.get(int(batch)) if batch.isdigit() else None
        if found:
            return _words(tr_noop("conflict in {group}'s return of {date}, decided here"), group=found[0], date=found[1])
        return _words(tr_noop("conflict in {file}, decided here"), file=file or detail)
    if kind == "import":
        return _words(tr_noop("imported from {file}"), file=detail)
    if kind == "undo":
        return _words(tr_noop("undone"))
    if kind == "redo":
        return _words(tr_noop("redone"))
    if kind == "demo":
        return _words(tr_noop("demo data"))
    return None


def sentence(entity: str, op: str, field_name: str | None, old_value: str | None, new_value: str | None,
             entity_id: int, source: str, operation_id: int, names: Names) -> Wording:
    """The whole sentence the History tab shows for one change: what, and where it came from."""
    what = describe(entity, op, field_name, old_value, new_value, entity_id, names)
    where = origin(source, operation_id, names)
    return what if where is None else _words(tr_noop("{change} ({origin})"), change=what, origin=where)
