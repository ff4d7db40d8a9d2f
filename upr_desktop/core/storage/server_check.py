"""``check`` on a server workspace, in SQL: what the server does not already guarantee.

PostgreSQL checks its own pages (checksums), types and foreign keys on every write, so this reads
what the app keeps beside the rows and what a hand-made UPDATE could have left wrong: the search
column against the text, the derived columns (status, last assessed, lead group) against the
assessments and assignments, the Dashboard's tally against a fresh count, and every JSON list.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from upr_desktop.core.read import figure_tally
from upr_desktop.core.storage.integrity import IntegrityReport
from upr_desktop.core.storage.server_schema import STATUS_OF
from upr_desktop.i18n import tr, trn

_JSON_COLUMNS = (("recommendation", "recommending_states", "array"), ("workspace", "cycles", "array"),
                 ("workspace", "settings", "object"))


def check(ws: Any) -> IntegrityReport:
    report = IntegrityReport()
    with ws.engine.connect() as conn:
        report.rows_checked = int(conn.execute(text("SELECT count(*) FROM recommendation")).scalar() or 0)
        stale = conn.execute(text("SELECT id, ref FROM recommendation WHERE search_vector IS DISTINCT FROM "
                                  "upr_search_vector(ref, text, recommending_states) ORDER BY id LIMIT 20")).all()
        report.search_index_ok = not stale
        if stale:
            report.problems.append(tr("The search index does not match the recommendations ({refs}); searches may miss them. "
                                      "Rebuild it with: upr-desktop check --rebuild-search-index",
                                      refs=", ".join(str(r.ref) for r in stale[:5])))
        derived = conn.execute(text(
            f"SELECT r.id, r.ref FROM recommendation r WHERE r.current_status IS DISTINCT FROM {STATUS_OF.replace('rid', 'r.id')} "
            "OR r.last_assessed_on IS DISTINCT FROM (SELECT max(a.assessed_on) FROM assessment a WHERE a.recommendation_id = r.id) "
            "OR r.lead_group IS DISTINCT FROM (SELECT min(g.acronym COLLATE \"C\") FROM assignment s JOIN member_group g "
            "ON g.id = s.group_id WHERE s.recommendation_id = r.id AND s.role = 'lead') ORDER BY r.id LIMIT 20")).all()
        for row in derived:
            report.add("recommendation", row.id, tr("recommendation {ref}: its status, last assessment or lead group does not match "
                                                    "its assessments and assignments (changed outside the app).", ref=row.ref))
        for table, column, kind in _JSON_COLUMNS:
            bad = conn.execute(text(f"SELECT id FROM {table} WHERE jsonb_typeof(pg_temp.upr_json_or_null({column})) IS DISTINCT FROM :kind "
                                    "ORDER BY id LIMIT 20"), {"kind": kind}).all() if _has_json_check(conn) else []
            for row in bad:
                report.add(table, row.id, tr("row {row} of {table}: {column} is not a JSON {kind}.", row=row.id, table=table,
                                             column=column, kind=kind))
        conn.exec_driver_sql("CREATE TEMP TABLE upr_tally_check (LIKE figure_tally)")
        conn.exec_driver_sql(f"SET LOCAL {figure_tally.PG_BULK_SETTING} = 'off'")
        for sql in figure_tally._counts("postgresql"):
            conn.exec_driver_sql(sql.replace("INSERT INTO figure_tally", "INSERT INTO upr_tally_check"))
        differ = conn.exec_driver_sql(
            "SELECT count(*) FROM (SELECT figure, item, status, supported, n FROM upr_tally_check WHERE n <> 0 "
            "EXCEPT SELECT figure, item, status, supported, n FROM figure_tally WHERE n <> 0) AS a").scalar() or 0
        differ += conn.exec_driver_sql(
            "SELECT count(*) FROM (SELECT figure, item, status, supported, n FROM figure_tally WHERE n <> 0 "
            "EXCEPT SELECT figure, item, status, supported, n FROM upr_tally_check WHERE n <> 0) AS a").scalar() or 0
        conn.rollback()
        if differ:
            report.problems.append(trn("The Dashboard's counts differ from the records in %n places (changed outside the app).", differ))
    return report


def _has_json_check(conn: Any) -> bool:
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION pg_temp.upr_json_or_null(t text) RETURNS jsonb LANGUAGE plpgsql AS $$ BEGIN RETURN t::jsonb; "
        "EXCEPTION WHEN others THEN RETURN NULL; END $$")
    return True


def rebuild_search_index(ws: Any) -> None:
    ws.require_writable()
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE recommendation SET search_vector = upr_search_vector(ref, text, recommending_states)")
