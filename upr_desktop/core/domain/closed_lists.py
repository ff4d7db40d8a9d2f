"""The closed vocabularies (responses, statuses, consultation kinds...) and lenient parsing of them."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache

from upr_desktop import i18n
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.paths import resource

# The catalogue context of the labels (ui/vocabulary.py marks them for the translators).
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
    """A code's label; in ``translator``'s language when one is given (an exchange workbook's)."""
    if code is None:
        return ""
    for c in choices(list_name):
        if c.code == code:
            return translator.tr(c.label, LABEL_CONTEXT) if translator is not None else tr(c.label, "closed_lists")
    return code


def fold(text: str) -> str:
    """Case-, accent- and separator-insensitive key: 'Partially  Implemented' == 'partially-implemented'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    cleaned = "".join(ch if ch.isalnum() or ch == "/" else " " for ch in stripped.casefold())
    return " ".join(cleaned.split())


@cache
def _lookup(list_name: str) -> dict[str, str]:
    """Folded text -> code: codes, English labels and synonyms, then the labels of every shipped language.

    The translated labels come from the catalogues themselves, so a workbook sent out in any
    language the app ships reads back whatever language the secretariat's app is in. Earlier
    entries win: a translation never takes over another code's English label or synonym.
    """
    table: dict[str, str] = {}
    for c in choices(list_name):
        for key in (c.code, c.label, *c.synonyms):
            table.setdefault(fold(key), c.code)
    for language in i18n.shipped_languages():
        translator = i18n.translator_for(language)
        for c in choices(list_name):
            table.setdefault(fold(translator.tr(c.label, LABEL_CONTEXT)), c.code)
    return table


def match(list_name: str, value: str | None) -> str | None:
    """The code for a value in any case, with spaces or hyphens, a synonym, or its label in any shipped language."""
    if value is None:
        return None
    return _lookup(list_name).get(fold(str(value)))


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
        )
    return code
