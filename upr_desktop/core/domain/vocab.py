"""Reference vocabularies (UN States, SDGs, UPR Info issues, OHCHR themes, affected persons) and lenient matching."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from upr_desktop.paths import resource

REGIONAL_GROUPS = ("Africa", "Asia-Pacific", "EEG", "GRULAC", "WEOG")
OBSERVER = "Observer"


@cache
def _load(name: str) -> Any:
    with open(resource("vocabularies", name), encoding="utf-8") as fh:
        return json.load(fh)


# --- folding: the key two spellings share when they name the same thing ------------------------

_DROPPED = str.maketrans({**{c: None for c in "'’‘`´ʼ."}, "œ": "oe", "æ": "ae"})  # d'Ivoire = dIvoire, U.S.A. = USA
# Letters and digits of any script count (Arabic, Chinese, Cyrillic State names); everything else is a space.
_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent-, punctuation- and spacing-blind key; a leading "the" and a trailing "(the)" are dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    key = _NOT_ALNUM.sub(" ", plain.casefold().translate(_DROPPED).replace("&", " and ")).strip()
    key = key.removeprefix("the ")
    key = key.removesuffix(" the")
    return key


def _index(pairs: list[tuple[str, str]], what: str) -> dict[str, str]:
    """Folded spelling -> canonical name; two names folding alike would make matching a guess, so refuse."""
    table: dict[str, str] = {}
    for spelling, canonical in pairs:
        key = fold(spelling)
        if not key:
            continue
        if table.setdefault(key, canonical) != canonical:
            raise ValueError(f"{what}: '{spelling}' matches both '{table[key]}' and '{canonical}'")
    return table


# --- UN member and observer States ------------------------------------------------------------


@dataclass(frozen=True)
class State:
    name: str
    iso3: str
    regional_group: str  # one of REGIONAL_GROUPS, or OBSERVER
    variants: tuple[str, ...]
    iso2: str = ""

    @property
    def is_member(self) -> bool:
        return self.regional_group != OBSERVER


@cache
def states() -> tuple[State, ...]:
    """The 193 member States, then the observer States, in file order."""
    return tuple(
        State(s["name"], s["iso3"], s["regional_group"], tuple(s["variants"]), s.get("iso2", ""))
        for s in _load("un_member_states.json")["states"]
    )


@cache
def _states_by_name() -> dict[str, State]:
    return {s.name: s for s in states()}


@cache
def _state_keys() -> dict[str, str]:
    pairs = [(s.name, s.name) for s in states()]
    pairs += [(v, s.name) for s in states() for v in s.variants]
    return _index(pairs, "un_member_states.json")


UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
# State names are also read in the languages of the coalitions the app speaks beyond them: a Thai or a
# Burmese coalition's own table names the recommending States in Thai or Burmese.
STATE_NAME_LANGUAGES = (*UN_LANGUAGES, "th", "my")


@cache
def _cldr_state_keys() -> dict[str, str]:
    """State names in the six UN languages, Thai and Burmese, from the CLDR data Babel ships (by ISO 3166 alpha-2 code).

    "Allemagne", "Alemania", "Германия", "ألمانيا", "德国", "เยอรมนี", "ဂျာမနီ" -> Germany. Built only when a name is not
    found among the UN names and variants. A CLDR name that folds like a name of another State (none
    today) is left out rather than guessed.
    """
    from babel import Locale

    by_iso2 = {s.iso2: s.name for s in states() if s.iso2}
    own = _state_keys()
    table: dict[str, str] = {}
    clashes: set[str] = set()
    for language in STATE_NAME_LANGUAGES:
        territories = Locale.parse(language).territories
        for iso2, canonical in by_iso2.items():
            written = territories.get(iso2)
            key = fold(written) if written else ""
            if not key or own.get(key, canonical) != canonical:
                continue
            if table.setdefault(key, canonical) != canonical:
                clashes.add(key)
    for key in clashes:
        table.pop(key, None)
    return table


THEME_CONTEXT = "Themes"  # the catalogue context of the UPR Info issues' and OHCHR themes' names (scripts/extract_core_strings.py)


@lru_cache(maxsize=4096)
def state_name_in(name: str, language: str) -> str:
    """A State's name as people write it in ``language``, from CLDR ("Thailand" -> "Thaïlande", "ไทย", "تايلاند").

    The UN name for English, and for a name that is no State (a group of States, a typo kept as given)."""
    if not language or language.split("_")[0] == "en":
        return name
    found = _states_by_name().get(name)
    if found is None or not found.iso2:
        return name
    from babel import Locale, UnknownLocaleError

    try:
        written = Locale.parse(language).territories.get(found.iso2)
    except (UnknownLocaleError, ValueError):
        return name
    return str(written) if written else name


@lru_cache(maxsize=16384)
def normalise_state(name: str) -> tuple[str, bool]:
    """The UN name of a State and True, or the name trimmed as written and False when it is not one.

    Known: the UN short name, the variants of ``un_member_states.json`` (legacy names such as
    "Macedonia FYR", "Swaziland", "Turkey"), and the CLDR names in Arabic, Chinese, English, French,
    Russian, Spanish, Thai and Burmese. Misspellings are not guessed here: see :func:`close_state`.
    """
    written = name.strip()
    keys = _state_keys()
    key = fold(written)
    canonical = keys.get(key)
    if canonical is None and "," in written:
        # Catalogue order: "Korea, Republic of", "Congo, The Democratic Republic of the".
        head, _, tail = written.partition(",")
        canonical = keys.get(fold(f"{tail} {head}"))
    if canonical is None and key:
        canonical = _cldr_state_keys().get(key)
    if canonical is None:
        return written, False
    return canonical, True


def _all_state_spellings() -> dict[str, str]:
    return {**_cldr_state_keys(), **_state_keys()}


@lru_cache(maxsize=4096)
def state_suggestions(name: str) -> tuple[str, ...]:
    """UN names of the States closest to a name that is not one ("Phillipines" -> Philippines)."""
    from upr_desktop.core.domain.suggest import closest

    spellings = _all_state_spellings()
    found = closest(name, list(spellings))
    return tuple(dict.fromkeys(spellings[fold(s)] for s in found))


@lru_cache(maxsize=4096)
def close_state(name: str) -> str | None:
    """The one State a misspelt name clearly means ("Phillipines", "Slovena"), else None.

    Clearly: a spelling similarity of at least 90 (rapidfuzz ratio) with one State's name or
    variant, and no other State within 6 points (so "Niger"/"Nigeria", "Dominica"/"Dominican
    Republic" are never guessed).
    """
    from rapidfuzz import fuzz, process

    key = fold(name)
    if len(key) < 5:
        return None
    spellings = _all_state_spellings()
    best: dict[str, float] = {}
    for spelling, score, _i in process.extract(key, list(spellings), scorer=fuzz.ratio, limit=8, score_cutoff=80):
        state_name = spellings[spelling]
        best[state_name] = max(best.get(state_name, 0.0), score)
    ranked = sorted(best.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 90:
        return None
    if len(ranked) > 1 and ranked[1][1] > ranked[0][1] - 6:
        return None
    return ranked[0][0]


def unknown_state_message(name: str) -> str:
    """' Did you mean 'Philippines'?' for a name that is not a State, or ''."""
    from upr_desktop.core.domain.suggest import did_you_mean

    found = state_suggestions(name)
    return did_you_mean(name, found) if found else ""


_WORD = re.compile(r"[\w'’.]+(?:-[\w'’.]+)*", re.UNICODE)


def states_in_text(text: str) -> list[str]:
    """The States a line of text names, in order ("UPR of Egypt - Second Cycle" -> [Egypt]).

    Words are matched whole, longest first, so "Niger" is not found in "Nigeria" nor "Guinea" in
    "Equatorial Guinea"; a comma inside a name is allowed ("Congo, Democratic Republic of the").
    """
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text or "")]
    spellings = _state_keys()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        for span in range(min(9, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + span - 1][1]
            candidate = text[start:end]
            name = spellings.get(fold(candidate))
            if name is None and span == 1 and len(fold(candidate)) > 3:
                name = _cldr_state_keys().get(fold(candidate))
            if name is not None:
                found.append((start, name))
                i += span
                break
        else:
            i += 1
    return list(dict.fromkeys(name for _start, name in found))


def state(name: str) -> State | None:
    canonical, known = normalise_state(name)
    return _states_by_name()[canonical] if known else None


def is_member_state(name: str) -> bool:
    found = state(name)
    return found is not None and found.is_member


def regional_group(name: str) -> str | None:
    """The UN regional group of a State ("Observer" for observer States), None if the name is not a State."""
    found = state(name)
    return found.regional_group if found else None


def iso3(name: str) -> str | None:
    found = state(name)
    return found.iso3 if found else None


def state_for_iso3(code: str) -> str | None:
    wanted = code.strip().upper()
    return next((s.name for s in states() if s.iso3 == wanted), None)


def member_states() -> list[str]:
    return [s.name for s in states() if s.is_member]


def observer_states() -> list[str]:
    return [s.name for s in states() if not s.is_member]


_GROUP_SPELLINGS = {
    "Africa": ("Africa", "African Group", "African States"),
    "Asia-Pacific": ("Asia", "Asia-Pacific", "Asia Pacific", "Asia-Pacific Group", "APG", "Asia and the Pacific",
                     "Asia-Pacific States"),
    "EEG": ("EEG", "Eastern Europe", "Eastern European Group", "Eastern European States"),
    "GRULAC": ("GRULAC", "Latin America and the Caribbean", "Latin American and Caribbean Group",
               "Latin American and Caribbean States"),
    "WEOG": ("WEOG", "Western European and Others Group", "Western Europe and Others",
             "Western European and other States", "Western European and Others"),
    OBSERVER: ("Observer", "Observers", "Observer State", "Observer States"),
}


@cache
def _group_keys() -> dict[str, str]:
    return _index([(s, g) for g, spellings in _GROUP_SPELLINGS.items() for s in spellings], "regional groups")


def normalise_regional_group(label: str) -> str | None:
    """UPR Info's "Asia" and UHRI's "Latin America and the Caribbean" -> the group's short name."""
    return _group_keys().get(fold(label))


# --- Sustainable Development Goals ------------------------------------------------------------


@dataclass(frozen=True)
class SdgTarget:
    code: str  # "5.2", "16.10", "1.a"
    title: str


@dataclass(frozen=True)
class SdgGoal:
    number: int
    title: str
    targets: tuple[SdgTarget, ...]

    @property
    def code(self) -> str:
        return str(self.number)


@cache
def sdg_goals() -> tuple[SdgGoal, ...]:
    return tuple(
        SdgGoal(g["number"], g["title"], tuple(SdgTarget(t["code"], t["title"]) for t in g["targets"]))
        for g in _load("sdgs.json")["goals"]
    )


@cache
def _sdg_titles() -> dict[str, str]:
    """Code ("5" or "5.2") -> title."""
    titles: dict[str, str] = {}
    for goal in sdg_goals():
        titles[goal.code] = goal.title
        titles.update((t.code, t.title) for t in goal.targets)
    return titles


@cache
def _sdg_title_keys() -> dict[str, str]:
    """Folded goal or target title -> code, so a cell naming only "Gender equality" is still read."""
    return _index([(title, code) for code, title in _sdg_titles().items()], "sdgs.json")


def _sdg_code(code: str) -> str:
    return code.strip().lower()


def sdg_target(code: str) -> str | None:
    """Title of a target ("5.2"), None for anything else."""
    code = _sdg_code(code)
    return _sdg_titles().get(code) if "." in code else None


def sdg_title(code: str) -> str | None:
    """Title of a goal ("5") or a target ("5.2")."""
    return _sdg_titles().get(_sdg_code(code))


_SDG_PREFIX = r"(?:(?:sdgs?|goals?|targets?)\s*[:#.]?\s*)?"
_SDG_CODE = re.compile(_SDG_PREFIX + r"(\d{1,2})(?:\.(\d{1,2}|[a-z]))?(?![\d.]*\d)(?![a-z])", re.IGNORECASE)
_SDG_LINES = re.compile(r"[\r\n;|•]+")
# Inside one line, a new item starts at a comma or a spaced dash followed by a code: "- 5 - Gender equality - 16 - Peace".
_SDG_ITEM_BREAK = re.compile(r"\s*(?:,|\s[-–—])\s*(?=" + _SDG_PREFIX + r"\d)", re.IGNORECASE)
_SDG_NOISE = {"", "sdg", "sdgs", "relevant sdgs", "sdgs relevant", "none", "n a", "na"}


def _sdg_items(text: str) -> list[str]:
    items: list[str] = []
    for line in _SDG_LINES.split(text):
        line = line.strip().lstrip("-–—*•· \t").strip()
        if line.casefold().startswith(("sdgs:", "sdg:")):
            line = line.split(":", 1)[1].strip().lstrip("-–—*• ").strip()
        items.extend(part.strip() for part in _SDG_ITEM_BREAK.split(line) if part.strip())
    return items


def _sdg_item_code(item: str) -> str | None:
    match = _SDG_CODE.match(item)
    if match:
        goal, sub = int(match[1]), match[2]
        code = f"{goal}.{sub.lower()}" if sub else str(goal)
        return code if code in _sdg_titles() else None
    key = fold(item)
    for prefix in ("sdg ", "goal ", "target "):
        key = key.removeprefix(prefix)
    return _sdg_title_keys().get(key)


def parse_sdg(text: str) -> tuple[list[str], list[str]]:
    """Codes of the goals and targets a cell names ("5", "Goal 5", "SDG 5", "5.2", "5 - Gender equality",
    "16.10", one per line or comma-separated), and the items that name no goal or target, as written."""
    codes: list[str] = []
    unknown: list[str] = []
    for item in _sdg_items(text or ""):
        code = _sdg_item_code(item)
        if code is None:
            if fold(item) not in _SDG_NOISE:
                unknown.append(item)
        elif code not in codes:
            codes.append(code)
    return codes, unknown


# --- UPR Info issues --------------------------------------------------------------------------


def upr_info_issues() -> list[str]:
    return list(_load("upr_info_issues.json")["issues"])


@cache
def _issue_keys() -> dict[str, str]:
    data = _load("upr_info_issues.json")
    return _index([(i, i) for i in data["issues"]] + list(data["aliases"].items()), "upr_info_issues.json")


def match_issue(text: str) -> str | None:
    """The UPR Info issue a label names (any case, spacing, "&"/"and"), None if none."""
    return _issue_keys().get(fold(text))


def parse_issues(text: str) -> tuple[list[str], list[str]]:
    """Issues of a comma-joined UPR Info cell ("International instruments,Justice"), and the unknown parts.
    Commas inside an issue name ("Economic, social and cultural rights") are rejoined greedily."""
    parts = [p.strip() for p in re.split(r"[,;\n]", text or "")]
    parts = [p for p in parts if p]
    issues: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(parts):
        for span in range(min(4, len(parts) - i), 0, -1):
            issue = match_issue(", ".join(parts[i : i + span]))
            if issue is not None:
                if issue not in issues:
                    issues.append(issue)
                i += span
                break
        else:
            unknown.append(parts[i])
            i += 1
    return issues, unknown


# --- OHCHR themes and affected persons --------------------------------------------------------


def ohchr_themes() -> list[tuple[str, str]]:
    return [(t["code"], t["name"]) for t in _load("ohchr_themes.json")["themes"]]


@cache
def _themes_by_code() -> dict[str, str]:
    return dict(ohchr_themes())


@cache
def _theme_name_keys() -> dict[str, str]:
    # B3/B31 and B4/B41 share a name; matrices tag with the sub-theme, so the later, finer code wins.
    return {fold(name): code for code, name in ohchr_themes()}


def theme_catalogue_name(name: str) -> str:
    """The OHCHR list's own wording of a theme a matrix wrote with other case or spacing ("Right To Life" ->
    "Right to life"): the name the catalogues translate (context THEME_CONTEXT). Any other name as given."""
    code = _theme_name_keys().get(fold(name))
    return _themes_by_code()[code] if code else name


def theme_translated(name: str, translate: Callable[[str, str], str]) -> str:
    """A theme's name through ``translate(THEME_CONTEXT, text)`` (the app's catalogue): the UPR Info issues and the
    OHCHR themes are there, an OHCHR theme a matrix wrote with other case or spacing too; any other name as given."""
    translated = translate(THEME_CONTEXT, name)
    if translated != name:
        return translated
    listed = theme_catalogue_name(name)
    if listed == name:
        return name
    translated = translate(THEME_CONTEXT, listed)
    return translated if translated != listed else name


_THEME_LABEL = re.compile(r"^\s*([A-Ha-h]\d{1,2})(?![0-9A-Za-z])[\s.:\-–]*(.*)$", re.DOTALL)


def ohchr_theme(code_or_label: str) -> tuple[str, str] | None:
    """(code, name) from "A12 Acceptance of international norms", "A12" or "Acceptance of international norms".
    A label with both code and name keeps the matrix's own wording; a bare code or name is looked up."""
    text = " ".join((code_or_label or "").split()).lstrip("-–—*• ")
    match = _THEME_LABEL.match(text)
    if match:
        code, name = match[1].upper(), match[2].strip()
        if name:
            return code, name
        known = _themes_by_code().get(code)
        return (code, known) if known else None
    code = _theme_name_keys().get(fold(text))
    return (code, _themes_by_code()[code]) if code else None


def affected_person_groups() -> list[str]:
    return list(_load("affected_persons.json")["groups"])


@cache
def _group_name_keys() -> dict[str, str]:
    data = _load("affected_persons.json")
    return _index([(g, g) for g in data["groups"]] + list(data["aliases"].items()), "affected_persons.json")


def match_affected_group(text: str) -> str | None:
    """The OHCHR group of affected persons a label names ("Women & girls", "LGBTI persons"), None if none."""
    return _group_name_keys().get(fold(text))
