"""Normalising cell values: States, responses, sessions, action categories, themes, SDGs and affected persons."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from upr_desktop.core.domain import closed_lists, vocab
from upr_desktop.core.services.recommendations import cycle_of_session
from upr_desktop.i18n import tr
from upr_desktop.importers.readers import cell_text

_SESSION = re.compile(r"^(?:upr\s*)?(?:session\s*)?(\d{1,3})(?:\.0+)?(?:st|nd|rd|th)?(?:\s*session)?$", re.IGNORECASE)
_DASH_ITEMS = re.compile(r"(?:^|\s)[-–•]\s+")
_LINES = re.compile(r"[\r\n]+")
_SPLIT_MARKS = re.compile(r"[\r\n;•–]|(?:^|\s)-\s")
_UNSEEN = object()
# What exports write where the recommending State is not known: no State at all.
_NO_STATE = {"unknown", "n a", "na", "none", "not known", "inconnu", "desconocido"}


class RowProblem(ValueError):
    """A cell that makes its row unreadable; the message says which and why."""


class Normaliser:
    """Caching converters shared by every importer, counting what it could not recognise."""

    def __init__(self) -> None:
        self.unknown_states: Counter[str] = Counter()
        self.guessed_states: Counter[tuple[str, str]] = Counter()  # (as written, read as)
        self.unknown_sdgs: Counter[str] = Counter()
        self._states: dict[str, tuple[str, bool]] = {}
        self._responses: dict[str, str | None] = {}
        self._issues: dict[str, list[tuple[str, str | None]]] = {}
        self._issue_parts: dict[str, str | None] = {}
        self._issue_lists: dict[tuple[str, ...], list[tuple[str, str | None]]] = {}

    # -- States ------------------------------------------------------------------------
    def state(self, name: str, *, count: bool = True) -> str:
        """The UN name of a State as written (legacy names and the six UN languages included); a clear
        misspelling ("Phillipines") is read as the State it means and reported; anything else is kept as
        written and reported, with the nearest names."""
        found = self._states.get(name)
        if found is None:
            canonical, known = vocab.normalise_state(name)
            if not known:
                close = vocab.close_state(canonical)
                if close is not None:
                    found = self._states[name] = (close, True, canonical)
                else:
                    found = self._states[name] = (canonical, False, None)
            else:
                found = self._states[name] = (canonical, True, None)
        canonical, known, guessed_from = found
        if guessed_from is not None:
            self.guessed_states[(guessed_from, canonical)] += int(count)
        elif not known:
            self.unknown_states[canonical] += int(count)
        return canonical

    def state_notes(self, written: list[str]) -> tuple[tuple[str, Any], ...]:
        """What to report about names already read by :meth:`state`: ('guessed', (as written, State)) or
        ('unknown', name) each; counted per row with :meth:`count_notes` (conversions are memoised per cell)."""
        notes: list[tuple[str, Any]] = []
        for name in written:
            entry = self._states.get(name.strip().strip(";").strip())
            if entry is None:
                continue
            canonical, known, guessed_from = entry
            if guessed_from is not None:
                notes.append(("guessed", (guessed_from, canonical)))
            elif not known:
                notes.append(("unknown", canonical))
        return tuple(notes)

    def count_notes(self, notes: tuple[tuple[str, Any], ...]) -> None:
        for kind, key in notes:
            (self.guessed_states if kind == "guessed" else self.unknown_states)[key] += 1

    def states(self, parts: list[str], *, count: bool = True) -> list[str]:
        out: list[str] = []
        for part in parts:
            part = part.strip().strip(";").strip()
            if part and vocab.fold(part) not in _NO_STATE:
                name = self.state(part, count=count)
                if name not in out:
                    out.append(name)
        return out

    # -- responses, sessions, categories ---------------------------------------------------
    def response(self, value: Any) -> str:
        text = cell_text(value)
        if not text:
            return "pending"
        if text not in self._responses:
            first = text.splitlines()[0].strip()
            self._responses[text] = closed_lists.match(closed_lists.RESPONSES, first)
        code = self._responses[text]
        if code is None:
            raise RowProblem(tr("the response '{value}' is not one of Supported, Noted, Supported/Noted (partially supported) or Pending", value=text))
        return code

    @staticmethod
    def session(value: Any) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise RowProblem(tr("the session '{value}' is not a UPR session number", value=value))
        if isinstance(value, int | float):
            if float(value).is_integer() and value >= 1:
                return int(value)
            raise RowProblem(tr("the session '{value}' is not a UPR session number", value=value))
        text = str(value).strip()
        if not text:
            return None
        match = _SESSION.match(text)
        if not match or int(match[1]) < 1:
            raise RowProblem(tr("the session '{value}' is not a UPR session number", value=text))
        return int(match[1])

    @staticmethod
    def cycle(value: Any) -> int | None:
        text = cell_text(value)
        if not text:
            return None
        match = re.search(r"\d+", text)
        if not match or not 1 <= int(match[0]) <= 9:
            raise RowProblem(tr("the cycle '{value}' is not a UPR cycle number", value=text))
        return int(match[0])

    @staticmethod
    def cycle_of(session: int | None) -> int | None:
        return cycle_of_session(session) if session is not None else None

    @staticmethod
    def action_category(value: Any) -> int | None:
        text = cell_text(value)
        if not text:
            return None
        match = re.match(r"^(?:category\s*)?([1-5])(?:\.0+)?\b", text, re.IGNORECASE)
        if not match:
            raise RowProblem(tr("the action category '{value}' is not a number from 1 to 5", value=text))
        return int(match[1])

    # -- themes, SDGs, affected persons ------------------------------------------------------
    def issues(self, cell: Any) -> list[tuple[str, str | None]]:
        """UPR Info issues ("International instruments,Justice"); unknown ones are kept as written."""
        text = cell_text(cell)
        if not text:
            return []
        cached = self._issues.get(text)
        if cached is None:
            # Most cells are plain comma-joined issue names: match the parts one by one (cached), and only
            # fall back to the greedy re-joining parser for names that hold commas themselves. Equal lists
            # are one shared object (an export has ~50 issues in tens of thousands of combinations).
            parts = self._issue_parts
            names: list[str] = []
            for part in text.split(","):
                part = part.strip()
                if not part:
                    continue
                name = parts.get(part, _UNSEEN)
                if name is _UNSEEN:
                    name = parts[part] = vocab.match_issue(part)
                if name is None:
                    known, unknown = vocab.parse_issues(text)
                    names = [*known, *unknown]
                    break
                if name not in names:
                    names.append(name)
            key = tuple(names)
            cached = self._issue_lists.get(key)
            if cached is None:
                cached = self._issue_lists[key] = [(name, None) for name in names]
            self._issues[text] = cached
        return cached

    def _issue_part(self, part: str) -> str | None:
        if part not in self._issue_parts:
            self._issue_parts[part] = vocab.match_issue(part)
        return self._issue_parts[part]

    @staticmethod
    def theme(item: str) -> tuple[str, str | None]:
        """An OHCHR theme label ("A12 Acceptance of international norms"), or the label as written."""
        found = vocab.ohchr_theme(item)
        if found:
            code, name = found
            return name[:200], code
        return " ".join(item.split())[:200], None

    @staticmethod
    def affected_group(item: str) -> str:
        return (vocab.match_affected_group(item) or " ".join(item.split()))[:200]

    def sdgs(self, cell: Any) -> list[str]:
        codes, unknown = vocab.parse_sdg(cell_text(cell))
        for item in unknown:
            self.unknown_sdgs[item] += 1
        return codes

    # -- reporting ----------------------------------------------------------------------------
    def warnings(self) -> list[str]:
        notes = []
        if self.guessed_states:
            listed = ", ".join(f"'{written}' as {name} ({count})" for (written, name), count in self.guessed_states.most_common(10))
            notes.append(tr("Misspelt State names were read as the State they clearly mean: {listed}.", listed=listed))
        if self.unknown_states:
            shown = []
            for name, count in self.unknown_states.most_common(10):
                near = vocab.state_suggestions(name)
                shown.append(tr("{name} ({count}; did you mean {near}?)", name=name, count=count, near=" / ".join(near))
                             if near else f"{name} ({count})")
            notes.append(tr("Names not on the UN list of States were kept as written: {listed}.", listed=", ".join(shown)))
        if self.unknown_sdgs:
            listed = ", ".join(f"{name} ({count})" for name, count in self.unknown_sdgs.most_common(10))
            notes.append(tr("SDG entries that name no goal or target were left out: {listed}.", listed=listed))
        return notes


def split_items(cell: Any) -> list[str]:
    """Multi-value cells: "- A - B" (UHRI), "- item" lines (OHCHR), one per line, or ";"-separated."""
    text = cell_text(cell)
    if not text:
        return []
    if not _SPLIT_MARKS.search(text):
        return [text]
    items: list[str] = []
    lines = [line.strip() for line in _LINES.split(text) if line.strip()]
    # With "- item" structure the dashes and lines separate items (names may hold ";"); otherwise ";" does.
    dashed = any(re.match(r"^[-–•]\s", line) or " - " in line for line in lines)
    for line in lines:
        parts = _DASH_ITEMS.split(line) if dashed else line.split(";")
        items.extend(part.strip() for part in parts if part.strip())
    return items


def clean_text(value: Any) -> str:
    """Recommendation text: stray whitespace trimmed at both ends, everything else kept as written."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
