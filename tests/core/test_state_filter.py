"""The in-memory recommending-State filter gives exactly the SQL LIKE filter's ids, and only while fresh."""

from __future__ import annotations

import json
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from upr_desktop.core.read import state_filter
from upr_desktop.core.read.recommendation_list import RecommendationFilter, _fetch_ids, filtered_ids, sorted_ids
from upr_desktop.core.services import recommendations
from upr_desktop.core.storage.workspace_file import WorkspaceFile

STORED = [
    ["France"], ["France", "Chile"], [], ["Côte d'Ivoire", "Türkiye"], ["côte d'ivoire"], ["CÔTE D'IVOIRE"],
    ["Korea, Republic of"], ["Korea"], ['The "Holy" See'], ["Back\\slash"], ["50%_state"], ["Chile", "France", "Japan"],
    ["france"], [" France "], ["Frances"], [","], [""], ["São Tomé and Príncipe", "Timor-Leste"], ["Åland"],
]
# Stored text as other writers may have left it: Python's default separators, \u escapes, nothing, NULL.
RAW = ['["France", "Chile"]', '["C\\u00f4te d\'Ivoire"]', "", "[]", '["Peru","Peru"]', 'not json "Peru" at all', '["Peru"']


def _insert(ws: WorkspaceFile, texts: list[str | None]) -> None:
    conn = ws.engine.raw_connection()
    try:
        start = conn.execute("SELECT coalesce(max(id), 0) FROM recommendation").fetchone()[0]
        conn.executemany(
            "INSERT INTO recommendation (uuid, ref, text, state_under_review, recommending_states, response, cycle,"
            " source_key, confidential, created_at, updated_at)"
            " VALUES (?, ?, 'A recommendation', 'Thailand', ?, 'supported', 3, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
            [(str(uuid.uuid4()), f"900.{start + i + 1}", t, f"raw-{start + i}") for i, t in enumerate(texts)],
        )
        conn.commit()
    finally:
        conn.close()


def _varied(ws: WorkspaceFile) -> None:
    _insert(ws, [json.dumps(states, ensure_ascii=False, separators=(",", ":")) for states in STORED] + RAW)


def _sql(ws: WorkspaceFile, name: str) -> set[int]:
    with ws.session() as s:
        return set(_fetch_ids(s, filtered_ids(RecommendationFilter(recommending_state=name))))


PROBES = sorted(({n for states in STORED for n in states} | {"france", "FRANCE", "Franc", "rance", "côte d'ivoire", "Côte D'Ivoire",
                 "Korea, Republic", "Republic of", 'The Holy See', "Holy", "Back\\slash", "Peru", "at all", ",", ":",
                 '"', 'France", "Chile', "Chile,France", "Nowhere", "Timor-Leste", "åland", "ÅLAND"}) - {""})  # "" filters nothing


def test_the_map_gives_the_sql_filter_s_ids_on_varied_data(workspace: WorkspaceFile) -> None:
    _varied(workspace)
    with workspace.session() as s:
        assert state_filter.warm(s)
        assert not state_filter.warm(s)  # fresh: not built again
    checked = 0
    for name in PROBES:
        with workspace.session() as s:
            fast = state_filter.state_ids(s, name)
        if fast is None:
            assert any(w in name for w in state_filter.WILDCARDS), name
            continue
        assert fast == _sql(workspace, name), name
        checked += 1
    assert checked >= len(PROBES) - 2
    assert _sql(workspace, "France") and _sql(workspace, "côte d'ivoire")  # the probes do find rows


def test_a_wildcard_name_is_left_to_sql(workspace: WorkspaceFile) -> None:
    _varied(workspace)
    with workspace.session() as s:
        state_filter.warm(s)
        assert state_filter.state_ids(s, "50%_state") is None
        # sorted_ids still answers, through SQL
        assert set(sorted_ids(s, RecommendationFilter(recommending_state="50%_state"))) == _sql(workspace, "50%_state") != set()


def test_sorted_ids_uses_the_map_only_while_fresh(workspace: WorkspaceFile) -> None:
    _varied(workspace)
    flt = RecommendationFilter(recommending_state="France", responses=["supported"])
    with workspace.session() as s:
        cold = sorted_ids(s, flt, "ref")
        state_filter.warm(s)
        assert sorted_ids(s, flt, "ref") == cold
        assert sorted_ids(s, flt, "recommending_states", True) == sorted_ids(s, flt, "recommending_states", True)
    with workspace.transaction() as s:  # a write: the map is stale until warmed again
        recommendations.add_recommendation(s, ref="901.1", text="New", response="supported", recommending_states=["France"], cycle=3)
    with workspace.session() as s:
        assert state_filter.state_ids(s, "France") is None
        after = sorted_ids(s, flt, "ref")
        assert len(after) == len(cold) + 1
        assert state_filter.warm(s)
        assert state_filter.state_ids(s, "France") == _sql(workspace, "France")
        assert sorted_ids(s, flt, "ref") == after


ALPHABET = st.sampled_from(['a', 'A', 'é', 'É', ' ', ',', '"', '\\', 'z', "'", '[', ']', ':'])
NAMES = st.text(ALPHABET, min_size=0, max_size=4)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lists=st.lists(st.lists(NAMES, max_size=3), min_size=1, max_size=6), probe=NAMES.filter(bool),
       ascii_escapes=st.booleans())
def test_any_names_any_probe(workspace: WorkspaceFile, lists: list[list[str]], probe: str, ascii_escapes: bool) -> None:
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM recommendation WHERE source_key LIKE 'raw-%'")
    _insert(workspace, [json.dumps(states, ensure_ascii=ascii_escapes) for states in lists])
    with workspace.session() as s:
        state_filter.forget(s)  # raw rows replaced under the same ids: data_version cannot see that (no operation)
        state_filter.warm(s)
        fast = state_filter.state_ids(s, probe)
    assert fast == _sql(workspace, probe)
    for states in lists:  # every stored name too
        for name in states:
            if name:
                with workspace.session() as s:
                    assert state_filter.state_ids(s, name) == _sql(workspace, name), name
