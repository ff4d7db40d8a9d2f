"""The table's cached orders match a plain-Python sort, and a write makes them stale."""

from __future__ import annotations

import pytest

from upr_desktop.core.read.recommendation_list import TABLE_COLUMNS, RecommendationFilter, sorted_ids
from upr_desktop.core.services import assessments, assignments, groups, recommendations


def ref_key(ref: str) -> tuple[int, int, str]:
    import re

    major, dot, minor = ref.partition(".")
    lead = lambda text: int(re.match(r"\d*", text).group() or 0)
    return lead(major), lead(minor) if dot else 0, ref


@pytest.fixture
def table(workspace):
    refs = ["115.10", "115.9", "2.1", "115.2", "99"]  # "99": a ref without a paragraph dot
    with workspace.transaction() as s:
        groups.add_group(s, name="A", acronym="ZED")
        groups.add_group(s, name="B", acronym="ABC")
        for n, ref in enumerate(refs):
            recommendations.add_recommendation(
                s, ref=ref, text=f"text {chr(ord('e') - n)}", response=["noted", "supported"][n % 2],
                recommending_states=[["France"], [], ["Kenya", "Chile"], [], ["Brazil"]][n],
                themes=[["Women"], [], ["Justice", "Women"], ["Health"], []][n],
            )
        assignments.assign(s, "ZED", assignments.select_recommendations(s, refs=["115.10", "2.1"]))
        assignments.assign(s, "ABC", assignments.select_recommendations(s, refs=["99"]))
        assessments.record_assessment(s, ref="115.9", group="ZED", status="unknown", assessed_on="2026-01-02")
        assessments.record_assessment(s, ref="2.1", group="ZED", status="fully implemented", assessed_on="2025-01-02")
    return workspace


def refs_of(ws, ids):
    from sqlalchemy import select

    from upr_desktop.core.domain.models import Recommendation

    with ws.session() as s:
        by_id = dict(s.execute(select(Recommendation.id, Recommendation.ref)).all())
    return [by_id[i] for i in ids]


def test_orders_by_every_column(table):
    with table.session() as s:
        def order(column, descending=False):
            return refs_of(table, sorted_ids(s, RecommendationFilter(), column, descending))

        assert order("ref") == sorted(["115.10", "115.9", "2.1", "115.2", "99"], key=ref_key)
        assert order("ref", True) == order("ref")[::-1]
        assert order("text") == ["99", "115.2", "2.1", "115.9", "115.10"]
        assert order("recommending_states") == ["99", "115.10", "2.1", "115.9", "115.2"]  # JSON text: ["Brazil"] < ["France"] < ["Kenya"...]; empty last
        assert order("recommending_states", True) == ["2.1", "115.10", "99", "115.2", "115.9"]  # empty still last
        assert order("themes") == ["115.2", "2.1", "115.10", "115.9", "99"]  # Health, Justice, Women; then none
        assert order("lead_group") == ["99", "115.10", "2.1", "115.9", "115.2"]
        assert order("status") == ["2.1", "115.9", "115.10", "115.2", "99"]  # fully- < unknown; then never assessed
        assert order("last_assessed", True) == ["115.9", "2.1", "99", "115.2", "115.10"]
        assert set(TABLE_COLUMNS) == {"ref", "text", "recommending_states", "response", "themes", "lead_group", "status", "last_assessed"}
        with pytest.raises(ValueError):
            sorted_ids(s, RecommendationFilter(), "colour")


def test_filtered_lists_keep_the_order_and_writes_refresh_it(table):
    with table.session() as s:
        assert refs_of(table, sorted_ids(s, RecommendationFilter(search="text"), "status")) == ["2.1", "115.9", "115.10", "115.2", "99"]
        assert refs_of(table, sorted_ids(s, RecommendationFilter(responses=["supported"]), "ref")) == ["115.2", "115.9"]
    with table.transaction() as s:
        assessments.record_assessment(s, ref="99", group="ABC", status="not implemented", assessed_on="2026-02-01")
    with table.session() as s:
        assert refs_of(table, sorted_ids(s, RecommendationFilter(), "status")) == ["2.1", "99", "115.9", "115.10", "115.2"]
    with table.transaction() as s:
        recommendations.add_recommendation(s, ref="1.1", text="a", response="noted")
    with table.session() as s:
        assert refs_of(table, sorted_ids(s, RecommendationFilter(), "ref"))[0] == "1.1"


def test_the_ref_order_walks_its_index(table):
    from sqlalchemy import text

    from upr_desktop.core.storage.engine_sql import REF_ORDER as ORDERS

    REF_ORDER = ORDERS["sqlite"]

    with table.session() as s:
        plan = " ".join(r[3] for r in s.execute(text(f"EXPLAIN QUERY PLAN SELECT id FROM recommendation ORDER BY {REF_ORDER}, id")))
    assert "ix_recommendation_ref_sort" in plan and "TEMP B-TREE" not in plan


@pytest.mark.parametrize(("column", "index"), [("text", "ix_recommendation_text_sort"), ("recommending_states", "ix_recommendation_recommending_states")])
def test_text_and_states_orders_walk_their_indexes(table, column, index):
    """Migration 0005's indexes serve the exact ORDER BY table_order issues (no sort of every row after an edit)."""
    from sqlalchemy import text

    from upr_desktop.core.read import table_order

    if column in table_order._plain("sqlite"):
        sql = f"SELECT id FROM recommendation ORDER BY {table_order._plain('sqlite')[column]}, id"
    else:
        key, has_value, _empty = table_order._NULLABLE[column]
        sql = f"SELECT id FROM recommendation WHERE {has_value} ORDER BY {key}, id"
    with table.session() as s:
        plan = " ".join(r[3] for r in s.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert index in plan and "TEMP B-TREE" not in plan


def test_fast_filter_paths_give_the_same_rows_as_the_sql_filter(table):
    """Group, theme and unassigned come from the link tables in sorted_ids: same ids as filtered_ids."""
    from itertools import product

    from upr_desktop.core.read.recommendation_list import _fetch_ids, filtered_ids

    with table.session() as s:
        combos = product([None, "zed", "ABC", "nobody"], [None, "women", "Health", "none such"], [False, True], [None, "text"])
        for group, theme, unassigned, search in combos:
            flt = RecommendationFilter(group=group, theme=theme, unassigned_only=unassigned, search=search)
            expected = set(_fetch_ids(s, filtered_ids(flt)))
            got = sorted_ids(s, flt, "ref")
            assert set(got) == expected, flt
            assert got == [i for i in sorted_ids(s, RecommendationFilter(), "ref") if i in expected], flt


def test_each_column_splits_into_filled_and_empty_without_overlap_or_loss(table):
    """The 'empty' conditions are written for indexes; they must be exactly the complement."""
    from upr_desktop.core.read import table_order

    with table.session() as s:
        every = set(table_order.raw_ids(s, "SELECT id FROM recommendation"))
        for column in table_order._NULLABLE:
            filled, empty = table_order._ascending(s, column)
            assert set(filled) | set(empty) == every and not set(filled) & set(empty), column
            assert empty == sorted(empty), column


def test_orders_equal_the_straightforward_queries_on_varied_data(workspace):
    """The cheaper forms (complements, first theme tallied in Python) give exactly the plain queries' orders."""
    import random

    from upr_desktop.core.read import table_order

    rng = random.Random(7)
    themes = ["Women", "Justice", "Health", "Water", "Land"]
    with workspace.transaction() as s:
        groups.add_group(s, name="A", acronym="AAA")
        groups.add_group(s, name="B", acronym="BBB")
        for n in range(120):
            recommendations.add_recommendation(
                s, ref=f"{rng.randint(1, 9)}.{n}", text=f"text {rng.choice('abc')}", response="noted",
                recommending_states=rng.sample(["France", "Chile", "Kenya"], rng.randint(0, 2)),
                themes=rng.sample(themes, rng.randint(0, 3)),
            )
    with workspace.transaction() as s:
        refs = [r for (r,) in s.connection().exec_driver_sql("SELECT ref FROM recommendation").all()]
        assignments.assign(s, "AAA", assignments.select_recommendations(s, refs=rng.sample(refs, 30)))
        assignments.assign(s, "BBB", assignments.select_recommendations(s, refs=rng.sample(refs, 30)))
        for ref in rng.sample(refs, 40):
            assessments.record_assessment(s, ref=ref, group="AAA", status=rng.choice(["unknown", "fully implemented"]),
                                          assessed_on=f"2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
    with workspace.session() as s:
        rank = {tid: n for n, tid in enumerate(table_order.raw_ids(s, "SELECT id FROM theme ORDER BY name, id"))}
        first: dict[int, int] = {}
        for rid, tid in s.connection().exec_driver_sql("SELECT recommendation_id, theme_id FROM recommendation_theme"):
            first[rid] = min(first.get(rid, 1 << 30), rank[tid])
        every = table_order.raw_ids(s, "SELECT id FROM recommendation ORDER BY id")
        expected = (sorted((i for i in every if i in first), key=lambda i: (first[i], i)), [i for i in every if i not in first])
        assert table_order._ascending(s, "themes") == expected
        for column, (key, has_value, _empty) in table_order._NULLABLE.items():
            filled = table_order.raw_ids(s, f"SELECT id FROM recommendation WHERE {has_value} ORDER BY {key}, id")
            empty = table_order.raw_ids(s, f"SELECT id FROM recommendation WHERE NOT ({has_value}) OR {key} IS NULL ORDER BY id")
            assert table_order._ascending(s, column) == (filled, empty), column


@pytest.mark.parametrize(("flt", "index"), [(RecommendationFilter(group="ABC"), "ix_assignment_group_id"),
                                            (RecommendationFilter(theme="Health"), "ix_recommendation_theme_theme_id")])
def test_group_and_theme_filters_search_the_link_index(table, flt, index):
    """The SQL filter (dashboard scopes, reports) finds a group's or theme's recommendations through the link
    table's index, not by probing the links once per recommendation."""
    from sqlalchemy import text
    from sqlalchemy.dialects import sqlite

    from upr_desktop.core.read.recommendation_list import filtered_ids

    compiled = filtered_ids(flt).compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    with table.session() as s:
        plan = " ".join(r[3] for r in s.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert f"USING INDEX {index}" in plan and "SCAN recommendation" not in plan, plan
