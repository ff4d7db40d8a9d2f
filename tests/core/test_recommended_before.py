"""Issue 17: "Recommended before" measured against pairs judged by hand, and the ``links`` commands."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.domain.recommendation_similarity import DEFAULT_MIN_SCORE, similarity, words
from upr_desktop.core.read import recommended_before
from upr_desktop.importers import ImportOptions, import_file

DATA = Path(__file__).resolve().parents[1] / "data" / "recommended_before"
# Floors under the figures measured when the scorer was written (precision 0.83, recall 0.61 at 0.6; each State's
# 157-203 later recommendations x its 106-117 earlier ones are few pairs, so every pair is compared, as the app does): a
# change that makes the suggestions clearly worse fails here.
PRECISION_FLOOR = 0.75
RECALL_FLOOR = 0.55


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    with open(DATA / "upr-info-two-cycles.csv", encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def two_cycles(workspace):
    """The three States' two cycles, as UPR Info exports them, in one workspace."""
    import_file(workspace, DATA / "upr-info-two-cycles.csv", ImportOptions(all_states=True))
    return workspace


def _ids(session, rows: list[list[str]]) -> dict[int, int]:
    """CSV row number -> recommendation id."""
    # In id order: where two rows share a key, the later one is kept on both engines (a server's scan order is not
    # the order of the ids once a row has been rewritten: it changed with the size of the search column, 0011).
    key = {(r.state_under_review, r.session, " ".join(r.text.split())): r.id
           for r in session.scalars(select(Recommendation).order_by(Recommendation.id))}
    return {n: key[(row[0], int(row[10]), " ".join(row[3].split()))] for n, row in enumerate(rows, start=1) if n > 1}


def evaluate(workspace, rows: list[list[str]]) -> tuple[float, float, int, int, int, list]:
    """Precision and recall of the suggestions at the default threshold against the pairs judged by hand
    (also run on a PostgreSQL workspace by tests/server/test_recommended_before_server.py)."""
    with open(DATA / "labelled_pairs.csv", encoding="utf-8", newline="") as fh:
        labelled = [(int(a), int(b), linked == "1") for a, b, linked, _why in list(csv.reader(fh))[1:]]
    assert len(labelled) >= 150 and sum(linked for *_pair, linked in labelled) >= 50
    with workspace.session() as s:
        ids = _ids(s, rows)
        found = recommended_before.suggest(s, cycle=2, min_score=DEFAULT_MIN_SCORE)
    suggested = {(x.recommendation_id, x.earlier.id) for x in found}
    hits = [(ids[a], ids[b]) in suggested for a, b, _linked in labelled]
    tp = sum(1 for hit, (*_p, linked) in zip(hits, labelled, strict=True) if hit and linked)
    fp = sum(1 for hit, (*_p, linked) in zip(hits, labelled, strict=True) if hit and not linked)
    fn = sum(1 for hit, (*_p, linked) in zip(hits, labelled, strict=True) if not hit and linked)
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp, fp, fn, found


def test_suggestions_find_the_pairs_judged_linked_by_hand(two_cycles, rows, monkeypatch) -> None:
    called: list[int] = []
    monkeypatch.setattr(recommended_before, "shared_word_candidates", lambda *a, **k: called.append(1))
    precision, recall, tp, fp, fn, found = evaluate(two_cycles, rows)
    print(f"recommended before at {DEFAULT_MIN_SCORE}: precision {precision:.2f}, recall {recall:.2f} ({tp} hits, {fp} wrong, {fn} missed)")
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR and not called  # every pair compared
    # Every suggestion is of the same State, from an earlier cycle.
    assert all(x.earlier.cycle < x.cycle for x in found)


# Past EVERY_PAIR_UP_TO pairs (300 x 400) the words the texts share propose CANDIDATES per recommendation first.
# Forced here with 20 candidates among each State's 106-117 earlier recommendations (a fifth; at 100,000, 200 are
# 0.2%, so this says how well the shared words rank, not what 200 would find): 0.83 / 0.61 as comparing every pair;
# 0.82 / 0.56 with 10. Among ~33,000 more per State (benchmarks/recommended_before.py) 200 give 0.83 / 0.42 where
# every pair gives 0.81 / 0.46. The full-text index's 3 rarest words ranked by bm25, which this replaced, gave
# 0.84 / 0.37 here (ts_rank on a server 0.80 / 0.42); its 8 rarest 0.81 / 0.53.
CANDIDATES_RECALL_FLOOR = 0.55


def test_candidates_from_shared_words(two_cycles, rows, monkeypatch) -> None:
    called: list[int] = []
    real = recommended_before.shared_word_candidates
    monkeypatch.setattr(recommended_before, "shared_word_candidates", lambda *a, **k: called.append(1) or real(*a, **k))
    monkeypatch.setattr(recommended_before, "EVERY_PAIR_UP_TO", 0)
    monkeypatch.setattr(recommended_before, "CANDIDATES", 20)
    precision, recall, tp, fp, fn, _found = evaluate(two_cycles, rows)
    print(f"with 20 candidates from shared words: precision {precision:.2f}, recall {recall:.2f} ({tp} hits, {fp} wrong, {fn} missed)")
    assert called and precision >= PRECISION_FLOOR and recall >= CANDIDATES_RECALL_FLOOR


def test_every_pair_while_the_pairs_stay_few() -> None:
    # One rule for both engines: 300 x 400 compared one by one (0.7-1.0 s), more through candidates; one
    # recommendation asked about (the "Recommended before" tab) is compared with up to 120,000 earlier ones.
    assert recommended_before.every_pair(300, 400) and recommended_before.every_pair(1, 100_000)
    assert not recommended_before.every_pair(300, 401) and not recommended_before.every_pair(300, 99_700)


def test_suggestions_stay_within_one_state_and_skip_rejected_pairs(two_cycles) -> None:
    from upr_desktop.operations import recommended_before as ops

    with two_cycles.session() as s:
        states = dict(s.execute(select(Recommendation.id, Recommendation.state_under_review)).all())
        found = recommended_before.suggest(s, cycle=2)
    assert found and all(states[x.recommendation_id] == states[x.earlier.id] for x in found)
    first = found[0]
    ops.reject(two_cycles, [(first.recommendation_id, first.earlier.id, first.score)])
    with two_cycles.session() as s:
        again = recommended_before.suggest(s, rec_ids=[first.recommendation_id])
    assert first.earlier.id not in {x.earlier.id for x in again}
    detail = ops.recommended_before(two_cycles, first.recommendation_id)
    assert [x.decision for x in detail.suggestions if x.earlier.id == first.earlier.id] == ["rejected"]


def test_the_words_compared_leave_the_upr_boilerplate_out() -> None:
    assert words("Continue its efforts to ensure the ratification of the CRPD") == "ratifi crpd"
    later, earlier = words("Consider ratifying the Migrant Workers Convention"), words(
        "Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families")
    assert similarity(later, earlier) > 0.75
    assert similarity(words("Abolish the death penalty"), words("Ratify the Convention against Torture")) < 0.4


def test_the_links_commands(cli, workspace_template: Path, workspace_path: Path, tmp_path: Path) -> None:
    from tests.conftest import copy_workspace

    copy_workspace(workspace_template, workspace_path)
    header = "Recommendation ID,State under Review,Recommendation,Recommending State,Response,Action,Issues,Session\n"
    (tmp_path / "c1.csv").write_text(header + "11,Thailand,Ratify the Convention against Torture,France,Noted,5,Torture and other CID treatment,12\n"
                                     "12,Thailand,Abolish the death penalty,Sweden,Noted,5,Death penalty,12\n", encoding="utf-8")
    (tmp_path / "c2.csv").write_text(header + "21,Thailand,Ratify the Convention against Torture and its Optional Protocol,France,Pending,5,Torture and other CID treatment,25\n"
                                     "22,Thailand,Guarantee freedom of expression online,Norway,Supported,4,Freedom of opinion and expression,25\n", encoding="utf-8")
    cli("import", str(tmp_path / "c1.csv"))
    cli("import", str(tmp_path / "c2.csv"))
    adopted = (tmp_path / "c2.csv").read_text(encoding="utf-8").replace("Pending", "Supported")
    (tmp_path / "c2-adopted.csv").write_text(adopted, encoding="utf-8")
    cli("import", str(tmp_path / "c2-adopted.csv"), "--responses-on", "2016-09-23")
    assert "'23-09' is not a valid --responses-on date" in cli("import", str(tmp_path / "c2.csv"), "--responses-on", "23-09", expect=1)
    suggested = cli("links", "suggest", "--cycle", "2", json_output=True)["suggestions"]
    assert [(s["ref"], s["recommended_before"]["ref"]) for s in suggested] == [("21", "11")]
    assert "would confirm 1 link (nothing" in cli("links", "confirm", "--above", "0.6", "--dry-run").lower()
    assert cli("links", "list", json_output=True)["links"] == []
    assert "Confirmed: 11 recommended before 21" in cli("links", "confirm", "21", "11")
    assert "Already so" in cli("links", "confirm", "21", "11")
    listed = cli("recommendations", "list", "--cycle", "2", json_output=True)["recommendations"]
    assert {r["ref"]: r["recommended_before"] for r in listed} == {"21": ["11"], "22": []}
    assert {r["ref"]: r["response_history"] for r in listed} == {"21": "pending until 23 Sep 2016, then supported", "22": ""}
    text = cli("recommendations", "list", "--cycle", "2")
    assert "response: pending until 23 Sep 2016, then supported" in text and "recommended before: 11" in text
    cli("links", "reject", "22", "12")
    assert [(x["ref"], x["predecessor_ref"], x["status"]) for x in cli("links", "list", json_output=True)["links"]] == [
        ("21", "11", "confirmed"), ("22", "12", "rejected")]
    assert "cycle" in cli("links", "confirm", "11", "21", expect=1)  # an earlier one cannot follow a later one
    cli("undo")
    cli("undo")
    assert cli("links", "list", json_output=True)["links"] == []
    # A mid-term update by the government, typed in: kept in the history with its day.
    cli("recommendations", "edit", "22", "--response", "noted", "--response-on", "2019-05-02")
    listed = {r["ref"]: r for r in cli("recommendations", "list", "--cycle", "2", json_output=True)["recommendations"]}
    assert listed["22"]["response_history"] == "supported until 2 May 2019, then noted"
    assert "--response-on goes with --response" in cli("recommendations", "edit", "22", "--text", "x", "--response-on", "2019-05-02", expect=1)


def test_near_duplicates_of_one_cycle_form_clusters(two_cycles) -> None:
    from upr_desktop.core.read.recommendation_clusters import clusters

    with two_cycles.session() as s:
        found = clusters(s, cycle=2)
    texts = [{m.text.strip() for m in c.members} for c in found]
    # Portugal, 2014: nine States asked it to ratify the Migrant Workers Convention, in four wordings.
    migrant = next(t for t in texts if "Ratify the Migrant Workers Convention" in t)
    assert {"Consider ratifying the Migrant Workers Convention", "Ratify the Migrant Workers Convention"} <= migrant
    assert all(len(c.members) >= 2 for c in found)
    # Every member is in one cluster only, and all of a cluster are of one State under Review.
    ids = [m.id for c in found for m in c.members]
    assert len(ids) == len(set(ids))
    with two_cycles.session() as s:
        states = dict(s.execute(select(Recommendation.id, Recommendation.state_under_review)).all())
    assert all(len({states[m.id] for m in c.members}) == 1 for c in found)


def test_a_cluster_is_assigned_in_one_step(cli, workspace_template: Path, workspace_path: Path, tmp_path: Path) -> None:
    from tests.conftest import copy_workspace

    copy_workspace(workspace_template, workspace_path)
    header = "Recommendation ID,State under Review,Recommendation,Recommending State,Response,Action,Issues,Session\n"
    (tmp_path / "c2.csv").write_text(header + "21,Thailand,Ratify the Migrant Workers Convention,Algeria,Noted,5,Migrants,25\n"
                                     "22,Thailand,Consider ratifying the Migrant Workers Convention,Indonesia,Noted,5,Migrants,25\n"
                                     "23,Thailand,Abolish the death penalty,Sweden,Noted,5,Death penalty,25\n", encoding="utf-8")
    cli("import", str(tmp_path / "c2.csv"))
    cli("groups", "add", "Migrant Working Group", "--acronym", "MWG")
    listed = cli("clusters", "list", json_output=True)["clusters"]
    assert [c["refs"] for c in listed] == [["21", "22"]]
    assert cli("clusters", "assign", "22", "--group", "MWG", json_output=True)["created"] == 2
    assert "no near-duplicate" in cli("clusters", "assign", "23", "--group", "MWG", expect=1)


def test_a_link_confirmed_by_refs_keeps_the_score_it_was_suggested_with(workspace, tmp_path: Path) -> None:
    """Defect: ``links confirm REF EARLIER`` scored the pair again by a rule of its own, without the shared-theme
    bonus: the score kept (``links list``) was not the one ``links suggest`` had shown for the same pair."""
    from upr_desktop.operations import recommended_before as ops

    header = "Recommendation ID,State under Review,Recommendation,Recommending State,Response,Action,Issues,Session\n"
    (tmp_path / "c1.csv").write_text(header + "11,Thailand,Ratify the Convention against Torture,France,Noted,5,Torture and other CID treatment,12\n",
                                     encoding="utf-8")
    (tmp_path / "c2.csv").write_text(header + "21,Thailand,Ratify the Convention against Torture and its Optional Protocol,France,Pending,5,"
                                     "Torture and other CID treatment,25\n", encoding="utf-8")
    import_file(workspace, tmp_path / "c1.csv")
    import_file(workspace, tmp_path / "c2.csv")
    [suggested] = ops.suggest(workspace, cycle=2)
    ops.decide_refs(workspace, "21", ["11"], "confirmed")
    [kept] = ops.list_links(workspace)
    assert kept.score == suggested.score
    [shown] = ops.recommended_before(workspace, suggested.recommendation_id).suggestions
    assert (shown.decision, shown.score) == ("confirmed", suggested.score)
