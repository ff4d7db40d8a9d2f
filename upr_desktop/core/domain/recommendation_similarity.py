"""How alike two recommendations are: the rule behind "recommended before" and the clusters within a cycle.

The words that carry the subject are compared, not the UPR's boilerplate ("continue its efforts to
ensure..."), and each word is cut to its first letters so "ratify" meets "ratifying" and "discrimination"
meets "discriminatory" (a light stemmer that works the same in English, French and Spanish). Two
rapidfuzz scores are averaged: the token-set ratio (one text's words found in the other's: a short
repeat of a longer earlier recommendation) and the token-sort ratio (the whole texts alike: it keeps a
short generic text from matching every long one). The same recommending State and a shared theme add
a little: a State often repeats its own recommendation, on the same theme.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

STEM = 6  # letters kept of each word
MIN_WORD = 3
SAME_STATE_BONUS = 0.08
SHARED_THEME_BONUS = 0.05
DEFAULT_MIN_SCORE = 0.6  # the default threshold: suggestions below it are not shown
_WORD = re.compile(rf"\w{{{MIN_WORD},}}", re.UNICODE)  # words of MIN_WORD letters or more

# Function words (English, French, Spanish) and the verbs and phrases every UPR recommendation uses.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its itself just me more most must my no nor not now of off on once only or
other others our ours out over own same shall she should so some such than that the their theirs them then there
these they this those through thus to too under until up upon very was we were what when where which while who
whom why will with within without would you your yours among amongst even inter alia particular particularly
especially well including regard regards regarding view line accordance terms
continue continuing pursue pursuing ensure ensuring take taking measures measure steps step efforts effort
consider considering strengthen strengthening enhance intensify redouble adopt adopting implement implementing
implementation effective effectively necessary appropriate relevant order national country state government
possible full fully need needs area areas field put make made give given provide providing
le la les de des du un une et en au aux pour par sur dans avec ses son sa que qui est leur leurs ou
el los las del una unos y para por con sus su se al lo
""".split())  # noqa: SIM905 - a word list people can read and extend


def words(text: str) -> str:
    """The words of a recommendation that carry its subject, cut to their stems, in their order."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    kept = [w[:STEM] for w in _WORD.findall(text.casefold()) if w not in STOPWORDS]
    return " ".join(kept)


def close_ones(later: str, earlier: Sequence[str], floor: float) -> list[tuple[int, float]]:
    """(index, similarity) of the ``earlier`` texts at least ``floor`` alike to ``later`` (all through ``words``).

    Both ratios are computed in C (rapidfuzz), each with the cutoff below which the average cannot reach the
    floor (the other ratio is at most 100).
    """
    from rapidfuzz import fuzz, process

    if not later or not earlier:
        return []
    cutoff = max(0.0, floor * 200.0 - 100.0)
    kept = {index: value for _c, value, index in
            process.extract(later, earlier, scorer=fuzz.token_set_ratio, score_cutoff=cutoff, limit=None)}
    if not kept:
        return []
    out = []
    for _c, whole, index in process.extract(later, earlier, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=None):
        value = (kept.get(index, 0.0) + whole) / 200.0
        if value >= floor:
            out.append((index, value))
    return out


def similarity(a: str, b: str) -> float:
    """The same measure for one pair of texts (already through ``words``)."""
    from rapidfuzz import fuzz

    if not a or not b:
        return 0.0
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 200.0


def score(text_similarity: float, *, same_state: bool, shared_theme: bool) -> float:
    """The suggestion's score, 0 to 1: the text's similarity, a little more for the same State or theme."""
    value = text_similarity + (SAME_STATE_BONUS if same_state else 0.0) + (SHARED_THEME_BONUS if shared_theme else 0.0)
    return round(min(1.0, value), 3)


MAX_BONUS = SAME_STATE_BONUS + SHARED_THEME_BONUS

OWN_WORDS = 2  # look-alikes: texts that differ in at most this many words each
RARE = 0.05  # a word fewer than 1 in 20 of the texts use names something (a treaty, a convention, a group)


def word_weights(texts: Sequence[str]) -> dict[str, float]:
    """How much each word (of texts already through ``words``) tells a recommendation apart among ``texts``:
    its inverse document frequency, log(n / texts holding it); under the key "" the weight from which a word
    is rare (RARE). A word most texts use weighs little; a treaty's name that few use weighs much."""
    import math

    held: dict[str, int] = {}
    for text in texts:
        for w in set(text.split()):
            held[w] = held.get(w, 0) + 1
    n = max(1, len(texts))
    weights = {w: math.log((n + 1) / (k + 0.5)) for w, k in held.items()}
    weights[""] = math.log((n + 1) / (RARE * n + 0.5))
    return weights


def _own(mine: set[str], theirs: set[str]) -> set[str]:
    """Words of one text the other lacks, less the variants of one of its words ("ratify" and "ratifi"cation)."""
    return {w for w in mine - theirs if not any(v[:STEM - 1] == w[:STEM - 1] for v in theirs - mine)}


def ask_differs(a: str, b: str, weights: dict[str, float]) -> bool:
    """Whether two look-alike texts (through ``words``) each name something the other does not: "ratify the
    Optional Protocol to the ICESCR" and "... to the CRPD" share "ratify optional protocol" and differ in the
    treaty, which is what they ask for. They differ when each has at most OWN_WORDS words of its own and its
    rarest is rare (``weights``) and rarer than anything they share. A repeat with words added is not different,
    and longer texts differ in many words: their wording's likeness (the ratios) decides.
    """
    wa, wb = set(a.split()), set(b.split())
    shared = wa & wb
    own_a, own_b = _own(wa, wb), _own(wb, wa)
    if not shared or not own_a or not own_b or len(own_a) > OWN_WORDS or len(own_b) > OWN_WORDS:
        return False
    rarest = max(weights.values(), default=1.0)  # a word not counted is as rare as the rarest
    weight = lambda w: weights.get(w, rarest)  # noqa: E731
    floor = max(max(weight(w) for w in shared), weights.get("", 0.0))
    return min(max(weight(w) for w in own_a), max(weight(w) for w in own_b)) > floor
