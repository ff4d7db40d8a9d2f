"""Suggestions ("did you mean ...?"): the closest known names to one a person typed (States, themes, statuses, groups).

One rule for every place a name is typed (the command line, the app's fields, the services' errors):
names are compared folded (case, accents, punctuation and spacing do not count), a name that
starts or contains what was typed comes first ("Torture" -> "Torture and other CID treatment"),
then close spellings by edit similarity ("Phillipines" -> "Philippines"), via rapidfuzz; a short name
(an acronym) one slip of a key away is offered too ("WRM" -> "WRN").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from upr_desktop.i18n import tr

CUTOFF = 72  # rapidfuzz WRatio below this is not offered
SHORT = 5  # names this short are also offered at one slip of a key (see closest)
_SPACES = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", plain.casefold().replace("œ", "oe").replace("æ", "ae")).strip()


def closest(typed: str, candidates: Iterable[str], *, limit: int = 3, cutoff: int = CUTOFF) -> list[str]:
    """Up to ``limit`` candidates nearest to ``typed``, best first; none when nothing is close."""
    from rapidfuzz import fuzz, process

    wanted = fold(typed or "")
    if not wanted:
        return []
    keyed: dict[str, str] = {}
    for name in candidates:
        key = fold(name)
        if key:
            keyed.setdefault(key, name)
    if wanted in keyed:
        return [keyed[wanted]]
    words = wanted.split()
    containing = [name for key, name in keyed.items()
                  if key.startswith(wanted) or (len(wanted) >= 4 and all(w in key.split() or w in key for w in words))]
    containing.sort(key=lambda name: (not fold(name).startswith(wanted), len(name)))
    found = list(dict.fromkeys(containing))[:limit]
    if len(found) < limit:
        for key, _score, _i in process.extract(wanted, list(keyed), scorer=fuzz.WRatio, limit=limit + len(found),
                                               score_cutoff=cutoff):
            name = keyed[key]
            if name not in found and fuzz.ratio(wanted, key) >= cutoff - 12:
                found.append(name)
            if len(found) == limit:
                break
    if len(found) < limit and 3 <= len(wanted) <= SHORT:
        # Short names (acronyms; "Iarq" for Iraq) lose too much similarity to one slip to pass the cutoff
        # ("WRM" for "WRN" scores 67): one letter wrong, missing, added or swapped is offered too.
        from rapidfuzz.distance import OSA

        for key, name in keyed.items():
            if name not in found and abs(len(key) - len(wanted)) <= 1 and OSA.distance(wanted, key) <= 1:
                found.append(name)
                if len(found) == limit:
                    break
    return found


def did_you_mean(typed: str, candidates: Iterable[str], *, quote: bool = True) -> str:
    """' Did you mean 'X'?' (with a leading space), or '' when nothing is close: appended to an error."""
    found = closest(typed, candidates)
    if not found:
        return ""
    shown = [f"'{name}'" if quote else name for name in found]
    if len(shown) == 1:
        return " " + tr("Did you mean {name}?", name=shown[0])
    return " " + tr("Did you mean {names} or {last}?", names=", ".join(shown[:-1]), last=shown[-1])
