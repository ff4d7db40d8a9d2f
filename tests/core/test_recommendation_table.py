"""The Recommendations table queries: SQL sorting by every column, paged rows, filter choices."""

from __future__ import annotations

from datetime import date

import pytest

from upr_desktop.core.read import recommendation_list as queries
from upr_desktop.core.read.recommendation_list import RecommendationFilter, filter_choices, sorted_ids, table_rows
from upr_desktop.core.services import assessments, assignments, groups, recommendations
from upr_desktop.core.storage.workspace_file import WorkspaceFile


@pytest.fixture
def table(workspace: WorkspaceFile) -> WorkspaceFile:
    with workspace.transaction() as s:
        groups.add_group(s, name="Alpha", acronym="ALP")
        groups.add_group(s, name="Beta", acronym="BET")
        for ref, text, response, states, themes in [
            ("115.10", "Zeta text about prisons", "noted", ["Zambia"], ["Prisons"]),
            ("115.2", "Alpha text about women", "supported", ["Austria", "Chile"], ["Women"]),
            ("115.9", "Middle text " + "long " * 60, "pending", [], []),
        ]:
            recommendations.add_recommendation(s, ref=ref, text=text, response=response, recommending_states=states, themes=themes, cycle=3)
        assignments.assign(s, "BET", assignments.select_recommendations(s, refs=["115.2"]))
        assignments.assign(s, "ALP", assignments.select_recommendations(s, refs=["115.10"]))
        assessments.record_assessment(s, ref="115.10", group="ALP", status="not implemented", assessed_on="2024-01-05")
        assessments.record_assessment(s, ref="115.10", group="ALP", status="fully implemented", assessed_on="2024-06-01")
        assessments.record_assessment(s, ref="115.9", group=None, status="partially implemented", assessed_on="2023-03-01")
    return workspace


def refs(ws: WorkspaceFile, sort: str, descending: bool = False, flt: RecommendationFilter | None = None) -> list[str]:
    with ws.session() as s:
        ids = sorted_ids(s, flt or RecommendationFilter(), sort, descending)
        return [r.ref for r in table_rows(s, ids)]


def test_refs_sort_by_number_not_as_text(table: WorkspaceFile) -> None:
    assert refs(table, "ref") == ["115.2", "115.9", "115.10"]
    assert refs(table, "ref", descending=True) == ["115.10", "115.9", "115.2"]


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        ("text", ["115.2", "115.9", "115.10"]),
        ("recommending_states", ["115.2", "115.10", "115.9"]),  # none: last
        ("response", ["115.10", "115.9", "115.2"]),
        ("themes", ["115.10", "115.2", "115.9"]),  # no theme: last
        ("lead_group", ["115.10", "115.2", "115.9"]),
        ("status", ["115.10", "115.9", "115.2"]),  # fully < partially; never assessed last
        ("last_assessed", ["115.9", "115.10", "115.2"]),
    ],
)
def test_every_column_sorts_in_sql_with_empty_values_last(table: WorkspaceFile, column: str, ascending: list[str]) -> None:
    assert refs(table, column) == ascending
    descending = refs(table, column, descending=True)
    assert set(descending) == set(ascending)
    if column in ("recommending_states", "themes", "lead_group", "status", "last_assessed"):
        assert descending[-1] == ascending[-1]  # the empty one stays last


def test_rows_carry_latest_status_lead_group_and_a_short_excerpt(table: WorkspaceFile) -> None:
    with table.session() as s:
        ids = sorted_ids(s, RecommendationFilter(), "ref")
        rows = {r.ref: r for r in table_rows(s, ids)}
    assert rows["115.10"].status == "fully-implemented"
    assert rows["115.10"].last_assessed == date(2024, 6, 1)
    assert rows["115.10"].lead_group == "ALP" and rows["115.10"].themes == ["Prisons"]
    assert rows["115.2"].recommending_states == ["Austria", "Chile"]
    assert rows["115.2"].status is None and rows["115.2"].last_assessed is None
    assert len(rows["115.9"].excerpt) <= queries.EXCERPT_CHARS + 1 and rows["115.9"].excerpt.endswith("\u2026")


def test_paging_keeps_the_order_asked_for(table: WorkspaceFile) -> None:
    with table.session() as s:
        ids = sorted_ids(s, RecommendationFilter(), "text", descending=True)
        assert [r.id for r in table_rows(s, ids[1:])] == ids[1:]
        assert table_rows(s, []) == []


def test_filters_combine_with_sorting(table: WorkspaceFile) -> None:
    assert refs(table, "ref", flt=RecommendationFilter(search="text", responses=["noted", "pending"])) == ["115.9", "115.10"]
    assert refs(table, "ref", flt=RecommendationFilter(unassigned_only=True)) == ["115.9"]
    assert refs(table, "ref", flt=RecommendationFilter(statuses=["none"])) == ["115.2"]
    assert refs(table, "ref", flt=RecommendationFilter(recommending_state="Chile")) == ["115.2"]
    assert refs(table, "ref", flt=RecommendationFilter(recommending_state="Chi")) == []
    assert refs(table, "ref", flt=RecommendationFilter(not_assessed_since=date(2024, 2, 1))) == ["115.2", "115.9"]
    assert refs(table, "ref", flt=RecommendationFilter(search="women's \"rights")) == []  # quotes are escaped, not SQL


def test_unknown_sort_column_is_refused(table: WorkspaceFile) -> None:
    with table.session() as s, pytest.raises(ValueError):
        sorted_ids(s, RecommendationFilter(), "uuid; DROP TABLE x")


def test_filter_choices_list_what_the_workspace_holds(table: WorkspaceFile) -> None:
    with table.session() as s:
        choices = filter_choices(s)
    assert choices.groups == ["ALP", "BET"]
    assert choices.themes == ["Prisons", "Women"]
    assert choices.recommending_states == ["Austria", "Chile", "Zambia"]
    assert choices.cycles == [3]


def test_page_rows_read_on_the_cursor_equal_the_orm_values(table: WorkspaceFile) -> None:
    """table_rows reads plain SQL for speed: every field as the ORM types would give it."""
    from upr_desktop.core.domain.models import Recommendation

    with table.session() as s:
        ids = sorted_ids(s, RecommendationFilter(), "ref")
        rows = table_rows(s, ids)
        assert [r.id for r in rows] == ids
        for row in rows:
            rec = s.get(Recommendation, row.id)
            assert (row.ref, row.recommending_states, row.response, row.lead_group, row.status, row.last_assessed) == (
                rec.ref, rec.recommending_states, rec.response, rec.lead_group, rec.current_status, rec.last_assessed_on)
            assert row.themes == sorted(t.name for t in rec.themes)
            assert row.excerpt.rstrip("\u2026").rstrip() in " ".join(rec.text.split())
        assert any(r.last_assessed for r in rows) and any(r.last_assessed is None for r in rows)
        assert any(r.themes for r in rows) and any(r.recommending_states for r in rows)


def test_the_first_screen_read_without_sqlalchemy_is_the_default_order(table: WorkspaceFile, tmp_path) -> None:
    import sqlite3

    from upr_desktop.core.read import table_page
    from upr_desktop.core.storage import migrator

    assert table_page.newest_schema() == migrator.HEAD_REVISION
    screen = table_page.first_screen(table.path, 2)
    with table.session() as s:
        ids = sorted_ids(s, RecommendationFilter(), "ref")
        assert screen is not None and screen.ids == ids and screen.rows == table_rows(s, ids[:2])
        from upr_desktop.core.services.changelog import data_version

        assert screen.stamp == data_version(s)  # the same fingerprint: the seeded order is used
    from upr_desktop.core.read import table_order

    table_order.seed_ref_order(table.engine, screen.stamp, [999, 998])  # marked, to see whether it is used
    with table.session() as s:
        assert sorted_ids(s, RecommendationFilter(), "ref") == [999, 998]
    with table.transaction() as s:
        from upr_desktop.core.services import groups

        groups.add_group(s, name="Later", acronym="LATER")  # the data changed: the seeded order is stale
    with table.session() as s:
        assert sorted_ids(s, RecommendationFilter(), "ref") == ids
    old = tmp_path / "old.uprw"
    with sqlite3.connect(old) as conn:  # an older schema: left to the full open (it migrates)
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    assert table_page.first_screen(old, 2) is None
    foreign = tmp_path / "foreign.uprw"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert table_page.first_screen(foreign, 2) is None
    assert table_page.first_screen(tmp_path / "missing.uprw", 2) is None
    assert not (tmp_path / "missing.uprw").exists()  # read-only: a vanished file is not re-created empty
    before = foreign.read_bytes()
    table_page.first_screen(foreign, 2)
    assert foreign.read_bytes() == before
