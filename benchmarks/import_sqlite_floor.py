"""What SQLite alone costs for the rows of a 100,000-recommendation import, stage by stage.

The import target (issue 3) is <= 4 s wall for the whole import, the calamine read (~1.2-1.8 s)
included. This script replays only the database side of the import's bulk path on a fresh
workspace (the real schema, the real statements of ``importers/apply.py``), with the rows the
real importer produced from ``benchmarks/out/upr_info_100000.xlsx`` (made by import_100k.py), so
the figures show how much of the 4 s the storage alone takes. Variants show what each part costs:
foreign keys off, the five low-cardinality indexes not rebuilt, no change log, and a bare table
(no index, no full-text index) as the floor of Python's sqlite3 ``executemany``.

    python benchmarks/import_sqlite_floor.py [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
COLUMNS = ("id, uuid, ref, source_key, source_format, source_document, text, state_under_review, recommending_states, "
           "response, action_category, session, cycle, theme_cluster, review_id, confidential, created_at, updated_at")
LOW_CARDINALITY = ("ix_recommendation_cycle", "ix_recommendation_response", "ix_recommendation_state_under_review",
                   "ix_recommendation_current_status", "ix_recommendation_theme_theme_id")


def imported_rows(rows: int) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Rows as the real importer wrote them (imported once into a scratch workspace)."""
    source = OUT / f"upr_info_{rows}.xlsx"
    if not source.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("import_100k.py")), "--rows", str(rows), "--runs", "1"], check=True)
    from upr_desktop.cli import main
    from upr_desktop.core.storage.workspace_file import create_workspace

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["UPR_DESKTOP_BACKUP_DIR"] = str(Path(tmp) / "backups")
        ws = Path(tmp) / "source.uprw"
        create_workspace(ws, name="Floor", country="Thailand").close()
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(["--workspace", str(ws), "--json", "import", str(source), "--all-states"])
        if code != 0:
            sys.exit("the import that provides the rows failed")
        conn = sqlite3.connect(ws)
        try:
            return (conn.execute(f"SELECT {COLUMNS} FROM recommendation ORDER BY id").fetchall(),
                    conn.execute("SELECT recommendation_id, theme_id FROM recommendation_theme ORDER BY id").fetchall(),
                    conn.execute("SELECT id, name, code FROM theme ORDER BY id").fetchall())
        finally:
            conn.close()


def replay(recs: list[tuple], links: list[tuple], themes: list[tuple], *, foreign_keys: bool = True, keep: bool = True,
           change_log: bool = True, bare: bool = False) -> dict[str, float]:
    """The import's database statements on a fresh workspace; seconds per stage."""
    from upr_desktop.core.storage.workspace_file import create_workspace

    tmp = Path(tempfile.mkdtemp(prefix="upr-floor-"))
    try:
        path = tmp / "w.uprw"
        create_workspace(path, name="Floor", country="Thailand").close()
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA cache_size = -65536")  # what the importer sets for a bulk import
        stages: dict[str, float] = {}
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO theme (id, name, code) VALUES (?, ?, ?)", themes)
        rec_table, link_table = "recommendation", "recommendation_theme"
        indexes: list[tuple[str, str]] = []
        if bare:
            rec_table, link_table = "bare_recommendation", "bare_link"
            conn.execute("CREATE TABLE bare_recommendation AS SELECT * FROM recommendation WHERE 0")
            conn.execute("CREATE TABLE bare_link (recommendation_id INTEGER, theme_id INTEGER)")
        else:
            trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'recommendation_fts_ai'").fetchone()[0]
            conn.execute("DROP TRIGGER recommendation_fts_ai")
            indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
                                   " AND tbl_name IN ('recommendation', 'recommendation_theme')").fetchall()
            for name, _sql in indexes:
                conn.execute(f'DROP INDEX "{name}"')
        start = time.perf_counter()
        conn.executemany(f"INSERT INTO {rec_table} ({COLUMNS}) VALUES ({', '.join('?' * 18)})", recs)
        stages["recommendations"] = time.perf_counter() - start
        start = time.perf_counter()
        conn.executemany(f"INSERT INTO {link_table} (recommendation_id, theme_id) VALUES (?, ?)", links)
        stages["links"] = time.perf_counter() - start
        if not bare:
            start = time.perf_counter()
            conn.execute("INSERT INTO recommendation_fts(rowid, ref, text, recommending_states) SELECT id, ref, text, recommending_states FROM recommendation")
            conn.execute(trigger)
            stages["full-text"] = time.perf_counter() - start
            start = time.perf_counter()
            if change_log:
                conn.execute("INSERT INTO operation (actor, source, kind, label, at, state) VALUES ('floor', 'import:floor', 'import', 'Import', '2026-11-27', 'done')")
                conn.execute(
                    "INSERT INTO change_log (operation_id, at, actor, source, entity, entity_id, entity_uuid, op, field, old_value, new_value) "
                    "SELECT (SELECT max(id) FROM operation), '2026-11-27', 'floor', 'import:floor', 'recommendation', id, uuid, 'create', NULL, NULL, "
                    "json_object('ref', ref, 'source_key', source_key, 'source_format', source_format) FROM recommendation ORDER BY id")
            stages["change log"] = time.perf_counter() - start
            start = time.perf_counter()
            for name, sql in indexes:
                if keep or name not in LOW_CARDINALITY:
                    conn.execute(sql)
            stages["indexes"] = time.perf_counter() - start
        start = time.perf_counter()
        conn.execute("COMMIT")
        conn.close()
        stages["commit+close"] = time.perf_counter() - start
        return stages
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("UPR_DESKTOP_HOME", tempfile.mkdtemp(prefix="upr-bench-"))
    recs, links, themes = imported_rows(args.rows)
    print(f"{len(recs):,} recommendations, {len(links):,} theme links, sqlite {sqlite3.sqlite_version}")
    variants = {
        "as the importer does it": {},
        "foreign keys off": {"foreign_keys": False},
        "5 low-cardinality indexes not rebuilt": {"keep": False},
        "no change log": {"change_log": False},
        "bare tables (floor of executemany)": {"bare": True},
    }
    for label, kwargs in variants.items():
        runs = [replay(recs, links, themes, **kwargs) for _ in range(args.runs)]
        medians = {stage: statistics.median(r[stage] for r in runs) for stage in runs[0]}
        total = statistics.median(sum(r.values()) for r in runs)
        parts = "  ".join(f"{stage} {seconds:.2f}" for stage, seconds in medians.items())
        print(f"{label:40s} total {total:5.2f} s   {parts}")
    print(f"(medians of {args.runs}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
