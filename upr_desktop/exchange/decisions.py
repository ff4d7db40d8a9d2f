"""Decisions on merge conflicts, given with the merge: deciding and merging are then one transaction.

A decision names a conflict the way the merge preview shows it, and says what to keep:

- where it is in the returned workbook: ``file`` (a path or just the file name; optional when only
  one file could have it), ``sheet``, ``cell`` and ``field``;
- or the recommendation's ``ref`` and the ``field`` (optionally with ``file``);
- ``take``: ``ours`` (keep the workspace's value), ``theirs`` (take the group's) or ``edited`` with a
  ``value`` (typed as in the workbook: a status label or code, a date, text).

A decision that matches no conflict of the files being merged is an error (the preview it was made
from is out of date), as is one that contradicts another decision on the same conflict. The JSON
file the command line reads (``merge FILE... --decide decisions.json``)::

    {"decisions": [
      {"file": "WRN-return.xlsx", "sheet": "Recommendations", "cell": "F2", "field": "status", "take": "theirs"},
      {"ref": "115.2", "field": "evidence", "take": "edited", "value": "Plan adopted in May (confirmed)"},
      {"ref": "115.3", "field": "status", "take": "ours"}
    ]}

(a bare list of decisions is accepted too). The conflicts of ``merge --dry-run --json`` have these
keys already: add ``take`` (and ``value``) to the ones to decide.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from upr_desktop.errors import UserError
from upr_desktop.exchange import layout
from upr_desktop.exchange.merge_plan import FieldConflict, FilePlan
from upr_desktop.i18n import tr

TAKES = ("ours", "theirs", "edited")
_KEYS = {"file", "sheet", "cell", "ref", "field", "take", "value"}


@dataclass(frozen=True)
class Decision:
    """What to keep for the conflicts it names (see the module's documentation)."""

    take: str
    field: str
    value: str | None = None
    file: str | None = None
    sheet: str | None = None
    cell: str | None = None
    ref: str | None = None
    source: str = ""  # where it was given, for messages ("decisions.json, decision 3")

    def matches(self, plan: FilePlan, conflict: FieldConflict) -> bool:
        if conflict.field != self.field:
            return False
        if self.file is not None and not _same_file(self.file, plan.file):
            return False
        if self.sheet is not None and not _same_sheet(self.sheet, conflict.sheet):
            return False
        if self.cell is not None and conflict.cell.upper() != self.cell.upper():
            return False
        return self.ref is None or conflict.ref == self.ref

    def names(self) -> str:
        """The conflict it names, as a person would say it."""
        where = f"{self.sheet}!{self.cell}" if self.sheet and self.cell else (self.ref or "")
        return " ".join(p for p in (self.file and Path(self.file).name, where, self.field) if p)


def _same_sheet(given: str, sheet: str) -> bool:
    """The sheet as the returned workbook shows it, in whatever language it went out in ("Recommandations")."""
    return layout.header_key(given) in (layout.header_key(sheet), *layout.sheet_aliases(sheet))


def _same_file(given: str, planned: str) -> bool:
    if given == planned:
        return True
    given_path, planned_path = Path(given).expanduser(), Path(planned)
    if given_path.name != planned_path.name:
        return False
    if len(given_path.parts) == 1:  # only a file name
        return True
    try:
        return given_path.resolve() == planned_path.resolve()
    except OSError:
        return False


@dataclass
class Decisions:
    """The decisions given with one merge; remembers which were used."""

    items: list[Decision] = field(default_factory=list)
    _used: set[int] = field(default_factory=set, repr=False)

    def __bool__(self) -> bool:
        return bool(self.items)

    def for_conflict(self, plan: FilePlan, conflict: FieldConflict) -> Decision | None:
        found = [(i, d) for i, d in enumerate(self.items) if d.matches(plan, conflict)]
        if not found:
            return None
        first = found[0][1]
        for _i, other in found[1:]:
            if (other.take, other.value) != (first.take, first.value):
                raise UserError(tr("{first} and {other} decide the same conflict ({file} {sheet}!{cell} {field}) differently; keep one.",
                                   first=first.source, other=other.source, file=plan.name, sheet=conflict.sheet,
                                   cell=conflict.cell, field=conflict.field))
        self._used.update(i for i, _d in found)
        return first

    def check_all_used(self) -> None:
        """Refuse decisions that matched no conflict: they were made from a preview that no longer holds."""
        for index, decision in enumerate(self.items):
            if index not in self._used:
                raise UserError(tr("{source} ({conflict}) matches no conflict of the files being merged: the files or the workspace changed "
                                   "since the preview. Preview the merge again (upr-desktop merge --dry-run) and check the decisions.",
                                   source=decision.source, conflict=decision.names()))


def decision(take: str, field: str, *, value: str | None = None, file: str | None = None, sheet: str | None = None,
             cell: str | None = None, ref: str | None = None, source: str = "") -> Decision:
    """A checked decision (UserError naming ``source`` when it cannot be one)."""
    where = source or tr("A decision")
    if take not in TAKES:
        raise UserError(tr("{where}: 'take' must be ours, theirs or edited, not '{take}'.", where=where, take=take))
    if not field:
        raise UserError(tr("{where}: name the conflict's 'field' (status, evidence, due_date...).", where=where))
    if take == "edited" and value is None:
        raise UserError(tr("{where}: an edited decision needs the 'value' to keep.", where=where))
    if not (ref or (sheet and cell)):
        raise UserError(tr("{where}: name the conflict by 'sheet' and 'cell', or by 'ref'.", where=where))
    return Decision(take, field, value if take == "edited" else None, file, sheet, cell, ref, where)


def parse_decisions(data: Any, source: str) -> Decisions:
    """Decisions from JSON data (a list, or an object with a "decisions" list); ``source`` names the file."""
    items = data.get("decisions") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise UserError(tr("{file}: expected a list of decisions, or an object with a \"decisions\" list.", file=source))
    found = []
    for number, item in enumerate(items, start=1):
        where = tr("{file}, decision {number}", file=source, number=number)
        if not isinstance(item, dict):
            raise UserError(tr("{where}: each decision is an object such as {example}.", where=where,
                               example='{"ref": "115.2", "field": "status", "take": "theirs"}'))
        unknown = sorted(set(item) - _KEYS - {"base", "ours", "theirs", "decision"})
        if unknown:
            raise UserError(tr("{where}: unknown key(s) {keys}; a decision has file, sheet, cell, ref, field, take and value.",
                               where=where, keys=", ".join(unknown)))
        text = {k: (None if item.get(k) is None else str(item[k])) for k in _KEYS}
        found.append(decision(text["take"] or "", text["field"] or "", value=text["value"], file=text["file"],
                              sheet=text["sheet"], cell=text["cell"], ref=text["ref"], source=where))
    return Decisions(found)


def load_decisions(path: str | Path) -> Decisions:
    """Decisions from a JSON file (see the module's documentation for its shape)."""
    path = Path(path).expanduser()
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(tr("Cannot read the decisions file {file}: {reason}", file=path, reason=exc.strerror or exc)) from None
    except ValueError as exc:
        raise UserError(tr("{file} is not valid JSON ({reason}); see the README for the decisions file.", file=path.name, reason=exc)) from None
    return parse_decisions(data, path.name)


def of(items: Iterable[Decision] | Decisions | None) -> Decisions:
    if isinstance(items, Decisions):
        return items
    return Decisions(list(items or ()))


__all__ = ["TAKES", "Decision", "Decisions", "decision", "load_decisions", "of", "parse_decisions"]
