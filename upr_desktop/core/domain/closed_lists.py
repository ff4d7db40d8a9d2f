"""The closed vocabularies (responses, statuses, consultation kinds...): codes, labels, symbols, colours, parsing.

The one place for them: the exchange workbooks, the reports, the command line and the app take their
codes, English labels, the symbols that say a status without colour and the one colour palette from
here. The app only translates the labels (``ui/vocabulary.py``, context :data:`LABEL_CONTEXT`).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache

from upr_desktop import i18n
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.paths import resource

# The catalogue context of the labels (scripts/extract_core_strings.py gives them to the translators).
LABEL_CONTEXT = "Vocabulary"


@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    synonyms: tuple[str, ...] = ()
    description: str = ""


RESPONSES = "responses"
STATUSES = "statuses"
CONSULTATION_KINDS = "consultation_kinds"
ACTION_STATUSES = "action_statuses"
ROLES = "roles"
ACTION_CATEGORIES = "action_categories"

NOT_ASSESSED = "none"  # the status of a recommendation nobody has assessed yet (not a code people pick)
NOT_ASSESSED_LABEL = "Not assessed"

# A distinct shape per status, so status never depends on colour.
STATUS_SYMBOLS: dict[str | None, str] = {
    "fully-implemented": "\u2714",  # heavy check mark
    "partially-implemented": "\u25D1",  # circle with right half black
    "not-implemented": "\u2716",  # heavy multiplication x
    "unknown": "?",
    NOT_ASSESSED: "\u2013",  # en dash
    None: "\u2013",
}
ACTION_STATUS_SYMBOLS = {"open": "\u25cb", "in-progress": "\u25d1", "done": "\u2714", "cancelled": "\u2716"}
WARNING_SYMBOL = "\u26a0"  # overdue work: said with this sign and words, never colour alone

# The one colour palette. Status colours are dark enough to be read as text on white (at least 4.5:1)
# and are the same in the table, the dashboard, the reports' charts and their workbooks.
STATUS_COLOURS: dict[str, str] = {
    "not-implemented": "#b42318",
    "partially-implemented": "#9a6700",
    "fully-implemented": "#1b7f3b",
    "unknown": "#555555",
    NOT_ASSESSED: "#c9d3dd",  # a fill only, never text
}
ROLE_COLOURS = {"lead": "#2f6690", "support": "#9cc5e0"}
COUNT_COLOUR = "#2f6690"  # bars that count recommendations or consultations
SHARE_COLOUR = "#2e7d4f"  # bars that show a share (supported, coverage)
STATE_COLOUR = "#3a7ca5"  # recommending States
TIME_COLOUR = "#5b8e7d"  # per quarter, per action category
SERIES_COLOURS = (COUNT_COLOUR, STATE_COLOUR, "#81c3d7", "#d9dcd6", "#16425b")  # a chart that names none
ALERT_COLOUR = "#b42318"  # overdue, sensitive fields included

_LIST_NAMES = {
    RESPONSES: "response",
    STATUSES: "status",
    CONSULTATION_KINDS: "consultation kind",
    ACTION_STATUSES: "action status",
    ROLES: "role",
    ACTION_CATEGORIES: "action category",
}


@cache
def _raw() -> dict[str, list[dict[str, object]]]:
    with open(resource("vocabularies", "closed_lists.json"), encoding="utf-8") as fh:
        data: dict[str, list[dict[str, object]]] = json.load(fh)
    return data


@cache
def choices(list_name: str) -> tuple[Choice, ...]:
    return tuple(
        Choice(
            code=str(item["code"]),
            label=str(item["label"]),
            synonyms=tuple(str(s) for s in item.get("synonyms", [])),  # type: ignore[attr-defined]
            description=str(item.get("description", "")),
        )
        for item in _raw()[list_name]
    )


def codes(list_name: str) -> list[str]:
    return [c.code for c in choices(list_name)]


def label(list_name: str, code: str | None, translator: i18n.Translator | None = None) -> str:
    """A code's English label; in ``translator``'s language when one is given (an exchange workbook's)."""
    if code is None:
        return ""
    for c in choices(list_name):
        if c.code == code:
            return translator.tr(c.label, LABEL_CONTEXT) if translator is not None else c.label
    return code


@cache
def _labels_by_code() -> dict[str, str]:
    found = {NOT_ASSESSED: NOT_ASSESSED_LABEL}
    for list_name in _LIST_NAMES:
        for c in choices(list_name):
            found.setdefault(c.code, c.label)
    return found


def label_of(code: str | int | None) -> str:
    """The English label of a code from any list (codes are unique across lists); None: not assessed."""
    if code is None:
        return NOT_ASSESSED_LABEL
    return _labels_by_code().get(str(code), str(code))


def all_labels() -> list[str]:
    """Every English label, for the translators' catalogue (scripts/extract_core_strings.py)."""
    return list(dict.fromkeys(_labels_by_code().values()))


def shown_label(list_name: str, code: str | None) -> str:
    """The label for people: translated in the app's language (English on the command line)."""
    return tr(label(list_name, code), LABEL_CONTEXT)


def status_label(code: str | None) -> str:
    """The label of a current status, "Not assessed" for none, for people."""
    return tr(label_of(None if code in (None, NOT_ASSESSED) else code), LABEL_CONTEXT)


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "’": "'"})


def fold(text: str) -> str:
    """Case-, accent- and separator-insensitive key: 'Partially  Implemented' == 'partially-implemented',
    'pleinement mise en œuvre' == 'Pleinement mise en oeuvre'. Invisible format characters go (zero-width
    spaces that mark word breaks in Thai or Burmese text, direction marks in Arabic): a label matches with or
    without them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    cleaned = "".join(ch if ch.isalnum() or ch == "/" else " " for ch in stripped)
    return " ".join(cleaned.split())


def aliases(list_name: str) -> dict[str, str]:
    """THE alias table of a closed list: every accepted word (folded) -> its code.

    Codes, English labels and the synonyms of ``closed_lists.json`` (English, French and Spanish words
    people write: "fully", "done", "pleinement mise en œuvre", "totalmente implementada"). The app, the
    exchange workbook's cells, the importers and the command line all read values through this table.
    """
    return dict(_lookup(list_name))


def alias_clashes() -> list[str]:
    """Words that would name two different codes of one list (the table must have none)."""
    clashes = []
    for list_name in _LIST_NAMES:
        seen: dict[str, str] = {}
        for c in choices(list_name):
            for word in (c.code, c.label, *c.synonyms):
                key = fold(word)
                if key in seen and seen[key] != c.code:
                    clashes.append(f"{list_name}: '{word}' is both {seen[key]} and {c.code}")
                seen.setdefault(key, c.code)
    return clashes


@cache
def _lookup(list_name: str) -> dict[str, str]:
    """Folded text -> code: codes, English labels and synonyms, then the labels of every shipped language.

    The translated labels come from the catalogues themselves, so a workbook sent out in any
    language the app ships reads back whatever language the secretariat's app is in. Earlier
    entries win: a translation never takes over another code's English label or synonym.
    """
    table = dict(_own_words(list_name))
    for language in i18n.shipped_languages():
        translator = i18n.translator_for(language)
        for c in choices(list_name):
            folded = fold(translator.tr(c.label, LABEL_CONTEXT))
            if folded:
                table.setdefault(folded, c.code)
    return table


@cache
def _own_words(list_name: str) -> dict[str, str]:
    """The first entries of :func:`_lookup`: codes, English labels and synonyms (no catalogue read)."""
    table: dict[str, str] = {}
    for c in choices(list_name):
        for key in (c.code, c.label, *c.synonyms):
            folded = fold(key)
            if folded:
                table.setdefault(folded, c.code)
    return table


def match(list_name: str, value: str | None) -> str | None:
    """The code for a value in any case, with spaces or hyphens, a synonym, or its label in any shipped language."""
    if value is None:
        return None
    folded = fold(str(value))
    # The own words win in _lookup: a value found among them needs no catalogue (an import of English responses).
    code = _own_words(list_name).get(folded)
    return code if code is not None else _lookup(list_name).get(folded)


def parse(list_name: str, value: str | None, *, where: str = "") -> str:
    """Like :func:`match` but raises a :class:`UserError` that lists the accepted values."""
    code = match(list_name, value)
    if code is None:
        accepted = ", ".join(codes(list_name))
        prefix = f"{where}: " if where else ""
        raise UserError(
            prefix
            + tr(
                "'{value}' is not a known {kind}; use one of: {accepted}.",
                value=value,
                kind=_LIST_NAMES.get(list_name, list_name),
                accepted=accepted,
            )
            + suggestion(list_name, str(value or ""))
        )
    return code


def suggestion(list_name: str, value: str) -> str:
    """' Did you mean 'fully-implemented'?' for a near miss ("fuly", "implimented"), else ''."""
    from upr_desktop.core.domain.suggest import closest

    words = _lookup(list_name)
    found = closest(value, list(words))
    codes_found = list(dict.fromkeys(words[fold(w)] for w in found))
    if not codes_found:
        return ""
    shown = [f"'{code}'" for code in codes_found]
    if len(shown) == 1:
        return " " + tr("Did you mean {name}?", name=shown[0])
    return " " + tr("Did you mean {names} or {last}?", names=", ".join(shown[:-1]), last=shown[-1])
