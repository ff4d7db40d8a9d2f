"""Clusters within a cycle measured against pairs judged by hand (tests/data/recommended_before/cluster_pairs.csv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.read.recommendation_clusters import CLUSTER_MIN_SCORE, clusters
from upr_desktop.importers import ImportOptions, import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "recommended_before"
# Floors under the figures measured at the default threshold when the pairs were labelled (see the README there):
# a change that makes the clusters clearly worse fails here.
PRECISION_FLOOR = 0.9  # measured 1.00 (12 together rightly, 0 wrongly, 25 missed)
RECALL_FLOOR = 0.25  # measured 0.32


def _labelled() -> list[tuple[int, int, bool]]:
    with open(DATA / "cluster_pairs.csv", encoding="utf-8", newline="") as fh:
        return [(int(a), int(b), linked == "1") for a, b, linked, _why in list(csv.reader(fh))[1:]]


def _ids(session, rows: list[list[str]]) -> dict[int, int]:
    """CSV row number (the header is row 1) -> recommendation id."""
    key = {(r.state_under_review, r.session, " ".join(r.text.split())): r.id for r in session.scalars(select(Recommendation))}
    return {n: key[(row[0], int(row[10]), " ".join(row[3].split()))] for n, row in enumerate(rows, start=1) if n > 1}


def measure(workspace, min_score: float = CLUSTER_MIN_SCORE) -> tuple[float, float, int, int, int]:
    with open(DATA / "upr-info-two-cycles.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    labelled = _labelled()
    with workspace.session() as s:
        ids = _ids(s, rows)
        cluster_of = {m.id: (c.cycle, c.number) for cycle in (1, 2) for c in clusters(s, cycle=cycle, min_score=min_score)
                      for m in c.members}
    together = [ids[a] in cluster_of and cluster_of.get(ids[a]) == cluster_of.get(ids[b]) for a, b, _l in labelled]
    tp = sum(1 for t, (*_p, linked) in zip(together, labelled, strict=True) if t and linked)
    fp = sum(1 for t, (*_p, linked) in zip(together, labelled, strict=True) if t and not linked)
    fn = sum(1 for t, (*_p, linked) in zip(together, labelled, strict=True) if not t and linked)
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp, fp, fn


@pytest.fixture
def two_cycles(workspace):
    import_file(workspace, DATA / "upr-info-two-cycles.csv", ImportOptions(all_states=True))
    return workspace


def test_the_labelled_pairs_are_within_one_cycle_of_one_state() -> None:
    with open(DATA / "upr-info-two-cycles.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    labelled = _labelled()
    assert len(labelled) >= 60 and sum(linked for *_p, linked in labelled) >= 25
    assert all((rows[a - 1][0], rows[a - 1][10]) == (rows[b - 1][0], rows[b - 1][10]) for a, b, _l in labelled)


def test_clusters_group_the_pairs_judged_near_duplicates_by_hand(two_cycles) -> None:
    precision, recall, tp, fp, fn = measure(two_cycles)
    print(f"clusters at {CLUSTER_MIN_SCORE}: precision {precision:.2f}, recall {recall:.2f} ({tp} together rightly, {fp} wrongly, {fn} missed)")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR


def test_two_optional_protocols_do_not_cluster_but_one_asked_twice_does(two_cycles) -> None:
    """The known false cluster: short look-alikes that differ only in the treaty they name."""
    with two_cycles.session() as s:
        found = [{" ".join(m.text.split()) for m in c.members} for c in clusters(s, cycle=2)]
    icescr, crpd = "Ratify the Optional Protocol to ICESCR", "Ratify the Optional Protocol of the CRPD"
    assert not any(icescr in c and crpd in c for c in found)
    assert any(crpd in c and "Sign and ratify the Optional Protocol to the CRPD" in c for c in found)

