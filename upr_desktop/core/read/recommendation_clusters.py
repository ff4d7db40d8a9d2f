"""Clusters within a cycle: near-duplicate recommendations from different States, grouped as OHCHR's thematic
matrices and UPR Info's clusters group them, so a member group can be given a whole cluster at once.

The same text rule as "recommended before" (core/domain/recommendation_similarity.py), at a higher bar:
two recommendations of one cycle to one State are near-duplicates when their subject words are at least
CLUSTER_MIN_SCORE alike to the first recommendation of a cluster (leader clustering) and do not each
name something rarer than all they share (similar.ask_differs: a treaty's name must agree).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import recommendation_similarity as similar
from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.domain.refs import ref_sort_key
from upr_desktop.core.read.recommended_before import latest_cycle
from upr_desktop.core.read.stopping import checkpoint

CLUSTER_MIN_SCORE = 0.8


@dataclass(frozen=True)
class ClusterMember:
    id: int
    ref: str
    text: str
    recommending_states: list[str]
    response: str


@dataclass(frozen=True)
class Cluster:
    number: int  # 1, 2, ... in the order of each cluster's first reference
    cycle: int
    members: list[ClusterMember]

    @property
    def refs(self) -> list[str]:
        return [m.ref for m in self.members]

    def as_json(self) -> dict[str, Any]:
        return {"cluster": self.number, "cycle": self.cycle, "refs": self.refs,
                "recommendations": [{"ref": m.ref, "text": m.text, "recommending_states": m.recommending_states,
                                     "response": m.response} for m in self.members]}


def clusters(session: Session, *, cycle: int | None = None, min_score: float = CLUSTER_MIN_SCORE) -> list[Cluster]:
    """The clusters of ``cycle`` (default: the latest) with at least two recommendations."""
    if cycle is None:
        cycle = latest_cycle(session)
    if cycle is None:
        return []
    rows = session.execute(select(Recommendation.id, Recommendation.ref, Recommendation.text, Recommendation.recommending_states,
                                  Recommendation.response, Recommendation.state_under_review)
                           .where(Recommendation.cycle == cycle).order_by(Recommendation.id)).all()
    by_state: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_state[row.state_under_review].append(row)
    found: list[list[ClusterMember]] = []
    for members in by_state.values():
        # Leader clustering: each recommendation joins the cluster whose first recommendation it is most alike,
        # if alike enough, else starts one. Unlike single linkage, a chain of "a bit alike" cannot merge two subjects.
        # A pair alike in its wording is still two asks when each names something rarer than all they share
        # (similar.ask_differs): two short look-alikes about two Optional Protocols stay apart.
        texts = [similar.words(r.text) for r in members]
        weights = similar.word_weights(texts)
        seeds: list[str] = []
        groups: list[list[int]] = []
        for i, w in enumerate(texts):
            checkpoint()
            close = [(k, v) for k, v in similar.close_ones(w, seeds, min_score)
                     if not similar.ask_differs(w, seeds[k], weights)]
            best = max(close, key=lambda found: found[1], default=None)
            if best is None:
                seeds.append(w)
                groups.append([i])
            else:
                groups[best[0]].append(i)
        for indexes in groups:
            if len(indexes) < 2:
                continue
            found.append(sorted((ClusterMember(members[i].id, members[i].ref, members[i].text, list(members[i].recommending_states or []),
                                               members[i].response) for i in indexes), key=lambda m: ref_sort_key(m.ref)))
    found.sort(key=lambda ms: ref_sort_key(ms[0].ref))
    return [Cluster(n, cycle, ms) for n, ms in enumerate(found, start=1)]


def cluster_of(session: Session, rec_id: int, *, min_score: float = CLUSTER_MIN_SCORE) -> Cluster | None:
    """The cluster a recommendation belongs to in its own cycle, if any."""
    rec = session.get(Recommendation, rec_id)
    if rec is None or rec.cycle is None:
        return None
    for cluster in clusters(session, cycle=rec.cycle, min_score=min_score):
        if any(m.id == rec_id for m in cluster.members):
            return cluster
    return None
