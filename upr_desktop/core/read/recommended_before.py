""""Recommended before": for recommendations of one cycle, the closest recommendations of earlier cycles of the same State.

Offline and quick: while the pairs to compare stay within what a person waits for (``every_pair``), every
recommendation asked about is compared with every earlier one of its State (rapidfuzz, in C); beyond that, the
earlier recommendations sharing the most of its words, weighed by their rarity, are its candidates
(``shared_word_candidates``: an index built in Python once per run, the same on a file and on a server).
Each suggestion carries what a person needs to decide: the score, the earlier response and its history, and the
coalition's latest status then. Pairs a person rejected are not proposed again; confirmed ones are marked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import recommendation_similarity as similar
from upr_desktop.core.domain.refs import ref_sort_key
from upr_desktop.core.domain.models import Assessment, Recommendation, RecommendationLink, RecommendationTheme
from upr_desktop.core.read import response_history
from upr_desktop.core.read.stopping import checkpoint

# Pairs (recommendations asked about x earlier recommendations of their State) compared one by one: 300 x 400
# take 0.7-1.0 s at a load of 4-7 on 2 cores (benchmarks/recommended_before.py). Past that, the words the texts
# share propose candidates first.
EVERY_PAIR_UP_TO = 120_000
CANDIDATES = 200  # earlier recommendations compared per recommendation past EVERY_PAIR_UP_TO
LOOK_AT = 5_000  # texts holding a recommendation's rarest words looked at to rank its candidates
PER_RECOMMENDATION = 3  # suggestions kept per recommendation
_CHUNK = 900  # ids per IN (...) list (SQLite's variable limit is 999 on old builds)


@dataclass(frozen=True)
class EarlierRecommendation:
    """A recommendation of an earlier cycle, as the "Recommended before" view shows it."""

    id: int
    ref: str
    cycle: int
    text: str
    recommending_states: list[str]
    response: str
    response_story: str  # "pending until 23 Sep 2016, then noted"
    status: str | None  # the coalition's latest assessment of it (None: never assessed)
    last_assessed_on: str | None

    def as_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "cycle": self.cycle, "text": self.text, "recommending_states": self.recommending_states,
                "response": self.response, "response_history": self.response_story, "status": self.status,
                "last_assessed_on": self.last_assessed_on}


@dataclass(frozen=True)
class Suggestion:
    recommendation_id: int
    ref: str
    text: str
    cycle: int
    earlier: EarlierRecommendation
    score: float
    decision: str | None  # confirmed | rejected | None (not decided yet)

    def as_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "cycle": self.cycle, "text": self.text, "score": self.score, "decision": self.decision,
                "recommended_before": self.earlier.as_json()}


@dataclass
class _Row:
    id: int
    ref: str
    text: str
    state: str
    cycle: int
    states: list[str]
    words: str = ""


def _rows(session: Session, query: Any) -> list[_Row]:
    return [_Row(i, ref, txt, st, cyc, list(rs or [])) for i, ref, txt, st, cyc, rs in session.execute(query)]


def latest_cycle(session: Session) -> int | None:
    return session.scalar(select(func.max(Recommendation.cycle)))


def cycles(session: Session) -> list[int]:
    """The cycles the workspace holds, oldest first."""
    return sorted(c for c in session.scalars(select(Recommendation.cycle).distinct()) if c is not None)


_COLUMNS = (Recommendation.id, Recommendation.ref, Recommendation.text, Recommendation.state_under_review,
            Recommendation.cycle, Recommendation.recommending_states)


def _targets(session: Session, cycle: int | None, rec_ids: Sequence[int] | None) -> list[_Row]:
    query = select(*_COLUMNS).where(Recommendation.cycle.is_not(None))
    if rec_ids is not None:
        found: list[_Row] = []
        for start in range(0, len(rec_ids), _CHUNK):
            found += _rows(session, query.where(Recommendation.id.in_(rec_ids[start:start + _CHUNK])))
        return found
    if cycle is None:
        cycle = latest_cycle(session)
    return _rows(session, query.where(Recommendation.cycle == cycle).order_by(Recommendation.id))


def every_pair(targets: int, earlier: int) -> bool:
    """Whether ``targets`` recommendations are compared with every one of ``earlier`` recommendations (within the
    time a person waits for, EVERY_PAIR_UP_TO pairs), rather than with the candidates their words propose."""
    return targets * earlier <= EVERY_PAIR_UP_TO


def shared_word_candidates(targets: list[_Row], texts: list[str], limit: int) -> dict[int, list[int]]:
    """For each target, the positions in ``texts`` (through ``words``) of at most ``limit`` texts sharing the most
    of its words, each shared word weighing its rarity (inverse document frequency among ``texts``).

    An index of the words, built once per run, lists the texts holding each word the targets use. A target's
    words are taken rarest first until LOOK_AT texts have been looked at: a rare word (a treaty, a group, a
    place) says most about a subject, and the commonest ones ("rights", "human") would add every text.
    """
    import heapq
    import math

    postings: dict[str, list[int]] = {w: [] for row in targets for w in row.words.split()}
    for i, text in enumerate(texts):
        for w in set(text.split()):
            found = postings.get(w)
            if found is not None:
                found.append(i)
    n = len(texts)
    out: dict[int, list[int]] = {}
    for row in targets:
        checkpoint()
        scores: dict[int, float] = {}
        seen = 0
        for w in sorted((w for w in set(row.words.split()) if postings[w]), key=lambda w: (len(postings[w]), w)):
            held = postings[w]
            if seen and seen + len(held) > LOOK_AT:
                break
            weight = math.log((n + 1) / (len(held) + 0.5))
            for i in held:
                scores[i] = scores.get(i, 0.0) + weight
            seen += len(held)
        out[row.id] = heapq.nlargest(limit, sorted(scores), key=scores.__getitem__) if len(scores) > limit else sorted(scores)
    return out


def _themes(session: Session, ids: Iterable[int]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = defaultdict(set)
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        for rid, tid in session.execute(select(RecommendationTheme.recommendation_id, RecommendationTheme.theme_id)
                                        .where(RecommendationTheme.recommendation_id.in_(ids[start:start + _CHUNK]))):
            found[rid].add(tid)
    return found


def _decisions(session: Session, ids: Iterable[int]) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        for rid, pid, status in session.execute(select(RecommendationLink.recommendation_id, RecommendationLink.predecessor_id,
                                                       RecommendationLink.status)
                                                .where(RecommendationLink.recommendation_id.in_(ids[start:start + _CHUNK]))):
            found[(rid, pid)] = status
    return found


def _scored_pairs(session: Session, targets: list[_Row], min_score: float, per_recommendation: int) -> list[tuple[_Row, int, float]]:
    """(target, earlier id, score) for each target's best earlier recommendations at or above ``min_score``."""
    floor = max(0.0, min_score - similar.MAX_BONUS)
    by_group: dict[tuple[str, int], list[_Row]] = defaultdict(list)
    for row in targets:
        row.words = similar.words(row.text)
        by_group[(row.state, row.cycle)].append(row)
    raw: list[tuple[_Row, int, float]] = []
    for (state, cycle), rows in by_group.items():
        ids: list[int] = []
        texts: list[str] = []
        query = (select(Recommendation.id, Recommendation.text).where(Recommendation.state_under_review == state, Recommendation.cycle < cycle)
                 .order_by(Recommendation.id))
        for rid, text in session.execute(query):
            ids.append(rid)
            texts.append(similar.words(text))
        checkpoint()
        if not ids:
            continue
        if every_pair(len(rows), len(ids)):
            for row in rows:
                checkpoint()
                raw += [(row, ids[i], value) for i, value in similar.close_ones(row.words, texts, floor)]
            continue
        candidates = shared_word_candidates(rows, texts, CANDIDATES)
        for row in rows:
            checkpoint()
            chosen = candidates[row.id]
            raw += [(row, ids[chosen[i]], value) for i, value in similar.close_ones(row.words, [texts[j] for j in chosen], floor)]
    earlier_ids = {e for _t, e, _v in raw}
    themes = _themes(session, {t.id for t, _e, _v in raw} | earlier_ids)
    states = _recommending_states(session, earlier_ids)
    best: dict[int, list[tuple[_Row, int, float]]] = defaultdict(list)
    for row, earlier, value in raw:
        final = _pair_score(row, earlier, states.get(earlier, set()), value, themes)
        if final >= min_score:
            best[row.id].append((row, earlier, final))
    pairs: list[tuple[_Row, int, float]] = []
    for found in best.values():
        found.sort(key=lambda item: (-item[2], item[1]))
        pairs += found[:per_recommendation]
    return pairs


def _pair_score(row: _Row, earlier: int, earlier_states: set[str], text_similarity: float, themes: dict[int, set[int]]) -> float:
    """The one score of a pair: its texts' similarity, with the bonus for a State or a theme they share."""
    return similar.score(text_similarity, same_state=bool(set(row.states) & earlier_states),
                         shared_theme=bool(themes.get(row.id, set()) & themes.get(earlier, set())))


def pair_scores(session: Session, pairs: Iterable[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """(recommendation id, earlier id) -> the score a suggestion of that pair has (a pair a person names by ref)."""
    pairs = list(dict.fromkeys(pairs))
    ids = sorted({i for pair in pairs for i in pair})
    rows: dict[int, _Row] = {}
    for start in range(0, len(ids), _CHUNK):
        rows.update((r.id, r) for r in _rows(session, select(*_COLUMNS).where(Recommendation.id.in_(ids[start:start + _CHUNK]))))
    themes = _themes(session, ids)
    return {(a, b): _pair_score(rows[a], b, set(rows[b].states), similar.similarity(similar.words(rows[a].text), similar.words(rows[b].text)), themes)
            for a, b in pairs if a in rows and b in rows}


def _recommending_states(session: Session, ids: Iterable[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        for rid, names in session.execute(select(Recommendation.id, Recommendation.recommending_states)
                                          .where(Recommendation.id.in_(ids[start:start + _CHUNK]))):
            found[rid] = set(names or [])
    return found


def earlier_recommendations(session: Session, ids: Iterable[int], *, include_sensitive: bool = True) -> dict[int, EarlierRecommendation]:
    """The earlier recommendations ``ids``; without ``include_sensitive`` (a report or export made without it), confidential
    ones are left out and the status is that of the latest assessment that is not confidential."""
    ids = list(dict.fromkeys(ids))
    steps = response_history.steps_of(session, ids)
    shown = None if include_sensitive else _open_statuses(session, ids)
    found: dict[int, EarlierRecommendation] = {}
    for start in range(0, len(ids), _CHUNK):
        query = select(Recommendation).where(Recommendation.id.in_(ids[start:start + _CHUNK]))
        if not include_sensitive:
            query = query.where(Recommendation.confidential.is_(False))
        for r in session.scalars(query):
            status, on = (r.current_status, r.last_assessed_on) if shown is None else shown.get(r.id, (None, None))
            found[r.id] = EarlierRecommendation(
                r.id, r.ref, r.cycle or 0, r.text, list(r.recommending_states or []), r.response,
                response_history.story(r.response, steps.get(r.id, [])), status, on.isoformat() if on else None)
    return found


def _open_statuses(session: Session, ids: list[int]) -> dict[int, tuple[str, Any]]:
    """(status, assessed on) of the latest assessment of each recommendation that is not confidential."""
    found: dict[int, tuple[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        for rid, status, on in session.execute(
                select(Assessment.recommendation_id, Assessment.status, Assessment.assessed_on)
                .where(Assessment.recommendation_id.in_(ids[start:start + _CHUNK]), Assessment.confidential.is_(False))
                .order_by(Assessment.assessed_on, Assessment.id)):
            found[rid] = (status, on)  # the last one wins: the latest
    return found


def suggest(session: Session, *, cycle: int | None = None, rec_ids: Sequence[int] | None = None,
            min_score: float = similar.DEFAULT_MIN_SCORE, per_recommendation: int = PER_RECOMMENDATION,
            include_rejected: bool = False, include_confirmed: bool = True) -> list[Suggestion]:
    """Suggestions for the recommendations of ``cycle`` (default: the latest) or for ``rec_ids``, best first per recommendation."""
    targets = _targets(session, cycle, rec_ids)
    pairs = _scored_pairs(session, targets, min_score, per_recommendation)
    decided = _decisions(session, {t.id for t in targets})
    # A confirmed link is shown even when its score is below the threshold (a person said so).
    confirmed = [(rid, pid) for (rid, pid), status in decided.items() if status == "confirmed"]
    listed = {(row.id, pid) for row, pid, _s in pairs}
    by_id = {t.id: t for t in targets}
    extra = [(by_id[rid], pid, None) for rid, pid in confirmed if (rid, pid) not in listed and include_confirmed]
    earlier = earlier_recommendations(session, [pid for _r, pid, _s in pairs] + [pid for _r, pid, _s in extra])
    extra_scores = pair_scores(session, [(row.id, pid) for row, pid, _s in extra]) if extra else {}
    out: list[Suggestion] = []
    for row, pid, value in [*pairs, *extra]:
        decision = decided.get((row.id, pid))
        if (decision == "rejected" and not include_rejected) or (decision == "confirmed" and not include_confirmed):
            continue
        if value is None:
            value = extra_scores[(row.id, pid)]
        out.append(Suggestion(row.id, row.ref, row.text, row.cycle, earlier[pid], value, decision))
    out.sort(key=lambda s: (ref_sort_key(s.ref), s.recommendation_id, -s.score))
    return out


@dataclass(frozen=True)
class Predecessor:
    """A confirmed predecessor of a recommendation, and how it fared."""

    earlier: EarlierRecommendation
    score: float | None
    decided_at: str
    decided_by: str | None


def predecessors(session: Session, rec_ids: Sequence[int], *, include_sensitive: bool = True) -> dict[int, list[Predecessor]]:
    """The confirmed predecessors of each recommendation, oldest cycle first (see earlier_recommendations for
    ``include_sensitive``)."""
    links: list[tuple[int, int, float | None, Any, str | None]] = []
    for start in range(0, len(rec_ids), _CHUNK):
        links += list(session.execute(
            select(RecommendationLink.recommendation_id, RecommendationLink.predecessor_id, RecommendationLink.score,
                   RecommendationLink.decided_at, RecommendationLink.decided_by)
            .where(RecommendationLink.recommendation_id.in_(rec_ids[start:start + _CHUNK]), RecommendationLink.status == "confirmed")
        ))
    earlier = earlier_recommendations(session, [pid for _r, pid, *_ in links], include_sensitive=include_sensitive)
    found: dict[int, list[Predecessor]] = defaultdict(list)
    for rid, pid, score, at, by in links:
        if pid not in earlier:
            continue  # confidential, and the reader asked for no sensitive records
        found[rid].append(Predecessor(earlier[pid], score, at.isoformat(sep=" ", timespec="minutes"), by))
    for items in found.values():
        items.sort(key=lambda p: (p.earlier.cycle, ref_sort_key(p.earlier.ref)))
    return dict(found)


@dataclass(frozen=True)
class LinkLine:
    ref: str
    cycle: int | None
    predecessor_ref: str
    predecessor_cycle: int | None
    status: str
    score: float | None
    decided_at: str
    decided_by: str | None

    def as_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "cycle": self.cycle, "predecessor_ref": self.predecessor_ref,
                "predecessor_cycle": self.predecessor_cycle, "status": self.status, "score": self.score,
                "decided_at": self.decided_at, "decided_by": self.decided_by}


def link_lines(session: Session, *, cycle: int | None = None, status: str | None = None) -> list[LinkLine]:
    """The decisions taken, for ``links list``."""
    later = Recommendation.__table__.alias("later")
    earlier = Recommendation.__table__.alias("earlier")
    query = (select(later.c.ref, later.c.cycle, earlier.c.ref, earlier.c.cycle, RecommendationLink.status,
                    RecommendationLink.score, RecommendationLink.decided_at, RecommendationLink.decided_by)
             .join(later, later.c.id == RecommendationLink.recommendation_id)
             .join(earlier, earlier.c.id == RecommendationLink.predecessor_id))
    if cycle is not None:
        query = query.where(later.c.cycle == cycle)
    if status is not None:
        query = query.where(RecommendationLink.status == status)
    rows = [LinkLine(r, c, p, pc, st, sc, at.isoformat(sep=" ", timespec="minutes"), by)
            for r, c, p, pc, st, sc, at, by in session.execute(query)]
    rows.sort(key=lambda line: (ref_sort_key(line.ref), ref_sort_key(line.predecessor_ref)))
    return rows
